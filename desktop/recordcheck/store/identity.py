"""What makes a file a RecordCheck register, kept free of SQLAlchemy so the register can be
recognised (and its scenario list read) before the database layer is imported."""

#: The schema version this code writes. ``PRAGMA user_version`` holds it in a SQLite file.
SCHEMA_VERSION = 1
#: The Alembic revision of each schema version (the head is ``REVISIONS[SCHEMA_VERSION]``).
REVISIONS = {1: "0001"}
#: ``PRAGMA application_id`` of every RecordCheck register ("RCK1"): tells ours from others.
APPLICATION_ID = 0x52434B31
