"""Every document function in one namespace: ``from recordcheck.exports import documents``."""

from __future__ import annotations

from recordcheck.exports.announcements import announcements_docx, announcements_text
from recordcheck.exports.assessment_doc import assessment_pdf
from recordcheck.exports.atomic import write_atomically
from recordcheck.exports.bundle import inspection_bundle, register_json
from recordcheck.exports.consent import (
    consent_form_pdf,
    consent_receipt_json,
    consent_receipt_pdf,
)
from recordcheck.exports.notice import notice_pdf
from recordcheck.exports.ropa import ropa_pdf, ropa_xlsx
from recordcheck.exports.schedule import schedule_csv, schedule_ics, schedule_pdf
from recordcheck.exports.sign import sign_pdf

__all__ = [
    "announcements_docx",
    "announcements_text",
    "assessment_pdf",
    "consent_form_pdf",
    "consent_receipt_json",
    "consent_receipt_pdf",
    "inspection_bundle",
    "notice_pdf",
    "register_json",
    "ropa_pdf",
    "ropa_xlsx",
    "schedule_csv",
    "schedule_ics",
    "schedule_pdf",
    "sign_pdf",
    "write_atomically",
]
