"""Fixtures for the part-2 views: a session with one assessed preset scenario, and dialogs
answered by the test (their ``exec`` fills the fields and presses the default button)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from recordcheck.rules import assess
from recordcheck.ui.presets import presets
from recordcheck.ui.views import worker


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[QDialog]]:
    """``answer(DialogClass, fill)``: the dialog's exec runs ``fill(dialog)`` then its OK."""
    shown: list[QDialog] = []

    def install(cls: type[QDialog], fill: Callable[[Any], None], accept: bool = True) -> list:
        def fake_exec(dialog: QDialog) -> int:
            shown.append(dialog)
            fill(dialog)
            if accept:
                dialog._accept()
            else:
                dialog.reject()
            return dialog.result()

        monkeypatch.setattr(cls, "exec", fake_exec)
        return shown

    return install


@pytest.fixture
def open_path(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    def set_path(path: str) -> None:
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (path, ""))
        )

    return set_path


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


OPENED = ("opened before", "opened after first paint")


def show_on_day_two(session: Any, qtbot: Any) -> Any:
    """The real start on an existing register: the window paints with the quick list, and
    the register is opened only after the first paint (``app._run_session``)."""
    from recordcheck.services import quicklist

    session.workspace.close()
    win = session.show_main(quicklist.scenario_summaries(session.register_path))
    qtbot.addWidget(win)
    assert not session.workspace.is_open
    win.firstPainted.connect(session.open_after_first_paint)
    qtbot.waitUntil(lambda: session.workspace.is_open and win.act_new.isEnabled(), timeout=10000)
    return win


@pytest.fixture(params=OPENED)
def window(request, make_session, qtbot):
    """The main window in English on a register with one assessed preset (consent-based);
    once on a register opened before the window, once on one opened after its first paint."""
    session = make_session("en")
    preset = next(p for p in presets() if p.key == "sales-outbound-calls")
    record = session.register.add_scenario(preset.scenario)
    session.register.add_assessment(record.id, assess(preset.scenario, lang="en"))
    if request.param == OPENED[0]:
        win = session.show_main()
        qtbot.addWidget(win)
    else:
        win = show_on_day_two(session, qtbot)
    win.scenario_id = record.id
    yield win
    worker.wait_all()


def section(window: Any, key: str) -> Any:
    """Show the section ``key`` (built when first shown) and return its view."""
    for row in range(window.stack.count()):
        widget = window.stack.widget(row)
        if widget.objectName() == f"lazy:{key}":
            window.nav.setCurrentRow(row)
            return widget.build()
    raise AssertionError(key)


def settle(view: Any = None) -> None:
    """Let the worker threads finish and their results arrive (e.g. the consents' count)."""
    from PySide6.QtWidgets import QApplication

    worker.wait_all()
    QApplication.processEvents()
