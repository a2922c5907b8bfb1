"""Run a widget test in English, whatever translators earlier tests installed (restored afterwards)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = qapp.findChildren(QTranslator)
    for translator in translators:
        qapp.removeTranslator(translator)
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(locale)
    for translator in translators:
        qapp.installTranslator(translator)
