"""The projector wall: one group's activities in large type, updating as they are typed.

Shown on the stage window during the presentations (16:20); the trainer steps group by
group with the Activities menu, or with the arrow keys / 1–9 when the stage has focus.
No activity is ever hidden (see ``wall_layout``): the type shrinks, then flows into
columns, then into pages "1/2" turned with View › Next page (Shift+F8) or Up/Down on the
stage. During the presentations the presenting group's countdown stands beside the title.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from avtoituba.core.capture import GroupInfo

from avtoituba.gui.activities.model import GroupActivityModel
from avtoituba.gui.projector.wall_layout import Item, Placed, WallLayout, fonts, layout_wall

ACCENT = QColor("#ffd54a")
TEXT = QColor("#f4f4f0")
MUTED = QColor("#9fb4c8")
PHASE_COLOURS = {"normal": "#f4f4f0", "warning": "#ffb300", "overtime": "#ff5a4f"}

WALL_STYLE = """
#activityWall { background: #111418; }
#activityWall QLabel { color: #f4f4f0; }
#wallHeading { font-weight: 700; color: #ffd54a; }
#wallStatement { color: #c9ced6; }
#wallCountdown { font-weight: 700; }
#wallEmpty { color: #8b9098; }
"""


def _with_mark(municipality: str, mark: str) -> str:
    """The muted line under a title: the municipality, and the scribe device that wrote it."""
    return " · ".join(part for part in (municipality, mark) if part)


class WallBoard(QWidget):
    """The activities themselves, painted page by page from a :class:`WallLayout`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wallBoard")
        self.items: list[Item] = []
        self.layout_: WallLayout = WallLayout()
        self.page = 0
        self.window_height = 720

    def relayout(self) -> None:
        area = self.rect()
        if area.width() <= 0 or area.height() <= 0 or not self.items:
            self.layout_ = WallLayout()
        else:
            self.layout_ = layout_wall(self.items, area, self.window_height, self.font())
        self.page = min(self.page, self.layout_.page_count - 1)
        self.update()

    def placed(self) -> list[Placed]:
        pages = self.layout_.pages
        return pages[self.page] if 0 <= self.page < len(pages) else []

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        number_font, title_font, muni_font = fonts(self.layout_.title_px or 24, self.font())
        for placed in self.placed():
            item = self.items[placed.index]
            painter.setFont(number_font)
            painter.setPen(ACCENT)
            painter.drawText(placed.number, Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignTop, f"{placed.index + 1}. ")
            painter.setFont(title_font)
            painter.setPen(TEXT)
            painter.drawText(placed.title, placed.flags, item.title)
            if placed.municipality is not None:
                painter.setFont(muni_font)
                painter.setPen(MUTED)
                painter.drawText(placed.municipality, Qt.AlignmentFlag.AlignLeft,
                                 item.municipality)
        if self.layout_.page_count > 1:
            painter.setFont(number_font)
            painter.setPen(ACCENT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom,
                             f"{self.page + 1}/{self.layout_.page_count}  ▸")
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()


class ActivityWall(QWidget):
    """One group at a time: heading, theme statement, its activities (live)."""

    group_changed = Signal(int)  # group id
    step_requested = Signal(int)  # -1 / +1 (keys on the stage)
    number_requested = Signal(int)  # group number typed on the stage
    page_changed = Signal(int, int)  # page (from 0), page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activityWall")
        self.setStyleSheet(WALL_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._group: GroupInfo | None = None
        self._model: GroupActivityModel | None = None
        self._follow = -1
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        self.heading = QLabel("")
        self.heading.setObjectName("wallHeading")
        self.countdown = QLabel("")
        self.countdown.setObjectName("wallCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statement = QLabel("")
        self.statement.setObjectName("wallStatement")
        self.statement.setWordWrap(True)
        self.board = WallBoard()
        self.empty = QLabel(self.tr("No activities yet"))
        self.empty.setObjectName("wallEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.countdown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.statement)
        layout.addSpacing(8)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.empty, 1)
        self._scale_fonts()

    def group(self) -> GroupInfo | None:
        return self._group

    def set_group(self, group: GroupInfo, model: GroupActivityModel) -> None:
        if self._model is not None:
            self._model.rowsInserted.disconnect(self._on_rows_inserted)
            for signal in (self._model.rowsRemoved, self._model.modelReset,
                           self._model.dataChanged, self._model.rowsMoved):
                signal.disconnect(self._schedule_fit)
        self._group = group
        self._model = model
        self._follow = -1
        self.board.page = 0
        self.heading.setText(group.name)
        self.statement.setText(group.statement)
        model.rowsInserted.connect(self._on_rows_inserted)
        for signal in (model.rowsRemoved, model.modelReset, model.dataChanged,
                       model.rowsMoved):
            signal.connect(self._schedule_fit)
        self.fit()
        self.group_changed.emit(group.id)

    def titles(self) -> list[str]:
        """What the room sees, top to bottom, page after page (tests, screen reader)."""
        if self._model is None:
            return []
        return [self._model.row_at(i).title for i in range(self._model.rowCount())]

    # -- pages ----------------------------------------------------------------------------
    def page(self) -> int:
        return self.board.page

    def page_count(self) -> int:
        return self.board.layout_.page_count

    def turn_page(self, delta: int) -> bool:
        """Show the next (+1) or previous (−1) page; False when there is none."""
        page = self.board.page + delta
        if not 0 <= page < self.page_count():
            return False
        self.board.page = page
        self.board.update()
        self.page_changed.emit(page, self.page_count())
        return True

    def shown(self) -> list[tuple[str, QRect, int]]:
        """(title, rectangle in this widget, type size in px) of each activity on the page
        shown now (the tests check that each lies inside the window)."""
        offset = self.board.mapTo(self, self.board.rect().topLeft())
        return [(self.board.items[p.index].title, p.title.translated(offset),
                 self.board.layout_.title_px) for p in self.board.placed()]

    # -- keeping up with typing -----------------------------------------------------------
    def _on_rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        self._follow = first
        self._fit_timer.start()

    def _schedule_fit(self, *_args: object) -> None:
        self._fit_timer.start()

    def fit(self) -> None:
        """Lay the whole list out again (type size, columns, pages); show the page of the
        activity typed last."""
        model = self._model
        rows = [model.row_at(i) for i in range(model.rowCount())] if model is not None else []
        mark = getattr(model, "mark", None)  # the scribe device, in the Activities' models
        self.board.items = [Item(r.title, _with_mark(r.municipality, mark(r.id) if mark else ""))
                            for r in rows]
        self.board.window_height = self.window().height() if self.window() else self.height()
        has = bool(rows)
        self.board.setVisible(has)
        self.empty.setVisible(not has)
        before = (self.board.page, self.board.layout_.page_count)
        self.board.relayout()
        if self._follow >= 0:
            self.board.page = self.board.layout_.page_of(self._follow)
            self._follow = -1
        if (self.board.page, self.page_count()) != before:
            self.page_changed.emit(self.board.page, self.page_count())
        self.board.update()

    # -- the presenting group's countdown -------------------------------------------------
    def set_countdown(self, text: str, phase: str = "normal") -> None:
        # told once a second, hidden or not: a style sheet set again re-polishes the label
        if self.countdown.text() != text:
            self.countdown.setText(text)
        colour = PHASE_COLOURS.get(phase, PHASE_COLOURS["normal"])
        style = f"color: {colour};"
        if self.countdown.styleSheet() != style:
            self.countdown.setStyleSheet(style)

    def _scale_fonts(self) -> None:
        h = max(1, self.window().height() if self.window() else self.height())
        for label, share in ((self.heading, 0.06), (self.countdown, 0.06),
                             (self.statement, 0.032), (self.empty, 0.045)):
            font = QFont(label.font())
            font.setPixelSize(max(14, round(h * share)))
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_fonts()
        self._fit_timer.start()

    def showEvent(self, event) -> None:
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
            self.turn_page(1)
        elif key == Qt.Key.Key_Up:
            self.turn_page(-1)
        else:
            super().keyPressEvent(event)
