"""Written consent: the form a person signs (one unticked box per consent-based purpose) and
the receipt for a consent recorded in the register, as PDF and as JSON with the fields of the
Kantara Consent Receipt 1.1 / ISO/IEC TS 27560 that apply."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from recordcheck.dates import as_utc as utc
from recordcheck.dates import clock, danish_time, iso
from recordcheck.domain.assessment import Route
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    WITHDRAWAL_DELETION_DAYS,
    ConsentEvent,
    ConsentRecord,
)
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import StorageLocation
from recordcheck.errors import UserError
from recordcheck.exports import pdfbase as pb
from recordcheck.exports.facts import (
    AssessmentInput,
    DocumentFacts,
    derive,
    join,
    mid_sentence,
    period,
)
from recordcheck.exports.sanitise import printable_inputs
from recordcheck.exports.templates import Words
from recordcheck.rules.labels import purpose_label, value_label

RECEIPT_SPEC = "https://kantarainitiative.org/download/7902/ (Consent Receipt 1.1)"
EXPLICIT_BASIS = "GDPR art. 9(2)(a)"
SENSITIVE = ("health", "other_special")


def form_version(facts: DocumentFacts) -> str:
    """A short fingerprint of what the form asks, so a signed form can be matched to its text."""
    content = [
        facts.org.name,
        facts.scenario.name,
        facts.words.lang,
        [(p.purpose, p.retention_days, p.bases) for p in facts.with_route(Route.CONSENT)],
    ]
    return "F-" + hashlib.sha256(json.dumps(content).encode()).hexdigest()[:10]


@printable_inputs()
def consent_form_pdf(
    org: Organisation, scenario: Scenario, assessment: AssessmentInput, lang: str = "da"
) -> bytes:
    """The consent form; only purposes whose verdict makes consent the basis get a box."""
    facts = derive(org, scenario, assessment, lang, "consent")
    w = facts.words
    chosen = facts.with_route(Route.CONSENT)
    if not chosen:
        raise UserError("exports.no_consent_purposes", scenario=scenario.name)
    free = facts.refusal_is_free()
    story: list[Flowable] = [
        pb.para(w("title", plural=facts.plural), "title"),
        pb.para(w("intro", org=org.name, the=facts.the)),
        pb.para(
            w("free")
            if free
            else w.check(w("check.refusal"))
            if free is False
            else w.fill_in("refusal")
        ),
        *pb.bullets(facts.notes),
    ]
    if scenario.platform.storage_location is not StorageLocation.EU_EEA:
        story.append(pb.para(facts.transfer()))  # consent must be informed about transfers
    story.append(pb.para(w("box_intro"), "h3"))
    sensitive = [
        w(f"data.{c.value}") for c in scenario.data_categories or () if c.value in SENSITIVE
    ]
    for p in chosen:
        lines = [
            pb.para(w("why", the=facts.the, why=p.why)),
            pb.para(w("keep", period=period(p.retention_days, w))),
        ]
        if EXPLICIT_BASIS in p.bases and sensitive:
            lines.append(pb.para(w("explicit", data=join(sensitive, w))))
        label = pb.para(w("box_label", the=facts.the, purpose=mid_sentence(p.label)), "h3")
        story.append(KeepTogether(_box_row([label, *lines])))
    story += [
        pb.heading(w("withdraw_heading")),
        pb.para(w("withdraw", contact=facts.contact(), days=WITHDRAWAL_DELETION_DAYS)),
        pb.para(w("more", website=facts.website())),
        pb.heading(w("sign_heading")),
        _signature_lines(w),
        pb.gap(4),
        pb.para(w("version", version=form_version(facts)), "small"),
    ]
    return pb.build_pdf(
        story,
        title=w("title", plural=facts.plural),
        lang=w.lang,
        author=org.name,
        footer=w("footer", org=org.name, doc=w("doc"), scenario=scenario.name),
        page_label=w("page"),
    )


def _box_row(content: list[Flowable]) -> list[Flowable]:
    grid = Table([[pb.Checkbox(6 * mm), content]], colWidths=[11 * mm, None])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    grid.hAlign = "LEFT"
    return [grid]


def _signature_lines(w: Words) -> Table:
    cells = [
        [pb.Line(75 * mm, w("name")), pb.Line(75 * mm, w("date"))],
        [pb.Line(75 * mm, w("signature")), ""],
    ]
    grid = Table(cells, colWidths=[85 * mm, 85 * mm])
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    grid.hAlign = "LEFT"
    return grid


# --- receipt ---------------------------------------------------------------------------------


def _value(member: Any) -> str:
    return str(getattr(member, "value", member))


def receipt_id(consent: ConsentRecord) -> str:
    """Stable receipt id: the register id plus a fingerprint of who, when and what."""
    content = [
        consent.id,
        consent.person_name,
        iso(consent.given_at),
        [str(p) for p in consent.purposes],
        consent.notice_version,
    ]
    return f"RC-{consent.id}-" + hashlib.sha256(json.dumps(content).encode()).hexdigest()[:8]


def _events(events: Iterable[ConsentEvent]) -> list[ConsentEvent]:
    return sorted(events, key=lambda e: (utc(e.at), e.id))


def consent_receipt_json(
    org: Organisation,
    scenario: Scenario,
    consent: ConsentRecord,
    events: Iterable[ConsentEvent],
    lang: str = "da",
) -> dict[str, Any]:
    """The receipt as a JSON-ready dict (Kantara CR 1.1 field names, plus the event history)."""
    history = _events(events)
    sensitive = [
        c.value
        for c in scenario.data_categories or ()
        if c.value in (*SENSITIVE, "criminal", "cpr")
    ]
    return {
        "version": "KI-CR-v1.1.0",
        "jurisdiction": "DK",
        "consentTimestamp": int(utc(consent.given_at).timestamp()),
        "collectionMethod": value_label("consent.mechanism", consent.mechanism, lang),
        "consentReceiptID": receipt_id(consent),
        "language": lang,
        "piiPrincipalId": consent.reference or consent.person_name,
        "piiControllers": [
            {
                "piiController": org.name,
                "onBehalf": False,
                "contact": org.dpo_name or org.name,
                "address": org.address or "",
                "email": org.email or "",
                "phone": org.phone or "",
                "piiControllerUrl": org.website or "",
            }
        ],
        "policyUrl": org.website or "",
        "services": [
            {
                "service": scenario.name,
                "purposes": [
                    {
                        "purpose": purpose_label(p, lang),
                        "purposeCategory": [str(getattr(p, "value", p))],
                        "consentType": "EXPLICIT",
                        "piiCategory": [scenario.media.value if scenario.media else "audio"],
                        "primaryPurpose": False,
                        "termination": Words("consent", lang)("receipt.termination"),
                        "thirdPartyDisclosure": False,
                    }
                    for p in consent.purposes
                ],
            }
        ],
        "sensitive": bool(sensitive),
        "spiCat": sensitive,
        # RecordCheck additions: the register's own view of the consent
        "recordcheck": {
            "consent_id": consent.id,
            "person_name": consent.person_name,
            "scenario_id": consent.scenario_id,
            "mechanism": str(getattr(consent.mechanism, "value", consent.mechanism)),
            "notice_version": consent.notice_version,
            "given_at": iso(consent.given_at),
            "status": str(getattr(consent.status, "value", consent.status)),
            "status_at": iso(consent.status_at),
            "events": [
                {
                    "at": iso(e.at),
                    "kind": str(getattr(e.kind, "value", e.kind)),
                    "channel": e.channel,
                    "recorded_at": iso(e.recorded_at),
                    "author": e.author,
                    "note": e.note,
                }
                for e in history
            ],
        },
    }


@printable_inputs()
def consent_receipt_pdf(
    org: Organisation,
    scenario: Scenario,
    consent: ConsentRecord,
    events: Iterable[ConsentEvent],
    lang: str = "da",
) -> bytes:
    """The receipt as a one-page PDF for the person (or the file)."""
    w = Words("consent", lang)
    history = _events(events)

    def when(moment: Any) -> str:
        moment = danish_time(moment)
        key = "receipt.time_utc" if moment.tzinfo is UTC else "receipt.time"
        return w(key, date=moment.date().isoformat(), time=clock(moment))

    contact = ", ".join(x for x in (org.email, org.phone) if x) or w.fill_in("contact")
    rows = [
        (w("receipt.id"), receipt_id(consent)),
        (w("receipt.person"), consent.person_name),
        (w("receipt.reference"), consent.reference or ""),
        (
            w("receipt.controller"),
            ", ".join(x for x in (org.name, org.cvr and f"CVR {org.cvr}", org.address) if x),
        ),
        (w("receipt.contact"), contact),
        (w("receipt.scenario"), scenario.name),
        (w("receipt.purposes"), ", ".join(purpose_label(p, lang) for p in consent.purposes)),
        (w("receipt.mechanism"), value_label("consent.mechanism", consent.mechanism, lang)),
        (w("receipt.notice_version"), consent.notice_version),
        (w("receipt.given_at"), when(consent.given_at)),
        (w("receipt.status"), w(f"receipt.kind.{_value(consent.status)}")),
        (w("receipt.status_at"), when(consent.status_at)),
        (w("receipt.evidence"), consent.evidence_note),
    ]
    story: list[Flowable] = [
        pb.para(w("receipt.title"), "title"),
        pb.para(w("receipt.intro", person=consent.person_name)),
        pb.table([(k, v) for k, v in rows if v], [45 * mm, 129 * mm], header=False),
        pb.heading(w("receipt.events_heading")),
        pb.table(
            [
                (
                    w("receipt.event_at"),
                    w("receipt.event_kind"),
                    w("receipt.event_channel"),
                    w("receipt.event_note"),
                )
            ]
            + [
                (when(e.at), w(f"receipt.kind.{_value(e.kind)}"), e.channel, e.note)
                for e in history
            ],
            [40 * mm, 30 * mm, 40 * mm, 64 * mm],
        ),
        pb.gap(4),
        pb.para(
            w("receipt.withdraw", org=org.name, contact=contact, days=WITHDRAWAL_DELETION_DAYS)
        ),
    ]
    return pb.build_pdf(
        story,
        title=w("receipt.title"),
        lang=w.lang,
        author=org.name,
        footer=w("footer", org=org.name, doc=w("receipt.doc"), scenario=scenario.name),
        page_label=w("page"),
    )
