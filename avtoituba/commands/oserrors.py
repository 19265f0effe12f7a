"""Failures of the file system worded for the command line: one line that names the file
the trainer knows (never a hidden temporary one) and says what to do, in the language of
``--lang`` (Estonian by default) from the catalogues."""

from __future__ import annotations

import errno
from pathlib import Path

from avtoituba.commands import CommandError
from avtoituba.wording import QT_TRANSLATE_NOOP, Message, Words

FILE_WORDS = Words("CliFiles", {
    "disk_full": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: the disk is full; free some space and try again"),
    "read_only": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: the disk is read-only; choose a folder you can write to"),
    "denied": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: permission denied; choose a file or folder you can write to"),
    "exists": QT_TRANSLATE_NOOP("CliFiles", "%1: already exists; choose another name"),
    "not_folder": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: is a file, not a folder; give a folder"),
    "is_folder": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: is a folder; give a file name"),
    "missing": QT_TRANSLATE_NOOP("CliFiles", "%1: no such file or folder"),
    "other": QT_TRANSLATE_NOOP("CliFiles", "%1: could not be read or written (%2)"),
    "foreign_journal": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: the file is sound, but the %2 beside it does not belong to it (it is "
        "from another workshop or another copy of this one). Move %2 to another folder "
        "(keep it) and open the file again"),
    "journal_read_only": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: the file is not damaged, but its last changes wait in %2 beside it, "
        "which cannot be read on a read-only medium. Copy the file together with %2 to a "
        "folder you can write to and open it there"),
    "out_is_file": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: is a file, not a folder; give %2 a folder (it is created when it "
        "does not exist)"),
    "not_written_full": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: not written: the disk is full; free some space and try again"),
    "not_written_read_only": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: not written: the folder %2 is read-only; write to a folder you can "
        "write to"),
    "not_written_folder": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: not written: is a folder; give a file name ending in .docx"),
    "not_written_no_folder": QT_TRANSLATE_NOOP(
        "CliFiles", "%1: not written: %2 is not a folder"),
    "not_written": QT_TRANSLATE_NOOP("CliFiles", "%1: not written: %2"),
})


def os_error_text(exc: OSError) -> str:
    """An OS error as one worded line naming the file (Estonian unless --lang en)."""
    where = exc.filename if exc.filename is not None else ""
    return str(_os_error(exc, where)).lstrip(": ")


def _os_error(exc: OSError, where: object) -> Message:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return FILE_WORDS("disk_full", where)
    if exc.errno == errno.EROFS:
        return FILE_WORDS("read_only", where)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return FILE_WORDS("denied", where)
    if isinstance(exc, FileExistsError):
        return FILE_WORDS("exists", where)
    if isinstance(exc, NotADirectoryError):
        return FILE_WORDS("not_folder", where)
    if isinstance(exc, IsADirectoryError):
        return FILE_WORDS("is_folder", where)
    if isinstance(exc, FileNotFoundError):
        return FILE_WORDS("missing", where)
    return FILE_WORDS("other", where, exc.strerror or exc)


def store_error_text(exc: object) -> object:
    """A workshop file's refusal: worded from the catalogues where the CLI has the words."""
    path = getattr(exc, "path", None)
    code = getattr(exc, "code", "")
    if path is not None and code in ("foreign_journal", "journal_read_only"):
        return FILE_WORDS(code, path, path.name + "-wal")
    return getattr(exc, "message", exc)


def check_out_folder(out: str | Path, option: str = "--out") -> Path:
    """``out`` as a folder to write into: refused at once when it names a file."""
    folder = Path(out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CommandError(FILE_WORDS("out_is_file", folder, option))
    for parent in folder.parents:  # a file on the way (afile/out) is no folder either
        if parent.exists():
            if not parent.is_dir():
                raise CommandError(FILE_WORDS("out_is_file", parent, option))
            break
    return folder


def write_failed(target: Path, exc: OSError) -> Message:
    """A document ``target`` could not be written: named, with what to do."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return FILE_WORDS("not_written_full", target)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FILE_WORDS("not_written_read_only", target, target.parent)
    if isinstance(exc, IsADirectoryError):
        return FILE_WORDS("not_written_folder", target)
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        return FILE_WORDS("not_written_no_folder", target, target.parent)
    return FILE_WORDS("not_written", target, exc.strerror or exc)
