"""Projector scenes of scribe mode: the groups' join codes, and the dot vote's tally.

Large, on the stage's dark background, readable from the back row: a QR code per group (and
the vote's), each with the group's name and the address to type when a phone cannot scan;
during voting the activities by dots, the highest first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

CODES_SCENE = "scribe_codes"
TALLY_SCENE = "vote_tally"

STYLE = """
QWidget#scribeCodes QLabel, QWidget#voteTally QLabel { color: #f4f4f0; }
QLabel#codeName, QLabel#tallyHeading { font-weight: 700; color: #ffd54a; }
QLabel#codeAddress { color: #c9ced6; }
QLabel#codeImage { background: white; padding: 8px; }
"""


def _breakable(url: str) -> str:
    """The address with invisible break points, so a long key wraps instead of being cut."""
    return "\u200b".join(url[i:i + 16] for i in range(0, len(url), 16))


class CodesScene(QWidget):
    """A QR code per group and one for the vote, side by side, with the join addresses."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scribeCodes")
        self.setStyleSheet(STYLE)
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(32)
        self._codes: list[tuple[str, str, QPixmap]] = []
        self._labels: list[tuple[QLabel, QLabel, QLabel]] = []

    def set_codes(self, codes: Sequence[tuple[str, str, QPixmap]]) -> None:
        """(name, address, QR pixmap) per code."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._codes = list(codes)
        self._labels = []
        for column, (name, url, _pixmap) in enumerate(self._codes):
            title = QLabel(name, objectName="codeName", wordWrap=True,
                           alignment=Qt.AlignmentFlag.AlignCenter)
            image = QLabel(objectName="codeImage", alignment=Qt.AlignmentFlag.AlignCenter)
            address = QLabel(_breakable(url), objectName="codeAddress", wordWrap=True,
                             alignment=Qt.AlignmentFlag.AlignCenter)
            self._grid.addWidget(title, 0, column)
            self._grid.addWidget(image, 1, column)
            self._grid.addWidget(address, 2, column)
            self._labels.append((title, image, address))
        self._fit()

    def names(self) -> list[str]:
        return [name for name, _url, _pixmap in self._codes]

    def addresses(self) -> list[str]:
        return [url for _name, url, _pixmap in self._codes]

    def _fit(self) -> None:
        n = max(1, len(self._codes))
        side = max(80, min((self.width() - 32 * (n + 1)) // n, int(self.height() * 0.6)))
        heading = QFont(self.font())
        heading.setPixelSize(max(14, self.height() // 18))
        small = QFont(self.font())
        small.setPixelSize(max(11, self.height() // 40))
        for (title, image, address), (_name, _url, pixmap) in zip(
                self._labels, self._codes, strict=True):
            title.setFont(heading)
            address.setFont(small)
            image.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class TallyBars(QWidget):
    """The vote's result drawn to fill the projector: per activity its dots in big figures,
    a bar as long as its share of the leader's dots, the title and the group, the highest
    first; rows as tall as the screen allows."""

    BAR = QColor("#ffd54a")
    TEXT = QColor("#f4f4f0")
    DIM = QColor("#c9ced6")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, int]] = []

    def set_rows(self, rows: Sequence[tuple[str, str, int]]) -> None:
        self.rows = [r for r in rows if r[2] > 0]
        self.update()

    def text(self) -> str:
        """What the scene shows, as lines (for a reader that cannot see the paint)."""
        return "\n".join(f"{dots}  {title}  ({group})" for title, group, dots in self.rows)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.rows:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        # as tall as the rows allow, at most an eighth of the screen; never under a twelfth
        # (readable from the back row): what does not fit is left out, the lowest first
        row_h = max(h / 12, min(h / max(len(self.rows), 1), h / 8))
        big = QFont(self.font())
        big.setBold(True)
        big.setPixelSize(max(10, int(row_h * 0.55)))
        small = QFont(self.font())
        small.setPixelSize(max(9, int(row_h * 0.30)))
        figures = QFontMetrics(big).horizontalAdvance("888") + row_h * 0.3
        most = max(dots for _, _, dots in self.rows)
        for i, (title, group, dots) in enumerate(self.rows):
            top = i * row_h
            if top + row_h > h + 1:
                break
            p.setFont(big)
            p.setPen(self.BAR)
            p.drawText(QRectF(0, top, figures - row_h * 0.3, row_h * 0.62),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(dots))
            bar_w = (w - figures) * dots / most
            p.fillRect(QRectF(figures, top + row_h * 0.14, bar_w, row_h * 0.40),
                       QColor(255, 213, 74, 70))
            p.setPen(self.TEXT)
            line = QFontMetrics(big).elidedText(title, Qt.TextElideMode.ElideRight,
                                                int(w - figures - row_h * 0.2))
            p.drawText(QRectF(figures + row_h * 0.15, top, w - figures, row_h * 0.62),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            p.setFont(small)
            p.setPen(self.DIM)
            p.drawText(QRectF(figures + row_h * 0.15, top + row_h * 0.58, w - figures,
                              row_h * 0.36),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, group)
        p.end()


class TallyScene(QWidget):
    """The vote's QR code and, once revealed, the activities by dots (the highest first)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("voteTally")
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="tallyHeading", wordWrap=True)
        self.code = QLabel(objectName="codeImage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.address = QLabel(objectName="codeAddress", alignment=Qt.AlignmentFlag.AlignCenter)
        self.lines = TallyBars()
        layout.addWidget(self.heading)
        layout.addWidget(self.code)
        layout.addWidget(self.address)
        layout.addWidget(self.lines, 1)
        self._rows: list[tuple[str, str, int]] = []
        self._pixmap = QPixmap()

    def set_vote(self, url: str, pixmap: QPixmap) -> None:
        self.address.setText(url)
        self._pixmap = pixmap
        self._fit()

    def set_tally(self, rows: Sequence[tuple[str, str, int]] | None) -> None:
        """(title, group name, dots) per activity; None while the tally is hidden."""
        if rows is None:
            self._rows = []
            self.heading.setText(self.tr("Vote: scan the code"))
            self.lines.set_rows([])
        else:
            self._rows = sorted(rows, key=lambda r: -r[2])
            self.heading.setText(self.tr("Dot vote: the result"))
            self.lines.set_rows(self._rows)
        self.code.setVisible(rows is None)
        self.address.setVisible(rows is None)
        self._fit()

    def tally(self) -> list[tuple[str, str, int]]:
        return list(self._rows)

    def _fit(self) -> None:
        heading = QFont(self.font())
        heading.setPixelSize(max(16, self.height() // 14))
        body = QFont(self.font())
        body.setPixelSize(max(12, self.height() // 24))
        self.heading.setFont(heading)
        self.address.setFont(body)
        if not self._pixmap.isNull():
            side = max(80, int(self.height() * 0.55))
            self.code.setPixmap(self._pixmap.scaled(side, side,
                                                    Qt.AspectRatioMode.KeepAspectRatio))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
