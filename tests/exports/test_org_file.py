"""B9/B20: ``--org FILE`` is checked like a scenario file, and messages name documents, not ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.exports.conftest import EXAMPLES

from recordcheck.cli import main

SCENARIO = EXAMPLES / "03-district-heating-training-keypress.json"


def _export(tmp_path: Path, org: object, *lang: str) -> int:
    path = tmp_path / "org.json"
    if org is not None:
        path.write_text(json.dumps(org), encoding="utf-8")
    return main(
        [
            "export",
            "sign",
            "--scenario",
            str(SCENARIO),
            "--org",
            str(path),
            "-o",
            str(tmp_path / "sign.pdf"),
            *lang,
        ]
    )


@pytest.mark.parametrize(
    ("org", "needle"),
    [
        ({"name": 5}, "»name« skal være tekst, men er 5"),
        ({"nme": "x"}, "Feltet »name« mangler"),
        ({"nme": "x"}, "Ukendte felter i filens øverste niveau: nme"),
        ({"name": "X", "cvr": "abc"}, '»cvr«: "abc" er ikke et CVR-nummer'),
        ({"name": "X", "cvr": "1234567"}, "8 cifre"),
        ([1, 2], "ét JSON-objekt"),
        (None, "findes ikke"),
    ],
)
def test_bad_organisation_files_name_the_field(
    tmp_path: Path, data_dir: Path, org: object, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(tmp_path, org) == 2
    err = capsys.readouterr().err
    assert "org.json" in err
    assert needle in err
    assert "Errno" not in err and "__init__" not in err
    assert not (tmp_path / "sign.pdf").exists()


def test_english_messages_name_the_field(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(tmp_path, {"name": "X", "cvr": 12345678}, "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "organisation file" in err and "“cvr” must be text" in err


def test_a_valid_organisation_file_with_nulls_is_accepted(tmp_path: Path, data_dir: Path) -> None:
    assert _export(tmp_path, {"name": "Ødegård", "cvr": "12345678", "email": None}) == 0


def test_bad_suffix_names_the_document_not_the_command(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "announcements", "--scenario", "1", "-o", str(tmp_path / "a.pdf")]) == 2
    err = capsys.readouterr().err
    assert "announcements" not in err and "Tekster til optagelse" in err
    assert main(["export", "bundle", "-o", str(tmp_path / "b.pdf"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "bundle kan" not in err and "Inspection" in err


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_kind_has_a_document_title(lang: str) -> None:
    from recordcheck.exports.from_register import KINDS, document_title

    titles = {kind: document_title(kind, lang) for kind in KINDS}
    assert all(title and title != kind for kind, title in titles.items())
    assert len(set(titles.values())) == len(titles)
