"""B16: a failed export says why in the user's words; the system's English text only goes to the
log, never into a Danish sentence."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest

from recordcheck.errors import UserError
from recordcheck.exports import atomic


def _failing(code: int):
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("code", "da", "en"),
    [
        (errno.EROFS, "skrivebeskyttet", "read-only"),
        (errno.EACCES, "skrivebeskyttet", "read-only"),
        (errno.ENOSPC, "disken er fuld", "disk is full"),
        (errno.ENOTDIR, "ikke findes", "does not exist"),
        (errno.EIO, "kunne ikke gemmes", "could not be saved"),
    ],
)
def test_errno_is_explained_without_the_system_text(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    code: int,
    da: str,
    en: str,
) -> None:
    monkeypatch.setattr("recordcheck.atomicfile.os.fsync", _failing(code))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "n.pdf"
    with caplog.at_level(logging.WARNING), pytest.raises(UserError) as caught:
        atomic.write_atomically(target, b"x")
    danish, english = caught.value.message("da"), caught.value.message("en")
    assert da in danish and en in english
    assert os.strerror(code) not in danish
    assert str(target) in danish
    assert os.strerror(code) in caplog.text  # the system's own words are kept for support
    assert list(folder.iterdir()) == []


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        atomic.write_atomically(tmp_path / "nope" / "n.pdf", b"x")
    message = caught.value.message("da")
    assert "ikke findes" in message and "No such file" not in message
