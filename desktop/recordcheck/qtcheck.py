"""Before Qt opens a window on Linux/X11: are the system libraries its xcb plugin needs there?

Why: PySide6's wheel brings Qt but not the X11 libraries its ``xcb`` platform plugin links
against. On a fresh desktop some are missing (typically ``libxcb-icccm4``, ``libxcb-keysyms1``,
``libxcb-cursor0``), and Qt then aborts with a message naming a *different* library
(``libxcb-cursor0`` … "could not load the Qt platform plugin"). This module looks for each
library the plugin links (the list below is read from ``ldd libqxcb.so`` of PySide6 6.12) and,
when some are missing, says in the user's language which Debian/Ubuntu packages to install, and
the app exits with :data:`EXIT_MISSING_LIBRARIES` instead of Qt's abort.

It imports nothing of Qt: it must run before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from recordcheck.texts import normalise_language, text

#: The exit status when the window cannot open for lack of system libraries.
EXIT_MISSING_LIBRARIES = 3

#: What Qt's xcb plugin (plugins/platforms/libqxcb.so and lib/libQt6XcbQpa.so.6) links, beyond
#: what Qt itself needs on every platform: soname → the Debian/Ubuntu package that ships it.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

Loader = Callable[[str], bool]


def uses_xcb(environ: Mapping[str, str], platform: str | None = None) -> bool:
    """Whether Qt will open its window through X11 (the xcb plugin).

    ``QT_QPA_PLATFORM`` decides when set (``xcb``, or a list such as ``wayland;xcb`` that
    starts with it). Unset, Qt tries Wayland first in a Wayland session
    (``XDG_SESSION_TYPE=wayland``) and xcb otherwise; with no display at all there is no
    window to open, and Qt says so itself.
    """
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    if environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def bundled_dirs() -> list[Path]:
    """Folders that ship their own copies: a frozen app's own folder and PySide6's Qt/lib."""
    dirs = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen))
    spec = importlib.util.find_spec("PySide6")  # finds the package without importing Qt
    for location in (spec.submodule_search_locations or []) if spec else []:
        dirs.append(Path(location) / "Qt" / "lib")
    return dirs


def can_load(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (ld.so.cache, LD_LIBRARY_PATH …)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return any((folder / soname).is_file() for folder in bundled_dirs())
    return True


def missing_libraries(load: Loader = can_load) -> list[str]:
    """The sonames of :data:`XCB_LIBRARIES` that cannot be loaded."""
    return [soname for soname in XCB_LIBRARIES if not load(soname)]


def message(missing: Sequence[str], lang: str | None) -> str:
    """What to tell the user: the missing libraries and the one command that installs them."""
    packages = sorted({XCB_LIBRARIES[soname] for soname in missing})
    return text(
        "start.xcb_libraries_missing",
        lang,
        libraries=", ".join(missing),
        packages=" ".join(packages),
    )


def language_asked(args: Sequence[str]) -> str:
    """The ``--lang`` the user gave (``--lang en`` or ``--lang=en``), Danish by default."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return normalise_language(args[index + 1])
        if arg.startswith("--lang="):
            return normalise_language(arg.partition("=")[2])
    return normalise_language(None)


def check_window_libraries(
    args: Sequence[str], environ: Mapping[str, str] | None = None, load: Loader = can_load
) -> int | None:
    """Run before Qt is imported: None when the window can open (or the check does not apply),
    else print which packages to install and return :data:`EXIT_MISSING_LIBRARIES`."""
    if not uses_xcb(os.environ if environ is None else environ):
        return None
    missing = missing_libraries(load)
    if not missing:
        return None
    print(message(missing, language_asked(args)), file=sys.stderr)
    return EXIT_MISSING_LIBRARIES
