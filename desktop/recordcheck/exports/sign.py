"""The reception sign: one page of large print that says, readable from a distance, that calls
or meetings are recorded, why, on what basis, how to say no, whom to ask and where the full
notice is (with a QR code to it when the organisation has a web address)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Table, TableStyle

from recordcheck.domain.assessment import Route
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.scenario import Scenario
from recordcheck.exports import pdfbase as pb
from recordcheck.exports.facts import AssessmentInput, DocumentFacts, derive, mid_sentence
from recordcheck.exports.sanitise import printable_inputs

SIZES = {"A4": (A4, 1.3, 18 * mm), "A5": (A5, 0.9, 11 * mm)}


@printable_inputs()
def sign_pdf(
    org: Organisation,
    scenario: Scenario,
    assessment: AssessmentInput,
    lang: str = "da",
    size: str = "A4",
) -> bytes:
    """The sign as a one-page PDF, A4 or A5; the content shrinks to fit rather than overflow."""
    if size not in SIZES:
        raise ValueError(f"size must be A4 or A5, not {size!r}")
    pagesize, scale, margin = SIZES[size]
    facts = derive(org, scenario, assessment, lang, "sign")
    w = facts.words
    story = _content(facts, scale)
    frame_w = pagesize[0] - 2 * margin
    frame_h = pagesize[1] - 2 * margin - 6 * mm
    fitted = KeepInFrame(frame_w, frame_h, story, mode="shrink")
    return pb.build_pdf(
        [fitted],
        title=w("title", plural=facts.plural),
        lang=w.lang,
        author=org.name,
        footer=w("footer", org=org.name, doc=w("doc"), scenario=scenario.name),
        page_label=w("page"),
        pagesize=pagesize,
        margin=margin,
    )


def _content(facts: DocumentFacts, scale: float) -> list[Flowable]:
    w, org = facts.words, facts.org

    def p(text: str, style: str = "sign_body") -> Flowable:
        return pb.para(text, style, scale)

    story: list[Flowable] = [
        p(w("title", plural=facts.plural), "sign_title"),
        *(p(note, "sign_small") for note in facts.notes),
        p(w("lead", org=org.name, the=facts.the), "sign_lead"),
    ]
    for purpose in facts.purposes:
        line = w("purpose_line.text", why=purpose.why, route=w(f"route.{purpose.route}"))
        story += pb.bullets([line], "sign_bullet", scale)
    story.append(p(w("basis_heading"), "sign_h"))
    story += [p(line) for line in _basis_lines(facts)]
    story.append(p(w("refuse_heading"), "sign_h"))
    story += [p(line) for line in _refusal_lines(facts)]
    story.append(p(w("contact_heading"), "sign_h"))
    story.append(p(w("contact", org=org.name, contact=facts.contact())))
    story.append(p(w("more_heading"), "sign_h"))
    more = [p(w("more", website=facts.website())), p(w("more_paper"))]
    if org.website:
        story.append(_beside_qr(more, qr_address(org.website), scale))
    else:
        story += more
    return story


def _basis_lines(facts: DocumentFacts) -> list[str]:
    """One line per Art. 6 basis, naming the purposes it carries."""
    w = facts.words
    by_basis: dict[str, list[str]] = {}
    for purpose in facts.purposes:
        main = next(
            (
                text
                for code, text in zip(purpose.bases, purpose.basis_texts, strict=False)
                if code.startswith("GDPR art. 6")
            ),
            purpose.basis_texts[0] if purpose.basis_texts else w.fill_in("law"),
        )
        by_basis.setdefault(main, []).append(mid_sentence(purpose.label))
    if len(by_basis) == 1:
        return list(by_basis)
    return [
        w("basis_line", basis=basis, purposes=", ".join(names)) for basis, names in by_basis.items()
    ]


def _refusal_lines(facts: DocumentFacts) -> list[str]:
    """How to say no, per route; each line names its purposes when routes differ."""
    w = facts.words
    lines: list[str] = []
    several = len(facts.routes()) > 1
    for route in (Route.CONSENT, Route.OPT_OUT, Route.WITHOUT_CONSENT, Route.LAW):
        chosen = facts.with_route(route)
        if not chosen:
            continue
        said = [w(route, the=facts.the)]
        if route is Route.CONSENT:
            free = facts.refusal_is_free()
            said.append(
                w("consent_free")
                if free
                else w.check(w("check.refusal"))
                if free is False
                else w.fill_in("refusal")
            )
            said.append(w("withdraw"))
        if several:
            said[0] = f"{' / '.join(p.label for p in chosen)}: {said[0]}"
        lines += said
    return lines


def qr_address(website: str) -> str:
    """The web address as a phone's camera opens it: "laegehuset.dk" → "https://laegehuset.dk"
    (an address typed with its own scheme is kept as typed)."""
    address = website.strip()
    return address if "://" in address else "https://" + address


def _beside_qr(text: list[Flowable], url: str, scale: float) -> Table:
    side = 34 * mm * scale
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    grid = Table([[text, drawing]], colWidths=[None, side + 4 * mm])
    grid.hAlign = "LEFT"
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return grid
