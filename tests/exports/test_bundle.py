"""The inspection bundle ZIP and its JSON export."""

from __future__ import annotations

import io
import json
import zipfile

from tests.exports.conftest import ORG, example
from tests.exports.sample_register import activities, log
from tests.exports.test_consent import CONSENT

from recordcheck.exports.bundle import inspection_bundle, register_json, slug

NAMES = ["03-district-heating-training-keypress", "07-parking-company-threats-all-calls"]


def _inputs():
    scenarios = {i: example(n)[0] for i, n in enumerate(NAMES, start=3)}
    assessments = {i: example(n)[1] for i, n in enumerate(NAMES, start=3)}
    return scenarios, assessments


def test_bundle_holds_record_assessments_notices_logs_and_json() -> None:
    scenarios, assessments = _inputs()
    data = inspection_bundle(ORG, scenarios, assessments, activities(), [CONSENT], log(), "da")
    archive = zipfile.ZipFile(io.BytesIO(data))
    names = set(archive.namelist())
    assert {
        "LAES_MIG.txt",
        "fortegnelse.pdf",
        "fortegnelse.xlsx",
        "samtykkelog.csv",
        "slettelog.csv",
        "register.json",
    } <= names
    assert len([n for n in names if n.startswith("vurderinger/")]) == 2
    # nothing may be recorded in scenario 7, so it gets no notice – and the read-me says so
    assert [n for n in names if n.startswith("oplysningstekster/")] == [
        "oplysningstekster/003-district-heating-cooperative-asks-callers-to-press-1-before.pdf"
    ]
    assert "Parking enforcement" in archive.read("LAES_MIG.txt").decode()
    exported = json.loads(archive.read("register.json"))
    assert exported["format"] == "recordcheck.bundle/1"
    assert exported["consents"][0]["person_name"] == "<i>Łukasz</i> Ødegård"
    consents = archive.read("samtykkelog.csv").decode("utf-8-sig")
    assert "<i>Łukasz</i> Ødegård" in consents
    deletions = archive.read("slettelog.csv").decode("utf-8-sig")
    assert ";'-412 optagelser" in deletions
    assert data == inspection_bundle(
        ORG, scenarios, assessments, activities(), [CONSENT], log(), "da"
    )


def test_register_json_is_plain_json() -> None:
    scenarios, assessments = _inputs()
    data = register_json(ORG, scenarios, assessments, activities(), [CONSENT], log())
    assert json.loads(json.dumps(data)) == data
    assert data["organisation"]["name"] == "<b>Ole & Co</b> ApS"


def test_slug_is_ascii_and_short() -> None:
    assert slug("Tandlæge Ødegård & Søn – Århus") == "tandlaege-odegaard-son-aarhus"
    assert slug("<<<>>>") == "x"
