"""PostgreSQL in the office: group roles, grants, row-level security and the audit trigger chain.

Applied by migration 4001 and again after every later migration (``db.migrate.open_database``), so new
tables get their grants and audit trigger too. Everything is idempotent. The SQL runs as the owner of
the tables (``dlzw_owner`` in docs/deployment.md); group roles are created when missing.

Who may do what (docs/deployment.md explains it for administrators):

=================  ==========================================================================
``dlzw_reporting``  reads all case data (not deleted cases), writes nothing
``dlzw_advisor``    reads and writes case data; cannot delete or soft-delete cases, cannot edit
                    restricted or anonymised persons, cannot read the audit trail
``dlzw_lead``       as advisor, plus loan programmes and lenders, soft-deleting cases, reading the
                    audit trail
``dlzw_admin``      everything, including users, reference data, purging rows and redacting the
                    audit trail for data protection
=================  ==========================================================================

Nobody but the owner may write ``audit_log``: the ``dlzw_audit`` trigger on every table appends rows
through ``dlzw_audit_append`` (SECURITY DEFINER), which locks the table, links the row to the last one
and hashes it exactly like ``domain.audit_chain``. Guard triggers refuse UPDATE, DELETE and TRUNCATE
(except a data-protection redaction through ``dlzw_audit_redact``).
"""

from __future__ import annotations

import logging

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

import dlzw_desktop.db.models  # noqa: F401 - every model table known to Base.metadata
from dlzw_desktop.db.base import Base

logger = logging.getLogger(__name__)

ADVISOR, LEAD, REPORTING, ADMIN = "dlzw_advisor", "dlzw_lead", "dlzw_reporting", "dlzw_admin"
GROUP_ROLES = (ADMIN, LEAD, ADVISOR, REPORTING)  # highest first
WRITERS = (ADVISOR, LEAD, ADMIN)
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_MINUTES = 5

REFERENCE_TABLES = frozenset({"boroughs", "districts", "postcode_hints", "sectors"})
PROGRAMME_TABLES = frozenset({"loan_programmes", "lenders"})
SPECIAL_TABLES = frozenset({"audit_log", "users", "alembic_version", "settings"})
PUBLIC_FUNCTIONS = ("dlzw_personal_role()",)
ROLE_FUNCTIONS = (
    "dlzw_audit_event(text, uuid, uuid, uuid, jsonb, text)",
    "dlzw_sign_in_state()",
    "dlzw_sign_in_attempt(boolean)",
    "dlzw_set_own_password(text)",
)
ADMIN_FUNCTIONS = ("dlzw_audit_redact(uuid[], uuid[], uuid[], date)",)
PRIVATE_FUNCTIONS = (
    "dlzw_field(text)",
    "dlzw_actor()",
    "dlzw_audit_append(text, text, uuid, uuid, uuid, jsonb, text)",
    "dlzw_audit_row()",
    "dlzw_audit_guard()",
)

_ROLES_SQL = """
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['dlzw_advisor', 'dlzw_lead', 'dlzw_reporting', 'dlzw_admin'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$
"""

_FUNCTIONS_SQL = r"""
CREATE OR REPLACE FUNCTION @S@.dlzw_field(v text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE WHEN v IS NULL THEN '~;' ELSE length(v)::text || ':' || v || ';' END
$$;

CREATE OR REPLACE FUNCTION @S@.dlzw_personal_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT r.rolname::text
    FROM pg_roles AS r
   WHERE r.rolname IN ('dlzw_admin', 'dlzw_lead', 'dlzw_advisor', 'dlzw_reporting')
     AND pg_has_role(session_user, r.oid, 'MEMBER')
     AND NOT (SELECT s.rolsuper FROM pg_roles AS s WHERE s.rolname = session_user)
   ORDER BY array_position(ARRAY['dlzw_admin', 'dlzw_lead', 'dlzw_advisor', 'dlzw_reporting'],
                           r.rolname::text)
   LIMIT 1
$$;

CREATE OR REPLACE FUNCTION @S@.dlzw_actor() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  -- A personal login is the actor, whatever it claims; shared logins (the owner, scripts) name one.
  SELECT left(CASE WHEN @S@.dlzw_personal_role() IS NOT NULL THEN session_user::text
                   ELSE coalesce(nullif(current_setting('dlzw.actor', true), ''), session_user::text)
              END, 64)
$$;

CREATE OR REPLACE FUNCTION @S@.dlzw_audit_append(
    p_action text, p_entity text, p_entity_id uuid, p_case_id uuid, p_person_id uuid,
    p_changes jsonb, p_note text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_prev text;
  v_seq bigint;
  v_at timestamptz := clock_timestamp();
  v_actor text := @S@.dlzw_actor();
  v_changes text := coalesce(p_changes, '{}'::jsonb)::text;
  v_note text := left(coalesce(p_note, ''), 500);
  v_content text;
  v_hash text;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    -- A snapshot older than the lock would not see the last row: the chain would fork.
    RAISE EXCEPTION 'audited changes must run in READ COMMITTED isolation';
  END IF;
  -- One appender at a time until commit: every new row links to the last committed one.
  LOCK TABLE @S@.audit_log IN EXCLUSIVE MODE;
  SELECT a.row_hash INTO v_prev FROM @S@.audit_log AS a ORDER BY a.seq DESC LIMIT 1;
  v_seq := nextval(pg_get_serial_sequence('@S@.audit_log', 'seq'));
  v_content := encode(sha256(convert_to(@S@.dlzw_field(v_changes) || @S@.dlzw_field(v_note), 'UTF8')), 'hex');
  v_hash := encode(sha256(convert_to(
        'dlzw-audit-v1;'
        || @S@.dlzw_field(v_seq::text)
        || @S@.dlzw_field(((extract(epoch FROM v_at) * 1000000)::bigint)::text)
        || @S@.dlzw_field(v_actor)
        || @S@.dlzw_field(p_action)
        || @S@.dlzw_field(p_entity)
        || @S@.dlzw_field(p_entity_id::text)
        || @S@.dlzw_field(p_case_id::text)
        || @S@.dlzw_field(p_person_id::text)
        || @S@.dlzw_field(v_content)
        || @S@.dlzw_field(v_prev), 'UTF8')), 'hex');
  INSERT INTO @S@.audit_log (seq, id, at, actor, action, entity, entity_id, case_id, person_id,
                             changes, note, content_hash, prev_hash, row_hash)
  VALUES (v_seq, gen_random_uuid(), v_at, v_actor, p_action, p_entity, p_entity_id, p_case_id,
          p_person_id, v_changes::json, v_note, v_content, v_prev, v_hash);
END $$;

CREATE OR REPLACE FUNCTION @S@.dlzw_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_row jsonb;
  v_old jsonb;
  v_changes jsonb;
  v_action text;
  v_skip text[] := ARRAY['created_at', 'created_by', 'updated_at', 'updated_by', 'version'];
BEGIN
  IF TG_OP = 'INSERT' THEN
    v_row := to_jsonb(NEW);
    SELECT coalesce(jsonb_object_agg(e.key, jsonb_build_array(NULL::text,
             CASE WHEN e.key = 'password_hash' AND e.value <> 'null'::jsonb THEN to_jsonb('***'::text)
                  ELSE e.value END)), '{}'::jsonb)
      INTO v_changes FROM jsonb_each(v_row) AS e WHERE e.key <> ALL (v_skip);
    v_action := 'insert';
  ELSIF TG_OP = 'UPDATE' THEN
    v_row := to_jsonb(NEW);
    v_old := to_jsonb(OLD);
    SELECT coalesce(jsonb_object_agg(n.key,
             CASE WHEN n.key = 'password_hash' THEN jsonb_build_array(
                    CASE WHEN o.value = 'null'::jsonb THEN NULL ELSE '***' END,
                    CASE WHEN n.value = 'null'::jsonb THEN NULL ELSE '***' END)
                  ELSE jsonb_build_array(o.value, n.value) END), '{}'::jsonb)
      INTO v_changes
      FROM jsonb_each(v_row) AS n JOIN jsonb_each(v_old) AS o ON o.key = n.key
     WHERE n.key <> ALL (v_skip) AND n.value IS DISTINCT FROM o.value;
    IF v_changes = '{}'::jsonb THEN
      RETURN NULL;
    END IF;
    v_action := CASE WHEN v_changes ? 'deleted_at'
                     THEN CASE WHEN v_row->>'deleted_at' IS NULL THEN 'restore' ELSE 'delete' END
                     ELSE 'update' END;
  ELSE
    v_row := to_jsonb(OLD);
    v_changes := '{}'::jsonb;
    v_action := 'purge';
  END IF;
  PERFORM @S@.dlzw_audit_append(
    v_action, TG_TABLE_NAME::text, (v_row->>'id')::uuid,
    CASE WHEN TG_TABLE_NAME = 'cases' THEN (v_row->>'id')::uuid ELSE (v_row->>'case_id')::uuid END,
    CASE WHEN TG_TABLE_NAME = 'persons' THEN (v_row->>'id')::uuid ELSE (v_row->>'person_id')::uuid END,
    v_changes, '');
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION @S@.dlzw_audit_event(
    p_entity text, p_entity_id uuid, p_case_id uuid, p_person_id uuid, p_details jsonb, p_note text)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT @S@.dlzw_audit_append('event', left(p_entity, 64), p_entity_id, p_case_id, p_person_id,
                               p_details, p_note)
$$;

CREATE OR REPLACE FUNCTION @S@.dlzw_audit_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND current_setting('dlzw.redacting', true) = 'on'
     AND NEW.changes::text LIKE '{"_redacted"%' AND NEW.note = ''
     AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
     AND NEW.action = OLD.action AND NEW.entity = OLD.entity
     AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
     AND NEW.case_id IS NOT DISTINCT FROM OLD.case_id
     AND NEW.person_id IS NOT DISTINCT FROM OLD.person_id
     AND NEW.content_hash IS NOT DISTINCT FROM OLD.content_hash
     AND NEW.prev_hash IS NOT DISTINCT FROM OLD.prev_hash
     AND NEW.row_hash IS NOT DISTINCT FROM OLD.row_hash THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE OR REPLACE FUNCTION @S@.dlzw_audit_redact(
    p_persons uuid[], p_cases uuid[], p_entities uuid[], p_on date)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_count integer;
BEGIN
  PERFORM set_config('dlzw.redacting', 'on', true);
  UPDATE @S@.audit_log
     SET changes = ('{"_redacted":"' || p_on::text || '"}')::json, note = ''
   WHERE (person_id = ANY (p_persons) OR case_id = ANY (p_cases) OR entity_id = ANY (p_entities))
     AND changes::text NOT LIKE '{"_redacted"%';
  GET DIAGNOSTICS v_count = ROW_COUNT;
  PERFORM set_config('dlzw.redacting', 'off', true);
  RETURN v_count;
END $$;

CREATE OR REPLACE FUNCTION @S@.dlzw_sign_in_state()
RETURNS TABLE (user_id uuid, password_hash text, active boolean, failed_attempts integer,
               locked_until timestamptz, must_change_password boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  -- Each login reads its own hash and nobody else's.
  SELECT u.id, u.password_hash, u.active, u.failed_attempts, u.locked_until, u.must_change_password
    FROM @S@.users AS u
   WHERE u.username = session_user::text AND u.deleted_at IS NULL
$$;

CREATE OR REPLACE FUNCTION @S@.dlzw_sign_in_attempt(p_success boolean) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_locked timestamptz;
BEGIN
  IF p_success THEN
    UPDATE @S@.users AS u
       SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = clock_timestamp(),
           version = u.version + 1, updated_at = clock_timestamp(), updated_by = left(session_user::text, 64)
     WHERE u.username = session_user::text
       AND (u.locked_until IS NULL OR u.locked_until <= clock_timestamp());
    RETURN NULL;
  END IF;
  UPDATE @S@.users AS u
     SET failed_attempts = CASE WHEN u.failed_attempts + 1 >= @MAX@ THEN 0 ELSE u.failed_attempts + 1 END,
         locked_until = CASE WHEN u.failed_attempts + 1 >= @MAX@
                             THEN clock_timestamp() + interval '@LOCK@ minutes' ELSE u.locked_until END,
         version = u.version + 1, updated_at = clock_timestamp(), updated_by = left(session_user::text, 64)
   WHERE u.username = session_user::text
   RETURNING u.locked_until INTO v_locked;
  RETURN v_locked;
END $$;

CREATE OR REPLACE FUNCTION @S@.dlzw_set_own_password(p_hash text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  UPDATE @S@.users AS u
     SET password_hash = p_hash, must_change_password = false, password_changed_at = clock_timestamp(),
         failed_attempts = 0, locked_until = NULL,
         version = u.version + 1, updated_at = clock_timestamp(), updated_by = left(session_user::text, 64)
   WHERE u.username = session_user::text AND p_hash LIKE '$argon2id$%'
$$;
"""

_POLICIES_SQL = """
ALTER TABLE @S@.audit_log ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS audit_read ON @S@.audit_log;
CREATE POLICY audit_read ON @S@.audit_log FOR SELECT TO dlzw_lead, dlzw_admin USING (true);

ALTER TABLE @S@.cases ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS cases_read_all ON @S@.cases;
CREATE POLICY cases_read_all ON @S@.cases FOR SELECT TO dlzw_lead, dlzw_admin USING (true);
DROP POLICY IF EXISTS cases_read_current ON @S@.cases;
CREATE POLICY cases_read_current ON @S@.cases FOR SELECT TO dlzw_advisor, dlzw_reporting
  USING (deleted_at IS NULL);
DROP POLICY IF EXISTS cases_insert_advisor ON @S@.cases;
CREATE POLICY cases_insert_advisor ON @S@.cases FOR INSERT TO dlzw_advisor WITH CHECK (deleted_at IS NULL);
DROP POLICY IF EXISTS cases_insert_lead ON @S@.cases;
CREATE POLICY cases_insert_lead ON @S@.cases FOR INSERT TO dlzw_lead, dlzw_admin WITH CHECK (true);
DROP POLICY IF EXISTS cases_update_advisor ON @S@.cases;
CREATE POLICY cases_update_advisor ON @S@.cases FOR UPDATE TO dlzw_advisor
  USING (deleted_at IS NULL) WITH CHECK (deleted_at IS NULL);
DROP POLICY IF EXISTS cases_update_lead ON @S@.cases;
CREATE POLICY cases_update_lead ON @S@.cases FOR UPDATE TO dlzw_lead, dlzw_admin
  USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS cases_delete_admin ON @S@.cases;
CREATE POLICY cases_delete_admin ON @S@.cases FOR DELETE TO dlzw_admin USING (true);

ALTER TABLE @S@.persons ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS persons_read ON @S@.persons;
CREATE POLICY persons_read ON @S@.persons FOR SELECT TO dlzw_advisor, dlzw_lead, dlzw_reporting, dlzw_admin
  USING (true);
DROP POLICY IF EXISTS persons_insert_staff ON @S@.persons;
CREATE POLICY persons_insert_staff ON @S@.persons FOR INSERT TO dlzw_advisor, dlzw_lead
  WITH CHECK (restricted_at IS NULL AND anonymised_at IS NULL AND NOT legal_hold);
DROP POLICY IF EXISTS persons_update_staff ON @S@.persons;
CREATE POLICY persons_update_staff ON @S@.persons FOR UPDATE TO dlzw_advisor, dlzw_lead
  USING (restricted_at IS NULL AND anonymised_at IS NULL)
  WITH CHECK (restricted_at IS NULL AND anonymised_at IS NULL);
DROP POLICY IF EXISTS persons_write_admin ON @S@.persons;
CREATE POLICY persons_write_admin ON @S@.persons FOR ALL TO dlzw_admin USING (true) WITH CHECK (true);
"""

_DROP_POLICIES_SQL = """
DROP POLICY IF EXISTS audit_read ON @S@.audit_log;
ALTER TABLE @S@.audit_log DISABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS cases_read_all ON @S@.cases;
DROP POLICY IF EXISTS cases_read_current ON @S@.cases;
DROP POLICY IF EXISTS cases_insert_advisor ON @S@.cases;
DROP POLICY IF EXISTS cases_insert_lead ON @S@.cases;
DROP POLICY IF EXISTS cases_update_advisor ON @S@.cases;
DROP POLICY IF EXISTS cases_update_lead ON @S@.cases;
DROP POLICY IF EXISTS cases_delete_admin ON @S@.cases;
ALTER TABLE @S@.cases DISABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS persons_read ON @S@.persons;
DROP POLICY IF EXISTS persons_insert_staff ON @S@.persons;
DROP POLICY IF EXISTS persons_update_staff ON @S@.persons;
DROP POLICY IF EXISTS persons_write_admin ON @S@.persons;
ALTER TABLE @S@.persons DISABLE ROW LEVEL SECURITY;
"""


def _schema(connection: Connection) -> str:
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    return str(schema or "public")


def _run(connection: Connection, sql: str, schema: str) -> None:
    text = (
        sql.replace("@S@", f'"{schema}"')
        .replace("@MAX@", str(MAX_FAILED_ATTEMPTS))
        .replace("@LOCK@", str(LOCKOUT_MINUTES))
    )
    # Straight to the driver: without parameters psycopg runs several statements in one call and leaves
    # the ``%`` of format() and LIKE alone.
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(text)
    finally:
        cursor.close()


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(connection: Connection, schema: str) -> list[str]:
    return sorted(inspect(connection).get_table_names(schema=schema))


def _sequences(connection: Connection, schema: str) -> list[str]:
    found = connection.exec_driver_sql(
        "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = %(schema)s",
        {"schema": schema},
    )
    return sorted(str(name) for (name,) in found)


def apply_pg_security(connection: Connection) -> None:
    """Create or refresh roles, functions, triggers, grants and policies (idempotent)."""
    schema = _schema(connection)
    s = _q(schema)
    _run(connection, _ROLES_SQL, schema)
    _run(connection, _FUNCTIONS_SQL, schema)
    statements: list[str] = []
    tables = _tables(connection, schema)
    for table in tables:
        statements.append(f"DROP TRIGGER IF EXISTS dlzw_audit ON {s}.{_q(table)}")
        if table in ("audit_log", "alembic_version") or table not in Base.metadata.tables:
            # Derived tables outside the models (the case search index) follow their source rows,
            # whose changes are audited already.
            continue
        statements.append(
            f"CREATE TRIGGER dlzw_audit AFTER INSERT OR UPDATE OR DELETE ON {s}.{_q(table)} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.dlzw_audit_row()"
        )
    statements += [
        f"DROP TRIGGER IF EXISTS dlzw_audit_guard ON {s}.audit_log",
        f"CREATE TRIGGER dlzw_audit_guard BEFORE UPDATE OR DELETE ON {s}.audit_log "
        f"FOR EACH ROW EXECUTE FUNCTION {s}.dlzw_audit_guard()",
        f"DROP TRIGGER IF EXISTS dlzw_audit_no_truncate ON {s}.audit_log",
        f"CREATE TRIGGER dlzw_audit_no_truncate BEFORE TRUNCATE ON {s}.audit_log "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {s}.dlzw_audit_guard()",
    ]
    statements += _grant_statements(s, tables)
    for sequence in _sequences(connection, schema):
        # Counters of derived tables (the case search's arrival order); audit_log's own is the owner's.
        if not sequence.startswith("audit_log"):
            statements.append(f"GRANT USAGE, SELECT ON SEQUENCE {s}.{_q(sequence)} TO {', '.join(WRITERS)}")
    for function in PUBLIC_FUNCTIONS + ROLE_FUNCTIONS + ADMIN_FUNCTIONS + PRIVATE_FUNCTIONS:
        statements.append(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")
    for function in PUBLIC_FUNCTIONS:
        statements.append(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO PUBLIC")
    for function in ROLE_FUNCTIONS:
        statements.append(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {', '.join(GROUP_ROLES)}")
    for function in ADMIN_FUNCTIONS:
        statements.append(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {ADMIN}")
    for statement in statements:
        connection.exec_driver_sql(statement)
    _run(connection, _POLICIES_SQL, schema)
    logger.info("PostgreSQL roles, grants, policies and audit triggers applied to %s", schema)


def _grant_statements(s: str, tables: list[str]) -> list[str]:
    everyone = ", ".join(GROUP_ROLES)
    writers = ", ".join(WRITERS)
    out = [f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC, {everyone}"]
    user_columns = [c.name for c in Base.metadata.tables["users"].columns if c.name != "password_hash"]
    person_locked = {"legal_hold", "restricted_at", "anonymised_at"}
    person_columns = [c.name for c in Base.metadata.tables["persons"].columns if c.name not in person_locked]
    for table in tables:
        t = f"{s}.{_q(table)}"
        if table == "alembic_version":
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
        elif table == "audit_log":
            out.append(f"GRANT SELECT ON {t} TO {LEAD}, {ADMIN}")
        elif table == "users":
            columns = ", ".join(_q(c) for c in user_columns)
            out.append(f"GRANT SELECT ({columns}) ON {t} TO {everyone}")
            out.append(f"GRANT INSERT, UPDATE ON {t} TO {ADMIN}")
        elif table in REFERENCE_TABLES:
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
            out.append(f"GRANT INSERT, UPDATE ON {t} TO {ADMIN}")
        elif table in PROGRAMME_TABLES:
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
            out.append(f"GRANT INSERT, UPDATE ON {t} TO {LEAD}, {ADMIN}")
        elif table == "settings":
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
            out.append(f"GRANT INSERT, UPDATE ON {t} TO {writers}")
        elif table not in Base.metadata.tables:
            # A derived index kept current by triggers that run as the writing login (db/search.py).
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
            out.append(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {writers}")
        elif table == "persons":
            columns = ", ".join(_q(c) for c in person_columns)
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
            # INSERT of every column (the application writes whole rows; the policy keeps new rows
            # unrestricted, not anonymised and without a legal hold); UPDATE only of the unlocked ones.
            out.append(f"GRANT INSERT, UPDATE ({columns}) ON {t} TO {ADVISOR}, {LEAD}")
            out.append(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {ADMIN}")
        else:
            out.append(f"GRANT SELECT ON {t} TO {everyone}")
            out.append(f"GRANT INSERT, UPDATE ON {t} TO {writers}")
            out.append(f"GRANT DELETE ON {t} TO {ADMIN}")
    return out


def remove_pg_security(connection: Connection) -> None:
    """Undo ``apply_pg_security`` in this database (the cluster-wide group roles stay)."""
    schema = _schema(connection)
    s = _q(schema)
    _run(connection, _DROP_POLICIES_SQL, schema)
    for table in _tables(connection, schema):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS dlzw_audit ON {s}.{_q(table)}")
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS dlzw_audit_guard ON {s}.audit_log")
    connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS dlzw_audit_no_truncate ON {s}.audit_log")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {', '.join(GROUP_ROLES)}")
    connection.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {', '.join(GROUP_ROLES)}")
    for function in ROLE_FUNCTIONS + ADMIN_FUNCTIONS + PRIVATE_FUNCTIONS + PUBLIC_FUNCTIONS:
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {s}.{function}")


def personal_role(connection: Connection) -> str | None:
    """The group role of a personal database login (``dlzw_advisor`` …), ``None`` for the owner,
    superusers and shared logins, or where the security objects are not installed."""
    installed = connection.exec_driver_sql("SELECT to_regproc('dlzw_personal_role') IS NOT NULL").scalar()
    if not installed:
        return None
    role = connection.exec_driver_sql("SELECT dlzw_personal_role()").scalar()
    return None if role is None else str(role)
