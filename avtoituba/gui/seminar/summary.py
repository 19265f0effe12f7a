"""The follow-up seminar's summary (.docx and .xlsx), written from the Seminar page into a
folder the trainer chooses, on a worker thread (the file is read through its own
read-only store)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from avtoituba.gui.shell import tasks
from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.gui.seminar.page import SeminarPage


def export_summary(page: SeminarPage) -> None:
    folder = QFileDialog.getExistingDirectory(
        page, QCoreApplication.translate("SeminarPage", "Folder for the seminar summary"),
        str(Path.home()))
    if folder:
        tasks.start(write_summary(page, Path(folder)))


async def write_summary(page: SeminarPage, folder: Path) -> list[Path]:
    from avtoituba.export.seminar_summary import export_summary as write

    path = page.context.store.path
    if path is None:
        return []

    def work(progress) -> list[Path]:
        from avtoituba.store.db import open_store

        with open_store(path, read_only=True) as store:
            return write(store, folder)

    try:
        files = await tasks.run_in_background(work)
    except Exception:
        page._problem(fill(QCoreApplication.translate(
            "SeminarPage", "The summary could not be written into %1. Choose a folder you "
            "can write to and try again."), folder))
        return []
    page.context.services["seminar_summary"] = files
    return files
