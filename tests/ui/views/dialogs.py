"""Part 2's dialogs, opened with content, for the i18n and accessibility walks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QWidget

from recordcheck.domain.register import ConsentInput
from recordcheck.domain.vocabulary import ConsentMechanism
from recordcheck.ui.views import LazySection
from recordcheck.ui.views.consent_dialogs import AddConsentDialog, WithdrawDialog
from recordcheck.ui.views.deletions_view import DoneDialog


def part2_dialogs(
    session: Any, scenario_id: int, window: QWidget, qtbot: Any
) -> Iterator[tuple[str, QWidget]]:
    """Each part-2 section (they are built when first shown, so the main window's walk may
    not have met them), then each dialog."""
    for row in range(window.stack.count()):
        lazy = window.stack.widget(row)
        if isinstance(lazy, LazySection):
            lazy.build()
    yield "main with every section built", window
    register = session.register
    scenario = register.scenario(scenario_id).scenario
    add = AddConsentDialog(
        [s for s in register.scenario_summaries() if s.id == scenario_id],
        session.lang,
        window,
        scenario_id,
    )
    qtbot.addWidget(add)
    yield "add consent", add
    consent = register.add_consent(
        ConsentInput(
            person_name="Søren Ærø",
            scenario_id=scenario_id,
            purposes=scenario.purposes[:1],
            mechanism=ConsentMechanism.OPT_IN_KEY,
            notice_version="1",
            given_at=datetime(2026, 1, 5, tzinfo=UTC),
        )
    )
    withdraw = WithdrawDialog(consent, window)
    qtbot.addWidget(withdraw)
    yield "withdraw consent", withdraw
    task = register.withdraw_consent(
        consent.id, at=datetime(2026, 2, 1, tzinfo=UTC), channel="phone"
    )
    done = DoneDialog(task, "Søren Ærø", window)
    qtbot.addWidget(done)
    yield "deletion done", done
