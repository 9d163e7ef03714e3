"""The wizard's starting points: contract JSON files under ``resources/presets/``."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cache

from recordcheck.domain.scenario import Scenario
from recordcheck.domain.scenario_codec import scenario_from_dict
from recordcheck.paths import resource


@dataclass(frozen=True)
class Preset:
    key: str
    title: dict[str, str]
    blurb: dict[str, str]
    scenario: Scenario


@cache
def presets() -> tuple[Preset, ...]:
    """Every shipped preset, in the order of ``index.toml``."""
    folder = resource("presets")
    with (folder / "index.toml").open("rb") as handle:
        index = tomllib.load(handle)
    out = []
    for key, entry in index.items():
        data = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        out.append(
            Preset(key, dict(entry["title"]), dict(entry["blurb"]), scenario_from_dict(data))
        )
    return tuple(out)
