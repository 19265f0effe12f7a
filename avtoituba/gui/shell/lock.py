"""One writer per workshop file: a QLockFile beside the file while it is open for writing.

A second avtoituba on the same file is told who holds it (process, computer) and offered
read-only viewing. A lock left by a crashed or killed avtoituba is stale (its process is
gone) and is taken over without a question. When the workshop's folder cannot be written
to, the lock goes to the user's data folder instead.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from avtoituba.gui.shell.backups import data_dir

if TYPE_CHECKING:
    from avtoituba.store import db

log = logging.getLogger("avtoituba.lock")


def lock_path(path: Path) -> Path:
    """The lock file of the workshop file ``path``."""
    path = Path(path).resolve()
    if os.access(path.parent, os.W_OK):
        return path.with_name(f".{path.name}.lock")
    digest = hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return data_dir() / "locks" / f"{path.stem}-{digest}.lock"


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    app: str


class WorkshopLock:
    """The lock of one workshop file."""

    def __init__(self, path: Path):
        self.path = Path(path).resolve()
        self.file = lock_path(self.path)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.file))
        # Held all day: never stale by age, only when its process is gone.
        self._lock.setStaleLockTime(0)

    def try_lock(self) -> bool:
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return False
        # A lock file left empty by a power loss: plain tryLock never calls it stale (no age
        # limit), Qt's explicit check does.
        if self._lock.removeStaleLockFile():
            return self._lock.tryLock(0)
        return False

    def error(self) -> QLockFile.LockError:
        return self._lock.error()

    def holder(self) -> Holder | None:
        info = self._lock.getLockInfo()
        if not info or not isinstance(info, tuple) or len(info) != 3:
            return None
        pid, host, app = info
        return Holder(int(pid), str(host), str(app))

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def unlock(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def holder_text(path: Path, holder: Holder | None) -> str:
    name = Path(path).name
    if holder is None:
        return QCoreApplication.translate(
            "FileLock", "“%1” is open in another avtoituba.").replace("%1", name)
    return (QCoreApplication.translate(
        "FileLock", "“%1” is open in another avtoituba (process %2 on the computer “%3”).")
        .replace("%1", name).replace("%2", str(holder.pid)).replace("%3", holder.host))


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


class WorkshopLocks:
    """The locks of the workshops one window has open for writing."""

    def __init__(self) -> None:
        self._held: dict[Path, WorkshopLock] = {}

    def claim(self, store: db.Store, parent: QWidget | None = None) -> db.Store | None:
        """Lock ``store``'s file before it is shown. When another avtoituba holds it, say
        who and offer read-only viewing: returns the store to show (``store`` itself, the
        file reopened read-only) or None when the user cancels (``store`` is then closed)."""
        if store.path is None or store.read_only:
            return store
        path = store.path.resolve()
        if path in self._held:
            return store
        try:
            lock = WorkshopLock(path)
            locked = lock.try_lock()
        except OSError as exc:  # no folder anywhere for a lock: work on without one
            log.warning("no lock for %s: %s", path, exc)
            return store
        if locked:
            self._held[path] = lock
            return store
        if lock.error() == QLockFile.LockError.PermissionError:
            log.warning("cannot write the lock %s; working without one", lock.file)
            return store
        holder = lock.holder()
        store.close()
        title = QCoreApplication.translate("FileLock", "Workshop already open")
        advice = QCoreApplication.translate(
            "FileLock", "Only one avtoituba at a time can change a workshop, so that nothing "
            "typed in one is lost in the other. Switch to the avtoituba that has it open, or "
            "open it here read-only to look at it.")
        if not offer_read_only(parent, title, holder_text(path, holder), advice):
            return None
        from avtoituba.store import db

        return db.open_store(path, read_only=True, workshop_id=store.workshop_id)

    def keep_only(self, store: db.Store | None) -> None:
        """Release every lock but the one of ``store`` (after switching workshops)."""
        keep = store.path.resolve() if store is not None and store.path is not None \
            and not store.read_only else None
        for path in list(self._held):
            if path != keep:
                self._held.pop(path).unlock()

    def release_all(self) -> None:
        self.keep_only(None)

    def held(self) -> list[Path]:
        return list(self._held)
