"""UI test fixtures: a running session on the test's own data folder, with modals that never
block (message boxes and file dialogs are answered by the test)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from recordcheck import app as app_module


class Modals:
    """Records the message boxes shown and answers file dialogs with ``save_path``."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.save_path: str = ""

    def box(self, kind: str):
        def show(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
            self.messages.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show


@pytest.fixture(autouse=True)
def modals(monkeypatch: pytest.MonkeyPatch) -> Modals:
    recorder = Modals()
    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder.box(kind)))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (recorder.save_path, ""))
    )
    return recorder


@pytest.fixture
def make_session(qapp: QApplication, data_dir: Path) -> Iterator[Any]:
    sessions: list[app_module.Session] = []

    def make(lang: str = "da", organisation: bool = True) -> app_module.Session:
        session = app_module.Session(qapp, data_dir, lang)
        if organisation and session.needs_organisation():
            from recordcheck.domain.organisation import Organisation

            session.register.save_organisation(Organisation("Lægehuset Vestergade ApS"))
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        session.close()
    from recordcheck.ui import i18n

    i18n.install(qapp, "en")
    qapp.processEvents()
