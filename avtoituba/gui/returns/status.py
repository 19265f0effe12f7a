"""Which municipalities' homework packs came back, and when: the words for one status, and
a small box for the Homework pack page. Both read ``core.returns_apply.return_status`` and
follow the undo stack, so an import, its undo and its redo show at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.returns_apply import ReturnStatus, return_status

from avtoituba.gui.shell.context import AppContext
from avtoituba.wording import fill

RETURNED = QColor("#1E6B3A")
MISSING = QColor("#6B6B6B")
ID_ROLE = Qt.ItemDataRole.UserRole


def when_text(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """30.11 14:05 (Estonian) or 30 Nov 14:05, in the laptop's time zone."""
    local = moment.astimezone() if moment.tzinfo else moment
    locale = locale or QLocale()
    day = (f"{local.day:02d}.{local.month:02d}" if locale.language()
           == QLocale.Language.Estonian else f"{local.day} {local.strftime('%b')}")
    return f"{day} {local.hour:02d}:{local.minute:02d}"


def status_text(status: ReturnStatus | None) -> str:
    """„Tagastatud 30.11 14:05“ or „Tagastamata“."""
    if status is None or status.last is None:
        return QCoreApplication.translate("ReturnStatus", "Not returned")
    return fill(QCoreApplication.translate("ReturnStatus", "Returned %1"), when_text(status.last))


def status_tooltip(status: ReturnStatus | None) -> str:
    """Each file imported for the municipality, with the time."""
    if status is None or not status.files:
        return QCoreApplication.translate("ReturnStatus",
                                          "No completed homework pack imported yet.")
    line = QCoreApplication.translate("ReturnStatus", "%1 (imported %2)")
    return "\n".join(fill(line, f.file_name, when_text(f.imported_at)) for f in status.files)


def statuses_by_id(context: AppContext) -> dict[int, ReturnStatus]:
    try:
        return {st.municipality_id: st for st in return_status(context.store)}
    except Exception:   # a file gone away: show no status rather than break the page
        return {}


class ReturnStatusBox(QGroupBox):
    """The municipalities with their return status, and the door to the import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("ReturnStatus", "Returned homework"), parent)
        self.context = context
        self._stale = False
        self.list = QListWidget()
        self.list.setObjectName("returnStatus")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(QCoreApplication.translate(
            "ReturnStatus", "&Import returned homework…"))
        self.import_button.clicked.connect(self.open_import)
        col = QVBoxLayout(self)
        col.addWidget(self.list, 1)
        col.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        col.addLayout(row)
        context.undo_stack.indexChanged.connect(self._undo_moved)
        self.refresh()

    def _undo_moved(self, _index: int) -> None:
        # every edit anywhere moves the undo stack: read the status only when it is seen
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        statuses = sorted(statuses_by_id(self.context).values(),
                          key=lambda st: st.name.casefold())
        self.list.clear()
        for st in statuses:
            item = QListWidgetItem(f"{st.name}\n    {status_text(st)}")
            item.setData(ID_ROLE, st.municipality_id)
            item.setToolTip(status_tooltip(st))
            item.setForeground(QBrush(RETURNED if st.returned else MISSING))
            self.list.addItem(item)
        back = sum(st.returned for st in statuses)
        self.summary.setText(fill(QCoreApplication.translate(
            "ReturnStatus", "%1 of %2 came back"), back, len(statuses)))
        self.import_button.setEnabled(not self.context.read_only)

    def open_import(self) -> None:
        from avtoituba.gui.returns.dialog import ReturnsDialog

        dialog = ReturnsDialog(self.context.store, self.context.undo_stack, self.window())
        dialog.open()
