"""Run a register writer in a forked child that reports each committed transaction on a pipe.

Forking (rather than starting a new interpreter) puts the child to work within milliseconds,
so a crash test can kill writers at many random moments in a few seconds. POSIX only.
"""

from __future__ import annotations

import os
import select
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Report = Callable[[str], None]


@dataclass
class Child:
    pid: int
    read_fd: int
    lines: list[str] = field(default_factory=list)
    _buffer: bytes = b""

    def pump(self, timeout: float = 0.0) -> bool:
        """Read what the child reported; False once its end of the pipe is closed."""
        ready, _, _ = select.select([self.read_fd], [], [], timeout)
        if not ready:
            return True
        chunk = os.read(self.read_fd, 65536)
        if not chunk:
            return False
        self._buffer += chunk
        *complete, self._buffer = self._buffer.split(b"\n")
        self.lines.extend(line.decode() for line in complete)
        return True

    def kill_after(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.pump(max(0.0, deadline - time.monotonic())):
            pass
        os.kill(self.pid, signal.SIGKILL)
        self.finish()

    def finish(self) -> int:
        while self.pump(1.0):
            pass
        os.close(self.read_fd)
        _, status = os.waitpid(self.pid, 0)
        return status


def fork_writer(path: Path, work: Callable[[Any, Report], None], author: str = "child") -> Child:
    """Fork a child that opens ``path`` and runs ``work(register, report)``."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(read_fd)
            from recordcheck.store import open_register

            def report(line: str) -> None:
                os.write(write_fd, (line + "\n").encode())

            with open_register(path, author=author) as reg:
                work(reg, report)
        except BaseException:
            os.write(2, traceback.format_exc().encode())
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return Child(pid, read_fd)
