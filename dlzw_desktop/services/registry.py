"""All services of one open database, built in one place (the GUI and the CLI use the same)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dlzw_desktop.db.engine import Sessions, database_url, is_sqlite
from dlzw_desktop.db.migrate import open_database
from dlzw_desktop.paths import data_dir as default_data_dir
from dlzw_desktop.services.audit_service import AuditService
from dlzw_desktop.services.backup_service import BackupService
from dlzw_desktop.services.case_service import CaseService
from dlzw_desktop.services.consent_service import ConsentService
from dlzw_desktop.services.consultation_day_service import ConsultationDayService
from dlzw_desktop.services.consultation_service import ConsultationService
from dlzw_desktop.services.context import CurrentUser, ServiceContext
from dlzw_desktop.services.data_protection_service import DataProtectionService
from dlzw_desktop.services.demo_service import DemoService
from dlzw_desktop.services.document_service import DocumentService
from dlzw_desktop.services.export_service import ExportService
from dlzw_desktop.services.import_service import ImportService
from dlzw_desktop.services.info_service import InfoService
from dlzw_desktop.services.initiative_service import InitiativeService
from dlzw_desktop.services.intake_service import IntakeService
from dlzw_desktop.services.loan_service import LoanService
from dlzw_desktop.services.local_economy_service import LocalEconomyService
from dlzw_desktop.services.lwsi_service import LwsiService
from dlzw_desktop.services.overview_service import OverviewService
from dlzw_desktop.services.programme_cost_service import ProgrammeCostService
from dlzw_desktop.services.programme_service import ProgrammeService
from dlzw_desktop.services.property_service import PropertyService
from dlzw_desktop.services.quarter_service import QuarterService
from dlzw_desktop.services.recommendation_service import RecommendationService
from dlzw_desktop.services.reference_service import ReferenceService
from dlzw_desktop.services.reminder_service import ReminderService
from dlzw_desktop.services.report_service import ReportService
from dlzw_desktop.services.search_service import SearchService
from dlzw_desktop.services.settings_service import SettingsService
from dlzw_desktop.services.sync_service import SyncService
from dlzw_desktop.services.user_service import UserService


@dataclass(frozen=True)
class Services:
    """The application without a screen."""

    context: ServiceContext
    info: InfoService
    reference: ReferenceService
    settings: SettingsService
    users: UserService
    backups: BackupService
    overview: OverviewService
    intake: IntakeService
    cases: CaseService
    consultations: ConsultationService
    documents: DocumentService
    recommendations: RecommendationService
    loans: LoanService
    reminders: ReminderService
    programmes: ProgrammeService
    demo: DemoService
    quarters: QuarterService
    initiatives: InitiativeService
    local_economy: LocalEconomyService
    properties: PropertyService
    search: SearchService
    audit: AuditService
    consents: ConsentService
    data_protection: DataProtectionService
    reports: ReportService
    programme_costs: ProgrammeCostService
    lwsi: LwsiService
    exports: ExportService
    consultation_days: ConsultationDayService
    sync: SyncService
    imports: ImportService

    def close(self) -> None:
        self.context.sessions.engine.dispose()


def open_services(target: str | Path, *, migrate: bool = True, passphrase: str | None = None) -> Services:
    """Open (create, migrate) the database at ``target`` and build the services on it.

    A laptop kit (``*.dlzwkit``) needs its ``passphrase``. Raises ``StorageError`` with an actionable
    message when the database cannot be used, ``ValidationError`` for a wrong passphrase.
    """
    url = database_url(target)
    sessions = open_database(url, migrate=migrate, passphrase=passphrase)
    folder = Path(str(url.database)).parent if is_sqlite(url) else default_data_dir()
    return build_services(sessions, folder)


def build_services(sessions: Sessions, data_dir: Path, user: CurrentUser | None = None) -> Services:
    current = user or CurrentUser()
    sessions.actor = current.actor
    context = ServiceContext(sessions=sessions, user=current, data_dir=data_dir)
    cases = CaseService(context)
    intake = IntakeService(context)
    properties = PropertyService(context)
    return Services(
        context=context,
        info=InfoService(context),
        reference=ReferenceService(context),
        settings=SettingsService(context),
        users=UserService(context),
        backups=BackupService(context),
        overview=OverviewService(context),
        intake=intake,
        cases=cases,
        consultations=ConsultationService(context),
        documents=DocumentService(context),
        recommendations=RecommendationService(context),
        loans=LoanService(context),
        reminders=ReminderService(context),
        programmes=ProgrammeService(context),
        demo=DemoService(context),
        quarters=QuarterService(context),
        initiatives=InitiativeService(context),
        local_economy=LocalEconomyService(context),
        properties=properties,
        search=SearchService(context, cases=cases, intake=intake, properties=properties),
        audit=AuditService(context),
        consents=ConsentService(context),
        data_protection=DataProtectionService(context),
        reports=ReportService(context),
        programme_costs=ProgrammeCostService(context),
        lwsi=LwsiService(context),
        exports=ExportService(context),
        consultation_days=ConsultationDayService(context),
        sync=SyncService(context),
        imports=ImportService(context),
    )
