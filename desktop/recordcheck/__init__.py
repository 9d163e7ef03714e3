"""RecordCheck (Optagelsestjek): may we record this call or meeting, and what must we then do?

Layers, each importing only downwards: ``domain`` (plain data) → ``rules`` (the engine) →
``store`` (the register) → ``exports`` (documents) → ``ui`` (Qt widgets). Only ``ui`` and
``app`` import QtWidgets; everything else runs and is tested without Qt.
"""

from importlib import metadata

APP_NAME = "RecordCheck"
APP_NAME_DA = "Optagelsestjek"
ORG_NAME = "RecordCheck"

try:
    __version__ = metadata.version("recordcheck")
except metadata.PackageNotFoundError:  # a source checkout that was never installed
    __version__ = "0.0.0+source"
