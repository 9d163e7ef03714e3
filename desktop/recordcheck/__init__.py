"""RecordCheck (Optagelsestjek): may we record this call or meeting, and what must we then do?

Layers, each importing only downwards: ``domain`` (plain data) → ``rules`` (the engine) →
``store`` (the register) → ``exports`` (documents) → ``ui`` (Qt widgets). Only ``ui`` and
``app`` import QtWidgets; everything else runs and is tested without Qt.
"""

from functools import cache

APP_NAME = "RecordCheck"
APP_NAME_DA = "Optagelsestjek"
ORG_NAME = "RecordCheck"


@cache
def version() -> str:
    """The installed version (``pyproject.toml`` is where it is written).

    importlib.metadata costs ~0.1–0.2 s to import (email, zipfile …), so only when asked. Code
    calls this function rather than ``from recordcheck import __version__``: PyInstaller takes
    the latter for a missing submodule."""
    from importlib import metadata

    try:
        return metadata.version("recordcheck")
    except metadata.PackageNotFoundError:  # a source checkout that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'recordcheck' has no attribute {name!r}")
