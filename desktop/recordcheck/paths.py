"""The one place that knows where things live: shipped resources and the user's data folder.

Resources are found in a frozen app (PyInstaller's ``sys._MEIPASS``), in a source checkout
(``<repo>/resources``) and in an installed wheel (``recordcheck/_resources``), in that order.
The data folder is the OS's *local* (not roaming) application-data folder, unless the user or a
test chooses another with ``--data-dir`` or ``RECORDCHECK_DATA_DIR``.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

DATA_DIR_ENV = "RECORDCHECK_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """Return the folder holding rules, schemas, presets, templates and translations."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")  # source checkout
    candidates.append(_PACKAGE_DIR / "_resources")  # installed wheel
    for candidate in candidates:
        if (candidate / "schemas").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"RecordCheck's resources were not found (looked in: {searched})")


def resource(*parts: str) -> Path:
    """Return the path of a shipped resource file, e.g. ``resource("rules", "rules.toml")``."""
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """The OS's local application-data folder for RecordCheck (never the roaming profile)."""
    from platformdirs import user_data_dir  # imported late: keeps `recordcheck assess` lean

    return Path(user_data_dir("RecordCheck", "RecordCheck", roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the register, backups and logs live: the override, the environment, or the default."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def log_dir(base: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(base) / "logs"


def database_path(base: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(base) / "register.sqlite3"


def backups_dir(base: str | os.PathLike[str] | None = None) -> Path:
    return data_dir(base) / "backups"
