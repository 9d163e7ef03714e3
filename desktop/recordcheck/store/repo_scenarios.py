"""The organisation, scenarios, assessment snapshots and obligation check marks."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import sqlalchemy as sa

from recordcheck.domain.organisation import Organisation
from recordcheck.domain.register import (
    AssessmentRecord,
    ObligationCheck,
    ScenarioDependents,
    ScenarioRecord,
    ScenarioStatus,
    ScenarioSummary,
)
from recordcheck.domain.scenario import Scenario
from recordcheck.domain.scenario_codec import scenario_to_dict
from recordcheck.store import rows, schema
from recordcheck.store.base import RegisterBase
from recordcheck.store.jsoncodec import dumps

_UNCHANGED: Any = object()


def refuse_if_evidence(scenario_id: int, found: ScenarioDependents) -> None:
    """Raise ``store.scenario_keeps_evidence`` (with the reason) when the scenario may only be
    retired."""
    from recordcheck.errors import InputError

    if found.keeps_evidence:
        key = (
            "store.scenario_keeps_evidence"
            if found.consents or found.deletion_log
            else "store.scenario_was_active"
        )
        raise InputError(key, id=scenario_id, consents=found.consents, deletions=found.deletion_log)


def _scenario_json(scenario: Scenario) -> str:
    return json.dumps(scenario_to_dict(scenario), ensure_ascii=False)


class ScenarioRepo(RegisterBase):
    # -- organisation ---------------------------------------------------------------------
    def organisation(self) -> Organisation | None:
        with self._read() as conn:
            row = conn.execute(sa.select(schema.organisation)).first()
        return rows.organisation(row) if row else None

    def save_organisation(self, org: Organisation) -> None:
        values = {
            f: getattr(org, f)
            for f in (
                "name",
                "cvr",
                "address",
                "phone",
                "email",
                "website",
                "dpo_name",
                "dpo_contact",
            )
        }
        with self._write() as tx:
            if tx.get(schema.organisation, id=1) is None:
                tx.insert(
                    schema.organisation,
                    id=1,
                    **values,
                    created_at=tx.now,
                    updated_at=tx.now,
                    author=tx.author,
                    updated_by=tx.author,
                )
            else:
                tx.update(
                    schema.organisation,
                    {"id": 1},
                    "organisation",
                    **values,
                    updated_at=tx.now,
                    updated_by=tx.author,
                )

    # -- scenarios ------------------------------------------------------------------------
    def add_scenario(
        self,
        scenario: Scenario,
        *,
        status: ScenarioStatus = ScenarioStatus.DRAFT,
        owner: str | None = None,
        next_review: date | None = None,
    ) -> ScenarioRecord:
        with self._write() as tx:
            row = tx.insert(
                schema.scenarios,
                name=scenario.name,
                scenario_json=_scenario_json(scenario),
                status=ScenarioStatus(status).value,
                owner=owner,
                next_review=next_review,
                version=1,
                created_at=tx.now,
                updated_at=tx.now,
                author=tx.author,
                updated_by=tx.author,
            )
        return rows.scenario(row)

    def update_scenario(
        self,
        scenario_id: int,
        scenario: Scenario,
        *,
        status: ScenarioStatus | None = None,
        owner: str | None = _UNCHANGED,
        next_review: date | None = _UNCHANGED,
    ) -> ScenarioRecord:
        """Save a changed scenario as its next version. ``owner``/``next_review`` left out
        keep their value; pass ``None`` to clear them."""
        with self._write() as tx:
            old = tx.require(schema.scenarios, "scenario", id=scenario_id)
            changes: dict[str, Any] = {
                "name": scenario.name,
                "scenario_json": _scenario_json(scenario),
                "version": old.version + 1,
                "updated_at": tx.now,
                "updated_by": tx.author,
            }
            if status is not None:
                changes["status"] = ScenarioStatus(status).value
            if owner is not _UNCHANGED:
                changes["owner"] = owner
            if next_review is not _UNCHANGED:
                changes["next_review"] = next_review
            row = tx.update(schema.scenarios, {"id": scenario_id}, "scenario", **changes)
        return rows.scenario(row)

    def set_scenario_status(self, scenario_id: int, status: ScenarioStatus | str) -> ScenarioRecord:
        """Move a scenario between draft, active and retired. The scenario itself is unchanged,
        so its version stays; the audit log keeps the old and new status."""
        with self._write() as tx:
            tx.require(schema.scenarios, "scenario", id=scenario_id)
            row = tx.update(
                schema.scenarios,
                {"id": scenario_id},
                "scenario",
                status=ScenarioStatus(status).value,
                updated_at=tx.now,
                updated_by=tx.author,
            )
        return rows.scenario(row)

    def scenario(self, scenario_id: int) -> ScenarioRecord:
        with self._read() as conn:
            row = conn.execute(
                sa.select(schema.scenarios).where(schema.scenarios.c.id == scenario_id)
            ).first()
        if row is None:
            from recordcheck.store.errors import NotFoundError

            raise NotFoundError("store.not_found", what="scenario", id=scenario_id)
        return rows.scenario(row)

    def scenarios(self, status: ScenarioStatus | None = None) -> list[ScenarioRecord]:
        query = sa.select(schema.scenarios).order_by(schema.scenarios.c.id)
        if status is not None:
            query = query.where(schema.scenarios.c.status == ScenarioStatus(status).value)
        with self._read() as conn:
            return [rows.scenario(r) for r in conn.execute(query)]

    def scenario_names(self) -> dict[int, str]:
        """Every scenario's name by id, without decoding the scenarios (for lists and filters:
        1,000 names read in a millisecond, where :meth:`scenarios` decodes every one)."""
        t = schema.scenarios
        with self._read() as conn:
            return dict(conn.execute(sa.select(t.c.id, t.c.name).order_by(t.c.id)).all())

    def scenario_summaries(self, status: ScenarioStatus | None = None) -> list[ScenarioSummary]:
        """The scenario list's rows, without decoding each scenario (see ``rows``)."""
        c = schema.scenarios.c
        query = sa.select(c.id, c.name, c.scenario_json, c.status, c.updated_at).order_by(c.id)
        if status is not None:
            query = query.where(c.status == ScenarioStatus(status).value)
        with self._read() as conn:
            return [rows.scenario_summary(r) for r in conn.execute(query)]

    def scenario_dependents(self, scenario_id: int) -> ScenarioDependents:
        """Count what refers to the scenario (see :class:`ScenarioDependents`)."""
        counted = {
            "assessments": schema.assessments,
            "retention_rules": schema.retention_rules,
            "deletion_tasks": schema.deletion_tasks,
            "activities": schema.activities,
            "obligation_checks": schema.obligation_checks,
            "consents": schema.consents,
            "deletion_log": schema.deletion_log,
        }
        with self._read() as conn:
            if (
                conn.execute(
                    sa.select(schema.scenarios.c.id).where(schema.scenarios.c.id == scenario_id)
                ).first()
                is None
            ):
                from recordcheck.store.errors import NotFoundError

                raise NotFoundError("store.not_found", what="scenario", id=scenario_id)
            counts = {
                name: int(
                    conn.execute(
                        sa.select(sa.func.count())
                        .select_from(t)
                        .where(t.c.scenario_id == scenario_id)
                    ).scalar_one()
                )
                for name, t in counted.items()
            }
            audit = schema.audit_log.c
            history = conn.execute(
                sa.select(audit.after_json).where(
                    audit.table_name == "scenarios", audit.record_id == str(scenario_id)
                )
            ).scalars()
            was_active = any(
                json.loads(after or "{}").get("status") != ScenarioStatus.DRAFT.value
                for after in history
            )
        return ScenarioDependents(**counts, was_active=was_active)

    def delete_scenario(self, scenario_id: int) -> ScenarioDependents:
        """Delete a scenario and what was made for it, in one audited transaction.

        Refuses (``store.scenario_keeps_evidence``) when it keeps evidence (see
        :class:`ScenarioDependents`); it can be retired instead. The assessments are append-only
        in the database; their guard is lifted for this one transaction only, and the audit log
        keeps each deleted assessment in full. Returns the counts of what was deleted with it."""
        found = self.scenario_dependents(scenario_id)
        refuse_if_evidence(scenario_id, found)
        with self._write() as tx:
            guarded = tx.conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name = 'assessments_no_delete'"
            ).scalar_one_or_none()
            if guarded:
                tx.conn.exec_driver_sql("DROP TRIGGER assessments_no_delete")
            for table, key_columns in (
                (schema.deletion_tasks, ("id",)),
                (schema.activities, ("id",)),
                (schema.retention_rules, ("id",)),
                (schema.obligation_checks, ("scenario_id", "obligation_id")),
                (schema.assessments, ("id",)),
            ):
                for row in tx.conn.execute(
                    sa.select(table).where(table.c.scenario_id == scenario_id)
                ).all():
                    tx.delete(table, {c: row._mapping[c] for c in key_columns}, table.name)
            tx.delete(schema.scenarios, {"id": scenario_id}, "scenario")
            if guarded:
                tx.conn.exec_driver_sql(guarded)
        return found

    # -- assessments ----------------------------------------------------------------------
    def add_assessment(self, scenario_id: int, assessment: dict[str, Any]) -> AssessmentRecord:
        """Keep an immutable snapshot of one run of ``recordcheck.rules.assess``."""
        rulebase = assessment.get("rulebase") or {}
        with self._write() as tx:
            scenario = tx.require(schema.scenarios, "scenario", id=scenario_id)
            row = tx.insert(
                schema.assessments,
                scenario_id=scenario_id,
                scenario_version=scenario.version,
                rulebase_id=str(rulebase.get("id", "")),
                rulebase_version=str(rulebase.get("version", "")),
                profile=str(rulebase.get("profile", "")),
                assessment_json=dumps(assessment),
                created_at=tx.now,
                author=tx.author,
            )
        return rows.assessment(row)

    def assessments(self, scenario_id: int) -> list[AssessmentRecord]:
        """Every assessment of the scenario, newest first."""
        t = schema.assessments
        query = sa.select(t).where(t.c.scenario_id == scenario_id).order_by(t.c.id.desc())
        with self._read() as conn:
            return [rows.assessment(r) for r in conn.execute(query)]

    def latest_assessment(self, scenario_id: int) -> AssessmentRecord | None:
        t = schema.assessments
        query = sa.select(t).where(t.c.scenario_id == scenario_id).order_by(t.c.id.desc()).limit(1)
        with self._read() as conn:
            row = conn.execute(query).first()
        return rows.assessment(row) if row else None

    # -- obligations ----------------------------------------------------------------------
    def obligation_checks(self, scenario_id: int) -> dict[str, ObligationCheck]:
        t = schema.obligation_checks
        query = sa.select(t).where(t.c.scenario_id == scenario_id).order_by(t.c.obligation_id)
        with self._read() as conn:
            return {r.obligation_id: rows.obligation(r) for r in conn.execute(query)}

    def set_obligation_done(
        self, scenario_id: int, obligation_id: str, done: bool, note: str = ""
    ) -> ObligationCheck:
        t = schema.obligation_checks
        with self._write() as tx:
            tx.require(schema.scenarios, "scenario", id=scenario_id)
            key = {"scenario_id": scenario_id, "obligation_id": obligation_id}
            values = {
                "done": bool(done),
                "done_at": tx.now if done else None,
                "note": note,
                "updated_at": tx.now,
                "updated_by": tx.author,
            }
            if tx.get(t, **key) is None:
                row = tx.insert(t, **key, **values, created_at=tx.now, author=tx.author)
            else:
                row = tx.update(t, key, "obligation", **values)
        return rows.obligation(row)
