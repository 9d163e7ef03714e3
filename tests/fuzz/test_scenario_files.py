"""Issue 12: thousands of spoiled scenario files, made from the contract's examples, read by
``contract.load_scenario`` and by ``recordcheck assess FILE`` (in process): every one is either
a scenario or a message in the user's language; never a traceback, never the generic
"unexpected error", and the message can be printed."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz import kit
from fuzz.mutations import spoiled_file
from recordcheck.contract import load_scenario
from recordcheck.errors import InputError

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "contract_examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("[0-9]*.json"))
DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
_FOLDER = Path(tempfile.mkdtemp(prefix="recordcheck-fuzz-"))
counted = {"files": 0, "refused": 0}


@settings(max_examples=kit.SCENARIO_FILES)
@given(
    st.integers(0, len(DOCS) - 1).flatmap(lambda i: spoiled_file(DOCS[i])),
    st.sampled_from(["da", "en"]),
)
def test_no_spoiled_scenario_file_gives_a_traceback(raw: bytes, lang: str) -> None:
    path = _FOLDER / "scenario.json"
    path.write_bytes(raw)
    counted["files"] += 1
    try:
        load_scenario(path)
    except InputError as error:
        counted["refused"] += 1
        message = error.message(lang)
        assert message.strip() and "Traceback" not in message
        message.encode("utf-8")
    # every fifth file also through the whole command (a refusal costs ~3 ms, an assessment ~8)
    if counted["files"] % 5 == 0:
        kit.assert_clean(
            *kit.run("assess", str(path), "--lang", lang), raw[:200].decode("utf-8", "replace")
        )


def test_the_fuzz_ran_its_examples() -> None:
    """The counts the issue asks for were reached (run after the fuzz test in file order)."""
    assert counted["files"] >= min(kit.SCENARIO_FILES, 5000)
    assert counted["refused"] >= counted["files"] // 2  # most spoiled files are refused
