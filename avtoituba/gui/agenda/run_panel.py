"""The run panel: the day's state, the big digits, the forecast and the timer buttons.

Every line has a fixed place: the block's title takes two lines whatever its length, the
presenter's line is kept while empty, so the buttons below never move when the title
changes or the late box (below them) appears. Text is set only when it changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core import clock as C
from avtoituba.core.agenda import hhmm
from avtoituba.core.clock import format_minutes, format_remaining
from avtoituba.core.timer_state import TimerState

from avtoituba.gui.projector.clock import ClockView, DigitsDisplay
from avtoituba.wording import fill

PANEL_STYLE = """
#timerPanel { background: #111418; border-radius: 10px; }
#timerPanel QLabel { color: #c9ced6; }
#timerBlock { color: #f4f4f0; font-size: 15pt; font-weight: 600; }
#timerPresenter { color: #ffd54a; font-size: 13pt; font-weight: 600; }
#timerForecast[late="true"] { color: #ff8a80; }
#lateBox { background: #fff4e0; border: 1px solid #f0b45a; border-radius: 6px; }
#lateBox QLabel { color: #3a2a00; }
"""


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def set_prop(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def status_text(status: str) -> str:
    """The state of the day (never "Paus": that is a kind of block)."""
    if status == C.RUNNING:
        return QCoreApplication.translate("RunPanel", "Running")
    if status == C.PAUSED:
        return QCoreApplication.translate("RunPanel", "Timer paused")
    if status == C.FINISHED:
        return QCoreApplication.translate("RunPanel", "The day is over")
    return QCoreApplication.translate("RunPanel", "Not started")


_FITTED: dict[tuple[str, int, str], str] = {}


def two_lines(label: QLabel, text: str) -> str:
    """``text`` as it fits the label in two wrapped lines, ending with … when cut (measured
    once per text, width and font: the run panel asks on every tick of the timer)."""
    width = label.contentsRect().width()
    font = label.font()
    key = (text, width, font.key())
    fitted = _FITTED.get(key)
    if fitted is None:
        if len(_FITTED) > 256:
            _FITTED.clear()
        fitted = _FITTED[key] = _fit_two_lines(text, width, font)
    return fitted


def _fit_two_lines(text: str, width: int, font: QFont) -> str:
    fm = QFontMetrics(font)
    flags = int(Qt.TextFlag.TextWordWrap)

    def fits(t: str) -> bool:
        return fm.boundingRect(QRect(0, 0, width, 10_000), flags, t).height() \
            <= 2 * fm.lineSpacing()

    if width <= 0 or fits(text):
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        if fits(" ".join(words) + " …"):
            return " ".join(words) + " …"
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _button(action: QAction, text: str | None = None) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    if text:
        action.setIconText(text)  # the button's short text; menus keep the full one
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(action.text().replace("&", "") + (f" ({keys})" if keys else ""))
    return button


class RunPanel(QWidget):
    """The dark panel with the digits, and the timer buttons under it."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(PANEL_STYLE)
        panel = QFrame()
        panel.setObjectName("timerPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(18, 14, 18, 14)
        self.status_label = QLabel()
        self.status_label.setObjectName("timerStatus")
        self.block_label = QLabel()
        self.block_label.setObjectName("timerBlock")
        self.block_label.setWordWrap(True)
        self.block_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.presenter_label = QLabel()
        self.presenter_label.setObjectName("timerPresenter")
        self.digits = DigitsDisplay()
        self.digits.setObjectName("timerDigits")
        self.block_total = QLabel()
        self.block_total.setObjectName("timerBlockTotal")
        self.block_total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        info = QGridLayout()
        self.clock_label = QLabel()
        self.clock_label.setObjectName("timerClock")
        self.forecast_label = QLabel()
        self.forecast_label.setObjectName("timerForecast")
        self.forecast_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_label = QLabel()
        self.next_label.setObjectName("timerNext")
        self.next_label.setWordWrap(False)
        info.addWidget(self.clock_label, 0, 0)
        info.addWidget(self.forecast_label, 0, 1)
        info.addWidget(self.next_label, 1, 0, 1, 2)
        for w in (self.status_label, self.block_label, self.presenter_label, self.digits,
                  self.block_total):
            pl.addWidget(w)
        pl.addLayout(info)
        self._panel = panel

        controls = QGridLayout()
        controls.addWidget(_button(actions["prev"], "◀ " + self.tr("Previous")), 0, 0)
        self.start_button = _button(actions["start"])
        self.start_button.setObjectName("startButton")
        controls.addWidget(self.start_button, 0, 1, 1, 2)
        controls.addWidget(_button(actions["next"], self.tr("Next") + " ▶"), 0, 3)
        for i, (key, text) in enumerate((("minus5", "\u22125"), ("minus1", "\u22121"),
                                         ("plus1", "+1"), ("plus5", "+5"))):
            controls.addWidget(_button(actions[key], text), 1, i)
        self.prev_presenter_button = _button(actions["prev_presenter"],
                                             "◀ " + self.tr("Presenter"))
        self.prev_presenter_button.setObjectName("prevPresenter")
        self.next_presenter_button = _button(actions["next_presenter"],
                                             self.tr("Next presenter") + " ▶")
        self.next_presenter_button.setObjectName("nextPresenter")
        controls.addWidget(self.prev_presenter_button, 2, 0, 1, 2)
        controls.addWidget(self.next_presenter_button, 2, 2, 1, 2)
        self.controls = controls

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(panel)
        layout.addLayout(controls)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fix_heights()

    def _fix_heights(self) -> None:
        """Two lines for the title, one for the presenter and the totals, kept when empty."""
        for label, lines in ((self.block_label, 2), (self.presenter_label, 1),
                             (self.block_total, 1), (self.next_label, 1)):
            label.ensurePolished()
            label.setFixedHeight(QFontMetrics(label.font()).lineSpacing() * lines + 4)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.StyleChange, event.Type.FontChange) \
                and hasattr(self, "controls"):
            self._fix_heights()

    # -- showing a state ------------------------------------------------------------------
    def show_state(self, st: TimerState) -> ClockView:
        """Show ``st`` here; returns what the projector's clock scene should show."""
        block = st.block
        set_text(self.status_label, status_text(st.status))
        if block is not None:
            title = block.title
            digits = format_remaining(st.display_remaining_s)
            phase = st.display_phase
            shown_phase = "paused" if st.status == C.PAUSED else phase
        else:
            first = st.next_block if st.status == C.IDLE else None
            title = first.title if first else ""
            digits = format_remaining(first.duration_s) if first else "–"
            phase = shown_phase = "normal"
        set_text(self.block_label, two_lines(self.block_label, title))
        self.block_label.setToolTip(title)
        self.digits.setText(digits)
        self.digits.set_phase(shown_phase)
        p = st.presenter
        above = below = ""
        if p is not None:
            above = fill(self.tr("Presenting: %1 (%2/%3)"), p.name, p.index + 1, p.count)
            below = fill(self.tr("Presentations in all: %1"), format_remaining(st.remaining_s))
        set_text(self.presenter_label, above)
        set_text(self.block_total, below)
        self.prev_presenter_button.setEnabled(p is not None and p.index > 0)
        self.next_presenter_button.setEnabled(p is not None and p.index + 1 < p.count)

        set_text(self.clock_label, fill(self.tr("Time %1"), st.now_local.strftime("%H:%M")))
        nxt = st.next_block
        next_text = ""
        if nxt is not None and st.status != C.IDLE:
            i = st.blocks.index(nxt)
            next_text = fill(self.tr("Next: %1 %2"), hhmm(st.schedule.blocks[i].start_s), nxt.title)
        set_text(self.next_label, QFontMetrics(self.next_label.font()).elidedText(
            next_text, Qt.TextElideMode.ElideRight, max(80, self.next_label.width())))
        self.next_label.setToolTip(next_text)
        if st.status == C.IDLE:
            forecast = fill(self.tr("planned end %1"), hhmm(st.planned_end_s))
        elif st.status == C.FINISHED:  # not "end 13:30, −210 min"
            forecast = fill(self.tr("ended at %1"), hhmm(st.forecast_end_s))
        else:
            forecast = fill(self.tr("end %1, %2"), hhmm(st.forecast_end_s),
                            format_minutes(st.delay_s) if abs(st.delay_s) >= 30
                            else self.tr("on time"))
        set_text(self.forecast_label, forecast)
        set_prop(self.forecast_label, "late",
                 "true" if st.delay_s >= 60 and st.status != C.FINISHED else "false")

        progress = 0.0
        if block is not None:
            length = p.length_s if p else st.allotted_s
            used = length - st.display_remaining_s
            progress = round(200 * used / length) / 200 if length > 0 else 1.0
        nxt_line = fill(self.tr("Next: %1"), nxt.title) if nxt is not None and block else ""
        if block is not None:
            return ClockView(digits=digits, phase=phase, title=title, above=above,
                             below=below, next_line=nxt_line, progress=progress,
                             paused=st.status == C.PAUSED)
        return ClockView(digits=st.now_local.strftime("%H:%M"), show_bar=False,
                         title=self.tr("The day is over") if st.status == C.FINISHED else "")
