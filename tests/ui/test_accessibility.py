"""Every input has an accessible name and a label; the keyboard reaches everything in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from ui.walk import INPUTS, inputs
from ui.windows import open_all


def test_every_input_has_an_accessible_name_and_a_label(qtbot, make_session):
    session = make_session("da")
    problems = []
    for name, root in open_all(session, qtbot):
        buddies = {hash(w) for w in (lbl.buddy() for lbl in root.findChildren(QLabel)) if w}
        for widget in inputs(root):
            where = f"{name}: {type(widget).__name__} {widget.objectName()!r}"
            if isinstance(widget, QAbstractButton):
                if not (widget.accessibleName() or widget.text()):
                    problems.append(f"{where} has neither text nor an accessible name")
                continue
            if not widget.accessibleName():
                problems.append(f"{where} has no accessible name")
            if isinstance(widget, INPUTS) and hash(widget) not in buddies:
                problems.append(f"{where} has no label whose buddy it is")
    assert not problems, "\n".join(problems)


def test_every_input_can_take_keyboard_focus(qtbot, make_session):
    session = make_session("da")
    for name, root in open_all(session, qtbot):
        for widget in inputs(root):
            if widget.isEnabled():
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, \
                    f"{name}: {widget.objectName()!r} cannot be reached with Tab"


def test_wizard_tab_order_follows_the_questions_from_top_to_bottom(qtbot, make_session):
    session = make_session("da")
    wizard = dict(open_all(session, qtbot))["wizard"]
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
