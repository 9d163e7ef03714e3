"""The register: one object per open database, with every record kind mixed in."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from recordcheck import dates
from recordcheck.domain.register import (
    AssessmentRecord,
    AuditEntry,
    RegisterInfo,
    RegisterWarning,
    RetentionRule,
)
from recordcheck.errors import Detail, InputError
from recordcheck.store import gate, jsonio, rows, schema
from recordcheck.store.backup import backup_file
from recordcheck.store.location import location_warnings
from recordcheck.store.repo_activities import ActivityRepo
from recordcheck.store.repo_consents import ConsentRepo
from recordcheck.store.repo_deletions import MAX_PERIOD_DAYS, DeletionRepo
from recordcheck.store.repo_scenarios import ScenarioRepo


class Register(ScenarioRepo, ActivityRepo, ConsentRepo, DeletionRepo):
    """An open register. Use as a context manager, or call :meth:`close`."""

    def __enter__(self) -> Register:
        return self

    # -- facts about the register --------------------------------------------------------
    def warnings(self) -> list[RegisterWarning]:
        return location_warnings(self.path)

    def info(self) -> RegisterInfo:
        """Counts and versions, after the whole gate (``integrity_check`` included, unless it
        passed when the register was opened): a damaged register is reported as such, never
        as plausible counts."""
        if not self.checked:
            gate.check_register(self.path)
            self.checked = True
        with self._read() as conn:
            counts = {
                name: int(
                    conn.execute(
                        sa.select(sa.func.count()).select_from(schema.metadata.tables[name])
                    ).scalar_one()
                )
                for name in schema.COUNTED
            }
            version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            revision = (
                conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one_or_none()
                or ""
            )
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            engine_version = conn.exec_driver_sql("SELECT sqlite_version()").scalar_one()
        return RegisterInfo(
            path=str(self.path),
            schema_version=int(version),
            revision=revision,
            counts=counts,
            warnings=tuple(self.warnings()),
            engine_version=engine_version,
            journal_mode=mode,
        )

    #: Whether the whole gate (``integrity_check`` included) passed since the register was
    #: opened; ``open_register`` sets it, the window's background check (:meth:`verify`) too.
    checked = False

    def check(self) -> bool:
        """Run SQLite's full ``integrity_check`` (slow on a big register; for tools)."""
        with self._read() as conn:
            found = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        return [tuple(row) for row in found] == [("ok",)]

    def verify(self) -> None:
        """Run the whole gate on the open file (raises the error naming what is wrong)."""
        gate.check_register(self.path)
        self.checked = True

    def note_restore(self, source: Path, safety: Path | None) -> None:
        """Leave the restore in the audit log: a ``register_meta`` row ``restored_at:<time>``
        whose value says from which file (and where the replaced register was kept); the
        audit entry written with it says when and by whom, like every other change."""
        import json

        with self._write() as tx:
            tx.insert(
                schema.register_meta,
                key=f"restored_at:{dates.iso_precise(tx.now)}",
                value=json.dumps(
                    {"source": str(source), "previous": str(safety) if safety else None},
                    ensure_ascii=False,
                ),
            )

    # -- assessments and what follows from them -------------------------------------------
    def record_assessment(self, scenario_id: int, assessment: dict[str, Any]) -> AssessmentRecord:
        """Keep an assessment and, the first time, start the scenario's paperwork.

        The Art. 30 record and the deletion schedule must not stay empty just because nobody
        knew to generate them (review M1): when the scenario has no processing activity yet,
        each purpose without a retention rule gets a draft rule from the scenario's
        ``retention_days``, and the activity is generated from the scenario, those rules and
        this assessment. Later assessments leave the (by then user-edited) records alone.
        The CLI's ``scenario assess`` and the window call this one function.

        Each step is its own transaction; a failure part-way leaves the assessment stored and
        the next call fills in whatever is missing (every step checks what exists first)."""
        stored = self.add_assessment(scenario_id, assessment)
        if any(a.scenario_id == scenario_id for a in self.activities()):
            return stored
        record = self.scenario(scenario_id)
        have = {r.purpose for r in self.retention_rules(scenario_id)}
        for purpose, days in record.scenario.retention_days.items():
            if purpose in have or not 1 <= int(days) <= MAX_PERIOD_DAYS:
                continue
            self.save_retention_rule(
                RetentionRule(
                    id=0,
                    scenario_id=scenario_id,
                    purpose=purpose,
                    period_days=int(days),
                    responsible=record.owner or "",
                )
            )
        self.generate_activity(scenario_id)
        return stored

    # -- audit ----------------------------------------------------------------------------
    def audit_log(
        self, *, table: str | None = None, since: datetime | None = None, limit: int = 1000
    ) -> list[AuditEntry]:
        """Audit entries, newest first."""
        t = schema.audit_log
        query = sa.select(t).order_by(t.c.id.desc()).limit(limit)
        if table is not None:
            query = query.where(t.c.table_name == table)
        if since is not None:
            query = query.where(t.c.at >= since)
        with self._read() as conn:
            return [rows.audit_entry(r) for r in conn.execute(query)]

    # -- whole-register operations --------------------------------------------------------
    def backup(self, dest: Path) -> Path:
        """Write a consistent one-file copy to ``dest`` (a file, or an existing folder to put
        it in); returns the file written."""
        return backup_file(self.path, Path(dest))

    def export_json(self) -> dict[str, Any]:
        from recordcheck import version

        with self._read() as conn:
            tables = jsonio.export_tables(conn)
        return {
            "format": jsonio.REGISTER_FORMAT,
            "schema_version": schema.SCHEMA_VERSION,
            "exported_at": dates.iso_precise(dates.now_utc()),
            "app_version": version(),
            "tables": tables,
        }

    def import_json(self, data: dict[str, Any], source: str = "JSON") -> int:
        """Load an export into this (empty) register; returns the number of records.

        Every row is checked before the first insert, and all rows go in one transaction, so
        a bad file leaves the register as it was (empty)."""
        tables = jsonio.validate_document(data, source)
        try:
            with self._write() as tx:
                return jsonio.import_tables(tx, tables, str(self.path))
        except sa.exc.IntegrityError as error:  # a constraint the row checks do not cover
            raise InputError(
                "store.import_bad_format",
                source=source,
                details=[Detail("store.problem_constraint", {})],
            ) from error
