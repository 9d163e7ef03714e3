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
import sys
from pathlib import Path
from typing import Any

from recordcheck.errors import InputError
from recordcheck.exports.from_register import KINDS, SCENARIO_KINDS, document_title
from recordcheck.texts import text


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
        raise InputError("exports.bad_suffix", kind=document_title(options.kind, options.lang),
                         allowed=", ".join(allowed),
                         suffix=suffix or output.name)
    data = _produce(options, suffix)
    write_atomically(output, data)
    print(text("exports.written", options.lang, path=str(output)), file=sys.stderr)
    return 0


def _produce(options: argparse.Namespace, suffix: str) -> bytes | str:
    from recordcheck.exports import from_register

    kind, lang = options.kind, options.lang
    if kind in SCENARIO_KINDS and _scenario_file(options):
        org, scenario, assessment = _scenario_inputs(options)
        return from_register.scenario_document(kind, suffix, org, scenario, assessment, lang,
                                               options.size)
    if kind in SCENARIO_KINDS and options.scenario is None:
        raise InputError("exports.needs_scenario")
    if kind not in SCENARIO_KINDS and _scenario_file(options):
        raise InputError("exports.needs_register", kind=document_title(kind, lang))
    if kind == "consent-receipt" and options.consent is None:
        raise InputError("exports.needs_consent")
    with _open_register(options) as reg:
        scenario_id = int(options.scenario) if options.scenario else None
        return from_register.document(reg, kind, suffix, lang, scenario_id=scenario_id,
                                      consent_id=options.consent, size=options.size)


# --- inputs ----------------------------------------------------------------------------------

def _scenario_file(options: argparse.Namespace) -> Path | None:
    value = options.scenario
    if value is None or value.isdigit():
        return None
    return Path(value)


def _scenario_inputs(options: argparse.Namespace) -> tuple[Any, Any, dict[str, Any]]:
    """(organisation, scenario, assessment) from a scenario file, assessed now."""
    from recordcheck.contract import load_scenario
    from recordcheck.rules import assess

    path = _scenario_file(options)
    assert path is not None
    scenario = load_scenario(path)
    org = _org_from_file(options) if options.org else _org_if_register(options)
    return org, scenario, assess(scenario, profile=options.profile, lang=options.lang)


def _org_from_file(options: argparse.Namespace) -> Any:
    """The organisation of ``--org FILE``, checked field by field (see ``contract``)."""
    from recordcheck.contract import load_organisation
    from recordcheck.domain.organisation import Organisation

    return Organisation(**load_organisation(options.org))


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
    from recordcheck.exports.from_register import register_org

    return register_org(reg, lang)
