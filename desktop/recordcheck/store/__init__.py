"""The register: the organisation's local accountability record (SQLite by default).

    from recordcheck.store import open_register
    with open_register() as reg:          # creates or migrates the file when needed
        reg.add_scenario(scenario)

SQLAlchemy and Alembic are imported on first use of these names, not by ``import
recordcheck.store``, so the command line starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recordcheck.store.opening import open_register, restore_register
    from recordcheck.store.register import Register

__all__ = ["Register", "open_register", "restore_register"]


def __getattr__(name: str) -> Any:
    if name in ("open_register", "restore_register"):
        from recordcheck.store import opening

        return getattr(opening, name)
    if name == "Register":
        from recordcheck.store.register import Register

        return Register
    raise AttributeError(f"module 'recordcheck.store' has no attribute {name!r}")
