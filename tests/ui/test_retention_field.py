"""The wizard's retention field (issue 13, item 5): it shows the sources' maximum, asks for a
reason once the days exceed it, and keeps what is typed (99999 is not cut to 9999)."""

from __future__ import annotations

import pytest

from recordcheck.domain.vocabulary import Purpose
from recordcheck.ui.fact_widgets import RetentionFact
from registerkit import example
from ui.helpers import type_into
from ui.test_wizard import opened_wizard


@pytest.fixture
def english_afterwards(qapp):
    yield
    from recordcheck.ui import i18n

    i18n.install(qapp, "en")


def _retention(qtbot, wizard) -> RetentionFact:
    retention = wizard.widget("retention_days")
    assert isinstance(retention, RetentionFact)
    wizard._refresh()  # what the wizard's timer does after an edit
    qtbot.waitUntil(lambda: Purpose.DOCUMENTATION in retention.maxima, timeout=3000)
    return retention


def test_the_maximum_is_shown_and_a_reason_asked_for_beyond_it(qtbot, english_afterwards):
    wizard = opened_wizard(qtbot, example("04-architects-teams-coordination.json"))
    retention = _retention(qtbot, wizard)
    hint = retention.hints[Purpose.DOCUMENTATION]
    reason = retention.reasons[Purpose.DOCUMENTATION]
    assert retention.maxima[Purpose.DOCUMENTATION] == 90
    # 180 > 90 (the words are the source strings until the lead rebuilds the .ts files)
    assert "90" in hint.text() and hint.text().endswith(":")
    assert not reason.isHidden()
    type_into(qtbot, reason, "Verserende tvist")
    assert wizard.scenario().retention_reasons == {Purpose.DOCUMENTATION: "Verserende tvist"}

    spin = retention.spins[Purpose.DOCUMENTATION]
    spin.setValue(60)
    assert reason.isHidden() and "90" in hint.text()
    assert wizard.scenario().retention_reasons == {}  # a reason is kept only where it is needed


def test_a_long_number_is_kept_as_typed_not_cut(qtbot, english_afterwards):
    wizard = opened_wizard(qtbot, example("04-architects-teams-coordination.json"))
    retention = _retention(qtbot, wizard)
    spin = retention.spins[Purpose.DOCUMENTATION]
    spin.setFocus()
    spin.selectAll()
    type_into(qtbot, spin, "99999")
    assert spin.value() == 99999
    assert wizard.scenario().retention_days[Purpose.DOCUMENTATION] == 99999
    assert "100" in retention.hints[Purpose.DOCUMENTATION].text()
    spin.selectAll()
    type_into(qtbot, spin, "0")
    assert spin.value() == 0 and "0" in retention.hints[Purpose.DOCUMENTATION].text()
