"""The TOML cache: same data as parsing, refreshed when the file changes, harmless when broken."""

from __future__ import annotations

import os
import tomllib

from recordcheck import tomlcache


def test_cached_data_equals_parsed_data_and_follows_changes(tmp_path):
    source = tmp_path / "rules.toml"
    source.write_text("[a]\nx = 1\nwhen = 2026-11-30\n", encoding="utf-8")
    first = tomlcache.load_toml(source)
    assert first == tomllib.loads(source.read_text(encoding="utf-8"))
    assert list(tomlcache.cache_dir().glob("rules-*.pickle"))  # stored under the test's HOME
    assert tomlcache.load_toml(source) == first  # from the cache
    source.write_text("[a]\nx = 2\n", encoding="utf-8")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert tomlcache.load_toml(source) == {"a": {"x": 2}}


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path):
    source = tmp_path / "x.toml"
    source.write_text("y = true\n", encoding="utf-8")
    tomlcache.load_toml(source)
    (cached,) = tomlcache.cache_dir().glob("x-*.pickle")
    cached.write_bytes(b"not a pickle")
    assert tomlcache.load_toml(source) == {"y": True}
    assert cached.read_bytes() != b"not a pickle"


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(tomlcache, "cache_dir", lambda: blocker / "toml")
    source = tmp_path / "z.toml"
    source.write_text("z = 'æøå'\n", encoding="utf-8")
    assert tomlcache.load_toml(source) == {"z": "æøå"}
