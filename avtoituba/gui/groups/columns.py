"""The group columns of the page: each group's name, theme statement and members, with
drag and drop between columns. Columns only show and report; the page saves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.groups import GroupView, Member

from avtoituba.resources import resource_path
from avtoituba.wording import fill

MIME = "application/x-avtoituba-participants"
ID_ROLE = Qt.ItemDataRole.UserRole


def _icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def encode_ids(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME):
        return []
    raw = bytes(mime.data(MIME).data()).decode("ascii", "replace")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


class MemberList(QListWidget):
    """The members of one group (or of nobody's); drop people here to move them."""

    dropped = Signal(list, object)  # participant ids, group id (None: out of the groups)

    def __init__(self, group_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.group_id = group_id
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setIconSize(QSize(16, 16))
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setObjectName("memberList")

    def selected_ids(self) -> list[int]:
        return [int(item.data(ID_ROLE)) for item in self.selectedItems()]

    def ids(self) -> list[int]:
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]

    # -- drag and drop --------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        return encode_ids([int(item.data(ID_ROLE)) for item in items])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME) and event.source() is not self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = decode_ids(event.mimeData())
        if not ids or event.source() is self:
            event.ignore()
            return
        # the page saves and rebuilds the lists; Qt must not move the items itself
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(ids, self.group_id)


class GroupColumn(QFrame):
    """One group: heading, theme statement, member count, members."""

    def __init__(self, group_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.group_id = group_id
        self.setObjectName("groupColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("groupHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.statement = QLabel()
        self.statement.setObjectName("groupStatement")
        self.statement.setWordWrap(True)
        self.statement.setStyleSheet("color: palette(dark);")
        self.statement.setSizePolicy(QSizePolicy.Policy.Preferred,
                                     QSizePolicy.Policy.Minimum)
        self.count = QLabel()
        self.count.setObjectName("groupCount")
        self.list = MemberList(group_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.statement)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        self._lock = _icon("lock")
        self._star = _icon("presenter")

    def set_group(self, title: str, statement: str, members: Sequence[Member]) -> None:
        selected = set(self.list.selected_ids())
        self.heading.setText(title)
        self.statement.setText(statement)
        self.statement.setVisible(bool(statement))
        munis = len({m.municipality.casefold() for m in members if m.municipality})
        self.count.setText(fill("%1, %2", self.tr("%n people", "", len(members)),
                                self.tr("%n municipalities", "", munis)))
        self.list.clear()
        for m in members:
            text = f"{m.name} — {m.municipality}" if m.municipality else m.name
            if m.presenter:
                text += " · " + self.tr("presenter")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, m.participant_id)
            tips = [m.role] if m.role else []
            if m.locked:
                item.setIcon(self._lock)
                tips.append(self.tr("Locked: stays in this group when groups are assigned "
                                    "again"))
            elif m.presenter:
                item.setIcon(self._star)
            if m.presenter:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                tips.append(self.tr("Presents the group's results"))
            if not m.present:
                item.setForeground(Qt.GlobalColor.gray)
                tips.append(self.tr("Not checked in"))
            item.setToolTip("\n".join(tips))
            self.list.addItem(item)
            if m.participant_id in selected:
                item.setSelected(True)

    def set_view(self, view: GroupView) -> None:
        self.set_group(view.name, view.statement, view.members)
