"""Why a workshop file could not be opened. Each error has a stable ``code`` the GUI
translates, and an English message for the command line and the log."""

from __future__ import annotations

from pathlib import Path


class WorkshopFileError(Exception):
    code = "error"

    def __init__(self, path: Path | str | None, message: str):
        super().__init__(message)
        self.path = Path(path) if path is not None else None
        self.message = message

    def __str__(self) -> str:
        return self.message


class FileMissing(WorkshopFileError):
    code = "missing"


class EmptyFile(WorkshopFileError):
    code = "empty"


class NotSQLite(WorkshopFileError):
    code = "not_sqlite"


class NotAWorkshop(WorkshopFileError):
    code = "not_workshop"


class NewerSchema(WorkshopFileError):
    code = "newer"


class CorruptFile(WorkshopFileError):
    code = "corrupt"


class ReadOnlyLocation(WorkshopFileError):
    code = "read_only"


class UpgradeFailed(WorkshopFileError):
    code = "upgrade_failed"


class Locked(WorkshopFileError):
    """Another avtoituba (a window, a command) has the file open for writing."""

    code = "locked"

    def __init__(self, path: Path | str | None, message: str, holder: object = None):
        super().__init__(path, message)
        self.holder = holder  # lock.Holder or None


class SpecialFile(WorkshopFileError):
    """A FIFO, a device, a socket or a symlink loop where a workshop file was expected."""

    code = "special"


class Exists(WorkshopFileError, FileExistsError):
    """A new workshop file was to be created where a file already is (or just appeared)."""

    code = "exists"


class DiskFull(WorkshopFileError):
    """The disk (or the user's quota) is full: the last change was not saved."""

    code = "disk_full"


class Damaged(WorkshopFileError):
    """Damage found while reading an open file (past the open-time check)."""

    code = "damaged"


class StorageFailed(WorkshopFileError):
    """Any other database failure, worded without SQL or library addresses."""

    code = "storage"


class ForeignJournal(WorkshopFileError):
    """The ``-wal`` beside a sound file does not fit it (another workshop's, or one whose
    pages would damage it): nothing was written; the trainer moves the -wal away."""

    code = "foreign_journal"


class JournalOnReadOnly(WorkshopFileError):
    """A sound file on a read-only medium with changes waiting in a ``-wal`` that SQLite
    cannot read there (no -shm, none can be made): copy both to a writable folder."""

    code = "journal_read_only"
