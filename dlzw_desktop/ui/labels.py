"""Translated display names of domain enums (one place, so every view says the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dlzw_desktop.domain.enums import CaseStage
from dlzw_desktop.ui.i18n import QT_TRANSLATE_NOOP

_STAGES: dict[CaseStage, str] = {
    CaseStage.ENQUIRY: QT_TRANSLATE_NOOP("labels", "Enquiry"),
    CaseStage.CONSULTING: QT_TRANSLATE_NOOP("labels", "Consulting"),
    CaseStage.DOCUMENTS_COMPLETE: QT_TRANSLATE_NOOP("labels", "Documents complete"),
    CaseStage.ASSESSMENT: QT_TRANSLATE_NOOP("labels", "Assessment"),
    CaseStage.RECOMMENDED: QT_TRANSLATE_NOOP("labels", "Recommended"),
    CaseStage.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    CaseStage.DECLINED: QT_TRANSLATE_NOOP("labels", "Declined"),
    CaseStage.DISBURSED: QT_TRANSLATE_NOOP("labels", "Disbursed"),
    CaseStage.MONITORING: QT_TRANSLATE_NOOP("labels", "Monitoring"),
    CaseStage.CLOSED: QT_TRANSLATE_NOOP("labels", "Closed"),
}


def stage_label(stage: CaseStage) -> str:
    return QCoreApplication.translate("labels", _STAGES[stage])
