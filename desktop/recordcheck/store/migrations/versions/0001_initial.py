"""Schema version 1: organisation, scenarios, assessments, obligations, activities, consents
with append-only events, retention rules, deletion tasks and log, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from recordcheck.store.migrations.versions import append_only, is_sqlite, set_user_version

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APPLICATION_ID = 0x52434B31  # "RCK1", as in recordcheck.store.schema


def _stamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    ]


def upgrade() -> None:
    if is_sqlite():
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "register_meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("cvr", sa.String(20)),
        sa.Column("address", sa.Text),
        sa.Column("phone", sa.String(50)),
        sa.Column("email", sa.String(200)),
        sa.Column("website", sa.String(300)),
        sa.Column("dpo_name", sa.Text),
        sa.Column("dpo_contact", sa.Text),
        *_stamps(),
        sa.CheckConstraint("id = 1", name="ck_organisation_single"),
    )
    op.create_table(
        "scenarios",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("scenario_json", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("owner", sa.Text),
        sa.Column("next_review", sa.Date),
        sa.Column("version", sa.Integer, nullable=False),
        *_stamps(),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
        sa.Column("scenario_version", sa.Integer, nullable=False),
        sa.Column("rulebase_id", sa.String(100), nullable=False),
        sa.Column("rulebase_version", sa.String(50), nullable=False),
        sa.Column("profile", sa.String(100), nullable=False),
        sa.Column("assessment_json", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
    )
    op.create_index("ix_assessments_scenario", "assessments", ["scenario_id", "id"])
    op.create_table(
        "obligation_checks",
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), primary_key=True),
        sa.Column("obligation_id", sa.String(100), primary_key=True),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("done_at", sa.DateTime),
        sa.Column("note", sa.Text, nullable=False),
        *_stamps(),
    )
    op.create_table(
        "retention_rules",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
        sa.Column("purpose", sa.String(50), nullable=False),
        sa.Column("period_days", sa.Integer, nullable=False),
        sa.Column("start_event", sa.String(50), nullable=False),
        sa.Column("follow_up_days", sa.Integer, nullable=False),
        sa.Column("last_review", sa.Date),
        sa.Column("next_review", sa.Date),
        sa.Column("details_json", sa.Text, nullable=False),
        *_stamps(),
    )
    op.create_index("ix_retention_rules_scenario", "retention_rules", ["scenario_id"])
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id")),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("activity_json", sa.Text, nullable=False),
        *_stamps(),
    )
    op.create_index("ix_activities_scenario", "activities", ["scenario_id"])
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("person_name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("phone", sa.String(50)),
        sa.Column("email", sa.String(200)),
        sa.Column("reference", sa.Text),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
        sa.Column("purposes", sa.Text, nullable=False),
        sa.Column("mechanism", sa.String(50), nullable=False),
        sa.Column("notice_version", sa.Text, nullable=False),
        sa.Column("given_at", sa.DateTime, nullable=False),
        sa.Column("evidence_note", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_at", sa.DateTime, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
    )
    op.create_index(
        "ix_consents_search", "consents", ["name_key", "given_at", "scenario_id", "status"]
    )
    op.create_index("ix_consents_status", "consents", ["status", "given_at"])
    op.create_index("ix_consents_scenario", "consents", ["scenario_id", "given_at"])
    op.create_index("ix_consents_given_at", "consents", ["given_at"])
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("consent_id", sa.Integer, sa.ForeignKey("consents.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_consent_events_consent", "consent_events", ["consent_id", "at"])
    op.create_table(
        "deletion_tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
        sa.Column("purpose", sa.String(50)),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("due", sa.Date, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("consent_id", sa.Integer, sa.ForeignKey("consents.id")),
        sa.Column("person_name", sa.Text),
        sa.Column("retention_rule_id", sa.Integer, sa.ForeignKey("retention_rules.id")),
        sa.Column("cutoff", sa.Date),
        sa.Column("done_at", sa.DateTime),
        *_stamps(),
    )
    op.create_index("ix_deletion_tasks_status_due", "deletion_tasks", ["status", "due"])
    op.create_table(
        "deletion_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("task_id", sa.Integer, sa.ForeignKey("deletion_tasks.id"), nullable=False),
        sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("purpose", sa.String(50)),
        sa.Column("consent_id", sa.Integer, sa.ForeignKey("consents.id")),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("method", sa.Text, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("before_json", sa.Text),
        sa.Column("after_json", sa.Text),
    )
    op.create_index("ix_audit_log_table_at", "audit_log", ["table_name", "at"])
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    for table in ("consent_events", "deletion_log", "audit_log", "assessments"):
        append_only(table)
    set_user_version(1)


def downgrade() -> None:
    raise NotImplementedError("the register is never migrated down; restore a backup instead")
