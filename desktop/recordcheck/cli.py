"""The ``recordcheck`` command line: one dispatcher, command groups in ``recordcheck.commands``.

Each command module exposes ``register(subparsers)``; a command's handler returns the exit
status. A :class:`~recordcheck.errors.UserError` becomes a message in the chosen language and
exit status 2; anything unexpected is logged and reported without a traceback. Nothing on this
path imports Qt or reportlab until a command needs it.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import logging
import os
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from recordcheck import version
from recordcheck.commands.common import add_lang_option
from recordcheck.errors import UserError
from recordcheck.texts import catalogue, normalise_language, text

#: Command groups, each a module with ``register(subparsers)``.
COMMAND_MODULES = (
    "recordcheck.commands.assess",
    "recordcheck.commands.register",
    "recordcheck.commands.export",
)

log = logging.getLogger(__name__)

__all__ = ["add_lang_option", "build_parser", "is_cli_invocation", "main", "run_guarded"]


def is_cli_invocation(args: list[str]) -> bool:
    """True when ``args`` starts with a word: a command, or a mistyped one (which gets a usage
    error naming the closest command). The window takes only options (``--data-dir``,
    ``--temp-data-dir``, ``--lang`` and Qt's own ``-style`` …), so a word never opens it."""
    if not args:
        return False
    first = args[0]
    return first in ("-h", "--help", "--version") or not first.startswith("-")


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
        lang = _current_language()
        self.print_usage(sys.stderr)
        detail = _say_argparse_message(message, lang)
        self.exit(2, text("cli.bad_arguments", lang, prog=self.prog, detail=detail) + "\n")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """An unknown command word is a usage error naming the closest command (issue 12)."""
        if (
            isinstance(action, argparse._SubParsersAction)
            and action.choices is not None
            and value not in action.choices
        ):
            self.unknown_command(str(value), action)
        super()._check_value(action, value)

    def unknown_command(self, word: str, action: argparse._SubParsersAction[Any]) -> NoReturn:
        lang = _current_language()
        self.print_usage(sys.stderr)
        suggestion = closest_command(word, self.prog, action)
        lines = [text("cli.unknown_command", lang, prog=self.prog, word=word)]
        if suggestion:
            lines.append(text("cli.did_you_mean", lang, command=suggestion))
        lines.append(text("cli.see_help", lang, prog=self.prog))
        self.exit(2, "\n".join(lines) + "\n")


def closest_command(word: str, prog: str, action: argparse._SubParsersAction[Any]) -> str | None:
    """The command line the user most likely meant: the nearest command at this level, or one
    level down (``recordcheck scenarios`` → ``recordcheck register scenarios``); a command at
    this level wins a tie."""
    here = list(action.choices)
    below: dict[str, str] = {}
    for name, parser in action.choices.items():
        for leaf in _sub_commands(parser):
            below.setdefault(leaf, f"{name} {leaf}")
    found = difflib.get_close_matches(word, [*here, *below], n=1, cutoff=0.6)
    if not found:
        return None
    match = found[0]
    return f"{prog} {match if match in here else below[match]}"


def _sub_commands(parser: argparse.ArgumentParser) -> list[str]:
    return [
        leaf
        for sub in parser._actions
        if isinstance(sub, argparse._SubParsersAction)
        for leaf in sub.choices
    ]


def _current_language() -> str:
    return _language_of(sys.argv[1:] if _ARGV is None else _ARGV)


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
    for pattern, template in catalogue("cli", lang).get("argparse", {}).items():
        found = re.fullmatch(pattern, message)
        if found:
            return str(template).format(**found.groupdict())
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
    try:
        options = parser.parse_args(_ARGV)
    except SystemExit as done:  # --help, --version, a usage error: a status, in process too
        return done.code if isinstance(done.code, int) else 2
    handler = getattr(options, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    return run_guarded(handler, options)
