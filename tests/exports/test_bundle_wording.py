"""B18/M5: the bundle's logs are documents for Datatilsynet, so they speak Danish and name the
scenarios; and the read-me says plainly when there is nothing active to include."""

from __future__ import annotations

import csv
import io
import zipfile

from tests.exports.conftest import ORG, example
from tests.exports.sample_register import activities, log
from tests.exports.test_consent import CONSENT

from recordcheck.exports.bundle import inspection_bundle

NAME = "03-district-heating-training-keypress"


def _rows(archive: zipfile.ZipFile, name: str) -> list[list[str]]:
    text = archive.read(name).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_logs_use_danish_labels_and_scenario_names() -> None:
    scenario, _assessment = example(NAME)
    names = {2: "Bookinglinjen", 3: scenario.name}
    data = inspection_bundle(ORG, {}, {}, activities(), [CONSENT], log(), "da", names=names)
    archive = zipfile.ZipFile(io.BytesIO(data))
    consent = _rows(archive, "samtykkelog.csv")[1]
    assert "Trukket tilbage" in consent and "withdrawn" not in consent
    assert scenario.name in consent and "3" not in consent[3]
    deletion = _rows(archive, "slettelog.csv")[1]
    assert "Bookinglinjen" in deletion
    assert "retention" not in deletion and "Slettefristen er udløbet" in deletion


def test_readme_says_when_no_scenario_is_active() -> None:
    data = inspection_bundle(ORG, {}, {}, [], [], [], "da")
    readme = zipfile.ZipFile(io.BytesIO(data)).read("LAES_MIG.txt").decode()
    assert "ingen aktive scenarier" in readme
    assert "vurderinger/:" not in readme and "oplysningstekster/:" not in readme
    english = zipfile.ZipFile(io.BytesIO(inspection_bundle(ORG, {}, {}, [], [], [], "en")))
    assert "no active scenarios" in english.read("README.txt").decode()


def test_readme_lists_the_folders_when_scenarios_are_active() -> None:
    scenario, assessment = example(NAME)
    data = inspection_bundle(ORG, {3: scenario}, {3: assessment}, [], [], [], "da")
    readme = zipfile.ZipFile(io.BytesIO(data)).read("LAES_MIG.txt").decode()
    assert "vurderinger/:" in readme and "ingen aktive scenarier" not in readme
