"""The assessment as readable plain text (``recordcheck assess --format text``).

Works on the contract object, so the text says exactly what the JSON says.
"""

from __future__ import annotations

import textwrap
from typing import Any

from recordcheck.rules.rulebase import Rulebase
from recordcheck.texts import text

WIDTH = 88


def _wrap(body: str, indent: str = "", width: int = WIDTH) -> list[str]:
    return textwrap.wrap(body, width=width, initial_indent=indent, subsequent_indent=indent) or [
        indent.rstrip()
    ]


def _compliance(value: bool | None, lang: str) -> str:
    keys = {True: "compliant_yes", False: "compliant_no", None: "compliant_unknown"}
    return text(f"report.{keys[value]}", lang)


def render_text(assessment: dict[str, Any], rb: Rulebase, lang: str) -> str:
    """A report a person can read in a terminal or paste into an e-mail."""
    out: list[str] = []
    title = text("report.title", lang, scenario=assessment["scenario"])
    out += [title, "=" * min(len(title), WIDTH)]
    rulebase = assessment["rulebase"]
    out += _wrap(
        text(
            "report.rulebase",
            lang,
            id=rulebase["id"],
            version=rulebase["version"],
            profile=rulebase["profile_label"],
        )
    )
    if not rulebase.get("profile_verified", True):
        out += _wrap(text("report.unverified_profile", lang))
    for gate in assessment.get("blocked_by", []):
        out += ["", *_wrap(text("report.blocked", lang, rule=gate["rule"], title=gate["title"]))]
    for purpose in assessment["purposes"]:
        out += ["", f"■ {purpose['purpose_label']}: {purpose['verdict_label'].upper()}"]
        if purpose.get("lean_label"):
            out += _wrap(text("report.lean", lang, lean=purpose["lean_label"]), "  ")
        if purpose["legal_basis_text"]:
            out += _wrap(
                text("report.basis", lang, basis="; ".join(purpose["legal_basis_text"])), "  "
            )
        out += _wrap(_compliance(purpose["setup_compliant"], lang), "  ")
        confidence = rb.value_label("confidence", purpose["confidence"], lang)
        out += _wrap(text("report.confidence", lang, confidence=confidence), "  ")
        if purpose["missing_labels"]:
            out += _wrap(
                text("report.missing", lang, facts=", ".join(purpose["missing_labels"])), "  "
            )
        out.append("  " + text("report.reasons", lang))
        for reason in purpose["reasons"]:
            sources = ", ".join(reason["sources"])
            out += _wrap(f"– [{reason['rule']}] {reason['text']} ({sources})", "    ")
    if assessment["obligations"]:
        out += ["", text("report.obligations", lang)]
        for obligation in assessment["obligations"]:
            status = rb.value_label("obligation_status", obligation["status"], lang)
            out += _wrap(f"[{status}] {obligation['id']}: {obligation['title']}", "  ")
    if assessment["warnings"]:
        out += ["", text("report.warnings", lang)]
        for warning in assessment["warnings"]:
            out += _wrap(f"! {warning['text']}", "  ")
    out += ["", *_wrap(assessment["disclaimer"])]
    return "\n".join(out) + "\n"


def render_rules(rb: Rulebase, lang: str) -> str:
    """The rule base with its sources (``recordcheck rules``)."""
    out = [f"{rb.title[lang]} – {rb.id} {rb.version}", ""]
    for profile in rb.profiles.values():
        out += _wrap(f"{text('report.profile', lang)} {profile.id}: {profile.label[lang]}")
    out.append("")
    for rule in rb.rules.values():
        confidence = rb.value_label("confidence", rule.confidence.value, lang)
        out.append(f"{rule.id}  {rule.title[lang]}  [{confidence}]")
        out += _wrap(rule.text[lang], "      ")
        out += _wrap(text("report.sources", lang, sources=", ".join(rule.sources)), "      ")
    out += ["", text("report.source_list", lang)]
    for source in rb.sources.values():
        date = f", {source.date}" if source.date else ""
        out += _wrap(f"{source.id}  {source.title} ({source.issuer}{date})", "")
        if source.url:
            out.append(f"      {source.url}")
        out += _wrap(source.establishes[lang], "      ")
    return "\n".join(out) + "\n"
