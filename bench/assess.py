"""Benchmark: one assessment in-process (median) and ``recordcheck assess`` as a whole process.

Run: ``.venv/bin/python bench/assess.py``. Goals (issue 2): ≤ 2 ms in-process, ≤ 0.5 s per process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from recordcheck.contract import load_scenario  # noqa: E402
from recordcheck.rules import assess, assess_model, load_rulebase  # noqa: E402

EXAMPLES = sorted((ROOT / "tests" / "contract_examples").glob("[0-9]*.json"))


def in_process(rounds: int = 200, *, worded: bool = True) -> tuple[float, float]:
    """One assessment: typed only (``assess_model``, what documents use) or put in words too
    (``assess``, the JSON/CLI edge)."""
    scenarios = [load_scenario(p) for p in EXAMPLES]
    load_rulebase()  # loaded once per process, as in the app
    run = (lambda s: assess(s, lang="da")) if worded else assess_model
    samples = []
    for _ in range(rounds):
        for scenario in scenarios:
            start = time.perf_counter()
            run(scenario)
            samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, max(samples) * 1000


def whole_process(runs: int = 15) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    command = [sys.executable, "-m", "recordcheck", "assess", str(EXAMPLES[0]), "--format", "json"]
    subprocess.run(command, capture_output=True, env=env, check=True)  # warm the disk cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    start = time.perf_counter()
    load_rulebase.cache_clear()
    load_rulebase()
    load_ms = (time.perf_counter() - start) * 1000
    median_ms, worst_ms = in_process()
    typed_ms, _ = in_process(worded=False)
    process_s = whole_process()
    print(f"rule base load (once per process): {load_ms:.1f} ms")
    print(
        f"one assessment in-process: median {median_ms:.3f} ms, worst {worst_ms:.2f} ms "
        f"(goal ≤ 2 ms) over {len(EXAMPLES)} examples × 200"
    )
    print(f"  of which the typed result alone (assess_model): median {typed_ms:.3f} ms")
    print(f"recordcheck assess as a whole process: median {process_s:.3f} s (goal ≤ 0.5 s)")


if __name__ == "__main__":
    main()
