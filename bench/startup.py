"""Benchmark: start to a painted main window, RecordCheck vs a bare PySide6 window, and memory.

Run: ``.venv/bin/python bench/startup.py`` (offscreen by default; set QT_QPA_PLATFORM to use a
real display). In one run it measures, as whole processes from launch: the first paint of a
bare ``QMainWindow``; RecordCheck's first paint, and its first paint with all 1,000 scenarios
of the register listed (the window paints before the register is opened). Then RecordCheck's
resident memory after a second of idling. Goals (issues 5 and 11), judged on the listed
figure: ≤ 2.0× the bare window (next: 1.6×), ≤ 150 MiB. The register also holds 100,000
consents, and last the
Consents section is timed on it (``bench/views.py``; issue 6): open ≤ 300 ms, filter ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = 1_000
GOAL_RATIO = 2.0
GOAL_MIB = 150


def _child(kind: str, data_dir: str) -> int:
    """Run inside the measured process: show a window, report its first paint, then memory."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class FirstPaint(QObject):
        """Reports the window's first paint, then the first paint showing the whole list."""

        def __init__(self) -> None:
            super().__init__()
            self.painted = self.filled = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() != QEvent.Type.Paint or not isinstance(obj, QMainWindow):
                return False
            if not self.painted:
                self.painted = True
                print("painted", flush=True)
            scenarios = getattr(obj, "scenarios", None)
            rows = scenarios.model.rowCount() if scenarios is not None else SCENARIOS
            if not self.filled and rows >= SCENARIOS:
                self.filled = True
                print("filled", flush=True)
                QTimer.singleShot(1000, report_memory)
            elif not self.filled and scenarios is not None:
                QTimer.singleShot(0, obj.update)  # paint again once the list is in
            return False

    def report_memory() -> None:
        status = Path("/proc/self/status").read_text()
        rss_kb = next(
            int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")
        )
        print(f"rss {rss_kb / 1024:.1f}", flush=True)
        QApplication.instance().quit()

    watcher = FirstPaint()
    if kind == "bare":
        app = QApplication(sys.argv[:1])
        app.installEventFilter(watcher)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1280, 800)
        window.show()
        return app.exec()
    sys.path.insert(0, str(ROOT / "desktop"))
    app = QApplication(sys.argv[:1])
    app.installEventFilter(watcher)
    from recordcheck import app as recordcheck_app

    return recordcheck_app.main(["--data-dir", data_dir, "--lang", "da"])


def seed(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT / "desktop"))
    from recordcheck.domain.organisation import Organisation
    from recordcheck.paths import database_path
    from recordcheck.rules import assess
    from recordcheck.store import open_register
    from recordcheck.ui.presets import presets

    register = open_register(database_path(data_dir))
    register.save_organisation(Organisation("Benchmark ApS"))
    chosen = presets()
    assessments = {p.key: assess(p.scenario) for p in chosen}
    for i in range(SCENARIOS):
        preset = chosen[i % len(chosen)]
        scenario = preset.scenario.__class__(
            **{**preset.scenario.__dict__, "name": f"{preset.scenario.name} {i + 1}"}
        )
        record = register.add_scenario(scenario)
        if i < 50:
            register.add_assessment(record.id, assessments[preset.key])
    register.close()
    from views import add_consents  # bench/views.py

    add_consents(database_path(data_dir))


def launch(kind: str, data_dir: Path) -> tuple[float, float, float]:
    """Seconds from launch to the first paint and to the list painted, and idle RSS (MiB)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", kind, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    painted = filled = rss = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("painted"):
            painted = time.perf_counter() - start
        elif line.startswith("filled"):
            filled = time.perf_counter() - start
        elif line.startswith("rss"):
            rss = float(line.split()[1])
    proc.wait(timeout=60)
    return painted, filled, rss


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DATA_DIR"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.child:
        return _child(*args.child)
    with tempfile.TemporaryDirectory(prefix="recordcheck-bench-") as tmp:
        data_dir = Path(tmp)
        t = time.perf_counter()
        seed(data_dir)
        print(
            f"seeded a register with {SCENARIOS} scenarios and 100,000 consents in "
            f"{time.perf_counter() - t:.1f} s"
        )
        launch("app", data_dir)  # warm the OS file cache and Python's bytecode cache
        launch("bare", data_dir)
        bare, first, full, rss = [], [], [], []
        for _ in range(args.rounds):  # interleaved, so both see the same machine load
            bare.append(launch("bare", data_dir)[0])
            painted, filled, mib = launch("app", data_dir)
            first.append(painted)
            full.append(filled)
            rss.append(mib)
        from views import GOAL_FILTER_MS, GOAL_OPEN_MS, measure

        views = measure(data_dir / "register.sqlite3")
    b, p, f = (statistics.median(x) for x in (bare, first, full))
    m = statistics.median(rss)
    print(
        f"bare PySide6 window:            {b * 1000:6.0f} ms to first paint "
        f"(median of {args.rounds})"
    )
    print(f"RecordCheck window painted:     {p * 1000:6.0f} ms = {p / b:.2f}× bare")
    print(
        f"  … with its {SCENARIOS} scenarios listed: {f * 1000:6.0f} ms = {f / b:.2f}× bare "
        f"(goal ≤ {GOAL_RATIO}×)"
    )
    print(f"RecordCheck idle memory:        {m:6.0f} MiB RSS (goal ≤ {GOAL_MIB} MiB)")
    views_ok = views.pop("open") <= GOAL_OPEN_MS and max(views.values()) <= GOAL_FILTER_MS
    return 0 if f / b <= GOAL_RATIO and m <= GOAL_MIB and views_ok else 1


if __name__ == "__main__":
    sys.exit(main())
