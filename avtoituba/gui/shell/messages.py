"""Plain-language messages for what can go wrong with a workshop file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from avtoituba.store.errors import WorkshopFileError

from avtoituba.wording import fill

if TYPE_CHECKING:
    from pathlib import Path

    from avtoituba.core.backup import BackupInfo


def file_error_text(error: WorkshopFileError) -> tuple[str, str]:
    """(headline, what to do) for an error opening a workshop file."""
    name = error.path.name if error.path else ""
    code = error.code
    if code == "missing":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” was not found."), name),
                QCoreApplication.translate("FileMessages", "It may have been moved or renamed. Choose it again with File › Open."))
    if code == "empty":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” is empty."), name),
                QCoreApplication.translate("FileMessages", "The file has no content (0 bytes), perhaps from an interrupted copy. "
                    "Open the original or restore a backup."))
    if code == "not_sqlite":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” is not an avtoituba workshop file."), name),
                QCoreApplication.translate("FileMessages", "Choose a workshop file (.avtoituba). To bring in participants from a "
                    "spreadsheet, use the import on the Participants page."))
    if code == "not_workshop":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” belongs to another program."), name),
                QCoreApplication.translate("FileMessages", "It is a database, but not an avtoituba workshop. It was left unchanged."))
    if code == "newer":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” was saved by a newer avtoituba."), name),
                QCoreApplication.translate("FileMessages", "Update avtoituba to open it. The file was left unchanged."))
    if code == "corrupt":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” is damaged and cannot be opened."), name),
                QCoreApplication.translate("FileMessages", "Restore a backup with File › Restore from backup, or open a copy from "
                    "your USB stick. The file was left unchanged."))
    if code == "foreign_journal":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” has a journal beside it that does not belong to it."), name),
                fill(QCoreApplication.translate("FileMessages", "The file itself is sound, but “%1” beside it comes from another workshop or another copy of this one, and opening would mix the two. Move “%1” to another folder (keep it), then open the file again. Nothing was changed."), name + "-wal"))
    if code == "journal_read_only":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” cannot be opened on a read-only medium."), name),
                fill(QCoreApplication.translate("FileMessages", "The file is not damaged: its last changes wait in “%1” beside it, which cannot be read where nothing may be written. Copy the file together with “%1” to your computer and open it there."), name + "-wal"))
    if code == "read_only":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” cannot be written to."), name),
                QCoreApplication.translate("FileMessages", "It is on a read-only medium or folder. Open it read-only to look at it, "
                    "or copy it to your computer first."))
    if code == "disk_full":
        return (fill(QCoreApplication.translate("FileMessages", "The disk is full: the last change to “%1” was not saved."), name),
                QCoreApplication.translate("FileMessages", "Everything before it is safe in the file. Free some space on the disk "
                    "(empty the trash, move large files away), then do the last change again."))
    if code == "damaged":
        return damage_text(error.path, None)
    if code == "upgrade_failed":
        return (fill(QCoreApplication.translate("FileMessages", "“%1” could not be upgraded."), name),
                QCoreApplication.translate("FileMessages", "A copy of the file as it was is kept beside it (.bak)."))
    return (fill(QCoreApplication.translate("FileMessages", "“%1” could not be opened."), name), error.message)


def damage_text(path: Path | None, newest: BackupInfo | None) -> tuple[str, str]:
    """(headline, what to do) when damage is found in a file already open."""
    from avtoituba.gui.shell.formats import format_date

    name = path.name if path else ""
    headline = fill(QCoreApplication.translate(
        "FileMessages", "“%1” is damaged. avtoituba stopped writing to it."), name)
    if newest is None:
        advice = QCoreApplication.translate(
            "FileMessages", "The workshop is shown read-only so that nothing more is written to "
            "the damaged file. Open a copy from your USB stick, or look in File › Restore from "
            "backup for a backup.")
    else:
        local = newest.taken_at.astimezone()
        advice = fill(QCoreApplication.translate(
            "FileMessages", "The workshop is shown read-only so that nothing more is written to "
            "the damaged file. Restore the last good backup (%1 at %2) with File › Restore "
            "from backup."), format_date(local.date()), local.strftime("%H.%M"))
    return headline, advice
