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
    return {
        2: example("02-car-workshop-booking-line")[0],
        3: example("03-district-heating-training-keypress")[0],
    }


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
    rows = list(
        csv.reader(
            io.StringIO(
                schedule_csv(ORG, scenarios, rules(), tasks(), log(), "en", on=TODAY).lstrip(
                    "\ufeff"
                )
            )
        )
    )
    assert [r[0] for r in rows[1:]].count("Task") == 2


def test_a_long_schedule_flows_over_many_pages(scenarios) -> None:
    data = schedule_pdf(ORG, scenarios, rules(), tasks(600), log(), "da", on=TODAY)
    assert pdf_pages(data) >= 8


def test_csv_neutralises_formula_cells(scenarios) -> None:
    text = schedule_csv(ORG, scenarios, rules(), tasks(), log(), "da", on=TODAY)
    assert text.startswith("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(text[1:]), delimiter=";") for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert '\'=HYPERLINK("http://evil") tvist: op til 1 år, ejer beslutter' in cells
    assert "'+45 kontor" in cells and "'-412 optagelser før 2026-07-22" in cells


def _calendar(data: bytes):
    import icalendar

    return icalendar.Calendar.from_ical(data)


def test_ics_parses_back_with_reminders(scenarios) -> None:
    data = schedule_ics(ORG, scenarios, rules(), tasks(), log(), "da")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    events = list(_calendar(data).walk("VEVENT"))
    assert len(events) == 3  # two open tasks (different days) and one rule review
    first = events[0]
    assert str(first["uid"]) == "deletion-20261120-2-documentation@recordcheck.local"
    assert first.decoded("dtstart").isoformat() == "2026-11-20"
    assert first.decoded("dtend").isoformat() == "2026-11-21"
    triggers = sorted(a.decoded("trigger").days for a in first.walk("VALARM"))
    assert triggers == [-7, -1]
    description = str(first["description"])
    assert "Łukasz Ødegård" in description  # the rule's responsible (staff), not a data subject
    assert "optagelser fra før 2026-08-22" in description and "Sletteopgaver: 1" in description
    assert str(events[1]["summary"]) == (
        f"Slet optagelser: {scenarios[3].name} – Uddannelse af medarbejdere"
    )
    assert "én person, der har trukket sit samtykke tilbage" in str(events[1]["description"])
    assert str(events[2]["uid"]) == "retention-review-1@recordcheck.local"
    assert data == schedule_ics(ORG, scenarios, rules(), tasks(), log(), "da")  # byte-stable


def _withdrawals(names: list[str]) -> list:
    from dataclasses import replace

    template = tasks()[1]  # a withdrawal task of scenario 3
    return [
        replace(template, id=10 + i, consent_id=20 + i, person_name=name)
        for i, name in enumerate(names)
    ]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_ics_names_no_data_subject(scenarios, lang: str) -> None:
    """I13.6: the calendar leaves the register (Outlook, Google), so it counts people and
    names none of them; the PDF schedule, which stays inside, still does."""
    people = ["@Ödön <b>Ko</b>", "Søren Ærø", "Anna Bæk-Jensen"]
    open_tasks = [*tasks(), *_withdrawals(people[1:])]
    data = schedule_ics(ORG, scenarios, rules(), open_tasks, log(), lang)
    calendar = _calendar(data)
    everything = data.decode("utf-8") + "".join(
        str(value) for component in calendar.walk() for value in component.values()
    )
    for person in people:
        for part in person.replace("<b>", " ").replace("</b>", " ").split():
            if len(part) > 2:
                assert part not in everything, part
    withdrawal = [e for e in calendar.walk("VEVENT") if "2026121" in str(e["uid"])]
    assert len(withdrawal) == 1  # the three people due the same day: one event that counts them
    description = str(withdrawal[0]["description"])
    assert ("3 personer" if lang == "da" else "3 people") in description
    assert ("Sletteopgaver: 3" if lang == "da" else "Deletion tasks: 3") in description
    assert "Søren Ærø" in pdf_text(
        schedule_pdf(ORG, scenarios, rules(), open_tasks, log(), lang, on=TODAY)
    )
