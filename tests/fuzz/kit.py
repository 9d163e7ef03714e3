"""Running the command line in process for the fuzz tests, and what counts as a failure: a
traceback, the generic "unexpected error" message, or an exit status other than 0 or 2."""

from __future__ import annotations

import contextlib
import io
import os
from functools import cache
from typing import Any

from recordcheck import cli
from recordcheck.texts import text

#: Examples per test: scenario files, register exports, accepted exports exported in every
#: format. ``HYPOTHESIS_PROFILE=long`` multiplies them for a night run.
_LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
SCENARIO_FILES, REGISTER_EXPORTS, EXPORTED = (50_000, 10_000, 200) if _LONG else (5000, 1000, 12)

#: The start of the generic message in both languages (the rest names the log file).
GENERIC = (text("cli.unexpected", "da", log="")[:30], text("cli.unexpected", "en", log="")[:30])


@cache
def _parser() -> Any:
    return cli.build_parser()


def run(*args: str) -> tuple[int, str, str]:
    """``cli.main(args)`` without building the parser again for every example: the same
    parse, the same handler, the same last line of defence (``cli.run_guarded``)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            options = _parser().parse_args(list(args))
        except SystemExit as done:
            return (done.code if isinstance(done.code, int) else 2), out.getvalue(), err.getvalue()
        status = cli.run_guarded(options.handler, options)
    return status, out.getvalue(), err.getvalue()


def assert_clean(status: int, out: str, err: str, what: str) -> None:
    assert "Traceback" not in err + out, (what, err[-2000:])
    assert not any(g in err for g in GENERIC), (what, err[-2000:])
    assert status in (0, 2), (what, status, err[-2000:])
    if status == 2:
        assert err.strip(), what  # a refusal says why
    # what went to the terminal can be written as UTF-8 (no lone surrogate in a message)
    (out + err).encode("utf-8")
