"""The PyInstaller spec and its helpers, checked without running a build (CI's frozen script
does that): the spec parses, every path it names exists, the version comes from pyproject."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import buildinfo  # noqa: E402
import check_warnings  # noqa: E402

SPEC = PACKAGING / "recordcheck.spec"


def test_the_spec_is_valid_python_using_only_buildinfo_names() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "buildinfo"
    }
    assert used, "the spec should take its decisions from buildinfo"
    assert all(hasattr(buildinfo, name) for name in used), used - set(dir(buildinfo))


def test_the_spec_builds_one_folder_without_upx() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "COLLECT(" in text and "exclude_binaries=True" in text
    assert "upx=True" not in text and text.count("upx=False") >= 3
    assert "entitlements_file" in text and "bundle_identifier=buildinfo.BUNDLE_ID" in text
    assert (PACKAGING / "launcher.py").is_file()


def test_name_and_version_come_from_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert buildinfo.project_name() == project["name"] == "recordcheck"
    assert buildinfo.project_version() == project["version"]
    assert buildinfo.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert buildinfo.version_tuple("2.0") == (2, 0, 0, 0)
    assert buildinfo.version_tuple("1.4.0+local.7") == (1, 4, 0, 0)


def test_every_collected_data_file_exists_and_resources_are_all_there() -> None:
    pairs = buildinfo.data_files()
    assert all(Path(src).is_file() for src, _ in pairs)
    dests = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in pairs}
    assert ("resources/rules/rules.toml", "resources/rules") in dests
    assert ("resources/schemas/scenario.schema.json", "resources/schemas") in dests
    assert ("tests/contract_examples/expected.json", "selftest/examples") in dests
    shipped = {
        p
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
        and p.suffix != ".ts"
        and "__pycache__" not in p.parts
        and not buildinfo.compiled_by_build(p)
    }
    assert shipped == {Path(src) for src, _ in pairs if "resources" in Path(src).parts}


def test_translations_are_compiled_by_the_build(tmp_path: Path) -> None:
    sources = sorted((ROOT / "resources").rglob("*.ts"))
    if not sources:
        pytest.skip("no Qt translation sources yet")
    pairs = buildinfo.compile_translations(tmp_path)
    assert len(pairs) == len(sources)
    from PySide6.QtCore import QTranslator

    for qm, dest in pairs:
        assert dest == "resources/translations" and QTranslator().load(qm), qm


def test_the_manifest_names_every_module_and_the_version(tmp_path: Path) -> None:
    import json

    written = json.loads(buildinfo.write_manifest(tmp_path).read_text())
    assert written["version"] == buildinfo.project_version()
    assert {
        "recordcheck",
        "recordcheck.cli",
        "recordcheck.commands.assess",
        "recordcheck.selftest",
        "recordcheck.rules.engine",
    } <= set(written["modules"])
    assert not [m for m in written["modules"] if "_resources" in m]
    from recordcheck import selftest

    assert (buildinfo.SELFTEST_DIR, buildinfo.MANIFEST_NAME) == selftest.FROZEN_MANIFEST
    assert selftest.FROZEN_EXAMPLES == (buildinfo.SELFTEST_DIR, "examples")


def test_hidden_imports_cover_lazy_modules() -> None:
    names = set(buildinfo.hidden_imports())
    assert "recordcheck.commands.assess" in names
    assert {
        "reportlab.graphics.barcode",
        "alembic.runtime.migration",
        "sqlalchemy.dialects.sqlite",
        "pypdf",
    } <= names
    from recordcheck import cli

    assert set(cli.COMMAND_MODULES) <= names


def test_excluded_qt_modules_are_not_imported_by_the_app() -> None:
    pattern = re.compile(r"PySide6(?:\.|\s+import\s+)(Qt\w+)")
    used = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            used.add(match.group(1))
    assert not used & set(buildinfo.EXCLUDED_QT_MODULES), used & set(buildinfo.EXCLUDED_QT_MODULES)
    assert "PySide6.QtWidgets" not in buildinfo.excludes()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_da.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6\\Qt\\translations\\qtbase_fr.qm", False),
        ("resources/translations/recordcheck_de.qm", True),  # only Qt's own are filtered
        ("resources/rules/rules.toml", True),
    ],
)
def test_only_danish_and_english_qt_translations_are_kept(dest: str, kept: bool) -> None:
    assert buildinfo.keep_data_file(dest) is kept


def test_pruning_drops_unused_plugins_and_only_what_they_alone_need() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/qxcb", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/qvnc", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/qgtk3", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/net", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/gui", "BINARY"),
        ("libcairo.so.2", "/src/cairo", "BINARY"),
        ("libpixman.so.0", "/src/pixman", "BINARY"),
        ("libffi.so.8", "/src/ffi", "BINARY"),  # loaded by ctypes: nobody links it
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    needs = {
        "/src/qxcb": {"libQt6Gui.so.6"},
        "/src/qvnc": {"libQt6Network.so.6", "libQt6Gui.so.6"},
        "/src/qgtk3": {"libcairo.so.2"},
        "/src/cairo": {"libpixman.so.0"},
    }
    kept = {entry[0] for entry in buildinfo.prune_binaries(toc, lambda s: needs.get(s, set()))}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libffi.so.8",
        "libQt6Gui.so.6",
    }


def test_windows_version_resource_is_pyinstallers_notation(tmp_path: Path) -> None:
    """PyInstaller evaluates the file with its versioninfo classes (which need pefile, present
    on Windows only); here the same names record what they are given."""
    calls: dict[str, list] = {}

    def recorder(name: str):
        def record(*args, **kwargs):
            calls.setdefault(name, []).append((args, kwargs))
            return name

        return record

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = buildinfo.write_windows_version_file(tmp_path).read_text(encoding="utf-8")
    eval(text, {name: recorder(name) for name in names})
    strings = dict(args for args, _ in calls["StringStruct"])
    assert strings["ProductVersion"] == buildinfo.project_version()
    assert strings["OriginalFilename"] == "recordcheck.exe"
    ((_, fixed),) = calls["FixedFileInfo"]
    assert fixed["filevers"] == buildinfo.version_tuple()


def test_macos_bundle_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    plist = buildinfo.info_plist()
    assert plist["NSHighResolutionCapable"] is True
    assert plist["LSMinimumSystemVersion"] == buildinfo.MACOS_MINIMUM
    assert buildinfo.BUNDLE_ID == "dk.recordcheck.app"
    monkeypatch.delenv("RECORDCHECK_CODESIGN_IDENTITY", raising=False)
    monkeypatch.delenv("RECORDCHECK_ENTITLEMENTS", raising=False)
    assert buildinfo.codesign() == {"codesign_identity": None, "entitlements_file": None}
    monkeypatch.setenv("RECORDCHECK_CODESIGN_IDENTITY", "Developer ID Application: X (T)")
    signing = buildinfo.codesign()
    assert signing["codesign_identity"] == "Developer ID Application: X (T)"
    assert Path(signing["entitlements_file"]).is_file()


def test_the_warning_check_flags_only_project_modules() -> None:
    text = "\n".join(
        [
            "missing module named org - imported by pickle (optional)",
            "missing module named recordcheck.app - imported by recordcheck (delayed)",
            "missing module named fancylib - imported by recordcheck.exports.sign (top-level), "
            "x (optional)",
            "missing module named winreg - imported by platformdirs.windows (delayed, optional)",
            "missing module named recordcheckish - imported by other (top-level)",
            "missing module named recordcheck.__version__ - imported by recordcheck.cli (top-level)",  # noqa: E501
            "missing module named recordcheck.cli - imported by recordcheck.__main__ (delayed)",
        ]
    )
    bad = check_warnings.offending_lines(text)
    assert [line.split(" - ")[0] for line in bad] == [
        "missing module named recordcheck.app",
        "missing module named fancylib",
        "missing module named recordcheck.cli",
    ]  # __version__ is a lazy attribute, cli a module


def test_the_warning_check_exit_codes(tmp_path: Path) -> None:
    clean = tmp_path / "warn.txt"
    clean.write_text("missing module named org - imported by pickle (optional)\n")
    assert check_warnings.main([str(clean)]) == 0
    assert check_warnings.main([str(tmp_path / "absent.txt")]) == 2


def test_the_icons_are_reproducible_from_the_script(tmp_path: Path) -> None:
    pytest.importorskip("PIL")
    sys.path.insert(0, str(PACKAGING / "icons"))
    import make_icons
    from PIL import Image

    make_icons.write_all(tmp_path / "packaging", tmp_path / "resources")
    fresh = Image.open(tmp_path / "resources" / "recordcheck.png")
    committed = Image.open(ROOT / "resources" / "icons" / "recordcheck.png")
    assert fresh.size == committed.size == (256, 256)
    assert fresh.tobytes() == committed.tobytes(), "run packaging/icons/make_icons.py"
    ico = Image.open(PACKAGING / "icons" / "recordcheck.ico")
    assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert buildinfo.icon("ico") and buildinfo.icon("icns")
