"""The JSON interchange formats: reading, validating and explaining scenario files.

Validation uses the shipped JSON schemas (copies of the contract in ``resources/schemas``), and
every problem is reported with the field it concerns, in the user's language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from recordcheck.domain import text as text_rules
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.scenario_codec import scenario_from_dict, scenario_to_dict
from recordcheck.errors import Detail, InputError
from recordcheck.paths import resource

SCENARIO_SCHEMA = "scenario.schema.json"
ASSESSMENT_SCHEMA = "assessment.schema.json"
#: A scenario is a few kilobytes; anything far larger is not one, so it is refused unread.
MAX_SCENARIO_BYTES = 1_000_000
#: More problems than this are summarised: a wrong file would otherwise flood the screen.
MAX_REPORTED_PROBLEMS = 12


@cache
def schema(name: str) -> dict[str, Any]:
    with resource("schemas", name).open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


ORGANISATION_SCHEMA = "organisation"
#: The organisation file of ``recordcheck export --org``: the fields of
#: :class:`~recordcheck.domain.organisation.Organisation`, checked as strictly as a scenario so
#: a wrong type or a typo in a key is named instead of surfacing later inside the PDF library.
#: The lengths are the domain's (``domain.text.ORGANISATION``), the same as in the window.
_ORGANISATION: dict[str, Any] = {
    "type": "object",
    "required": ["name"],
    "additionalProperties": False,
    "properties": {
        "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": text_rules.ORGANISATION["name"].limit,
        },
        "cvr": {"type": ["string", "null"], "pattern": "^[0-9]{8}$", "x-problem": "cvr"},
        **{
            field: {"type": ["string", "null"], "maxLength": rule.limit}
            for field, rule in text_rules.ORGANISATION.items()
            if field not in ("name", "cvr")
        },
    },
}
#: Paths of the organisation file that may span lines.
_ORGANISATION_MULTILINE = frozenset(
    f for f, rule in text_rules.ORGANISATION.items() if rule.multiline
)


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator  # late: only needed when validating

    return Draft202012Validator(_schema_for(name))


def _field_path(error: Any) -> str:
    parts = [str(p) if not isinstance(p, int) else f"[{p}]" for p in error.absolute_path]
    return ".".join(parts).replace(".[", "[")


def _describe(error: Any) -> Detail:
    """Turn one jsonschema error into a message that names the field and the problem."""
    path = _field_path(error)
    where: str | Detail = path or Detail("contract.top_level")
    kind = error.validator
    value = error.instance
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        field = f"{path}.{missing}" if path else missing
        return Detail("contract.required", {"field": field})
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return Detail("contract.unknown_field", {"field": where, "names": ", ".join(extra)})
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        shown = ", ".join(json.dumps(a, ensure_ascii=False) for a in allowed)
        return Detail("contract.enum", {"field": where, "value": _short(value), "allowed": shown})
    if kind == "propertyNames":
        return Detail("contract.unknown_key", {"field": where, "value": _short(value)})
    if kind == "type":
        return Detail(
            "contract.type",
            {"field": where, "expected": _types(error.validator_value), "value": _short(value)},
        )
    if kind in ("minimum", "maximum") and "x-problem" in error.schema:
        # A field with its own explanation (a retention of 0 days, of more than 100 years).
        return Detail(
            f"contract.{error.schema['x-problem']}_{kind}",
            {"field": where, "value": _short(value), "limit": error.validator_value},
        )
    if kind in ("minimum", "maximum", "minLength", "maxLength", "minItems", "uniqueItems"):
        one = "_one" if kind in ("minLength", "minItems") and error.validator_value == 1 else ""
        return Detail(f"contract.{kind}{one}", {"field": where, "limit": error.validator_value})
    if kind == "pattern" and "x-problem" in error.schema:
        return Detail(
            f"contract.{error.schema['x-problem']}", {"field": where, "value": _short(value)}
        )
    return Detail("contract.other", {"field": where, "problem": error.message[:200]})


def _types(expected: str | list[str]) -> Detail:
    """The JSON type name in the user's words ("integer" → "et heltal"); ``null`` is left out,
    since an empty value is always allowed where it is listed."""
    names = expected if isinstance(expected, list) else [expected]
    keys = [Detail(f"contract.type_{name}") for name in names if name != "null"]
    if len(keys) > 1:
        return Detail("contract.type_either", {"first": keys[0], "second": keys[1]})
    return keys[0] if keys else Detail("contract.type_null")


def _short(value: Any) -> str:
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "…"


def problems(data: Any, schema_name: str = SCENARIO_SCHEMA) -> list[Detail]:
    """Every way ``data`` breaks the schema, in document order (empty when valid)."""
    errors: Iterable[Any] = _validator(schema_name).iter_errors(data)
    ordered = sorted(errors, key=lambda e: [str(p) for p in e.absolute_path])
    return [_describe(e) for e in ordered]


_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "title", "description", "default", "examples", "x-problem"}
)
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "array": (list,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "null": (type(None),),
}


def _is(value: Any, name: str) -> bool:
    """``value`` has JSON type ``name``; a bool is never a number, and a float that happens to
    be whole (``1.0``) is left to jsonschema rather than guessed."""
    if isinstance(value, bool) and name not in ("boolean",):
        return False
    return isinstance(value, _TYPES.get(name, ()))


def _conforms(value: Any, node: Any) -> bool:
    """A fast, conservative answer to "is ``value`` valid against ``node``?" for the few
    keywords our schemas use. ``True`` only when it certainly is; anything unusual (an unknown
    keyword, a whole float, look-alike duplicates) gives ``False``, and then jsonschema decides
    and explains. A valid file therefore never pays for importing jsonschema (≈ 0.2 s of the
    CLI's start-up, see bench/assess.py), while validation stays exactly as strict."""
    if not isinstance(node, dict):
        return False
    for key, rule in node.items():
        if key in _ANNOTATIONS or key in ("properties", "additionalProperties"):
            continue
        if key == "type":
            names = rule if isinstance(rule, list) else [rule]
            if not any(_is(value, n) for n in names):
                return False
        elif key in ("enum", "const"):
            options = rule if key == "enum" else [rule]
            if not any(type(value) is type(o) and value == o for o in options):
                return False
        elif key in ("minLength", "maxLength"):
            if isinstance(value, str) and not (
                len(value) >= rule if key == "minLength" else len(value) <= rule
            ):
                return False
        elif key in ("minimum", "maximum"):
            if _is(value, "number") and not (value >= rule if key == "minimum" else value <= rule):
                return False
        elif key == "minItems":
            if isinstance(value, list) and len(value) < rule:
                return False
        elif key == "uniqueItems":
            if (
                rule
                and isinstance(value, list)
                and any(a == b for i, a in enumerate(value) for b in value[i + 1 :])
            ):
                return False
        elif key == "items":
            if isinstance(value, list) and not all(_conforms(v, rule) for v in value):
                return False
        elif key == "required":
            if isinstance(value, dict) and not all(name in value for name in rule):
                return False
        elif key == "propertyNames":
            if isinstance(value, dict) and not all(_conforms(k, rule) for k in value):
                return False
        else:
            return False  # a keyword this check does not know: let jsonschema decide
    if isinstance(value, dict):
        properties = node.get("properties", {})
        extra = node.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                if not _conforms(item, properties[name]):
                    return False
            elif extra is False or (extra is not True and not _conforms(item, extra)):
                return False
    return True


def _schema_for(schema_name: str) -> dict[str, Any]:
    return _ORGANISATION if schema_name == ORGANISATION_SCHEMA else schema(schema_name)


def _multiline(schema_name: str) -> frozenset[str]:
    if schema_name == ORGANISATION_SCHEMA:
        return _ORGANISATION_MULTILINE
    return text_rules.SCENARIO_MULTILINE if schema_name == SCENARIO_SCHEMA else frozenset()


def check(
    data: Any,
    schema_name: str = SCENARIO_SCHEMA,
    *,
    source: str = "",
    header: str = "contract.invalid_scenario",
) -> None:
    """Raise :class:`InputError` naming each problem if ``data`` is not valid.

    Refused characters (control characters, lone surrogates, U+FFFE/U+FFFF) are looked for
    first, in every key and string: the schema's own messages quote values, and such a value
    could not even be printed."""
    found = text_rules.json_text_problems(data, _multiline(schema_name), MAX_REPORTED_PROBLEMS)
    if not found:
        depth = text_rules.depth_problem(data)
        found = [depth] if depth is not None else []
    if not found:
        if _conforms(data, _schema_for(schema_name)):
            return
        found = problems(data, schema_name)
    if not found:
        return
    _refuse(found, header, source)


def _refuse(found: list[Detail], header: str, source: str) -> None:
    shown = found[:MAX_REPORTED_PROBLEMS]
    if len(found) > len(shown):
        rest = len(found) - len(shown)
        key = "contract.more_problems_one" if rest == 1 else "contract.more_problems"
        shown.append(Detail(key, {"count": rest}))
    raise InputError(header, details=shown, source=source)


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _LongNumberError(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


#: No number in our formats needs more digits (an id, a count of days); more is no data.
MAX_NUMBER_DIGITS = 20


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different: with a key twice, which one is meant?"""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError(key)
        out[key] = value
    return out


def _number(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _LongNumberError(digits)
    return int(digits)


def parse_json(raw: str, source: str) -> Any:
    """``raw`` parsed strictly, or an :class:`InputError` saying what is wrong and where:
    a syntax error (line and column), a key given twice, a number too long, nesting deeper
    than :data:`~recordcheck.domain.text.MAX_DEPTH`."""
    try:
        data = json.loads(raw, object_pairs_hook=_unique_keys, parse_int=_number)
    except json.JSONDecodeError as exc:
        raise InputError(
            "contract.not_json", source=source, line=exc.lineno, column=exc.colno
        ) from exc
    except _DuplicateKeyError as exc:
        raise InputError(
            "contract.duplicate_key", source=source, key=text_rules.shown(exc.key)
        ) from exc
    except _LongNumberError as exc:
        raise InputError(
            "contract.long_number", source=source, digits=len(exc.digits), limit=MAX_NUMBER_DIGITS
        ) from exc
    except RecursionError as exc:
        raise InputError(
            "contract.too_deep_file", source=source, limit=text_rules.MAX_DEPTH
        ) from exc
    except ValueError as exc:  # e.g. a float Python cannot hold
        raise InputError("contract.not_json_value", source=source) from exc
    if text_rules.depth_problem(data) is not None:
        raise InputError("contract.too_deep_file", source=source, limit=text_rules.MAX_DEPTH)
    return data


def _json_object(raw: str, source: str) -> dict[str, Any]:
    """``raw`` parsed as one JSON object, or an :class:`InputError` saying where it breaks."""
    data = parse_json(raw, source)
    if not isinstance(data, dict):
        raise InputError("contract.not_an_object", source=source)
    return data


def scenario_from_json_text(raw: str, *, source: str = "") -> Scenario:
    """Parse and validate a scenario given as JSON text."""
    data = _json_object(raw, source)
    check(data, SCENARIO_SCHEMA, source=source)
    return scenario_from_dict(data)


def check_scenario(
    scenario: Scenario, *, source: str = "", header: str = "contract.invalid_scenario"
) -> None:
    """Refuse a scenario built in memory (the window's wizard, a changed copy) exactly as the
    same scenario read from a file would be refused: one gate for every edge."""
    check(scenario_to_dict(scenario), SCENARIO_SCHEMA, source=source, header=header)


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario file, refusing anything too large, unreadable, not JSON or not valid."""
    return scenario_from_json_text(_read_text(Path(path)), source=str(path))


def load_organisation(path: str | Path) -> dict[str, Any]:
    """The fields of an organisation file (``export --org``), refused like a scenario file when
    unreadable, not JSON or not valid; every problem names its field."""
    source = str(path)
    data = _json_object(_read_text(Path(path)), source)
    check(data, ORGANISATION_SCHEMA, source=source, header="contract.invalid_organisation")
    return data


def _read_text(path: Path) -> str:
    """The UTF-8 text of a small input file, or an :class:`InputError` saying why not."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_SCENARIO_BYTES:
            raise InputError(
                "contract.too_large", source=source, size=size, limit=MAX_SCENARIO_BYTES
            )
        raw_bytes = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("contract.not_found", source=source) from exc
    except IsADirectoryError as exc:
        raise InputError("contract.is_directory", source=source) from exc
    except OSError as exc:
        raise InputError("contract.unreadable", source=source, reason=exc.strerror or exc) from exc
    return decode_utf8(raw_bytes, source)


def decode_utf8(raw_bytes: bytes, source: str) -> str:
    """The text of ``raw_bytes`` (a byte-order mark is allowed), or an :class:`InputError`
    naming the byte offset of the first byte that is not UTF-8."""
    try:
        return raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "contract.not_utf8_at",
            source=source,
            offset=exc.start,
            byte=f"0x{raw_bytes[exc.start]:02X}",
        ) from exc
