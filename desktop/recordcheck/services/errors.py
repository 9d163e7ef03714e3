"""The register's errors that the window and the command line tell apart (re-exported so they
need not reach into the store)."""

from __future__ import annotations

from recordcheck.store.errors import (
    CorruptRegisterError,
    NewerSchemaError,
    NotARegisterError,
    NotFoundError,
    RegisterError,
    RegisterWriteError,
)

__all__ = [
    "CorruptRegisterError",
    "NewerSchemaError",
    "NotARegisterError",
    "NotFoundError",
    "RegisterError",
    "RegisterWriteError",
]
