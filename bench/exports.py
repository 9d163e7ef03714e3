"""Benchmark: the Art. 13 notice PDF in-process (median over the examples) and a deletion
schedule with 10,000 open tasks as PDF, CSV and .ics.

Also (issue 12): the notice and the assessment from a scenario and an organisation whose names
are 200,000 characters long (stored past the input checks); before the writers capped a printed
field at 2,000 characters the notice took 19-29 s.

Run: ``.venv/bin/python bench/exports.py``. Goals (issue 4): notice ≤ 100 ms, schedule ≤ 3 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from recordcheck.contract import load_scenario  # noqa: E402
from recordcheck.domain.organisation import Organisation  # noqa: E402
from recordcheck.domain.register import (  # noqa: E402
    DeletionReason,
    DeletionStatus,
    DeletionTask,
    RetentionRule,
)
from recordcheck.domain.vocabulary import Purpose  # noqa: E402
from recordcheck.errors import UserError  # noqa: E402
from recordcheck.exports.notice import notice_pdf  # noqa: E402
from recordcheck.exports.schedule import schedule_csv, schedule_ics, schedule_pdf  # noqa: E402
from recordcheck.rules import assess_model  # noqa: E402

EXAMPLES = sorted((ROOT / "tests" / "contract_examples").glob("[0-9]*.json"))
ORG = Organisation(
    name="Tandlæge Ødegård ApS",
    cvr="12345678",
    address="Åboulevarden 1",
    email="kontakt@example.dk",
    phone="70 20 30 40",
    website="https://example.dk/optagelse",
)


def notice(rounds: int = 5) -> tuple[float, float]:
    inputs = []
    for path in EXAMPLES:
        scenario = load_scenario(path)
        inputs.append((scenario, assess_model(scenario)))  # typed, as the register path
    samples = []
    for _ in range(rounds + 1):
        for scenario, assessment in inputs:
            start = time.perf_counter()
            try:
                notice_pdf(ORG, scenario, assessment, "da")
            except UserError:  # nothing may be recorded: no notice
                continue
            samples.append(time.perf_counter() - start)
    samples = samples[len(samples) // (rounds + 1) :]  # drop the first (warm-up) round
    return statistics.median(samples) * 1000, max(samples) * 1000


def schedule(count: int = 10_000) -> dict[str, float]:
    scenario = load_scenario(EXAMPLES[1])
    created = datetime(2026, 11, 1, tzinfo=UTC)
    rules = [
        RetentionRule(
            id=1,
            scenario_id=1,
            purpose=Purpose.DOCUMENTATION,
            period_days=90,
            responsible="Kontorchef",
        )
    ]
    tasks = [
        DeletionTask(
            id=i,
            scenario_id=1,
            purpose=Purpose.DOCUMENTATION,
            reason=DeletionReason.RETENTION,
            due=date(2026, 12, 1) + timedelta(days=i % 365),
            status=DeletionStatus.OPEN,
            created_at=created,
            author="bench",
            retention_rule_id=1,
            cutoff=date(2026, 9, 1) + timedelta(days=i % 365),
        )
        for i in range(1, count + 1)
    ]
    times = {}
    for name, make in (("pdf", schedule_pdf), ("csv", schedule_csv), ("ics", schedule_ics)):
        start = time.perf_counter()
        make(ORG, {1: scenario}, rules, tasks, [], "da")
        times[name] = time.perf_counter() - start
    return times


def long_fields(length: int = 200_000) -> dict[str, float]:
    import dataclasses

    from recordcheck.exports.assessment_doc import assessment_pdf

    scenario = load_scenario(EXAMPLES[1])
    assessment = assess_model(scenario)
    scenario = dataclasses.replace(scenario, name="x" * length, description="y " * (length // 2))
    org = dataclasses.replace(ORG, name="Ø" * length)
    times = {}
    for name, make in (("notice", notice_pdf), ("assessment", assessment_pdf)):
        start = time.perf_counter()
        make(org, scenario, assessment, "da")
        times[name] = time.perf_counter() - start
    return times


def main() -> None:
    median, worst = notice()
    print(f"notice PDF in-process: median {median:.1f} ms, max {worst:.1f} ms (goal ≤ 100 ms)")
    for name, seconds in schedule().items():
        print(f"deletion schedule, 10,000 tasks, {name}: {seconds:.2f} s (goal ≤ 3 s)")
    for name, seconds in long_fields().items():
        print(f"{name} PDF, 200,000-character names: {seconds:.2f} s (was 19-33 s)")


if __name__ == "__main__":
    main()
