"""Hypothesis settings for the fuzz tests: a CI-sized profile by default (the whole fuzz run
stays well under a minute on two cores), a longer one for a night: HYPOTHESIS_PROFILE=long.

Every test here sets ``max_examples`` itself (from ``kit.EXAMPLES``), so the counts the issue
asks for (≥ 5,000 scenario files, ≥ 1,000 register exports) are visible in the code."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "database": None,
    "derandomize": True,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
}
settings.register_profile("ci", **_COMMON)
settings.register_profile("long", **{**_COMMON, "derandomize": False})
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
