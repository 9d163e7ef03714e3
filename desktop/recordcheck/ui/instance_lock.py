"""One running copy of RecordCheck per data folder.

Two copies writing one register would each show a stale picture and overwrite each other's
work, so the app takes a :class:`QLockFile` in the data folder at start; a second copy finds it
taken and the window tells the user plainly (see ``app``). A lock left by a copy that crashed
is stale (its process is gone) and is taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "recordcheck.lock"


class InstanceLock:
    """The data folder's lock; :meth:`acquire` is False when another running copy holds it."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the holder's process is gone

    def acquire(self) -> bool:
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            self._lock.removeStaleLockFile()
            return self._lock.tryLock(0)
        return False

    def holder_pid(self) -> int | None:
        """The process id of the copy holding the lock (when the file says)."""
        info = self._lock.getLockInfo()  # PySide6: (pid, host, app); pid 0 when unknown
        pid = info[0] if isinstance(info, tuple) and info else 0
        return int(pid) or None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
