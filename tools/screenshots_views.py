"""Screenshots of part 2: every section (register, consents, deletions, documents, audit log)
and its dialogs, on a seeded register, for looking at by eye.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_views.py OUTDIR [--lang da]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication


def seed(register, lang: str) -> None:
    from recordcheck.domain.organisation import Organisation
    from recordcheck.domain.register import ConsentInput, RetentionRule
    from recordcheck.domain.vocabulary import ConsentMechanism
    from recordcheck.rules import assess
    from recordcheck.ui.presets import presets

    register.save_organisation(Organisation("Lægehuset Vestergade ApS", cvr="12345678"))
    people = [
        "Karen Ødegaard",
        "Søren Ærø",
        "Mette Holm",
        "Anders Bæk",
        "Åse Lund",
        "Niels Krogh",
        "Freja Dahl",
        "Ole Winther",
    ]
    now = datetime.now(UTC)
    for preset in presets():
        record = register.add_scenario(preset.scenario)
        register.add_assessment(record.id, assess(preset.scenario, lang=lang))
        activity = register.generate_activity(record.id)  # as the Generate button does
        register.save_retention_rule(
            RetentionRule(
                id=0,
                scenario_id=record.id,
                purpose=preset.scenario.purposes[0],
                period_days=90,
                follow_up_days=7 * record.id,
                responsible="Kontorchefen",
            )
        )
        if record.id == 1:
            import dataclasses

            register.save_activity(
                dataclasses.replace(
                    activity, next_review=date.today() - timedelta(days=3), owner="Klinikchef"
                )
            )
        for i, name in enumerate(people[: 2 + record.id % 3]):
            consent = register.add_consent(
                ConsentInput(
                    person_name=name,
                    scenario_id=record.id,
                    purposes=preset.scenario.purposes[:1],
                    mechanism=ConsentMechanism.OPT_IN_KEY,
                    notice_version="2026-01",
                    given_at=now - timedelta(days=60 - i * 7 - record.id),
                    evidence_note="Tast 1",
                )
            )
            if i == 1:
                back = timedelta(days=45 - record.id * 5)  # the first two are overdue
                task = register.withdraw_consent(consent.id, at=now - back, channel="pr. telefon")
                if record.id == 2:
                    register.complete_deletion(
                        task.id, what="2 optagelser", method="slettet i optagesystemet"
                    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="da")
    parser.add_argument("--size", type=int, nargs=2, default=(1366, 728))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from recordcheck import app as app_module
    from recordcheck.ui.views import worker
    from recordcheck.ui.views.consent_dialogs import AddConsentDialog, WithdrawDialog
    from recordcheck.ui.views.deletions_view import DoneDialog

    qa = QApplication(sys.argv[:1])
    session = app_module.Session(qa, Path(tempfile.mkdtemp()), args.lang)
    seed(session.register, args.lang)

    def shot(widget, name: str) -> None:
        from PySide6.QtTest import QTest

        for _ in range(4):
            QTest.qWait(150)  # lets the debounce timers fire
            worker.wait_all()
            qa.processEvents()
        widget.grab().save(str(args.out / f"{name}.png"))

    window = session.show_main()
    window.resize(*args.size)
    window.nav.setCurrentRow(0)
    window.scenarios.table.selectRow(0)
    shot(window, "10-scenarios")
    summary = window.scenarios.current_summary()
    box = window.scenarios.life.delete_box(
        summary.name, session.register.scenario_dependents(summary.id)
    )
    box.show()
    shot(box, "11-delete-scenario")
    box.close()
    evidence = window.scenarios.life.evidence_box(
        "Scenarie nr. 1 kan ikke slettes, for registret har dokumentation knyttet til det, som "
        "skal kunne fremvises senere (samtykker: 3, registrerede sletninger: 1). Udfas "
        "scenariet i stedet (status »udfaset«)."
    )
    evidence.show()
    shot(evidence, "12-keeps-evidence")
    evidence.close()
    names = {"register": 1, "consents": 2, "deletions": 3, "documents": 4, "audit": 5}
    for key, row in names.items():
        window.nav.setCurrentRow(row)
        section = window.stack.widget(row).build()
        if key == "register":
            section.table.selectRow(0)
        if key in ("consents", "deletions", "audit"):
            section.table.selectRow(0)
        shot(window, f"20-{row}-{key}")
    consents = window.stack.widget(2).build()
    add = AddConsentDialog(session.register.scenario_summaries(), args.lang, window, 1)
    add.show()
    shot(add, "30-add-consent")
    add.close()
    withdraw = WithdrawDialog(consents.current(), window)
    withdraw.show()
    shot(withdraw, "31-withdraw")
    withdraw.close()
    deletions = window.stack.widget(3).build()
    task = deletions.model.records[0]
    what = f"{deletions.names.name(task.scenario_id)} · {deletions.reason_text(task)}"
    done = DoneDialog(task, what, window)
    done.show()
    shot(done, "32-deletion-done")
    done.close()
    for index, name in ((0, "33-file-menu"), (1, "34-scenario-menu")):
        menu = window.menuBar().actions()[index].menu()
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        shot(menu, name)
        menu.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
