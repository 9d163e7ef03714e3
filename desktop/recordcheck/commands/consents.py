"""``recordcheck consent add|withdraw|list`` and ``recordcheck deletions due|done``: consents,
withdrawals and the deletions they cause, through ``services.records``."""

from __future__ import annotations

import argparse
from datetime import date, datetime, time

from recordcheck import dates
from recordcheck.commands.common import (
    day_option,
    enum_option,
    label,
    moment_option,
    say,
    workspace,
)
from recordcheck.domain.register import ConsentEventKind, ConsentInput
from recordcheck.domain.vocabulary import ConsentMechanism, Purpose
from recordcheck.services import cli_support, records
from recordcheck.services.labels import purpose_label
from recordcheck.texts import text


# -- arguments ----------------------------------------------------------------------------------
def add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scenario", type=int, required=True)
    p.add_argument("--name", required=True)
    p.add_argument(
        "--purpose",
        action="append",
        required=True,
        help="a purpose, e.g. documentation (repeat for several)",
    )
    p.add_argument(
        "--mechanism", required=True, help="opt_in_key, written, verbal_yes_logged or meeting_click"
    )
    p.add_argument("--notice-version", required=True)
    p.add_argument("--at", help="when (YYYY-MM-DD[THH:MM], local time; default now)")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--reference")
    p.add_argument("--channel", default="")
    p.add_argument("--note", default="")
    p.add_argument("--refused", action="store_true", help="the person said no")


def withdraw_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--at", help="when (default now)")
    p.add_argument("--channel", required=True, help="how, e.g. phone or e-mail")
    p.add_argument("--note", default="")


def list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", default="")
    p.add_argument("--scenario", type=int)
    p.add_argument("--purpose", help="only consents covering this purpose, e.g. documentation")
    p.add_argument("--from", dest="since", metavar="YYYY-MM-DD", help="given on or after")
    p.add_argument("--to", dest="until", metavar="YYYY-MM-DD", help="given on or before")
    p.add_argument("--status", choices=("given", "refused", "withdrawn", "expired"))
    p.add_argument("--limit", type=int, default=200)


def due_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--due", metavar="YYYY-MM-DD", help="due on or before (default today)")
    p.add_argument("--all", action="store_true", help="every task, done ones too")


def done_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--what", required=True, help="what was deleted")
    p.add_argument("--method", required=True, help="how it was deleted")


# -- handlers -------------------------------------------------------------------------------------
def run_add(options: argparse.Namespace) -> int:
    consent = ConsentInput(
        person_name=options.name,
        scenario_id=options.scenario,
        purposes=tuple(enum_option(Purpose, p, "--purpose") for p in options.purpose),
        mechanism=enum_option(
            ConsentMechanism, options.mechanism, "--mechanism", cli_support.consent_mechanisms()
        ),
        notice_version=options.notice_version,
        given_at=moment_option(options.at),
        phone=options.phone,
        email=options.email,
        reference=options.reference,
        evidence_note=options.note,
        channel=options.channel,
        outcome=ConsentEventKind.REFUSED if options.refused else ConsentEventKind.GIVEN,
    )
    with workspace(options) as ws:
        record = records.add_consent(ws, consent)
        say("consent_added", options, id=record.id, name=record.person_name)
    return 0


def run_withdraw(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        task = records.withdraw_consent(
            ws, options.id, at=moment_option(options.at), channel=options.channel, note=options.note
        )
        say(
            "consent_withdrawn",
            options,
            id=options.id,
            task=task.id,
            due=dates.message_day(task.due),
        )
    return 0


def _end_of(day: date | None) -> datetime | None:
    """The last moment of a local day (``--to`` includes the whole day)."""
    return dates.as_utc(datetime.combine(day, time.max)) if day is not None else None


def run_list(options: argparse.Namespace) -> int:
    purpose = enum_option(Purpose, options.purpose, "--purpose") if options.purpose else None
    since, until = day_option(options.since), _end_of(day_option(options.until))
    with workspace(options) as ws:
        found = ws.register().search_consents(
            options.name,
            scenario_id=options.scenario,
            purpose=purpose,
            status=options.status,
            since=since,
            until=until,
            limit=options.limit,
        )
    if not found:
        say("no_records", options)
    for c in found:
        purposes = ", ".join(purpose_label(p, options.lang) for p in c.purposes)
        scenario = text("store.list_scenario", options.lang, id=c.scenario_id)
        print(
            f"{c.id}\t{dates.day_and_time(c.given_at)}\t"
            f"{label('consent', c.status, options)}\t{scenario}\t{purposes}\t"
            f"{c.person_name}"
        )
    return 0


def run_due(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        tasks = (
            ws.register().deletion_tasks()
            if options.all
            else records.due_deletions(ws, day_option(options.due))
        )
    if not tasks:
        say("no_due", options)
    for t in tasks:
        who = t.person_name or purpose_label(t.purpose, options.lang)
        cutoff = (
            text("store.list_cutoff", options.lang, date=dates.message_day(t.cutoff))
            if t.cutoff
            else ""
        )
        scenario = text("store.list_scenario", options.lang, id=t.scenario_id)
        print(
            f"{t.id}\t{dates.day(t.due)}\t{label('task', t.status, options)}\t"
            f"{label('reason', t.reason, options)}\t{scenario}\t{who}\t{cutoff}".rstrip()
        )
    return 0


def run_done(options: argparse.Namespace) -> int:
    with workspace(options) as ws:
        records.complete_deletion(ws, options.id, what=options.what, method=options.method)
        say("deletion_done", options, id=options.id)
    return 0
