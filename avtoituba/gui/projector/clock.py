"""The projector's clock scene: huge remaining-time digits readable from the back row.

Drawn, not laid out: the digits are scaled to the window (any screen, any resolution),
the block's title above, the presenting group during presentations, the next block below,
and a thin progress line in the phase's colour. ``set_view`` repaints only when something
shown has changed, so a running timer costs one small repaint a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
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
    show_bar: bool = True


class GlyphCache:
    """Big digits drawn once per size and colour, then blitted: a glyph a few hundred
    pixels high is otherwise rasterised from its outline on every repaint."""

    def __init__(self) -> None:
        self._pixmaps: dict[tuple[str, int, str, float], QPixmap] = {}

    def clear(self) -> None:
        self._pixmaps.clear()

    @staticmethod
    def layout(rect: QRectF, text: str, font: QFont) -> list[QRectF]:
        """Where each character of ``text`` goes, centred in ``rect``."""
        metrics = QFontMetricsF(font)
        widths = [metrics.horizontalAdvance(c) for c in text]
        x = rect.center().x() - sum(widths) / 2
        height = metrics.height()
        # centre the digits themselves (cap height), not the line box
        y = rect.center().y() + metrics.capHeight() / 2 - metrics.ascent()
        out = []
        for w in widths:
            out.append(QRectF(x, y, w, height))
            x += w
        return out

    @classmethod
    def changed_rect(cls, rect: QRectF, old: str, new: str, font: QFont) -> QRect:
        """The area to repaint when ``old`` becomes ``new`` (only the glyphs that differ)."""
        a, b = cls.layout(rect, old, font), cls.layout(rect, new, font)
        if len(old) != len(new) or any(abs(x.left() - y.left()) > 0.5
                                       for x, y in zip(a, b, strict=True)):
            return rect.toAlignedRect()
        dirty = QRectF()
        for ca, cb, r in zip(old, new, b, strict=True):
            if ca != cb:
                dirty = dirty.united(r)
        return dirty.adjusted(-3, -3, 3, 3).toAlignedRect()

    def draw(self, p: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor,
             ratio: float = 1.0) -> None:
        metrics = QFontMetricsF(font)
        height = metrics.height()
        for c, r in zip(text, self.layout(rect, text, font), strict=True):
            w, x, y = r.width(), r.left(), r.top()
            key = (c, font.pixelSize(), colour.name(), ratio)
            pm = self._pixmaps.get(key)
            if pm is None:
                pm = QPixmap(max(1, int((w + 2) * ratio)), max(1, int(height * ratio)))
                pm.setDevicePixelRatio(ratio)
                pm.fill(Qt.GlobalColor.transparent)
                gp = QPainter(pm)
                gp.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
                gp.setFont(font)
                gp.setPen(colour)
                gp.drawText(QPointF(1, metrics.ascent()), c)
                gp.end()
                self._pixmaps[key] = pm
            p.drawPixmap(QPointF(x - 1, y), pm)


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
        self._glyphs = GlyphCache()
        self._fit_fonts()

    def set_view(self, view: ClockView) -> bool:
        if view == self.view:
            return False
        old, self.view = self.view, view
        if len(view.digits) != len(old.digits):
            self._fit_fonts()
            self.update()
        elif (view.title, view.above, view.below, view.next_line) == \
                (old.title, old.above, old.below, old.next_line):
            # only the digits (and the progress line) changed: repaint just those
            if view.phase != old.phase or view.paused != old.paused:
                self.update(self._digits_rect().toAlignedRect())
            elif view.digits != old.digits:
                self.update(GlyphCache.changed_rect(self._digits_rect(), old.digits,
                                                    view.digits, self._digit_font))
            if view.progress != old.progress:
                self.update(self._bar_rect())
        else:
            self.update()
        return True

    def _digits_rect(self) -> QRectF:
        return QRectF(0, self.height() * 0.27, self.width(), self.height() * 0.49)

    def _bar_rect(self) -> QRect:
        bar_h = max(4, int(self.height() * 0.012))
        return QRect(0, self.height() - bar_h, self.width(), bar_h)

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
        # digits: 90 % of the width, at most 42 % of the height
        size = min(100 * 0.9 * w / width, 100 * 0.42 * h / height)
        font.setPixelSize(max(8, int(size)))
        self._digit_font = font
        text = QFont(self.font())
        text.setPixelSize(max(8, int(min(h * 0.065, w * 0.045))))
        self._text_font = text
        self._digit_chars = len(sample)
        self._glyphs.clear()

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        dirty = QRectF(event.rect())
        p.fillRect(event.rect(), BACKGROUND)
        w, h = self.width(), self.height()
        v = self.view
        colour = self.colour()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap

        def needed(rect: QRectF) -> bool:  # a repaint of the digits skips the rest
            return dirty.intersects(rect)

        p.setFont(self._text_font)
        p.setPen(DIM)
        if v.title and needed(QRectF(0, 0, w, h * 0.17)):
            title = QFontMetricsF(self._text_font).elidedText(
                v.title, Qt.TextElideMode.ElideRight, w * 1.85)
            p.drawText(QRectF(0, 0, w, h * 0.17), flags, title)
        if v.above and needed(QRectF(0, h * 0.17, w, h * 0.1)):
            p.setPen(COLOURS["normal"])
            p.drawText(QRectF(0, h * 0.17, w, h * 0.1), flags, v.above)

        if v.digits:
            self._glyphs.draw(p, self._digits_rect(), v.digits, self._digit_font, colour,
                              self.devicePixelRatioF())

        p.setFont(self._text_font)
        if v.below and needed(QRectF(0, h * 0.76, w, h * 0.08)):
            p.setPen(DIM)
            p.drawText(QRectF(0, h * 0.76, w, h * 0.08), flags, v.below)
        if v.next_line and needed(QRectF(0, h * 0.84, w, h * 0.1)):
            p.setPen(DIM)
            nxt = QFontMetricsF(self._text_font).elidedText(
                v.next_line, Qt.TextElideMode.ElideRight, w * 0.95)
            p.drawText(QRectF(0, h * 0.84, w, h * 0.1), flags, nxt)
        if v.digits and v.show_bar:
            bar = self._bar_rect()
            p.fillRect(bar, QColor("#2a2f36"))
            p.fillRect(QRectF(0, bar.y(), w * max(0.0, min(1.0, v.progress)), bar.height()),
                       colour)
        p.end()


class DigitsDisplay(QWidget):
    """The run panel's big countdown: like a label, but a change of the digits repaints
    only itself (no layout pass) and the glyphs come from a cache."""

    def __init__(self, height: int = 96, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setMinimumWidth(200)
        self._text = ""
        self._glyphs = GlyphCache()
        self.setProperty("phase", "normal")
        self._font = QFont(self.font())
        self._font.setWeight(QFont.Weight.DemiBold)
        self._font.setPixelSize(int(height * 0.8))

    def text(self) -> str:
        return self._text

    def shown_font(self, text: str | None = None) -> QFont:
        """The font ``text`` is drawn in: smaller when it would not fit the width (an hour
        of group work, "1:20:00", in a run panel 330 pixels wide)."""
        text = self._text if text is None else text
        room = max(1.0, self.width() - 8.0)
        metrics = QFontMetricsF(self._font)
        need = sum(metrics.horizontalAdvance(c) for c in text)  # as GlyphCache lays it out
        if need <= room:
            return self._font
        font = QFont(self._font)
        font.setPixelSize(max(12, int(self._font.pixelSize() * room / need)))
        return font

    def setText(self, text: str) -> None:
        if text != self._text:
            old, new = self.shown_font(), self.shown_font(text)
            if old.pixelSize() != new.pixelSize():
                self._text = text
                self.update()
                return
            dirty = GlyphCache.changed_rect(QRectF(self.rect()), self._text, text, new)
            self._text = text
            self.update(dirty)

    def set_phase(self, phase: str) -> None:
        if self.property("phase") != phase:
            self.setProperty("phase", phase)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        colour = COLOURS.get(str(self.property("phase")), COLOURS["normal"])
        self._glyphs.draw(p, QRectF(self.rect()), self._text, self.shown_font(), colour,
                          self.devicePixelRatioF())
        p.end()
