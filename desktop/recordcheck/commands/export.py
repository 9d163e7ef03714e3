"""``recordcheck export KIND``: the printable documents from the register (or a scenario file).

    recordcheck export notice --scenario 3 --lang en -o notice.pdf
    recordcheck export sign --scenario scenario.json --org org.json --size A5 -o sign.pdf
    recordcheck export deletion-schedule -o plan.ics

With ``--scenario ID`` the scenario, its latest assessment and the organisation come from the
register; with ``--scenario FILE.json`` the scenario is assessed now and the organisation comes
from ``--org FILE.json`` (or the register, if there is one). Files are written atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
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
SCENARIO_KINDS = ("sign", "notice", "consent-form", "announcements", "assessment")


def register(subparsers: argparse._SubParsersAction) -> None:
    from recordcheck.cli import add_lang_option

    parser = subparsers.add_parser(
        "export", help="write a document: sign, notice, consent form, announcements, …",
        description="Write a printable document from the register or a scenario file.")
    parser.add_argument("kind", choices=list(KINDS))
    parser.add_argument("--scenario", metavar="ID|FILE",
                        help="register scenario number, or a scenario JSON file")
    parser.add_argument("--org", metavar="FILE", help="organisation JSON (with a scenario file)")
    parser.add_argument("--consent", type=int, metavar="ID", help="consent number (receipt)")
    parser.add_argument("--size", choices=("A4", "A5"), default="A4", help="sign size")
    parser.add_argument("--profile", default=None, help="rule-base profile (scenario file)")
    parser.add_argument("--data-dir", metavar="DIR", help="the folder holding the register")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    add_lang_option(parser)
    parser.set_defaults(handler=run_export)


def run_export(options: argparse.Namespace) -> int:
    from recordcheck.exports.atomic import write_atomically

    output = Path(options.output)
    suffix = output.suffix.lower()
    allowed = KINDS[options.kind]
    if suffix not in allowed:
        raise InputError("exports.bad_suffix", kind=options.kind, allowed=", ".join(allowed),
                         suffix=suffix or output.name)
    data = _produce(options, suffix)
    write_atomically(output, data)
    print(text("exports.written", options.lang, path=str(output)), file=sys.stderr)
    return 0


def _produce(options: argparse.Namespace, suffix: str) -> bytes | str:
    from recordcheck import exports

    kind, lang = options.kind, options.lang
    if kind in SCENARIO_KINDS:
        org, scenario, assessment = _scenario_inputs(options)
        if kind == "sign":
            return exports.sign_pdf(org, scenario, assessment, lang, options.size)
        if kind == "announcements":
            make = exports.announcements_docx if suffix == ".docx" else exports.announcements_text
            return make(org, scenario, assessment, lang)
        make = {"notice": exports.notice_pdf, "consent-form": exports.consent_form_pdf,
                "assessment": exports.assessment_pdf}[kind]
        return make(org, scenario, assessment, lang)
    if _scenario_file(options):
        raise InputError("exports.needs_register", kind=kind)
    with _open_register(options) as reg:
        org = _register_org(reg, lang)
        if kind == "consent-receipt":
            return _receipt(reg, org, options, suffix)
        if kind == "ropa":
            make = exports.ropa_xlsx if suffix == ".xlsx" else exports.ropa_pdf
            return make(org, reg.activities(), lang)
        scenarios = {r.id: r.scenario for r in reg.scenarios()}
        if kind == "deletion-schedule":
            make = {".pdf": exports.schedule_pdf, ".csv": exports.schedule_csv,
                    ".ics": exports.schedule_ics}[suffix]
            return make(org, scenarios, reg.retention_rules(), reg.deletion_tasks(),
                        reg.deletion_log(), lang)
        return _bundle(reg, org, lang)


# --- inputs ----------------------------------------------------------------------------------

def _scenario_file(options: argparse.Namespace) -> Path | None:
    value = options.scenario
    if value is None or value.isdigit():
        return None
    return Path(value)


def _scenario_inputs(options: argparse.Namespace) -> tuple[Any, Any, dict[str, Any]]:
    """(organisation, scenario, assessment) from a scenario file or from the register."""
    if options.scenario is None:
        raise InputError("exports.needs_scenario")
    path = _scenario_file(options)
    if path is not None:
        from recordcheck.contract import load_scenario
        from recordcheck.rules import assess

        scenario = load_scenario(path)
        org = _org_from_file(options) if options.org else _org_if_register(options)
        return org, scenario, assess(scenario, profile=options.profile, lang=options.lang)
    scenario_id = int(options.scenario)
    with _open_register(options) as reg:
        org = _register_org(reg, options.lang)
        try:
            record = reg.scenario(scenario_id)
        except UserError as error:
            raise InputError("exports.unknown_scenario", id=scenario_id) from error
        latest = reg.latest_assessment(scenario_id)
        if latest is None:
            raise InputError("exports.no_assessment", id=scenario_id)
        return org, record.scenario, _in_language(record.scenario, latest, options.lang)


def _in_language(scenario: Any, latest: Any, lang: str) -> dict[str, Any]:
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


def _org_from_file(options: argparse.Namespace) -> Any:
    from recordcheck.domain.organisation import Organisation

    path = Path(options.org)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        fields = {k: v for k, v in raw.items() if k in Organisation.__dataclass_fields__}
        return Organisation(**fields)
    except (OSError, ValueError, TypeError, AttributeError) as error:
        raise InputError("exports.org_file", path=str(path), reason=str(error)) from error


def _database(options: argparse.Namespace) -> Path:
    from recordcheck import paths

    return paths.database_path(paths.data_dir(options.data_dir))


def _org_if_register(options: argparse.Namespace) -> Any:
    from recordcheck.domain.organisation import Organisation

    if _database(options).exists():
        with _open_register(options) as reg:
            return _register_org(reg, options.lang)
    return Organisation(name=text("exports.org_placeholder", options.lang))


def _open_register(options: argparse.Namespace) -> Any:
    """The existing register (never created here: an export must not make an empty one)."""
    from recordcheck.store import open_register

    path = _database(options)
    if not path.exists():
        raise InputError("exports.no_register", path=str(path))
    return open_register(path)


def _register_org(reg: Any, lang: str) -> Any:
    from recordcheck.domain.organisation import Organisation

    return reg.organisation() or Organisation(name=text("exports.org_placeholder", lang))


def _receipt(reg: Any, org: Any, options: argparse.Namespace, suffix: str) -> bytes | str:
    from recordcheck import exports

    if options.consent is None:
        raise InputError("exports.needs_consent")
    consent = reg.consent(options.consent)
    events = reg.consent_events(consent.id)
    scenario = reg.scenario(consent.scenario_id).scenario
    if suffix == ".json":
        receipt = exports.consent_receipt_json(org, scenario, consent, events, options.lang)
        return json.dumps(receipt, ensure_ascii=False, indent=2) + "\n"
    return exports.consent_receipt_pdf(org, scenario, consent, events, options.lang)


def _bundle(reg: Any, org: Any, lang: str) -> bytes:
    from recordcheck import exports
    from recordcheck.domain.register import ScenarioStatus

    active = {r.id: r.scenario for r in reg.scenarios(ScenarioStatus.ACTIVE)}
    assessments = {}
    for scenario_id, scenario in active.items():
        latest = reg.latest_assessment(scenario_id)
        if latest is not None:
            assessments[scenario_id] = _in_language(scenario, latest, lang)
    consents, page = [], 500
    while batch := reg.search_consents(limit=page, offset=len(consents)):
        consents += batch
        if len(batch) < page:
            break
    return exports.inspection_bundle(org, active, assessments, reg.activities(), consents,
                                     reg.deletion_log(), lang, export=reg.export_json())
