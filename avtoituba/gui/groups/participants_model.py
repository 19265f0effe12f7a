"""The participant table: a Qt item model over ``core.participants`` rows.

Edits made in the table (a cell, the present checkbox) are not written here: the model
asks its ``editor`` (the page) to do it, which pushes an undoable command that saves at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyledItemDelegate, QWidget

from avtoituba.core.participants import ParticipantData, ParticipantRow

from avtoituba.gui.groups.columns import MIME, encode_ids

PRESENT, NAME, MUNICIPALITY, ROLE, EMAIL, GROUP = range(6)
FIELDS = {NAME: "name", MUNICIPALITY: "municipality", ROLE: "role", EMAIL: "email"}

Index = QModelIndex | QPersistentModelIndex
Editor = Callable[[int, ParticipantData], None]
PresentSetter = Callable[[Sequence[int], bool], None]


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ParticipantRow] = []
        self._group_names: dict[int, str] = {}
        self.editor: Editor | None = None
        self.present_setter: PresentSetter | None = None
        self.read_only = False

    # -- data -----------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ParticipantRow], group_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._group_names = dict(group_names)
        self.endResetModel()

    def row_at(self, row: int) -> ParticipantRow:
        return self._rows[row]

    def rows(self) -> list[ParticipantRow]:
        return list(self._rows)

    def row_of(self, participant_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == participant_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Present"), self.tr("Name"), self.tr("Municipality"), self.tr("Role"),
                self.tr("E-mail"), self.tr("Group"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == PRESENT:
            return Qt.CheckState.Checked if r.present else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == GROUP:
                return self._group_names.get(r.group_id, "") if r.group_id else ""
            if col in FIELDS:
                return getattr(r, FIELDS[col])
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == PRESENT:
            return self.tr("Checked in: present today") if r.present else \
                self.tr("Not checked in")
        if role == Qt.ItemDataRole.ForegroundRole and not r.present and col != PRESENT:
            return QBrush(QColor("#6b6f76"))
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled  # drag people from the list onto a group
        if index.column() == PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self._rows[r].id for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        r = self._rows[index.row()]
        if index.column() == PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            if self.present_setter is not None and checked != r.present:
                self.present_setter([r.id], checked)
            return True
        if index.column() in FIELDS and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            fld = FIELDS[index.column()]
            if fld == "name" and not text:
                return False
            if text == getattr(r, fld):
                return False
            data = ParticipantData(r.name, r.municipality, r.role, r.email, r.present)
            data = ParticipantData(**{**data.__dict__, fld: text})
            if self.editor is not None:
                self.editor(r.id, data)
            return True
        return False


class ParticipantsFilter(QSortFilterProxyModel):
    """Filters on name, municipality, role and e-mail at once, ignoring case."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self._needle = ""

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._needle = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, ParticipantsModel)
        r = model.row_at(source_row)
        group = model.data(model.index(source_row, GROUP)) or ""
        haystack = " ".join((r.name, r.municipality, r.role, r.email, str(group))).casefold()
        return all(part in haystack for part in self._needle.split())


class MunicipalityDelegate(QStyledItemDelegate):
    """A line editor that completes municipality names already known."""

    def __init__(self, names: Callable[[], list[str]], parent=None):
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(300)
        editor.setCompleter(municipality_completer(self._names(), editor))
        return editor


def municipality_completer(names: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(names, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer
