"""Looking at a workshop file before anything is written to it: is it a regular file, a
SQLite database, an avtoituba workshop of a schema this version knows, and whole?

Read-only throughout: a file that is refused is left exactly as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import tempfile
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



def is_url(target: str | os.PathLike[str]) -> bool:
    """Whether ``target`` names a database by URL (the season's PostgreSQL) rather than a file."""
    return isinstance(target, str) and "://" in target


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
    wal = path.with_name(path.name + "-wal")
    if _left_journal(path):
        check_left_journal(path)
    try:
        conn = sqlite3.connect(snapshot_uri(path), uri=True)
    except sqlite3.Error as exc:
        check_left_journal(path)
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
            if wal.exists():
                check_left_journal(path)
            raise errors.CorruptFile(
                path, f"{path}: the file is damaged ({_one_line(check[0] if check else '')})")
    except sqlite3.DatabaseError as exc:
        if wal.exists():
            check_left_journal(path)
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


def _left_journal(path: Path) -> bool:
    """A -wal with content but no -shm beside the file: no connection has it open (a live
    one always keeps a -shm), so the -wal was left by a crash, or came from elsewhere."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 32 and not path.with_name(path.name + "-shm").exists()
    except OSError:
        return False


def _workshop_ids(copy: Path) -> set[str | None] | None:
    """The workshops' ids in a throwaway copy (its -wal folded in), None if it is damaged."""
    try:
        conn = sqlite3.connect(copy)
    except sqlite3.Error:
        return None
    try:
        # integrity_check, not quick_check: pages from another file leave a table and its
        # indexes disagreeing, which only the full check sees (a rare look, worth its time).
        check = conn.execute("PRAGMA integrity_check(1)").fetchone()
        if check is None or check[0] != "ok":
            return None
        return {r[0] for r in conn.execute("SELECT uuid FROM workshop NOT INDEXED")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def check_left_journal(path: Path) -> None:
    """Tell a file with a -wal beside it that is not damaged from one that is.

    The file and its -wal are copied to a temporary folder and read there (the originals
    are not touched): a sound file whose -wal does not fit it raises errors.ForeignJournal;
    a sound file and -wal on a medium where SQLite cannot read the -wal in place raise
    errors.JournalOnReadOnly. Anything else returns (the caller's own check decides).
    """
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return
    try:
        with tempfile.TemporaryDirectory(prefix="avtoituba-look-") as tmp:
            bare = Path(tmp, "bare.avtoituba")
            shutil.copyfile(path, bare)
            alone = _workshop_ids(bare)
            both = Path(tmp, "both.avtoituba")
            shutil.copyfile(path, both)
            shutil.copyfile(wal, Path(tmp, "both.avtoituba-wal"))
            together = _workshop_ids(both)
    except OSError:
        return
    if alone is None:
        return  # the file itself is damaged
    if together is None or (None not in alone and None not in together
                            and alone.isdisjoint(together)):
        raise errors.ForeignJournal(
            path, f"{path}: the file is sound, but the {wal.name} beside it does not belong "
                  "to it (it is from another workshop or another copy of this one). Move "
                  f"{wal.name} to another folder (keep it) and open the file again")
    if not os.access(path.parent, os.W_OK) and _left_journal(path):
        raise errors.JournalOnReadOnly(
            path, f"{path}: the file is not damaged, but its last changes wait in "
                  f"{wal.name} beside it, which cannot be read on a read-only medium. Copy "
                  f"the file together with {wal.name} to a folder you can write to and open "
                  "it there")


def _one_line(text: str) -> str:
    return " ".join(str(text).replace("*", "").split()) or "no answer"


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(snapshot_uri(path), uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# --- migrations -----------------------------------------------------------------------------
