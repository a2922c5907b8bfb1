"""Reference data, shared settings, users, backups and database facts through the services."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from dlzw_desktop.domain.enums import Role
from dlzw_desktop.errors import PermissionDenied, ValidationError
from dlzw_desktop.services.context import Principal
from dlzw_desktop.services.registry import Services


def test_sectors_are_found_by_part_of_their_german_name(services: Services) -> None:
    hits = services.reference.search_sectors("backwaren")
    assert any(s.code == "10.71" for s in hits)
    assert all(s.level == "class" for s in hits)
    for typed in ("Frisör", "friseur", "FRISOER", "hairdressing"):  # WZ 2008 spells it "Frisör"
        assert [s.code for s in services.reference.search_sectors(typed)] == ["96.02"], typed
    assert services.reference.search_sectors("   ") == []
    assert any(s.code == "56.10" for s in services.reference.search_sectors("56.1"))


def test_postcodes_suggest_an_area_and_say_when_it_is_ambiguous(services: Services) -> None:
    city = services.reference.suggest_area("44135")
    assert [b.name for b in city.boroughs] == ["Innenstadt-West"]
    assert [d.name for d in city.districts] == ["City"]
    assert not city.ambiguous
    shared = services.reference.suggest_area("44227")
    assert {b.name for b in shared.boroughs} == {"Hombruch", "Hörde"}
    assert shared.ambiguous
    assert services.reference.suggest_area("10115").boroughs == ()
    assert services.reference.suggest_area("abc").boroughs == ()


def test_boroughs_and_districts(services: Services) -> None:
    boroughs = services.reference.boroughs()
    assert len(boroughs) == 12
    assert boroughs[0].name == "Innenstadt-West"
    hombruch = next(b for b in boroughs if b.name == "Hombruch")
    assert len(services.reference.districts(hombruch.id)) == 9
    assert len(services.reference.districts()) == 62


def test_shared_settings_have_defaults_and_can_be_changed(services: Services) -> None:
    assert services.settings.shared().staff_hourly_rate == Decimal("62.00")
    changed = services.settings.update_shared(staff_hourly_rate="58,50", organisation_name="WF Dortmund")
    assert changed.staff_hourly_rate == Decimal("58.50")
    assert services.settings.shared().organisation_name == "WF Dortmund"


def test_bad_settings_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.update_shared(staff_hourly_rate="sechzig")
    assert caught.value.field == "staff_hourly_rate"
    with pytest.raises(ValidationError):
        services.settings.update_shared(stale_stage_days=-1)
    assert services.settings.shared().staff_hourly_rate == Decimal("62.00")


def test_the_organisation_follows_the_same_rules_as_everywhere_and_is_audited(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.settings.update_shared(organisation_name="  ", staff_hourly_rate="58,50")
    assert caught.value.field == "organisation_name"
    assert services.settings.shared().staff_hourly_rate == Decimal("62.00")  # nothing of it was saved
    changed = services.settings.update_shared(organisation_name=" WF  Beispielstadt ", letterhead_contact="")
    assert changed.organisation_name == "WF Beispielstadt"
    assert changed.letterhead_contact == ""
    entries = [row for row in services.audit.entries().rows if row.entity == "settings"]
    assert entries and entries[0].actor == "admin.test"
    assert any("WF Beispielstadt" in str(change.new) for row in entries for change in row.changes)


def test_only_admins_change_shared_settings(services: Services) -> None:
    services.context.user.sign_in(Principal(None, "r.bericht", "R. Bericht", Role.REPORTING))
    with pytest.raises(PermissionDenied):
        services.settings.update_shared(organisation_name="Hacked")
    services.context.user.sign_in(Principal(None, "a.berater", "A. Berater", Role.ADVISOR))
    with pytest.raises(PermissionDenied):
        services.settings.update_shared(organisation_name="Hacked")


def test_the_first_user_is_admin_and_later_ones_advisors(services: Services) -> None:
    assert services.context.user.principal.role is Role.ADMIN  # "admin.test" from the fixture
    second = services.users.local_principal("b.beraterin")
    assert second.role is Role.ADVISOR
    assert {u.username for u in services.users.users()} == {"admin.test", "b.beraterin"}


def test_database_info_counts_rows(services: Services) -> None:
    info = services.info.database_info()
    assert info.up_to_date
    assert info.row_counts["districts"] == 62
    assert info.row_counts["users"] == 1


def test_overview_counts_what_is_there(services: Services) -> None:
    figures = services.overview.figures()
    assert figures.cases == 0
    assert figures.persons == 0


def test_a_backup_is_written_and_verified(services: Services, tmp_path: Path) -> None:
    services.settings.update_shared(organisation_name="Gesichert")
    result = services.backups.backup(tmp_path / "backups" / "b.sqlite3")
    assert result.verified
    assert result.size_bytes > 0
    assert not (tmp_path / "backups" / "b.sqlite3.partial").exists()
    if services.context.sessions.dialect == "sqlite":
        copy = sqlite3.connect(result.path)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("SELECT count(*) FROM districts").fetchone()[0] == 62
            assert copy.execute("SELECT value FROM settings WHERE key='organisation_name'").fetchone()[0] == (
                '"Gesichert"'
            )
        finally:
            copy.close()
    else:
        assert result.path.read_bytes()[:5] == b"PGDMP"


def test_a_backup_into_a_folder_name_is_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        services.backups.backup(tmp_path)
