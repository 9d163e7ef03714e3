"""Fail when PyInstaller's warning file names a module of the project.

Why: PyInstaller reports modules it could not find in ``build/<name>/warn-<name>.txt`` and
carries on; the app then crashes only when a user reaches the code that imports it. Most
entries are harmless (optional imports of other platforms), but any entry that *is* a
``recordcheck`` module, or that a ``recordcheck`` module imports, is a real hole in the build.

Usage: python packaging/check_warnings.py [build/recordcheck/warn-recordcheck.txt]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROJECT = "recordcheck"
DEFAULT = Path("build") / PROJECT / f"warn-{PROJECT}.txt"
SOURCE = Path(__file__).resolve().parent.parent / "desktop"
_LINE = re.compile(r"^missing module named (?P<name>\S+) - imported by (?P<by>.*)$")


def _ours(module: str) -> bool:
    return module.strip("'\"") == PROJECT or module.strip("'\"").startswith(PROJECT + ".")


def is_lazy_attribute(name: str, source: Path = SOURCE) -> bool:
    """True for ``pkg.attr`` that is no module but a name the package hands out lazily (its
    module ``__getattr__``, e.g. ``recordcheck.__version__``). PyInstaller reads
    ``from pkg import attr`` as a possible submodule and lists it as missing when it cannot see
    ``attr`` defined; that is no hole in the build, provided no such module exists."""
    package, _, attribute = name.strip("'\"").rpartition(".")
    if not package or not attribute:
        return False
    module_path = source.joinpath(*name.strip("'\"").split("."))
    if module_path.with_suffix(".py").is_file() or (module_path / "__init__.py").is_file():
        return False  # a real module that the build lost
    try:
        import importlib

        return hasattr(importlib.import_module(package), attribute)
    except Exception:  # the package itself does not import: certainly not fine
        return False


def offending_lines(text: str) -> list[str]:
    """The warning lines that concern the project: its module missing, or imported by it."""
    found = []
    for line in text.splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        importers = [part.strip().split(" (")[0] for part in match["by"].split("),")]
        if _ours(match["name"]) and is_lazy_attribute(match["name"]):
            continue
        if _ours(match["name"]) or any(_ours(importer) for importer in importers):
            found.append(line.strip())
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT
    if not path.is_file():
        print(f"check_warnings: {path} not found (did PyInstaller run?)", file=sys.stderr)
        return 2
    bad = offending_lines(path.read_text(encoding="utf-8", errors="replace"))
    for line in bad:
        print(f"check_warnings: {line}", file=sys.stderr)
    if bad:
        print(
            f"check_warnings: {len(bad)} project module(s) missing from the build", file=sys.stderr
        )
        return 1
    print(f"check_warnings: no project module missing ({path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
