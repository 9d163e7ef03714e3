"""The wording files: both languages have the same keys and the same {placeholders}, and the
package API is importable lazily."""

from __future__ import annotations

import re
import sys

import pytest

from recordcheck.exports.templates import template
from recordcheck.paths import resource

DOCS = sorted({p.name.split(".")[0] for p in resource("templates").glob("*.toml")})


def _flatten(table: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


@pytest.mark.parametrize("doc", DOCS)
def test_danish_and_english_match(doc: str) -> None:
    da, en = _flatten(dict(template(doc, "da"))), _flatten(dict(template(doc, "en")))
    assert da.keys() == en.keys()
    for key in da:
        fields = re.compile(r"\{(\w+)\}")
        assert set(fields.findall(da[key])) == set(fields.findall(en[key])), key


def test_no_text_says_continuing_means_accepting() -> None:
    for doc in DOCS:
        for key, value in _flatten(dict(template(doc, "da"))).items():
            if key != "intro":
                assert "fortsætter" not in value.lower(), (doc, key)


def test_lazy_package_api() -> None:
    from recordcheck import exports
    from recordcheck.exports import documents

    assert set(exports.__all__) <= set(dir(documents)) | {"write_atomically"}
    assert exports.notice_pdf is documents.notice_pdf
    with pytest.raises(AttributeError):
        exports.nothing_here  # noqa: B018


def test_importing_exports_does_not_load_reportlab() -> None:
    import subprocess

    code = "import recordcheck.exports, sys; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
