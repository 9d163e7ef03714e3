"""The assessment of one scenario as a PDF for the file: every verdict with its legal basis,
reasons and sources, what is unknown, the obligations and the warnings. The legal wording comes
from the rule base the assessment was made under (``rules.render.worded``), in the document's
language, so the report says exactly what the engine said."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.scenario import Scenario
from recordcheck.exports import pdfbase as pb
from recordcheck.exports.facts import AssessmentInput, as_assessment
from recordcheck.exports.sanitise import printable_inputs
from recordcheck.exports.templates import Words
from recordcheck.rules.render import worded
from recordcheck.rules.rulebase import load_rulebase


@printable_inputs()
def assessment_pdf(
    org: Organisation, scenario: Scenario, assessment: AssessmentInput, lang: str = "da"
) -> bytes:
    """The assessment report (A4) in ``lang``: headings and rule texts alike (a snapshot made
    under an older rule base keeps its own words)."""
    w = Words("assessment", lang)
    words = worded(as_assessment(assessment), load_rulebase(), w.lang)
    story = _story(org, scenario, words, w)
    return pb.build_pdf(
        story,
        title=w("title", scenario=scenario.name),
        lang=w.lang,
        author=org.name,
        footer=f"{org.name} · {w('doc')} · {scenario.name}",
        page_label=w("page"),
    )


def _story(
    org: Organisation, scenario: Scenario, assessment: Mapping[str, Any], w: Words
) -> list[Flowable]:
    rb = assessment.get("rulebase", {})
    story: list[Flowable] = [
        pb.para(w("title", scenario=scenario.name), "title"),
        pb.para(
            w(
                "subtitle",
                org=org.name,
                rulebase=f"{rb.get('id', '')} {rb.get('version', '')}",
                profile=rb.get("profile_label") or rb.get("profile", ""),
            ),
            "subtitle",
        ),
    ]
    if rb.get("profile_verified") is False:
        story.append(pb.para(w.check(w("unverified"))))
    if assessment.get("disclaimer"):
        story.append(pb.para(assessment["disclaimer"], "small"))
    if assessment.get("blocked_by"):
        story.append(pb.heading(w("blocked_heading")))
        for block in assessment["blocked_by"]:
            story += [
                pb.para(f"{block['rule']} · {block['title']}", "h3"),
                pb.para(block["text"]),
                pb.para(w("sources", sources=", ".join(block.get("sources", ()))), "small"),
            ]
    story.append(pb.heading(w("purposes_heading")))
    for purpose in assessment.get("purposes", ()):
        story += _purpose(purpose, w)
    story += _obligations(assessment.get("obligations", ()), w)
    story.append(pb.heading(w("warnings_heading")))
    warnings = assessment.get("warnings", ())
    story += (
        pb.bullets([f"{x['text']} ({x['code']})" for x in warnings])
        if warnings
        else [pb.para(w("none"))]
    )
    story.append(pb.heading(w("dpia_heading")))
    criteria = [
        w(f"dpia.{c}") if w.has(f"dpia.{c}") else c for c in assessment.get("dpia_criteria", ())
    ]
    story += pb.bullets(criteria) if criteria else [pb.para(w("none"))]
    return story


def _yes_no(value: bool | None, w: Words) -> str:
    return w("unknown") if value is None else w("yes") if value else w("no")


def _purpose(p: Mapping[str, Any], w: Words) -> list[Flowable]:
    out: list[Flowable] = [
        pb.para(p.get("purpose_label") or p["purpose"], "h3"),
        pb.bold_lead(w("verdict"), p.get("verdict_label") or p["verdict"]),
    ]
    if p.get("lean"):
        out.append(pb.bold_lead(w("lean"), p.get("lean_label") or p["lean"]))
    out.append(pb.bold_lead(w("compliant"), _yes_no(p.get("setup_compliant"), w)))
    if p.get("legal_basis_text"):
        out.append(pb.bold_lead(w("basis"), "; ".join(p["legal_basis_text"])))
    retention = [
        w(key, days=p[field])
        for key, field in (
            ("retention_planned", "retention_days"),
            ("retention_max", "retention_max_days"),
            ("retention_min", "retention_min_days"),
        )
        if p.get(field) is not None
    ]
    if retention:
        out.append(pb.bold_lead(w("retention"), ", ".join(retention)))
    confidence = p.get("confidence", "")
    out.append(
        pb.bold_lead(
            w("confidence_label"),
            w(f"confidence.{confidence}") if w.has(f"confidence.{confidence}") else confidence,
        )
    )
    if p.get("missing_labels"):
        out.append(pb.bold_lead(w("missing"), "; ".join(p["missing_labels"])))
    for reason in p.get("reasons", ()):
        out.append(pb.bold_lead(f"{reason['rule']} · {reason['title']}.", reason["text"], "bullet"))
        out.append(pb.para(w("sources", sources=", ".join(reason.get("sources", ()))), "small"))
    return out


def _obligations(obligations: Any, w: Words) -> list[Flowable]:
    out: list[Flowable] = [pb.heading(w("obligations_heading"))]
    if not obligations:
        return [*out, pb.para(w("none"))]
    rows = [(w("col.obligation"), w("col.status"), w("col.severity"), w("col.ref"), w("col.text"))]
    for o in obligations:
        rows.append(
            (
                o.get("title", o["id"]),
                w(f"status.{o['status']}"),
                w(f"severity.{o['severity']}"),
                o.get("legal_ref", ""),
                o.get("text", ""),
            )
        )
    return [*out, pb.table(rows, [36 * mm, 18 * mm, 18 * mm, 34 * mm, 68 * mm])]
