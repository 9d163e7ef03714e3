"""The register: the organisation's local accountability record (SQLite by default)."""
