"""Automatic backups of a workshop file, their rotation, and restoring one.

A backup is a consistent copy taken with SQLite's online backup API while the app keeps
writing (WAL readers never block the writer), written under a temporary name and renamed,
so a backup folder only ever holds complete files. Each backup is a plain workshop file
(journal_mode=DELETE, one file) named by the UTC time it was taken and why:
``20261117T101502.123Z-auto.avtoituba``.

Qt-free: the GUI decides where the folder is and when to back up.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import stat
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from avtoituba.store import FILE_SUFFIX, errors, lock
from avtoituba.store import inspect_file as files  # not db: no SQLAlchemy before the first page
from avtoituba.store.leftovers import remove_leftovers, tmp_suffixes

SUFFIX = FILE_SUFFIX
_NAME = re.compile(r"^(?P<stamp>\d{8}T\d{6}\.\d{3})Z-(?P<reason>[a-z0-9-]{1,32})"
                   + re.escape(SUFFIX) + "$")
_STAMP = "%Y%m%dT%H%M%S.%f"

#: The rotation: every backup among the newest KEEP_LAST, then the newest of each hour for
#: KEEP_HOURS hours and the newest of each day for KEEP_DAYS days. Safety copies made before
#: a restore count as backups (they are the newest when made).
KEEP_LAST = 20
KEEP_HOURS = 24
KEEP_DAYS = 30

#: Backups the rotation never deletes: the workshop as it was before a restore replaced it
#: (so the restore can be undone) and a damaged file kept byte for byte. The trainer deletes
#: them.
KEPT_REASONS = frozenset({"before-restore", "damaged"})

#: Temporary files of a copy that an interrupted run left behind are removed after this age.
STALE_TEMP_SECONDS = 60


class BackupError(Exception):
    """A backup could not be taken or restored (the message says why, in English)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # UTC, aware
    reason: str
    size: int
    title: str | None = None
    activities: int | None = None
    participants: int | None = None
    timer_events: int | None = None
    readable: bool = True

    @property
    def name(self) -> str:
        return self.path.name


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")[:32]
    return slug or "auto"


def backup_name(taken_at: dt.datetime, reason: str) -> str:
    stamp = taken_at.astimezone(dt.UTC).strftime(_STAMP)[:-3]  # milliseconds
    return f"{stamp}Z-{_slug(reason)}{SUFFIX}"


def parse_name(name: str) -> tuple[dt.datetime, str] | None:
    """(time taken, reason) from a backup's file name, or None for any other file."""
    match = _NAME.match(name)
    if not match:
        return None
    taken = dt.datetime.strptime(match["stamp"] + "000", _STAMP).replace(tzinfo=dt.UTC)
    return taken, match["reason"]


def _ro_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(files.snapshot_uri(path), uri=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows: folders cannot be opened; the rename is durable enough there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temp(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files (``.<name>.<random>.tmp`` and their ``-journal``) that a
    copy interrupted by a kill or a power loss left in ``folder``."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    limit = (time.time() if now is None else now) - STALE_TEMP_SECONDS
    for p in folder.iterdir():
        if not (p.name.startswith(".") and (p.name.endswith(".tmp")
                                            or p.name.endswith(".tmp-journal"))):
            continue
        try:
            if p.is_file() and p.stat().st_mtime < limit:
                p.unlink()
                removed.append(p)
        except OSError:
            pass
    return removed


def _new_file_mode() -> int:
    """The permissions a new file gets here (0666 less the umask), read without changing it."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644


def copy_database(source: Path, target: Path) -> None:
    """A consistent single-file copy of the SQLite file ``source`` at ``target``.

    Written to a temporary name in the target's folder, synced and renamed: ``target`` is
    either the old file or the complete new one, never a part of one.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = _ro_connect(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)  # one step: a single read transaction, a consistent snapshot
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        try:  # the permissions of the file it replaces, else those of a new file
            mode = stat.S_IMODE(target.stat().st_mode)
        except OSError:
            mode = _new_file_mode()
        os.chmod(tmp, mode)
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise BackupError(f"{source}: could not be copied ({exc})") from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def take_backup(source: Path, folder: Path, reason: str = "auto",
                now: dt.datetime | None = None) -> BackupInfo:
    """Back up the workshop file ``source`` (open or not) into ``folder``."""
    source = Path(source)
    remove_stale_temp(Path(folder))  # what an interrupted backup left there
    taken = now or dt.datetime.now(dt.UTC)
    target = Path(folder) / backup_name(taken, reason)
    while target.exists():  # two backups in the same millisecond
        taken += dt.timedelta(milliseconds=1)
        target = Path(folder) / backup_name(taken, reason)
    copy_database(source, target)
    return describe(target)


def _count(conn: sqlite3.Connection, sql: str) -> int | None:
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:
        return None


def describe(path: Path) -> BackupInfo:
    """A backup's time, reason, size and what it holds (read-only; never raises)."""
    path = Path(path)
    parsed = parse_name(path.name)
    if parsed is None:
        stat = path.stat()
        parsed = (dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC), "copy")
    taken, reason = parsed
    try:
        size = path.stat().st_size
    except OSError:
        return BackupInfo(path, taken, reason, 0, readable=False)
    try:
        files.inspect_file(path)
        conn = _ro_connect(path)
    except (errors.WorkshopFileError, sqlite3.Error):
        return BackupInfo(path, taken, reason, size, readable=False)
    try:
        row = conn.execute("SELECT title FROM workshop ORDER BY id LIMIT 1").fetchone()
        return BackupInfo(
            path, taken, reason, size,
            title=row[0] if row else None,
            activities=_count(conn, "SELECT count(*) FROM activity WHERE deleted_at IS NULL"),
            participants=_count(conn, "SELECT count(*) FROM participant"),
            timer_events=_count(conn, "SELECT count(*) FROM timer_event"),
        )
    except sqlite3.Error:
        return BackupInfo(path, taken, reason, size, readable=False)
    finally:
        conn.close()


def backup_files(folder: Path) -> list[Path]:
    """The backups in ``folder``, newest first (by the time in their names)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [(parse_name(p.name), p) for p in folder.iterdir() if p.is_file()]
    return [p for parsed, p in sorted(((t, p) for t, p in found if t), reverse=True)]


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder`` with its time and content counts, newest first."""
    return [describe(p) for p in backup_files(folder)]


def to_keep(times: Iterable[dt.datetime], keep_last: int = KEEP_LAST,
            keep_hours: int = KEEP_HOURS, keep_days: int = KEEP_DAYS) -> set[dt.datetime]:
    """Which of the backup times the rotation keeps (a pure function of the times)."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[:keep_last])
    hours: dict[tuple[int, int, int, int], dt.datetime] = {}
    days: dict[dt.date, dt.datetime] = {}
    for t in ordered:  # newest first: the first seen of an hour/day is its newest
        hours.setdefault((t.year, t.month, t.day, t.hour), t)
        days.setdefault(t.date(), t)
    keep.update(sorted(hours.values(), reverse=True)[:keep_hours])
    keep.update(sorted(days.values(), reverse=True)[:keep_days])
    return keep


def rotate(folder: Path, keep_last: int = KEEP_LAST, keep_hours: int = KEEP_HOURS,
           keep_days: int = KEEP_DAYS) -> list[Path]:
    """Delete the backups the rotation does not keep; returns the deleted files."""
    remove_stale_temp(Path(folder))
    times: dict[Path, dt.datetime] = {}
    for p in backup_files(folder):
        parsed = parse_name(p.name)
        if parsed is not None and parsed[1] not in KEPT_REASONS:
            times[p] = parsed[0]
    keep = to_keep(times.values(), keep_last, keep_hours, keep_days)
    removed = []
    for path, taken in times.items():
        if taken not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass
    return removed


def fingerprint(path: Path) -> tuple[int, ...]:
    """A cheap token that changes whenever a commit reaches the workshop file.

    In WAL mode a commit appends to the -wal file and a checkpoint rewrites the file itself,
    so the sizes and modification times of both change; reading changes neither. No
    connection is held, so closing the workshop still checkpoints and removes its -wal.
    """
    token: list[int] = []
    for side in (path, path.with_name(path.name + "-wal")):
        try:
            st = side.stat()
            token += [st.st_mtime_ns, st.st_size]
        except OSError:
            token += [0, -1]
    return tuple(token)


class ChangeMonitor:
    """Tells whether a workshop file has had commits since the last backup was taken."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._seen = self.version()

    def version(self) -> tuple[int, ...]:
        return fingerprint(self.path)

    def changed(self) -> bool:
        return self.version() != self._seen

    def mark(self, version: tuple[int, ...]) -> None:
        """Record that the file as of ``version`` (read before copying) is backed up."""
        self._seen = version


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.unlink()


def restore_backup(backup: Path, target: Path, safety_folder: Path | None = None) -> Path | None:
    """Put the workshop in ``backup`` at ``target``.

    ``target`` is either a new file, or the workshop file itself, which the caller has
    closed: then the file's lock is taken (errors.Locked while another avtoituba or a
    command writes to it) and a safety copy of it as it was goes to ``safety_folder`` first
    (its path is returned; the rotation keeps it), so a restore can itself be undone. The
    backup is checked before anything is touched; a damaged backup raises BackupError and
    changes nothing. The restored file keeps the permissions of the file it replaces.
    """
    backup, target = Path(backup), Path(target)
    try:
        files.inspect_file(backup)
        if not files.integrity_ok(backup):
            raise BackupError(f"{backup}: the backup is damaged")
    except errors.WorkshopFileError as exc:
        raise BackupError(f"{backup}: {exc.message}") from exc
    except sqlite3.Error as exc:
        raise BackupError(f"{backup}: the backup cannot be read ({exc})") from exc
    if backup.resolve() == target.resolve():
        raise BackupError("a backup cannot be restored onto itself")
    with lock.claim(target):
        safety = None
        if target.exists():
            if safety_folder is None:
                raise BackupError(f"{target}: exists; give a folder for its safety copy")
            safety = _safety_copy(target, Path(safety_folder))
        staged = target.with_name(f".{target.name}.restoring")
        # Under the file's lock: what an interrupted restore staged is stale at any age,
        # the staged copy and copy_database's temporary file for it (".<staged>.*.tmp").
        for prefix in (staged.name, f".{staged.name}."):
            remove_leftovers(target.parent, prefix, tmp_suffixes("") + tmp_suffixes(".tmp"), 0)
        copy_database(backup, staged)
        if target.exists():
            os.chmod(staged, stat.S_IMODE(target.stat().st_mode))
        _remove_sidecars(target)
        os.replace(staged, target)
        _fsync_dir(target.parent)
    return safety


def _safety_copy(target: Path, folder: Path) -> Path:
    try:
        # A read-write connection: a -wal left by a crash is folded in, not lost.
        sqlite3.connect(target).close()
        return take_backup(target, folder, "before-restore").path
    except (BackupError, sqlite3.Error):
        # A damaged current file still gets kept, byte for byte, beside the backups.
        safety = folder / backup_name(dt.datetime.now(dt.UTC), "damaged")
        folder.mkdir(parents=True, exist_ok=True)
        safety.write_bytes(target.read_bytes())
        return safety


__all__ = [
    "KEEP_DAYS",
    "KEEP_HOURS",
    "KEEP_LAST",
    "KEPT_REASONS",
    "BackupError",
    "ChangeMonitor",
    "BackupInfo",
    "backup_files",
    "backup_name",
    "copy_database",
    "describe",
    "fingerprint",
    "list_backups",
    "parse_name",
    "restore_backup",
    "remove_stale_temp",
    "rotate",
    "take_backup",
    "to_keep",
]
