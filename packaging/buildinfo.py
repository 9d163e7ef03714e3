"""Build-time facts and helpers for ``packaging/recordcheck.spec`` (and its tests).

Why a separate module: a ``.spec`` file is executed by PyInstaller with magic globals and is
awkward to test, so everything that can be decided without PyInstaller lives here — the name
and version (read from ``pyproject.toml``, the one place they are written), the data files to
collect, the hidden imports, the Qt modules and translations to leave out, the Windows version
resource, the macOS ``Info.plist`` and the code-signing settings taken from the environment.
Nothing here imports PyInstaller at module level, so tests can import it from a plain venv.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SOURCE = ROOT / "desktop"
RESOURCES = ROOT / "resources"
EXAMPLES = ROOT / "tests" / "contract_examples"

BUNDLE_ID = "dk.recordcheck.app"
PUBLISHER = "RecordCheck"
DISPLAY_NAME = "RecordCheck"
#: Qt 6.12 supports macOS 13 (Ventura) and later; older systems could not start the app.
MACOS_MINIMUM = "13.0"
#: Languages of the Qt translations shipped (the app speaks Danish and English only).
LANGUAGES = ("da", "en")

#: Where the self-test finds the build's manifest and the contract examples in the bundle;
#: must match recordcheck.selftest.FROZEN_MANIFEST / FROZEN_EXAMPLES.
SELFTEST_DIR = "selftest"
MANIFEST_NAME = "build.json"

#: Qt modules RecordCheck never uses. PyInstaller's Qt hooks collect only what is imported,
#: but excluding them stops a stray import (e.g. by a library probing for QtQml) from pulling
#: in tens of megabytes. tests/packaging checks that the source imports none of them.
EXCLUDED_QT_MODULES = (
    "QtConcurrent",
    "QtDBus",
    "QtDesigner",
    "QtHelp",
    "QtLabsStyleKit",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtSql",
    "QtTest",
    "QtUiTools",
    "QtXml",
)
#: PyInstaller runtime hooks the spec replaces with packaging/rthooks/lazy_qt.py.
REPLACED_RUNTIME_HOOKS = ("pyi_rth_pyside6",)
#: Other packages that must never end up in the app (test and build tools, other GUI kits).
EXCLUDED_PACKAGES = (
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "matplotlib",
    "numpy",
    "setuptools",
    "pip",
    "PyInstaller",
    "ruff",
    # Parts of libraries the app never reaches, with their native libraries (~12 MB): Pillow's
    # AVIF/WebP codecs, colour management, font rendering and Tk/Qt bridges (reportlab needs
    # only PIL.Image; Pillow skips plugins that fail to import), lxml's objectify and HTML
    # (python-docx and openpyxl use lxml.etree). The self-test renders every document.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "pygments",  # reached only through Mako's optional syntax highlighting of its own errors
)


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def project_name() -> str:
    return pyproject()["project"]["name"]


def project_version() -> str:
    return pyproject()["project"]["version"]


def version_tuple(version: str | None = None) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``: the four numbers Windows version resources insist on."""
    numbers = [int(n) for n in re.findall(r"\d+", (version or project_version()).split("+")[0])]
    return tuple(([*numbers, 0, 0, 0, 0])[:4])  # type: ignore[return-value]


def project_modules() -> list[str]:
    """Every module of the ``recordcheck`` package in the source tree (``_resources`` aside).

    Walks the files rather than importing, so it sees modules nothing imports yet; a folder
    without ``__init__.py`` (Alembic's versions, for instance) holds data, not modules.
    """
    package = SOURCE / "recordcheck"
    found = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        folders = [SOURCE.joinpath(*parts[:i]) for i in range(1, len(parts))]
        if not all((folder / "__init__.py").is_file() for folder in folders):
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if is_migration_script(".".join(parts)):
            continue
        found.append(".".join(parts))
    return sorted(set(found))


def is_migration_script(module: str) -> bool:
    """Alembic's ``env.py`` runs migrations when executed: it is data for Alembic, and
    importing it outside a migration fails (mirrors recordcheck.selftest)."""
    parts = module.split(".")
    return parts[-1] == "env" and "migrations" in parts


def migration_data_dirs() -> list[Path]:
    """Folders Alembic reads as files at run time (env.py, versions/), wherever the store
    keeps them: they are collected as data as well as modules, since Alembic loads scripts by
    path, not by import."""
    return sorted(
        {
            p.parent
            for p in (SOURCE / "recordcheck").rglob("env.py")
            if (p.parent / "versions").is_dir() or (p.parent / "script.py.mako").is_file()
        }
    )


def compiled_by_build(path: Path) -> bool:
    """A Qt ``.qm`` beside its ``.ts``: the build compiles it afresh (see compile_translations),
    so the app never ships a .qm older than its .ts."""
    return path.suffix == ".qm" and path.with_suffix(".ts").is_file()


def compile_translations(workdir: Path) -> list[tuple[str, str]]:
    """Run lrelease on every ``resources/**/*.ts`` into ``workdir``; (qm, dest) pairs."""
    sys.path.insert(0, str(PACKAGING))
    import build_translations  # the UI's own script: the same lrelease options everywhere

    pairs = []
    for ts in sorted(RESOURCES.rglob("*.ts")):
        dest = Path("resources") / ts.parent.relative_to(RESOURCES)
        qm = Path(workdir) / "translations" / dest / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        build_translations.lrelease(ts, qm)
        pairs.append((str(qm), str(dest)))
    return pairs


def data_files() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for ``Analysis(datas=…)``, all explicit.

    Translation sources (.ts) stay out; their .qm come from compile_translations."""
    pairs = []
    for path in sorted(RESOURCES.rglob("*")):
        if (
            path.is_file()
            and "__pycache__" not in path.parts
            and path.suffix != ".ts"
            and not compiled_by_build(path)
        ):
            pairs.append((str(path), str(Path("resources") / path.parent.relative_to(RESOURCES))))
    for path in sorted(EXAMPLES.glob("*.json")):
        pairs.append((str(path), f"{SELFTEST_DIR}/examples"))
    for folder in migration_data_dirs():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                dest = path.parent.relative_to(SOURCE)
                pairs.append((str(path), str(dest)))
    return pairs


def hidden_imports(collect_submodules=None) -> list[str]:
    """Modules imported by name at run time, which PyInstaller's import scan cannot see.

    ``collect_submodules`` is PyInstaller's helper (passed in by the spec); without it (tests)
    only the explicit names are returned.
    """
    names = list(project_modules())  # recordcheck.commands.* and the rest are imported by name
    names += [
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "alembic.runtime.migration",
        "alembic.runtime.environment",
        "alembic.script",
        "alembic.ddl.sqlite",
        "alembic.ddl.impl",
        "alembic.operations.toimpl",
        "alembic.autogenerate",
        "reportlab.graphics.barcode",
        "reportlab.pdfbase._fontdata",
        "pypdf",
        "docx",
        "openpyxl",
        "icalendar",
        "segno",
        "platformdirs",
        "jsonschema",
        # zoneinfo finds Europe/Copenhagen in the tzdata package where the OS has no zone
        # database (Windows); PyInstaller's tzdata hook brings its data files along.
        "tzdata",
    ]
    if collect_submodules is not None:
        names += collect_submodules("reportlab.graphics.barcode")
        names += collect_submodules("alembic", filter=lambda n: ".testing" not in n)
        names += collect_submodules("recordcheck")
    return sorted(set(names))


def metadata_packages() -> list[str]:
    """Distributions whose metadata the app reads at run time (version, entry points)."""
    return ["recordcheck", "alembic", "SQLAlchemy"]


def excludes() -> list[str]:
    return [f"PySide6.{name}" for name in EXCLUDED_QT_MODULES] + list(EXCLUDED_PACKAGES)


_QT_TRANSLATION = re.compile(r"(^|[/\\])PySide6[/\\]Qt[/\\]translations[/\\](?P<file>[^/\\]+)$")


def keep_data_file(dest: str) -> bool:
    """False for Qt translations in languages other than Danish and English."""
    match = _QT_TRANSLATION.search(dest)
    if not match:
        return True
    stem = match["file"].rsplit(".", 1)[0]
    return stem.rsplit("_", 1)[-1] in LANGUAGES


def filter_toc(entries: Iterable[tuple]) -> list[tuple]:
    """Drop unwanted Qt translations from a PyInstaller TOC of (dest, source, kind)."""
    return [entry for entry in entries if keep_data_file(entry[0])]


#: Qt plugins a desktop app never loads on Linux: embedded-device platforms (EGLFS, linuxfb,
#: VNC, Vulkan display), raw input drivers, and the GTK3 theme (which alone drags in GTK's
#: whole stack). The window still runs on X11 (xcb), Wayland and offscreen.
UNUSED_QT_PLUGINS = (
    "egldeviceintegrations/",
    "generic/",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platformthemes/libqgtk3.so",
)


def is_unused_qt_plugin(dest: str) -> bool:
    path = dest.replace("\\", "/")
    marker = "PySide6/Qt/plugins/"
    return marker in path and path.split(marker, 1)[1].startswith(UNUSED_QT_PLUGINS)


def prune_binaries(binaries: Iterable[tuple], needed_of) -> list[tuple]:
    """Drop the unused Qt plugins and then every library that only they needed.

    ``needed_of(source_path)`` returns the base names a binary links against (the spec passes
    PyInstaller's own ldd-based reader). Only libraries reachable from a dropped plugin are
    candidates, so a library loaded by ctypes or dlopen (which nothing links) is never touched.
    """
    entries = list(binaries)
    links = [e for e in entries if len(e) > 2 and e[2] == "SYMLINK"]
    entries = [e for e in entries if e not in links]
    dropped = [e for e in entries if is_unused_qt_plugin(e[0])]
    kept = [e for e in entries if not is_unused_qt_plugin(e[0])]
    by_name = {Path(e[0]).name: e for e in kept}
    candidates: set[str] = set()
    frontier = [e[1] for e in dropped]
    while frontier:
        for name in needed_of(frontier.pop()):
            if name in by_name and name not in candidates:
                candidates.add(name)
                frontier.append(by_name[name][1])
    needs = {Path(e[0]).name: set(needed_of(e[1])) for e in kept}
    changed = True
    while changed:
        changed = False
        for name in sorted(candidates):
            if name in by_name and not any(
                name in needs[other] for other in by_name if other != name
            ):
                del by_name[name]
                changed = True
    keep = set(by_name)
    result = [e for e in kept if Path(e[0]).name in keep]
    return result + drop_dangling_links(links, {e[0] for e in result})


def drop_dangling_links(links: Iterable[tuple], present: set[str]) -> list[tuple]:
    """Keep the SYMLINK entries (dest, target relative to dest's folder) whose target stays."""

    def target(entry: tuple) -> str:
        return os.path.normpath(str(Path(entry[0]).parent / entry[1]))

    wanted = {os.path.normpath(p) for p in present}
    return [e for e in links if target(e) in wanted]


def manifest(modules: Iterable[str] | None = None) -> dict:
    """What the build tells the self-test: the version it built and the modules it meant to."""
    return {
        "name": project_name(),
        "version": project_version(),
        "modules": sorted(modules if modules is not None else project_modules()),
        "python": ".".join(map(str, sys.version_info[:2])),
    }


def write_manifest(workdir: Path) -> Path:
    """Write ``build.json`` into ``workdir/selftest`` and return that folder for ``datas``."""
    folder = Path(workdir) / SELFTEST_DIR
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest(), indent=2) + "\n", encoding="utf-8")
    return folder / MANIFEST_NAME


def windows_version_text() -> str:
    """The version resource in PyInstaller's ``VSVersionInfo`` notation (shown in Explorer's
    Properties → Details, and read by SmartScreen and installers)."""
    numbers = version_tuple()
    dotted = ".".join(map(str, numbers))
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": "RecordCheck – Optagelsestjek",
        "FileVersion": dotted,
        "InternalName": project_name(),
        "LegalCopyright": f"© {PUBLISHER}",
        "OriginalFilename": f"{project_name()}.exe",
        "ProductName": DISPLAY_NAME,
        "ProductVersion": project_version(),
    }
    string_structs = ",\n          ".join(
        f"StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# Generated by packaging/buildinfo.py from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [{string_structs}])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200, 1030, 1200])])
  ]
)
"""


def write_windows_version_file(workdir: Path) -> Path:
    target = Path(workdir) / "windows_version_info.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(windows_version_text(), encoding="utf-8")
    return target


def info_plist() -> dict:
    """Extra keys for the macOS bundle's Info.plist."""
    version = project_version()
    return {
        "CFBundleName": DISPLAY_NAME,
        "CFBundleDisplayName": DISPLAY_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "da",
        "CFBundleLocalizations": list(LANGUAGES),
        "NSHighResolutionCapable": True,
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": f"© {PUBLISHER}",
        "NSRequiresAquaSystemAppearance": False,
    }


def codesign() -> dict[str, str | None]:
    """macOS signing settings from the environment (unset → an unsigned build).

    ``RECORDCHECK_CODESIGN_IDENTITY``: e.g. "Developer ID Application: Name (TEAMID)".
    ``RECORDCHECK_ENTITLEMENTS``: a plist; defaults to packaging/macos/entitlements.plist
    when an identity is given.
    """
    identity = os.environ.get("RECORDCHECK_CODESIGN_IDENTITY") or None
    entitlements = os.environ.get("RECORDCHECK_ENTITLEMENTS") or None
    if identity and not entitlements:
        entitlements = str(PACKAGING / "macos" / "entitlements.plist")
    return {"codesign_identity": identity, "entitlements_file": entitlements}


def icon(kind: str) -> str | None:
    """The app icon for ``kind`` ("ico" for Windows, "icns" for macOS), when it exists."""
    path = PACKAGING / "icons" / f"recordcheck.{kind}"
    return str(path) if path.is_file() else None
