"""The wheel carries every package and the resources; paths finds them in all three layouts."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from recordcheck import paths

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    base = ROOT / "desktop"
    found = {
        ".".join(init.parent.relative_to(base).parts)
        for init in base.rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, sorted(found - listed)


def test_resources_are_found_in_the_source_checkout() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource("rules", "rules.toml").is_file()


@pytest.mark.slow
def test_a_built_wheel_carries_the_resources_and_finds_them(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("recordcheck-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for needed in (
        "rules/rules.toml",
        "rules/sources.toml",
        "schemas/scenario.schema.json",
        "i18n/engine.da.toml",
    ):
        assert f"recordcheck/_resources/{needed}" in names
    probe = "import recordcheck.paths as p; print(p.resources_dir())"
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "site")},
        check=True,
    )
    assert done.stdout.strip().endswith("recordcheck/_resources")
