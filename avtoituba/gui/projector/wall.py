"""The projector wall: one group's activities in large type, updating as they are typed.

Shown on the stage window during the presentations (16:20); the trainer steps group by
group with the Activities menu, or with the arrow keys / 1–9 when the stage has focus.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import ActivityRow, GroupInfo

from avtoituba.gui.activities.model import ROW_ROLE, GroupActivityModel

Index = QModelIndex | QPersistentModelIndex

ACCENT = QColor("#ffd54a")
TEXT = QColor("#f4f4f0")
MUTED = QColor("#9fb4c8")

WALL_STYLE = """
#activityWall { background: #111418; }
#activityWall QLabel { color: #f4f4f0; }
#wallHeading { font-size: 40pt; font-weight: 700; color: #ffd54a; }
#wallStatement { font-size: 22pt; color: #c9ced6; }
#wallEmpty { font-size: 26pt; color: #8b9098; }
#wallList { background: transparent; border: none; color: #f4f4f0; }
"""


class WallDelegate(QStyledItemDelegate):
    """A numbered activity in large type, wrapped, with its municipality below.

    Heights are measured once per (activity, title, width) and remembered, so a group with
    hundreds of activities lays out quickly when it is put on the wall.
    """

    TITLE_PT = 30
    MUNI_PT = 19
    GAP = 30

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.scale = 0.0
        self.set_scale(1.0)

    def set_scale(self, scale: float) -> bool:
        """Type size relative to the full size (the wall shrinks it to fit a long list).
        Returns whether it changed."""
        scale = round(scale, 2)
        if scale == self.scale:
            return False
        self.scale = scale
        self._number = QFont()
        self._number.setPointSizeF(self.TITLE_PT * scale)
        self._number.setWeight(QFont.Weight.Bold)
        self._title = QFont()
        self._title.setPointSizeF(self.TITLE_PT * scale)
        self._title.setWeight(QFont.Weight.DemiBold)
        self._muni = QFont()
        self._muni.setPointSizeF(self.MUNI_PT * scale)
        self._title_metrics = QFontMetrics(self._title)
        self._muni_height = QFontMetrics(self._muni).height()
        self._indent = QFontMetrics(self._number).horizontalAdvance("000. ")
        self._gap = int(self.GAP * scale)
        self._heights: dict[tuple[int, str, int], int] = {}
        return True

    def height_for(self, row: ActivityRow, width: int) -> int:
        _, _, title_h = self._layout(width, row)
        return title_h + (self._muni_height if row.municipality else 0) + self._gap

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        return self._number, self._title, self._muni

    def _layout(self, width: int, row: ActivityRow) -> tuple[int, int, int]:
        """(indent, text width, title height)."""
        text_w = max(100, width - self._indent - 16)
        key = (row.id, row.title, text_w)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 20_000:
                self._heights.clear()
            height = self._title_metrics.boundingRect(
                QRect(0, 0, text_w, 10_000), Qt.TextFlag.TextWordWrap, row.title).height()
            self._heights[key] = height
        return self._indent, text_w, height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row: ActivityRow | None = index.data(ROW_ROLE)
        width = option.rect.width() or (option.widget.viewport().width()
                                        if option.widget else 1000)
        if row is None:
            return QSize(width, 40)
        return QSize(width, self.height_for(row, width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ActivityRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        number_font, title_font, muni_font = self._fonts()
        rect = option.rect
        indent, text_w, title_h = self._layout(rect.width(), row)
        painter.save()
        painter.setFont(number_font)
        painter.setPen(ACCENT)
        painter.drawText(QRect(rect.left(), rect.top() + 8, indent, title_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         f"{index.row() + 1}. ")
        painter.setFont(title_font)
        painter.setPen(TEXT)
        painter.drawText(QRect(rect.left() + indent, rect.top() + 8, text_w, title_h),
                         Qt.TextFlag.TextWordWrap, row.title)
        if row.municipality:
            painter.setFont(muni_font)
            painter.setPen(MUTED)
            painter.drawText(QRect(rect.left() + indent, rect.top() + 10 + title_h, text_w,
                                   QFontMetrics(muni_font).height()),
                             Qt.AlignmentFlag.AlignLeft, row.municipality)
        painter.restore()


class ActivityWall(QWidget):
    """One group at a time: heading, theme statement, its activities (live)."""

    group_changed = Signal(int)  # group id
    step_requested = Signal(int)  # -1 / +1 (keys on the stage)
    number_requested = Signal(int)  # group number typed on the stage

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityWall")
        self.setStyleSheet(WALL_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group: GroupInfo | None = None
        self._model: GroupActivityModel | None = None
        self._scroll_to = -1
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(0)
        self._scroll_timer.timeout.connect(self._scroll_to_new)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        self.heading = QLabel("")
        self.heading.setObjectName("wallHeading")
        self.statement = QLabel("")
        self.statement.setObjectName("wallStatement")
        self.statement.setWordWrap(True)
        self.list = QListView()
        self.list.setObjectName("wallList")
        self.delegate = WallDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.empty = QLabel(self.tr("No activities yet"))
        self.empty.setObjectName("wallEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.statement)
        layout.addSpacing(10)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)

    def group(self) -> GroupInfo | None:
        return self._group

    def set_group(self, group: GroupInfo, model: GroupActivityModel) -> None:
        if self._model is not None:
            self._model.rowsInserted.disconnect(self._on_rows_inserted)
            self._model.rowsRemoved.disconnect(self._update_empty)
            self._model.modelReset.disconnect(self._update_empty)
            self._model.dataChanged.disconnect(self._schedule_fit)
        self._group = group
        self._model = model
        self._scroll_to = -1
        self.heading.setText(group.name)
        self.statement.setText(group.statement)
        self.list.setModel(model)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsRemoved.connect(self._update_empty)
        model.modelReset.connect(self._update_empty)
        model.dataChanged.connect(self._schedule_fit)
        self._update_empty()
        self._fit_timer.start()
        self.group_changed.emit(group.id)

    def titles(self) -> list[str]:
        """What the room sees, top to bottom (for tests and the screen reader)."""
        if self._model is None:
            return []
        return [self._model.row_at(i).title for i in range(self._model.rowCount())]

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._update_empty()
        self._scroll_to = first
        if self.isVisible():
            self._scroll_timer.start()  # after the list has laid the new row out

    def _scroll_to_new(self) -> None:
        if self._model is not None and 0 <= self._scroll_to < self._model.rowCount():
            self.list.scrollTo(self._model.index(self._scroll_to),
                               QAbstractItemView.ScrollHint.EnsureVisible)

    def _update_empty(self, *_args: object) -> None:
        has = self._model is not None and self._model.rowCount() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self._fit_timer.start()

    def _schedule_fit(self, *_args: object) -> None:
        self._fit_timer.start()

    # the smallest type the wall shrinks to (of the full size) before it scrolls instead
    MIN_SCALE = 0.6
    # lists longer than this are not fitted (they scroll at the smallest size)
    FIT_LIMIT = 60

    def fit(self) -> None:
        """Shrink the type (down to MIN_SCALE) until the whole list fits on the screen, so
        the room sees every activity of the group at once; grow it back as room allows."""
        if self._model is None or not self.isVisible():
            return
        n = self._model.rowCount()
        avail = self.list.viewport().height()
        width = self.list.viewport().width()
        if n == 0 or avail <= 0 or width <= 0:
            return
        scale = 1.0
        if n > self.FIT_LIMIT:
            scale = self.MIN_SCALE
        else:
            rows = [self._model.row_at(i) for i in range(n)]
            while scale > self.MIN_SCALE + 1e-6:
                self.delegate.set_scale(scale)
                if sum(self.delegate.height_for(r, width) for r in rows) <= avail:
                    break
                scale = round(scale - 0.05, 2)
        self.delegate.set_scale(scale)
        self.list.doItemsLayout()
        if self._scroll_to >= 0:
            self._scroll_to_new()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._fit_timer.start()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self._fit_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.step_requested.emit(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.step_requested.emit(-1)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.number_requested.emit(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Down:
            bar = self.list.verticalScrollBar()
            bar.setValue(bar.value() + bar.pageStep() // 2)
        elif key == Qt.Key.Key_Up:
            bar = self.list.verticalScrollBar()
            bar.setValue(bar.value() - bar.pageStep() // 2)
        else:
            super().keyPressEvent(event)
