"""Shared test set-up: offscreen Qt, and a fresh data folder for every test.

No test may touch the real home folder: HOME, XDG folders and RECORDCHECK_DATA_DIR all point
into the test's own temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
EXAMPLES_DIR = SHARED_DIR / "contract" / "examples"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    data = tmp_path / "data"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("RECORDCHECK_DATA_DIR", str(data))
    return data


@pytest.fixture
def data_dir(isolated_home: Path) -> Path:
    """The test's own RecordCheck data folder (not created yet)."""
    return isolated_home


@pytest.fixture
def run_cli(isolated_home: Path):
    """Run ``python -m recordcheck ARGS`` as a real process against this checkout's code."""
    import subprocess
    import sys

    def run(*args: str, input_text: str | None = None, timeout: float = 60):
        env = dict(os.environ)
        env["PYTHONPATH"] = str(REPO_ROOT / "desktop")
        return subprocess.run(
            [sys.executable, "-m", "recordcheck", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            input=input_text,
            timeout=timeout,
            check=False,
        )

    return run
