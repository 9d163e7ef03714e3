"""Verdict colours: each verdict has a text and a background colour, always shown with words.

The pairs meet WCAG 2.x AA for normal text (contrast ≥ 4.5:1; ``tests/ui/test_colours.py``).
A symbol accompanies each verdict as well, so colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from recordcheck.domain.vocabulary import Verdict


@dataclass(frozen=True)
class VerdictStyle:
    foreground: str
    background: str
    border: str
    symbol: str


VERDICT_STYLES: dict[Verdict, VerdictStyle] = {
    Verdict.ALLOWED_WITHOUT_CONSENT: VerdictStyle("#14532d", "#e3f4e8", "#2e7d4f", "✔"),
    Verdict.ALLOWED_WITH_OPT_OUT: VerdictStyle("#1f4d3a", "#e6f2ec", "#3d7a5e", "✔"),
    Verdict.REQUIRED_BY_LAW: VerdictStyle("#0b3d75", "#e4eefa", "#2f6db3", "§"),
    Verdict.CONSENT_REQUIRED: VerdictStyle("#6b3500", "#fdf0dc", "#c07a1a", "!"),
    Verdict.NOT_ALLOWED: VerdictStyle("#7f1420", "#fbe5e7", "#b3303f", "✘"),
    Verdict.UNCERTAIN: VerdictStyle("#37404c", "#eceff3", "#6b7685", "?"),
}

#: Compliance of the set-up: text colour on the card's white background.
COMPLIES = "#14532d"
DOES_NOT_COMPLY = "#7f1420"
UNKNOWN = "#37404c"
WARNING_TEXT = "#6b3500"
WARNING_BACKGROUND = "#fdf0dc"
BANNER_TEXT = "#0b3d75"
BANNER_BACKGROUND = "#e4eefa"
BANNER_BORDER = "#2f6db3"
#: Secondary text (notes, disclaimers) and body text of details, on white.
MUTED_TEXT = "#4a5361"
DETAIL_TEXT = "#2b313a"
#: A mistake in a dialog, and a "nothing may be recorded" line.
ERROR_TEXT = "#7f1420"
CARD_BACKGROUND = "#ffffff"
CARD_BORDER = "#c9ced6"
#: Row tints in tables; the row also says it in words (colour is never the only cue).
DUE_TINT = "#fdf0dc"  # due today, review due, consent withdrawn
OVERDUE_TINT = "#fbe5e7"
INACTIVE_TINT = "#eceff3"  # refused or expired consent


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two sRGB colours, 1–21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
