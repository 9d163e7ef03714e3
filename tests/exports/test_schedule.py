"""Deletion schedule: PDF, CSV (neutralised cells) and an .ics calendar that parses back."""

from __future__ import annotations

import csv
import io

import pytest
from tests.exports.conftest import ORG, example, pdf_pages, pdf_text
from tests.exports.sample_register import TODAY, log, rules, tasks

from recordcheck.exports.schedule import schedule_csv, schedule_ics, schedule_pdf


@pytest.fixture
def scenarios():
    return {2: example("02-car-workshop-booking-line")[0],
            3: example("03-district-heating-training-keypress")[0]}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_pdf_has_rules_open_tasks_and_log(scenarios, lang: str) -> None:
    data = schedule_pdf(ORG, scenarios, rules(), tasks(), log(), lang, on=TODAY)
    text = pdf_text(data)
    assert "Łukasz Ødegård" in text and "@Ödön <b>Ko</b>" in text
    assert ("OVERSKREDET" if lang == "da" else "OVERDUE") in text  # task 1 was due 2026-11-20
    assert "2026-08-22" in text and "-412 optagelser" in text
    assert ("3 måneder" if lang == "da" else "3 months") in text
    assert data == schedule_pdf(ORG, scenarios, rules(), tasks(), log(), lang, on=TODAY)


def test_done_tasks_are_not_listed_as_open(scenarios) -> None:
    rows = list(csv.reader(io.StringIO(schedule_csv(ORG, scenarios, rules(), tasks(), log(),
                                                    "en", on=TODAY).lstrip("\ufeff"))))
    assert [r[0] for r in rows[1:]].count("Task") == 2


def test_a_long_schedule_flows_over_many_pages(scenarios) -> None:
    data = schedule_pdf(ORG, scenarios, rules(), tasks(600), log(), "da", on=TODAY)
    assert pdf_pages(data) >= 8


def test_csv_neutralises_formula_cells(scenarios) -> None:
    text = schedule_csv(ORG, scenarios, rules(), tasks(), log(), "da", on=TODAY)
    assert text.startswith("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(text[1:]), delimiter=";") for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "'=HYPERLINK(\"http://evil\") tvist: op til 1 år, ejer beslutter" in cells
    assert "'+45 kontor" in cells and "'-412 optagelser før 2026-07-22" in cells


def test_ics_parses_back_with_reminders(scenarios) -> None:
    import icalendar

    data = schedule_ics(ORG, scenarios, rules(), tasks(), log(), "da")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3  # two open tasks and one rule review
    first = events[0]
    assert str(first["uid"]) == "deletion-task-1@recordcheck.local"
    assert first.decoded("dtstart").isoformat() == "2026-11-20"
    triggers = sorted(a.decoded("trigger").days for a in first.walk("VALARM"))
    assert triggers == [-7, -1]
    assert "Łukasz Ødegård" in str(first["description"])
    assert str(events[1]["summary"]) == "Slet: tilbagetrukket samtykke: @Ödön <b>Ko</b>"
