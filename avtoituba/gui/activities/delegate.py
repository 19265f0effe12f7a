"""How an activity is painted in a group's list: its title on up to two lines, then the
municipality and area in a smaller, muted line."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from avtoituba.core.capture import ActivityRow

from avtoituba.gui.activities.model import MARK_ROLE, ROW_ROLE, GroupActivityModel, Index

#: lines a title may take in the list before it is cut with "…"
TITLE_LINES = 2
#: "no municipality" in amber, readable on a light and on a dark list
WARNING_ON_LIGHT, WARNING_ON_DARK = QColor("#a54b00"), QColor("#f5a623")


def wrap_lines(text: str, font: QFont, width: int, lines: int = TITLE_LINES) -> list[str]:
    """``text`` broken at word boundaries into at most ``lines`` lines of ``width`` pixels;
    the last line elided when the text goes on."""
    fm = QFontMetrics(font)
    if width <= 0:
        return [text]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    out: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(out) == lines - 1:
            out.append(fm.elidedText(text[start:].strip(), Qt.TextElideMode.ElideRight, width))
            break
        out.append(text[start:start + length].rstrip())
    layout.endLayout()
    return out or [""]


class ActivityDelegate(QStyledItemDelegate):
    """Paints an activity: the title (wrapped to two lines), then municipality · area (muted).

    Drawn directly with fonts and metrics made once, and every row the same height, so a
    list of hundreds scrolls without going through the style for every row.
    """

    def __init__(self, parent: QObject | None = None, scale: float = 1.0):
        super().__init__(parent)
        self.scale = scale
        self._font_key: str | None = None
        self._digital = self.tr("digital")
        self._no_municipality = self.tr("no municipality")

    def _prepare(self, font: QFont) -> None:
        key = font.key()
        if key == self._font_key:
            return
        self._font_key = key
        self._title = QFont(font)
        self._title.setPointSizeF(font.pointSizeF() * self.scale)
        self._title.setWeight(QFont.Weight.DemiBold)
        self._small = QFont(font)
        self._small.setPointSizeF(font.pointSizeF() * self.scale * 0.88)
        self._tm = QFontMetrics(self._title)
        self._sm = QFontMetrics(self._small)
        self._height = (TITLE_LINES * self._tm.lineSpacing() + self._sm.height()
                        + int(14 * self.scale))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self._prepare(option.font)
        return QSize(200, self._height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: ActivityRow | None = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        self._prepare(option.font)
        pal = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        if selected:
            active = bool(state & QStyle.StateFlag.State_Active)
            group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
            painter.fillRect(option.rect, pal.brush(group, QPalette.ColorRole.Highlight))
        elif option.features & QStyleOptionViewItem.ViewItemFeature.Alternate:
            painter.fillRect(option.rect, pal.brush(QPalette.ColorRole.AlternateBase))
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.HighlightedText if selected
                          else QPalette.ColorRole.PlaceholderText)
        pad = int(8 * self.scale)
        rect = option.rect.adjusted(pad, int(5 * self.scale), -pad, -int(4 * self.scale))
        tm, sm = self._tm, self._sm
        painter.save()
        painter.setFont(self._title)
        painter.setPen(fg)
        top = rect.top()
        for line in wrap_lines(row.title, self._title, rect.width()):
            painter.drawText(QRect(rect.left(), top, rect.width(), tm.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            top += tm.lineSpacing()
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        area = source.area(row.area_number) if isinstance(source, GroupActivityModel) else None
        parts = [row.municipality or self._no_municipality]
        if area is not None:
            parts.append(f"{area.number}. {area.short_title}")
        if row.digital:
            parts.append(self._digital)
        painter.setFont(self._small)
        # right under the title, however many lines it took (a one-line title leaves its
        # row's spare line below, between the rows, not between the title and its details)
        line = QRect(rect.left(), top + 1, rect.width(), sm.height())
        mark = index.data(MARK_ROLE) or ""
        if mark:  # a scribe's entry: the device that wrote it, as a small tag on the right
            tag_width = min(sm.horizontalAdvance(mark) + 8, rect.width() // 2)
            tag = QRect(line.right() - tag_width, line.top(), tag_width, line.height())
            painter.setPen(fg if selected else pal.color(QPalette.ColorRole.Link))
            painter.drawRoundedRect(tag.adjusted(0, 0, -1, -1), 3, 3)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter,
                             sm.elidedText(mark, Qt.TextElideMode.ElideRight, tag_width - 6))
            line.setRight(tag.left() - 6)
        painter.setPen(muted)
        if not row.municipality:   # an older file's or an import's: it reaches no pack alone
            warn = sm.horizontalAdvance(parts[0])
            dark = pal.color(QPalette.ColorRole.Base).lightness() < 128
            painter.setPen(fg if selected else WARNING_ON_DARK if dark else WARNING_ON_LIGHT)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             sm.elidedText(parts[0], Qt.TextElideMode.ElideRight, line.width()))
            painter.setPen(muted)
            line.setLeft(line.left() + warn)
            parts[0] = ""
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         sm.elidedText(" · ".join(parts), Qt.TextElideMode.ElideRight,
                                       line.width()))
        if state & QStyle.StateFlag.State_HasFocus and selected:
            painter.setPen(pal.color(QPalette.ColorRole.HighlightedText))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()
