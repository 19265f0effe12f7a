"""The compact clock under the page list: the current block, its time left and how late or
early the day runs, on every page. A click opens the agenda.

It shows the state the agenda page reads on its tick (``show_state``), so both clocks
change in the same moment and the window repaints once a second, not twice; without the
page's ticks (the timer paused, no agenda page) it reads the agenda's timer service
(``context.services["timer"]``) once a second itself. It keeps no time of its own, so it
can never disagree with the projector.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from avtoituba.core.clock import format_remaining

from avtoituba.wording import fill

if TYPE_CHECKING:
    from avtoituba.gui.shell.context import AppContext


class CompactClock(QFrame):
    """Three short lines: block, time left, late/early. Fixed height: nothing jumps."""

    clicked = Signal()
    started_changed = Signal(bool)  # the day has started (or was reset)
    state_read = Signal(object)  # the TimerState read (None: no timer), once a second

    # after a state from the agenda page, the clock reads one itself only when no other
    # came for this long (the page ticks every second while the timer runs)
    FED_MS = 1500
    OWN_MS = 1000

    def __init__(self, parent: QFrame | None = None):
        super().__init__(parent)
        self.setObjectName("compactClock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("Open the agenda"))
        self.block = QLabel("")
        self.block.setObjectName("compactClockBlock")
        self.digits = QLabel("")
        self.digits.setObjectName("compactClockDigits")
        font = self.digits.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.digits.setFont(font)
        self.delay = QLabel("")
        self.delay.setObjectName("compactClockDelay")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(0)
        for label in (self.block, self.digits, self.delay):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            layout.addWidget(label)
        self.setFixedHeight(self.sizeHint().height() + self.block.sizeHint().height() // 2)
        self._context: AppContext | None = None
        self._started: bool | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(self.OWN_MS)
        self._tick.timeout.connect(self.refresh)

    def follow(self, context: AppContext | None) -> None:
        """Show the timer of ``context``'s workshop (None: the workshop is closing)."""
        self._context = context
        self._started = None
        if context is None:
            self._tick.stop()
        else:
            self._tick.start()
        self.refresh()

    def _timer(self) -> Any:
        return self._context.services.get("timer") if self._context is not None else None

    def refresh(self) -> None:
        """Read the timer's state now and show it."""
        timer = self._timer()
        if self._tick.isActive() and self._tick.interval() != self.OWN_MS:
            self._tick.start(self.OWN_MS)
        self._show(timer.state() if timer is not None else None)

    def show_state(self, state: Any) -> None:
        """Show ``state``, just read by the agenda page (its tick)."""
        if self._context is None:
            return
        self._tick.start(self.FED_MS)
        self._show(state)

    def _show(self, state: Any) -> None:
        started = bool(state is not None and state.started)
        self.state_read.emit(state)
        if started != self._started:
            self._started = started
            self.started_changed.emit(started)
        if state is None or not started:
            self.block.setText(self.tr("Agenda"))
            if state is None:
                self.digits.setText("")
            elif state.status == "finished":  # the ended day is not a day not started
                self.digits.setText(self.tr("day over"))
            else:
                self.digits.setText(self.tr("not started"))
            self.delay.setText("")
            return
        block = state.block
        title = block.title if block is not None else ""
        self.block.setText(self.block.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, max(40, self.width() - 20)))
        paused = " ⏸" if not state.running else ""
        self.digits.setText(format_remaining(state.display_remaining_s) + paused)
        minutes = round(state.delay_s / 60)
        if minutes > 0:
            self.delay.setText(self.tr("%n min late", "", minutes))
        elif minutes < 0:
            self.delay.setText(self.tr("%n min early", "", -minutes))
        else:
            self.delay.setText(self.tr("on time"))
        self.setToolTip(fill(self.tr("%1 – open the agenda"), title))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)
