"""What only the command line needs from below the application layer: the engine without a
register (``recordcheck assess``), the terminal reports, the register's facts for ``info``,
documents from a scenario file, and the restore/import checks a terminal has no dialog for.

Every function is thin: the meaning stays in the use-case modules (``scenarios``,
``register_file``, ``documents``); the database layer and the document writers are imported
only when a function runs, so ``recordcheck assess`` never loads SQLAlchemy or reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.scenario import Scenario
from recordcheck.errors import InputError
from recordcheck.services.workspace import Workspace

if TYPE_CHECKING:
    from recordcheck.rules.rulebase import Rulebase


# -- the engine without a register --------------------------------------------------------------
def load_rulebase() -> Rulebase:
    from recordcheck.rules import load_rulebase as load

    return load()


def assess_unstored(
    scenario: Scenario, profile: str | None, lang: str, rulebase: Rulebase
) -> dict[str, Any]:
    """``services.scenarios.assess`` for a scenario file when no register is involved: the
    same ``recordcheck.assessment/1`` object, the same message for an unknown profile."""
    from recordcheck.rules import UnknownProfileError, assess

    try:
        return assess(scenario, profile=profile, lang=lang, rulebase=rulebase)
    except UnknownProfileError as error:
        raise InputError(
            "engine.unknown_profile", profile=error.profile, known=", ".join(error.known)
        ) from error


def report_text(assessment: dict[str, Any], rulebase: Rulebase, lang: str) -> str:
    """The assessment as a report for a terminal or an e-mail."""
    from recordcheck.rules.text_report import render_text

    return render_text(assessment, rulebase, lang)


def rules_text(rulebase: Rulebase, lang: str) -> str:
    from recordcheck.rules.text_report import render_rules

    return render_rules(rulebase, lang)


def rules_document(rulebase: Rulebase) -> dict[str, Any]:
    """The rule base with its sources as JSON-ready data."""
    from recordcheck.rules.rulebase_export import rulebase_to_dict

    return rulebase_to_dict(rulebase)


# -- the register's facts -----------------------------------------------------------------------
def jsonable(value: Any) -> Any:
    """A stored value (paths, times, enums) as JSON-ready data, as the JSON export writes it."""
    from recordcheck.store.jsoncodec import to_jsonable

    return to_jsonable(value)


def consent_mechanisms() -> str:
    """The ways to consent the register accepts, for a message that lists them."""
    from recordcheck.store.repo_consents import valid_mechanisms

    return valid_mechanisms()


def holds_data(ws: Workspace) -> bool:
    """Whether the workspace's register exists and holds any record (an import would replace
    them; the command line asks for ``--replace`` first)."""
    if not ws.register_path.exists():
        return False
    return any(count for name, count in ws.register().info().counts.items() if name != "audit_log")


# -- documents from a scenario file -------------------------------------------------------------
def register_org(ws: Workspace) -> Organisation:
    """The register's organisation, or a placeholder name that asks to be filled in."""
    from recordcheck.exports.from_register import register_org as org_of

    return org_of(ws.register(), ws.document_lang)


def placeholder_org(lang: str) -> Organisation:
    from recordcheck.texts import text

    return Organisation(name=text("exports.org_placeholder", lang))


def scenario_file_document(
    kind: str,
    suffix: str,
    org: Organisation,
    scenario: Scenario,
    assessment: dict[str, Any],
    lang: str,
    size: str = "A4",
) -> bytes | str:
    """One of ``documents.SCENARIO_KINDS`` for a scenario that is not in a register."""
    from recordcheck.exports.from_register import scenario_document

    return scenario_document(kind, suffix, org, scenario, assessment, lang, size)
