"""Frozen app benchmark: size of the one-folder build, and start time frozen vs from source.

    python bench/frozen.py            # uses dist/recordcheck (build it first:
                                      #   bash packaging/ci_frozen_selftest.sh)
    python bench/frozen.py --runs 9   # more runs per figure (median is reported)

Why: users feel start time and download size, and PyInstaller can make either worse
(a one-file build unpacks itself on every start; careless collection ships the whole of Qt).
Goals from issue 7: the Linux one-folder build ≤ 160 MB; the frozen app's start (to a shown main
window) ≤ 1.2 × the source app's. The command-line and self-test figures are shown alongside.
Each command runs once to warm the disk cache, then ``--runs`` times, source and frozen
alternating; the fastest runs are compared (the least disturbed on a shared machine).
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
DIST = ROOT / "dist" / "recordcheck"
SIZE_GOAL_MB = 160
RATIO_GOAL = 1.2

#: (label, arguments). "{data}" is a data folder holding a register with an organisation, so
#: the app starts straight to its main window (``--start-probe`` quits once it has painted).
SCENARIOS = (
    ("app start to the main window", ["--self-test", "--start-probe", "{data}"]),
    ("--version (CLI start, no Qt)", ["--version"]),
    (
        "assess a scenario (engine)",
        [
            "assess",
            str(ROOT / "tests" / "contract_examples" / "01-grain-trader-oral-contracts.json"),
        ],
    ),
    ("self-test: Qt translations", ["--self-test", "--only", "translations"]),
    ("self-test: main window", ["--self-test", "--only", "main window"]),
    ("full --self-test", ["--self-test"]),
)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def timed_pair(
    commands: list[tuple[list[str], dict[str, str]]], runs: int
) -> list[tuple[float, float, int]]:
    """(fastest, median, exit status) of each command over ``runs`` runs after a warm-up.

    The commands alternate run by run, so a busy moment on a shared machine hits both alike;
    the fastest run is the figure compared (the least disturbed), the median is shown too.
    """
    for command, env in commands:
        subprocess.run(command, env=env, capture_output=True, check=False)
    times: list[list[float]] = [[] for _ in commands]
    status = [0] * len(commands)
    for _ in range(runs):
        for index, (command, env) in enumerate(commands):
            started = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, check=False)
            times[index].append(time.perf_counter() - started)
            status[index] = status[index] or done.returncode
    return [(min(t), statistics.median(t), s) for t, s in zip(times, status, strict=True)]


def prepare_data_dir(folder: Path, env: dict[str, str]) -> None:
    """A register with an organisation, made from source, so no first-run dialog appears."""
    script = (
        "import sys; from pathlib import Path; from recordcheck import paths; "
        "from recordcheck.store import open_register; "
        "from recordcheck.domain.organisation import Organisation; "
        "reg = open_register(paths.database_path(Path(sys.argv[1]))); "
        "reg.save_organisation(Organisation(name='Bench ApS')); reg.close()"
    )
    subprocess.run([sys.executable, "-c", script, str(folder)], env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=DIST)
    options = parser.parse_args()
    frozen = options.dist / ("recordcheck.exe" if os.name == "nt" else "recordcheck")
    if not frozen.is_file():
        print(
            f"no frozen build at {options.dist}; run bash packaging/ci_frozen_selftest.sh",
            file=sys.stderr,
        )
        return 2

    size_mb = folder_size(options.dist) / 1_000_000
    verdict = "goal met" if size_mb <= SIZE_GOAL_MB else "GOAL MISSED"
    print(f"one-folder build: {size_mb:.1f} MB ({verdict}: ≤ {SIZE_GOAL_MB} MB)")

    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/.config",
            "XDG_DATA_HOME": f"{home}/.local/share",
            "RECORDCHECK_DATA_DIR": f"{home}/data",
        }
        source_env = {**env, "PYTHONPATH": str(ROOT / "desktop")}
        data = Path(home) / "app-data"
        prepare_data_dir(data, source_env)
        print(
            f"{'start time, fastest of ' + str(options.runs) + ' (median)':<34} "
            f"{'source':>16} {'frozen':>16} {'ratio':>7}"
        )
        worst = 0.0
        app_ratio = None
        for label, raw_args in SCENARIOS:
            args = [arg.replace("{data}", str(data)) for arg in raw_args]
            (source_s, source_med, source_rc), (frozen_s, frozen_med, frozen_rc) = timed_pair(
                [
                    ([sys.executable, "-m", "recordcheck", *args], source_env),
                    ([str(frozen), *args], env),
                ],
                options.runs,
            )
            ratio = frozen_s / source_s
            note = (
                ""
                if source_rc == frozen_rc == 0
                else (
                    f"  (exit source {source_rc}, frozen {frozen_rc}: a check failed or is missing)"
                )
            )
            if not note:
                worst = max(worst, ratio)
                if app_ratio is None and "--start-probe" in args:
                    app_ratio = ratio
            print(
                f"{label:<34} {source_s:>6.3f}s ({source_med:.3f}s) "
                f"{frozen_s:>6.3f}s ({frozen_med:.3f}s) {ratio:>6.2f}×{note}"
            )
    if app_ratio is not None:
        verdict = "goal met" if app_ratio <= RATIO_GOAL else "GOAL MISSED"
        print(f"app start, frozen/source: {app_ratio:.2f}× ({verdict}: ≤ {RATIO_GOAL}×)")
    print(
        f"worst ratio over all commands that passed: {worst:.2f}× "
        "(on a busy machine expect ±0.2× between runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
