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
