"""The rule base as one JSON object (``recordcheck rules --format json``), for review by lawyers
and for other tools: every rule with its sources, every source with its address."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from recordcheck.rules.rulebase import Rulebase


def rulebase_to_dict(rb: Rulebase) -> dict[str, Any]:
    return {
        "id": rb.id,
        "version": rb.version,
        "date": rb.date,
        "profiles": {
            p.id: {"label": dict(p.label), "verified": p.verified} for p in rb.profiles.values()
        },
        "rules": {
            r.id: {
                "title": dict(r.title),
                "text": dict(r.text),
                "sources": list(r.sources),
                "confidence": r.confidence.value,
            }
            for r in rb.rules.values()
        },
        "obligations": {
            o.id: {
                "title": dict(o.title),
                "text": dict(o.text),
                "legal_ref": o.legal_ref,
                "sources": list(o.sources),
            }
            for o in rb.obligations.values()
        },
        "warnings": {w.code: {"text": dict(w.text), "rules": list(w.rules)} for w in rb.warnings},
        "sources": {
            s.id: {
                **asdict(s),
                "establishes": dict(s.establishes),
                "other_urls": list(s.other_urls),
            }
            for s in rb.sources.values()
        },
    }
