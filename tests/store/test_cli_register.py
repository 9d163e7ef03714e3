"""``recordcheck register …`` as real processes: the whole life of a consent, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from registerkit import EXAMPLES_DIR

EXAMPLE = EXAMPLES_DIR / "02-car-workshop-booking-line.json"


def test_scenario_consent_withdrawal_and_deletion(cli, data_dir: Path) -> None:
    assert cli("register", "init", "--lang", "en").stdout.startswith("Created the register")
    assert cli("register", "scenario-add", str(EXAMPLE), "--owner", "Office").returncode == 0
    assert "\tv1\t" in cli("register", "scenarios").stdout
    assert json.loads(cli("register", "scenario-show", "1").stdout)["name"]
    assessed = cli("register", "scenario-assess", "1", "--format", "json")
    assert json.loads(assessed.stdout)["format"] == "recordcheck.assessment/1"
    added = cli(
        "register",
        "consent-add",
        "--scenario",
        "1",
        "--name",
        "Søren Ærø",
        "--purpose",
        "documentation",
        "--mechanism",
        "opt_in_key",
        "--notice-version",
        "2026-01",
        "--at",
        "2026-03-02T10:00",
    )
    assert added.returncode == 0, added.stderr
    assert "Søren Ærø" in cli("register", "consents", "--name", "søren").stdout
    withdrawn = cli(
        "register",
        "consent-withdraw",
        "1",
        "--channel",
        "phone",
        "--at",
        "2026-03-05",
        "--lang",
        "en",
    )
    # tasks 1 and 2 are the recurring ones of the rules the first assessment drafted
    assert "Deletion task 3 is due 04-04-2026" in withdrawn.stdout
    due = cli("register", "deletions", "--due", "2026-04-04")
    assert "Søren Ærø" in due.stdout and "samtykke trukket tilbage" in due.stdout
    assert (
        cli("register", "deletion-done", "3", "--what", "3 calls", "--method", "erased").returncode
        == 0
    )
    info = json.loads(cli("register", "info", "--format", "json").stdout)
    assert info["counts"]["deletion_log"] == 1 and info["schema_version"] == 1
    assert info["path"] == str(data_dir / "register.sqlite3")
    out = data_dir.parent / "export.json"
    assert cli("register", "export-json", str(out)).returncode == 0
    assert json.loads(out.read_text("utf-8"))["format"] == "recordcheck.register/1"
    backup = cli("register", "backup", "--lang", "en")
    assert backup.returncode == 0
    (copy,) = (data_dir / "backups").glob("*.sqlite3")
    assert cli("register", "restore", str(copy)).returncode == 0
    other = data_dir.parent / "other"
    imported = cli("register", "import-json", str(out), "--data-dir", str(other), "--lang", "en")
    assert imported.returncode == 0 and "Imported" in imported.stdout
    again = cli("register", "import-json", str(out), "--data-dir", str(other), "--lang", "en")
    assert again.returncode == 2 and "already holds data" in again.stderr


def test_bad_input_is_a_message_and_status_2(run_cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 50)
    restored = run_cli("register", "restore", str(junk), "--lang", "en")
    assert restored.returncode == 2 and "is not a RecordCheck register" in restored.stderr
    assert "Traceback" not in restored.stderr
    assert run_cli("register", "init").returncode == 0
    missing = run_cli("register", "consent-withdraw", "7", "--channel", "phone", "--lang", "en")
    assert missing.returncode == 2 and "Consent number 7 is not in the register" in missing.stderr
    bad_date = run_cli("register", "deletions", "--due", "tomorrow", "--lang", "en")
    assert bad_date.returncode == 2 and "is not a date" in bad_date.stderr


def test_the_command_line_does_not_load_sqlalchemy_until_needed() -> None:
    probe = (
        "import sys; from recordcheck import cli; cli.build_parser(); "
        "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
    import recordcheck.store  # noqa: F401 - the package itself is light too

    lazy = subprocess.run(
        [sys.executable, "-c", "import sys, recordcheck.store; print('sqlalchemy' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert lazy.stdout.strip() == "False"


def test_the_issue_s_command_names_work_too(cli) -> None:
    assert cli("scenario", "add", str(EXAMPLE)).returncode == 0
    assert cli("scenario", "list").stdout.startswith("1\t")
    assert (
        cli(
            "consent",
            "add",
            "--scenario",
            "1",
            "--name",
            "Ib",
            "--purpose",
            "training",
            "--mechanism",
            "written",
            "--notice-version",
            "1",
        ).returncode
        == 0
    )
    assert cli("consent", "withdraw", "1", "--channel", "letter").returncode == 0
    assert "\tIb" in cli("deletions", "due", "--all").stdout
    assert cli("deletions", "done", "1", "--what", "x", "--method", "y").returncode == 0
    assert "\ttrukket tilbage\t" in cli("consent", "list").stdout
