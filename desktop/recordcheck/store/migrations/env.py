"""Alembic's entry point: migrate the connection that ``recordcheck.store.migrate`` hands over."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
# The caller's connection is already in one write transaction (BEGIN IMMEDIATE): every pending
# revision commits together or not at all. SQLite DDL is transactional.
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
