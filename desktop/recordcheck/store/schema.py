"""The register's tables as SQLAlchemy Core metadata: what the repository code queries.

This is the *current* schema. The migrations in ``migrations/versions`` build it step by step
and never import this module, so an old migration keeps meaning what it meant when released.
Times are stored as naive UTC (``UtcDateTime``), which SQLite and PostgreSQL both handle, and
lists/maps as JSON text, so a PostgreSQL URL can later replace the file without a rewrite.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

from recordcheck.dates import as_utc
from recordcheck.store.identity import APPLICATION_ID, REVISIONS, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "REVISIONS", "SCHEMA_VERSION", "metadata"]


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime in, stored as naive UTC, an aware UTC datetime out."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return None if value is None else as_utc(value).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = sa.MetaData()


def _stamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
    ]


register_meta = sa.Table(
    "register_meta",
    metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

organisation = sa.Table(
    "organisation",
    metadata,
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

scenarios = sa.Table(
    "scenarios",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("scenario_json", sa.Text, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("owner", sa.Text),
    sa.Column("next_review", sa.Date),
    sa.Column("version", sa.Integer, nullable=False),
    *_stamps(),
)

assessments = sa.Table(
    "assessments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
    sa.Column("scenario_version", sa.Integer, nullable=False),
    sa.Column("rulebase_id", sa.String(100), nullable=False),
    sa.Column("rulebase_version", sa.String(50), nullable=False),
    sa.Column("profile", sa.String(100), nullable=False),
    sa.Column("assessment_json", sa.Text, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Index("ix_assessments_scenario", "scenario_id", "id"),
)

obligation_checks = sa.Table(
    "obligation_checks",
    metadata,
    sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), primary_key=True),
    sa.Column("obligation_id", sa.String(100), primary_key=True),
    sa.Column("done", sa.Boolean, nullable=False),
    sa.Column("done_at", UtcDateTime),
    sa.Column("note", sa.Text, nullable=False),
    *_stamps(),
)

retention_rules = sa.Table(
    "retention_rules",
    metadata,
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
    sa.Index("ix_retention_rules_scenario", "scenario_id"),
)

activities = sa.Table(
    "activities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id")),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("activity_json", sa.Text, nullable=False),
    *_stamps(),
    sa.Index("ix_activities_scenario", "scenario_id"),
)

consents = sa.Table(
    "consents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("person_name", sa.Text, nullable=False),
    sa.Column("name_key", sa.Text, nullable=False),  # casefolded name, for searching
    sa.Column("phone", sa.String(50)),
    sa.Column("email", sa.String(200)),
    sa.Column("reference", sa.Text),
    sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
    sa.Column("purposes", sa.Text, nullable=False),  # JSON list
    sa.Column("mechanism", sa.String(50), nullable=False),
    sa.Column("notice_version", sa.Text, nullable=False),
    sa.Column("given_at", UtcDateTime, nullable=False),
    sa.Column("evidence_note", sa.Text, nullable=False),
    # The latest event's kind (by time, then entry order), set with each event (append_event).
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("status_at", UtcDateTime, nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    # Name search scans this covering index instead of the table (LIKE '%…%' cannot seek).
    sa.Index("ix_consents_search", "name_key", "given_at", "scenario_id", "status"),
    sa.Index("ix_consents_status", "status", "given_at"),
    sa.Index("ix_consents_scenario", "scenario_id", "given_at"),
    sa.Index("ix_consents_given_at", "given_at"),
)

consent_events = sa.Table(
    "consent_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("consent_id", sa.Integer, sa.ForeignKey("consents.id"), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Column("channel", sa.Text, nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("recorded_at", UtcDateTime, nullable=False),
    sa.Index("ix_consent_events_consent", "consent_id", "at"),
)

deletion_tasks = sa.Table(
    "deletion_tasks",
    metadata,
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
    sa.Column("done_at", UtcDateTime),
    *_stamps(),
    sa.Index("ix_deletion_tasks_status_due", "status", "due"),
)

deletion_log = sa.Table(
    "deletion_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("task_id", sa.Integer, sa.ForeignKey("deletion_tasks.id"), nullable=False),
    sa.Column("scenario_id", sa.Integer, sa.ForeignKey("scenarios.id"), nullable=False),
    sa.Column("reason", sa.String(20), nullable=False),
    sa.Column("purpose", sa.String(50)),
    sa.Column("consent_id", sa.Integer, sa.ForeignKey("consents.id")),
    sa.Column("what", sa.Text, nullable=False),
    sa.Column("method", sa.Text, nullable=False),
    sa.Column("deleted_at", UtcDateTime, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("recorded_at", UtcDateTime, nullable=False),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Column("author", sa.String(200), nullable=False),
    sa.Column("table_name", sa.String(100), nullable=False),
    sa.Column("record_id", sa.String(200), nullable=False),
    sa.Column("action", sa.String(10), nullable=False),
    sa.Column("before_json", sa.Text),
    sa.Column("after_json", sa.Text),
    sa.Index("ix_audit_log_table_at", "table_name", "at"),
    sa.Index("ix_audit_log_at", "at"),
)

#: Tables whose rows are never changed or removed once written (SQLite triggers enforce it).
APPEND_ONLY = ("consent_events", "deletion_log", "audit_log", "assessments")
#: Tables the register reports in ``info()`` counts, in a stable order.
COUNTED = (
    "scenarios",
    "assessments",
    "activities",
    "consents",
    "consent_events",
    "retention_rules",
    "deletion_tasks",
    "deletion_log",
    "audit_log",
)
