"""The Deletions section: to do / overdue / done, the reason in words, mark done (logged), and
the schedule saved as PDF, CSV and .ics without blocking the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from recordcheck.domain.register import ConsentInput, DeletionStatus
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.ui.views.deletions_view import DeletionsView, DoneDialog
from ui.views.conftest import section


def _withdrawn(window, name: str, days_ago: int):
    at = datetime.now(UTC) - timedelta(days=days_ago)
    consent = window.workspace.register().add_consent(
        ConsentInput(
            person_name=name,
            scenario_id=window.scenario_id,
            purposes=(Purpose.TRAINING,),
            mechanism=ConsentMechanism.OPT_IN_KEY,
            notice_version="1",
            given_at=at,
        )
    )
    return window.workspace.register().withdraw_consent(consent.id, at=at, channel="phone")


def test_overdue_tasks_say_so_in_words_and_done_ones_move_to_done(window, answer):
    _withdrawn(window, "Ole Old", 40)  # due 10 days ago
    _withdrawn(window, "Nina New", 1)
    view: DeletionsView = section(window, "deletions")
    view.reload()
    texts = [view.status_text(t) for t in view.model.records]
    assert texts[0] == "⚠ Overdue" and texts[1].startswith("Due in 29")
    assert "Consent withdrawn by Ole Old" in view.reason_text(view.model.records[0])
    assert view.summary.text() == "2 to do, 1 overdue"
    view.show_combo.setCurrentIndex(DeletionsView.SHOW_OVERDUE)
    assert [t.person_name for t in view.model.records] == ["Ole Old"]
    view.table.selectRow(0)

    def fill(dialog: DoneDialog) -> None:
        dialog.what.setText("3 call recordings")
        dialog.method.setCurrentText("deleted in the recording system")

    answer(DoneDialog, fill)
    view.done_button.click()
    assert view.model.records == []
    log = window.workspace.register().deletion_log()
    assert [(e.what, e.method) for e in log] == [
        ("3 call recordings", "deleted in the recording system")
    ]
    view.show_combo.setCurrentIndex(DeletionsView.SHOW_DONE)
    assert [t.status for t in view.model.records] == [DeletionStatus.DONE]
    assert "3 call recordings" in view.model.data(view.model.index(0, 5))


def test_done_dialog_wants_what_and_how(window, qtbot):
    task = _withdrawn(window, "A", 1)
    dialog = DoneDialog(task, "x")
    qtbot.addWidget(dialog)
    dialog.method.setCurrentText("")
    dialog._accept()
    assert dialog.result() == 0 and not dialog.error.isHidden()


@pytest.mark.parametrize(
    "suffix, start", [(".pdf", b"%PDF"), (".csv", b"\xef\xbb\xbf"), (".ics", b"BEGIN:VCALENDAR")]
)
def test_schedule_is_saved_in_a_worker(window, modals, qtbot, tmp_path, suffix, start):
    _withdrawn(window, "Ole", 3)
    view = section(window, "deletions")
    modals.save_path = str(tmp_path / "plan")
    with qtbot.waitSignal(view.export_buttons[suffix].clicked, timeout=1000):
        view.export_buttons[suffix].click()
    qtbot.waitUntil(lambda: getattr(view, "last_saved", None) is not None, timeout=20000)
    assert view.last_saved.read_bytes().startswith(start)
    assert view.last_saved.name == "plan" + suffix
