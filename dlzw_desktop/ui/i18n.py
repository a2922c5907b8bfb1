"""Language: load our translation and Qt's own, and set German formats for German."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dlzw_desktop.paths import resource
from dlzw_desktop.translation_marker import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # noqa: PLC0414 - re-export

logger = logging.getLogger(__name__)

SUPPORTED = ("de", "en")


def resolve_language(preference: str) -> str:
    """The language to use: the preference, or for "system" English on an English system, else German."""
    if preference in SUPPORTED:
        return preference
    return "en" if QLocale.system().language() == QLocale.Language.English else "de"


def install_translators(app: QCoreApplication, preference: str) -> str:
    """Install translators for ``preference`` on ``app``; returns the language code in use."""
    language = resolve_language(preference)
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    if language == "de":
        ours = QTranslator(app)
        if ours.load(str(resource("i18n", "dlzw_de.qm"))):
            app.installTranslator(ours)
        else:
            logger.error("German translation resources/i18n/dlzw_de.qm could not be loaded")
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(locale, "qtbase", "_", qt_translations):
            app.installTranslator(qt_own)
    return language
