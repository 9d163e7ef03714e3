"""Processing activities: the Art. 30(1) record, generated from a scenario and its latest
assessment, then edited by the user.

Regenerating keeps what only the user can know (processor agreement date, DPIA reference,
security measures, reviews …) and refreshes what follows from the scenario and assessment.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import sqlalchemy as sa

from recordcheck.domain.assessment import Assessment
from recordcheck.domain.assessment_codec import from_contract
from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import ProcessingActivity, RetentionRule, ScenarioRecord
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.vocabulary import Purpose
from recordcheck.store import rows, schema
from recordcheck.store.activity_compat import as_codes
from recordcheck.store.base import RegisterBase
from recordcheck.store.errors import NotFoundError
from recordcheck.store.jsoncodec import dumps, fields_to_dict

_COLUMNS = frozenset(
    {"id", "scenario_id", "name", "created_at", "updated_at", "author", "updated_by"}
)
#: Fields a regeneration refreshes; every other field keeps the user's value.
GENERATED = (
    "name",
    "controller",
    "dpo",
    "purposes",
    "purpose_description",
    "data_subject_categories",
    "data_categories",
    "recipients",
    "third_country_transfers",
    "retention",
    "channel",
    "legal_basis",
    "processor",
    "retention_rule_ids",
    "source_assessment_id",
)


def _contact(org: Organisation | None) -> tuple[str, str]:
    if org is None:
        return "", ""
    parts = [
        org.name,
        *(
            v
            for v in (
                f"CVR {org.cvr}" if org.cvr else None,
                org.address,
                org.phone,
                org.email,
                org.website,
            )
            if v
        ),
    ]
    dpo = ", ".join(v for v in (org.dpo_name, org.dpo_contact) if v)
    return ", ".join(parts), dpo


def retention_of(scenario: Scenario, rules: list[RetentionRule]) -> dict[Purpose, int]:
    """The erasure time limits as the generator keeps them, days per purpose: from the
    scenario's retention rules, else from the scenario's answers."""
    if rules:
        return {r.purpose: r.period_days for r in rules}
    return {Purpose(p): int(d) for p, d in scenario.retention_days.items()}


def draft_activity(
    record: ScenarioRecord,
    org: Organisation | None,
    assessment: Assessment | None,
    rule_ids: tuple[int, ...],
    retention: Mapping[Purpose, int],
    assessment_id: int | None,
) -> ProcessingActivity:
    """The activity that follows from a scenario (pure: no I/O). Everything is kept as codes
    and numbers; the documents word it."""
    s = record.scenario
    controller, dpo = _contact(org)
    legal = dict(assessment.legal_bases) if assessment is not None else {}
    platform = s.platform
    transfers = ""
    if platform.storage_location is not None and platform.storage_location.value != "eu_eea":
        transfers = platform.storage_location.value
        if platform.transfer_tool is not None:
            transfers += f"; {platform.transfer_tool.value}"
    return ProcessingActivity(
        id=0,
        name=s.name,
        scenario_id=record.id,
        controller=controller,
        dpo=dpo,
        purposes=s.purposes,
        purpose_description=s.description or "",
        data_subject_categories=tuple(c.value for c in s.participants.categories or ()),
        data_categories=tuple(c.value for c in s.data_categories or ()),
        recipients=(),
        third_country_transfers=transfers,
        retention=dict(retention),
        channel=s.channel,
        legal_basis=legal,
        processor=platform.product or "",
        retention_rule_ids=rule_ids,
        source_assessment_id=assessment_id,
        owner=record.owner or "",
        next_review=record.next_review,
    )


class ActivityRepo(RegisterBase):
    def activities(self) -> list[ProcessingActivity]:
        t = schema.activities
        with self._read() as conn:
            return [rows.activity(r) for r in conn.execute(sa.select(t).order_by(t.c.id))]

    def activity(self, activity_id: int) -> ProcessingActivity:
        t = schema.activities
        with self._read() as conn:
            row = conn.execute(sa.select(t).where(t.c.id == activity_id)).first()
        if row is None:
            raise NotFoundError("store.not_found", what="activity", id=activity_id)
        return rows.activity(row)

    def save_activity(self, act: ProcessingActivity) -> ProcessingActivity:
        """Insert (``id`` 0) or update an activity. Categories and legal bases given in words
        of a known value are kept as its code (see :func:`activity_compat.as_codes`)."""
        act = as_codes(act)
        values = {
            "scenario_id": act.scenario_id,
            "name": act.name,
            "activity_json": dumps(fields_to_dict(act, _COLUMNS)),
        }
        with self._write() as tx:
            if act.scenario_id is not None:
                tx.require(schema.scenarios, "scenario", id=act.scenario_id)
            if not act.id:
                row = tx.insert(
                    schema.activities,
                    **values,
                    created_at=tx.now,
                    updated_at=tx.now,
                    author=tx.author,
                    updated_by=tx.author,
                )
            else:
                row = tx.update(
                    schema.activities,
                    {"id": act.id},
                    "activity",
                    **values,
                    updated_at=tx.now,
                    updated_by=tx.author,
                )
        return rows.activity(row)

    def generate_activity(self, scenario_id: int) -> ProcessingActivity:
        """Create (or refresh) and store the scenario's activity from the scenario, the
        organisation, its retention rules and its latest assessment."""
        record = self.scenario(scenario_id)  # type: ignore[attr-defined]
        latest = self.latest_assessment(scenario_id)  # type: ignore[attr-defined]
        rules = self.retention_rules(scenario_id)  # type: ignore[attr-defined]
        draft = draft_activity(
            record,
            self.organisation(),  # type: ignore[attr-defined]
            from_contract(latest.assessment) if latest else None,
            tuple(r.id for r in rules),
            retention_of(record.scenario, rules),
            latest.id if latest else None,
        )
        t = schema.activities
        with self._read() as conn:
            existing = conn.execute(
                sa.select(t).where(t.c.scenario_id == scenario_id).order_by(t.c.id).limit(1)
            ).first()
        if existing is not None:
            old = rows.activity(existing)
            draft = dataclasses.replace(old, **{f: getattr(draft, f) for f in GENERATED})
        return self.save_activity(draft)
