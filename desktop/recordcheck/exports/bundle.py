"""The inspection bundle: one ZIP with the Art. 30 record, the latest assessment and the notice
of each active scenario, the consent log, the deletion log and a JSON export – what Datatilsynet
typically asks for, built from plain data (no store access here)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from recordcheck.dates import iso
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import ConsentRecord, DeletionLogEntry, ProcessingActivity
from recordcheck.domain.scenario import Scenario
from recordcheck.errors import UserError
from recordcheck.exports.assessment_doc import assessment_pdf
from recordcheck.exports.cells import csv_text
from recordcheck.exports.facts import AssessmentInput, as_assessment
from recordcheck.exports.notice import notice_pdf
from recordcheck.exports.ropa import ropa_pdf, ropa_xlsx
from recordcheck.exports.sanitise import json_text, printable
from recordcheck.exports.templates import Words
from recordcheck.exports.zips import write_zip
from recordcheck.rules.labels import purpose_label, value_label

BUNDLE_FORMAT = "recordcheck.bundle/1"


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe ASCII version of ``text`` ("Tandlæge Ødegård" → "tandlaege-odegard")."""
    text = text.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
    text = text.replace("å", "aa").replace("Å", "Aa")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower())[:limit].strip("-") or "x"


def _plain(value: Any) -> Any:
    """Dataclasses, enums, dates and mappings as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return iso(value)
    if isinstance(value, Mapping):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def register_json(
    org: Organisation,
    scenarios: Mapping[int, Scenario],
    assessments: Mapping[int, AssessmentInput],
    activities: Sequence[ProcessingActivity],
    consents: Sequence[ConsentRecord],
    deletion_log: Sequence[DeletionLogEntry],
    lang: str = "da",
) -> dict[str, Any]:
    """The bundle's data as one JSON-ready object (``recordcheck.bundle/1``); the assessments
    as their ``recordcheck.assessment/1`` objects in ``lang``."""
    from recordcheck.rules.render import worded
    from recordcheck.rules.rulebase import load_rulebase

    rb = load_rulebase()
    return {
        "format": BUNDLE_FORMAT,
        "organisation": _plain(org),
        "scenarios": {str(k): _plain(v) for k, v in sorted(scenarios.items())},
        "assessments": {
            str(k): _plain(worded(as_assessment(v), rb, lang))
            for k, v in sorted(assessments.items())
        },
        "activities": [_plain(a) for a in activities],
        "consents": [_plain(c) for c in consents],
        "deletion_log": [_plain(e) for e in deletion_log],
    }


def _csv(rows: list[list[str]], lang: str) -> bytes:
    return csv_text(rows, lang).encode("utf-8")


def _scenario(names: Mapping[int, str], scenario_id: int) -> str:
    """The scenario's name; a bare number only if the register no longer knows it."""
    return names.get(scenario_id) or str(scenario_id)


def _status(status: Any, lang: str) -> str:
    """A consent status in words ("Trukket tilbage"), as on the consent receipt."""
    consent = Words("consent", lang)
    key = f"receipt.kind.{getattr(status, 'value', status)}"
    return consent(key) if consent.has(key) else consent("receipt.kind.other")


def _consent_rows(
    consents: Sequence[ConsentRecord], names: Mapping[int, str], w: Words
) -> list[list[str]]:
    head = [
        w(f"col.{c}")
        for c in (
            "id",
            "person",
            "reference",
            "scenario",
            "purposes",
            "mechanism",
            "notice_version",
            "given_at",
            "status",
            "status_at",
        )
    ]
    rows = [head]
    for c in sorted(consents, key=lambda c: c.id):
        rows.append(
            [
                str(c.id),
                c.person_name,
                c.reference or "",
                _scenario(names, c.scenario_id),
                ", ".join(purpose_label(p, w.lang) for p in c.purposes),
                value_label("consent.mechanism", c.mechanism, w.lang),
                c.notice_version,
                iso(c.given_at),
                _status(c.status, w.lang),
                iso(c.status_at),
            ]
        )
    return rows


def _log_rows(
    log: Sequence[DeletionLogEntry], names: Mapping[int, str], w: Words
) -> list[list[str]]:
    head = [
        w(f"col.{c}")
        for c in ("deleted_at", "scenario", "purpose", "reason", "what", "method", "author")
    ]
    rows = [head]
    for e in sorted(log, key=lambda e: (iso(e.deleted_at), e.id)):
        reason = f"reason.{e.reason.value}"
        rows.append(
            [
                iso(e.deleted_at),
                _scenario(names, e.scenario_id),
                purpose_label(e.purpose, w.lang),
                w(reason) if w.has(reason) else str(e.reason.value),
                e.what,
                e.method,
                e.author,
            ]
        )
    return rows


def inspection_bundle(
    org: Organisation,
    scenarios: Mapping[int, Scenario],
    assessments: Mapping[int, AssessmentInput],
    activities: Sequence[ProcessingActivity],
    consents: Sequence[ConsentRecord],
    deletion_log: Sequence[DeletionLogEntry],
    lang: str = "da",
    export: Mapping[str, Any] | None = None,
    names: Mapping[int, str] | None = None,
) -> bytes:
    """The ZIP. ``scenarios`` are the active scenarios by register id, ``assessments`` their
    latest assessments; ``export`` is the register's own JSON export when there is one
    (otherwise :func:`register_json` of the given data). ``names`` are the names of *all* the
    register's scenarios: a consent or deletion may concern a draft or retired one, and the logs
    must still say which."""
    w = Words("bundle", lang)
    names = {**(names or {}), **{i: s.name for i, s in scenarios.items()}}
    files: dict[str, bytes] = {
        w("ropa_pdf"): ropa_pdf(org, activities, lang),
        w("ropa_xlsx"): ropa_xlsx(org, activities, lang),
        w("consents"): _csv(_consent_rows(consents, names, w), w.lang),
        w("deletions"): _csv(_log_rows(deletion_log, names, w), w.lang),
    }
    skipped: list[str] = []
    for scenario_id, scenario in sorted(scenarios.items()):
        given = assessments.get(scenario_id)
        if given is None:
            continue
        assessment = as_assessment(given)
        name = f"{scenario_id:03d}-{slug(scenario.name)}.pdf"
        files[f"{w('assessments')}/{name}"] = assessment_pdf(org, scenario, assessment, lang)
        try:
            files[f"{w('notices')}/{name}"] = notice_pdf(org, scenario, assessment, lang)
        except UserError:
            skipped.append(w("skipped", scenario=printable(scenario.name)))
    data = (
        export
        if export is not None
        else register_json(org, scenarios, assessments, activities, consents, deletion_log, lang)
    )
    files[w("json")] = json_text(data, indent=2, sort_keys=True, default=_plain).encode("utf-8")
    scenario_lines = (
        w("scenario_lines", assessments=w("assessments"), notices=w("notices"))
        if assessments
        else w("no_active")
    )
    readme = w(
        "readme",
        org=printable(org.name),
        ropa_pdf=w("ropa_pdf"),
        ropa_xlsx=w("ropa_xlsx"),
        scenario_lines=scenario_lines,
        consents=w("consents"),
        deletions=w("deletions"),
        json=w("json"),
    )
    files[w("readme_name")] = "\n".join([readme, *skipped, ""]).encode("utf-8")
    return write_zip(files)
