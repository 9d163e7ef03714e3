"""The workspace owns the register: opened on first use, re-opened after its file changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordcheck.errors import UserError
from recordcheck.services import Change, ChangeBus, RecordKind, Workspace


def test_the_register_is_opened_on_first_use_only(data_dir: Path) -> None:
    ws = Workspace(data_dir / "register.sqlite3")
    assert not ws.is_open
    assert not (data_dir / "register.sqlite3").exists()
    first = ws.register()
    assert ws.is_open and ws.register() is first
    assert (data_dir / "register.sqlite3").exists()
    ws.close()
    assert not ws.is_open


def test_reopen_gives_a_new_register_and_tells_every_listener(
    ws: Workspace, published: list[Change]
) -> None:
    old = ws.register()
    new = ws.reopen()
    assert new is not old and ws.register() is new
    assert published == [Change(RecordKind.REGISTER)]


def test_a_missing_register_is_refused_when_it_may_not_be_created(data_dir: Path) -> None:
    ws = Workspace(data_dir / "nothing-here.sqlite3", create=False)
    with pytest.raises(UserError) as caught:
        ws.register()
    assert "nothing-here.sqlite3" in caught.value.message("da")
    assert not ws.is_open
    assert not (data_dir / "nothing-here.sqlite3").exists()


def test_a_file_that_is_not_a_register_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "register.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(UserError):
        Workspace(path).register()
    assert path.read_bytes() == before


def test_document_language_follows_the_window_until_chosen(data_dir: Path) -> None:
    ws = Workspace(data_dir / "r.sqlite3", lang="en")
    assert ws.document_lang == "en"
    ws.document_lang = "da"
    assert (ws.lang, ws.document_lang) == ("en", "da")
    ws.document_lang = None
    assert ws.document_lang == "en"


def test_for_data_dir_puts_the_register_in_that_folder(tmp_path: Path) -> None:
    ws = Workspace.for_data_dir(tmp_path / "office")
    assert ws.register_path.parent == (tmp_path / "office").absolute()


def test_change_bus_delivers_batches_and_unsubscribes() -> None:
    bus = ChangeBus()
    got: list[tuple[Change, ...]] = []
    stop = bus.subscribe(got.append)
    bus.publish(Change(RecordKind.CONSENT, 3), Change(RecordKind.DELETION, 9))
    bus.publish()  # nothing changed: nobody is bothered
    stop()
    bus.publish(Change(RecordKind.SCENARIO))
    assert got == [(Change(RecordKind.CONSENT, 3), Change(RecordKind.DELETION, 9))]


def test_a_whole_register_change_touches_every_kind() -> None:
    assert Change(RecordKind.REGISTER).touches(RecordKind.CONSENT)
    assert Change(RecordKind.CONSENT, 1).touches(RecordKind.CONSENT, RecordKind.DELETION)
    assert not Change(RecordKind.CONSENT, 1).touches(RecordKind.ACTIVITY)
