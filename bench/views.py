"""Benchmark: the Consents section on a register of 1,000 scenarios and 100,000 consents.

Times, in one process and offscreen, opening the Consents section (count, first page, scenario
list, first paint) and applying a filter (a purpose, a status, a typed name: each re-counts and
re-reads the first page in SQLite). Goals (issue 6): open ≤ 300 ms, filter ≤ 100 ms.
``bench/startup.py`` seeds its register with :func:`add_consents` and calls :func:`measure`.

Run: ``.venv/bin/python bench/views.py`` (``--consents N`` to change the size).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
CONSENTS = 100_000
SCENARIOS = 1_000
GOAL_OPEN_MS = 300
GOAL_FILTER_MS = 100
FIRST = [
    "Anders",
    "Anne",
    "Birgit",
    "Dorte",
    "Erik",
    "Freja",
    "Hans",
    "Ida",
    "Jens",
    "Karen",
    "Lars",
    "Mette",
    "Niels",
    "Ole",
    "Pia",
    "Søren",
    "Tove",
    "Åse",
    "Øjvind",
]
LAST = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Larsen",
    "Sørensen",
    "Møller",
    "Østergaard",
    "Ærø",
]
PURPOSES = (["documentation"], ["training"], ["documentation", "training"], ["quality_assurance"])


def add_consents(path: Path, n: int = CONSENTS, seed: int = 6) -> None:
    """Insert ``n`` consents (10 % withdrawn) with their events into the register at ``path``,
    spread over its scenarios, in one transaction (the store's own bulk path is the same)."""
    from recordcheck.store import open_register, schema
    from recordcheck.store.repo_consents import name_key

    rng = random.Random(seed)
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    with open_register(path, author="bench") as reg:
        ids = [r.id for r in reg.scenarios()]
        consents, events = [], []
        for cid in range(1, n + 1):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            given = t0 + timedelta(minutes=rng.randint(0, 700_000))
            withdrawn = rng.random() < 0.1
            status_at = given + timedelta(days=3) if withdrawn else given
            consents.append(
                {
                    "id": cid,
                    "person_name": name,
                    "name_key": name_key(name),
                    "phone": None,
                    "email": None,
                    "reference": None,
                    "scenario_id": rng.choice(ids),
                    "purposes": json.dumps(rng.choice(PURPOSES)),
                    "mechanism": "opt_in_key",
                    "notice_version": "2025-01",
                    "given_at": given,
                    "evidence_note": "",
                    "status": "withdrawn" if withdrawn else "given",
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
        with reg._write() as tx:
            tx.conn.execute(schema.consents.insert(), consents)
            tx.conn.execute(schema.consent_events.insert(), events)


def _ms(fn, rounds: int) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), min(samples)


def measure(path: Path, rounds: int = 7) -> dict[str, float]:
    """Median ms to open the Consents section and to apply each filter; prints the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from recordcheck.services.workspace import Workspace
    from recordcheck.ui.changes_bridge import ChangesBridge
    from recordcheck.ui.views import worker
    from recordcheck.ui.views.consents_view import ConsentsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = Workspace(path, lang="da")
    workspace.register().count_consents()  # the first read warms SQLite's page cache
    changes = ChangesBridge(workspace)
    views: list[ConsentsView] = []

    def open_view() -> None:
        view = ConsentsView(workspace, "da", changes)
        view.resize(1100, 700)
        view.show()  # loads: scenario names, the count, the first page
        view.repaint()
        app.processEvents()
        views.append(view)

    open_ms, open_best = _ms(open_view, rounds)
    view = views[-1]
    worker.wait_all()
    app.processEvents()

    def choose(combo, data) -> None:
        combo.setCurrentIndex(combo.findData(data))  # applies the filter at once
        view.table.repaint()

    filters = {
        "purpose = training": lambda: choose(view.purpose, "training"),
        "status = withdrawn": lambda: choose(view.status, "withdrawn"),
        "name contains 'jensen'": lambda: (
            view.search.setText("jensen"),
            view.apply_filters(),
            view.table.repaint(),
        ),
        "one scenario": lambda: view.scenario.setCurrentIndex(view.scenario.count() // 2),
    }

    def reset() -> None:
        view.search.setText("")
        for combo in (view.purpose, view.status, view.scenario):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        worker.wait_all()
        app.processEvents()

    figures = {"open": open_ms}
    print(
        f"open the Consents section on {total_text(view)} consents: {open_ms:.0f} / "
        f"{open_best:.0f} ms (median / best; goal ≤ {GOAL_OPEN_MS} ms)"
    )
    for name, apply in filters.items():
        shown, counted = [], []
        for _ in range(rounds):
            reset()
            start = time.perf_counter()
            apply()
            shown.append((time.perf_counter() - start) * 1000)
            worker.wait_all()
            app.processEvents()
            counted.append((time.perf_counter() - start) * 1000)
        figures[name] = statistics.median(shown)
        print(
            f"apply filter {name}: first page shown in {figures[name]:.0f} / "
            f"{min(shown):.0f} ms (goal ≤ {GOAL_FILTER_MS} ms); count of "
            f"{total_text(view)} arrives after {statistics.median(counted):.0f} ms"
        )
    for v in views:
        v.close()
        v.deleteLater()
    worker.wait_all()
    app.processEvents()
    changes.detach()
    workspace.close()
    return figures


def total_text(view) -> str:
    return f"{view.model.total:,}" if view.model.total is not None else "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--consents", type=int, default=CONSENTS)
    parser.add_argument("--register", type=Path, help="measure this register (no seeding)")
    options = parser.parse_args()
    if options.register:
        figures = measure(options.register)
        return _verdict(figures)
    from recordcheck.domain.organisation import Organisation
    from recordcheck.domain.scenario import Scenario
    from recordcheck.domain.vocabulary import Channel, ControllerType, Purpose
    from recordcheck.store import open_register

    with tempfile.TemporaryDirectory(prefix="recordcheck-bench-") as tmp:
        path = Path(tmp) / "register.sqlite3"
        start = time.perf_counter()
        with open_register(path, author="bench") as reg:
            reg.save_organisation(Organisation("Benchmark ApS"))
            for i in range(SCENARIOS):
                reg.add_scenario(
                    Scenario(
                        name=f"Scenarie {i + 1}",
                        controller_type=ControllerType.PRIVATE_COMPANY,
                        channel=Channel.PHONE_INBOUND,
                        purposes=(Purpose.DOCUMENTATION,),
                    )
                )
        add_consents(path, options.consents)
        print(
            f"seeded {SCENARIOS:,} scenarios and {options.consents:,} consents in "
            f"{time.perf_counter() - start:.1f} s"
        )
        figures = measure(path)
    return _verdict(figures)


def _verdict(figures: dict[str, float]) -> int:
    worst_filter = max(v for k, v in figures.items() if k != "open")
    return 0 if figures["open"] <= GOAL_OPEN_MS and worst_filter <= GOAL_FILTER_MS else 1


if __name__ == "__main__":
    sys.exit(main())
