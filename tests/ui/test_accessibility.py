"""Every input has an accessible name and a label; the keyboard reaches everything in order."""

from __future__ import annotations

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
            if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and widget.parentWidget() is not None \
                    and type(widget.parentWidget()).__name__ not in ("QComboBox", "QSpinBox"):
                order.append(widget.mapTo(page, widget.rect().topLeft()).y())
            widget = widget.nextInFocusChain()
        assert order, page.topic.key
        assert order == sorted(order), f"page {page.topic.key}: Tab jumps back up the page"
