"""Issue 12, items 4 and 5: one input gate for text, at every edge. A scenario file, an
organisation file, a scenario saved in the register, the organisation, consents, deletions
and the Art. 30 entry are all refused the same way, with a message naming field and problem
(files and imports are refused rather than cleaned, so nothing is stored other than given)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from recordcheck import contract
from recordcheck.errors import InputError
from recordcheck.services import records, scenarios
from recordcheck.services.workspace import Workspace
from registerkit import EXAMPLES_DIR, consent, organisation, scenario

GOOD = (EXAMPLES_DIR / "02-car-workshop-booking-line.json").read_text(encoding="utf-8")


def _file(tmp_path: Path, raw: str | bytes) -> Path:
    path = tmp_path / "scenario.json"
    if isinstance(raw, bytes):
        path.write_bytes(raw)
    else:
        path.write_text(raw, encoding="utf-8")
    return path


def _refusal(path: Path, lang: str = "da") -> str:
    with pytest.raises(InputError) as caught:
        contract.load_scenario(path)
    message = caught.value.message(lang)
    message.encode("utf-8")
    return message


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (
            GOOD.replace('"name": "', '"name": "\\u0001', 1),
            "»name« indeholder kontroltegnet U+0001",
        ),
        (GOOD.replace('"name": "', '"name": "\\ud800', 1), "halv tegnkode, U+D800"),
        (GOOD.replace('"name": "', '"name": "\\uffff', 1), "U+FFFF"),
        (GOOD.replace('"name": "', '"name": "a\\r', 1), "U+000D"),
        (GOOD.rstrip()[:-1] + ', "name": "igen"}', "feltet »name« to gange"),
        ('{"format": ' + "[" * 1000 + "]" * 1000 + "}", "mere end 64 niveauer"),
        ('{"format": ' + "[" * 70 + "]" * 70 + "}", "mere end 64 niveauer"),
        (GOOD.replace('"name": "', '"name": "' + "x" * 300, 1), "højst have 200 tegn"),
        ('{"format": 1' + "0" * 30 + "}", "31 cifre"),
    ],
)
def test_a_bad_scenario_file_is_refused_naming_the_problem(
    tmp_path: Path, raw: str, words: str
) -> None:
    assert words in _refusal(_file(tmp_path, raw))


def test_invalid_utf8_is_reported_with_its_byte_offset(tmp_path: Path) -> None:
    raw = GOOD.encode("utf-8")
    at = raw.index(b'"name": "') + 9
    message = _refusal(_file(tmp_path, raw[:at] + b"\xff" + raw[at:]), "en")
    assert f"byte {at}" in message and "0xFF" in message


def test_a_description_may_hold_windows_line_ends(tmp_path: Path) -> None:
    data = json.loads(GOOD)
    data["description"] = "first line\r\nsecond line\tend"
    assert contract.load_scenario(_file(tmp_path, json.dumps(data))).description


def test_the_command_line_says_it_in_english_too(tmp_path: Path, run_cli) -> None:
    path = _file(tmp_path, GOOD.replace('"name": "', '"name": "\\ud800', 1))
    done = run_cli("assess", str(path), "--lang", "en")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "“name” contains half a character code, U+D800" in done.stderr


def test_an_organisation_file_keeps_the_window_s_limits(tmp_path: Path) -> None:
    path = tmp_path / "org.json"
    path.write_text(json.dumps({"name": "x" * 201}), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        contract.load_organisation(path)
    assert "højst have 200 tegn" in caught.value.message("da")
    path.write_text(json.dumps({"name": "Firma\x07 ApS"}), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        contract.load_organisation(path)
    assert "U+0007" in caught.value.message("da")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "register.sqlite3", create=True)


def test_saving_a_scenario_with_a_control_character_is_refused(ws: Workspace) -> None:
    with pytest.raises(InputError) as caught:
        scenarios.save_scenario(ws, scenario("Booking\x00line"))
    assert "Scenariet kan ikke gemmes" in caught.value.message("da")
    assert "U+0000" in caught.value.message("da")
    with pytest.raises(InputError):
        scenarios.save_scenario(ws, scenario("x" * 201))
    with pytest.raises(InputError):
        scenarios.save_scenario(ws, scenario("ok"), owner="Kontor\x1b")
    assert ws.register().scenarios() == []


def test_the_organisation_and_a_consent_are_gated_with_labels(ws: Workspace) -> None:
    with pytest.raises(InputError) as caught:
        records.save_organisation(ws, dataclasses.replace(organisation(), name="x" * 201))
    assert "»Navn« har 201 tegn; der må højst være 200." in caught.value.message("da")
    saved = scenarios.save_scenario(ws, scenario())
    with pytest.raises(InputError) as caught:
        records.add_consent(ws, consent(saved.record.id, "Søren\ud800"))
    assert "»Personens navn« indeholder en halv tegnkode" in caught.value.message("da")
    assert ws.register().count_consents() == 0
    records.add_consent(ws, consent(saved.record.id, "Søren\tÆrø"))  # a tab is fine
    assert ws.register().count_consents() == 1


def test_an_art30_entry_and_a_deletion_are_gated(ws: Workspace) -> None:
    saved = scenarios.save_scenario(ws, scenario())
    activity = records.generate_activity(ws, saved.record.id)
    with pytest.raises(InputError) as caught:
        records.save_activity(ws, dataclasses.replace(activity, recipients=("ok", "b\x01")))
    assert "recipients[2]" in caught.value.message("da")
    with pytest.raises(InputError):
        records.save_activity(ws, dataclasses.replace(activity, name="n" * 201))
    with pytest.raises(InputError) as caught:
        records.complete_deletion(ws, 1, what="alt\x00", method="slettet")
    assert "»Hvad der er slettet«" in caught.value.message("da")
    with pytest.raises(InputError):
        records.withdraw_consent(ws, 1, at=saved.record.created_at, channel="tlf\x00")
