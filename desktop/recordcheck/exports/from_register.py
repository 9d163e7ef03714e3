"""Documents made from an open register: the one path the command line and the window share.

``recordcheck export`` and the window's Documents section both call :func:`document`, so a
document looks the same whichever way it was asked for. Kinds and their file types are in
:data:`KINDS`; the first suffix of each is its default.
"""

from __future__ import annotations

import json
from typing import Any

from recordcheck.errors import InputError, UserError
from recordcheck.texts import text

#: kind -> the file types it can be written as (the first is the default)
KINDS: dict[str, tuple[str, ...]] = {
    "sign": (".pdf",),
    "notice": (".pdf",),
    "consent-form": (".pdf",),
    "consent-receipt": (".pdf", ".json"),
    "announcements": (".txt", ".docx"),
    "assessment": (".pdf",),
    "deletion-schedule": (".pdf", ".csv", ".ics"),
    "ropa": (".pdf", ".xlsx"),
    "bundle": (".zip",),
}
#: kind -> (template, key) of the document's title, for messages that name a document
_TITLES: dict[str, tuple[str, str]] = {
    "sign": ("sign", "doc"), "notice": ("notice", "doc"), "consent-form": ("consent", "doc"),
    "consent-receipt": ("consent", "receipt.doc"), "announcements": ("announcements", "doc"),
    "assessment": ("assessment", "doc"), "deletion-schedule": ("schedule", "doc"),
    "ropa": ("ropa", "doc"), "bundle": ("bundle", "doc"),
}
#: kinds made for one scenario (from its latest assessment)
SCENARIO_KINDS = ("sign", "notice", "consent-form", "announcements", "assessment")


def document_title(kind: str, lang: str) -> str:
    """The document's own name ("Tekster til optagelse"), not the command's id, for messages."""
    from recordcheck.exports.templates import Words

    doc, key = _TITLES[kind]
    return Words(doc, lang)(key)


def register_org(reg: Any, lang: str) -> Any:
    """The register's organisation, or a placeholder name that asks to be filled in."""
    from recordcheck.domain.organisation import Organisation

    return reg.organisation() or Organisation(name=text("exports.org_placeholder", lang))


def in_language(scenario: Any, latest: Any, lang: str) -> dict[str, Any]:
    """The stored assessment, re-worded in ``lang`` when it was made in another language and
    the rule base is still the same version (the engine is deterministic, so the verdicts are
    the same); otherwise the stored snapshot as it is."""
    assessment = latest.assessment
    if assessment.get("lang") == lang:
        return assessment
    from recordcheck.rules import assess, load_rulebase

    rulebase = load_rulebase()
    if rulebase.version != latest.rulebase_version:
        return assessment
    return assess(scenario, profile=latest.profile or None, lang=lang, rulebase=rulebase)


def scenario_inputs(reg: Any, scenario_id: int, lang: str) -> tuple[Any, Any, dict[str, Any]]:
    """(organisation, scenario, assessment in ``lang``) for one scenario of the register."""
    org = register_org(reg, lang)
    try:
        record = reg.scenario(scenario_id)
    except UserError as error:
        raise InputError("exports.unknown_scenario", id=scenario_id) from error
    latest = reg.latest_assessment(scenario_id)
    if latest is None:
        raise InputError("exports.no_assessment", id=scenario_id)
    return org, record.scenario, in_language(record.scenario, latest, lang)


def scenario_document(kind: str, suffix: str, org: Any, scenario: Any,
                      assessment: dict[str, Any], lang: str, size: str = "A4") -> bytes | str:
    """One of :data:`SCENARIO_KINDS` from its three inputs (pure: no register needed)."""
    from recordcheck import exports

    if kind == "sign":
        return exports.sign_pdf(org, scenario, assessment, lang, size)
    if kind == "announcements":
        make = exports.announcements_docx if suffix == ".docx" else exports.announcements_text
        return make(org, scenario, assessment, lang)
    make = {"notice": exports.notice_pdf, "consent-form": exports.consent_form_pdf,
            "assessment": exports.assessment_pdf}[kind]
    return make(org, scenario, assessment, lang)


def document(reg: Any, kind: str, suffix: str, lang: str, *, scenario_id: int | None = None,
             consent_id: int | None = None, size: str = "A4") -> bytes | str:
    """The document ``kind`` as ``suffix`` (one of ``KINDS[kind]``) from the register."""
    from recordcheck import exports

    if kind in SCENARIO_KINDS:
        if scenario_id is None:
            raise InputError("exports.needs_scenario")
        org, scenario, assessment = scenario_inputs(reg, scenario_id, lang)
        return scenario_document(kind, suffix, org, scenario, assessment, lang, size)
    org = register_org(reg, lang)
    if kind == "consent-receipt":
        if consent_id is None:
            raise InputError("exports.needs_consent")
        return receipt(reg, org, consent_id, suffix, lang)
    if kind == "ropa":
        make = exports.ropa_xlsx if suffix == ".xlsx" else exports.ropa_pdf
        return make(org, reg.activities(), lang)
    if kind == "deletion-schedule":
        scenarios = {r.id: r.scenario for r in reg.scenarios()}
        make = {".pdf": exports.schedule_pdf, ".csv": exports.schedule_csv,
                ".ics": exports.schedule_ics}[suffix]
        return make(org, scenarios, reg.retention_rules(), reg.deletion_tasks(),
                    reg.deletion_log(), lang)
    return bundle(reg, org, lang)


def receipt(reg: Any, org: Any, consent_id: int, suffix: str, lang: str) -> bytes | str:
    from recordcheck import exports

    consent = reg.consent(consent_id)
    events = reg.consent_events(consent.id)
    scenario = reg.scenario(consent.scenario_id).scenario
    if suffix == ".json":
        data = exports.consent_receipt_json(org, scenario, consent, events, lang)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return exports.consent_receipt_pdf(org, scenario, consent, events, lang)


def bundle(reg: Any, org: Any, lang: str) -> bytes:
    from recordcheck import exports
    from recordcheck.domain.register import ScenarioStatus

    active = {r.id: r.scenario for r in reg.scenarios(ScenarioStatus.ACTIVE)}
    assessments = {}
    for scenario_id, scenario in active.items():
        latest = reg.latest_assessment(scenario_id)
        if latest is not None:
            assessments[scenario_id] = in_language(scenario, latest, lang)
    consents, page = [], 500
    while batch := reg.search_consents(limit=page, offset=len(consents)):
        consents += batch
        if len(batch) < page:
            break
    names = {r.id: r.scenario.name for r in reg.scenarios()}
    return exports.inspection_bundle(org, active, assessments, reg.activities(), consents,
                                     reg.deletion_log(), lang, export=reg.export_json(),
                                     names=names)


def worded_activity(activity: Any, lang: str) -> Any:
    """The activity with what the generator writes as codes (people and data categories,
    "documentation: 90 days") put in words of ``lang``, so the form and the Art. 30 record
    read as prose. Text the user wrote is left as it is."""
    import dataclasses
    import re

    from recordcheck.rules.labels import purpose_label, value_label

    def words(fact: str, items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(value_label(fact, item, lang) or item for item in items)

    day_word = "dage" if lang == "da" else "days"

    def limit(match: re.Match[str]) -> str:
        label = purpose_label(match.group(1), lang) or match.group(1)
        return f"{label}: {match.group(2)} {day_word}"

    erasure = re.sub(r"\b([a-z_]+): (\d+) days\b", limit, activity.erasure_time_limits)
    return dataclasses.replace(
        activity,
        data_subject_categories=words("participants.categories",
                                      activity.data_subject_categories),
        data_categories=words("data_categories", activity.data_categories),
        erasure_time_limits=erasure)
