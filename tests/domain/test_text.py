"""The text gate's rules (``domain.text``): what is refused, where it is named, and that its
limits are the contract's."""

from __future__ import annotations

import json

import pytest

from recordcheck.domain import text as text_rules
from recordcheck.paths import resource


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x01",
        "\x0b",
        "\x1f",
        "\x7f",
        "\x85",
        "\x9f",
        "\ufffe",
        "\uffff",
        "\ud800",
        "\udfff",
    ],
)
def test_refused_characters_are_named_with_field_and_position(char: str) -> None:
    found = text_rules.problem("name", "ab" + char, text_rules.Rule(text_rules.NAME))
    assert found is not None
    assert found.params["position"] == 3
    assert found.params["char"] == f"U+{ord(char):04X}"
    message = found.message("da")
    assert "»name«" in message and "tegn nr. 3" in message
    message.encode("utf-8")  # printable, even for a lone surrogate


@pytest.mark.parametrize(
    "value", ["Søren Ærø", "tab\there", "two\nlines", "😀 emoji", "e\u0301", "\u00a0nbsp"]
)
def test_ordinary_text_passes(value: str) -> None:
    assert text_rules.problem("name", value, text_rules.Rule(text_rules.NAME)) is None


def test_a_carriage_return_only_in_multiline_fields() -> None:
    assert text_rules.problem("name", "a\r\nb", text_rules.Rule(text_rules.NAME)) is not None
    assert text_rules.problem("description", "a\r\nb", text_rules.SCENARIO["description"]) is None


def test_too_long_names_its_length_and_the_limit() -> None:
    found = text_rules.problem("name", "x" * 201, text_rules.Rule(text_rules.NAME))
    assert found is not None
    assert found.message("en") == "“name” has 201 characters; at most 200 are allowed."


def test_tuples_are_checked_item_by_item() -> None:
    found = text_rules.problems([("recipients", ("ok", "bad\x00"), text_rules.Rule(10))])
    assert [d.params["field"] for d in found] == ["recipients[2]"]


def test_depth_is_walked_without_recursion() -> None:
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert text_rules.depth_problem(deep) is not None
    assert text_rules.depth_problem({"a": [[1]]}) is None


def test_the_scenario_limits_are_the_schemas() -> None:
    """One set of limits: the window's, the command line's and the file's are the same."""
    schema = json.loads(resource("schemas", "scenario.schema.json").read_text(encoding="utf-8"))
    for path, rule in text_rules.SCENARIO.items():
        if path == "owner":
            continue  # kept beside the scenario in the register, not in the file
        node = schema
        for step in path.split("."):
            node = node["properties"][step]
        assert node["maxLength"] == rule.limit, path


def test_the_organisation_name_fits_a_docx_property() -> None:
    """The organisation is the author of the DOCX announcements: python-docx refuses more
    than 255 characters there."""
    assert text_rules.ORGANISATION["name"].limit <= 255


def test_shown_escapes_what_a_terminal_cannot_print() -> None:
    assert text_rules.shown("a\ud800b\x01") == "a\\ud800b\\u0001"
