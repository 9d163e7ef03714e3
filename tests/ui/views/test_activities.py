"""The Register (Art. 30) section: generate an entry from a scenario, edit it in the form,
and a review date that has come is flagged in words."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from ui.views.conftest import section


def test_generate_edit_and_review_due(window):
    view = section(window, "register")
    assert view.model.records == []
    view.generate_button.click()
    [activity] = window.workspace.register().activities()
    assert activity.scenario_id == window.scenario_id
    assert view.current_activity.id == activity.id
    _kind, measures = view.fields["security_measures"]
    measures.setPlainText("Encrypted storage; access only for team leads")
    _kind, review = view.fields["next_review"]
    review.setDate(date.today() - timedelta(days=1))
    view.save_button.click()
    saved = window.workspace.register().activity(activity.id)
    assert saved.security_measures.startswith("Encrypted storage")
    assert saved.next_review == date.today() - timedelta(days=1)
    cell = view.model.data(view.model.index(0, 3))
    assert "review due" in cell
    assert view.model.data(view.model.index(0, 3), 8) is not None  # tinted (BackgroundRole)
    view.generate_button.click()  # regenerating keeps what only the user knows
    assert (
        window.workspace.register().activity(activity.id).security_measures
        == saved.security_measures
    )


def test_lists_are_split_on_semicolons(window):
    view = section(window, "register")
    view.generate_button.click()
    _kind, recipients = view.fields["recipients"]
    recipients.setText("Telia ; Microsoft;")
    edited = view.edited()
    assert edited.recipients == ("Telia", "Microsoft")
    assert dataclasses.replace(edited, recipients=()).name == edited.name
