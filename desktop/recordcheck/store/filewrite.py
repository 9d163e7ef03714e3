"""Writing a file the user asked for (the JSON export) so that a full disk or a crash never
leaves half a file under the real name. The store may not import ``exports``, so it has this
small copy of the temp-file-then-rename pattern with the store's own messages."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from recordcheck.store.errors import os_error


def write_text_atomically(path: Path, data: str) -> None:
    """Write ``data`` (UTF-8) to a temporary file in ``path``'s folder, flush it to disk, then
    rename it over ``path``. Failure raises ``store.file_*`` naming ``path``; no temp is left."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            mask = os.umask(0o022)
            os.umask(mask)
            Path(tmp_name).chmod(0o666 & ~mask)  # mkstemp makes it owner-only
        Path(tmp_name).replace(target)  # os.replace: atomic on POSIX and Windows
        tmp_name = None
    except OSError as error:
        raise os_error(error, target, file=True) from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                Path(tmp_name).unlink()
