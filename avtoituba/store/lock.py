"""One writer per workshop file: an OS lock on a small file beside the workshop. Qt-free.

The lock is ``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows) on ``.<name>.lock``
beside the workshop file; the operating system drops it when the process ends, however it
ends, so a killed avtoituba never leaves a lock behind that someone must remove. Who holds
it (user, computer, process, program) is written inside, for the message the other one
shows. When the workshop's folder cannot be written to, the caller may name another folder
for the lock (the GUI: the user's data folder).

Within one process the lock is shared: ``claim`` counts its holders (a window keeps the
file locked while it reopens it, a restore keeps it while it replaces it) and the lock is
released when the last of them lets go.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from avtoituba.store import errors

#: Where the holder's record starts; Windows locks a byte far past it, so reading the
#: record never meets the locked range.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class Holder:
    """Who holds a workshop file's lock."""

    pid: int
    host: str
    app: str
    user: str = ""

    def describe(self) -> str:
        who = f"{self.user} on " if self.user else ""
        return f"{self.app} (process {self.pid}, {who}the computer {self.host!r})"


def lock_path(path: Path, fallback_dir: Path | None = None) -> Path:
    """The lock file of the workshop file ``path``: beside it, or in ``fallback_dir`` when
    its folder cannot be written to."""
    path = Path(path).resolve()
    if fallback_dir is None or os.access(path.parent, os.W_OK):
        return path.with_name(f".{path.name}.lock")
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return Path(fallback_dir) / f"{path.stem}-{digest}.lock"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def _os_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class WorkshopLock:
    """The OS lock of one workshop file (one per process: use ``claim`` to share it)."""

    def __init__(self, path: Path, fallback_dir: Path | None = None, app: str = "avtoituba"):
        self.path = Path(path).resolve()
        self.file = lock_path(self.path, fallback_dir)
        self.app = app
        self._fd: int | None = None

    def try_lock(self) -> bool:
        """Take the lock if nobody holds it; False when another holds it.

        Raises OSError when no lock file can be made (a read-only folder and no other).
        """
        if self._fd is not None:
            return True
        self.file.parent.mkdir(parents=True, exist_ok=True)
        while True:
            fd = os.open(self.file, os.O_RDWR | os.O_CREAT, 0o644)
            if not _os_lock(fd):
                os.close(fd)
                return False
            # The holder before us may have removed the file while we waited for it: a lock
            # on a removed file excludes nobody, so lock the file that is there now.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.file))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        self._fd = fd
        record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                             "app": self.app, "user": _user()}).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, record + b"\n")
        return True

    def acquire(self) -> None:
        """Take the lock or raise errors.Locked naming who holds it."""
        if not self.try_lock():
            holder = self.holder()
            who = f" by {holder.describe()}" if holder else " by another avtoituba"
            raise errors.Locked(self.path, f"{self.path}: is open for writing{who}; close it "
                                f"there first", holder)

    def holder(self) -> Holder | None:
        """Who holds the lock as its record says (None: unknown or unreadable)."""
        try:
            with open(self.file, "rb") as fh:
                data = json.loads(fh.read(4096).decode("utf-8") or "null")
            return Holder(int(data["pid"]), str(data["host"]), str(data["app"]),
                          str(data.get("user", "")))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def is_locked(self) -> bool:
        return self._fd is not None

    def unlock(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            # Removed while still held, so whoever locks next locks the file that is there.
            self.file.unlink(missing_ok=True)
        except OSError:
            pass
        try:
            _os_unlock(fd)
        finally:
            os.close(fd)


class Lease:
    """One holder's share of a process-wide workshop lock (see ``claim``)."""

    def __init__(self, path: Path):
        self.path = path
        self._released = False

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _guard:
            entry = _held.get(self.path)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] <= 0:
                del _held[self.path]
                entry[0].unlock()

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


_guard = threading.Lock()
_held: dict[Path, list] = {}  # path -> [WorkshopLock, number of leases]


def claim(path: Path, fallback_dir: Path | None = None, app: str = "avtoituba") -> Lease:
    """A share of the lock of the workshop file ``path`` for this process.

    Raises errors.Locked when another process holds it, OSError when no lock file can be
    made at all.
    """
    path = Path(path).resolve()
    with _guard:
        entry = _held.get(path)
        if entry is None:
            held = WorkshopLock(path, fallback_dir, app)
            held.acquire()
            entry = _held[path] = [held, 0]
        entry[1] += 1
    return Lease(path)


def held_here(path: Path) -> bool:
    """Whether this process holds the lock of ``path``."""
    with _guard:
        return Path(path).resolve() in _held


__all__ = ["Holder", "Lease", "WorkshopLock", "claim", "held_here", "lock_path"]
