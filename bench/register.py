"""Benchmark: a register with 1,000 scenarios and 100,000 consents (with their events).

Times opening (the register gate, pragmas, first query), a name search over the consents,
the list of due deletions and the register gate's cost (quick part and with
``integrity_check``), and prints the figures. Goals (issue 3): open ≤ 150 ms, name
search ≤ 50 ms, due deletions ≤ 50 ms.

Run: ``.venv/bin/python bench/register.py`` (``--keep DIR`` keeps the database;
``--crash N`` also runs the SIGKILL crash test N times).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from recordcheck.domain.scenario import Scenario  # noqa: E402
from recordcheck.domain.scenario_codec import scenario_to_dict  # noqa: E402
from recordcheck.domain.vocabulary import Channel, ControllerType, Purpose  # noqa: E402
from recordcheck.store import open_register, schema  # noqa: E402
from recordcheck.store.repo_consents import name_key  # noqa: E402

FIRST = [
    "Anders",
    "Anne",
    "Birgit",
    "Christian",
    "Dorte",
    "Erik",
    "Freja",
    "Gitte",
    "Hans",
    "Ida",
    "Jens",
    "Karen",
    "Lars",
    "Mette",
    "Niels",
    "Ole",
    "Pia",
    "Rasmus",
    "Søren",
    "Tove",
    "Ulla",
    "Viggo",
    "Åse",
    "Ærbo",
    "Øjvind",
]
LAST = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Poulsen",
    "Johansen",
    "Møller",
    "Mortensen",
    "Østergaard",
    "Ærø",
]
T0 = datetime(2025, 1, 1, tzinfo=UTC)
TODAY = date(2026, 6, 1)


def _rows(n_scenarios: int, n_consents: int, rng: random.Random) -> dict[str, list[dict]]:
    stamp = {"created_at": T0, "updated_at": T0, "author": "bench", "updated_by": "bench"}
    scenarios, rules, tasks, consents, events, audit = [], [], [], [], [], []
    for i in range(1, n_scenarios + 1):
        sc = Scenario(
            name=f"Scenario {i}",
            controller_type=ControllerType.PRIVATE_COMPANY,
            channel=Channel.PHONE_INBOUND,
            purposes=(Purpose.DOCUMENTATION,),
        )
        scenarios.append(
            {
                "id": i,
                "name": sc.name,
                "status": "active",
                "owner": "Office",
                "next_review": None,
                "version": 1,
                "scenario_json": json.dumps(scenario_to_dict(sc)),
                **stamp,
            }
        )
        rules.append(
            {
                "id": i,
                "scenario_id": i,
                "purpose": "documentation",
                "period_days": 90,
                "start_event": "recording_date",
                "follow_up_days": 30,
                "last_review": None,
                "next_review": None,
                "details_json": "{}",
                **stamp,
            }
        )
        due = TODAY + timedelta(days=rng.randint(-20, 30))
        tasks.append(
            {
                "scenario_id": i,
                "purpose": "documentation",
                "reason": "retention",
                "due": due,
                "status": "open",
                "retention_rule_id": i,
                "cutoff": due - timedelta(days=90),
                "consent_id": None,
                "person_name": None,
                "done_at": None,
                **stamp,
            }
        )
    for cid in range(1, n_consents + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        given = T0 + timedelta(minutes=rng.randint(0, 700_000))
        withdrawn = rng.random() < 0.1
        status, status_at = (
            ("withdrawn", given + timedelta(days=3)) if withdrawn else ("given", given)
        )
        consents.append(
            {
                "id": cid,
                "person_name": name,
                "name_key": name_key(name),
                "phone": None,
                "email": None,
                "reference": None,
                "scenario_id": rng.randint(1, n_scenarios),
                "purposes": '["documentation"]',
                "mechanism": "opt_in_key",
                "notice_version": "2025-01",
                "given_at": given,
                "evidence_note": "",
                "status": status,
                "status_at": status_at,
                "created_at": given,
                "author": "bench",
            }
        )
        events.append(
            {
                "consent_id": cid,
                "kind": "given",
                "at": given,
                "channel": "phone",
                "note": "",
                "author": "bench",
                "recorded_at": given,
            }
        )
        audit.append(
            {
                "at": given,
                "author": "bench",
                "table_name": "consents",
                "record_id": str(cid),
                "action": "insert",
                "before_json": None,
                "after_json": "{}",
            }
        )
        if withdrawn:
            events.append(
                {
                    "consent_id": cid,
                    "kind": "withdrawn",
                    "at": status_at,
                    "channel": "phone",
                    "note": "",
                    "author": "bench",
                    "recorded_at": status_at,
                }
            )
            done = status_at.date() < TODAY - timedelta(days=40) or rng.random() < 0.8
            tasks.append(
                {
                    "scenario_id": consents[-1]["scenario_id"],
                    "purpose": None,
                    "reason": "withdrawal",
                    "due": status_at.date() + timedelta(days=30),
                    "status": "done" if done else "open",
                    "retention_rule_id": None,
                    "cutoff": None,
                    "consent_id": cid,
                    "person_name": name,
                    "done_at": status_at if done else None,
                    **stamp,
                }
            )
    return {
        "scenarios": scenarios,
        "retention_rules": rules,
        "consents": consents,
        "consent_events": events,
        "deletion_tasks": tasks,
        "audit_log": audit,
    }


def build(path: Path, n_scenarios: int, n_consents: int) -> float:
    start = time.perf_counter()
    with open_register(path, author="bench") as reg, reg._write() as tx:
        for name, rows in _rows(n_scenarios, n_consents, random.Random(3)).items():
            tx.conn.execute(schema.metadata.tables[name].insert(), rows)
    return time.perf_counter() - start


def timed(fn, rounds: int = 15) -> tuple[float, float, object]:
    """Median and best milliseconds over ``rounds`` calls, and the last result."""
    samples, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples), result


def open_and_check(path: Path) -> object:
    """What the window's start does before it fills: the gate's quick part, the pragmas
    (its ``integrity_check`` follows in the background)."""
    with open_register(path, full_check=False) as reg:
        return reg.path


def open_for_a_command(path: Path) -> object:
    """What every command-line open does: the whole gate, ``integrity_check`` included."""
    with open_register(path) as reg:
        return reg.path


def open_and_info(path: Path) -> object:
    """``recordcheck register info``: the open plus ``PRAGMA quick_check`` and table counts."""
    with open_register(path) as reg:
        return reg.info()


def gate_costs(path: Path) -> dict[str, tuple[float, float]]:
    """The register gate's parts (store/gate.py), median / best ms: the quick part every open
    pays (identity, revision, tables, columns, indexes, triggers), and the whole gate with
    ``integrity_check`` (every command line open, backup, restore, import, info; the window
    runs it after the first paint in the background), next to ``quick_check`` for scale."""
    import sqlite3

    from recordcheck.store import gate

    def quick_check() -> object:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()

    out = {}
    for name, fn, rounds in (
        ("structure", lambda: gate.check(path, full=False), 15),
        ("full", lambda: gate.check(path), 5),
        ("quick_check", quick_check, 5),
    ):
        median, best, _ = timed(fn, rounds)
        out[name] = (median, best)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the database in this folder")
    parser.add_argument("--consents", type=int, default=100_000)
    parser.add_argument("--scenarios", type=int, default=1_000)
    parser.add_argument("--crash", type=int, default=0, help="crash-test runs (0: none)")
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="recordcheck-bench-"))
    path = folder / "register.sqlite3"
    if path.exists():
        path.unlink()
    built = build(path, options.scenarios, options.consents)
    size = path.stat().st_size / 1e6
    print(
        f"built {options.scenarios:,} scenarios and {options.consents:,} consents "
        f"(with events, tasks, audit rows) in {built:.1f} s; file {size:.1f} MB"
    )

    open_and_check(path)  # the first open after building pays for the WAL checkpoint
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.1f} on {os.cpu_count()} CPUs; figures are median / best)")
    open_ms, open_best, _ = timed(lambda: open_and_check(path))
    info_ms, info_best, _ = timed(lambda: open_and_info(path), 5)
    command_ms, command_best, _ = timed(lambda: open_for_a_command(path), 5)
    with open_register(path) as reg:
        list_ms, _, _ = timed(reg.scenarios, 5)
        names = ["jensen", "søren", "ØSTERGAARD", "ærø", "anne mø", "nobody"]
        search = {n: timed(lambda n=n: reg.search_consents(n)) for n in names}
        count_ms, _, _ = timed(lambda: reg.count_consents("jensen"))
        due_ms, due_best, due = timed(lambda: reg.due_deletions(TODAY))
    print(
        f"open for the window (gate's quick part, pragmas): "
        f"{open_ms:.1f} / {open_best:.1f} ms (goal ≤ 150 ms)"
    )
    print(
        f"open for a command (whole gate, integrity_check included): "
        f"{command_ms:.0f} / {command_best:.0f} ms"
    )
    print(
        f"open and info (the whole gate once, and table counts): {info_ms:.0f} / {info_best:.0f} ms"
    )
    worst = max(ms for ms, _, _ in search.values())
    worst_best = max(best for _, best, _ in search.values())
    print(
        f"name search, first page of up to 200: worst {worst:.1f} / {worst_best:.1f} ms "
        f"(goal ≤ 50 ms) — "
        + ", ".join(f"{n!r} {ms:.1f} ms/{len(r)} hits" for n, (ms, _, r) in search.items())
    )
    print(f"count of a name search: {count_ms:.1f} ms")
    print(f"due deletions: {due_ms:.1f} / {due_best:.1f} ms for {len(due)} tasks (goal ≤ 50 ms)")
    print(f"list all {options.scenarios:,} scenarios (decoded): {list_ms:.1f} ms")
    costs = gate_costs(path)
    print(
        f"register gate, quick part (identity, revision, tables, columns, indexes, "
        f"triggers): {costs['structure'][0]:.1f} / {costs['structure'][1]:.1f} ms"
    )
    print(
        f"register gate, whole (plus PRAGMA integrity_check, indexes included): "
        f"{costs['full'][0]:.0f} / {costs['full'][1]:.0f} ms "
        f"(PRAGMA quick_check alone: {costs['quick_check'][0]:.0f} ms)"
    )

    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    command = [sys.executable, "-m", "recordcheck", "register", "info", "--data-dir", str(folder)]
    subprocess.run(command, capture_output=True, env=env, check=True)
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env, check=True)
    print(f"`recordcheck register info` as a whole process: {time.perf_counter() - start:.2f} s")
    if options.crash:
        env["RECORDCHECK_CRASH_RUNS"] = str(options.crash)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-s",
                "-p",
                "no:cacheprovider",
                str(ROOT / "tests" / "store" / "test_crash.py"),
            ],
            env=env,
            check=False,
        )


if __name__ == "__main__":
    main()
