"""The Windows installer script, the macOS files and the release workflow: they cannot run
here, so their required settings and their agreement with each other are checked as text."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "recordcheck.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def iss_sections() -> dict[str, list[str]]:
    """The .iss as {section: [lines]}, comments and preprocessor lines left out."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    return sections


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_installer_is_per_user_with_the_dialog_override() -> None:
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user


def test_installer_has_a_fixed_app_id() -> None:
    app_id = iss_setup()["AppId"]
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", app_id), app_id
    assert "{#" not in app_id  # never computed: upgrades find the old install by it


def test_installer_languages_start_menu_and_clean_upgrade() -> None:
    sections = iss_sections()
    languages = " ".join(sections["Languages"])
    assert 'Name: "danish"' in languages and "Danish.isl" in languages
    assert 'Name: "english"' in languages
    assert any(line.startswith('Name: "{autoprograms}') for line in sections["Icons"])
    assert any(
        "{app}\\_internal" in line and "filesandordirs" in line
        for line in sections["InstallDelete"]
    )
    source = next(line for line in sections["Files"] if line.startswith("Source:"))
    assert "recursesubdirs" in source


def test_installer_icon_and_paths_exist() -> None:
    setup = iss_setup()
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    text = ISS.read_text(encoding="utf-8")
    assert '#define SourceDir "..\\..\\dist\\recordcheck"' in text
    assert "SignTool=recordchecksign" in text


def test_windows_build_script_uses_the_same_names() -> None:
    script = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "packaging\\recordcheck.spec" in script
    assert "packaging\\windows\\recordcheck.iss" in script
    assert "/Srecordchecksign=" in script and "RECORDCHECK_SIGN_COMMAND" in script
    assert "recordcheck-cli.exe --self-test" in script
    assert "RecordCheck-$version-setup.exe" in script


def test_macos_entitlements_are_a_valid_plist_without_network_or_devices() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements
    assert not [
        key for key in entitlements if "network" in key or "device" in key or "allow-jit" in key
    ]


POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX bash")


@POSIX_ONLY
def test_macos_build_script_signs_verifies_and_notarises() -> None:
    script = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    assert "codesign --verify --deep --strict" in script
    assert "dmgbuild -s packaging/macos/dmg_settings.py" in script
    assert "notarytool submit" in script and "stapler staple" in script
    done = subprocess.run(
        ["bash", "-n", str(PACKAGING / "macos" / "build.sh")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_dmg_settings_evaluate_as_dmgbuild_would() -> None:
    namespace = {"defines": {"app": "dist/RecordCheck.app"}}
    exec(
        compile(
            (PACKAGING / "macos" / "dmg_settings.py").read_text(encoding="utf-8"),
            "dmg_settings.py",
            "exec",
        ),
        namespace,
    )
    assert namespace["files"] == ["dist/RecordCheck.app"]
    assert namespace["symlinks"] == {"Applications": "/Applications"}
    assert set(namespace["icon_locations"]) == {"RecordCheck.app", "Applications"}


def test_dmgbuild_is_pinned_for_macos_only() -> None:
    import tomllib

    build = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["build"]
    (dmg,) = [req for req in build if req.startswith("dmgbuild")]
    assert re.fullmatch(r"dmgbuild==[\d.]+; sys_platform == 'darwin'", dmg), dmg


@POSIX_ONLY
def test_ci_script_is_valid_bash_and_honours_the_skip_flag(tmp_path: Path) -> None:
    script = PACKAGING / "ci_frozen_selftest.sh"
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
    done = subprocess.run(
        ["bash", str(script)],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "RECORDCHECK_SKIP_FROZEN": "1"},
    )
    assert done.returncode == 0 and "skipped" in done.stdout
    text = script.read_text(encoding="utf-8")
    assert "packaging/check_warnings.py build/recordcheck/warn-recordcheck.txt" in text
    assert "dist/recordcheck/recordcheck --self-test" in text


def workflow_text() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_workflow_is_plain_yaml() -> None:
    """Parsed with PyYAML when present; always: spaces only, and the shape GitHub expects."""
    text = workflow_text()
    assert "\t" not in text
    for key in ("name:", "on:", "jobs:"):
        assert re.search(rf"^{key}", text, re.MULTILINE), key
    try:
        import yaml
    except ModuleNotFoundError:
        return
    data = yaml.safe_load(text)
    jobs = data["jobs"]
    assert {jobs["windows"]["runs-on"], jobs["macos"]["runs-on"]} == {
        "windows-latest",
        "macos-latest",
    }
    for job in jobs.values():
        assert all("uses" in step or "run" in step for step in job["steps"])


def test_workflow_runs_the_scripts_and_the_self_test_on_both_systems() -> None:
    text = workflow_text()
    assert "packaging\\windows\\build.ps1" in text
    assert "bash packaging/macos/build.sh" in text
    assert text.count("--self-test") >= 2
    assert 'recordcheck-cli.exe") --self-test' in text
    assert 'RecordCheck.app/Contents/MacOS/recordcheck" --self-test' in text
    assert text.count("actions/upload-artifact") == 2


def test_packaging_readme_names_every_variable_the_scripts_read() -> None:
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    scripts = "".join(
        p.read_text(encoding="utf-8")
        for p in [
            PACKAGING / "windows" / "build.ps1",
            PACKAGING / "macos" / "build.sh",
            PACKAGING / "buildinfo.py",
            PACKAGING / "ci_frozen_selftest.sh",
            WORKFLOW,
        ]
    )
    variables = set(re.findall(r"\b(?:RECORDCHECK|WINDOWS|MACOS)_[A-Z0-9_]+\b", scripts))
    variables -= {"MACOS_MINIMUM"}  # a constant in buildinfo, not an environment variable
    assert variables
    missing = sorted(v for v in variables if v not in readme)
    assert not missing, missing
