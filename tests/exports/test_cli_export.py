"""``recordcheck export`` against a real register and against a scenario file."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from tests.exports.conftest import EXAMPLES, ORG, example, pdf_text

from recordcheck import paths
from recordcheck.cli import main
from recordcheck.domain.register import ScenarioStatus
from recordcheck.store import open_register


@pytest.fixture
def register(data_dir: Path) -> Path:
    """A register with the organisation and two active, assessed scenarios (ids 1 and 2)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open_register(paths.database_path(data_dir)) as reg:
        reg.save_organisation(ORG)
        for name in ("03-district-heating-training-keypress", "04-architects-teams-coordination"):
            scenario, assessment = example(name, "da")
            record = reg.add_scenario(scenario, status=ScenarioStatus.ACTIVE)
            reg.add_assessment(record.id, assessment)
    return data_dir


def test_notice_from_the_register_in_english(
    register: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "notice.pdf"
    assert main(["export", "notice", "--scenario", "1", "--lang", "en", "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "How we record phone calls" in text and "<b>Ole & Co</b> ApS" in text
    assert "Staff training" in text  # re-worded in English from the Danish snapshot
    assert "Saved:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("kind", "name", "extra"),
    [
        ("sign", "sign.pdf", ["--scenario", "2", "--size", "A5"]),
        ("consent-form", "form.pdf", ["--scenario", "1"]),
        ("announcements", "texts.docx", ["--scenario", "2"]),
        ("announcements", "texts.txt", ["--scenario", "1"]),
        ("assessment", "a.pdf", ["--scenario", "1"]),
        ("deletion-schedule", "plan.ics", []),
        ("deletion-schedule", "plan.csv", []),
        ("ropa", "ropa.xlsx", []),
    ],
)
def test_each_kind_writes_its_file(
    register: Path, tmp_path: Path, kind: str, name: str, extra: list[str]
) -> None:
    out = tmp_path / name
    assert main(["export", kind, *extra, "-o", str(out)]) == 0
    assert out.stat().st_size > 0


def test_bundle_from_the_register(register: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle.zip"
    assert main(["export", "bundle", "-o", str(out)]) == 0
    names = zipfile.ZipFile(io.BytesIO(out.read_bytes())).namelist()
    assert len([n for n in names if n.startswith("vurderinger/")]) == 2
    assert "register.json" in names


def test_scenario_file_with_organisation_file(tmp_path: Path, data_dir: Path) -> None:
    org = tmp_path / "org.json"
    org.write_text(json.dumps({"name": "Tandlæge Ødegård", "email": "a@b.dk"}), encoding="utf-8")
    out = tmp_path / "sign.pdf"
    scenario = EXAMPLES / "03-district-heating-training-keypress.json"
    assert (
        main(["export", "sign", "--scenario", str(scenario), "--org", str(org), "-o", str(out)])
        == 0
    )
    assert "Tandlæge Ødegård" in pdf_text(out.read_bytes())
    assert not paths.database_path(data_dir).exists()  # an export never creates a register


def test_clear_errors(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "notice", "--scenario", "1", "-o", str(tmp_path / "n.pdf")]) == 2
    assert "intet register" in capsys.readouterr().err
    assert main(["export", "notice", "--scenario", "1", "-o", str(tmp_path / "n.docx")]) == 2
    assert "ikke som ».docx«" in capsys.readouterr().err
    scenario = EXAMPLES / "07-parking-company-threats-all-calls.json"
    assert (
        main(["export", "notice", "--scenario", str(scenario), "-o", str(tmp_path / "n.pdf")]) == 2
    )
    assert "må der ikke optages" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "notice",
                "--scenario",
                str(EXAMPLES / "01-grain-trader-oral-contracts.json"),
                "-o",
                str(tmp_path / "missing" / "n.pdf"),
            ]
        )
        == 2
    )
    assert "kunne ikke gemmes" in capsys.readouterr().err
