"""The projector's clock scene: huge remaining-time digits readable from the back row.

Drawn, not laid out: the digits are scaled to the window (any screen, any resolution),
the block's title above, the presenting group during presentations, the next block below,
and a thin progress line in the phase's colour. ``set_view`` repaints only when something
shown has changed, so a running timer costs one small repaint a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

COLOURS = {
    "normal": QColor("#f4f4f0"),
    "warning": QColor("#ffb300"),
    "overtime": QColor("#ff5a4f"),
    "paused": QColor("#8b9098"),
}
DIM = QColor("#aab0b8")
BACKGROUND = QColor("#111418")


@dataclass(frozen=True)
class ClockView:
    """Everything the room sees, as text (so a repaint happens only on a change)."""

    digits: str = ""
    phase: str = "normal"  # normal, warning, overtime
    title: str = ""
    above: str = ""  # e.g. the presenting group
    below: str = ""  # e.g. the block's own countdown during presentations
    next_line: str = ""
    progress: float = 0.0  # 0..1 of the (group's) time used, in 1/200 steps
    paused: bool = False


class ClockScene(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stageClock")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.view = ClockView()
        self.paints = 0  # for the tests and the benchmark: repaints happen only on change
        self._digit_font = QFont()
        self._text_font = QFont()
        self._digit_chars = 0
        self._fit_fonts()

    def set_view(self, view: ClockView) -> bool:
        if view == self.view:
            return False
        refit = len(view.digits) != len(self.view.digits)
        self.view = view
        if refit:
            self._fit_fonts()
        self.update()
        return True

    def colour(self) -> QColor:
        return COLOURS["paused"] if self.view.paused else COLOURS.get(self.view.phase,
                                                                       COLOURS["normal"])

    # -- layout ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_fonts()
        super().resizeEvent(event)

    def _fit_fonts(self) -> None:
        w, h = max(1, self.width()), max(1, self.height())
        sample = "".join("8" if c.isdigit() else c for c in (self.view.digits or "00:00"))
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        width = max(1.0, metrics.horizontalAdvance(sample))
        height = max(1.0, metrics.capHeight())
        # digits: 90 % of the width, at most half the height
        size = min(100 * 0.9 * w / width, 100 * 0.48 * h / height)
        font.setPixelSize(max(8, int(size)))
        self._digit_font = font
        text = QFont(self.font())
        text.setPixelSize(max(8, int(min(h * 0.065, w * 0.045))))
        self._text_font = text
        self._digit_chars = len(sample)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.fillRect(self.rect(), BACKGROUND)
        w, h = self.width(), self.height()
        v = self.view
        colour = self.colour()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap

        p.setFont(self._text_font)
        p.setPen(DIM)
        title = QFontMetricsF(self._text_font).elidedText(
            v.title, Qt.TextElideMode.ElideRight, w * 1.85)
        p.drawText(QRectF(0, 0, w, h * 0.17), flags, title)
        if v.above:
            p.setPen(COLOURS["normal"])
            p.drawText(QRectF(0, h * 0.17, w, h * 0.1), flags, v.above)

        p.setFont(self._digit_font)
        p.setPen(colour)
        p.drawText(QRectF(0, h * 0.22, w, h * 0.56), Qt.AlignmentFlag.AlignCenter, v.digits)

        p.setFont(self._text_font)
        if v.below:
            p.setPen(DIM)
            p.drawText(QRectF(0, h * 0.76, w, h * 0.08), flags, v.below)
        if v.next_line:
            p.setPen(DIM)
            nxt = QFontMetricsF(self._text_font).elidedText(
                v.next_line, Qt.TextElideMode.ElideRight, w * 0.95)
            p.drawText(QRectF(0, h * 0.84, w, h * 0.1), flags, nxt)
        if v.digits:
            bar_h = max(4, int(h * 0.012))
            p.fillRect(QRectF(0, h - bar_h, w, bar_h), QColor("#2a2f36"))
            p.fillRect(QRectF(0, h - bar_h, w * max(0.0, min(1.0, v.progress)), bar_h), colour)
        p.end()
