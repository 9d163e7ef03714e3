"""What the phone system plays, what staff say, and what a meeting invitation and a meeting's
chair say about the recording – matched to the verdict of each purpose.

"Press 1" appears only where consent is the basis, silence always means no, and no text ever
says that carrying on means accepting (TDC 2019: staying on the line is not consent). Meetings
judged opt-out get the words that let participants say no before anything is recorded.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from recordcheck.domain.assessment import Route
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import Channel
from recordcheck.exports.facts import (
    AssessmentInput,
    DocumentFacts,
    PurposeFacts,
    derive,
    join,
    period,
)
from recordcheck.exports.sanitise import PROPERTY_LIMIT, printable, printable_inputs, xml_safe
from recordcheck.exports.zips import restamp

#: The Word file's creation time: fixed, so the same input gives the same bytes.
FIXED_TIME = datetime(2000, 1, 1)

#: (heading key, paragraphs) in reading order
Section = tuple[str, list[str]]


def _whys(purposes: list[PurposeFacts], facts: DocumentFacts) -> str:
    return join([p.why for p in purposes], facts.words)


def _longest(purposes: list[PurposeFacts], facts: DocumentFacts) -> str:
    days = [p.retention_days for p in purposes]
    return period(None if None in days else max(days), facts.words)  # type: ignore[type-var]


def _told(
    facts: DocumentFacts, section: str, *, with_period: bool = False, contact: str | None = None
) -> list[str]:
    """The opening every text shares: what is recorded without asking (law and legitimate
    interest), that the law requires it, and that one may object. A meeting invitation also
    names the retention period and whom to contact."""
    w = facts.words
    told = facts.with_route(Route.LAW) + facts.with_route(Route.WITHOUT_CONSENT)
    lines: list[str] = []
    if told:
        extra = {"period": _longest(told, facts)} if with_period else {}
        lines.append(w(f"{section}.record", why=_whys(told, facts), **extra))
    if facts.with_route(Route.LAW):
        lines.append(w(f"{section}.law"))
    if facts.with_route(Route.WITHOUT_CONSENT):
        lines.append(w(f"{section}.object", **({"contact": contact} if contact else {})))
    return lines


def _refusal_and_withdrawal(facts: DocumentFacts, section: str, no_effect: str | None) -> list[str]:
    """After asking for consent: what saying no costs (``no_effect`` when it costs nothing, a
    visible note to check when it does, a fill-in when unknown), then how to withdraw."""
    w = facts.words
    free = facts.refusal_is_free()
    if free:
        first = [w(no_effect)] if no_effect else []
    elif free is False:
        first = [w.check(w("check.refusal"))]
    else:
        first = [w.fill_in("refusal")]
    return [*first, w(f"{section}.withdraw")]


def _ivr(facts: DocumentFacts) -> list[str]:
    w = facts.words
    told = facts.with_route(Route.LAW) + facts.with_route(Route.WITHOUT_CONSENT)
    lines = [w("ivr.welcome", org=facts.org.name), *_told(facts, "ivr")]
    for purpose in facts.with_route(Route.OPT_OUT):
        lines.append(w("ivr.opt_out", why=purpose.why))
    asked = facts.with_route(Route.CONSENT)
    for index, purpose in enumerate(asked):
        first = index == 0 and not told
        lines.append(w("ivr.ask_first" if first else "ivr.ask_also", why=purpose.why))
        lines.append(w("ivr.keys"))
    if asked:
        lines += _refusal_and_withdrawal(facts, "ivr", "ivr.no_effect")
    lines.append(w("ivr.more", website=facts.website()))
    return lines


def _agent(facts: DocumentFacts) -> list[str]:
    w = facts.words
    lines = _told(facts, "agent")
    for purpose in facts.with_route(Route.OPT_OUT):
        lines += [w("agent.opt_out", why=purpose.why), w("agent.opt_out_wait")]
    asked = facts.with_route(Route.CONSENT)
    free = facts.refusal_is_free()
    for purpose in asked:
        lines.append(w("agent.ask" if free else "agent.ask_unfree", why=purpose.why))
        lines.append(w("agent.wait"))
    if asked:
        lines += _refusal_and_withdrawal(facts, "agent", None)
    lines.append(w("agent.more", website=facts.website()))
    return lines


def _invite(facts: DocumentFacts) -> list[str]:
    w = facts.words
    lines = _told(facts, "invite", with_period=True, contact=facts.contact())
    opt_out = facts.with_route(Route.OPT_OUT)
    if opt_out:
        lines.append(
            w("invite.opt_out", why=_whys(opt_out, facts), period=_longest(opt_out, facts))
        )
        lines.append(w("invite.opt_out_how", contact=facts.contact()))
    for purpose in facts.with_route(Route.CONSENT):
        lines.append(w("invite.consent", why=purpose.why))
    lines.append(w("invite.more", website=facts.website()))
    return lines


def _start(facts: DocumentFacts) -> list[str]:
    w = facts.words
    lines = _told(facts, "start")
    opt_out = facts.with_route(Route.OPT_OUT)
    if opt_out:
        lines += [w("start.opt_out", why=_whys(opt_out, facts)), w("start.opt_out_wait")]
    consent = facts.with_route(Route.CONSENT)
    for purpose in consent:
        lines += [w("start.consent", why=purpose.why), w("start.consent_wait")]
    if consent:
        lines.append(w("start.withdraw"))
    return lines


def sections(facts: DocumentFacts) -> list[Section]:
    """The texts that fit the scenario's channel, each under its heading."""
    channel = facts.scenario.channel
    if channel is Channel.PHONE_INBOUND:
        return [("ivr", _ivr(facts)), ("agent_direct", _agent(facts))]
    if channel is Channel.PHONE_OUTBOUND:
        return [("agent", _agent(facts))]
    return [("invite", _invite(facts)), ("start", _start(facts))]


@printable_inputs()
def announcements_text(
    org: Organisation, scenario: Scenario, assessment: AssessmentInput, lang: str = "da"
) -> str:
    """The announcements as plain text (UTF-8, one paragraph per line, blank line between)."""
    facts = derive(org, scenario, assessment, lang, "announcements")
    w = facts.words
    title = w("title", scenario=scenario.name)
    out = [title, "=" * len(title), "", w("intro"), ""]
    out += [*facts.notes, ""] if facts.notes else []
    for key, paragraphs in sections(facts):
        heading = w(f"heading.{key}")
        out += [heading, "-" * len(heading), "", *paragraphs, ""]
    return "\n".join(out)


@printable_inputs()
def announcements_docx(
    org: Organisation, scenario: Scenario, assessment: AssessmentInput, lang: str = "da"
) -> bytes:
    """The announcements as an editable Word document."""
    from docx import Document
    from docx.shared import Pt

    facts = derive(org, scenario, assessment, lang, "announcements")
    w = facts.words
    document = Document()
    title = w("title", scenario=scenario.name)
    # Word's core properties hold at most 255 characters; the body keeps the full text
    document.core_properties.title = printable(title, PROPERTY_LIMIT)
    document.core_properties.author = printable(org.name, PROPERTY_LIMIT)
    document.core_properties.language = w.lang
    document.styles["Normal"].font.name = "Noto Sans"
    document.styles["Normal"].font.size = Pt(11)
    document.add_heading(xml_safe(title), level=1)
    document.add_paragraph(xml_safe(w("intro")))
    for note in facts.notes:
        document.add_paragraph(xml_safe(note))
    for key, paragraphs in sections(facts):
        document.add_heading(xml_safe(w(f"heading.{key}")), level=2)
        for paragraph in paragraphs:
            document.add_paragraph(xml_safe(paragraph))
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    document.core_properties.revision = 1
    buffer = BytesIO()
    document.save(buffer)
    return restamp(buffer.getvalue())
