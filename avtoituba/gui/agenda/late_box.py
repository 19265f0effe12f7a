"""The late box: how late the day runs, and at most three one-click plans to catch up.

Each plan is one button that says what it changes ("Lühenda „Grupitöö“ 24 min") and what
fixed starts it moves ("Paus 14.15 → 14.33"), and whether it ends the day on time or how
close it gets. The box is rebuilt only when the plans change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QFrame, QLabel, QVBoxLayout, QWidget

from avtoituba.core.agenda import hhmm
from avtoituba.core.catchup import Plan
from avtoituba.core.timer_state import TimerState

from avtoituba.gui.agenda.model import short_title
from avtoituba.wording import fill


def dotted(t) -> str:
    """A time as the documents and the trainer write it: 14.15."""
    return f"{t.hour:02d}.{t.minute:02d}"


class LateBox(QFrame):
    #: the trainer chose a plan
    plan_chosen = Signal(object)
    #: shown or hidden (its scroll area follows)
    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lateBox")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("lateLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.buttons = QVBoxLayout()
        layout.addLayout(self.buttons)
        self.plans: tuple[Plan, ...] = ()
        self.enabled = True
        self._key: tuple | None = None
        self.hide()

    def plan_buttons(self) -> list[QCommandLinkButton]:
        return [self.buttons.itemAt(i).widget() for i in range(self.buttons.count())]

    def plan_text(self, plan: Plan) -> tuple[str, str]:
        """What one click brings (the headline) and what it changes (the details)."""
        parts = []
        for cut in plan.cuts:
            minutes = cut.by_s // 60
            if cut.current:
                parts.append(self.tr("%n min less for the running block", "", minutes))
            else:
                parts.append(fill(self.tr("“%1” %2 min shorter"),
                                  short_title(cut.block.title, 28), minutes))
        for move in plan.moves[:2]:
            parts.append(fill(self.tr("“%1” %2 → %3"),
                              short_title(move.block.title, 20), dotted(move.old), dotted(move.new)))
        extra = len(plan.moves) - 2
        if extra > 0:
            parts.append(self.tr("%n more fixed start(s) later",
                                                    "", extra))
        details = "; ".join(parts) if parts else ""
        if plan.on_time and plan.moves:  # two plans on time must not read the same
            return self.tr("Ends on time, %n fixed start(s) later", "", len(plan.moves)), details
        if plan.on_time:
            return self.tr("Ends on time, fixed starts kept"), details
        late = round(plan.short_s / 60)
        return self.tr("Still %n min late", "", late), details

    def show_state(self, st: TimerState) -> None:
        late = st.started and (st.late_s > 30 or st.delay_s > 30)
        key = (late, round(st.late_s / 60), round(st.delay_s / 60), st.late_anchor, st.plans)
        if key == self._key:
            return
        self._key = key
        self.setVisible(late)
        self.visibility_changed.emit(late)
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.plans = st.plans if late else ()
        if not late:
            return
        if st.late_s > 30 and st.late_anchor is not None:
            text = fill(self.tr("Running %1 min late for %2."),
                        max(1, round(st.late_s / 60)), dotted(st.late_anchor))
        else:
            text = fill(self.tr("The day ends at %1, %2 min late."),
                        hhmm(st.forecast_end_s), max(1, round(st.delay_s / 60)))
        if st.plans:
            text += " " + self.tr("Choose a plan to catch up (Ctrl+Z takes it back):")
        else:
            text += " " + self.tr("No later block can give time: use −1 minute on this one.")
        self.label.setText(text)
        for i, plan in enumerate(st.plans):
            headline, details = self.plan_text(plan)
            button = QCommandLinkButton(headline, details)
            button.setObjectName(f"plan_{i}")
            button.setIconSize(button.iconSize() * 0)
            button.setEnabled(self.enabled)
            button.clicked.connect(lambda _c=False, p=plan: self.plan_chosen.emit(p))
            self.buttons.addWidget(button)

    def reset(self) -> None:
        self._key = None
