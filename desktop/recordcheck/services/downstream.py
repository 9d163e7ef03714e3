"""What a changed scenario means for the records made from it: retention rules, the open
deletion tasks they drive, and the scenario's Art. 30 entry.

:func:`plan` compares the stored scenario with its new answers and says exactly what will
change, and which of those changes would overwrite something the user edited by hand (a rule
whose period differs from what the old answers said; an Art. 30 field that differs from what
the old answers would have produced). :func:`apply` carries the plan out; hand edits are kept
unless the caller says to overwrite them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from recordcheck.domain.assessment import Assessment
from recordcheck.domain.assessment_codec import from_contract
from recordcheck.domain.register import ProcessingActivity, RetentionRule, ScenarioRecord
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import Purpose
from recordcheck.texts import text

if TYPE_CHECKING:
    from recordcheck.store.register import Register


class RetentionAction(StrEnum):
    ADD = "add"  # a purpose with a period and no rule yet
    UPDATE = "update"  # the rule still had the old answer's period: it follows the new one
    HAND_EDITED = "hand_edited"  # the rule was changed by hand: changed only when confirmed
    ORPHANED = "orphaned"  # the purpose left the scenario: the rule is kept


@dataclass(frozen=True)
class RetentionChange:
    purpose: Purpose
    action: RetentionAction
    old_days: int | None
    new_days: int | None
    rule_id: int | None = None

    def describe(self, lang: str) -> str:
        from recordcheck.rules.labels import purpose_label

        return text(
            f"services.retention_{self.action.value}",
            lang,
            purpose=purpose_label(self.purpose, lang),
            old=self.old_days,
            new=self.new_days,
        )


#: Fields whose label is another field's: the retention per purpose is what the form calls the
#: time limits for erasure (Art. 30(1)(f)).
_LABEL_OF = {"retention": "erasure_time_limits"}


@dataclass(frozen=True)
class ActivityChange:
    """One field of the Art. 30 entry that the new answers change."""

    field: str
    old: Any
    new: Any
    hand_edited: bool

    def label(self, lang: str) -> str:
        """The field's name as the Art. 30 form shows it."""
        return text(f"services.activity_field_{_LABEL_OF.get(self.field, self.field)}", lang)

    def describe(self, lang: str) -> str:
        key = "activity_field_hand_edited" if self.hand_edited else "activity_field_changed"
        return text(f"services.{key}", lang, field=self.label(lang))


@dataclass(frozen=True)
class DownstreamPlan:
    """What saving the new answers will change below the scenario."""

    scenario_id: int
    retention: tuple[RetentionChange, ...] = ()
    activity_id: int | None = None
    activity: tuple[ActivityChange, ...] = ()

    @property
    def hand_edits(self) -> tuple[RetentionChange | ActivityChange, ...]:
        """The changes that would overwrite something the user edited by hand."""
        rules = tuple(c for c in self.retention if c.action is RetentionAction.HAND_EDITED)
        return rules + tuple(c for c in self.activity if c.hand_edited)

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.hand_edits)

    @property
    def is_empty(self) -> bool:
        return not (self.retention or self.activity)

    def describe(self, lang: str) -> list[str]:
        return [c.describe(lang) for c in self.retention] + [
            c.describe(lang) for c in self.activity
        ]


def _days(scenario: Scenario) -> dict[Purpose, int]:
    return {Purpose(p): int(d) for p, d in scenario.retention_days.items()}


def _retention_plan(
    old: Scenario, new: Scenario, rules: list[RetentionRule]
) -> tuple[RetentionChange, ...]:
    old_days, new_days = _days(old), _days(new)
    by_purpose = {r.purpose: r for r in rules}
    changes: list[RetentionChange] = []
    for purpose in new.purposes:
        days = new_days.get(purpose)
        rule = by_purpose.get(purpose)
        if days is None:
            continue
        if rule is None:
            changes.append(RetentionChange(purpose, RetentionAction.ADD, None, days))
        elif rule.period_days != days:
            edited = rule.period_days != old_days.get(purpose)
            action = RetentionAction.HAND_EDITED if edited else RetentionAction.UPDATE
            changes.append(RetentionChange(purpose, action, rule.period_days, days, rule.id))
    for purpose, rule in by_purpose.items():
        if purpose not in new.purposes:
            changes.append(
                RetentionChange(purpose, RetentionAction.ORPHANED, rule.period_days, None, rule.id)
            )
    return tuple(changes)


def _draft(
    reg: Register,
    record: ScenarioRecord,
    rules: list[RetentionRule],
    assessment: Assessment | None,
    assessment_id: int | None,
) -> ProcessingActivity:
    from recordcheck.store.repo_activities import draft_activity, retention_of

    return draft_activity(
        record,
        reg.organisation(),
        assessment,
        tuple(r.id for r in rules),
        retention_of(record.scenario, rules),
        assessment_id,
    )


def _rules_after(
    rules: list[RetentionRule], changes: tuple[RetentionChange, ...], overwrite: bool
) -> list[RetentionRule]:
    """The scenario's rules as they will be once ``changes`` are applied (ids of new rules 0)."""
    out = list(rules)
    for change in changes:
        if change.action is RetentionAction.ADD:
            out.append(
                RetentionRule(
                    id=0,
                    scenario_id=0,
                    purpose=change.purpose,
                    period_days=int(change.new_days or 0),
                )
            )
        elif change.action is RetentionAction.UPDATE or (
            change.action is RetentionAction.HAND_EDITED and overwrite
        ):
            out = [
                dataclasses.replace(r, period_days=int(change.new_days or 0))
                if r.id == change.rule_id
                else r
                for r in out
            ]
    return out


def plan(reg: Register, scenario_id: int, new: Scenario) -> DownstreamPlan:
    """What saving ``new`` as scenario ``scenario_id`` will change below it."""
    from recordcheck.store.repo_activities import GENERATED

    record = reg.scenario(scenario_id)
    rules = reg.retention_rules(scenario_id)
    retention = _retention_plan(record.scenario, new, rules)
    stored = next((a for a in reg.activities() if a.scenario_id == scenario_id), None)
    if stored is None:
        return DownstreamPlan(scenario_id, retention)
    latest = reg.latest_assessment(scenario_id)
    typed = from_contract(latest.assessment) if latest else None
    before = _draft(reg, record, rules, typed, stored.source_assessment_id)
    after_record = dataclasses.replace(record, scenario=new)
    after = _draft(
        reg,
        after_record,
        _rules_after(rules, retention, overwrite=True),
        typed,
        stored.source_assessment_id,
    )
    changes = []
    for name in GENERATED:
        if name in ("retention_rule_ids", "source_assessment_id", "legal_basis"):
            continue  # follow the records themselves; never typed by the user
        old, new_value = getattr(stored, name), getattr(after, name)
        if old != new_value:
            changes.append(
                ActivityChange(name, old, new_value, hand_edited=old != getattr(before, name))
            )
    return DownstreamPlan(scenario_id, retention, stored.id, tuple(changes))


def apply(
    reg: Register,
    scenario_id: int,
    downstream: DownstreamPlan,
    *,
    overwrite_hand_edits: bool = False,
) -> None:
    """Carry out ``downstream`` (made by :func:`plan` before the scenario was saved)."""
    record = reg.scenario(scenario_id)
    by_id = {r.id: r for r in reg.retention_rules(scenario_id)}
    for change in downstream.retention:
        if change.action is RetentionAction.ADD:
            reg.save_retention_rule(
                RetentionRule(
                    id=0,
                    scenario_id=scenario_id,
                    purpose=change.purpose,
                    period_days=int(change.new_days or 0),
                    responsible=record.owner or "",
                )
            )
        elif change.action is RetentionAction.UPDATE or (
            change.action is RetentionAction.HAND_EDITED and overwrite_hand_edits
        ):
            rule = by_id[int(change.rule_id or 0)]
            reg.save_retention_rule(
                dataclasses.replace(rule, period_days=int(change.new_days or 0))
            )
    if downstream.activity_id is None:
        return
    keep = {c.field for c in downstream.activity if c.hand_edited and not overwrite_hand_edits}
    stored = reg.activity(downstream.activity_id)
    refreshed = reg.generate_activity(scenario_id)
    if keep:
        reg.save_activity(
            dataclasses.replace(refreshed, **{name: getattr(stored, name) for name in keep})
        )
