"""What every register command shares: its options, its workspace, and how it says things.

A command makes one :class:`~recordcheck.services.Workspace` from ``--data-dir`` and
``--lang`` and hands it to the use cases; days and times typed on the command line are read by
:mod:`recordcheck.dates`; stored values are printed as labels in the user's language.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from recordcheck import dates
from recordcheck.errors import InputError
from recordcheck.services.workspace import Workspace
from recordcheck.texts import LANGUAGES, text

E = TypeVar("E", bound=Enum)


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """The ``--lang da|en`` option every command shares (Danish by default)."""
    parser.add_argument("--lang", choices=LANGUAGES, default="da", help="da (default) or en")


def common_options() -> argparse.ArgumentParser:
    """``--data-dir`` and ``--lang``, as a parent parser for the register's commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help="data folder (default: the OS's local application-data folder)",
    )
    add_lang_option(common)
    return common


@contextmanager
def workspace(options: argparse.Namespace, *, create: bool = False) -> Iterator[Workspace]:
    """The command's workspace, closed when it is done. Only the commands that make a register
    (init, scenario add, import-json, restore) pass ``create=True``, so a mistyped
    ``--data-dir`` is reported, never filled with a new register."""
    ws = Workspace.for_data_dir(
        getattr(options, "data_dir", None), lang=options.lang, create=create
    )
    try:
        yield ws
    finally:
        ws.close()


# -- saying things ------------------------------------------------------------------------------
def say(key: str, options: argparse.Namespace, **params: Any) -> None:
    """Print the catalogue message ``key`` (``store.…``, ``services.…``, ``cli.…``)."""
    print(text(key if "." in key else f"store.{key}", options.lang, **params))


def tell(key: str, options: argparse.Namespace, **params: Any) -> None:
    """Like :func:`say`, on standard error (hints that go with a refusal)."""
    print(text(key if "." in key else f"store.{key}", options.lang, **params), file=sys.stderr)


def warn_location(ws: Workspace, options: argparse.Namespace) -> None:
    """Warnings about where the register lies (a synchronised folder, a network drive …)."""
    for warning in ws.register().warnings():
        print(text(warning.code, options.lang, **warning.params), file=sys.stderr)


def dump(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


#: The catalogue key that names a stored value in the user's language (review B18): lists never
#: print raw values such as ``draft``, ``withdrawn`` or ``withdrawal``.
_LABELS = {
    "scenario": "scenario_{}",
    "consent": "consent_{}",
    "task": "task_{}",
    "reason": "reason_{}",
}
_LABEL_EXCEPTIONS = {
    ("consent", "withdrawn"): "consent_withdrawn_status",
    ("task", "done"): "task_done_status",
}


def label(kind: str, value: Any, options: argparse.Namespace) -> str:
    raw = getattr(value, "value", value)
    key = _LABEL_EXCEPTIONS.get((kind, raw)) or _LABELS[kind].format(raw)
    return text(f"store.{key}", options.lang)


# -- reading what was typed ---------------------------------------------------------------------
def day_option(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option (``None`` when not given)."""
    if value is None:
        return None
    try:
        return dates.parse_day(value)
    except ValueError as error:
        raise InputError("store.bad_date", value=value) from error


def moment_option(value: str | None) -> datetime:
    """A ``YYYY-MM-DD[THH:MM]`` option in local time (now when not given)."""
    if value is None:
        return dates.now_local()
    try:
        return dates.parse_moment(value)
    except ValueError as error:
        raise InputError("store.bad_datetime", value=value) from error


def enum_option(cls: type[E], value: str, name: str, allowed: str | None = None) -> E:
    """``value`` as a member of ``cls``; a wrong value names the option and the allowed ones."""
    try:
        return cls(value)
    except ValueError as error:
        allowed = allowed or ", ".join(str(m.value) for m in cls)
        raise InputError("contract.enum", field=name, value=value, allowed=allowed) from error
