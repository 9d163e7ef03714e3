"""``recordcheck consent …`` and ``deletions …`` through ``services.records``: lists in the
user's words, days and times read and written by ``recordcheck.dates``."""

from __future__ import annotations


def _add(cli, *extra: str):
    return cli(
        "consent",
        "add",
        "--scenario",
        "1",
        "--name",
        "Søren Ærø",
        "--purpose",
        "documentation",
        "--purpose",
        "training",
        "--mechanism",
        "opt_in_key",
        "--notice-version",
        "1",
        *extra,
    )


def test_the_consent_list_speaks_the_user_s_language(cli, scenario_file) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    assert _add(cli, "--at", "2026-03-02T10:00").returncode == 0
    (line,) = cli("consent", "list").stdout.splitlines()
    assert line == (
        "1\t2026-03-02 10:00\tgivet\tscenarie 1\t"
        "Dokumentation, Uddannelse af medarbejdere\tSøren Ærø"
    )
    english = cli("consent", "list", "--lang", "en").stdout
    assert "\tgiven\tscenario 1\tDocumentation, Staff training\t" in english
    assert "documentation" not in english


def test_from_and_to_include_the_whole_day(cli, scenario_file) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    assert _add(cli, "--at", "2026-03-02T23:30").returncode == 0
    assert (
        "Søren Ærø" in cli("consent", "list", "--from", "2026-03-02", "--to", "2026-03-02").stdout
    )
    assert cli("consent", "list", "--to", "2026-03-01").stdout.strip() == "Intet registreret."
    bad = cli("consent", "list", "--from", "2. marts")
    assert bad.returncode == 2 and "»2. marts« er ikke en dato" in bad.stderr
    when = _add(cli, "--at", "i går")
    assert when.returncode == 2 and "»i går« er ikke et tidspunkt" in when.stderr


def test_withdrawal_due_list_and_done(cli, scenario_file, register) -> None:
    assert cli("scenario", "add", str(scenario_file())).returncode == 0
    assert _add(cli, "--at", "2026-03-02T10:00").returncode == 0
    withdrawn = cli("consent", "withdraw", "1", "--channel", "telefon", "--at", "2026-03-05")
    assert "Sletteopgave nr. 3" in withdrawn.stdout and "04-04-2026" in withdrawn.stdout
    due = cli("deletions", "due", "--due", "2026-04-04").stdout.splitlines()
    assert due == ["3\t2026-04-04\tåben\tsamtykke trukket tilbage\tscenarie 1\tSøren Ærø"]
    assert (
        cli("deletions", "done", "3", "--what", "3 opkald", "--method", "slettet").returncode == 0
    )
    with register() as reg:
        assert len(reg.deletion_log()) == 1
    listed = cli("deletions", "due", "--all").stdout
    assert "\tudført\t" in listed and "\tDokumentation\toptaget før " in listed
