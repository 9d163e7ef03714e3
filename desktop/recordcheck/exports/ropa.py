"""The Art. 30(1) record of processing ("fortegnelse") for all processing activities, as a PDF
to print and an XLSX workbook with Datatilsynet's column titles, a frozen header and filters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from io import BytesIO
from typing import TYPE_CHECKING, Any
from zipfile import ZIP_DEFLATED, ZipFile

from recordcheck.dates import day
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import ProcessingActivity
from recordcheck.domain.vocabulary import StorageLocation, TransferTool
from recordcheck.exports.sanitise import CELL_LIMIT, printable, printable_inputs
from recordcheck.exports.templates import Words
from recordcheck.exports.zips import restamp
from recordcheck.rules.labels import basis_label, purpose_label, value_label

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

#: The workbook's creation time: fixed, so the same register gives the same bytes.
FIXED_TIME = datetime(2000, 1, 1)

#: The columns in order: Datatilsynet's seven items (a)–(g), then the extra columns.
COLUMNS = (
    "name",
    "controller",
    "purposes",
    "subjects",
    "data",
    "recipients",
    "transfers",
    "erasure",
    "security",
    "channel",
    "legal_basis",
    "consent_ref",
    "processor",
    "dpa_date",
    "dpia",
    "storage",
    "owner",
    "last_review",
    "next_review",
)


def controller_text(org: Organisation, activity: ProcessingActivity) -> str:
    """Art. 30(1)(a): the activity's own entry, or the organisation's details."""
    own = [activity.controller, activity.joint_controllers, activity.representative, activity.dpo]
    if any(own):
        return "\n".join(part for part in own if part)
    details = [
        org.name,
        org.cvr and f"CVR {org.cvr}",
        org.address,
        org.email,
        org.phone,
        ", ".join(x for x in (org.dpo_name, org.dpo_contact) if x) or None,
    ]
    return "\n".join(part for part in details if part)


#: Art. 30(1)(a)–(g): never left blank; an unknown one shows a visible placeholder.
REQUIRED = COLUMNS[1:9]


def row(org: Organisation, activity: ProcessingActivity, lang: str) -> dict[str, str]:
    """One activity as text cells keyed by column; a missing required item is a placeholder."""
    w = Words("ropa", lang)
    cells = _cells(org, activity, w.lang)
    for column in REQUIRED:
        if not cells[column].strip():
            cells[column] = w("placeholder.fill", what=w(f"col.{column}").lower())
    return cells


def days(count: int, w: Words) -> str:
    """ "30 dage" / "1 day": a time limit in the record is exact, never rounded to months."""
    return f"{count} {w('unit.day' if count == 1 else 'unit.days')}"


def erasure_text(activity: ProcessingActivity, w: Words) -> str:
    """Art. 30(1)(f): each purpose's retention in words ("Beskyttelse mod trusler: 30 dage"),
    in the order of the entry's purposes, then the user's own note."""
    order = {p: i for i, p in enumerate(activity.purposes)}
    limits = sorted(activity.retention.items(), key=lambda item: order.get(item[0], len(order)))
    lines = [
        w("entry.retention", purpose=purpose_label(p, w.lang), period=days(d, w)) for p, d in limits
    ]
    if activity.erasure_time_limits.strip():
        lines.append(activity.erasure_time_limits.strip())
    return "\n".join(lines)


def recipients_text(activity: ProcessingActivity, w: Words) -> list[str]:
    """Art. 30(1)(d): the processor (a recipient, Art. 4(9)) and any recipient the user named."""
    found = list(activity.recipients)
    name = activity.processor.strip()
    if name and not any(r.startswith(name) for r in found):
        found.insert(0, w("entry.processor", name=name))
    return found


def transfers_text(activity: ProcessingActivity, w: Words) -> str:
    """Art. 30(1)(e): where the generator wrote a storage location (and a transfer tool) as
    codes, their names; text the user wrote as it is."""
    textual = activity.third_country_transfers
    location, _, tool = (part.strip() for part in textual.partition(";"))
    if location not in _LOCATIONS or (tool and tool not in _TOOLS):
        return textual
    where = value_label("platform.storage_location", location, w.lang)
    if not tool:
        return where
    return w(
        "entry.transfer", location=where, tool=value_label("platform.transfer_tool", tool, w.lang)
    )


_LOCATIONS = frozenset(v.value for v in StorageLocation)
_TOOLS = frozenset(v.value for v in TransferTool)


def _cells(org: Organisation, activity: ProcessingActivity, lang: str) -> dict[str, str]:
    w = Words("ropa", lang)
    purposes = [purpose_label(p, lang) for p in activity.purposes]
    if activity.purpose_description:
        purposes.append(activity.purpose_description)
    bases = [
        f"{purpose_label(p, lang)}: " + "; ".join(basis_label(code, lang) for code in codes)
        for p, codes in activity.legal_basis.items()
    ]
    dpia = ", ".join(x for x in (activity.dpia_reference, day(activity.dpia_date)) if x)
    return {
        "name": activity.name,
        "controller": controller_text(org, activity),
        "purposes": "\n".join(purposes),
        "subjects": "\n".join(
            value_label("participants.categories", c, lang)
            for c in activity.data_subject_categories
        ),
        "data": "\n".join(
            value_label("data_categories", c, lang) for c in activity.data_categories
        ),
        "recipients": "\n".join(recipients_text(activity, w)),
        "transfers": transfers_text(activity, w),
        "erasure": erasure_text(activity, w),
        "security": activity.security_measures,
        "channel": value_label("channel", activity.channel, lang),
        "legal_basis": "\n".join(bases),
        "consent_ref": activity.consent_register_reference,
        "processor": activity.processor,
        "dpa_date": day(activity.dpa_date),
        "dpia": dpia,
        "storage": activity.storage_location,
        "owner": activity.owner,
        "last_review": day(activity.last_review),
        "next_review": day(activity.next_review),
    }


@printable_inputs()
def ropa_pdf(
    org: Organisation, activities: Sequence[ProcessingActivity], lang: str = "da"
) -> bytes:
    """The record as a PDF: the controller, then one block per activity. reportlab is imported
    here, not at the top, so the spreadsheet (``export ropa -o x.xlsx``) never loads it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    from recordcheck.exports import pdfbase as pb

    w = Words("ropa", lang)
    story: list[Flowable] = [
        pb.para(w("title"), "title"),
        pb.para(w("subtitle", org=org.name), "subtitle"),
        pb.para(w("intro")),
        pb.heading(w("controller_heading")),
        pb.table(_controller_rows(org, w), [45 * mm, 129 * mm], header=False),
    ]
    if not activities:
        story.append(pb.para(w("none")))
    for activity in sorted(activities, key=lambda a: (a.name, a.id)):
        cells = row(org, activity, w.lang)
        fields = [(w(f"col.{c}"), cells[c]) for c in COLUMNS[1:]]
        story.append(
            KeepTogether(
                [pb.heading(activity.name), pb.table(fields[:1], [62 * mm, 112 * mm], header=False)]
            )
        )
        story.append(pb.table(fields[1:], [62 * mm, 112 * mm], header=False))
    return pb.build_pdf(
        story,
        title=w("title"),
        lang=w.lang,
        author=org.name,
        footer=f"{org.name} · {w('doc')}",
        page_label=w("page"),
    )


def _controller_rows(org: Organisation, w: Words) -> list[tuple[str, str]]:
    dpo = ", ".join(x for x in (org.dpo_name, org.dpo_contact) if x)
    values = {
        "name": org.name,
        "cvr": org.cvr,
        "address": org.address,
        "phone": org.phone,
        "email": org.email,
        "website": org.website,
        "dpo": dpo,
    }
    return [
        (w(f"controller.{key}"), value or w.fill_in(key if key != "name" else "value"))
        for key, value in values.items()
    ]


def _append_text(sheet: Any, values: Sequence[str]) -> None:
    """Append a row of text cells typed as strings: openpyxl would take text starting with
    ``=`` for a formula, and refuses characters XML cannot hold."""
    sheet.append([printable(v, CELL_LIMIT) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


@printable_inputs(CELL_LIMIT)
def ropa_xlsx(
    org: Organisation, activities: Sequence[ProcessingActivity], lang: str = "da"
) -> bytes:
    """The record as an Excel workbook: one row per activity, a frozen header row and first
    column, filters on every column, and a second sheet with the controller's details. Every
    text cell is typed as text (``t="s"``), so ``=1+1`` shows as typed and never runs as a
    formula, without an apostrophe in the value."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    w = Words("ropa", lang)
    book = Workbook()
    sheet = book.active
    sheet.title = w("sheet")
    _append_text(sheet, [w(f"col.{c}") for c in COLUMNS])
    for activity in sorted(activities, key=lambda a: (a.name, a.id)):
        cells = row(org, activity, w.lang)
        _append_text(sheet, [cells[c] for c in COLUMNS])
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = header_font, header_fill, wrap
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = wrap
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = (
            22 if column.endswith(("date", "review", "channel")) else 34
        )
    sheet.row_dimensions[1].height = 60
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(sheet.max_row, 2)}"
    about = book.create_sheet(w("controller_sheet"))
    for label, value in _controller_rows(org, w):
        _append_text(about, [label, value])
    about.column_dimensions["A"].width = 34
    about.column_dimensions["B"].width = 60
    book.properties.title = w("title")
    book.properties.creator = "RecordCheck"
    book.properties.language = w.lang
    book.properties.created = book.properties.modified = FIXED_TIME  # byte-stable output
    buffer = BytesIO()
    with ZipFile(buffer, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).write_data()  # save_workbook() would stamp "modified"
    return restamp(buffer.getvalue())
