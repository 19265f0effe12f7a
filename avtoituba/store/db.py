"""Opening, creating and upgrading workshop files.

One workshop lives in one SQLite file (WAL, foreign keys on, synchronous=FULL). Anything
SQLAlchemy can reach works too: pass a URL instead of a path. A file is inspected read-only
before anything is written to it, so a file that is refused is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from avtoituba.store import FILE_SUFFIX, errors, lock, schema
from avtoituba.store.inspect_file import (  # noqa: F401 - part of db's interface
    SQLITE_MAGIC,
    FileCheck,
    _one_line,
    check_regular,
    inspect_file,
    integrity_ok,
    is_url,
    readonly_uri,
    resolve,
    snapshot_uri,
)
from avtoituba.store.leftovers import remove_leftovers, tmp_suffixes
from avtoituba.store.models import Base, Workshop

#: WAL pages after which a commit checkpoints into the file (SQLite's default is 1000).
AUTOCHECKPOINT_PAGES = 1






def _install_sqlite_pragmas(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            # Every commit is copied into the file itself at once (a passive checkpoint by
            # the committing connection), so the .avtoituba file alone, as a file manager
            # copies it, holds every saved change; the -wal only holds a commit in flight.
            cur.execute("PRAGMA wal_autocheckpoint=" + str(int(AUTOCHECKPOINT_PAGES)))
        cur.close()


def make_engine(url: str, read_only: bool = False) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine, read_only)
    return engine


def leaves_nothing_when_read(path: Path) -> bool:
    """Whether a read-only open of ``path`` connects read-write under ``query_only``.

    A read-only (``mode=ro``) connection to a WAL file makes a -wal and a -shm beside it
    and, unable to write, cannot remove them when it closes. When neither is there (no one
    has the file open) and the file and its folder may be written, the reader connects
    read-write with every change refused (``PRAGMA query_only``): the last connection to
    close then removes both, so ``info``, ``list`` and ``export`` leave the folder as they
    found it. A file with a -wal beside it (open elsewhere, or left by a crash) is read
    ``mode=ro`` as before, and the -wal is left as it is.
    """
    if any(os.path.lexists(f"{path}{side}") for side in ("-wal", "-shm", "-journal")):
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def file_engine(path: Path, read_only: bool = False, pragmas: bool = True) -> Engine:
    """An engine on the SQLite file ``path``, whatever characters its name holds.

    The path never goes through a URL: a name with ``#``, ``?`` or ``%`` (a municipality's
    name, a trainer's choice) would otherwise open or create a different file.
    """
    target = str(path)
    uri = readonly_uri(path) if read_only else None
    quiet_uri = f"file:{quote(path.as_posix())}?mode=rw" \
        if read_only and leaves_nothing_when_read(path) else None

    def connect() -> sqlite3.Connection:
        if quiet_uri is not None:  # see leaves_nothing_when_read
            conn = sqlite3.connect(quiet_uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only=ON")
            return conn
        if uri is not None:
            return sqlite3.connect(uri, uri=True, check_same_thread=False)
        return sqlite3.connect(target, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    if pragmas:
        _install_sqlite_pragmas(engine, read_only)
    return engine


@dataclass
class Store:
    """An open workshop: the engine, a session factory and which workshop it holds.

    A file opened for writing holds the file's lock (``lease``) until it is closed. When
    reading the file meets damage the open-time check could not see, the store turns
    read-only (nothing more is written) and calls ``on_damage`` once with the error.
    """

    engine: Engine
    workshop_id: int
    path: Path | None = None
    read_only: bool = False
    lease: lock.Lease | None = None
    on_damage: Callable[[errors.Damaged], None] | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.damage: errors.Damaged | None = None
        _translate_errors(self)

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on an exception."""
        with self._sessions() as session, session.begin():
            yield session

    @property
    def name(self) -> str:
        return self.path.name if self.path else self.engine.url.render_as_string(True)

    def checkpoint(self) -> bool:
        """Copy every committed change into the file itself (True: all of it is there)."""
        if self.read_only or self.engine.dialect.name != "sqlite":
            return True
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return row is not None and row[0] == 0

    def damaged(self, error: errors.Damaged) -> None:
        """Damage was found: write nothing more, tell the owner once."""
        if self.damage is not None:
            return
        self.damage = error
        self.read_only = True
        if self.on_damage is not None:
            self.on_damage(error)

    def close(self) -> None:
        try:
            self.engine.dispose()  # the last connection checkpoints and removes the -wal
        finally:
            if self.lease is not None:
                self.lease.release()
                self.lease = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


_FULL = ("database or disk is full", "disk quota")
_DAMAGE = ("could not decode", "malformed", "file is not a database", "disk i/o error",
           "database disk image")
_WRITES = ("insert", "update", "delete", "replace", "create", "drop", "alter")


def classify(exc: BaseException, path: Path | None) -> errors.WorkshopFileError | None:
    """A store error for a database failure worth its own words (None: leave it as it is)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    where = str(path) if path else "the workshop"
    if any(k in text for k in _FULL):
        return errors.DiskFull(path, f"{where}: the disk is full; the last change was not "
                                     "saved. Free some space and try again")
    if any(k in text for k in _DAMAGE):
        return errors.Damaged(path, f"{where}: the file is damaged ({_one_line(text)})")
    return None


def _translate_errors(store: Store) -> None:
    """Raise store errors (codes the GUI and CLI word) instead of raw database errors for a
    full disk and damage; damage also turns the store read-only. Writes to a store turned
    read-only are refused before they reach the file."""
    engine = store.engine

    @event.listens_for(engine, "handle_error")
    def _on_error(context) -> errors.WorkshopFileError | None:
        exc = context.original_exception
        if isinstance(exc, errors.WorkshopFileError):
            return None
        error = classify(exc, store.path)
        if isinstance(error, errors.Damaged):
            store.damaged(error)
        if error is not None:
            raise error from exc
        return None

    @event.listens_for(engine, "before_cursor_execute")
    def _refuse_writes(conn, cursor, statement, params, context, executemany):
        if store.damage is not None and statement.lstrip()[:7].lower().startswith(_WRITES):
            raise errors.Damaged(store.path, store.damage.message)


# --- inspecting a file before touching it ---------------------------------------------------

def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (imports Alembic: only when due)."""
    from avtoituba.store.migrations import run_upgrade

    run_upgrade(engine, revision)


def backup_copy(path: Path, suffix: str) -> Path:
    """A consistent copy of an SQLite file beside it, through SQLite's online backup."""
    target = path.with_name(f"{path.name}.{suffix}.bak")
    src = sqlite3.connect(snapshot_uri(path), uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


# --- opening and creating -------------------------------------------------------------------

def _first_workshop_id(engine: Engine, where: str) -> int:
    with Session(engine) as session:
        workshop_id = session.query(Workshop.id).order_by(Workshop.id).limit(1).scalar()
    if workshop_id is None:
        raise errors.NotAWorkshop(None, f"{where}: holds no workshop")
    return workshop_id


def open_store(
    target: str | os.PathLike[str], read_only: bool = False, workshop_id: int | None = None,
    lease: lock.Lease | None = None,
) -> Store:
    """Open an existing workshop file (or URL), upgrading an older schema after a backup.

    A file opened for writing is locked first (errors.Locked names who holds it); pass
    ``lease`` to open under a lock already held (the store then owns it).
    """
    if is_url(target):
        engine = make_engine(str(target), read_only)
        if current_revision(engine) != schema.HEAD:
            upgrade(engine)
        wid = workshop_id or _first_workshop_id(engine, str(target))
        return Store(engine, wid, None, read_only)

    path = resolve(target)
    if read_only:
        return _open_file(path, True, workshop_id, None)
    check_regular(path)
    _check_writable(path)
    if lease is None:
        try:
            lease = lock.claim(path)
        except PermissionError as exc:
            raise errors.ReadOnlyLocation(
                path, f"{path}: its folder is read-only; open it read-only or copy it "
                      "elsewhere") from exc
    try:
        return _open_file(path, False, workshop_id, lease)
    except BaseException:
        lease.release()
        raise


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise errors.ReadOnlyLocation(path, f"{path}: the file is read-only; open it read-only")
    if not os.access(path.parent, os.W_OK):
        raise errors.ReadOnlyLocation(
            path, f"{path}: its folder is read-only; open it read-only or copy it elsewhere"
        )


def _open_file(path: Path, read_only: bool, workshop_id: int | None,
               lease: lock.Lease | None) -> Store:
    check = inspect_file(path)
    if not read_only:
        _check_writable(path)
    if check.revision != schema.HEAD:
        if read_only:
            raise errors.UpgradeFailed(
                path, f"{path}: made by an older version; open it for writing to upgrade it"
            )
        backup_copy(path, f"before-{schema.HEAD}")
        engine = file_engine(path)
        try:
            upgrade(engine)
        except Exception as exc:
            engine.dispose()
            raise errors.UpgradeFailed(path, f"{path}: upgrade failed ({exc})") from exc
    else:
        engine = file_engine(path, read_only)
    try:
        wid = workshop_id or _first_workshop_id(engine, str(path))
    except Exception:
        engine.dispose()
        raise
    return Store(engine, wid, path, read_only, lease)


def create_schema(engine: Engine) -> None:
    """Create every table of the current schema and record its revision (a new file)."""
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        # The same table Alembic makes, so a new file equals a migrated one.
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version "
                          "(version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                     {"v": schema.HEAD})


def create_file(path: Path, fill: Callable[[Session], Workshop]) -> Store:
    """Create a new workshop file, never replacing one: lock the name, build the file under
    a temporary name, then publish it with a hard link, which fails when a file of that name
    appeared meanwhile (errors.Exists; the other file is left as it is).

    ``fill`` adds the workshop (and its programme) to the session it is given.
    """
    path = resolve(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lease = lock.claim(path)  # errors.Locked: another avtoituba is creating or using it
    try:
        if os.path.lexists(path):
            raise errors.Exists(path, f"{path}: already exists; choose another name")
        # Under the name's lock: a temporary file of an earlier, interrupted create is stale.
        remove_leftovers(path.parent, f".{path.name}.", tmp_suffixes(".tmp"), 0)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                        dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            engine = file_engine(tmp, pragmas=False)
            try:
                create_schema(engine)
                with Session(engine) as session, session.begin():
                    fill(session)
            finally:
                engine.dispose()
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            _publish(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return open_store(path, lease=lease)
    except BaseException:
        lease.release()
        raise


def _publish(tmp: Path, path: Path) -> None:
    """Give the complete file ``tmp`` the name ``path`` unless that name is taken."""
    try:
        os.link(tmp, path)
        return
    except FileExistsError:
        raise errors.Exists(path, f"{path}: already exists; choose another name") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV,
                             errno.EMLINK, errno.ENOSYS):
            raise
    # A file system without hard links (a FAT USB stick): claim the name exclusively, then
    # put the file in its place (we hold the lock, so no avtoituba writes it meanwhile).
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except FileExistsError:
        raise errors.Exists(path, f"{path}: already exists; choose another name") from None
    os.replace(tmp, path)


def create_in_url(url: str, fill: Callable[[Session], Workshop]) -> Store:
    """Create the schema (if needed) and a new workshop in any SQLAlchemy database."""
    engine = make_engine(url)
    if current_revision(engine) is None:
        create_schema(engine)
    elif current_revision(engine) != schema.HEAD:
        upgrade(engine)
    with Session(engine) as session, session.begin():
        workshop = fill(session)
        session.flush()
        wid = workshop.id
    return Store(engine, wid, None, False)


def save_copy(store: Store, target: Path) -> Path:
    """Write a consistent copy of the open workshop file to ``target`` (File › Save a copy)."""
    if store.path is None:
        raise ValueError("only a workshop file can be copied")
    target = Path(target).expanduser().resolve()
    if target == store.path:
        raise ValueError("choose another name than the open file")
    tmp = target.with_name(f".{target.name}.tmp")
    src = sqlite3.connect(readonly_uri(store.path), uri=True)
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    os.replace(tmp, target)
    return target


__all__ = [
    "FILE_SUFFIX",
    "Store",
    "backup_copy",
    "create_file",
    "create_in_url",
    "inspect_file",
    "integrity_ok",
    "open_store",
    "save_copy",
]
