"""``recordcheck export KIND``: the printable documents from the register (or a scenario file).

    recordcheck export notice --scenario 3 --lang en -o notice.pdf
    recordcheck export sign --scenario scenario.json --org org.json --size A5 -o sign.pdf
    recordcheck export deletion-schedule -o plan.ics

With ``--scenario ID`` the scenario, its latest assessment and the organisation come from the
register (``services.documents``, the path the window's Documents section takes); with
``--scenario FILE.json`` the scenario is assessed now and the organisation comes from
``--org FILE.json`` (or the register, if there is one). Files are written atomically.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from recordcheck.commands.common import add_lang_option, workspace
from recordcheck.contract import load_organisation, load_scenario
from recordcheck.domain.organisation import Organisation
from recordcheck.errors import InputError
from recordcheck.services import cli_support, documents, scenarios
from recordcheck.services.documents import KINDS, SCENARIO_KINDS, DocumentRequest, document_title
from recordcheck.services.files import write_file
from recordcheck.services.workspace import Workspace
from recordcheck.texts import text


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a document: sign, notice, consent form, announcements, …",
        description="Write a printable document from the register or a scenario file.",
    )
    parser.add_argument("kind", choices=list(KINDS))
    parser.add_argument(
        "--scenario", metavar="ID|FILE", help="register scenario number, or a scenario JSON file"
    )
    parser.add_argument("--org", metavar="FILE", help="organisation JSON (with a scenario file)")
    parser.add_argument("--consent", type=int, metavar="ID", help="consent number (receipt)")
    parser.add_argument("--size", choices=("A4", "A5"), default="A4", help="sign size")
    parser.add_argument("--profile", default=None, help="rule-base profile (scenario file)")
    parser.add_argument("--data-dir", metavar="DIR", help="the folder holding the register")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    add_lang_option(parser)
    parser.set_defaults(handler=run_export)


def run_export(options: argparse.Namespace) -> int:
    output = Path(options.output)
    suffix = output.suffix.lower()
    allowed = KINDS[options.kind]
    if suffix not in allowed:
        raise InputError(
            "exports.bad_suffix",
            kind=document_title(options.kind, options.lang),
            allowed=", ".join(allowed),
            suffix=suffix or output.name,
        )
    with workspace(options) as ws:  # never creates a register: an export must not make one
        write_file(output, _produce(ws, options, suffix))
    print(text("exports.written", options.lang, path=str(output)), file=sys.stderr)
    return 0


def _produce(ws: Workspace, options: argparse.Namespace, suffix: str) -> bytes | str:
    kind, lang = options.kind, options.lang
    scenario_file = _scenario_file(options)
    if kind in SCENARIO_KINDS and scenario_file is not None:
        scenario = load_scenario(scenario_file)
        org = _org(ws, options)
        assessment = scenarios.assess(ws, scenario, options.profile, lang)
        return cli_support.scenario_file_document(
            kind, suffix, org, scenario, assessment, lang, options.size
        )
    if kind in SCENARIO_KINDS and options.scenario is None:
        raise InputError("exports.needs_scenario")
    if kind not in SCENARIO_KINDS and scenario_file is not None:
        raise InputError("exports.needs_register", kind=document_title(kind, lang))
    if kind == "consent-receipt" and options.consent is None:
        raise InputError("exports.needs_consent")
    _require_register(ws)
    scenario_id = int(options.scenario) if options.scenario else None
    return documents.make(
        ws,
        DocumentRequest(
            kind,
            suffix,
            lang,
            scenario_id=scenario_id,
            consent_id=options.consent,
            size=options.size,
        ),
    )


def _scenario_file(options: argparse.Namespace) -> Path | None:
    value = options.scenario
    if value is None or value.isdigit():
        return None
    return Path(value)


def _org(ws: Workspace, options: argparse.Namespace) -> Organisation:
    """``--org FILE`` (checked field by field), else the register's, else a placeholder."""
    if options.org:
        return Organisation(**load_organisation(options.org))
    if ws.register_path.exists():
        return cli_support.register_org(ws)
    return cli_support.placeholder_org(options.lang)


def _require_register(ws: Workspace) -> None:
    if not ws.register_path.exists():
        raise InputError("exports.no_register", path=str(ws.register_path))
