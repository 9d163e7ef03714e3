"""Documents made from an open register: the one path the command line and the window share.

``recordcheck export`` and the window's Documents section both call :func:`document`, so a
document looks the same whichever way it was asked for. Kinds and their file types are in
:data:`KINDS`; the first suffix of each is its default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordcheck.domain.assessment import Assessment
from recordcheck.domain.assessment_codec import from_contract
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import AssessmentRecord, ConsentRecord
from recordcheck.domain.scenario import Scenario
from recordcheck.errors import InputError, UserError
from recordcheck.exports.facts import AssessmentInput, as_assessment
from recordcheck.exports.sanitise import json_text
from recordcheck.texts import text

if TYPE_CHECKING:
    from recordcheck.rules.rulebase import Rulebase
    from recordcheck.store.register import Register as RegisterPort

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
    "sign": ("sign", "doc"),
    "notice": ("notice", "doc"),
    "consent-form": ("consent", "doc"),
    "consent-receipt": ("consent", "receipt.doc"),
    "announcements": ("announcements", "doc"),
    "assessment": ("assessment", "doc"),
    "deletion-schedule": ("schedule", "doc"),
    "ropa": ("ropa", "doc"),
    "bundle": ("bundle", "doc"),
}
#: kinds made for one scenario (from its latest assessment)
SCENARIO_KINDS = ("sign", "notice", "consent-form", "announcements", "assessment")


def document_title(kind: str, lang: str) -> str:
    """The document's own name ("Tekster til optagelse"), not the command's id, for messages."""
    from recordcheck.exports.templates import Words

    doc, key = _TITLES[kind]
    return Words(doc, lang)(key)


def register_org(reg: RegisterPort, lang: str) -> Organisation:
    """The register's organisation, or a placeholder name that asks to be filled in."""
    return reg.organisation() or Organisation(name=text("exports.org_placeholder", lang))


def typed_assessment(
    scenario: Scenario,
    latest: AssessmentRecord,
    rulebase: Rulebase | None = None,
    *,
    scenario_version: int | None = None,
) -> Assessment:
    """The stored assessment as a typed result.

    When it judged this very scenario (``scenario_version``, if given, is the one it names)
    under the same rule base version, the engine is run again on it: it is deterministic, so
    the verdicts are those of the snapshot, and every reason can be worded in any language.
    Otherwise the snapshot is read back as it was stored."""
    from recordcheck.rules import UnknownProfileError, assess_model, load_rulebase

    rb = rulebase or load_rulebase()
    same_scenario = scenario_version in (None, latest.scenario_version)
    if same_scenario and rb.version == latest.rulebase_version and rb.id == latest.rulebase_id:
        try:
            return assess_model(scenario, latest.profile or None, rb)
        except UnknownProfileError:
            pass  # a profile this rule base no longer has: the snapshot says what was found
    return from_contract(latest.assessment)


def scenario_inputs(
    reg: RegisterPort, scenario_id: int, lang: str
) -> tuple[Organisation, Scenario, Assessment]:
    """(organisation, scenario, typed assessment) for one scenario of the register."""
    org = register_org(reg, lang)
    try:
        record = reg.scenario(scenario_id)
    except UserError as error:
        raise InputError("exports.unknown_scenario", id=scenario_id) from error
    latest = reg.latest_assessment(scenario_id)
    if latest is None:
        raise InputError("exports.no_assessment", id=scenario_id)
    return (
        org,
        record.scenario,
        typed_assessment(record.scenario, latest, scenario_version=record.version),
    )


def scenario_document(
    kind: str,
    suffix: str,
    org: Organisation,
    scenario: Scenario,
    assessment: AssessmentInput,
    lang: str,
    size: str = "A4",
) -> bytes | str:
    """One of :data:`SCENARIO_KINDS` from its three inputs (pure: no register needed)."""
    typed = as_assessment(assessment)
    if kind == "sign":
        from recordcheck.exports.sign import sign_pdf

        return sign_pdf(org, scenario, typed, lang, size)
    if kind == "announcements":
        from recordcheck.exports.announcements import announcements_docx, announcements_text

        if suffix == ".docx":
            return announcements_docx(org, scenario, typed, lang)
        return announcements_text(org, scenario, typed, lang)
    if kind == "notice":
        from recordcheck.exports.notice import notice_pdf

        return notice_pdf(org, scenario, typed, lang)
    if kind == "consent-form":
        from recordcheck.exports.consent import consent_form_pdf

        return consent_form_pdf(org, scenario, typed, lang)
    from recordcheck.exports.assessment_doc import assessment_pdf

    return assessment_pdf(org, scenario, typed, lang)


def document(
    reg: RegisterPort,
    kind: str,
    suffix: str,
    lang: str,
    *,
    scenario_id: int | None = None,
    consent_id: int | None = None,
    size: str = "A4",
) -> bytes | str:
    """The document ``kind`` as ``suffix`` (one of ``KINDS[kind]``) from the register."""
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
        from recordcheck.exports.ropa import ropa_pdf, ropa_xlsx

        make_ropa = ropa_xlsx if suffix == ".xlsx" else ropa_pdf
        return make_ropa(org, reg.activities(), lang)
    if kind == "deletion-schedule":
        from recordcheck.exports.schedule import schedule_csv, schedule_ics, schedule_pdf

        scenarios = {r.id: r.scenario for r in reg.scenarios()}
        parts = (org, scenarios, reg.retention_rules(), reg.deletion_tasks(), reg.deletion_log())
        if suffix == ".csv":
            return schedule_csv(*parts, lang)
        if suffix == ".ics":
            return schedule_ics(*parts, lang)
        return schedule_pdf(*parts, lang)
    return bundle(reg, org, lang)


def receipt(
    reg: RegisterPort, org: Organisation, consent_id: int, suffix: str, lang: str
) -> bytes | str:
    from recordcheck.exports.consent import consent_receipt_json, consent_receipt_pdf

    consent = reg.consent(consent_id)
    events = reg.consent_events(consent.id)
    scenario = reg.scenario(consent.scenario_id).scenario
    if suffix == ".json":
        data = consent_receipt_json(org, scenario, consent, events, lang)
        return json_text(data, indent=2) + "\n"
    return consent_receipt_pdf(org, scenario, consent, events, lang)


def bundle(reg: RegisterPort, org: Organisation, lang: str) -> bytes:
    from recordcheck.domain.register import ScenarioStatus
    from recordcheck.exports.bundle import inspection_bundle
    from recordcheck.rules import load_rulebase

    rulebase = load_rulebase()
    records = reg.scenarios(ScenarioStatus.ACTIVE)
    active = {r.id: r.scenario for r in records}
    assessments: dict[int, Assessment] = {}
    for record in records:
        latest = reg.latest_assessment(record.id)
        if latest is not None:
            assessments[record.id] = typed_assessment(
                record.scenario, latest, rulebase, scenario_version=record.version
            )
    consents: list[ConsentRecord] = []
    page = 500
    while batch := reg.search_consents(limit=page, offset=len(consents)):
        consents += batch
        if len(batch) < page:
            break
    names = {r.id: r.scenario.name for r in reg.scenarios()}
    return inspection_bundle(
        org,
        active,
        assessments,
        reg.activities(),
        consents,
        reg.deletion_log(),
        lang,
        export=reg.export_json(),
        names=names,
    )
