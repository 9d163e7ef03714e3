"""Every window and dialog, opened in Danish and in English: nothing left untranslated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from recordcheck.paths import resource
from ui.walk import plain, texts
from ui.windows import open_all

# English words that never occur in Danish text: a Danish window showing one has a string that
# escaped translation (e.g. one not wrapped in tr()).
ENGLISH_WORDS = {
    "the",
    "and",
    "you",
    "your",
    "this",
    "with",
    "what",
    "which",
    "please",
    "choose",
    "show",
    "hide",
    "save",
    "cancel",
    "back",
    "next",
    "file",
    "edit",
    "view",
    "help",
    "string",
    "not",
    "are",
    "from",
    "there",
    "here",
    "yet",
    "as",
    "of",
    "or",
    "if",
    "priority",
    "assessed",
    "done",
    "verdict",
    "reasons",
    "sources",
    "source",
    "basis",
    "retention",
    "days",
    "profile",
    "warnings",
    "earlier",
    "result",
    "rule",
    "changed",
    "draft",
    "again",
    "now",
    "new",
    "assess",
    "answers",
    "scenario",
    "recording",
    "should",
    "must",
}

# Words that are the same in both languages (checked by eye).
SAME_IN_BOTH = {"Status", "Standard", "E-mail", "&E-mail", "RecordCheck", "Dansk", "English"}


def _english_sources() -> set[str]:
    root = ET.parse(resource("translations", "recordcheck_da.ts")).getroot()
    out = set()
    for message in root.iter("message"):
        source = plain(message.findtext("source") or "")
        translation = plain(message.findtext("translation") or "")
        if source != translation and len(source) > 3:
            out.add(source)
    return out


def _walk(make_session, qtbot, lang):
    session = make_session(lang)
    return {name: texts(widget) for name, widget in open_all(session, qtbot)}


def test_translation_catalogue_is_complete_and_up_to_date():
    script = Path(__file__).resolve().parents[2] / "packaging" / "build_translations.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_window_is_translated(qtbot, make_session):
    danish = _walk(make_session, qtbot, "da")
    english = _walk(make_session, qtbot, "en")
    sources = _english_sources()
    problems = []
    for name, da_texts in danish.items():
        en_texts = english[name]
        assert len(da_texts) == len(en_texts), f"{name}: the two languages differ in layout"
        for (where, da, data), (_w, en, _d) in zip(da_texts, en_texts, strict=True):
            words = set(re.findall(r"[a-z]+", da.lower()))
            if any(
                source == da or (len(source) >= 8 and re.search(rf"\b{re.escape(source)}", da))
                for source in sources
            ):
                problems.append(f"{name} {where}: English text in Danish window: {da!r}")
            elif not data and words & ENGLISH_WORDS:
                problems.append(f"{name} {where}: English words in Danish window: {da!r}")
            elif (
                da == en
                and not data
                and da not in SAME_IN_BOTH
                and re.search(r"[A-Za-zÆØÅæøå]{3}", da)
            ):
                problems.append(f"{name} {where}: same text in both languages: {da!r}")
    assert not problems, "\n".join(problems)
