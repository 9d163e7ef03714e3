"""Save dialogs start in the folder used last (across starts) and offer names in the
document's language; Qt's own file dialog speaks Danish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from recordcheck.services.file_names import document_file_name
from recordcheck.ui import file_dialogs, i18n
from recordcheck.ui.settings import Settings


class Asked:
    """A stand-in for the user at Qt's save dialog: records where it starts, answers in turn."""

    def __init__(self) -> None:
        self.starts: list[str] = []
        self.answers: list[str] = []

    def __call__(self, parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        self.starts.append(start)
        return (self.answers.pop(0), "") if self.answers else ("", "")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    user = Asked()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(user))
    return user


def test_the_last_folder_is_offered_again_and_kept_across_starts(
    qapp: QApplication, tmp_path: Path, asked: Asked
) -> None:
    chosen = tmp_path / "Skilte"
    chosen.mkdir()
    file_dialogs.remember_in(Settings(tmp_path))
    asked.answers.append(str(chosen / "skilt.pdf"))
    file_dialogs.save_path(None, "Gem", "skilt.pdf", "PDF (*.pdf)")
    assert asked.starts[0] == "skilt.pdf"  # nothing remembered yet: the bare name
    file_dialogs.save_path(None, "Gem", "oplysningstekst.pdf", "PDF (*.pdf)")
    assert Path(asked.starts[1]) == chosen / "oplysningstekst.pdf"

    file_dialogs.remember_in(Settings(tmp_path))  # the next morning: a new session
    file_dialogs.save_path(None, "Gem", "fortegnelse.pdf", "PDF (*.pdf)")
    assert Path(asked.starts[2]) == chosen / "fortegnelse.pdf"


def test_a_cancelled_dialog_remembers_nothing_and_a_vanished_folder_is_not_offered(
    qapp: QApplication, tmp_path: Path, asked: Asked
) -> None:
    settings = Settings(tmp_path)
    settings.set_last_folder(tmp_path / "gone")
    file_dialogs.remember_in(settings)
    file_dialogs.save_path(None, "Gem", "skilt.pdf", "PDF (*.pdf)")
    assert asked.starts == ["skilt.pdf"]
    assert settings.last_folder() is None


@pytest.mark.parametrize(
    ("kind", "lang", "expected"),
    [
        ("sign", "da", "skilt-klinikkens-telefon.pdf"),
        ("notice", "da", "oplysningstekst-klinikkens-telefon.pdf"),
        ("ropa", "da", "fortegnelse.pdf"),
        ("sign", "en", "sign-klinikkens-telefon.pdf"),
        ("ropa", "en", "records-of-processing.pdf"),
    ],
)
def test_file_names_follow_the_document_language(kind: str, lang: str, expected: str) -> None:
    scenario = None if kind == "ropa" else "Klinikkens telefon"
    assert document_file_name(kind, lang, ".pdf", scenario) == expected


def test_every_document_kind_has_a_file_name_in_both_languages() -> None:
    from recordcheck.services.documents import KINDS

    for kind in KINDS:
        danish, english = (document_file_name(kind, lang, ".pdf") for lang in ("da", "en"))
        assert danish != english and danish.isascii(), kind


def test_qts_file_dialog_speaks_danish(qapp: QApplication) -> None:
    i18n.install(qapp, "da")
    try:
        dialog = QFileDialog(None, "Gem")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        dialog.deleteLater()
    finally:
        i18n.install(qapp, "en")
    assert any("Filnavn" in text or "Kig i" in text for text in labels), labels
