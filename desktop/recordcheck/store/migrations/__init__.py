"""Alembic migrations of the register, run programmatically by ``recordcheck.store.migrate``.

No ``alembic.ini`` is needed at run time. To write the next revision, copy the newest file in
``versions/``, give it the next number, set ``down_revision``, and bump ``SCHEMA_VERSION`` and
``REVISIONS`` in ``recordcheck.store.schema``; end ``upgrade()`` with ``set_user_version(N)``.
"""
