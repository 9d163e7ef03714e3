"""`recordcheck` and `python -m recordcheck`: a sub-command runs the CLI; none opens the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from recordcheck import cli

    if cli.is_cli_invocation(args):
        return cli.main(args)
    if "--self-test" in args:  # the frozen app's own check (see recordcheck.selftest)
        from recordcheck import selftest

        return selftest.main(args)
    from recordcheck import qtcheck  # before Qt: say which Linux packages the window lacks

    refused = qtcheck.check_window_libraries(args)
    if refused is not None:
        return refused
    from recordcheck import app  # Qt is imported only when the window is wanted

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
