"""Build the window's translations: update the .ts from the code, compile the .qm.

    python packaging/build_translations.py           # lupdate + lrelease
    python packaging/build_translations.py --check   # fail if the .ts is stale or unfinished

Uses pyside6-lupdate / pyside6-lrelease from the PySide6-Essentials wheel, so it runs the same
on every machine. Source strings are English; ``recordcheck_da.ts`` holds the Danish. The .qm is
committed so a clean clone runs without building anything.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "recordcheck" / "ui"
#: The scenario wizard and its questions, the organisation dialog and the input guards have
#: their own catalogue (recordcheck_dialogs_<lang>.ts), as part 2's views have theirs
#: (recordcheck_views_<lang>.ts): work on them and on the main window never edits one .ts.
DIALOG_SOURCES = sorted(
    UI / name
    for name in (
        "wizard.py",
        "questions.py",
        "fact_widgets.py",
        "organisation_dialog.py",
        "instance_lock.py",
        "wheel_guard.py",
    )
    if (UI / name).exists()
)
SOURCES = sorted(
    [
        ROOT / "desktop" / "recordcheck" / "app.py",
        *(p for p in UI.glob("*.py") if p not in DIALOG_SOURCES),
    ]
)
VIEW_SOURCES = sorted((UI / "views").glob("*.py"))
CATALOGUES = {
    "recordcheck": SOURCES,
    "recordcheck_views": VIEW_SOURCES,
    "recordcheck_dialogs": DIALOG_SOURCES,
}
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("da",)


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials")
    return found


def lupdate(ts: Path, sources: list[Path] = SOURCES) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, sources),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    out = []
    for message in root.iter("message"):
        translation = message.find("translation")
        words = (
            ""
            if translation is None
            else (translation.text or "")
            + "".join(form.text or "" for form in translation.iter("numerusform"))
        )  # plural forms
        if translation is None or translation.get("type") == "unfinished" or not words.strip():
            out.append(message.findtext("source") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; fail when the .ts is stale or has unfinished entries",
    )
    args = parser.parse_args(argv)
    status = 0
    for (name, sources), lang in ((c, lang) for c in CATALOGUES.items() for lang in LANGUAGES):
        ts = TS_DIR / f"{name}_{lang}.ts"
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copy(ts, copy)
                lupdate(copy, sources)
                if copy.read_bytes() != ts.read_bytes():
                    print(f"{ts.name} is stale: run packaging/build_translations.py")
                    status = 1
        else:
            lupdate(ts, sources)
            lrelease(ts, ts.with_suffix(".qm"))
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} untranslated:", *missing[:20], sep="\n  ")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
