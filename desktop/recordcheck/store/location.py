"""Warnings about where the register lies: SQLite files get corrupted on network shares and in
folders a sync client (OneDrive, Dropbox, iCloud …) copies behind SQLite's back."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from recordcheck.domain.register import RegisterWarning

#: Folder names that betray a sync client, lower-cased, with the service to name.
SYNC_MARKERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "box": "Box",
    "box sync": "Box",
    "sync.com": "Sync.com",
    "pcloud drive": "pCloud",
    "megasync": "MEGA",
}
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "afs",
    "9p",
    "davfs",
    "fuse.sshfs",
    "sshfs",
    "fuse.rclone",
    "webdav",
    "ncpfs",
    "glusterfs",
    "ceph",
    "fuse.gvfsd-fuse",
}


def sync_service(path: Path) -> str | None:
    for part in path.resolve().parts:
        name = part.lower()
        for marker, service in SYNC_MARKERS.items():
            if name == marker or name.startswith((marker + " -", marker + "-")):
                return service
    return None


def _linux_fstype(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, fstype = point, fields[2]
    return fstype


def _windows_remote(path: Path) -> bool:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    # ctypes.windll exists on Windows only, and its functions are untyped
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
    return bool(kind == 4)  # DRIVE_REMOTE


def network_filesystem(path: Path) -> str | None:
    """The network file system ``path`` lies on, or ``None`` for a local disk (best effort)."""
    try:
        if sys.platform == "win32":
            return "SMB" if _windows_remote(path) else None
        if sys.platform.startswith("linux"):
            fstype = _linux_fstype(path)
            return fstype if fstype and fstype.lower() in NETWORK_FILESYSTEMS else None
    except OSError:
        return None
    return None


def readable_by_others(path: Path) -> bool:
    if os.name != "posix" or not path.exists():
        return False
    return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def location_warnings(path: Path) -> list[RegisterWarning]:
    """Everything about ``path``'s location the user should be told."""
    warnings = []
    service = sync_service(path)
    if service:
        warnings.append(RegisterWarning("store.warn_sync_folder", {"service": service}))
    fstype = network_filesystem(path.parent if not path.exists() else path)
    if fstype:
        warnings.append(RegisterWarning("store.warn_network", {"fstype": fstype}))
    if readable_by_others(path):
        warnings.append(RegisterWarning("store.warn_permissions", {"path": str(path)}))
    return warnings
