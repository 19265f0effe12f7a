"""Looking at a workshop file before anything is written to it: is it a regular file, a
SQLite database, an avtoituba workshop of a schema this version knows, and whole?

Read-only throughout: a file that is refused is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from avtoituba.store import errors, schema

SQLITE_MAGIC = b"SQLite format 3\x00"

def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only and writes nothing beside it.

    In a folder that cannot be written to (a locked USB stick, a CD, a read-only share),
    SQLite cannot create the WAL index (-shm) a reader needs; a file with no -wal left beside
    it is then opened as immutable, which needs neither.
    """
    uri = f"file:{quote(path.as_posix())}?mode=ro"
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


def snapshot_uri(path: Path) -> str:
    """An SQLite URI for a short look at ``path`` (inspecting, checking, copying) that leaves
    nothing behind: with no -wal beside the file no connection has it open (a connection to
    a WAL file always has one), so it is read as immutable and no -wal/-shm is created."""
    uri = readonly_uri(path)
    if "immutable=1" not in uri and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


@dataclass(frozen=True)
class FileCheck:
    revision: str | None  # None: no alembic_version (an empty database)
    has_workshop_table: bool


def resolve(target: str | os.PathLike[str]) -> Path:
    """The absolute path of a workshop file; a symlink loop is refused with one line."""
    path = Path(target).expanduser()
    try:
        return path.resolve()
    except (RuntimeError, OSError) as exc:  # Python 3.11: RuntimeError on a symlink loop
        raise errors.SpecialFile(path, f"{path}: a link that points to itself (a symlink "
                                       "loop), not a workshop file") from exc


def check_regular(path: Path) -> None:
    """Refuse at once what is not a plain file: a FIFO would hang a reader for ever, a
    device would be read without end."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise errors.FileMissing(path, f"{path}: no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise errors.SpecialFile(path, f"{path}: a link that points to itself (a "
                                           "symlink loop), not a workshop file") from exc
        raise errors.CorruptFile(path, f"{path}: cannot be read ({exc.strerror})") from exc
    if stat.S_ISDIR(mode):
        raise errors.NotSQLite(path, f"{path}: is a folder, not a workshop file")
    if not stat.S_ISREG(mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
        raise errors.SpecialFile(path, f"{path}: is {kind}, not a workshop file")


def inspect_file(path: Path) -> FileCheck:
    """Read a file's kind and schema revision without writing anything to it."""
    check_regular(path)
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise errors.CorruptFile(path, f"{path}: cannot be read ({exc.strerror})") from exc
    if not header:
        raise errors.EmptyFile(path, f"{path}: the file is empty (0 bytes)")
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotSQLite(path, f"{path}: not an avtoituba workshop file (not SQLite)")
    if len(header) < 100:
        raise errors.CorruptFile(path, f"{path}: the file is truncated")
    try:
        conn = sqlite3.connect(snapshot_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise errors.CorruptFile(path, f"{path}: cannot be opened ({exc})") from exc
    try:
        tables = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if "workshop" in tables:
            conn.execute("SELECT count(*) FROM workshop").fetchone()
        # A damaged page anywhere (not only those read above) refuses the file before it
        # is opened for writing. quick_check reads every page once: ~10 ms for a full day.
        check = conn.execute("PRAGMA quick_check(1)").fetchone()
        if check is None or check[0] != "ok":
            raise errors.CorruptFile(
                path, f"{path}: the file is damaged ({_one_line(check[0] if check else '')})")
    except sqlite3.DatabaseError as exc:
        raise errors.CorruptFile(path, f"{path}: the file is damaged ({exc})") from exc
    finally:
        conn.close()
    if revision is None or "workshop" not in tables:
        raise errors.NotAWorkshop(
            path, f"{path}: an SQLite database, but not an avtoituba workshop file"
        )
    if revision not in schema.REVISIONS:
        raise errors.NewerSchema(
            path,
            f"{path}: written by a newer version of avtoituba (schema {revision}); "
            "update avtoituba to open it",
        )
    return FileCheck(revision=revision, has_workshop_table=True)


def _one_line(text: str) -> str:
    return " ".join(str(text).replace("*", "").split()) or "no answer"


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(snapshot_uri(path), uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# --- migrations -----------------------------------------------------------------------------
