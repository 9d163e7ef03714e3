"""``recordcheck assess`` and ``recordcheck rules``: the engine on the command line."""

from __future__ import annotations

import argparse
import json
import sys

from recordcheck.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    from recordcheck.cli import add_lang_option

    assess = subparsers.add_parser(
        "assess", help="assess a scenario file (recordcheck.scenario/1)",
        description="Assess a recording scenario and print the result.",
    )
    assess.add_argument("scenario", metavar="SCENARIO.json")
    assess.add_argument("--format", choices=("text", "json"), default="text")
    assess.add_argument("--profile", default=None,
                        help="rule-base profile: default or dt2024-unverified")
    add_lang_option(assess)
    assess.set_defaults(handler=run_assess)

    rules = subparsers.add_parser("rules", help="list the rule base with its sources")
    add_lang_option(rules)
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(handler=run_rules)


def run_assess(options: argparse.Namespace) -> int:
    from recordcheck.contract import load_scenario
    from recordcheck.rules import UnknownProfileError, assess, load_rulebase
    from recordcheck.rules.text_report import render_text

    scenario = load_scenario(options.scenario)
    rulebase = load_rulebase()
    try:
        result = assess(scenario, profile=options.profile, lang=options.lang, rulebase=rulebase)
    except UnknownProfileError as error:
        raise InputError("engine.unknown_profile", profile=error.profile,
                         known=", ".join(error.known)) from error
    if options.format == "json":
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(result, rulebase, options.lang))
    return 0


def run_rules(options: argparse.Namespace) -> int:
    from recordcheck.rules import load_rulebase
    from recordcheck.rules.rulebase_export import rulebase_to_dict
    from recordcheck.rules.text_report import render_rules

    rulebase = load_rulebase()
    if options.format == "json":
        json.dump(rulebase_to_dict(rulebase), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_rules(rulebase, options.lang))
    return 0
