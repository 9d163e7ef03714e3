"""Screenshots of every window, wizard page and the assessment view, for looking at by eye.

    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py OUTDIR [--lang da]

Uses a fresh temporary register seeded with the presets.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--width", type=int, default=1366)
    parser.add_argument("--height", type=int, default=728)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from recordcheck import app as app_module
    from recordcheck.domain.organisation import Organisation
    from recordcheck.rules import assess
    from recordcheck.ui.organisation_dialog import OrganisationDialog
    from recordcheck.ui.presets import presets
    from recordcheck.ui.wizard import ScenarioWizard

    qa = QApplication(sys.argv[:1])
    session = app_module.Session(qa, Path(tempfile.mkdtemp()), args.lang)

    def shot(widget, name: str) -> None:
        for _ in range(5):
            qa.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))

    dialog = OrganisationDialog(None, first_run=True)
    dialog.show()
    shot(dialog, "01-organisation")
    dialog.close()
    session.register.save_organisation(Organisation("Lægehuset Vestergade ApS", cvr="12345678"))
    for preset in presets():
        record = session.register.add_scenario(preset.scenario)
        session.register.add_assessment(record.id, assess(preset.scenario, lang=args.lang))
    window = session.show_main()
    window.resize(args.width, args.height)
    window.scenarios.reload()
    window.scenarios.table.selectRow(0)
    shot(window, "02-main")
    from recordcheck.ui.purpose_card import PurposeCard

    for card in window.scenarios.assessment.findChildren(PurposeCard)[:1]:
        card.toggle.setChecked(True)
    view = window.scenarios.assessment
    view.widget().resize(view.viewport().width(), view.widget().sizeHint().height())
    shot(view.widget(), "03-assessment-full")
    window.nav.setCurrentRow(0)
    wizard = ScenarioWizard(session.rb, args.lang, parent=window)
    wizard.show()
    wizard.preset_combo.setCurrentIndex(1)
    wizard._preset_chosen(1)
    index = 0
    while True:
        shot(wizard, f"10-wizard-{index:02d}-{wizard.currentPage().topic.key}")
        if wizard.nextId() == -1:
            break
        wizard.next()
        index += 1
    wizard.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
