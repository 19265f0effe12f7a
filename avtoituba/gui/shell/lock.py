"""One writer per workshop file, in the window: the dialogs around the store's lock.

The lock itself is the store's (``avtoituba.store.lock``: an OS lock beside the file, so the
command line honours it too, and a killed avtoituba leaves none behind). Here: a second
avtoituba on the same file is told who holds it and offered read-only viewing, and the
window keeps the lock of the workshop it shows while it reopens or restores it. When the
workshop's folder cannot be written to, the lock goes to the user's data folder instead.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from avtoituba.store import errors
from avtoituba.store import lock as store_lock
from avtoituba.store.lock import Holder

from avtoituba.gui.shell.settings import user_data_dir as data_dir
from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.store import db

log = logging.getLogger("avtoituba.lock")


def lock_path(path: Path) -> Path:
    """The lock file of the workshop file ``path``."""
    return store_lock.lock_path(path, data_dir() / "locks")


class WorkshopLock(store_lock.WorkshopLock):
    """The store's lock, falling back to the user's data folder."""

    def __init__(self, path: Path):
        super().__init__(path, data_dir() / "locks")


def holder_text(path: Path, holder: Holder | None) -> str:
    name = Path(path).name
    if holder is None:
        return fill(QCoreApplication.translate(
            "FileLock", "“%1” is open in another avtoituba."), name)
    return fill(QCoreApplication.translate(
        "FileLock", "“%1” is open in another avtoituba (process %2 on the computer “%3”)."),
        name, str(holder.pid), holder.host)


def offer_read_only(parent: QWidget | None, title: str, headline: str, advice: str) -> bool:
    """Ask whether to open a workshop read-only instead; True: yes."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, headline,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(advice)
    read_only = box.addButton(
        QCoreApplication.translate("FileLock", "Open &read-only"),
        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def offer_read_only_when_locked(parent: QWidget | None, error: errors.Locked) -> bool:
    """Tell who holds the file of ``error`` and ask whether to open it read-only."""
    title = QCoreApplication.translate("FileLock", "Workshop already open")
    advice = QCoreApplication.translate(
        "FileLock", "Only one avtoituba at a time can change a workshop, so that nothing "
        "typed in one is lost in the other. Switch to the avtoituba that has it open, or "
        "open it here read-only to look at it.")
    holder = error.holder if isinstance(error.holder, Holder) else None
    return offer_read_only(parent, title, holder_text(error.path or Path(), holder), advice)


class WorkshopLocks:
    """The locks of the workshops one window has open for writing (a share of the store's
    lock each, so the file stays locked while the window closes and reopens it)."""

    def __init__(self) -> None:
        self._held: dict[Path, store_lock.Lease] = {}

    def claim(self, store: db.Store, parent: QWidget | None = None) -> db.Store | None:
        """Keep ``store``'s file locked while it is shown. When another avtoituba holds it,
        say who and offer read-only viewing: returns the store to show (``store`` itself,
        the file reopened read-only) or None when the user cancels (``store`` is closed)."""
        if store.path is None or store.read_only:
            return store
        path = store.path.resolve()
        if path in self._held:
            return store
        try:
            self._held[path] = store_lock.claim(path, data_dir() / "locks")
            return store
        except OSError as exc:  # no folder anywhere for a lock: work on without one
            log.warning("no lock for %s: %s", path, exc)
            return store
        except errors.Locked as exc:
            store.close()
            if not offer_read_only_when_locked(parent, exc):
                return None
        from avtoituba.store import db

        return db.open_store(path, read_only=True, workshop_id=store.workshop_id)

    def keep_only(self, store: db.Store | None) -> None:
        """Release every lock but the one of ``store`` (after switching workshops)."""
        keep = store.path.resolve() if store is not None and store.path is not None \
            and not store.read_only else None
        for path in list(self._held):
            if path != keep:
                self._held.pop(path).release()

    def release_all(self) -> None:
        self.keep_only(None)

    def held(self) -> list[Path]:
        return list(self._held)
