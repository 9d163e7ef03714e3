"""Registers written by every released schema version open, with their data, in this one; a
register that is behind is copied aside and then upgraded; one that is current is not touched
by Alembic at all."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from recordcheck.domain.register import ConsentEventKind, DeletionStatus
from recordcheck.store import migrate, open_register, opening, schema, sniff
from recordcheck.store.backup import integrity_ok

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize("version", sorted(schema.REVISIONS))
def test_every_released_version_opens_with_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "register.sqlite3"
    shutil.copyfile(FIXTURES / f"register-v{version}.sqlite3", path)
    with open_register(path) as reg:
        info = reg.info()
        assert info.schema_version == schema.SCHEMA_VERSION
        assert info.revision == schema.REVISIONS[schema.SCHEMA_VERSION]
        assert reg.organisation().name == "Værkstedet ApS"
        (record,) = reg.scenarios()
        assert record.author == "fixture" and record.owner == "Office"
        assert reg.latest_assessment(record.id).rulebase_id == "dk-recording"
        assert reg.count_consents() == 5
        assert reg.count_consents(status=ConsentEventKind.WITHDRAWN) == 1
        assert [t.status for t in reg.deletion_tasks()].count(DeletionStatus.DONE) == 1
        assert len(reg.deletion_log()) == 1 and len(reg.activities()) == 1
        assert reg.audit_log(limit=1)[0].table == "deletion_log"
        assert reg.export_json()["tables"]["consents"][0]["person_name"] == "Person 0 Ærø"
        assert reg.check()


def test_a_current_register_is_opened_without_alembic(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "register.sqlite3"
    shutil.copyfile(FIXTURES / f"register-v{schema.SCHEMA_VERSION}.sqlite3", path)
    sys.modules.pop("alembic.command", None)
    monkeypatch.setattr(migrate, "upgrade", lambda engine: pytest.fail("migrated needlessly"))
    with open_register(path):
        pass
    assert not (tmp_path / "backups").exists()


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op
from recordcheck.store.migrations.versions import set_user_version

revision = "0002"
down_revision = "0001"

def upgrade():
    op.add_column("consents", sa.Column("language", sa.String(10)))
    set_user_version(2)
"""


def test_a_register_behind_is_copied_aside_then_upgraded(tmp_path: Path, monkeypatch) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0002_language.py").write_text(NEXT_REVISION)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setitem(schema.REVISIONS, 2, "0002")
    for module in (schema, sniff, migrate, opening):
        monkeypatch.setattr(module, "SCHEMA_VERSION", 2)
    path = tmp_path / "data" / "register.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(FIXTURES / "register-v1.sqlite3", path)
    with open_register(path) as reg:
        assert reg.info().schema_version == 2 and reg.count_consents() == 5
    (copy,) = (path.parent / "backups").glob("register-before-v2-from-v1-*.sqlite3")
    assert integrity_ok(copy)
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    conn = sqlite3.connect(path)
    assert "language" in [row[1] for row in conn.execute("PRAGMA table_info(consents)")]
    conn.close()


def test_the_migrations_build_exactly_the_schema_the_code_queries(tmp_path: Path) -> None:
    import sqlalchemy as sa
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with open_register(tmp_path / "register.sqlite3") as reg:
        engine = sa.create_engine(f"sqlite:///{reg.path}")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, schema.metadata)
        engine.dispose()
    assert diff == []
