"""The agenda as a Qt table: computed start and end, edit in place, drag to reorder.

Every change is written through core first (one committed transaction) and pushed onto the
shared undo stack only when the write succeeded (``gui/shell/undo.apply``); a refused or
failed write leaves no step and ``edit_refused`` says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from avtoituba.core import agenda
from avtoituba.core.agenda import Block, ScheduledBlock, hhmm

from avtoituba.gui.agenda.commands import AddBlock, DeleteBlock, EditBlock, MoveBlock, ShortenBlock
from avtoituba.gui.shell import undo
from avtoituba.gui.shell.undo import Change
from avtoituba.wording import fill

if TYPE_CHECKING:  # no SQLAlchemy before the first page is painted
    from avtoituba.store.db import Store

MIME = "application/x-avtoituba-block"
START, END, DURATION, TITLE, SPEAKERS, KIND, FIXED, NOTES = range(8)
FIELDS = {DURATION: "duration_s", TITLE: "title", SPEAKERS: "speakers", KIND: "kind",
          FIXED: "fixed_start", NOTES: "notes"}
CONFLICT_BG = QColor("#f9d6d2")
CURRENT_BG = QColor("#dcefdc")

Index = QModelIndex | QPersistentModelIndex


def kind_names() -> dict[str, str]:
    return {
        "talk": QCoreApplication.translate("AgendaModel", "Talk"),
        "qa": QCoreApplication.translate("AgendaModel", "Questions"),
        "break": QCoreApplication.translate("AgendaModel", "Break"),
        "stories": QCoreApplication.translate("AgendaModel", "Stories"),
        "group_work": QCoreApplication.translate("AgendaModel", "Group work"),
        "presentations": QCoreApplication.translate("AgendaModel", "Presentations"),
        "homework": QCoreApplication.translate("AgendaModel", "Homework"),
        "closing": QCoreApplication.translate("AgendaModel", "Closing"),
    }


def field_error(field: str) -> str:
    return {
        "duration_s": QCoreApplication.translate("AgendaModel",
                                                 "A block lasts from 1 to 720 minutes."),
        "fixed_start": QCoreApplication.translate("AgendaModel", "Type a fixed start as a time of day, such as 14:15, "
                                        "or leave it empty."),
        "title": QCoreApplication.translate("AgendaModel", "A block needs a title."),
    }.get(field, QCoreApplication.translate("AgendaModel", "That value cannot be used here."))


def write_failed() -> str:
    return QCoreApplication.translate(
        "AgendaModel", "The change could not be written to the workshop file, so nothing was "
        "changed. Check that the file is still there and writable, then try again.")


class AgendaModel(QAbstractTableModel):
    #: (message) when an edit is refused
    edit_refused = Signal(str)

    def __init__(self, store: Store, undo_stack: QUndoStack, on_changed: Callable[[], None],
                 parent: Any = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.on_changed = on_changed
        self.schedule: tuple[ScheduledBlock, ...] = ()
        self.current_id: int | None = None
        self.editable = not store.read_only
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        schedule = agenda.compute_schedule(agenda.load_blocks(self.store)).blocks
        if schedule and [sb.block.id for sb in schedule] == \
                [sb.block.id for sb in self.schedule]:
            # the same rows: repaint them, so an editor being committed stays valid
            self.schedule = schedule
            self.dataChanged.emit(self.index(0, 0), self.index(len(schedule) - 1, NOTES))
            return
        self.beginResetModel()
        self.schedule = schedule
        self.endResetModel()

    def set_current(self, block_id: int | None) -> None:
        if block_id != self.current_id:
            self.current_id = block_id
            if self.schedule:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.schedule) - 1, NOTES))

    def block(self, row: int) -> Block:
        return self.schedule[row].block

    def row_of(self, block_id: int) -> int | None:
        for i, sb in enumerate(self.schedule):
            if sb.block.id == block_id:
                return i
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.schedule)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            QCoreApplication.translate("AgendaModel", "Start"),
            QCoreApplication.translate("AgendaModel", "End"),
            QCoreApplication.translate("AgendaModel", "Minutes"),
            QCoreApplication.translate("AgendaModel", "Title"),
            QCoreApplication.translate("AgendaModel", "Speakers"),
            QCoreApplication.translate("AgendaModel", "Kind"),
            QCoreApplication.translate("AgendaModel", "Fixed start"),
            QCoreApplication.translate("AgendaModel", "Notes"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sb = self.schedule[index.row()]
        b = sb.block
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == START:
                return hhmm(sb.start_s)
            if col == END:
                return hhmm(sb.end_s)
            if col == DURATION:
                return b.duration_s // 60 if role == Qt.ItemDataRole.EditRole \
                    else str(b.duration_s // 60)
            if col == TITLE:
                return b.title
            if col == SPEAKERS:
                return b.speakers
            if col == KIND:
                return b.kind if role == Qt.ItemDataRole.EditRole \
                    else kind_names().get(b.kind, b.kind)
            if col == FIXED:
                return b.fixed_start.strftime("%H:%M") if b.fixed_start else ""
            if col == NOTES:
                return b.notes
        if role == Qt.ItemDataRole.ToolTipRole:
            if not sb.fits and col in (START, END, DURATION, TITLE):
                return fill(QCoreApplication.translate(
                    "AgendaModel", "Does not fit: runs %1 min past the fixed start %2."),
                    round(sb.overrun_s / 60),
                    sb.conflict_anchor.strftime("%H:%M") if sb.conflict_anchor else "")
            if col == FIXED and b.fixed_start:
                return fill(QCoreApplication.translate(
                    "AgendaModel", "A fixed start: this block starts at %1 whatever comes "
                    "before."), b.fixed_start.strftime("%H:%M"))
            if col == TITLE:
                return b.title
            if col == DURATION and b.compressible:
                return QCoreApplication.translate(
                    "AgendaModel", "May give time when the day runs late.")
        if role == Qt.ItemDataRole.BackgroundRole:
            if not sb.fits and col in (END, DURATION):
                return QBrush(CONFLICT_BG)
            if b.id == self.current_id:
                return QBrush(CURRENT_BG)
        if role == Qt.ItemDataRole.ForegroundRole and not sb.fits and col == END:
            return QBrush(QColor("#9b1c12"))
        if role == Qt.ItemDataRole.ForegroundRole and (
                b.id == self.current_id or (not sb.fits and col == DURATION)):
            # Dark text on the light row colours, also under a dark palette.
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.FontRole and (b.id == self.current_id
                                                 or (col == FIXED and b.fixed_start)
                                                 or (col == DURATION and b.compressible)):
            font = QFont()
            font.setBold(b.id == self.current_id or col == FIXED)
            font.setItalic(col == DURATION and b.compressible)
            font.setUnderline(col == DURATION and b.compressible)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (START, END, DURATION, FIXED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            f |= Qt.ItemFlag.ItemIsDragEnabled
            if index.column() in FIELDS:
                f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in FIELDS:
            return False
        name = FIELDS[index.column()]
        b = self.block(index.row())
        if name == "duration_s":
            try:
                value = int(value) * 60
            except (TypeError, ValueError):
                self.edit_refused.emit(field_error(name))
                return False
        try:
            value = agenda.clean_field(name, value)
        except ValueError:
            self.edit_refused.emit(field_error(name))
            return False
        if getattr(b, name) == value:
            return False
        label = fill(QCoreApplication.translate("AgendaModel", "Edit “%1”"), short_title(b.title))
        return self.edit(b.id, {name: value}, label)

    # -- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, str(self.block(rows[0]).id).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self.editable and data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            block_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        old = self.row_of(block_id)
        if old is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.schedule)
        to = row - 1 if row > old else row
        if to == old:
            return False
        self.move(block_id, to)
        return True

    # -- operations (each one written first, then undoable) --------------------------------
    def _apply(self, write: Callable[[], Any], change: Callable[[Any], Change | None],
               field: str | None = None) -> bool:
        try:
            undo.apply(self.undo_stack, write, change, on_error=self._replay_failed)
        except (ValueError, KeyError):
            self.edit_refused.emit(field_error(field or ""))
            return False
        except Exception:
            self.refresh()
            self.edit_refused.emit(write_failed())
            return False
        self.changed()
        return True

    def _replay_failed(self, _exc: Exception) -> None:
        self.changed()
        self.edit_refused.emit(write_failed())

    def edit(self, block_id: int, changes: dict[str, Any], label: str,
             command: type[EditBlock] = EditBlock) -> bool:
        field = next(iter(changes), None)
        return self._apply(
            lambda: agenda.update_block(self.store, block_id, **changes),
            lambda old: command(self.store, block_id, dict(changes), old, label, self.changed),
            field)

    def move(self, block_id: int, to: int) -> bool:
        old = self.row_of(block_id)
        if old is None or to == old or not 0 <= to < len(self.schedule):
            return False
        label = fill(QCoreApplication.translate("AgendaModel", "Move “%1”"),
                     short_title(self.block(old).title))
        return self._apply(lambda: agenda.move_block(self.store, block_id, to),
                           lambda was: MoveBlock(self.store, block_id, was, to, label,
                                                 self.changed))

    def add(self, row: int) -> int | None:
        added: list[int] = []

        def write() -> int:
            added.append(agenda.add_block(
                self.store, row, QCoreApplication.translate("AgendaModel", "New block"), 600))
            return added[0]

        label = QCoreApplication.translate("AgendaModel", "Add a block")
        ok = self._apply(write, lambda block_id: AddBlock(self.store, block_id, label,
                                                          self.changed))
        return added[0] if ok else None

    def delete(self, row: int) -> bool:
        b = self.block(row)
        label = fill(QCoreApplication.translate("AgendaModel", "Delete “%1”"),
                     short_title(b.title))
        return self._apply(lambda: agenda.delete_block(self.store, b.id),
                           lambda snap: DeleteBlock(self.store, snap, label, self.changed))

    def shorten(self, block_id: int, by_s: int) -> bool:
        row = self.row_of(block_id)
        if row is None:
            return False
        b = self.block(row)
        label = fill(QCoreApplication.translate("AgendaModel", "Shorten “%1”"),
                     short_title(b.title))
        return self.edit(block_id, {"duration_s": max(60, b.duration_s - by_s)}, label,
                         ShortenBlock)

    def set_compressible(self, block_id: int, on: bool) -> bool:
        row = self.row_of(block_id)
        if row is None or self.block(row).compressible == on:
            return False
        text = QCoreApplication.translate("AgendaModel", "May give time “%1”") if on \
            else QCoreApplication.translate("AgendaModel", "Keeps its time “%1”")
        label = fill(text, short_title(self.block(row).title))
        return self.edit(block_id, {"compressible": on}, label)

    def changed(self) -> None:
        self.refresh()
        self.on_changed()


def short_title(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class EditorKeys(QObject):
    """An open editor keeps every plain key (Space, arrows, + and −) for itself, so the
    timer's one-key shortcuts never fire while the trainer types in the table."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                         | Qt.KeyboardModifier.ShiftModifier)
            if mods == Qt.KeyboardModifier.NoModifier:
                event.accept()
                return True
        return False


class AgendaDelegate(QStyledItemDelegate):
    """Minutes in a spin box and the kind from a list; text for the rest."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._keys = EditorKeys(self)

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        if index.column() == DURATION:
            editor: QWidget = QSpinBox(parent)
            editor.setRange(1, 720)
            editor.setSuffix(QCoreApplication.translate("AgendaModel", " min"))
        elif index.column() == KIND:
            editor = QComboBox(parent)
            for key, name in kind_names().items():
                editor.addItem(name, key)
        else:
            editor = super().createEditor(parent, option, index)
        editor.installEventFilter(self._keys)
        for child in editor.findChildren(QWidget):
            child.installEventFilter(self._keys)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
