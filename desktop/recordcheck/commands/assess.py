"""``recordcheck assess`` and ``recordcheck rules``: the engine on the command line, without a
register (``recordcheck scenario assess ID`` assesses a stored scenario)."""

from __future__ import annotations

import argparse
import sys

from recordcheck.commands.common import add_lang_option, dump
from recordcheck.contract import load_scenario
from recordcheck.services import cli_support


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    assess = subparsers.add_parser(
        "assess",
        help="assess a scenario file (recordcheck.scenario/1)",
        description="Assess a recording scenario and print the result.",
    )
    assess.add_argument("scenario", metavar="SCENARIO.json")
    assess.add_argument("--format", choices=("text", "json"), default="text")
    assess.add_argument(
        "--profile", default=None, help="rule-base profile: default or dt2024-unverified"
    )
    add_lang_option(assess)
    assess.set_defaults(handler=run_assess)

    rules = subparsers.add_parser("rules", help="list the rule base with its sources")
    add_lang_option(rules)
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.set_defaults(handler=run_rules)


def run_assess(options: argparse.Namespace) -> int:
    scenario = load_scenario(options.scenario)
    rulebase = cli_support.load_rulebase()
    result = cli_support.assess_unstored(scenario, options.profile, options.lang, rulebase)
    if options.format == "json":
        dump(result)
    else:
        sys.stdout.write(cli_support.report_text(result, rulebase, options.lang))
    return 0


def run_rules(options: argparse.Namespace) -> int:
    rulebase = cli_support.load_rulebase()
    if options.format == "json":
        dump(cli_support.rules_document(rulebase))
    else:
        sys.stdout.write(cli_support.rules_text(rulebase, options.lang))
    return 0
