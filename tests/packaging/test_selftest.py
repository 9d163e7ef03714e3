"""`recordcheck --self-test` from source: the checks that exist pass, missing parts are named.

The frozen build runs the same self-test in packaging/ci_frozen_selftest.sh; here it runs from
the checkout so a broken check is caught without a PyInstaller build.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recordcheck import selftest

#: Checks that need nothing beyond the engine and its resources: they must pass everywhere.
CORE_CHECKS = (
    "modules",
    "rules",
    "schemas",
    "i18n",
    "fonts",
    "templates",
    "translations",
    "contract examples",
    "presets",
)
LINE = re.compile(r"^(ok    |FAILED) (?P<name>.+?) \((?P<secs>[\d.]+) s\): (?P<detail>.*)$")


@pytest.fixture(scope="module")
def selftest_run(tmp_path_factory: pytest.TempPathFactory):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    home = tmp_path_factory.mktemp("home")
    env = {
        **os.environ,
        "PYTHONPATH": str(root / "desktop"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    return subprocess.run(
        [sys.executable, "-m", "recordcheck", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )


def _results(stdout: str) -> dict[str, tuple[bool, str]]:
    found = {}
    for line in stdout.splitlines():
        match = LINE.match(line)
        if match:
            found[match["name"]] = (line.startswith("ok"), match["detail"])
    return found


def test_every_registered_check_reports_one_line(selftest_run) -> None:
    results = _results(selftest_run.stdout)
    assert list(results) == list(selftest.CHECKS), selftest_run.stdout + selftest_run.stderr


def test_the_core_checks_pass_from_source(selftest_run) -> None:
    results = _results(selftest_run.stdout)
    failed = {name: results[name][1] for name in CORE_CHECKS if not results[name][0]}
    assert not failed, failed


def test_with_every_component_merged_the_whole_self_test_passes(selftest_run) -> None:
    """Register, documents and window are all on main now: every check must pass."""
    assert selftest_run.returncode == 0, selftest_run.stdout + selftest_run.stderr
    assert "in Danish" in _results(selftest_run.stdout)["main window"][1]


def test_a_failure_is_only_ever_a_component_not_yet_merged(selftest_run) -> None:
    """Once a component is on the branch its checks must pass; until then they say so."""
    results = _results(selftest_run.stdout)
    failed = {name: detail for name, (ok, detail) in results.items() if not ok}
    wrong = {n: d for n, d in failed.items() if not d.startswith("module missing (")}
    assert not wrong, wrong
    assert (selftest_run.returncode == 0) is (not failed)
    assert selftest_run.stdout.rstrip().splitlines()[-1] == (
        f"self-test FAILED: {len(failed)} of {len(results)} checks failed"
        if failed
        else f"self-test passed: all {len(results)} checks ok"
    )


def test_components_present_are_exercised(selftest_run) -> None:
    """A check may only say 'module missing' when the API it needs really is absent."""
    import importlib

    apis = {
        "register and migrations": ("recordcheck.store", "open_register"),
        "main window": ("recordcheck.app", "Session"),
    }
    apis.update(
        {f"document {name}": ("recordcheck.exports", name) for name, _ in selftest.DOCUMENTS}
    )
    results = _results(selftest_run.stdout)
    for check_name, (module, attribute) in apis.items():
        present = hasattr(importlib.import_module(module), attribute)
        assert results[check_name][1].startswith("module missing") is not present, check_name


def test_the_page_preview_check_draws_page_one_of_the_sign(selftest_run) -> None:
    ok, detail = _results(selftest_run.stdout)["page preview"]
    assert ok, detail
    assert detail.startswith("page 1 of 1 of the sign drawn at 50 dpi") and "not blank" in detail


def test_a_blank_page_fails_the_page_preview_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: a pdfium that draws nothing (white pixels only) is reported."""
    from recordcheck.services import preview

    def white(_data: bytes, _index: int, dpi: float) -> preview.PageImage:
        return preview.PageImage(10, 10, 40, b"\xff" * 400, dpi)

    monkeypatch.setattr(preview, "render_page", white)
    monkeypatch.setattr(selftest, "render_document", lambda _ctx, _name: b"%PDF-")
    monkeypatch.setattr(preview, "page_count", lambda _data: 1)
    (result,) = selftest.run_checks(["page preview"])
    assert not result.ok
    assert result.detail.startswith("AssertionError: page 1 of the sign was drawn blank")


def test_a_new_check_is_one_function(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "CHECKS", {})
    selftest.check("passes")(lambda ctx: "fine")
    selftest.check("breaks")(lambda ctx: 1 / 0)
    selftest.check("absent")(lambda ctx: selftest.require("recordcheck.no_such_part", "thing"))
    results = {r.name: r for r in selftest.run_checks()}
    assert results["passes"].ok and results["passes"].detail == "fine"
    assert not results["breaks"].ok and results["breaks"].detail.startswith("ZeroDivisionError")
    assert results["absent"].detail == "module missing (recordcheck.no_such_part.thing)"
    with pytest.raises(ValueError, match="duplicate"):
        selftest.check("passes")(lambda ctx: "again")


def test_the_self_test_leaves_no_scratch_and_restores_the_data_dir(
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    seen = {}
    monkeypatch.setattr(selftest, "CHECKS", {})
    selftest.check("where")(lambda ctx: seen.setdefault("dir", ctx.workdir).name)
    list(selftest.run_checks())
    assert not seen["dir"].exists()
    import os

    assert os.environ["RECORDCHECK_DATA_DIR"] == str(isolated_home)


def test_only_and_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert selftest.main(["--self-test", "--list"]) == 0
    assert capsys.readouterr().out.split("\n")[0] == "modules"
    assert selftest.main(["--self-test", "--only", "schemas"]) == 0
    out = capsys.readouterr().out
    assert "ok     schemas" in out and "fonts" not in out
    assert selftest.main(["--self-test", "--only", "nothing-like-this"]) == 2


def test_the_start_probe_opens_the_app_and_quits_after_the_first_paint(tmp_path: Path) -> None:
    """bench/frozen.py times the app's start with it; it must end by itself, with status 0."""
    import os
    import subprocess
    import sys

    from recordcheck import paths
    from recordcheck.domain.organisation import Organisation
    from recordcheck.store import open_register

    data = tmp_path / "app-data"
    with open_register(paths.database_path(data)) as register:
        register.save_organisation(Organisation(name="Probe ApS"))
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "recordcheck", "--self-test", "--start-probe", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
