"""Every input has an accessible name and a label; the keyboard reaches everything in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from recordcheck.ui.presets import presets
from recordcheck.ui.wizard import ScenarioWizard
from ui.walk import INPUTS, all_wizard_pages_shown, inputs
from ui.windows import open_all


def test_every_input_has_a_name_a_label_and_a_tab_stop(qtbot, make_session):
    session = make_session("da")
    problems = []
    for name, root in open_all(session, qtbot):
        buddies = {hash(w) for w in (lbl.buddy() for lbl in root.findChildren(QLabel)) if w}
        for widget in inputs(root):
            where = f"{name}: {type(widget).__name__} {widget.objectName()!r}"
            if isinstance(widget, QAbstractButton):
                if widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    problems.append(f"{where} cannot be reached with Tab")
                if not (widget.accessibleName() or widget.text()):
                    problems.append(f"{where} has neither text nor an accessible name")
                continue
            if widget.isEnabled() and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                problems.append(f"{where} cannot be reached with Tab")
            if not widget.accessibleName():
                problems.append(f"{where} has no accessible name")
            if isinstance(widget, INPUTS) and hash(widget) not in buddies:
                problems.append(f"{where} has no label whose buddy it is")
    assert not problems, "\n".join(problems)


def test_wizard_tab_order_follows_the_questions_from_top_to_bottom(qtbot, make_session):
    session = make_session("da")
    wizard = ScenarioWizard(session.rb, "da")
    qtbot.addWidget(wizard)
    wizard.load(presets()[0].scenario)
    all_wizard_pages_shown(wizard)
    wizard.show()
    for page in wizard.pages:
        order = []
        widget = page.nextInFocusChain()
        for _ in range(400):
            if widget is page:
                break
            if (
                page.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.parentWidget() is not None
                and type(widget.parentWidget()).__name__ not in ("QComboBox", "QSpinBox")
            ):
                order.append(widget.mapTo(page, widget.rect().topLeft()).y())
            widget = widget.nextInFocusChain()
        assert order, page.topic.key
        assert order == sorted(order), f"page {page.topic.key}: Tab jumps back up the page"


# -- text is text: the register's own words are shown as typed ---------------------------------

NAME = "<b>Jensen</b> & =1+1"  # a tag, an ampersand and a formula: each must show verbatim


def _shown_as(html_or_text: str) -> str:
    """What a tooltip (rich-text guessing) shows for its text."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    if GuiQt.mightBeRichText(html_or_text):
        document.setHtml(html_or_text)
    else:
        document.setPlainText(html_or_text)
    return document.toPlainText()


def _cells(model, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [
        model.data(model.index(row, col), role) or ""
        for row in range(model.rowCount())
        for col in range(model.columnCount())
    ]


def _labels_naming(root) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if "Jensen" in label.text()]


@pytest.fixture
def named_window(qtbot, make_session):
    """A window on a register where the scenario, the organisation, a person and the notes are
    all called ``NAME``: a consent given and withdrawn (so a deletion task), an Art. 30 entry."""
    import dataclasses
    from datetime import UTC, datetime, timedelta

    from recordcheck.domain.organisation import Organisation
    from recordcheck.domain.register import ConsentInput
    from recordcheck.domain.vocabulary import ConsentMechanism
    from recordcheck.rules import assess

    session = make_session("en", organisation=False)
    register = session.register
    register.save_organisation(Organisation(NAME))
    preset = next(p for p in presets() if p.key == "clinic-phone-line")
    scenario = dataclasses.replace(preset.scenario, name=NAME)
    record = register.add_scenario(scenario)
    register.add_assessment(record.id, assess(scenario, lang="en"))
    register.save_activity(register.generate_activity(record.id))
    consent = register.add_consent(
        ConsentInput(
            person_name=NAME,
            scenario_id=record.id,
            purposes=scenario.purposes[:1],
            mechanism=ConsentMechanism.OPT_IN_KEY,
            notice_version="2026-01",
            given_at=datetime.now(UTC) - timedelta(days=3),
            evidence_note=NAME,
        )
    )
    register.withdraw_consent(consent.id, at=datetime.now(UTC) - timedelta(days=1), channel=NAME)
    win = session.show_main()
    qtbot.addWidget(win)
    win.show()
    yield win
    from recordcheck.ui.views import worker

    worker.wait_all()


def test_the_scenario_list_and_the_assessment_title_show_the_name_as_typed(named_window, qtbot):
    scenarios = named_window.scenarios
    qtbot.waitUntil(lambda: scenarios.model.rowCount() == 1, timeout=10000)
    assert NAME in _cells(scenarios.model)
    tips = _cells(scenarios.model, Qt.ItemDataRole.ToolTipRole)
    assert NAME in [_shown_as(tip) for tip in tips]
    scenarios.table.selectRow(0)
    title = scenarios.assessment.title
    qtbot.waitUntil(lambda: title.text() == NAME, timeout=10000)
    assert title.textFormat() == Qt.TextFormat.PlainText
    for label in _labels_naming(scenarios):
        assert label.textFormat() == Qt.TextFormat.PlainText or NAME not in label.text(), (
            label.objectName()
        )


def test_the_art30_form_the_consents_deletions_and_audit_log_show_names_as_typed(
    named_window, qtbot
):
    from ui.views.conftest import section, settle

    activities = section(named_window, "register")
    settle()
    assert NAME in _cells(activities.model)
    activities.table.selectRow(0)
    settle()
    assert activities.fields["name"][1].text() == NAME
    consents = section(named_window, "consents")
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10000)
    assert NAME in _cells(consents.model)
    assert NAME in [_shown_as(tip) for tip in _cells(consents.model, Qt.ItemDataRole.ToolTipRole)]
    consents.table.selectRow(0)
    settle()
    details = consents.details
    assert details.textFormat() == Qt.TextFormat.PlainText
    assert details.text().startswith(f"{NAME} · {NAME}\n")
    assert f"Evidence: {NAME}" in details.text()
    deletions = section(named_window, "deletions")
    settle()
    assert any(NAME in cell for cell in _cells(deletions.model))  # "withdrawn by <name>"
    tips = [_shown_as(tip) for tip in _cells(deletions.model, Qt.ItemDataRole.ToolTipRole)]
    assert any(NAME in tip for tip in tips)
    audit = section(named_window, "audit")
    settle()
    assert any(NAME in cell for cell in _cells(audit.model))
    for view in (activities, consents, deletions, audit):
        for label in _labels_naming(view):
            assert label.textFormat() == Qt.TextFormat.PlainText, (
                f"{type(view).__name__}: {label.objectName()} {label.text()!r}"
            )


def test_dialogs_about_a_person_show_the_name_as_typed(named_window, qtbot):
    from recordcheck.ui.views.consent_dialogs import WithdrawDialog
    from recordcheck.ui.views.deletions_view import DoneDialog
    from ui.views.conftest import section, settle

    consents = section(named_window, "consents")
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10000)
    dialog = WithdrawDialog(consents.model.record(0))
    qtbot.addWidget(dialog)
    who = dialog.findChild(QLabel, "withdrawWho")
    assert (who.text(), who.textFormat()) == (NAME, Qt.TextFormat.PlainText)
    deletions = section(named_window, "deletions")
    settle()
    done = DoneDialog(deletions.model.record(0), f"Consent withdrawn by {NAME}")
    qtbot.addWidget(done)
    task = done.findChild(QLabel, "doneTask")
    assert task.text() == f"Consent withdrawn by {NAME}"
    assert task.textFormat() == Qt.TextFormat.PlainText


def test_message_boxes_naming_a_scenario_show_it_as_typed(named_window, qtbot, modals):
    """A real message box (not a patched one) is plain text while it shows; the window's
    questions and warnings go through that guard, and the scenario boxes are plain text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from recordcheck.services.scenarios import dependents
    from recordcheck.ui.plain_text import plain_box
    from recordcheck.ui.scenario_model import RecordRole
    from recordcheck.ui.views.common import confirm, message_box

    seen: list[tuple[str, Qt.TextFormat]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.textFormat()))
        box.reject()

    def real_box(parent, title: str, text: str) -> int:  # what QMessageBox.warning does
        return QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent
        ).exec()

    QTimer.singleShot(20, answer)
    real_box(named_window, "Documents", NAME)
    QTimer.singleShot(20, answer)
    plain_box(real_box)(named_window, "Documents", NAME)
    assert seen == [(NAME, Qt.TextFormat.AutoText), (NAME, Qt.TextFormat.PlainText)]
    assert QApplication.activeModalWidget() is None
    confirm(named_window, "Delete", f"Delete \u201c{NAME}\u201d?")
    message_box(named_window, "Documents", NAME)
    assert [m[2] for m in modals.messages] == [f"Delete \u201c{NAME}\u201d?", NAME]

    scenarios = named_window.scenarios
    qtbot.waitUntil(lambda: scenarios.model.rowCount() == 1, timeout=10000)
    summary = scenarios.model.data(scenarios.model.index(0, 0), RecordRole)
    box = scenarios.life.delete_box(NAME, dependents(scenarios.workspace, summary.id))
    qtbot.addWidget(box)
    assert box.text() == f"Delete the scenario \u201c{NAME}\u201d?"
    assert box.textFormat() == Qt.TextFormat.PlainText
    evidence = scenarios.life.evidence_box(f"{NAME} keeps evidence")
    qtbot.addWidget(evidence)
    assert evidence.textFormat() == Qt.TextFormat.PlainText
