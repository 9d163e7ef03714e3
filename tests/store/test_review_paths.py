"""Review M1/M4/M5: a user can create processing activities and retention rules, change a
scenario's status and filter consents, from the command line alone; assessing a scenario
the first time starts its Art. 30 record and deletion schedule."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from recordcheck.domain.register import ScenarioStatus
from recordcheck.domain.vocabulary import Purpose
from recordcheck.errors import InputError
from registerkit import EXAMPLES_DIR, T0, consent, example, retention_rule

EXAMPLE = EXAMPLES_DIR / "02-car-workshop-booking-line.json"


def test_record_assessment_drafts_rules_and_the_activity_once(reg) -> None:
    from recordcheck.rules import assess

    sid = reg.add_scenario(example(), owner="Office").id
    reg.save_retention_rule(retention_rule(sid, period_days=60))  # kept, not duplicated
    first = reg.record_assessment(sid, assess(example()))
    rules = {r.purpose: r for r in reg.retention_rules(sid)}
    assert set(rules) == {Purpose.DOCUMENTATION, Purpose.TRAINING}
    assert rules[Purpose.DOCUMENTATION].period_days == 60
    assert rules[Purpose.TRAINING].period_days == 30
    assert rules[Purpose.TRAINING].responsible == "Office"
    (activity,) = reg.activities()
    assert activity.scenario_id == sid and activity.source_assessment_id == first.id
    assert len(reg.deletion_tasks()) == 2  # one recurring task per rule
    reg.record_assessment(sid, assess(example()))
    assert len(reg.activities()) == 1 and len(reg.retention_rules(sid)) == 2


def test_absurd_retention_periods_are_refused(reg) -> None:
    sid = reg.add_scenario(example()).id
    for days in (0, -5, 36_501):
        with pytest.raises(InputError):
            reg.save_retention_rule(retention_rule(sid, period_days=days))
    assert reg.save_retention_rule(retention_rule(sid, period_days=36_500)).id


def test_scenario_status_changes_without_a_new_version(reg) -> None:
    sid = reg.add_scenario(example()).id
    record = reg.set_scenario_status(sid, ScenarioStatus.ACTIVE)
    assert record.status is ScenarioStatus.ACTIVE and record.version == 1
    assert reg.audit_log(table="scenarios")[0].action.value == "update"


@pytest.fixture
def cli(capsys):
    from recordcheck.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_register_can_be_kept_from_the_command_line(cli, data_dir: Path) -> None:
    assert cli("register", "scenario-add", str(EXAMPLE))[0] == 0
    code, out, err = cli("register", "scenario-assess", "1")
    assert code == 0, err
    assert cli("export", "ropa", "-o", str(data_dir.parent / "ropa.xlsx"))[0] == 0
    code, out, _ = cli(
        "register",
        "retention-set",
        "1",
        "--purpose",
        "training",
        "--days",
        "14",
        "--method",
        "erase",
        "--responsible",
        "Office",
    )
    assert code == 0 and "opbevares i 14 dage" in out
    code, _, err = cli(
        "register", "retention-set", "1", "--purpose", "training", "--days", "100000"
    )
    assert code == 2 and "urimeligt lang" in err
    code, _, err = cli("register", "retention-set", "1", "--purpose", "training", "--days", "0")
    assert code == 2 and "mindst én dag" in err
    code, _, err = cli(
        "register", "retention-set", "1", "--purpose", "threat_protection", "--days", "5"
    )
    assert code == 2 and "hører ikke til scenarie nr. 1" in err
    code, out, _ = cli("register", "activity-generate", "1")
    assert code == 0 and "Behandlingsaktivitet nr. 1" in out
    code, out, _ = cli("scenario", "status", "1", "active")
    assert code == 0 and "status aktiv" in out
    assert "\taktiv\t" in cli("register", "scenarios")[1]


def test_consents_filter_by_purpose_and_dates(reg, clock, data_dir: Path, cli) -> None:
    clock.advance(days=30)
    sid = reg.add_scenario(example()).id
    reg.add_consent(consent(sid, "Ada", at=T0))
    reg.add_consent(consent(sid, "Bo", at=T0 + timedelta(days=10), purposes=(Purpose.TRAINING,)))
    reg.close()
    folder = str(reg.path.parent)

    def names(*a):
        return [
            line.split("\t")[-1]
            for line in cli("register", "consents", "--data-dir", folder, *a)[1].splitlines()
        ]

    assert names("--purpose", "training") == ["Bo"]
    assert names("--from", "2026-03-05") == ["Bo"]
    assert names("--to", "2026-03-02") == ["Ada"]
    assert names("--from", "2026-03-02", "--to", "2026-03-12") == ["Bo", "Ada"]
