"""Review findings about the register's command line (B10, B11, …): read-only commands never
create a register, and every failure is a message in the user's language with status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from registerkit import EXAMPLES_DIR

EXAMPLE = EXAMPLES_DIR / "02-car-workshop-booking-line.json"


@pytest.mark.parametrize(
    "command",
    [
        ("info",),
        ("scenarios",),
        ("consents",),
        ("deletions",),
        ("export-json",),
        ("backup",),
        ("scenario-show", "1"),
        ("consent-withdraw", "1", "--channel", "x"),
    ],
)
def test_read_commands_do_not_create_a_register(cli, tmp_path: Path, command) -> None:
    typo = tmp_path / "mistyped"
    done = cli("register", *command, "--data-dir", str(typo), "--lang", "en")
    assert done.returncode == 2
    assert "There is no register at" in done.stderr and "register init" in done.stderr
    assert not (typo / "register.sqlite3").exists()
    da = cli("register", *command, "--data-dir", str(typo))
    assert "Der er intet register i" in da.stderr
    assert not (typo / "register.sqlite3").exists()


def test_init_on_an_existing_register_says_it_exists(cli, tmp_path: Path) -> None:
    folder = str(tmp_path / "d")
    first = cli("register", "init", "--data-dir", folder, "--lang", "en")
    assert first.stdout.startswith("Created the register")
    again = cli("register", "init", "--data-dir", folder, "--lang", "en")
    assert again.returncode == 0 and "already exists and is in order" in again.stdout
    assert "findes allerede og er i orden" in cli("register", "init", "--data-dir", folder).stdout


@pytest.fixture
def with_scenario(cli, tmp_path: Path) -> str:
    folder = str(tmp_path / "d")
    assert cli("register", "scenario-add", str(EXAMPLE), "--data-dir", folder).returncode == 0
    return folder


def _consent(cli, folder: str, *extra: str):
    return cli(
        "register",
        "consent-add",
        "--scenario",
        "1",
        "--name",
        "Ib",
        "--mechanism",
        "opt_in_key",
        "--notice-version",
        "1",
        "--data-dir",
        folder,
        *extra,
    )


def test_consent_purposes_must_be_the_scenario_s_and_once(cli, with_scenario: str) -> None:
    foreign = _consent(cli, with_scenario, "--purpose", "threat_protection")
    assert foreign.returncode == 2
    assert "hører ikke til scenarie nr. 1" in foreign.stderr
    assert "documentation, training" in foreign.stderr
    twice = _consent(cli, with_scenario, "--purpose", "documentation", "--purpose", "documentation")
    assert twice.returncode == 0, twice.stderr
    listed = cli("register", "consents", "--data-dir", with_scenario).stdout
    assert "\tDokumentation\tIb" in listed  # the label, once


def test_a_consent_in_the_future_is_refused(cli, with_scenario: str) -> None:
    done = _consent(cli, with_scenario, "--purpose", "documentation", "--at", "2099-01-01")
    assert done.returncode == 2 and "ligger i fremtiden" in done.stderr
    assert "01-01-2099 kl. 00:00" in done.stderr


def test_times_in_messages_are_for_people(cli, with_scenario: str) -> None:
    assert (
        _consent(
            cli, with_scenario, "--purpose", "documentation", "--at", "2026-03-02T10:00"
        ).returncode
        == 0
    )
    early = cli(
        "register",
        "consent-withdraw",
        "1",
        "--channel",
        "x",
        "--at",
        "1900-01-01",
        "--data-dir",
        with_scenario,
    )
    assert early.returncode == 2
    assert "(01-01-1900 kl. 00:00)" in early.stderr and "(02-03-2026 kl. 10:00)" in early.stderr
    assert "+00:00" not in early.stderr
    done = cli(
        "register",
        "consent-withdraw",
        "1",
        "--channel",
        "x",
        "--at",
        "2026-03-05",
        "--data-dir",
        with_scenario,
    )
    assert "senest 04-04-2026" in done.stdout
    again = cli("register", "consent-withdraw", "1", "--channel", "x", "--data-dir", with_scenario)
    assert "er allerede trukket tilbage" in again.stderr and "withdrawn" not in again.stderr


def test_mechanism_error_lists_only_valid_mechanisms(cli, with_scenario: str) -> None:
    unknown = cli(
        "register",
        "consent-add",
        "--scenario",
        "1",
        "--name",
        "Ib",
        "--purpose",
        "documentation",
        "--mechanism",
        "telepathy",
        "--notice-version",
        "1",
        "--data-dir",
        with_scenario,
    )
    assert unknown.returncode == 2
    assert "opt_in_key" in unknown.stderr and "announcement_only" not in unknown.stderr
    invalid = cli(
        "register",
        "consent-add",
        "--scenario",
        "1",
        "--name",
        "Ib",
        "--purpose",
        "documentation",
        "--mechanism",
        "announcement_only",
        "--notice-version",
        "1",
        "--data-dir",
        with_scenario,
    )
    assert invalid.returncode == 2 and "meeting_click" in invalid.stderr
    assert "opt_out_key" not in invalid.stderr


def test_lists_show_labels_not_raw_values(cli, with_scenario: str) -> None:
    assert "\tkladde\t" in cli("register", "scenarios", "--data-dir", with_scenario).stdout
    assert (
        _consent(
            cli, with_scenario, "--purpose", "documentation", "--at", "2026-03-02T10:00"
        ).returncode
        == 0
    )
    cli(
        "register",
        "consent-withdraw",
        "1",
        "--channel",
        "x",
        "--at",
        "2026-03-05",
        "--data-dir",
        with_scenario,
    )
    consents = cli("register", "consents", "--data-dir", with_scenario).stdout
    assert "\ttrukket tilbage\tscenarie 1\t" in consents and "withdrawn" not in consents
    due = cli("register", "deletions", "--all", "--data-dir", with_scenario).stdout
    assert "\tåben\tsamtykke trukket tilbage\tscenarie 1\t" in due
    assert "withdrawal" not in due and "\topen\t" not in due
    english = cli("register", "deletions", "--all", "--data-dir", with_scenario, "--lang", "en")
    assert "\topen\tconsent withdrawn\tscenario 1\t" in english.stdout
    assert (
        "Der er ingen sletninger, der skal udføres."
        in cli("register", "deletions", "--due", "2026-03-01", "--data-dir", with_scenario).stdout
    )


def test_not_found_reads_well_in_danish(cli, with_scenario: str) -> None:
    done = cli("register", "scenario-show", "99", "--data-dir", with_scenario)
    assert "Scenarie nr. 99 findes ikke i registret." in done.stderr
