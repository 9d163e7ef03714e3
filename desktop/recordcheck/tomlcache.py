"""Shipped TOML files read through a small on-disk cache of their parsed form.

Parsing the rule base's TOML takes most of its load time (~90 ms of ~115 ms on the development
machine), and every start of the window and of ``recordcheck assess`` needs it. The parsed data
is kept as a pickle in the user's cache folder, keyed by the file's path, size and modification
time, so an updated rule base is parsed afresh. The cache is an optimisation only: any problem
with it falls back to parsing, and nothing but this module's own files is ever unpickled.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import tomllib
from pathlib import Path
from typing import Any

from recordcheck.atomicfile import replace_file

log = logging.getLogger(__name__)

#: Bump when the cached form changes meaning (Python's pickle protocol is part of the key).
CACHE_VERSION = 1


def cache_dir() -> Path:
    """``<user cache>/RecordCheck/toml`` (platformdirs; tests point XDG_CACHE_HOME elsewhere)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("RecordCheck", "RecordCheck")) / "toml"


def _cache_file(path: Path) -> Path:
    stat = path.stat()
    key = (
        f"{CACHE_VERSION}|{pickle.HIGHEST_PROTOCOL}|{path.resolve()}|{stat.st_size}|"
        f"{stat.st_mtime_ns}"
    )
    return cache_dir() / f"{path.stem}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.pickle"


def load_toml(path: Path) -> dict[str, Any]:
    """``tomllib.load`` of ``path``, from the cache when the file is unchanged."""
    try:
        cached = _cache_file(path)
        with cached.open("rb") as handle:
            loaded: dict[str, Any] = pickle.load(handle)
        return loaded
    except FileNotFoundError:
        pass
    except Exception:  # a damaged or foreign cache file: parse instead, and replace it
        log.debug("ignoring the TOML cache for %s", path, exc_info=True)
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    _store(path, data)
    return data


def _store(path: Path, data: dict[str, Any]) -> None:
    try:
        target = _cache_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        replace_file(target, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:  # a read-only or full disk: the cache is only an optimisation
        log.debug("could not cache %s", path, exc_info=True)
