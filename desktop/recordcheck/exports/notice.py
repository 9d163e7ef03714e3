"""The full information notice (GDPR Art. 13) for one scenario: every item of rules.md §4.1
that applies, filled from the organisation and the assessment; unknown facts stay visible."""

from __future__ import annotations

from reportlab.platypus import Flowable

from recordcheck.domain.assessment import Route
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import WITHDRAWAL_DELETION_DAYS
from recordcheck.domain.scenario import Scenario
from recordcheck.exports import pdfbase as pb
from recordcheck.exports.facts import (
    AssessmentInput,
    DocumentFacts,
    derive,
    join,
    period,
    purpose_list,
)
from recordcheck.exports.sanitise import printable_inputs


@printable_inputs()
def notice_pdf(
    org: Organisation, scenario: Scenario, assessment: AssessmentInput, lang: str = "da"
) -> bytes:
    """The Art. 13 notice as a PDF (A4)."""
    facts = derive(org, scenario, assessment, lang, "notice")
    w = facts.words
    story: list[Flowable] = [
        pb.para(w("title", plural=facts.plural), "title"),
        pb.para(w("subtitle", org=org.name), "subtitle"),
        pb.para(w("intro", the=facts.the)),
    ]
    if facts.notes:
        story += [pb.heading(w("notes_heading")), *pb.bullets(facts.notes)]
    for section in (
        _controller,
        _what,
        _purposes,
        _recipients,
        _transfer,
        _retention,
        _choice,
        _automated,
        _rights,
        _complaint,
        _further,
    ):
        story += section(facts)
    story += [pb.gap(6), pb.para(w("generated_by", rulebase=facts.rulebase), "small")]
    return pb.build_pdf(
        story,
        title=w("title", plural=facts.plural),
        lang=w.lang,
        author=org.name,
        footer=w("footer", org=org.name, doc=w("doc"), scenario=scenario.name),
        page_label=w("page"),
    )


def _section(facts: DocumentFacts, key: str, body: list[Flowable]) -> list[Flowable]:
    """A section: its heading (kept with the next paragraph) and its body."""
    return [pb.heading(facts.words(f"{key}.heading")), *body]


def _controller(facts: DocumentFacts) -> list[Flowable]:
    w, org = facts.words, facts.org
    lines = [pb.para(w("controller.text", org=org.name))]
    for field in ("cvr", "address", "phone", "email", "website"):
        lines.append(
            pb.bold_lead(w(f"controller.{field}"), w.or_fill_in(getattr(org, field), field))
        )
    dpo = ", ".join(part for part in (org.dpo_name, org.dpo_contact) if part)
    lines.append(pb.bold_lead(w("controller.dpo"), w.or_fill_in(dpo, "dpo")))
    return _section(facts, "controller", lines)


def _what(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    body = [pb.para(facts.media())]
    categories = facts.data_categories()
    if categories:
        body.append(pb.para(w("what.categories", list=join(categories, w), the=facts.the)))
    return _section(facts, "what", body)


def _purposes(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    body: list[Flowable] = []
    for p in facts.purposes:
        block = [
            pb.para(p.label, "h3"),
            pb.para(w("purposes.why", the=facts.the, why=p.why)),
            pb.para(w(f"route.{p.route}")),
            pb.bold_lead(w("purposes.basis"), "; ".join(p.basis_texts)),
        ]
        if p.interest:
            block.append(pb.para(w("purposes.interest", interest=p.interest)))
        body += block
    return _section(facts, "purposes", body)


def _recipients(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    return _section(
        facts, "recipients", [pb.para(w("recipients.intro")), *pb.bullets(facts.recipients())]
    )


def _transfer(facts: DocumentFacts) -> list[Flowable]:
    return _section(facts, "transfer", [pb.para(facts.transfer())])


def _retention(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    lines = [
        w("retention.line", purpose=p.label, period=period(p.retention_days, w))
        for p in facts.purposes
    ]
    body: list[Flowable] = list(pb.bullets(lines))
    if facts.mifid:
        body.append(pb.para(w("retention.mifid")))
    return _section(facts, "retention", body)


def _choice(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    body: list[Flowable] = []
    for route in (Route.CONSENT, Route.OPT_OUT, Route.WITHOUT_CONSENT, Route.LAW):
        chosen = facts.with_route(route)
        if not chosen:
            continue
        body.append(pb.para(w(f"choice.{route}", purposes=purpose_list(chosen, w), the=facts.the)))
        if route is Route.CONSENT:
            free = facts.refusal_is_free()
            body.append(
                pb.para(
                    w("choice.consent_free")
                    if free
                    else w.check(w("check.refusal"))
                    if free is False
                    else w.fill_in("refusal")
                )
            )
        if route is Route.LAW and facts.mifid:
            body.append(pb.para(w("choice.law_mifid")))
    return _section(facts, "choice", body)


def _automated(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    features = facts.ai_features()
    ai_purpose = any(p.purpose == "ai_analysis" for p in facts.purposes)
    if features is None and not ai_purpose:
        body = [pb.para(w.fill_in("automated"))]
    elif not features and not ai_purpose:
        body = [pb.para(w("automated.none"))]
    else:
        names = features or [w("why.ai_analysis")]
        body = [
            pb.para(w("automated.features", features=join(names, w))),
            pb.para(w.fill_in("automated_logic")),
        ]
    return _section(facts, "automated", body)


def _rights(facts: DocumentFacts) -> list[Flowable]:
    w = facts.words
    items = [
        w("rights.access"),
        w("rights.rectification"),
        w("rights.erasure"),
        w("rights.restriction"),
    ]
    objecting = [p for p in facts.purposes if p.route in (Route.WITHOUT_CONSENT, Route.OPT_OUT)]
    if objecting:
        items.append(w("rights.objection", purposes=purpose_list(objecting, w)))
    consent = facts.with_route(Route.CONSENT)
    if consent:
        items.append(w("rights.portability"))
    body: list[Flowable] = [pb.para(w("rights.intro")), *pb.bullets(items)]
    if consent:
        body.append(pb.para(w("rights.withdraw", days=WITHDRAWAL_DELETION_DAYS)))
    body.append(pb.para(w("rights.how", contact=facts.contact())))
    return _section(facts, "rights", body)


def _complaint(facts: DocumentFacts) -> list[Flowable]:
    return _section(facts, "complaint", [pb.para(facts.words("datatilsynet.text"))])


def _further(facts: DocumentFacts) -> list[Flowable]:
    return _section(facts, "further", [pb.para(facts.words("further.text"))])
