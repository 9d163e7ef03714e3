"""Long work (a 10,000-row schedule, an inspection bundle) off the window's thread.

A :class:`Job` runs one function in a :class:`QThread` and reports back through signals, so the
window keeps painting and answering while it works. The register's engine may be used from
another thread (``check_same_thread=False``; SQLite serialises the access).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class Job(QThread):
    """Run ``work()`` once; emits ``done(result)`` or ``failed(exception)`` on the window's side."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # reported to the window, which decides what to show
            self.failed.emit(error)
        else:
            self.done.emit(result)


_running: set[Job] = set()


def start(
    owner: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> Job:
    """Start ``work`` in a thread for ``owner``.

    The thread is kept here, not by ``owner``, so closing a window mid-job never destroys a
    running thread; a result arriving after ``owner`` is gone is dropped."""
    job = Job(work)

    def deliver(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def call(value: Any) -> None:
            try:
                alive = owner.objectName() is not None
            except RuntimeError:  # the C++ object behind owner was deleted
                alive = False
            if alive:
                callback(value)

        return call

    job.done.connect(deliver(on_done))
    job.failed.connect(deliver(on_failed))
    job.finished.connect(lambda: _running.discard(job))
    job.finished.connect(job.deleteLater)
    _running.add(job)
    job.start()
    return job


def wait_all(timeout_ms: int = 30_000) -> None:
    """Wait for every running job (at quit, and in tests)."""
    for job in list(_running):
        job.wait(timeout_ms)
