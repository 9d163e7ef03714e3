"""Every window and dialog (parts 1 and 2), opened with content, for the i18n and a11y walks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QWidget

from recordcheck.rules import assess
from recordcheck.ui.organisation_dialog import OrganisationDialog
from recordcheck.ui.presets import presets
from recordcheck.ui.purpose_card import PurposeCard
from recordcheck.ui.wizard import ScenarioWizard
from ui.views.dialogs import part2_dialogs
from ui.walk import all_wizard_pages_shown


def open_all(session: Any, qtbot: Any) -> Iterator[tuple[str, QWidget]]:
    """(name, top-level widget) for each window and dialog, in a fixed order."""
    preset = next(p for p in presets() if p.key == "municipal-citizen-service")
    record = session.register.add_scenario(preset.scenario)
    session.register.add_assessment(record.id, assess(preset.scenario, lang=session.lang))
    window = session.show_main()
    qtbot.addWidget(window)
    window.scenarios.reload(record.id)
    for card in window.findChildren(PurposeCard):
        card.toggle.setChecked(True)
    yield "main", window
    dialog = OrganisationDialog(None, first_run=True)
    qtbot.addWidget(dialog)
    yield "organisation", dialog
    wizard = ScenarioWizard(session.rb, session.lang, parent=window)
    qtbot.addWidget(wizard)
    wizard.load(preset.scenario)
    all_wizard_pages_shown(wizard)
    yield "wizard", wizard
    yield from part2_dialogs(session, record.id, window, qtbot)
