"""Atomic writes and spreadsheet-formula neutralisation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recordcheck.errors import UserError
from recordcheck.exports.atomic import write_atomically
from recordcheck.exports.cells import neutralise


def test_write_replaces_the_file_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "notice.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    write_atomically(tmp_path / "a.txt", "æøå")
    assert target.read_bytes() == b"new"
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "æøå"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "notice.pdf"]


def test_unwritable_target_gives_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "notice.pdf"
    with pytest.raises(UserError) as caught:
        write_atomically(missing, b"x")
    assert "kunne ikke gemmes" in caught.value.message("da")
    assert str(missing) in caught.value.message("en")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path: Path) -> None:
    tmp_path = tmp_path / "ro"
    tmp_path.mkdir()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(UserError):
            write_atomically(tmp_path / "x.pdf", b"x")
    finally:
        tmp_path.chmod(0o700)


@pytest.mark.parametrize(
    "value",
    [
        "=1+1",
        "+45 1234",
        "-3",
        "@SUM(A1)",
        "\t=x",
        " =1+1",
        "\n=1+1",
        "  \r\n@SUM(A1)",
        "\u00a0+1",
        "\rx",
        "＝1+1",
    ],
)
def test_formula_like_text_is_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", ["Ole", "", 42, None, "a=b"])
def test_other_values_pass(value: object) -> None:
    assert neutralise(value) == value


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_new_files_are_owner_only_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.pdf"
    write_atomically(fresh, b"x")
    assert fresh.stat().st_mode & 0o777 == 0o600  # exports hold personal data
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o600)
    write_atomically(kept, b"new")
    assert kept.stat().st_mode & 0o777 == 0o600
