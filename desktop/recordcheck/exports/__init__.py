"""Documents people print and file, generated from the register and the assessments.

All functions are pure (no store access) and imported lazily, so ``import recordcheck.exports``
does not pull in reportlab, openpyxl or python-docx until a document is asked for::

    from recordcheck import exports
    pdf = exports.notice_pdf(org, scenario, assessment, lang="en")
"""

from __future__ import annotations

import importlib
from typing import Any

#: public name -> module that defines it
_API = {
    "sign_pdf": "sign",
    "notice_pdf": "notice",
    "consent_form_pdf": "consent",
    "consent_receipt_pdf": "consent",
    "consent_receipt_json": "consent",
    "announcements_text": "announcements",
    "announcements_docx": "announcements",
    "schedule_pdf": "schedule",
    "schedule_csv": "schedule",
    "schedule_ics": "schedule",
    "ropa_pdf": "ropa",
    "ropa_xlsx": "ropa",
    "assessment_pdf": "assessment_doc",
    "inspection_bundle": "bundle",
    "register_json": "bundle",
    "write_atomically": "atomic",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
