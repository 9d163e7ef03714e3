"""The ``recordcheck`` command line: one dispatcher, command groups in ``recordcheck.commands``.

Each command module exposes ``register(subparsers)``; a command's handler returns the exit
status. A :class:`~recordcheck.errors.UserError` becomes a message in the chosen language and
exit status 2; anything unexpected is logged and reported without a traceback. Nothing on this
path imports Qt or reportlab until a command needs it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable

from recordcheck import version
from recordcheck.errors import UserError
from recordcheck.texts import LANGUAGES, normalise_language, text

#: Command groups, each a module with ``register(subparsers)``.
COMMAND_MODULES = (
    "recordcheck.commands.assess",
    "recordcheck.commands.register",
    "recordcheck.commands.export",
)

log = logging.getLogger(__name__)


def _command_names() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def is_cli_invocation(args: list[str]) -> bool:
    """True when ``args`` names a sub-command (or asks for CLI help); otherwise open the app."""
    if not args:
        return False
    if args[0] in ("-h", "--help", "--version"):
        return True
    return args[0] in _command_names()


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked (it costs an import)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        parser.exit(message=f"recordcheck {version()}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recordcheck",
        description="RecordCheck / Optagelsestjek – assess recording of calls and meetings.",
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """The ``--lang da|en`` option every command shares (Danish by default)."""
    parser.add_argument("--lang", choices=LANGUAGES, default="da", help="da (default) or en")


def run_guarded(handler: Callable[[argparse.Namespace], int], options: argparse.Namespace) -> int:
    lang = normalise_language(getattr(options, "lang", None))
    try:
        return handler(options)
    except UserError as error:
        print(error.message(lang), file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        return 130
    except Exception:  # the last line of defence: a message, never a traceback
        from recordcheck import logsetup

        where = logsetup.configure(getattr(options, "data_dir", None))
        log.exception("Unexpected error in %s", getattr(options, "command", "?"))
        print(text("cli.unexpected", lang, log=where or "-"), file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    options = parser.parse_args(argv)
    handler = getattr(options, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    return run_guarded(handler, options)
