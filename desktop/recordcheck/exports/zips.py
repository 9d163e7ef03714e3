"""Byte-stable ZIP containers (XLSX, DOCX, the bundle): fixed entry times, sorted names."""

from __future__ import annotations

import io
import zipfile

#: The time stamp of every entry, so the same register gives the same bytes.
ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def write_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name])
    return buffer.getvalue()


def restamp(data: bytes) -> bytes:
    """The same archive with every entry's time set to :data:`ZIP_TIME`, order kept (Office
    expects ``[Content_Types].xml`` first)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, source.read(entry))
    return buffer.getvalue()
