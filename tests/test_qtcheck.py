"""recordcheck.qtcheck: on a Linux desktop that lacks a library Qt's xcb plugin needs, the app
names the Debian packages to install, in the user's language, and exits with status 3 instead
of Qt's abort (which names a different library)."""

from __future__ import annotations

import ctypes
import importlib.util
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import recordcheck
from recordcheck import __main__ as entry
from recordcheck import qtcheck

X11_DESKTOP = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
MISSING = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}


@pytest.fixture
def fresh_desktop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A Linux X11 desktop where the loader finds every library but icccm and keysyms, and
    nothing is bundled (the returned folder stands for a frozen app's own folder)."""
    real_cdll = ctypes.CDLL

    def cdll(name: str, *args: Any, **kwargs: Any) -> object:
        if name in MISSING:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        if name in qtcheck.XCB_LIBRARIES:
            return object()
        return real_cdll(name, *args, **kwargs)

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    monkeypatch.setattr(qtcheck, "bundled_dirs", lambda: [tmp_path])
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for name, value in X11_DESKTOP.items():
        monkeypatch.setenv(name, value)
    return tmp_path


@pytest.fixture
def window_started(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Stand in for recordcheck.app, recording each start of the window."""
    started: list[list[str]] = []

    def main(args: list[str]) -> int:
        started.append(args)
        return 0

    fake = types.ModuleType("recordcheck.app")
    fake.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "recordcheck.app", fake)
    monkeypatch.setattr(recordcheck, "app", fake, raising=False)
    return started


def test_missing_libraries_are_named_with_their_packages_in_danish(
    fresh_desktop: Path, window_started: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    status = entry.main([])

    err = capsys.readouterr().err
    assert status == qtcheck.EXIT_MISSING_LIBRARIES == 3
    assert window_started == []
    assert "Optagelsestjek kan ikke åbne vinduet, fordi Qt mangler følgende" in err
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in err
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in err
    assert "libxcb-cursor0" not in err  # only what is missing, unlike Qt's own message


def test_lang_en_gives_the_message_in_english(
    fresh_desktop: Path, window_started: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    status = entry.main(["--lang", "en", "--temp-data-dir"])

    err = capsys.readouterr().err
    assert status == 3
    assert "RecordCheck cannot open its window" in err
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in err
    assert window_started == []


def test_a_copy_in_the_frozen_apps_folder_counts(
    fresh_desktop: Path, window_started: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    fresh_desktop.joinpath("libxcb-icccm.so.4").write_bytes(b"")

    assert entry.main([]) == 3
    err = capsys.readouterr().err
    assert "libxcb-keysyms1" in err
    assert "libxcb-icccm4" not in err


def test_with_every_library_the_window_starts(
    fresh_desktop: Path,
    window_started: list[list[str]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(ctypes, "CDLL", lambda name, *a, **k: object())

    assert entry.main(["--lang", "en"]) == 0
    assert window_started == [["--lang", "en"]]
    assert capsys.readouterr().err == ""


def test_the_command_line_never_asks_for_window_libraries(
    fresh_desktop: Path, window_started: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert entry.main(["--help"]) == 0
    assert "apt-get" not in capsys.readouterr().err
    assert window_started == []


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({"DISPLAY": ":0"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        (
            {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"},
            "linux",
            False,
        ),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "win32", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_the_check_applies_only_where_qt_uses_xcb(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert qtcheck.uses_xcb(environ, platform) is expected


@pytest.mark.parametrize(
    ("args", "lang"),
    [
        ([], "da"),
        (["--lang", "en"], "en"),
        (["--lang=en"], "en"),
        (["--lang", "de"], "da"),
    ],
)
def test_the_language_follows_lang(args: list[str], lang: str) -> None:
    assert qtcheck.language_asked(args) == lang


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("ldd"),
    reason="reads the Linux xcb plugin's links with ldd",
)
def test_every_x11_library_the_installed_plugin_links_has_a_package() -> None:
    """When PySide6 is upgraded and its xcb plugin links another library, this names it."""
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    qt = Path(next(iter(spec.submodule_search_locations))) / "Qt"
    linked: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        out = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        linked |= set(
            re.findall(r"^\s*((?:libxcb|libX11|libxkbcommon)[\w.+-]*\.so\.\d+)", out, re.MULTILINE)
        )

    assert linked
    assert linked - set(qtcheck.XCB_LIBRARIES) == set()
