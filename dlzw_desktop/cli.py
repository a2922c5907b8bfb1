"""``dlzw``: headless commands over the same services as the GUI. Never imports Qt.

Every command takes ``--db PATH|URL`` and defaults to the app's own database in the user's data folder.

Signing in: a database with user accounts needs ``--user NAME`` (default: ``DLZW_USER``, else the
operating-system user) and the password, from ``DLZW_PASSWORD`` (for scripts) or a prompt. A database
without accounts (new, demo, or from before sign-in existed) runs as the operating-system user, the first
user being admin – exactly like the GUI before its first administrator is created.

Exit codes: 0 ok, 1 a problem the user can fix (message on stderr), 2 usage error, 3 environment
(storage) problem, 4 the audit trail failed its check.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dlzw_desktop import __version__
from dlzw_desktop.errors import DlzwError, StorageError, UserError
from dlzw_desktop.paths import default_database_path
from dlzw_desktop.translation_marker import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dlzw_desktop.services.registry import Services

logger = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


EXIT_AUDIT_BROKEN = 4


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageProblem(f"no password given: set {env} or run the command in a terminal")
    return getpass.getpass(prompt)


class UsageProblem(Exception):
    """Something missing on the command line (exit code 2)."""


def _open(args: argparse.Namespace, *, migrate: bool = True, allow_must_change: bool = False) -> Services:
    from dlzw_desktop.services.registry import open_services  # noqa: PLC0415 - keep `dlzw --help` fast
    from dlzw_desktop.services.user_service import AuthMode, os_username  # noqa: PLC0415

    services = open_services(args.db, migrate=migrate)
    try:
        state = services.users.auth_state()
        if state.mode is AuthMode.SETUP:
            services.users.local_principal(args.user or None)
            return services
        username = args.user or state.database_login or os_username()
        password = _secret("DLZW_PASSWORD", f"Password for {username}: ")
        result = services.users.sign_in(username, password)
        if result.must_change_password and not allow_must_change:
            raise UserError(
                "auth.must_change_password",
                "An administrator set your password: choose your own first with `dlzw passwd`.",
            )
    except BaseException:
        services.close()
        raise
    return services


def cmd_init(args: argparse.Namespace) -> int:
    services = _open(args)
    info = services.info.database_info()
    print(f"Database ready: {info.location} (schema {info.schema_revision})")
    services.close()
    return 0


_CHECK_STATES = {
    "new": "empty: DLZW Desktop sets it up when it first opens it",
    "current": "a DLZW database of this version: ready",
    "older": "a DLZW database of an older version: upgraded when it is opened (`dlzw init`)",
    "newer": "written by a newer DLZW Desktop: this version is too old for it; install the current one",
    "foreign": "not a DLZW database (another program's data): DLZW Desktop does not open it",
    "kit": "an encrypted laptop kit: opened with its passphrase",
}


def cmd_check(args: argparse.Namespace) -> int:
    """Test a database without opening or changing it (what the first-start wizard shows)."""
    from dlzw_desktop.services.database_setup import Backend, probe  # noqa: PLC0415

    password = os.environ.get("DLZW_DB_PASSWORD") or None  # else libpq's password file or Kerberos
    result = probe(args.db, password, timeout_s=args.timeout)
    where = "SQLite" if result.backend is Backend.SQLITE else f"PostgreSQL {result.server_version}"
    print(f"Database:  {result.location} ({where})")
    print(f"State:     {_CHECK_STATES[result.state.value]}")
    if result.revision:
        print(f"Schema:    {result.revision}")
    if result.login:
        print(f"Login:     {result.login}")
    if not result.may_set_up:
        print("Rights:    this login may not set up or upgrade the database; run `dlzw init` as its owner")
    if result.organisation_name:
        print(f"Organisation: {result.organisation_name}")
    if result.network_share:
        print("Warning:   a network drive; SQLite files on network drives are not supported")
    return 0 if result.usable else 1


def cmd_info(args: argparse.Namespace) -> int:
    services = _open(args, migrate=False)
    info = services.info.database_info()
    if args.json:
        print(
            json.dumps(
                {
                    "location": info.location,
                    "dialect": info.dialect,
                    "schema_revision": info.schema_revision,
                    "head_revision": info.head_revision,
                    "row_counts": info.row_counts,
                },
                indent=2,
            )
        )
    else:
        print(f"Database:  {info.location} ({info.dialect})")
        state = "up to date" if info.up_to_date else f"needs upgrade to {info.head_revision}"
        print(f"Schema:    {info.schema_revision} ({state})")
        print("Rows:")
        for table, count in sorted(info.row_counts.items()):
            print(f"  {table:<28} {count:>10}")
    services.close()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    result = services.backups.backup(Path(args.out))
    print(f"Backup written and verified: {result.path} ({result.size_bytes:,} bytes)")
    services.close()
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    services = _open(args, allow_must_change=True)
    current = _secret("DLZW_PASSWORD", "Current password: ")
    new = _secret("DLZW_NEW_PASSWORD", "New password: ")
    repeat = os.environ.get("DLZW_NEW_PASSWORD") or getpass.getpass("Repeat the new password: ")
    services.users.change_own_password(current, new, repeat)
    print("Password changed.")
    services.close()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore from a backup; a safety copy of the current database is always written first."""
    from dlzw_desktop.services.backup_service import restore_sqlite_file  # noqa: PLC0415

    source = Path(args.source)
    try:
        services = _open(args)
    except StorageError as exc:
        if exc.code not in ("db.corrupt", "db.not_a_database") or "://" in args.db:
            raise
        # A damaged database cannot check a sign-in; whoever can replace the file can restore it.
        print(f"warning: {exc}", file=sys.stderr)
        target = Path(args.db).expanduser().resolve()
        result = restore_sqlite_file(source, target, target.parent / "backups")
    else:
        result = services.backups.restore(source)
        services.close()
    if result.safety_copy is not None:
        print(f"Safety copy of the previous database: {result.safety_copy}")
    print(f"Database restored from {result.restored_from}")
    return 0


def _user_id(services: Services, username: str) -> tuple[uuid.UUID, int]:
    for user in services.users.users():
        if user.username == username.strip().casefold():
            return user.id, user.version
    raise UserError("user.not_found", f"There is no user {username}.")


def cmd_admin_create_user(args: argparse.Namespace) -> int:
    from dlzw_desktop.domain.enums import Role  # noqa: PLC0415
    from dlzw_desktop.services.user_service import UserDraft  # noqa: PLC0415

    services = _open(args)
    password = _secret("DLZW_NEW_PASSWORD", f"Password for {args.username}: ")
    repeat = os.environ.get("DLZW_NEW_PASSWORD") or getpass.getpass("Repeat the password: ")
    row = services.users.create_user(
        UserDraft(args.username, args.name, Role(args.role), password, repeat, args.email)
    )
    print(f"User {row.username} ({row.role}) created; they choose their own password at the first sign-in.")
    services.close()
    return 0


def cmd_admin_list_users(args: argparse.Namespace) -> int:
    services = _open(args)
    for user in services.users.users():
        state = "active" if user.active else "deactivated"
        print(f"{user.username:<24} {user.role.value:<10} {state:<12} {user.display_name}")
    services.close()
    return 0


def cmd_admin_user_change(args: argparse.Namespace) -> int:
    from dlzw_desktop.domain.enums import Role  # noqa: PLC0415

    services = _open(args)
    user_id, version = _user_id(services, args.username)
    if args.action == "reset-password":
        password = _secret("DLZW_NEW_PASSWORD", f"New password for {args.username}: ")
        repeat = os.environ.get("DLZW_NEW_PASSWORD") or getpass.getpass("Repeat the password: ")
        services.users.reset_password(user_id, version, password, repeat)
        print(f"Password of {args.username} set; they choose their own at the next sign-in.")
    elif args.action == "unlock":
        services.users.unlock(user_id)
        print(f"{args.username} unlocked.")
    elif args.action == "set-role":
        services.users.update_user(user_id, version, role=Role(args.role))
        print(f"{args.username} is now {args.role}.")
    elif args.action in ("activate", "deactivate"):
        services.users.set_active(user_id, version, args.action == "activate")
        print(f"{args.username} {args.action}d.")
    services.close()
    return 0


def cmd_admin_verify_audit(args: argparse.Namespace) -> int:
    services = _open(args)
    report = services.audit.verify_chain()
    services.close()
    if report.ok:
        print(report.describe())
        return 0
    print(report.describe(), file=sys.stderr)
    return EXIT_AUDIT_BROKEN


def cmd_admin_retention(args: argparse.Namespace) -> int:
    services = _open(args)
    on = date.fromisoformat(args.on) if args.on else None
    if not args.run:
        plan = services.data_protection.retention_preview(on)
        print(f"Retention on {plan.on:%d.%m.%Y} (preview; run with --run):")
        for due in plan.persons:
            action = "restrict (legal hold)" if due.restrict_only else "anonymise"
            print(f"  {action:<22} {due.person_id}  due since {due.due_on:%d.%m.%Y}")
        print(
            f"  files to delete: {plan.attachments}; visitor names to clear: {plan.appointments}; "
            f"request notes to clear: {plan.space_requests}"
        )
    else:
        result = services.data_protection.run_retention(on)
        print(
            f"Retention run on {result.on:%d.%m.%Y}: {result.anonymised} anonymised, "
            f"{result.restricted} restricted, {result.attachments_deleted} files deleted, "
            f"{result.appointments_cleared} visitor names and {result.space_requests_cleared} request "
            "notes cleared."
        )
    services.close()
    return 0


def cmd_admin_export_person(args: argparse.Namespace) -> int:
    services = _open(args)
    result = services.data_protection.export_person(uuid.UUID(args.person), Path(args.out))
    print(f"Art. 15 information written to {result.folder} ({result.files_copied} files copied)")
    services.close()
    return 0


def cmd_admin_processing_record(args: argparse.Namespace) -> int:
    services = _open(args)
    path = services.data_protection.export_processing_record(Path(args.out))
    print(f"Record of processing activities written to {path}")
    services.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    services = _open(args)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    summary = services.demo.load(cases=args.cases, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"Demo data written in {elapsed:.1f} s:")
    for table, count in summary.as_dict().items():
        print(f"  {table:<28} {count:>10}")
    services.close()
    return 0


def cmd_report_annual(args: argparse.Namespace) -> int:
    from dlzw_desktop.domain.dates import parse_date  # noqa: PLC0415 - keep `dlzw --help` fast
    from dlzw_desktop.domain.reporting import ReportPeriod  # noqa: PLC0415

    if args.start or args.end:
        if not (args.start and args.end):
            print("error: give both --from and --to for a date range", file=sys.stderr)
            return 2
        period = ReportPeriod(parse_date(args.start, field="from"), parse_date(args.end, field="to"))
    else:
        period = ReportPeriod.year(args.year)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    services = _open(args)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)

    files = services.reports.write_annual_report(
        period,
        out,
        published=args.published,
        k=args.k,
        pdf=not args.no_pdf,
        xlsx=not args.no_xlsx,
        progress=progress,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    variant = f"published variant, k = {args.k or 'from settings'}" if args.published else "internal variant"
    print(f"Annual report {period.label} ({variant}) written in {time.perf_counter() - started:.1f} s:")
    for path in (files.pdf, files.xlsx):
        if path is not None:
            print(f"  {path}")
    services.close()
    return 0


_KINDS = ("persons", "cases", "consultations", "properties")


def _import_report_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}-Importbericht.xlsx")


def cmd_import(args: argparse.Namespace) -> int:
    from dlzw_desktop.services.importing.mapping import ImportKind  # noqa: PLC0415

    services = _open(args)
    kind = ImportKind(args.kind)
    source = Path(args.file)
    report = Path(args.report) if args.report else _import_report_path(source)

    language = args.language or _environment_language()

    def say(source: str, **params: object) -> str:
        return _in_language(language, "cli", source, **params)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            shown = f"{done}/{total}" if total else str(done)
            text = say(QT_TRANSLATE_NOOP("cli", "Rows read: {rows}"), rows=shown)
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    try:
        result = services.imports.import_file(
            kind,
            source,
            mapping=args.mapping,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            report=report,
            report_only_with_problems=not args.report,
            sheet=args.sheet,
            header_row=args.header_row,
            progress=progress,
        )
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        services.close()
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "Rows with data in {file}: {rows}"),
            rows=result.rows,
            file=result.file_name,
        )
    )
    figures = [
        (say(QT_TRANSLATE_NOOP("cli", "importable")), result.imported),
        (say(QT_TRANSLATE_NOOP("cli", "of these linked to existing records")), result.linked),
        (say(QT_TRANSLATE_NOOP("cli", "duplicates skipped")), result.skipped_duplicates),
        (say(QT_TRANSLATE_NOOP("cli", "rows with errors")), result.error_rows),
        (say(QT_TRANSLATE_NOOP("cli", "warnings")), result.warnings),
    ]
    figures += [
        (say(QT_TRANSLATE_NOOP("cli", "created: {records}"), records=say(_CREATED.get(table, table))), count)
        for table, count in sorted(result.created.items(), key=_in_table_order)
    ]
    width = max(len(label) for label, _ in figures)
    for label, count in figures:
        print(f"  {label:<{width}} {count:>8}")
    if result.report_path is not None:
        print(say(QT_TRANSLATE_NOOP("cli", "Report: {path}"), path=result.report_path))
    if result.written:
        if result.imported:
            print(say(QT_TRANSLATE_NOOP("cli", "Imported.")))
        else:  # every row a duplicate (or left out): the import is recorded, nothing new is written
            nothing_new = QT_TRANSLATE_NOOP(
                "cli", "Nothing new to import: no row adds a record (see the figures above and the report)."
            )
            print(say(nothing_new))
        return 0
    if args.dry_run:
        print(say(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was written.")))
        return 1 if result.error_rows and not args.skip_invalid else 0
    refusal = QT_TRANSLATE_NOOP(
        "cli",
        "Rows with errors: {rows}, so nothing was imported. Correct them (see the report) or import the "
        "other rows with --skip-invalid.",
    )
    print(f"{_prefix(language)}: {say(refusal, rows=result.error_rows)}", file=sys.stderr)
    return 1


def _in_table_order(item: tuple[str, int]) -> int:
    return list(_CREATED).index(item[0]) if item[0] in _CREATED else len(_CREATED)


# What an import created, by table (``ImportResult.created``), parents first.
_CREATED = {
    "persons": QT_TRANSLATE_NOOP("cli", "persons"),
    "businesses": QT_TRANSLATE_NOOP("cli", "businesses"),
    "business_members": QT_TRANSLATE_NOOP("cli", "roles in businesses"),
    "cases": QT_TRANSLATE_NOOP("cli", "cases"),
    "stage_changes": QT_TRANSLATE_NOOP("cli", "stage entries"),
    "document_requirements": QT_TRANSLATE_NOOP("cli", "checklist items"),
    "consultations": QT_TRANSLATE_NOOP("cli", "consultations"),
    "properties": QT_TRANSLATE_NOOP("cli", "properties"),
    "property_status_changes": QT_TRANSLATE_NOOP("cli", "status entries"),
}


def cmd_export_recommendation(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        case = services.cases.case_by_number(args.case_number)
        package = services.exports.recommendation_package(case.id, Path(args.out))
    finally:
        services.close()
    for path in package.files:
        print(f"Written: {path}")
    if not package.signed_off:
        print("Note: the recommendation is not signed off yet; the letter is marked as a draft.")
    if package.birth_dates_withheld:
        names = ", ".join(package.birth_dates_withheld)
        print(f"Birth dates not passed on (no consent to the transfer to the lender recorded): {names}")
    return 0


def cmd_export_list(args: argparse.Namespace) -> int:
    from dlzw_desktop.services.importing.mapping import ImportKind  # noqa: PLC0415

    services = _open(args)
    try:
        export = services.exports.export_list(ImportKind(args.kind), Path(args.out))
    finally:
        services.close()
    print(f"{export.rows} rows written to {export.path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    from dlzw_desktop.domain.dates import today_berlin  # noqa: PLC0415 - for the default report year

    parser = argparse.ArgumentParser(prog="dlzw", description="DLZW Desktop on the command line.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--language",
        choices=("de", "en"),
        help="language of messages (default: from the environment, German on a German system)",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=str(default_database_path()),
        help="database file or URL (postgresql://user@host/db); default: %(default)s",
    )
    common.add_argument(
        "--user",
        default=os.environ.get("DLZW_USER", ""),
        help="sign in as this user (password from DLZW_PASSWORD or a prompt); default: DLZW_USER",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub = commands.add_parser("init", parents=[common], help="create or upgrade a database")
    sub.set_defaults(handler=cmd_init)

    sub = commands.add_parser(
        "check",
        parents=[common],
        help="test a database file or server without changing it (password: DLZW_DB_PASSWORD or pgpass)",
    )
    sub.add_argument("--timeout", type=int, default=5, help="seconds to wait for a server (default: 5)")
    sub.set_defaults(handler=cmd_check)

    sub = commands.add_parser("info", parents=[common], help="schema version and row counts")
    sub.add_argument("--json", action="store_true", help="print as JSON")
    sub.set_defaults(handler=cmd_info)

    sub = commands.add_parser("backup", parents=[common], help="write a verified backup")
    sub.add_argument("--out", required=True, help="backup file to write")
    sub.set_defaults(handler=cmd_backup)

    sub = commands.add_parser("restore", parents=[common], help="restore the database from a backup")
    sub.add_argument("--from", dest="source", required=True, help="backup file to restore")
    sub.set_defaults(handler=cmd_restore)

    sub = commands.add_parser("passwd", parents=[common], help="change your password")
    sub.set_defaults(handler=cmd_passwd)

    admin = commands.add_parser("admin", help="user administration, audit trail, data protection")
    admin_commands = admin.add_subparsers(dest="admin_command", required=True, metavar="ADMIN_COMMAND")
    sub = admin_commands.add_parser("create-user", parents=[common], help="create a user")
    sub.add_argument("--username", required=True)
    sub.add_argument("--name", required=True, help="display name")
    sub.add_argument("--role", required=True, choices=("advisor", "lead", "reporting", "admin"))
    sub.add_argument("--email", default=None)
    sub.set_defaults(handler=cmd_admin_create_user)
    sub = admin_commands.add_parser("list-users", parents=[common], help="list users")
    sub.set_defaults(handler=cmd_admin_list_users)
    for action, text in (
        ("reset-password", "assign a new password (password from DLZW_NEW_PASSWORD or a prompt)"),
        ("unlock", "lift a lock after failed sign-ins"),
        ("set-role", "change a user's role"),
        ("activate", "let a deactivated user sign in again"),
        ("deactivate", "stop a user from signing in (their history stays)"),
    ):
        sub = admin_commands.add_parser(action, parents=[common], help=text)
        sub.add_argument("--username", required=True)
        if action == "set-role":
            sub.add_argument("--role", required=True, choices=("advisor", "lead", "reporting", "admin"))
        sub.set_defaults(handler=cmd_admin_user_change, action=action)
    sub = admin_commands.add_parser(
        "verify-audit", parents=[common], help="check the audit trail's hash chain (exit code 4 if broken)"
    )
    sub.set_defaults(handler=cmd_admin_verify_audit)
    sub = admin_commands.add_parser(
        "retention", parents=[common], help="show (or with --run: carry out) the yearly retention run"
    )
    sub.add_argument("--run", action="store_true", help="anonymise and delete what is due")
    sub.add_argument("--on", default=None, help="reference day YYYY-MM-DD (default: today)")
    sub.set_defaults(handler=cmd_admin_retention)
    sub = admin_commands.add_parser(
        "export-person", parents=[common], help="Art. 15 information about one person (PDF and JSON)"
    )
    sub.add_argument("--person", required=True, help="the person's id")
    sub.add_argument("--out", required=True, help="folder to write into")
    sub.set_defaults(handler=cmd_admin_export_person)
    sub = admin_commands.add_parser(
        "processing-record", parents=[common], help="record of processing activities (.pdf or .md)"
    )
    sub.add_argument("--out", required=True)
    sub.set_defaults(handler=cmd_admin_processing_record)

    sub = commands.add_parser("demo", parents=[common], help="load realistic demo data")
    sub.add_argument("--cases", type=int, default=300, help="number of cases (default: %(default)s)")
    sub.add_argument("--seed", type=int, default=1, help="random seed (default: %(default)s)")
    sub.set_defaults(handler=cmd_demo)

    report = commands.add_parser("report", help="write reports")
    report_commands = report.add_subparsers(dest="report", required=True, metavar="REPORT")
    sub = report_commands.add_parser(
        "annual", parents=[common], help="annual microfinance report (PDF and Excel)"
    )
    sub.add_argument(
        "--year", type=int, default=today_berlin().year - 1, help="report year (default: %(default)s)"
    )
    sub.add_argument("--from", dest="start", help="first day of a date range instead of a year (DD.MM.YYYY)")
    sub.add_argument("--to", dest="end", help="last day of the date range (DD.MM.YYYY)")
    sub.add_argument("--out", required=True, help="folder for the files (created if missing)")
    sub.add_argument(
        "--published", action="store_true", help="published variant: small cells suppressed, no identifiers"
    )
    sub.add_argument("--k", type=int, default=None, help="smallest count shown in the published variant")
    sub.add_argument("--no-pdf", action="store_true", help="write only the Excel workbook")
    sub.add_argument("--no-xlsx", action="store_true", help="write only the PDF")
    sub.set_defaults(handler=cmd_report_annual)

    sub = commands.add_parser(
        "import",
        parents=[common],
        help="import a list (XLSX or CSV): persons, cases, consultations or properties",
        description="Read the list in a protected process, check every row, and write all rows or none. "
        "Duplicates of recorded persons, businesses, cases, consultations and properties are skipped. "
        "A report (XLSX) lists every problem and duplicate.",
    )
    sub.add_argument("kind", choices=_KINDS, help="what the list holds")
    sub.add_argument("file", help="the list (.xlsx or .csv)")
    sub.add_argument("--mapping", help="use the saved column assignment of this name")
    sub.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    sub.add_argument(
        "--skip-invalid", action="store_true", help="import the other rows when some have errors"
    )
    sub.add_argument("--report", help="where to write the report (default: beside the file)")
    sub.add_argument("--sheet", help="worksheet to read (default: the first)")
    sub.add_argument("--header-row", type=int, help="row number of the column titles (default: found)")
    sub.set_defaults(handler=cmd_import)

    export = commands.add_parser("export", help="export data (recommendation package, lists)")
    export_commands = export.add_subparsers(dest="what", required=True, metavar="WHAT")
    sub = export_commands.add_parser(
        "recommendation",
        parents=[common],
        help="the recommendation package for the lender (letter PDF, XLSX and CSV)",
    )
    sub.add_argument("case_number", help="e.g. MK-2026-0042")
    sub.add_argument("--out", required=True, help="folder to write the files into")
    sub.set_defaults(handler=cmd_export_recommendation)
    for kind in _KINDS:
        sub = export_commands.add_parser(kind, parents=[common], help=f"the {kind} list, for re-import")
        sub.add_argument("--out", required=True, help="XLSX file to write")
        sub.set_defaults(handler=cmd_export_list, kind=kind)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the import sandbox starts child processes of the bundle
        import multiprocessing  # noqa: PLC0415

        multiprocessing.freeze_support()
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handler: Handler = args.handler
    language = args.language or _environment_language()
    try:
        code = handler(args)
        sys.stdout.flush()  # here, not at exit: a reader that went away is handled below
        return code
    except UsageProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except StorageError as exc:
        print(f"{_prefix(language)}: {_text(exc, language)}", file=sys.stderr)
        return 3
    except UserError as exc:
        print(f"{_prefix(language)}: {_text(exc, language)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader of the output went away (``dlzw info | head``): no trace
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python flushes stdout at exit: into nothing, quietly
        return 1


def _environment_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    return "en"


def _prefix(language: str) -> str:
    return "Fehler" if language == "de" else "error"


def _in_language(language: str, context: str, source: str, **params: object) -> str:
    """One of the command's texts (marked with ``QT_TRANSLATE_NOOP``) in ``language``, filled in."""
    if language != "de":
        return source.format(**params)
    from dlzw_desktop.plain_german import german_text  # noqa: PLC0415 - parses the catalogue only when needed

    return german_text(context, source, **params)


def _text(error: DlzwError, language: str) -> str:
    if language != "de":
        return str(error)
    from dlzw_desktop.plain_german import german  # noqa: PLC0415 - parses the catalogue only when needed

    return german(error)


if __name__ == "__main__":
    sys.exit(main())
