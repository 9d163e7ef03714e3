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
def _version() -> str:
    # importlib.metadata costs ~0.1–0.2 s to import (email, zipfile …): only when asked.
    from importlib import metadata

    try:
        return metadata.version("recordcheck")
    except metadata.PackageNotFoundError:  # a source checkout that was never installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'recordcheck' has no attribute {name!r}")
