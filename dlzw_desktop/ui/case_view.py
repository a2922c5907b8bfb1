"""One case with its tabs: overview, people, consultations, documents, affordability, recommendation and
loan, jobs, and the timeline of everything that happened.

Every service call runs off the GUI thread; each answer is a fresh ``CaseDetail`` that the whole view is
filled from. Ctrl+S saves the form of the open tab, Esc undoes its unsaved changes (or goes back to the
list), and unsaved changes are offered for saving before they could be lost.
"""

from __future__ import annotations

import logging
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from dlzw_desktop.domain.dates import to_berlin, today_berlin
from dlzw_desktop.domain.enums import (
    BusinessRole,
    CaseSource,
    CaseStage,
    DocumentKind,
    DocumentStatus,
    JobsOccasion,
    LenderDecision,
    RepaymentStatus,
)
from dlzw_desktop.domain.followups import jobs_follow_ups
from dlzw_desktop.domain.loan import InstalmentPlan, InstalmentRow
from dlzw_desktop.domain.money import format_eur, format_plain
from dlzw_desktop.errors import ConflictError, UserError, ValidationError
from dlzw_desktop.services.case_detail import (
    CaseDetail,
    ConsultationRow,
    DocumentRow,
    JobsRow,
    ReminderRow,
    RepaymentRow,
)
from dlzw_desktop.services.case_service import AffordabilityInputs, CaseDraft, TimelineEvent, TimelineKind
from dlzw_desktop.services.intake_service import BusinessRow, MembershipRow, PersonRow
from dlzw_desktop.services.loan_service import DecisionDraft, JobsDraft
from dlzw_desktop.services.permissions import Permission, allowed
from dlzw_desktop.services.programme_service import LenderRow, ProgrammeRow
from dlzw_desktop.services.recommendation_service import RecommendationDraft
from dlzw_desktop.services.registry import Services
from dlzw_desktop.services.user_service import UserRow
from dlzw_desktop.ui import case_labels
from dlzw_desktop.ui.business_dialog import BusinessDialog
from dlzw_desktop.ui.case_labels import add_choice, choice, choice_index, select_choice
from dlzw_desktop.ui.conflict_dialog import resolve_conflict
from dlzw_desktop.ui.generated.ui_case_view import Ui_CaseView
from dlzw_desktop.ui.labels import enum_items, enum_label
from dlzw_desktop.ui.messages import show_error, user_message
from dlzw_desktop.ui.person_dialog import PersonDialog
from dlzw_desktop.ui.row_table_model import RowTableModel, display, shown
from dlzw_desktop.ui.small_dialogs import ConsultationDialog, ReminderDialog, StageDialog
from dlzw_desktop.ui.workers import Pool, run_in_background

logger = logging.getLogger(__name__)

FORMS = ("overview", "affordability", "recommendation")
_MONEY_FIELDS = frozenset(
    {
        "amount",
        "requested_amount",
        "household_income",
        "household_expenses",
        "business_surplus",
        "fee",
        "arrears",
    }
)


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _amount(value: Decimal | None) -> str:
    return format_plain(value) if value is not None else ""


def _percent(value: Decimal) -> str:
    """7.900 -> "7,9"."""
    return f"{value.normalize():f}".replace(".", ",")


def ask(
    parent: QWidget, title: str, text: str, buttons: QMessageBox.StandardButton
) -> QMessageBox.StandardButton:
    """A question box; one place, so tests can answer it."""
    return QMessageBox.question(parent, title, text, buttons)


class CaseView(QWidget):
    """Signals: ``back_requested()`` to return to the list; ``loaded(object)`` with each ``CaseDetail``
    shown; ``case_changed(object)`` after a save changed the case; ``file_opened(object)`` with the path
    of a letter or file handed to the system viewer."""

    back_requested = Signal()
    loaded = Signal(object)
    case_changed = Signal(object)
    file_opened = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._ui = Ui_CaseView()
        self._ui.setupUi(self)
        self._case: CaseDetail | None = None
        self._dirty = dict.fromkeys(FORMS, False)
        self._filling = False
        self._advisors: list[UserRow] = []
        self._busy_count = 0
        self._after_save: Callable[[], None] | None = None
        font = QFont(self._ui.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._ui.title_label.setFont(font)
        self._build_models()
        self._fill_static_choices()
        self._connect()
        self._chart: Any = None
        run_in_background(self._load_choices, self._on_choices, self._on_failed, context=self)

    # -- set-up ----------------------------------------------------------------------------------------

    def _build_models(self) -> None:
        ui = self._ui
        self._members = RowTableModel[MembershipRow](
            [
                shown(self.tr("Person"), lambda m: m.person_name),
                shown(self.tr("Role"), lambda m: m.role),
                shown(self.tr("Birth date"), lambda m: m.birth_date),
            ],
            self,
        )
        self._consultations = RowTableModel[ConsultationRow](
            [
                shown(self.tr("Date"), lambda c: c.held_on),
                shown(self.tr("Minutes"), lambda c: c.duration_minutes, numeric=True),
                shown(self.tr("Place"), lambda c: c.place),
                shown(self.tr("Advisor"), lambda c: c.advisor_name),
                shown(self.tr("Topics"), lambda c: c.topics, tooltip=lambda c: c.notes),
            ],
            self,
        )
        self._documents = RowTableModel[DocumentRow](
            [
                shown(self.tr("Document"), lambda d: d.kind),
                shown(
                    self.tr("Required"),
                    lambda d: d.required,
                    text=lambda d: self.tr("required") if d.required else "",
                ),
                shown(self.tr("Status"), lambda d: d.status),
                shown(self.tr("Date"), lambda d: d.status_on),
                shown(
                    self.tr("Files"),
                    lambda d: len(d.attachments),
                    text=lambda d: ", ".join(a.original_name for a in d.attachments),
                ),
                shown(self.tr("Note"), lambda d: d.note),
            ],
            self,
        )
        self._plan = RowTableModel[InstalmentRow](
            [
                shown(self.tr("No."), lambda r: r.number, numeric=True),
                shown(self.tr("Due"), lambda r: r.due_on),
                shown(self.tr("Payment"), lambda r: r.payment, numeric=True),
                shown(self.tr("Interest"), lambda r: r.interest, numeric=True),
                shown(self.tr("Repayment"), lambda r: r.principal_part, numeric=True),
                shown(self.tr("Remaining"), lambda r: r.remaining_balance, numeric=True),
            ],
            self,
        )
        self._repayments = RowTableModel[RepaymentRow](
            [
                shown(self.tr("Month"), lambda r: r.month, text=lambda r: r.month.strftime("%m.%Y")),
                shown(self.tr("Status"), lambda r: r.status),
                shown(self.tr("Arrears"), lambda r: r.arrears, numeric=True),
                shown(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self._jobs = RowTableModel[JobsRow](
            [
                shown(self.tr("When"), lambda j: j.occasion),
                shown(self.tr("Counted on"), lambda j: j.recorded_on),
                shown(self.tr("Created (people)"), lambda j: j.created_heads, numeric=True),
                shown(
                    self.tr("Created (FTE)"),
                    lambda j: j.created_fte,
                    text=lambda j: format_plain(j.created_fte),
                    numeric=True,
                ),
                shown(self.tr("Secured (people)"), lambda j: j.secured_heads, numeric=True),
                shown(
                    self.tr("Secured (FTE)"),
                    lambda j: j.secured_fte,
                    text=lambda j: format_plain(j.secured_fte),
                    numeric=True,
                ),
            ],
            self,
        )
        self._reminders = RowTableModel[ReminderRow](
            [
                shown(self.tr("Due"), lambda r: r.due_on),
                shown(self.tr("Task"), lambda r: r.title, tooltip=lambda r: r.note),
                shown(self.tr("For"), lambda r: r.assigned_to_name),
                shown(self.tr("Done"), lambda r: r.done),
            ],
            self,
        )
        for view, model in (
            (ui.members_table, self._members),
            (ui.consultations_table, self._consultations),
            (ui.documents_table, self._documents),
            (ui.plan_table, self._plan),
            (ui.repayments_table, self._repayments),
            (ui.jobs_table, self._jobs),
            (ui.reminders_table, self._reminders),
        ):
            view.setModel(model)

    def _fill_static_choices(self) -> None:
        ui = self._ui
        for combo, members in (
            (ui.source_combo, list(CaseSource)),
            (ui.status_combo, list(DocumentStatus)),
            (ui.decision_combo, list(LenderDecision)),
            (ui.repayment_status_combo, list(RepaymentStatus)),
            (ui.occasion_combo, list(JobsOccasion)),
            (ui.add_document_combo, list(DocumentKind)),
        ):
            for text, member in enum_items(members):
                add_choice(combo, text, member)
        add_choice(ui.lender_combo, self.tr("– not chosen –"), None)
        self._fields: dict[str, QWidget] = {
            "advisor_id": ui.advisor_combo,
            "requested_amount": ui.amount_edit,
            "purpose": ui.purpose_edit,
            "programme_id": ui.programme_combo,
            "opened_on": ui.opened_edit,
            "notes": ui.notes_edit,
            "household_income": ui.income_edit,
            "household_expenses": ui.expenses_edit,
            "business_surplus": ui.surplus_edit,
            "planned_term_months": ui.term_spin,
            "planned_grace_months": ui.grace_spin,
            "amount": ui.rec_amount_edit,
            "term_months": ui.rec_term_spin,
            "grace_months": ui.rec_grace_spin,
            "recommended_on": ui.rec_date_edit,
            "summary": ui.summary_edit,
            "decided_on": ui.decided_edit,
            "disbursed_on": ui.payout_edit,
            "month": ui.month_edit,
            "arrears": ui.arrears_edit,
            "recorded_on": ui.jobs_date_edit,
            "created_fte": ui.created_fte_edit,
            "secured_fte": ui.secured_fte_edit,
            "status_on": ui.status_date_edit,
        }

    def _connect(self) -> None:
        ui = self._ui
        ui.back_button.clicked.connect(self._on_back_button_clicked)
        ui.next_stage_button.clicked.connect(self._on_next_stage_button_clicked)
        ui.move_back_button.clicked.connect(self._on_move_back_button_clicked)
        ui.close_case_button.clicked.connect(self._on_close_case_button_clicked)
        ui.save_overview_button.clicked.connect(self.save_overview)
        ui.revert_overview_button.clicked.connect(self.revert)
        ui.add_reminder_button.clicked.connect(self._on_add_reminder_button_clicked)
        ui.done_reminder_button.clicked.connect(self._on_done_reminder_button_clicked)
        ui.edit_business_button.clicked.connect(self._on_edit_business_button_clicked)
        ui.add_member_button.clicked.connect(self._on_add_member_button_clicked)
        ui.edit_person_button.clicked.connect(self._on_edit_person_button_clicked)
        ui.remove_member_button.clicked.connect(self._on_remove_member_button_clicked)
        ui.add_consultation_button.clicked.connect(self._on_add_consultation_button_clicked)
        ui.edit_consultation_button.clicked.connect(self._on_edit_consultation_button_clicked)
        ui.consultations_table.doubleClicked.connect(
            lambda _index: self._on_edit_consultation_button_clicked()
        )
        ui.delete_consultation_button.clicked.connect(self._on_delete_consultation_button_clicked)
        ui.documents_table.selectionModel().currentRowChanged.connect(self._on_document_selected)
        ui.set_status_button.clicked.connect(self._on_set_status_button_clicked)
        ui.attach_button.clicked.connect(self._on_attach_button_clicked)
        ui.open_file_button.clicked.connect(self._on_open_file_button_clicked)
        ui.add_document_button.clicked.connect(self._on_add_document_button_clicked)
        ui.save_affordability_button.clicked.connect(self.save_affordability)
        ui.save_recommendation_button.clicked.connect(self.save_recommendation)
        ui.sign_off_button.clicked.connect(self._on_sign_off_button_clicked)
        ui.letter_button.clicked.connect(self._on_letter_button_clicked)
        ui.record_decision_button.clicked.connect(self._on_record_decision_button_clicked)
        ui.record_payout_button.clicked.connect(self._on_record_payout_button_clicked)
        ui.record_repayment_button.clicked.connect(self._on_record_repayment_button_clicked)
        ui.record_jobs_button.clicked.connect(self._on_record_jobs_button_clicked)
        ui.tabs_widget.currentChanged.connect(self._on_tabs_widget_current_changed)
        for form, widgets in self._form_widgets().items():
            for widget in widgets:
                signal = None
                if isinstance(widget, QLineEdit):
                    signal = widget.textEdited
                elif isinstance(widget, QPlainTextEdit):
                    signal = widget.textChanged
                elif hasattr(widget, "valueChanged"):
                    signal = widget.valueChanged
                elif hasattr(widget, "currentIndexChanged"):
                    signal = widget.currentIndexChanged
                if signal is not None:
                    signal.connect(self._marker(form))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_escape)

    def _form_widgets(self) -> dict[str, list[QWidget]]:
        ui = self._ui
        return {
            "overview": [ui.advisor_combo, ui.source_combo, ui.amount_edit, ui.purpose_edit,
                         ui.programme_combo, ui.opened_edit, ui.notes_edit],
            "affordability": [ui.income_edit, ui.expenses_edit, ui.surplus_edit, ui.term_spin, ui.grace_spin],
            "recommendation": [ui.rec_amount_edit, ui.rec_term_spin, ui.rec_grace_spin, ui.rec_date_edit,
                               ui.lender_combo, ui.summary_edit],
        }  # fmt: skip

    def _marker(self, form: str) -> Callable[..., None]:
        def mark(*_args: object) -> None:
            if not self._filling and self._case is not None:
                self._dirty[form] = True
                self._show_dirty()

        return mark

    def _show_dirty(self) -> None:
        dirty = self.has_unsaved_changes()
        number = self._case.number if self._case else ""
        self._ui.title_label.setText(
            f"{number} – {self._case.business.name}{' *' if dirty else ''}" if self._case else ""
        )

    def _load_choices(self) -> tuple[list[UserRow], list[ProgrammeRow], list[LenderRow]]:
        return (
            self._services.users.advisors(),
            self._services.programmes.programmes(),
            self._services.programmes.lenders(),
        )

    def _on_choices(self, loaded: tuple[list[UserRow], list[ProgrammeRow], list[LenderRow]]) -> None:
        advisors, programmes, lenders = loaded
        self._advisors = advisors
        ui = self._ui
        self._filling = True
        add_choice(ui.advisor_combo, self.tr("– nobody yet –"), None)
        for advisor in advisors:
            add_choice(ui.advisor_combo, advisor.display_name, advisor.id)
        for programme in programmes:
            start, end = programme.draft.valid_from, programme.draft.valid_to
            validity = (
                self.tr("from {date}").format(date=_day(start))
                if end is None
                else self.tr("{start} to {end}").format(start=_day(start), end=_day(end))
            )
            add_choice(ui.programme_combo, f"{programme.name} ({validity})", programme.id)
        for lender in lenders:
            add_choice(ui.lender_combo, lender.name, lender.id)
        self._filling = False
        if self._case is not None:
            self._show(self._case)

    # -- loading and showing ---------------------------------------------------------------------------

    @property
    def case(self) -> CaseDetail | None:
        return self._case

    def load(self, case_id: uuid.UUID) -> None:
        """Show the case ``case_id`` (loaded off the GUI thread)."""
        self._run(lambda: self._services.cases.case(case_id), self._show_fresh)

    def reload(self) -> None:
        if self._case is not None:
            self.load(self._case.id)

    def _show_fresh(self, case: CaseDetail) -> None:
        self._dirty = dict.fromkeys(FORMS, False)
        self._show(case)

    def _run(
        self, call: Callable[[], Any], done: Callable[[Any], None], *, pool: Pool = Pool.DATABASE
    ) -> None:
        self._busy_count += 1
        self.setCursor(Qt.CursorShape.BusyCursor)

        def finished(result: Any) -> None:
            self._idle()
            done(result)

        def failed(error: BaseException) -> None:
            self._idle()
            self._on_failed(error)

        run_in_background(call, finished, failed, context=self, pool=pool)

    def _idle(self) -> None:
        self._busy_count = max(0, self._busy_count - 1)
        if not self._busy_count:
            self.unsetCursor()

    @property
    def busy(self) -> bool:
        return self._busy_count > 0

    def _saved(self, case: CaseDetail, form: str | None = None) -> None:
        if form is not None:
            self._dirty[form] = False
        self._show(case)
        self.case_changed.emit(case)
        if self._after_save is not None and not self.has_unsaved_changes():
            then, self._after_save = self._after_save, None
            then()

    def _show(self, case: CaseDetail) -> None:
        ui = self._ui
        same = self._case is not None and self._case.id == case.id
        self._case = case
        self._filling = True
        try:
            self._show_header(case)
            if not (same and self._dirty["overview"]):
                self._show_overview(case)
            self._show_people(case)
            self._show_consultations(case)
            self._documents.set_rows(case.documents)
            self._show_documents_hint(case)
            if not (same and self._dirty["affordability"]):
                self._show_affordability_inputs(case)
            self._show_plan(case)
            if not (same and self._dirty["recommendation"]):
                self._show_recommendation(case)
            self._show_loan(case)
            self._show_jobs(case)
            self._reminders.set_rows(case.reminders)
        finally:
            self._filling = False
        for view in (ui.documents_table, ui.jobs_table, ui.consultations_table, ui.members_table):
            view.resizeColumnsToContents()
        self._show_dirty()
        if self._ui.tabs_widget.currentWidget() is self._ui.timeline_tab:
            self._load_timeline()
        self.loaded.emit(case)

    def _show_header(self, case: CaseDetail) -> None:
        ui = self._ui
        since = to_berlin(case.stage_since).strftime("%d.%m.%Y")
        stage = enum_label(case.stage)
        if case.outcome is not None:
            stage = f"{stage} ({enum_label(case.outcome)})"
        ui.stage_label.setText(self.tr("Stage: {stage} since {since}").format(stage=stage, since=since))
        step = case.next_steps[0] if case.next_steps else None
        ui.next_stage_button.setEnabled(step is not None)
        ui.next_stage_button.setText(
            self.tr("&Next: {stage}…").format(stage=enum_label(step.stage))
            if step
            else self.tr("&Next stage…")
        )
        ui.move_back_button.setEnabled(case.back_to is not None)
        ui.move_back_button.setToolTip(
            self.tr("Back to {stage}").format(stage=enum_label(case.back_to)) if case.back_to else ""
        )
        ui.close_case_button.setEnabled(bool(case.closing_outcomes))
        if step is not None and step.problems:
            ui.blocker_label.setText(
                self.tr("Before {stage}: {problems}").format(
                    stage=enum_label(step.stage), problems=" ".join(user_message(p) for p in step.problems)
                )
            )
        else:
            ui.blocker_label.setText("")
        ui.blocker_label.setVisible(bool(ui.blocker_label.text()))

    def _show_overview(self, case: CaseDetail) -> None:
        ui = self._ui
        select_choice(ui.advisor_combo, case.advisor_id)
        select_choice(ui.source_combo, case.source)
        ui.amount_edit.setText(_amount(case.requested_amount))
        ui.purpose_edit.setPlainText(case.purpose)
        select_choice(ui.programme_combo, case.programme.id if case.programme else None)
        ui.opened_edit.setText(_day(case.opened_on))
        ui.notes_edit.setPlainText(case.notes)
        if case.follow_up_possible_from is not None:
            ui.follow_up_label.setText(
                self.tr("Follow-up loan possible from {date}").format(date=_day(case.follow_up_possible_from))
            )
        elif case.previous_loans_total:
            ui.follow_up_label.setText(
                self.tr("Earlier loans of this business: {amount}").format(
                    amount=format_eur(case.previous_loans_total)
                )
            )
        else:
            ui.follow_up_label.setText("")

    def _show_people(self, case: CaseDetail) -> None:
        business = case.business
        lines = [business.name, enum_label(business.legal_form)]
        if business.sector_label:
            lines.append(business.sector_label)
        address = " ".join(p for p in (business.street, business.postcode, business.city) if p)
        area = " / ".join(p for p in (business.borough_name, business.district_name) if p)
        lines += [p for p in (address, area) if p]
        if business.founding_date:
            founded = (
                self.tr("planned for {date}") if business.founding_planned else self.tr("founded on {date}")
            )
            lines.append(founded.format(date=_day(business.founding_date)))
        self._ui.business_label.setText("\n".join(lines))
        self._members.set_rows(business.members)

    def _show_consultations(self, case: CaseDetail) -> None:
        self._consultations.set_rows(case.consultations)
        hours, minutes = divmod(case.consultation_minutes, 60)
        self._ui.minutes_label.setText(
            self.tr("{count} consultations, {hours} h {minutes} min in all").format(
                count=len(case.consultations), hours=hours, minutes=minutes
            )
        )

    def _show_documents_hint(self, case: CaseDetail) -> None:
        if case.missing_documents:
            self._ui.documents_hint_label.setText(
                self.tr("Still missing: {kinds}").format(
                    kinds=", ".join(enum_label(k) for k in case.missing_documents)
                )
            )
        else:
            self._ui.documents_hint_label.setText(self.tr("All documents on the checklist are in."))

    def _show_affordability_inputs(self, case: CaseDetail) -> None:
        ui = self._ui
        ui.income_edit.setText(_amount(case.household_income))
        ui.expenses_edit.setText(_amount(case.household_expenses))
        ui.surplus_edit.setText(_amount(case.business_surplus))
        ui.term_spin.setValue(case.planned_term_months or 0)
        ui.grace_spin.setValue(case.planned_grace_months or 0)

    def _show_plan(self, case: CaseDetail) -> None:
        plan = case.plan
        self._plan.set_rows(plan.rows if plan else ())
        ui = self._ui
        if plan is None:
            text = (
                user_message(case.plan_problem)
                if case.plan_problem
                else self.tr("Enter the amount and the term to see the instalment plan.")
            )
            ui.verdict_label.setText(text)
        else:
            verdict = case.affordability
            parts = [
                self.tr("Instalment {instalment} a month over {months} months ({grace} repayment-free, "
                        "{grace_payment} interest each); interest in all {interest}, fee {fee}.").format(
                    instalment=format_eur(plan.instalment), months=plan.term_months, grace=plan.grace_months,
                    grace_payment=format_eur(plan.grace_payment), interest=format_eur(plan.total_interest),
                    fee=format_eur(plan.fee),
                )
            ]  # fmt: skip
            if verdict is not None:
                parts.append(self.tr("Verdict: {verdict}.").format(verdict=enum_label(verdict.verdict)))
                if verdict.free_amount is not None and verdict.ratio is not None:
                    parts.append(
                        self.tr("Free each month: {free}; the instalment takes {ratio} % of it.").format(
                            free=format_eur(verdict.free_amount),
                            ratio=format_plain(verdict.ratio * 100).replace(",00", ""),
                        )
                    )
            ui.verdict_label.setText(" ".join(parts))
        self._draw_chart(plan)

    def _draw_chart(self, plan: InstalmentPlan | None) -> None:
        from PySide6.QtCharts import (  # noqa: PLC0415 - QtCharts loads only with a case on screen
            QBarCategoryAxis,
            QBarSet,
            QChart,
            QChartView,
            QStackedBarSeries,
            QValueAxis,
        )
        from PySide6.QtGui import QPainter  # noqa: PLC0415

        if self._chart is None:
            self._chart = QChartView(self._ui.chart_container)
            self._chart.setObjectName("plan_chart_view")
            self._chart.setAccessibleName(self.tr("Chart of the instalment plan"))
            self._chart.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._ui.chart_layout.addWidget(self._chart)
        chart = QChart()
        chart.setTitle(self.tr("Instalments: interest and repayment per month"))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if plan is not None:
            interest, principal = QBarSet(self.tr("Interest")), QBarSet(self.tr("Repayment"))
            for row in plan.rows:
                interest.append(float(row.interest))  # chart geometry only: amounts stay Decimal elsewhere
                principal.append(float(row.principal_part))
            series = QStackedBarSeries()
            series.append(principal)
            series.append(interest)
            chart.addSeries(series)
            months = QBarCategoryAxis()
            months.append(
                [str(row.number) if row.number % 6 == 0 or row.number == 1 else "" for row in plan.rows]
            )
            chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(months)
            euros = QValueAxis()
            euros.setLabelFormat("%.0f")
            euros.setTitleText("EUR")
            euros.setMin(0)
            chart.addAxis(euros, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(euros)
        self._chart.setChart(chart)

    def _show_recommendation(self, case: CaseDetail) -> None:
        ui = self._ui
        rec = case.recommendation
        if rec is None:
            ui.rec_amount_edit.setText(_amount(case.requested_amount) if case.requested_amount else "")
            ui.rec_term_spin.setValue(case.planned_term_months or 36)
            ui.rec_grace_spin.setValue(case.planned_grace_months or 0)
            ui.rec_date_edit.setText(_day(today_berlin()))
            ui.lender_combo.setCurrentIndex(0)
            ui.summary_edit.setPlainText("")
        else:
            ui.rec_amount_edit.setText(_amount(rec.amount))
            ui.rec_term_spin.setValue(rec.term_months)
            ui.rec_grace_spin.setValue(rec.grace_months)
            ui.rec_date_edit.setText(_day(rec.recommended_on))
            select_choice(ui.lender_combo, rec.lender_id)
            ui.summary_edit.setPlainText(rec.summary)

    def _show_loan(self, case: CaseDetail) -> None:
        ui = self._ui
        rec, loan = case.recommendation, case.loan
        editable = case.stage is CaseStage.ASSESSMENT
        ui.save_recommendation_button.setEnabled(editable)
        principal = self._services.context.user.principal
        may_sign = allowed(principal.role, Permission.SIGN_OFF)
        own = rec is not None and rec.author.casefold() == principal.username.casefold()
        ui.sign_off_button.setEnabled(
            case.stage is CaseStage.RECOMMENDED
            and rec is not None
            and not rec.signed_off
            and may_sign
            and not own
        )
        if own:
            ui.sign_off_button.setToolTip(
                self.tr("You wrote this recommendation: a second person signs it off.")
            )
        elif not may_sign:
            ui.sign_off_button.setToolTip(self.tr("Signing off needs the role of a team lead."))
        else:
            ui.sign_off_button.setToolTip("")
        ui.letter_button.setEnabled(rec is not None)
        if rec is None:
            status = self.tr("No recommendation yet. It is written while the case is in assessment.")
        elif rec.signed_off:
            status = self.tr(
                "Written by {author}, signed off by {signer} on {date}: sent to the lender."
            ).format(author=rec.author, signer=rec.signed_off_by, date=_day(rec.sent_on))
        else:
            status = self.tr(
                "Written by {author} on {date}; rate {rate} %, fee {fee}. Waiting for a second person's "
                "sign-off."
            ).format(
                author=rec.author, date=_day(rec.recommended_on), rate=_percent(rec.interest_rate_percent),
                fee=format_eur(rec.fee),
            )  # fmt: skip
        ui.recommendation_status_label.setText(status)
        decided = case.stage is CaseStage.RECOMMENDED and rec is not None and rec.signed_off
        ui.record_decision_button.setEnabled(decided)
        ui.record_payout_button.setEnabled(case.stage is CaseStage.APPROVED)
        ui.record_repayment_button.setEnabled(loan is not None and loan.disbursed_on is not None)
        if loan is not None:
            select_choice(ui.decision_combo, loan.decision)
            ui.decided_edit.setText(_day(loan.decided_on))
            ui.loan_amount_edit.setText(_amount(loan.amount))
            ui.conditions_edit.setText(loan.conditions)
            ui.payout_edit.setText(_day(loan.disbursed_on))
            text = self.tr("{decision} on {date}").format(
                decision=enum_label(loan.decision), date=_day(loan.decided_on)
            )
            if loan.disbursed_on:
                text += " · " + self.tr("paid out on {date}").format(date=_day(loan.disbursed_on))
            ui.loan_status_label.setText(text)
        else:
            ui.decided_edit.setText(_day(today_berlin()) if decided else "")
            ui.payout_edit.setText("")
            ui.loan_status_label.setText("")
        if not ui.payout_edit.text() and case.stage is CaseStage.APPROVED:
            ui.payout_edit.setText(_day(today_berlin()))
        self._repayments.set_rows(case.repayments)
        if not ui.month_edit.text():
            ui.month_edit.setText(today_berlin().strftime("%m.%Y"))
        if case.follow_up_possible_from is not None:
            ui.follow_up_loan_label.setText(
                self.tr(
                    "A follow-up loan is possible from {date} (after {months} months of trouble-free "
                    "repayment)."
                ).format(
                    date=_day(case.follow_up_possible_from),
                    months=case.programme.draft.follow_up_after_months if case.programme else 6,
                )
            )
        else:
            ui.follow_up_loan_label.setText("")

    def _show_jobs(self, case: CaseDetail) -> None:
        ui = self._ui
        self._jobs.set_rows(case.jobs)
        if not ui.jobs_date_edit.text():
            ui.jobs_date_edit.setText(_day(today_berlin()))
        lines = []
        if case.loan is not None and case.loan.disbursed_on is not None:
            recorded = {j.occasion for j in case.jobs}
            for follow_up in jobs_follow_ups(case.loan.disbursed_on):
                state = (
                    self.tr("counted")
                    if follow_up.occasion in recorded
                    else self.tr("due on {date}").format(date=_day(follow_up.due_on))
                )
                lines.append(f"{enum_label(follow_up.occasion)}: {state}")
        else:
            lines.append(self.tr("The follow-ups at 6, 12 and 24 months are scheduled at payout."))
        ui.jobs_due_label.setText("\n".join(lines))
        if case.jobs_due:
            select_choice(ui.occasion_combo, case.jobs_due[0].occasion)

    # -- unsaved changes -------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return any(self._dirty.values())

    def leave(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the case may be left: at once without unsaved changes; after they were
        saved (Save) or thrown away (Discard); never when the user cancels or a save fails."""
        if not self.has_unsaved_changes():
            then()
            return
        answer = ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has unsaved changes. Save them before leaving?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            then()
            return
        self._after_save = then
        for form in FORMS:
            if self._dirty[form]:
                self._save_form(form)

    def revert(self) -> None:
        """Undo the unsaved changes of every form (Esc)."""
        self._dirty = dict.fromkeys(FORMS, False)
        if self._case is not None:
            self._show(self._case)

    def _on_escape(self) -> None:
        if self.has_unsaved_changes():
            self.revert()
        else:
            self._on_back_button_clicked()

    def _on_back_button_clicked(self) -> None:
        self.leave(self.back_requested.emit)

    # -- saving forms ----------------------------------------------------------------------------------

    def save_current(self) -> None:
        """Ctrl+S: save the form of the open tab."""
        current = self._ui.tabs_widget.currentWidget()
        forms = {
            self._ui.overview_tab: "overview",
            self._ui.affordability_tab: "affordability",
            self._ui.recommendation_tab: "recommendation",
        }
        form = forms.get(current)
        if form is not None:
            self._save_form(form)
        else:
            for name in FORMS:
                if self._dirty[name]:
                    self._save_form(name)

    def _save_form(self, form: str) -> None:
        {"overview": self.save_overview, "affordability": self.save_affordability,
         "recommendation": self.save_recommendation}[form]()  # fmt: skip

    def _overview_draft(self) -> CaseDraft:
        ui, case = self._ui, self._case
        assert case is not None
        amount = case_labels.read_amount(ui.amount_edit, "requested_amount", required=False)
        return CaseDraft(
            business_id=case.business.id,
            advisor_id=choice(ui.advisor_combo),
            source=choice(ui.source_combo),
            requested_amount=amount if amount is not None else Decimal("0.00"),
            purpose=ui.purpose_edit.toPlainText(),
            programme_id=choice(ui.programme_combo),
            opened_on=case_labels.read_date(ui.opened_edit, "opened_on"),
            notes=ui.notes_edit.toPlainText(),
            previous_case_id=case.previous_case_id,
        )

    def save_overview(self) -> None:
        case = self._case
        if case is None:
            return
        try:
            draft = self._overview_draft()
        except UserError as error:
            self._on_failed(error)
            return
        base = {
            "business_id": case.business.id, "advisor_id": case.advisor_id, "source": case.source,
            "requested_amount": case.requested_amount, "purpose": case.purpose,
            "programme_id": case.programme.id if case.programme else None, "opened_on": case.opened_on,
            "notes": case.notes, "previous_case_id": case.previous_case_id,
        }  # fmt: skip
        self._save_with_conflicts(
            lambda version, values: self._services.cases.update_case(
                case.id, version, CaseDraft(**values) if values else draft
            ),
            case.version,
            base,
            "overview",
        )

    def _affordability_inputs(self) -> AffordabilityInputs:
        ui = self._ui
        return AffordabilityInputs(
            case_labels.read_amount(ui.income_edit, "household_income", required=False),
            case_labels.read_amount(ui.expenses_edit, "household_expenses", required=False),
            case_labels.read_amount(ui.surplus_edit, "business_surplus", required=False, allow_negative=True),
            ui.term_spin.value() or None,
            ui.grace_spin.value() if ui.term_spin.value() else None,
        )

    def save_affordability(self) -> None:
        case = self._case
        if case is None:
            return
        try:
            inputs = self._affordability_inputs()
        except UserError as error:
            self._on_failed(error)
            return
        base = {
            "household_income": case.household_income, "household_expenses": case.household_expenses,
            "business_surplus": case.business_surplus, "planned_term_months": case.planned_term_months,
            "planned_grace_months": case.planned_grace_months,
        }  # fmt: skip
        self._save_with_conflicts(
            lambda version, values: self._services.cases.update_affordability(
                case.id, version, AffordabilityInputs(**values) if values else inputs
            ),
            case.version,
            base,
            "affordability",
        )

    def _save_with_conflicts(
        self,
        save: Callable[[int, dict[str, Any] | None], CaseDetail],
        version: int,
        base: dict[str, Any],
        form: str,
    ) -> None:
        """Save; on a concurrent save show both versions and save again with what the user chose."""

        def on_error(error: BaseException) -> None:
            self._idle()
            if not isinstance(error, ConflictError):
                self._on_failed(error)
                return
            self._after_save = None
            labels = {key: case_labels.field_label(key) for key in error.mine}
            values = resolve_conflict(self, error, labels, base=base, format_value=self._format_field)
            if values is None:
                return
            self._busy_count += 1
            run_in_background(
                lambda: save(int(error.params["version"]), values), on_done, on_error, context=self
            )

        def on_done(case: CaseDetail) -> None:
            self._idle()
            self._saved(case, form)

        self._busy_count += 1
        run_in_background(lambda: save(version, None), on_done, on_error, context=self)

    def _format_field(self, key: str, value: Any) -> str:
        if key == "advisor_id":
            return next((a.display_name for a in self._advisors if a.id == value), "")
        if key == "programme_id":
            index = choice_index(self._ui.programme_combo, value)
            return self._ui.programme_combo.itemText(index) if index >= 0 else ""
        if key == "business_id" and self._case is not None:
            return self._case.business.name
        return display(value)

    def save_recommendation(self) -> None:
        case = self._case
        if case is None:
            return
        ui = self._ui
        try:
            amount = case_labels.read_amount(ui.rec_amount_edit, "amount")
            assert amount is not None
            draft = RecommendationDraft(
                amount=amount,
                term_months=ui.rec_term_spin.value(),
                grace_months=ui.rec_grace_spin.value(),
                recommended_on=case_labels.read_date(ui.rec_date_edit, "recommended_on"),
                summary=ui.summary_edit.toPlainText(),
                lender_id=choice(ui.lender_combo),
            )
        except UserError as error:
            self._on_failed(error)
            return
        version = case.recommendation.version if case.recommendation else None
        self._run(
            lambda: self._services.recommendations.save(case.id, draft, version=version),
            lambda saved: self._saved(saved, "recommendation"),
        )

    # -- workflow --------------------------------------------------------------------------------------

    def _on_next_stage_button_clicked(self) -> None:
        case = self._case
        if case is None or not case.next_steps:
            return
        step = case.next_steps[0]
        if step.problems:
            show_error(self, step.problems[0])
            return
        dialog = StageDialog(
            self.tr("Move case {number} to {stage}?").format(
                number=case.number, stage=enum_label(step.stage)
            ),
            parent=self,
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self._services.cases.move_to(
                    case.id, case.version, step.stage, reason=dialog.value()[0]
                ),
                self._saved,
            )
        )
        dialog.open()

    def _on_move_back_button_clicked(self) -> None:
        case = self._case
        if case is None or case.back_to is None:
            return
        dialog = StageDialog(
            self.tr(
                "Move case {number} back from {current} to {target}? Give the reason; it stays in the "
                "history."
            ).format(number=case.number, current=enum_label(case.stage), target=enum_label(case.back_to)),
            reason_required=True,
            parent=self,
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self._services.cases.move_back(case.id, case.version, dialog.value()[0]), self._saved
            )
        )
        dialog.open()

    def _on_close_case_button_clicked(self) -> None:
        case = self._case
        if case is None or not case.closing_outcomes:
            return
        dialog = StageDialog(
            self.tr("Close case {number}? Choose the outcome.").format(number=case.number),
            outcomes=case.closing_outcomes,
            parent=self,
        )

        def close() -> None:
            reason, outcome = dialog.value()
            self._run(
                lambda: self._services.cases.move_to(
                    case.id, case.version, CaseStage.CLOSED, reason=reason, outcome=outcome
                ),
                self._saved,
            )

        dialog.accepted.connect(close)
        dialog.open()

    # -- reminders -------------------------------------------------------------------------------------

    def _on_add_reminder_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        dialog = ReminderDialog(
            self._advisors, assignee=self._services.context.user.principal.user_id, parent=self
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self._services.reminders.add(case.id, dialog.value()), lambda _row: self.reload()
            )
        )
        dialog.open()

    def _on_done_reminder_button_clicked(self) -> None:
        reminder = self._selected(self._ui.reminders_table, self._reminders)
        if reminder is None:
            return
        self._run(
            lambda: self._services.reminders.complete(reminder.id, done=not reminder.done),
            lambda _row: self.reload(),
        )

    # -- people ----------------------------------------------------------------------------------------

    def _on_edit_business_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        dialog = BusinessDialog(self._services, case.business, parent=self)
        dialog.saved.connect(lambda _business: self.reload())
        dialog.open()

    def _on_add_member_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        dialog = PersonDialog(self._services, parent=self)
        dialog.saved.connect(self._add_member)
        dialog.open()

    def _add_member(self, person: PersonRow) -> None:
        case = self._case
        if case is None:
            return
        labels = [enum_label(role) for role in BusinessRole]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Role"),
            self.tr("Role of {name} in the business").format(name=person.full_name),
            labels,
            0,
            False,
        )
        if not ok:
            return
        role = list(BusinessRole)[labels.index(chosen)]
        business_id = case.business.id
        self._run(
            lambda: self._services.intake.add_member(business_id, person.id, role), lambda _b: self.reload()
        )

    def _on_edit_person_button_clicked(self) -> None:
        member = self._selected(self._ui.members_table, self._members)
        if member is None:
            return

        def open_dialog(person: PersonRow) -> None:
            dialog = PersonDialog(self._services, person, parent=self)
            dialog.saved.connect(lambda _person: self.reload())
            dialog.open()

        self._run(lambda: self._services.intake.person(member.person_id), open_dialog)

    def _on_remove_member_button_clicked(self) -> None:
        member = self._selected(self._ui.members_table, self._members)
        if member is None:
            return
        answer = ask(
            self,
            self.tr("Remove person"),
            self.tr("Remove {name} as {role} from the business? The person's record stays.").format(
                name=member.person_name, role=enum_label(member.role)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._services.intake.remove_member(member.id), lambda _b: self.reload())

    # -- consultations ---------------------------------------------------------------------------------

    def _on_add_consultation_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        dialog = ConsultationDialog(
            self._advisors, advisor_id=self._services.context.user.principal.user_id, parent=self
        )
        dialog.setObjectName("consultation_dialog")
        dialog.accepted.connect(
            lambda: self._run(lambda: self._services.consultations.add(case.id, dialog.value()), self._saved)
        )
        dialog.open()

    def _on_edit_consultation_button_clicked(self) -> None:
        talk = self._selected(self._ui.consultations_table, self._consultations)
        if talk is None:
            return
        dialog = ConsultationDialog(self._advisors, consultation=talk, parent=self)
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self._services.consultations.update(talk.id, talk.version, dialog.value()),
                self._saved,
            )
        )
        dialog.open()

    def _on_delete_consultation_button_clicked(self) -> None:
        talk = self._selected(self._ui.consultations_table, self._consultations)
        if talk is None:
            return
        answer = ask(
            self,
            self.tr("Delete consultation"),
            self.tr("Delete the consultation of {date}? It stays in the audit trail.").format(
                date=_day(talk.held_on)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self._services.consultations.delete(talk.id, talk.version), self._saved)

    # -- documents -------------------------------------------------------------------------------------

    def _on_document_selected(self, *_args: object) -> None:
        item = self._selected(self._ui.documents_table, self._documents)
        if item is None:
            return
        select_choice(self._ui.status_combo, item.status)
        self._ui.status_date_edit.setText(_day(item.status_on or today_berlin()))
        self._ui.open_file_button.setEnabled(bool(item.attachments))

    def _on_set_status_button_clicked(self) -> None:
        item = self._selected(self._ui.documents_table, self._documents)
        if item is None:
            return
        status: DocumentStatus = choice(self._ui.status_combo)
        try:
            on = case_labels.read_date(self._ui.status_date_edit, "status_on", required=False)
        except UserError as error:
            self._on_failed(error)
            return
        self._run(
            lambda: self._services.documents.set_status(item.id, item.version, status, on=on),
            self._saved_keep_row,
        )

    def _saved_keep_row(self, case: CaseDetail) -> None:
        row = self._ui.documents_table.currentIndex().row()
        self._saved(case)
        if row >= 0:
            self._ui.documents_table.selectRow(row)

    def choose_file(self) -> str:
        """The file to attach (a dialog; tests replace it)."""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        return path

    def _on_attach_button_clicked(self) -> None:
        item = self._selected(self._ui.documents_table, self._documents)
        if item is None:
            return
        path = self.choose_file()
        if path:
            self._run(lambda: self._services.documents.attach(item.id, Path(path)), self._saved_keep_row)

    def _on_open_file_button_clicked(self) -> None:
        item = self._selected(self._ui.documents_table, self._documents)
        if item is None or not item.attachments:
            return
        attachment = item.attachments[-1]
        folder = Path(tempfile.mkdtemp(prefix="dlzw-"))
        self._run(
            lambda: self._services.documents.export_attachment(attachment.id, folder),
            self._open_file,
        )

    def _on_add_document_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        kind: DocumentKind = choice(self._ui.add_document_combo)
        self._run(lambda: self._services.documents.add_requirement(case.id, kind), self._saved)

    # -- recommendation and loan -----------------------------------------------------------------------

    def _on_sign_off_button_clicked(self) -> None:
        case = self._case
        if case is None or case.recommendation is None:
            return
        version = case.recommendation.version
        self._run(lambda: self._services.recommendations.sign_off(case.id, version), self._saved)

    def letter_path(self) -> str:
        """Where to save the letter (a dialog; tests replace it)."""
        case = self._case
        suggested = f"Empfehlung_{case.number}.pdf" if case else "Empfehlung.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recommendation letter"), suggested, self.tr("PDF documents (*.pdf)")
        )
        return path

    def _on_letter_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        path = self.letter_path()
        if not path:
            return
        self._run(
            lambda: self._services.recommendations.write_letter(case.id, Path(path)),
            self._open_file,
            pool=Pool.GENERAL,
        )

    def _on_record_decision_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        ui = self._ui
        try:
            decided = case_labels.read_date(ui.decided_edit, "decided_on")
            assert decided is not None
            draft = DecisionDraft(
                decision=choice(ui.decision_combo),
                decided_on=decided,
                amount=case_labels.read_amount(ui.loan_amount_edit, "amount", required=False),
                conditions=ui.conditions_edit.text(),
            )
        except UserError as error:
            self._on_failed(error)
            return
        self._run(lambda: self._services.loans.record_decision(case.id, case.version, draft), self._saved)

    def _on_record_payout_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        try:
            day = case_labels.read_date(self._ui.payout_edit, "disbursed_on")
        except UserError as error:
            self._on_failed(error)
            return
        assert day is not None
        self._run(lambda: self._services.loans.record_payout(case.id, case.version, day), self._saved)

    def _on_record_repayment_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        ui = self._ui
        status: RepaymentStatus = choice(ui.repayment_status_combo)
        try:
            month = case_labels.read_month(ui.month_edit, "month")
            arrears = case_labels.read_amount(ui.arrears_edit, "arrears", required=False)
        except UserError as error:
            self._on_failed(error)
            return
        self._run(
            lambda: self._services.loans.record_repayment(case.id, month, status, arrears=arrears),
            self._saved,
        )

    def _on_record_jobs_button_clicked(self) -> None:
        case = self._case
        if case is None:
            return
        ui = self._ui
        occasion: JobsOccasion = choice(ui.occasion_combo)
        try:
            recorded = case_labels.read_date(ui.jobs_date_edit, "recorded_on")
            assert recorded is not None
            draft = JobsDraft(
                recorded,
                ui.created_heads_spin.value(),
                case_labels.read_fte(ui.created_fte_edit, "created_fte"),
                ui.secured_heads_spin.value(),
                case_labels.read_fte(ui.secured_fte_edit, "secured_fte"),
            )
        except UserError as error:
            self._on_failed(error)
            return
        existing = next((j for j in case.jobs if j.occasion is occasion), None)
        version = existing.version if existing else None
        self._run(
            lambda: self._services.loans.record_jobs(case.id, occasion, draft, version=version), self._saved
        )

    # -- timeline --------------------------------------------------------------------------------------

    def _on_tabs_widget_current_changed(self, _index: int) -> None:
        if self._ui.tabs_widget.currentWidget() is self._ui.timeline_tab:
            self._load_timeline()

    def _load_timeline(self) -> None:
        case = self._case
        if case is not None:
            self._run(lambda: self._services.cases.timeline(case.id), self._show_timeline)

    def _show_timeline(self, events: list[TimelineEvent]) -> None:
        listing = self._ui.timeline_list
        listing.clear()
        for event in events:
            item = QListWidgetItem(self.timeline_text(event))
            item.setToolTip(event.note)
            listing.addItem(item)

    def timeline_text(self, event: TimelineEvent) -> str:
        """One line of the timeline: when, who, what."""
        when = to_berlin(event.at).strftime("%d.%m.%Y %H:%M")
        if event.kind is TimelineKind.STAGE:
            if event.from_stage is None:
                what = self.tr("Case opened")
            elif event.is_reversal:
                what = self.tr("Moved back from {old} to {new}").format(
                    old=enum_label(event.from_stage), new=enum_label(event.to_stage or event.from_stage)
                )
            else:
                what = self.tr("Stage {old} → {new}").format(
                    old=enum_label(event.from_stage), new=enum_label(event.to_stage or event.from_stage)
                )
            if event.note:
                what += f" – {event.note}"
            return f"{when} · {event.actor} · {what}"
        if event.kind is TimelineKind.CONSULTATION:
            when = _day(event.held_on)
            place = enum_label(event.place) if event.place else ""
            what = self.tr("Consultation, {minutes} min, {place}").format(minutes=event.minutes, place=place)
            if event.note:
                what += f": {event.note}"
            return f"{when} · {event.actor} · {what}"
        action = {
            "insert": self.tr("added"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
            "event": "",
        }.get(event.action, event.action)
        details = "; ".join(
            f"{case_labels.field_label(field)}: {self._timeline_value(field, old)} → "
            f"{self._timeline_value(field, new)}"
            if event.action == "update"
            else f"{case_labels.field_label(field)}: {self._timeline_value(field, new)}"
            for field, old, new in event.changes[:6]
        )
        head = f"{case_labels.entity_label(event.entity)} {action}".strip()
        if event.note:
            head += f" – {QCoreApplication.translate('timeline', event.note)}"
        return f"{when} · {event.actor} · {head}" + (f" ({details})" if details else "")

    def _timeline_value(self, field: str, value: object) -> str:
        if value is None or value == "":
            return "–"
        text = str(value)
        if field in _MONEY_FIELDS:
            try:
                return format_eur(Decimal(text))
            except ArithmeticError:
                return text
        if field == "interest_rate_percent":
            return f"{_percent(Decimal(text))} %"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        for enum in (DocumentStatus, DocumentKind, LenderDecision, RepaymentStatus, JobsOccasion, CaseSource):
            try:
                return enum_label(enum(text))
            except ValueError:
                continue
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
        return text if len(text) <= 60 else text[:57] + "…"

    # -- helpers ---------------------------------------------------------------------------------------

    def _open_file(self, path: Path) -> None:
        """Open a written or exported file with the system's viewer."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.file_opened.emit(path)

    @staticmethod
    def _selected(view: Any, model: RowTableModel[Any]) -> Any:
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _on_failed(self, error: BaseException) -> None:
        self._after_save = None  # a failed save keeps the user on the case
        if isinstance(error, ValidationError):
            case_labels.focus_field(self._fields, error)
        show_error(self, error)

    def business(self) -> BusinessRow | None:
        return self._case.business if self._case else None
