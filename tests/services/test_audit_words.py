"""The audit log in words, from a real register: an edited organisation, a restore."""

from __future__ import annotations

from pathlib import Path

from recordcheck.domain.organisation import Organisation
from recordcheck.services import Workspace, records, register_file
from recordcheck.services.audit_words import describe


def test_a_changed_organisation_reads_as_field_before_and_after(ws: Workspace) -> None:
    records.save_organisation(ws, Organisation(name="Klinik A", phone="12 34 56 78"))
    records.save_organisation(ws, Organisation(name="Klinik <B> & co", phone=None))
    update = next(
        e for e in ws.register().audit_log(table="organisation") if str(e.action) == "update"
    )
    lines = describe(update, "da")
    assert "Navn: Klinik A → Klinik <B> & co" in lines
    assert "Telefon fjernet (var 12 34 56 78)" in lines
    assert not any("updated_at" in line or "{" in line for line in lines)
    assert "Name: Klinik A → Klinik <B> & co" in describe(update, "en")


def test_a_new_record_lists_what_it_holds_without_bookkeeping(ws: Workspace) -> None:
    records.save_organisation(ws, Organisation(name="Klinik A", cvr="12345678"))
    created = ws.register().audit_log(table="organisation")[-1]
    lines = describe(created, "da")
    assert lines == ["Navn: Klinik A", "CVR-nummer: 12345678"]


def test_a_restore_names_the_backup_it_came_from(ws: Workspace, tmp_path: Path) -> None:
    records.save_organisation(ws, Organisation(name="Klinik A"))
    copy = register_file.backup(ws, tmp_path / "kopi.sqlite3")
    register_file.restore(ws, copy)
    restore = ws.register().audit_log(table="register_meta")[0]
    assert describe(restore, "da") == [f"Registret er gendannet fra sikkerhedskopien {copy}"]
