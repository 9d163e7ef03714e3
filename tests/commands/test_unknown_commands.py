"""A mistyped command (issue 12, item 6) is a usage error in the user's language naming the
closest command — never the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from recordcheck import cli as cli_module

DESKTOP = Path(cli_module.__file__).parents[1]


@pytest.mark.parametrize(
    ("args", "word", "suggestion"),
    [
        (("asses", "x.json"), "asses", "recordcheck assess"),
        (("scenarios",), "scenarios", "recordcheck register scenarios"),
        (("register", "infoo"), "infoo", "recordcheck register info"),
        (("scenario", "lsit"), "lsit", "recordcheck scenario list"),
        (("consents", "--name", "Ib"), "consents", "recordcheck register consents"),
        (("exprot", "notice"), "exprot", "recordcheck export"),
    ],
)
def test_the_closest_command_is_suggested_in_danish(cli, args, word, suggestion) -> None:
    done = cli(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert f"»{word}« er ikke en kommando." in done.stderr
    assert f"Mente I »{suggestion}«?" in done.stderr
    assert "--help" in done.stderr.splitlines()[-1]
    assert "invalid choice" not in done.stderr and "Traceback" not in done.stderr


def test_in_english_and_without_a_close_match(cli) -> None:
    english = cli("asses", "x.json", "--lang", "en")
    assert english.returncode == 2
    assert '"asses" is not a command.' in english.stderr
    assert 'Did you mean "recordcheck assess"?' in english.stderr
    nothing = cli("x.json")
    assert nothing.returncode == 2 and "»x.json« er ikke en kommando." in nothing.stderr
    assert "Mente I" not in nothing.stderr


def test_a_word_is_for_the_command_line_an_option_for_the_window() -> None:
    for args in (
        ["asses", "x.json"],
        ["scenarios"],
        ["register", "infoo"],
        ["x.json"],
        ["assess", "x.json"],
        ["--help"],
        ["--version"],
    ):
        assert cli_module.is_cli_invocation(args), args
    for args in (
        [],
        ["--data-dir", "/tmp/x"],
        ["--temp-data-dir"],
        ["--lang", "en"],
        ["-style", "fusion"],
        ["--self-test"],
    ):
        assert not cli_module.is_cli_invocation(args), args


def test_a_wrong_choice_of_an_option_is_still_named_as_such(cli) -> None:
    done = cli("scenario", "status", "1", "aktiv")
    assert done.returncode == 2
    assert "'aktiv' er ikke et gyldigt valg til status" in done.stderr


@pytest.mark.parametrize("args", [("asses", "x.json"), ("scenarios",), ("register", "infoo")])
def test_no_window_is_started(args, tmp_path: Path) -> None:
    """``python -m recordcheck asses x.json`` as a real process: without a display Qt would
    abort (status 134); here Qt's widgets are never imported."""
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['recordcheck', *sys.argv[1:]]\n"
        "try:\n"
        "    runpy.run_module('recordcheck', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    print('status', done.code)\n"
        "print('qt', 'PySide6.QtWidgets' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(DESKTOP), "RECORDCHECK_DATA_DIR": str(tmp_path)}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert done.stdout.split() == ["status", "2", "qt", "False"], done.stderr
    assert "er ikke en kommando" in done.stderr and "Traceback" not in done.stderr
