"""The command line's last line of defence: a message and a log entry, never a traceback."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from recordcheck import cli


def _boom(_options: argparse.Namespace) -> int:
    raise RuntimeError("something nobody foresaw")


def test_unexpected_error_with_a_data_dir_option_gives_the_message_and_logs(tmp_path, capsys):
    folder = tmp_path / "portable"
    options = argparse.Namespace(lang="da", data_dir=str(folder), command="test")
    assert cli.run_guarded(_boom, options) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    log_file = folder / "logs" / "recordcheck.log"
    assert str(log_file) in err
    assert "something nobody foresaw" in log_file.read_text(encoding="utf-8")


def test_unusable_data_dir_still_gives_the_message(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    options = argparse.Namespace(lang="en", data_dir=str(blocker), command="test")
    assert cli.run_guarded(_boom, options) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_closed_pipe_is_quiet():
    """`recordcheck rules --format json | head`: the reader leaves early (the output is larger
    than a pipe's buffer); no error message, no traceback."""
    env = {**os.environ, "PYTHONPATH": str(Path(cli.__file__).parents[1])}
    command = f"{sys.executable} -m recordcheck rules --format json | head -c 10"
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, env=env, check=False
    )
    assert done.stdout and not done.stderr


def test_argument_errors_are_said_in_danish_by_default(run_cli):
    done = run_cli("assess", "x.json", "--format", "xml")
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert "'xml' er ikke et gyldigt valg til --format" in last
    assert "error:" not in done.stderr and "invalid choice" not in done.stderr
    missing = run_cli("assess")
    assert missing.returncode == 2 and "der mangler SCENARIO.json" in missing.stderr


def test_argument_errors_follow_lang_en(run_cli):
    done = run_cli("assess", "--lang", "en", "x.json", "--format", "xml")
    assert done.returncode == 2 and "invalid choice: 'xml'" in done.stderr
    assert "--help" in done.stderr.strip().splitlines()[-1]
