"""The projector before the day starts: the workshop's title, date, venue and a countdown
to the first block, large and calm, for the room as people arrive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from avtoituba.gui.shell.formats import format_date_long
from avtoituba.wording import fill

WELCOME_STYLE = """
#stageWelcome { background: #111418; }
#welcomeTitle { color: #f4f4f0; font-weight: 700; }
#welcomeWhen { color: #c9ced6; }
#welcomeCountdown { color: #ffd54a; font-weight: 600; }
"""


def countdown_text(start: dt.datetime | None, now: dt.datetime) -> str:
    """'0:42:10' until the start on the day; '' on another day or once it has passed."""
    if start is None or now.date() != start.date() or now >= start:
        return ""
    left = int((start - now).total_seconds())
    hours, rest = divmod(left, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"{rest // 60}:{rest % 60:02d}"


class WelcomeScene(QWidget):
    """Title, date and venue, start time, and the time left until the start."""

    def __init__(self, now: Callable[[], dt.datetime] = dt.datetime.now,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stageWelcome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(WELCOME_STYLE)
        self._now = now
        self.start: dt.datetime | None = None
        self.title = QLabel("")
        self.title.setObjectName("welcomeTitle")
        self.when = QLabel("")
        self.when.setObjectName("welcomeWhen")
        self.countdown = QLabel("")
        self.countdown.setObjectName("welcomeCountdown")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for label in (self.title, self.when, self.countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addSpacing(16)
        layout.addStretch(3)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)

    def set_workshop(self, title: str, date: dt.date | None, venue: str,
                     start: dt.time | None) -> None:
        self.title.setText(title)
        parts = [p for p in (format_date_long(date), venue) if p]
        if start is not None:
            estonian = QLocale().language() == QLocale.Language.Estonian
            parts.append(fill(self.tr("start %1"),
                              start.strftime("%H.%M" if estonian else "%H:%M")))
        self.when.setText(" · ".join(parts))
        self.start = dt.datetime.combine(date, start) if date and start else None
        self.refresh()

    def refresh(self) -> None:
        left = countdown_text(self.start, self._now())
        self.countdown.setText(fill(self.tr("We start in %1"), left) if left else "")

    def showEvent(self, event: object) -> None:
        self.refresh()
        self._tick.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self._tick.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:
        h, w = max(1, self.height()), max(1, self.width())
        for label, share in ((self.title, 0.085), (self.when, 0.05), (self.countdown, 0.09)):
            font = QFont(label.font())
            font.setPixelSize(max(16, int(min(h * share, w * share * 0.6))))
            label.setFont(font)
        super().resizeEvent(event)
