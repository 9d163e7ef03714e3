"""The Consents section: a lazy model that passes Qt's model checks, SQL-side filters, and
registering and withdrawing a consent through the dialogs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recordcheck.domain.register import ConsentEventKind, ConsentInput
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.ui.changes_bridge import ChangesBridge
from recordcheck.ui.views.consent_dialogs import AddConsentDialog, WithdrawDialog
from recordcheck.ui.views.consents_view import ConsentsView
from recordcheck.ui.views.deletions_view import DeletionsView
from recordcheck.ui.views.table_models import ConsentQuery, ConsentTableModel
from ui.views.conftest import section, settle


def _seed(register, scenario_id: int, count: int) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    for i in range(count):
        purposes = (Purpose.TRAINING,) if i % 2 else (Purpose.TRAINING, Purpose.QUALITY_ASSURANCE)
        register.add_consent(
            ConsentInput(
                person_name=f"Person {i:03d}" if i % 10 else f"Søren Ærø {i}",
                scenario_id=scenario_id,
                purposes=purposes,
                mechanism=ConsentMechanism.OPT_IN_KEY,
                notice_version="2026-01",
                given_at=start + timedelta(days=i),
            )
        )


def test_the_consent_model_passes_qt_model_checks_and_loads_lazily(window, qtmodeltester):
    _seed(window.workspace.register(), window.scenario_id, 250)
    view = section(window, "consents")
    model = ConsentTableModel(window.workspace, view._columns())
    model.set_query(ConsentQuery())
    assert model.count() == 250
    assert model.rowCount() == ConsentTableModel.PAGE  # only the first page is read
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    qtmodeltester.check(model, force_py=True)


def test_filters_run_in_the_register(window, qtbot):
    _seed(window.workspace.register(), window.scenario_id, 60)
    view = section(window, "consents")
    settle()
    assert view.model.total == 60
    assert view.count_label.text() == "Consents found: 60"
    qtbot.keyClicks(view.search, "søren")  # any case, and the wait before searching
    qtbot.waitUntil(lambda: len(view.model.records) == 6, timeout=2000)
    view.search.clear()
    view.purpose.setCurrentIndex(view.purpose.findData(Purpose.QUALITY_ASSURANCE.value))
    view.apply_filters()
    assert len(view.model.records) == 30
    view.since.setDate(datetime(2026, 2, 1).date())
    assert len(view.model.records) == 14  # given from 1 February (day 31): even days 32–58
    view.status.setCurrentIndex(view.status.findData(ConsentEventKind.WITHDRAWN.value))
    settle()
    assert view.model.total == 0 and view.model.records == []
    assert "0" in view.count_label.text()


def test_register_then_withdraw_shows_the_deletion_task_at_once(window, answer, modals):
    view = section(window, "consents")
    deletions = section(window, "deletions")  # open once: it then follows every change
    assert isinstance(deletions, DeletionsView) and deletions.model.records == []
    view = section(window, "consents")

    def fill(dialog: AddConsentDialog) -> None:
        assert not any(box.isChecked() for box in dialog.purpose_checks.values())
        dialog.name.setText("Karen Ødegaard")
        dialog.purpose_checks[Purpose.TRAINING].setChecked(True)
        dialog.notice.setText("2026-01")
        dialog.evidence.setPlainText("Pressed 1, call log 4711")

    answer(AddConsentDialog, fill)
    view.add_button.click()
    settle()
    consent = window.workspace.register().search_consents("karen")[0]
    assert consent.purposes == (Purpose.TRAINING,)
    assert view.current().id == consent.id
    assert view.withdraw_button.isEnabled()
    answer(WithdrawDialog, lambda d: d.channel.setCurrentText("by phone"))
    view.withdraw_button.click()
    assert window.workspace.register().consent(consent.id).status == ConsentEventKind.WITHDRAWN
    assert [t.person_name for t in deletions.model.records] == ["Karen Ødegaard"]
    assert "Deletions" in modals.messages[-1][2]


def test_the_add_dialog_insists_on_a_name_and_a_purpose(window, qtbot):
    dialog = AddConsentDialog(window.workspace.register().scenario_summaries(), "en")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    dialog.name.setText("A")
    dialog._accept()
    assert "purpose" in dialog.error.text()


def test_receipt_is_saved(window, modals, tmp_path):
    _seed(window.workspace.register(), window.scenario_id, 1)
    view = section(window, "consents")
    view.table.selectRow(0)
    modals.save_path = str(tmp_path / "receipt")
    view.receipt_button.click()
    saved = tmp_path / "receipt.pdf"
    assert saved.read_bytes().startswith(b"%PDF")


def test_a_standalone_view_loads_when_shown(window, qtbot):
    view = ConsentsView(window.workspace, "en", ChangesBridge(window.workspace))
    qtbot.addWidget(view)
    assert view.model.records == [] and not view._loaded
    view.show()
    assert view._loaded
