"""The window's type errors may only shrink: run mypy on ui/, app.py and selftest.py (in mypy's
default mode, see [tool.mypy] in pyproject.toml), count the errors in those files, and fail when
there are more than .ci/mypy-ui-baseline.txt allows.

When the count drops, lower the number in the baseline file in the same commit (the script says
so), so the gain cannot be spent again. `--update` writes the current count.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / ".ci" / "mypy-ui-baseline.txt"
TARGETS = ["-p", "recordcheck.ui", "-m", "recordcheck.app", "-m", "recordcheck.selftest"]
#: an error line in one of the window's files (the Qt-free modules are the strict run's job)
WINDOW_ERROR = re.compile(
    r"^desktop/recordcheck/(?:ui/.*|app\.py|selftest\.py):\d+: error:", re.MULTILINE
)


def count_errors() -> tuple[int, str]:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--follow-imports=silent", *TARGETS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.exit(f"mypy failed:\n{run.stdout}{run.stderr}")
    return len(WINDOW_ERROR.findall(run.stdout)), run.stdout


def main(argv: list[str]) -> int:
    errors, report = count_errors()
    if "--update" in argv:
        BASELINE.write_text(f"{errors}\n", encoding="utf-8")
    baseline = int(BASELINE.read_text(encoding="utf-8").split()[0])
    print(f"ui mypy errors: {errors} (baseline {baseline})")
    if errors > baseline:
        print(report, end="")
        print(
            f"{errors - baseline} new type error(s) in ui/, app.py or selftest.py: fix them "
            "(the list is above).",
            file=sys.stderr,
        )
        return 1
    if errors < baseline:
        print(
            f"Fewer than the baseline: write {errors} into {BASELINE.relative_to(ROOT)} "
            "(or run this script with --update) so the gain is kept."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
