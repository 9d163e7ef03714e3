"""Builders shared by the register's tests (and usable by the window's and exports' tests):
a scenario, a consent, a clock you can move, and a populated register."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from recordcheck.contract import load_scenario
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import ConsentEventKind, ConsentInput, RetentionRule
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import Channel, ConsentMechanism, ControllerType, Purpose

EXAMPLES_DIR = Path(__file__).resolve().parent / "contract_examples"
T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass
class Clock:
    """A clock the test moves by hand: ``clock.now`` is what the register sees."""

    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def scenario(
    name: str = "Booking line",
    *,
    purposes: tuple[Purpose, ...] = (Purpose.DOCUMENTATION,),
    channel: Channel = Channel.PHONE_INBOUND,
) -> Scenario:
    return Scenario(
        name=name,
        controller_type=ControllerType.PRIVATE_COMPANY,
        channel=channel,
        purposes=purposes,
        retention_days={purposes[0]: 90},
    )


def example(name: str = "02-car-workshop-booking-line.json") -> Scenario:
    return load_scenario(EXAMPLES_DIR / name)


def organisation() -> Organisation:
    return Organisation(
        name="Værkstedet ApS",
        cvr="12345678",
        address="Gade 1, 8000 Aarhus C",
        phone="+45 11 22 33 44",
        email="info@example.dk",
        dpo_name="Dorte DPO",
        dpo_contact="dpo@example.dk",
    )


def consent(
    scenario_id: int,
    name: str = "Søren Ærø",
    *,
    at: datetime = T0,
    purposes: tuple[Purpose, ...] = (Purpose.DOCUMENTATION,),
    outcome: ConsentEventKind = ConsentEventKind.GIVEN,
    **extra: Any,
) -> ConsentInput:
    return ConsentInput(
        person_name=name,
        scenario_id=scenario_id,
        purposes=purposes,
        mechanism=ConsentMechanism.OPT_IN_KEY,
        notice_version="2026-01",
        given_at=at,
        channel="phone",
        outcome=outcome,
        **extra,
    )


def retention_rule(
    scenario_id: int,
    *,
    period_days: int = 90,
    follow_up_days: int = 30,
    purpose: Purpose = Purpose.DOCUMENTATION,
) -> RetentionRule:
    return RetentionRule(
        id=0,
        scenario_id=scenario_id,
        purpose=purpose,
        period_days=period_days,
        follow_up_days=follow_up_days,
        deletion_method="erase in the phone system",
        responsible="Office",
        data_category="call recordings",
    )


_TEMPLATE: list[Path] = []


def _template() -> Path:
    """A new, empty register made once per test process (creating one runs Alembic)."""
    if not _TEMPLATE:
        import atexit
        import shutil
        import tempfile

        from recordcheck.store import open_register

        folder = Path(tempfile.mkdtemp(prefix="recordcheck-template-"))
        atexit.register(shutil.rmtree, folder, True)
        open_register(folder / "register.sqlite3").close()
        _TEMPLATE.append(folder / "register.sqlite3")
    return _TEMPLATE[0]


def open_test_register(
    path: Path, clock: Callable[[], datetime] | None = None, author: str = "tester"
) -> Any:
    """Open the register at ``path``, starting from a copy of an empty one if it is missing."""
    import shutil

    from recordcheck.store import open_register

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_template(), path)
        path.chmod(0o600)
    return open_register(path, author=author, clock=clock or Clock())


def populate(reg: Any, *, consents: int = 3) -> dict[str, Any]:
    """Put one of everything into ``reg``; returns the ids made."""
    from recordcheck.rules import assess

    reg.save_organisation(organisation())
    sc = example()
    record = reg.add_scenario(sc, owner="Office", next_review=date(2027, 1, 1))
    assessment = reg.add_assessment(record.id, assess(sc))
    reg.set_obligation_done(record.id, "OBL-BASIS", True, "written down")
    rule = reg.save_retention_rule(retention_rule(record.id))
    ids = [reg.add_consent(consent(record.id, f"Person {i} Ærø")).id for i in range(consents)]
    task = reg.withdraw_consent(ids[0], at=T0 + timedelta(days=1), channel="e-mail")
    activity = reg.generate_activity(record.id)
    return {
        "scenario": record.id,
        "assessment": assessment.id,
        "rule": rule.id,
        "consents": ids,
        "task": task.id,
        "activity": activity.id,
    }
