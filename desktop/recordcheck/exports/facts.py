"""What a document may say about one scenario, derived from its latest assessment only.

The notice, the sign, the consent form and the announcements all speak from this one view, so
they can never claim more than the assessment supports: a purpose appears only with the route
its verdict allows (consent, opt-out, without consent, by law); a purpose judged not allowed, or
left undecided, is left out and named in a visible ``[afklar: …]`` note for the organisation;
an unknown fact becomes a visible ``[udfyld: …]`` placeholder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recordcheck.domain.assessment import Assessment, PurposeResult, Route
from recordcheck.domain.assessment_codec import from_contract
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import (
    Channel,
    DataCategory,
    Law,
    ParticipantCategory,
    RefusalConsequence,
    StorageLocation,
    TransferTool,
)
from recordcheck.errors import UserError
from recordcheck.exports.templates import Words
from recordcheck.rules.labels import basis_label, purpose_label, verdict_label
from recordcheck.rules.rulebase import load_rulebase

#: What the documents accept: the typed assessment, or its worded ``recordcheck.assessment/1``
#: object (read back with :func:`from_contract`; kept for callers that hold the JSON).
AssessmentInput = Assessment | Mapping[str, Any]
LEGIT_INTEREST = "GDPR art. 6(1)(f)"
OBJECTION_BASES = frozenset({LEGIT_INTEREST, "GDPR art. 6(1)(e)"})
PHONE_CHANNELS = frozenset({Channel.PHONE_INBOUND, Channel.PHONE_OUTBOUND})


def as_assessment(assessment: AssessmentInput) -> Assessment:
    """The typed assessment, whichever form the caller holds."""
    return assessment if isinstance(assessment, Assessment) else from_contract(assessment)


@dataclass(frozen=True)
class PurposeFacts:
    purpose: str
    label: str
    route: Route
    bases: tuple[str, ...]
    basis_texts: tuple[str, ...]
    retention_days: int | None
    uncertain: bool
    why: str
    interest: str | None  # the legitimate interest, when the basis is Art. 6(1)(f)


@dataclass(frozen=True)
class DocumentFacts:
    org: Organisation
    scenario: Scenario
    assessment: Assessment
    words: Words
    purposes: tuple[PurposeFacts, ...]
    notes: tuple[str, ...]  # [afklar: …] lines for the organisation

    # --- the scenario in words -------------------------------------------------------------
    @property
    def channel(self) -> str:
        return self.scenario.channel.value

    @property
    def is_phone(self) -> bool:
        return self.scenario.channel in PHONE_CHANNELS

    @property
    def the(self) -> str:
        return self.words(f"channel.{self.channel}.the")

    @property
    def plural(self) -> str:
        return self.words(f"channel.{self.channel}.plural")

    def routes(self) -> set[Route]:
        return {p.route for p in self.purposes}

    def with_route(self, route: Route | str) -> list[PurposeFacts]:
        return [p for p in self.purposes if p.route == route]

    @property
    def any_objection(self) -> bool:
        return any(set(p.bases) & OBJECTION_BASES for p in self.purposes)

    @property
    def law(self) -> Law | None:
        return self.scenario.legal_obligation.law

    @property
    def mifid(self) -> bool:
        return Route.LAW in self.routes() and self.law is Law.MIFID_II

    @property
    def rulebase(self) -> str:
        """The rule base and the profile in the document's language: the profile's label, not
        its identifier ("default" would be English in a Danish document)."""
        a = self.assessment
        profile = load_rulebase().profiles.get(a.profile)
        label = profile.label.get(self.words.lang) if profile is not None else None
        return f"{a.rulebase_id or '?'} {a.rulebase_version or '?'}, {label or a.profile or '?'}"

    # --- the organisation in words ---------------------------------------------------------
    def contact(self) -> str:
        """How to reach the organisation: e-mail and/or phone, or a placeholder."""
        parts: list[str] = []
        if self.org.email:
            parts.append(self.words("contact_line.email", email=self.org.email))
        if self.org.phone:
            parts.append(self.words("contact_line.phone", phone=self.org.phone))
        return self.words("contact_line.join").join(parts) or self.words.fill_in("contact")

    def website(self) -> str:
        return self.words.or_fill_in(self.org.website, "website")

    def media(self) -> str:
        """What is recorded, as a sentence ("Vi optager lyden af samtalen.")."""
        media = self.scenario.media
        return self.words(f"media.{media.value if media else 'unknown'}", the=self.the)

    def data_categories(self) -> list[str]:
        found = [
            self.words(f"data.{c.value}")
            for c in self.scenario.data_categories or ()
            if c is not DataCategory.ORDINARY
        ]
        if ParticipantCategory.CHILDREN in (self.scenario.participants.categories or ()):
            found.append(self.words("data.children"))
        return found

    def ai_features(self) -> list[str] | None:
        """The AI features in words; ``None`` when unknown, ``[]`` when known to be none."""
        features = self.scenario.platform.ai_features
        if features is None:
            return None
        return [self.words(f"ai.{f.value}") for f in features]

    def processor(self) -> str:
        """The platform as a recipient; the notice never calls a provider a processor when the
        scenario says it uses the data for its own purposes or has no processing agreement."""
        platform, w = self.scenario.platform, self.words
        if not platform.product:
            return w.fill_in("processor")
        system = w(f"channel.{self.channel}.system")
        if platform.vendor_own_purposes:
            text = w("recipients.vendor", product=platform.product, system=system)
            return f"{text} {w.check(w('check.own_use'))}"
        text = w("recipients.processor", product=platform.product, system=system)
        if platform.processor_agreement is False:
            return f"{text} {w.check(w('check.no_dpa', product=platform.product))}"
        return text

    def recipients(self) -> list[str]:
        found: list[str] = [self.processor()]
        for p in self.purposes:
            key = p.purpose
            if p.purpose == "legal_obligation" and self.law is not None:
                key = f"legal_obligation_{self.law.value}"
            if self.words.has(f"recipients.{key}"):
                text = self.words(f"recipients.{key}")
                if text not in found:
                    found.append(text)
        return found

    def transfer(self) -> str:
        """Where the recordings are stored, and the transfer tool when outside the EU/EEA."""
        platform = self.scenario.platform
        location, tool = platform.storage_location, platform.transfer_tool
        if location is None or location is StorageLocation.UNKNOWN:
            return self.words.fill_in("storage")
        if location is StorageLocation.EU_EEA:
            return self.words("transfer.eu_eea")
        if location is StorageLocation.US_DPF and tool in (
            None,
            TransferTool.DPF,
            TransferTool.ADEQUACY,
        ):
            return self.words("transfer.us_dpf")
        country = (
            self.words("transfer.us")
            if location in (StorageLocation.US_DPF, StorageLocation.US_OTHER)
            else self.words.fill_in("country")
        )
        if tool is TransferTool.NONE:
            return self.words.check(self.words("check.no_basis"))
        if tool is None or tool is TransferTool.UNKNOWN:
            tool_text = self.words.fill_in("transfer_tool")
        else:
            tool_text = self.words(f"transfer.tool.{tool.value}")
        return self.words("transfer.third_country", country=country, tool=tool_text)

    def refusal_is_free(self) -> bool | None:
        consequence = self.scenario.consent.refusal_consequence
        return None if consequence is None else consequence is RefusalConsequence.NONE


def period(days: int | None, words: Words) -> str:
    """``90`` → "3 måneder", ``2555`` → "7 år", ``7`` → "7 dage"; ``None`` → a placeholder."""
    if days is None:
        return words.fill_in("retention")
    for size, unit in ((365, "year"), (30, "month")):
        if days >= size and days % size == 0:
            count = days // size
            return f"{count} {words(f'unit.{unit}' if count == 1 else f'unit.{unit}s')}"
    return f"{days} {words('unit.day' if days == 1 else 'unit.days')}"


def _why(purpose: str, scenario: Scenario, words: Words) -> str:
    if purpose == "legal_obligation" and scenario.legal_obligation.law is not None:
        law = scenario.legal_obligation.law.value
        reference = scenario.legal_obligation.reference or words.fill_in("law")
        return words(f"why.legal_obligation_{law}", reference=reference)
    return words(f"why.{purpose}")


def _purpose_facts(result: PurposeResult, scenario: Scenario, words: Words) -> PurposeFacts:
    purpose = result.purpose.value
    bases = result.legal_basis
    interest = None
    if LEGIT_INTEREST in bases:
        interest = (
            words(f"interest.{purpose}")
            if words.has(f"interest.{purpose}")
            else words.fill_in("interest")
        )
    return PurposeFacts(
        purpose=purpose,
        label=purpose_label(result.purpose, words.lang),
        route=result.route,
        bases=bases,
        basis_texts=tuple(basis_label(b, words.lang) for b in bases),
        retention_days=result.retention_days,
        uncertain=result.uncertain,
        why=_why(purpose, scenario, words),
        interest=interest,
    )


def derive(
    org: Organisation, scenario: Scenario, assessment: AssessmentInput, lang: str, doc: str
) -> DocumentFacts:
    """The facts ``doc`` may state. Raises :class:`UserError` when nothing may be recorded."""
    typed = as_assessment(assessment)
    words = Words(doc, lang)
    purposes: list[PurposeFacts] = []
    notes: list[str] = []
    for result in typed.purposes:
        label = purpose_label(result.purpose, words.lang)
        if not result.lawful:
            verdict = verdict_label(result.verdict, words.lang)
            notes.append(words.check(words("check.excluded", purpose=label, verdict=verdict)))
            continue
        if result.uncertain:
            notes.append(words.check(words("check.uncertain", purpose=label)))
        elif result.setup_compliant is False:
            notes.append(words.check(words("check.setup", purpose=label)))
        purposes.append(_purpose_facts(result, scenario, words))
    if typed.blocked_by or not purposes:
        raise UserError("exports.nothing_lawful", scenario=scenario.name)
    return DocumentFacts(
        org=org,
        scenario=scenario,
        assessment=typed,
        words=words,
        purposes=tuple(purposes),
        notes=tuple(notes),
    )


def mid_sentence(label: str) -> str:
    """A label as used inside a sentence: "Uddannelse af medarbejdere" → "uddannelse af
    medarbejdere", but "AI analysis" stays as it is."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def join(items: list[str], words: Words) -> str:
    """ "a, b og c" / "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + words("contact_line.and") + items[-1]


def purpose_list(purposes: list[PurposeFacts], words: Words) -> str:
    return join([mid_sentence(p.label) for p in purposes], words)
