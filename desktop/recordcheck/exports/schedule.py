"""The deletion schedule ("slettepolitik", rules.md §4.3): per scenario and purpose what is kept,
how long, from when, with which exceptions, how it is deleted and by whom; then the open deletion
tasks and the deletion log. As PDF to print, CSV to filter, and an .ics calendar with reminders
before each due deletion (importable in Outlook, Google and Apple calendars)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from recordcheck.dates import as_utc as utc
from recordcheck.dates import compact_day, day, iso
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    DeletionLogEntry,
    DeletionReason,
    DeletionStatus,
    DeletionTask,
    RetentionRule,
)
from recordcheck.domain.scenario import Scenario
from recordcheck.exports import pdfbase as pb
from recordcheck.exports.cells import csv_text
from recordcheck.exports.facts import period
from recordcheck.exports.sanitise import CELL_LIMIT, printable_inputs, xml_safe
from recordcheck.exports.templates import Words
from recordcheck.rules.labels import purpose_label

#: Reminders before a due deletion (Outlook shows each as a pop-up).
REMINDERS = (timedelta(days=7), timedelta(days=1))


@dataclass(frozen=True)
class _Schedule:
    """The inputs with the lookups every format needs."""

    org: Organisation
    scenarios: Mapping[int, Scenario]
    rules: Sequence[RetentionRule]
    tasks: Sequence[DeletionTask]
    log: Sequence[DeletionLogEntry]
    words: Words
    on: date

    def scenario(self, scenario_id: int) -> str:
        found = self.scenarios.get(scenario_id)
        return found.name if found else self.words("unknown_scenario", id=scenario_id)

    def purpose(self, purpose: object) -> str:
        return purpose_label(purpose, self.words.lang)

    def open_tasks(self) -> list[DeletionTask]:
        return sorted(
            (t for t in self.tasks if t.status is DeletionStatus.OPEN), key=lambda t: (t.due, t.id)
        )

    def entries(self) -> list[DeletionLogEntry]:
        return sorted(self.log, key=lambda e: (utc(e.deleted_at), e.id))

    def next_check(self, rule: RetentionRule) -> str:
        due = [
            t.due
            for t in self.tasks
            if t.retention_rule_id == rule.id and t.status is DeletionStatus.OPEN
        ]
        dates = [d for d in (min(due) if due else None, rule.next_review) if d is not None]
        return (
            day(min(dates))
            if dates
            else self.words("placeholder.fill", what=self.words("col.next_check").lower())
        )

    def task_what(self, task: DeletionTask) -> str:
        w = self.words
        if task.reason is DeletionReason.WITHDRAWAL:
            return w("withdrawal", person=task.person_name or w.fill_in("value"))
        if task.cutoff is not None:
            return w("cutoff", cutoff=day(task.cutoff))
        return w(
            "data", scenario=self.scenario(task.scenario_id), purpose=self.purpose(task.purpose)
        )

    def status(self, task: DeletionTask) -> str:
        if task.is_overdue(self.on):
            return self.words("overdue")
        return self.words(f"status.{task.status.value}")

    def rule_fields(self, rule: RetentionRule) -> list[tuple[str, str]]:
        w = self.words

        def fill(key: str) -> str:
            return w("placeholder.fill", what=w(f"col.{key}").lower())

        return [
            (
                w("col.data"),
                w(
                    "data",
                    scenario=self.scenario(rule.scenario_id),
                    purpose=self.purpose(rule.purpose),
                ),
            ),
            (w("col.retention"), period(rule.period_days, w)),
            (w("col.start"), w(f"start_event.{rule.start_event.value}")),
            (w("col.justification"), rule.justification or fill("justification")),
            (w("col.statutory"), rule.statutory_source or "–"),
            (w("col.exceptions"), rule.exceptions or fill("exceptions")),
            (w("col.system"), rule.system_location or fill("system")),
            (w("col.method"), rule.deletion_method or fill("method")),
            (w("col.backup"), rule.backup_handling or fill("backup")),
            (w("col.responsible"), rule.responsible or w.fill_in("responsible")),
            (
                w("col.follow_up"),
                ", ".join(x for x in (rule.follow_up, w("every", days=rule.follow_up_days)) if x),
            ),
            (w("col.next_check"), self.next_check(rule)),
        ]


def _schedule(
    org: Organisation,
    scenarios: Mapping[int, Scenario],
    rules: Sequence[RetentionRule],
    tasks: Sequence[DeletionTask],
    log: Sequence[DeletionLogEntry],
    lang: str,
    on: date | None,
) -> _Schedule:
    ordered = sorted(rules, key=lambda r: (r.scenario_id, str(r.purpose), r.id))
    return _Schedule(
        org, scenarios, ordered, tasks, log, Words("schedule", lang), on or date.today()
    )


def _table_or_none(
    w: Words, columns: tuple[str, ...], rows: list[tuple[str, ...]], widths: list[float]
) -> list[Flowable]:
    """A table under its column titles, or the document's "none" line when there are no rows
    (an empty table with only headings reads as if something failed to print)."""
    if not rows:
        return [pb.para(w("none"))]
    return pb.fast_table([tuple(w(f"col.{c}") for c in columns), *rows], widths)


@printable_inputs()
def schedule_pdf(
    org: Organisation,
    scenarios: Mapping[int, Scenario],
    rules: list[RetentionRule],
    tasks: list[DeletionTask],
    log: list[DeletionLogEntry],
    lang: str = "da",
    on: date | None = None,
) -> bytes:
    """The schedule as a PDF; ``on`` is the day overdue tasks are judged against (today)."""
    s = _schedule(org, scenarios, rules, tasks, log, lang, on)
    w = s.words
    story: list[Flowable] = [
        pb.para(w("title"), "title"),
        pb.para(w("subtitle", org=org.name, on=day(s.on)), "subtitle"),
        pb.para(w("intro")),
        pb.heading(w("rules_heading")),
    ]
    for rule in s.rules:
        head = pb.para(f"{s.scenario(rule.scenario_id)} – {s.purpose(rule.purpose)}", "h3")
        story.append(
            KeepTogether([head, pb.table(s.rule_fields(rule), [42 * mm, 132 * mm], header=False)])
        )
    if not s.rules:
        story.append(pb.para(w("none")))
    story.append(pb.heading(w("tasks_heading")))
    story += _table_or_none(
        w,
        ("due", "scenario", "purpose", "reason", "status"),
        [
            (
                day(t.due),
                s.scenario(t.scenario_id),
                s.purpose(t.purpose),
                s.task_what(t),
                s.status(t),
            )
            for t in s.open_tasks()
        ],
        [19 * mm, 40 * mm, 28 * mm, 63 * mm, 24 * mm],
    )
    story.append(pb.heading(w("log_heading")))
    story += _table_or_none(
        w,
        ("deleted_at", "scenario", "purpose", "what", "method", "by"),
        [
            (
                day(e.deleted_at),
                s.scenario(e.scenario_id),
                s.purpose(e.purpose),
                e.what,
                e.method,
                e.author,
            )
            for e in s.entries()
        ],
        [19 * mm, 38 * mm, 26 * mm, 43 * mm, 25 * mm, 23 * mm],
    )
    return pb.build_pdf(
        story,
        title=w("title"),
        lang=w.lang,
        author=org.name,
        footer=f"{org.name} · {w('doc')} · {day(s.on)}",
        page_label=w("page"),
    )


@printable_inputs(CELL_LIMIT)
def schedule_csv(
    org: Organisation,
    scenarios: Mapping[int, Scenario],
    rules: list[RetentionRule],
    tasks: list[DeletionTask],
    log: list[DeletionLogEntry],
    lang: str = "da",
    on: date | None = None,
) -> str:
    """One flat table (rules, open tasks, log; told apart by the first column) for Excel:
    semicolons and a byte-order mark for Danish Excel, commas for English. Cells that a
    spreadsheet would run as formulas are neutralised (:mod:`recordcheck.exports.cells`)."""
    s = _schedule(org, scenarios, rules, tasks, log, lang, on)
    w = s.words
    columns = [
        "section",
        "scenario",
        "purpose",
        "data",
        "retention",
        "start",
        "justification",
        "statutory",
        "exceptions",
        "system",
        "method",
        "backup",
        "responsible",
        "follow_up",
        "next_check",
        "due",
        "reason",
        "status",
        "deleted_at",
        "what",
        "by",
    ]
    rows: list[list[object]] = [[w(f"col.{c}") for c in columns]]

    def row(**cells: object) -> None:
        rows.append([cells.get(c) for c in columns])

    for rule in s.rules:
        fields = dict(
            zip(
                columns[columns.index("data") : columns.index("next_check") + 1],
                (v for _, v in s.rule_fields(rule)),
                strict=True,
            )
        )
        row(
            section=w("section.rule"),
            scenario=s.scenario(rule.scenario_id),
            purpose=s.purpose(rule.purpose),
            **fields,
        )
    for task in s.open_tasks():
        row(
            section=w("section.task"),
            scenario=s.scenario(task.scenario_id),
            purpose=s.purpose(task.purpose),
            due=day(task.due),
            reason=s.task_what(task),
            status=s.status(task),
        )
    for entry in s.entries():
        row(
            section=w("section.log"),
            scenario=s.scenario(entry.scenario_id),
            purpose=s.purpose(entry.purpose),
            deleted_at=iso(entry.deleted_at),
            what=entry.what,
            method=entry.method,
            by=entry.author,
        )
    return csv_text(rows, w.lang)


#: One calendar event per due day, scenario and purpose: (due, scenario id, purpose or "").
_EventKey = tuple[date, int, str]


@printable_inputs()
def schedule_ics(
    org: Organisation,
    scenarios: Mapping[int, Scenario],
    rules: list[RetentionRule],
    tasks: list[DeletionTask],
    log: list[DeletionLogEntry],
    lang: str = "da",
) -> bytes:
    """An iCalendar file (RFC 5545, built with ``icalendar``): one all-day event per due day,
    scenario and purpose with open deletion tasks, with reminders 7 days and 1 day before, and
    one per retention rule's next review. The file is meant for Outlook or Google calendars,
    outside the register, so it names the scenario, the purpose and how many tasks and people
    are concerned, never a person (the schedule's PDF names them). UIDs are stable, so
    importing a newer file updates the events instead of duplicating them."""
    from icalendar import Alarm, Calendar, vText

    s = _schedule(org, scenarios, rules, tasks, log, lang, None)
    w = s.words
    calendar = Calendar()
    calendar.add("prodid", f"-//RecordCheck//Optagelsestjek//{w.lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(_line(w("ics.calendar", org=org.name))))
    groups: dict[_EventKey, list[DeletionTask]] = {}
    for task in s.open_tasks():
        key = (task.due, task.scenario_id, str(task.purpose or ""))
        groups.setdefault(key, []).append(task)
    for (due, scenario_id, purpose_code), group in groups.items():
        scenario = s.scenario(scenario_id)
        purpose = s.purpose(group[0].purpose) if purpose_code else w("ics.all_purposes")
        event = _event(
            f"deletion-{compact_day(due)}-{scenario_id}-{purpose_code or 'all'}",
            due,
            max(utc(t.created_at) for t in group),
            w("ics.summary", scenario=scenario, purpose=purpose),
        )
        event.add(
            "description",
            xml_safe(
                w(
                    "ics.description",
                    scenario=scenario,
                    purpose=purpose,
                    count=len(group),
                    what=_ics_what(s, group),
                    responsible=_responsible(s, group),
                )
            ),
        )
        for before in REMINDERS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add(
                "description",
                _line(w("ics.alarm", due=day(due), scenario=scenario, purpose=purpose)),
            )
            alarm.add("trigger", -before)
            event.add_component(alarm)
        calendar.add_component(event)
    for rule in s.rules:
        if rule.next_review is None:
            continue
        stamp = (
            rule.updated_at
            or rule.created_at
            or datetime.combine(rule.next_review, time(), tzinfo=UTC)
        )
        calendar.add_component(
            _event(
                f"retention-review-{rule.id}",
                rule.next_review,
                utc(stamp),
                w(
                    "ics.review_summary",
                    scenario=s.scenario(rule.scenario_id),
                    purpose=s.purpose(rule.purpose),
                ),
            )
        )
    return bytes(calendar.to_ical())


def _event(uid: str, on: date, stamp: datetime, summary: str) -> Any:
    """An all-day, free-time VEVENT (the caller adds the description and alarms)."""
    from icalendar import Event

    event = Event()
    event.add("uid", f"{uid}@recordcheck.local")
    event.add("dtstamp", stamp)
    event.add("dtstart", on)
    event.add("dtend", on + timedelta(days=1))
    event.add("summary", _line(summary))
    event.add("transp", "TRANSPARENT")
    return event


def _line(text: str) -> str:
    """A one-line calendar text (a title, a calendar's name): XML-safe, line breaks as spaces."""
    return " ".join(xml_safe(text).split("\n"))


def _ics_what(s: _Schedule, group: Sequence[DeletionTask]) -> str:
    """What the tasks of one event delete, without naming anyone: the recordings past their
    retention (by cut-off day) and how many people withdrew their consent."""
    w = s.words
    parts = [
        w("cutoff", cutoff=day(t.cutoff))
        if t.cutoff is not None
        else w("data", scenario=s.scenario(t.scenario_id), purpose=s.purpose(t.purpose))
        for t in group
        if t.reason is not DeletionReason.WITHDRAWAL
    ]
    people = sum(1 for t in group if t.reason is DeletionReason.WITHDRAWAL)
    if people:
        parts.append(
            w("ics.withdrawals_one") if people == 1 else w("ics.withdrawals_many", count=people)
        )
    return "; ".join(dict.fromkeys(parts))


def _responsible(s: _Schedule, group: Sequence[DeletionTask]) -> str:
    """Who deletes: the responsible of the tasks' retention rules, or of the rule for the same
    scenario and purpose (a withdrawal task belongs to no rule)."""
    by_id = {r.id: r for r in s.rules}
    by_data: dict[tuple[int, object], RetentionRule] = {
        (r.scenario_id, r.purpose): r for r in s.rules
    }
    found = []
    for task in group:
        rule = by_id.get(task.retention_rule_id or -1) or by_data.get(
            (task.scenario_id, task.purpose)
        )
        if rule is not None and rule.responsible:
            found.append(rule.responsible)
    return ", ".join(dict.fromkeys(found)) or s.words.fill_in("responsible")
