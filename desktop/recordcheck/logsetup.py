"""Logging to a rotating file in the data folder: the detail goes there, never onto the screen."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from recordcheck.paths import log_dir

LOG_FILE_NAME = "recordcheck.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(base: str | os.PathLike[str] | None = None) -> Path:
    return log_dir(base) / LOG_FILE_NAME


def configure(base: str | os.PathLike[str] | None = None, level: int = logging.INFO) -> Path | None:
    """Send log records to ``<data>/logs/recordcheck.log`` (1 MB × 3). Returns the file, or
    ``None`` when the folder cannot be written (then logging stays on stderr only)."""
    target = log_file(base)
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(target):
            return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return target
