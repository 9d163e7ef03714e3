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
import os
import re
import sys
from collections.abc import Callable
from typing import NoReturn

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


class Parser(argparse.ArgumentParser):
    """argparse whose error messages speak the user's language (``--lang``, Danish by default).

    The library's messages are English; the catalogue ``cli.<lang>.toml`` holds their Danish
    by pattern. ``--help`` stays English, like the command names and the README's examples."""

    def error(self, message: str) -> NoReturn:
        lang = _language_of(sys.argv[1:] if _ARGV is None else _ARGV)
        self.print_usage(sys.stderr)
        detail = _say_argparse_message(message, lang)
        self.exit(2, text("cli.bad_arguments", lang, prog=self.prog, detail=detail) + "\n")


#: The arguments being parsed (so an error can find ``--lang`` before parsing succeeded).
_ARGV: list[str] | None = None


def _language_of(args: list[str]) -> str:
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args):
            return normalise_language(args[i + 1])
        if arg.startswith("--lang="):
            return normalise_language(arg.split("=", 1)[1])
    return "da"


def _say_argparse_message(message: str, lang: str) -> str:
    from recordcheck.texts import catalogue

    for pattern, template in catalogue("cli", lang).get("argparse", {}).items():
        found = re.fullmatch(pattern, message)
        if found:
            return template.format(**found.groupdict())
    return message


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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
    except BrokenPipeError:  # `recordcheck … | head`: the reader left, nothing is wrong
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush stays quiet
        return 141
    except Exception:  # the last line of defence: a message, never a traceback
        from recordcheck import logsetup

        try:
            where = logsetup.configure(getattr(options, "data_dir", None))
        except Exception:  # e.g. an unusable --data-dir: the message still goes out
            where = None
        log.exception("Unexpected error in %s", getattr(options, "command", "?"))
        print(text("cli.unexpected", lang, log=where or "-"), file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    global _ARGV
    _ARGV = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    options = parser.parse_args(_ARGV)
    handler = getattr(options, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    return run_guarded(handler, options)
