"""I12.9: files written through ``atomicfile.replace_file`` (every document, the JSON export,
receipts, the bundle) hold personal data, so a new one is readable by its owner only, like the
register and its backups; and a full disk gives the user the Danish message alone."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from tests import registerkit

from recordcheck import paths
from recordcheck.atomicfile import replace_file

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix
def test_a_new_file_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o000)  # the loosest umask: the file must still be 0600
    try:
        replace_file(tmp_path / "a.json", "{}")
        replace_file(tmp_path / "b.pdf", b"%PDF")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "a.json") == 0o600 and _mode(tmp_path / "b.pdf") == 0o600


@posix
def test_a_replaced_file_keeps_the_mode_its_owner_gave_it(tmp_path: Path) -> None:
    shared = tmp_path / "fortegnelse.pdf"
    shared.write_bytes(b"old")
    shared.chmod(0o640)
    replace_file(shared, b"new")
    assert shared.read_bytes() == b"new" and _mode(shared) == 0o640


@pytest.fixture
def register(data_dir: Path) -> dict[str, int]:
    reg = registerkit.open_test_register(paths.database_path(data_dir))
    try:
        return registerkit.populate(reg)
    finally:
        reg.close()


@posix
def test_every_export_from_the_command_line_is_owner_only(
    register: dict[str, int], tmp_path: Path
) -> None:
    from recordcheck.cli import main

    out = tmp_path / "out"
    out.mkdir()
    scenario, consent = str(register["scenario"]), str(register["consents"][0])
    made = {
        "register.json": ["register", "export-json"],
        "kvittering.pdf": ["export", "consent-receipt", "--consent", consent],
        "kvittering.json": ["export", "consent-receipt", "--consent", consent],
        "sletteplan.csv": ["export", "deletion-schedule"],
        "sletteplan.ics": ["export", "deletion-schedule"],
        "fortegnelse.xlsx": ["export", "ropa"],
        "tekster.docx": ["export", "announcements", "--scenario", scenario],
        "tilsyn.zip": ["export", "bundle"],
    }
    old = os.umask(0o022)  # the usual umask, under which files were 0644
    try:
        for name, args in made.items():
            target = str(out / name)
            argv = [*args, target] if args[-1] == "export-json" else [*args, "-o", target]
            assert main(argv) == 0, name
    finally:
        os.umask(old)
    modes = {p.name: _mode(p) for p in out.iterdir()}
    assert modes == dict.fromkeys(made, 0o600)


_FULL_DISK = """
import errno, os, sys
def full(fd):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
os.fsync = full
from recordcheck.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("args", [["export", "ropa", "-o"], ["register", "export-json"]])
def test_a_full_disk_gives_the_danish_message_alone(
    register: dict[str, int], tmp_path: Path, args: list[str]
) -> None:
    """Run as a process: pytest's own log handlers would hide what Python's last-resort
    handler prints to stderr when the command line has no log file."""
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "desktop")}
    target = tmp_path / "fortegnelse.pdf"
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, *args, str(target)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "disken er fuld" in done.stderr, done.stderr
    assert "Errno" not in done.stderr and os.strerror(28) not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not target.exists()
