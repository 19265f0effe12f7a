"""The projector scene of the groups: each group's name, theme and members in large type,
side by side, readable from the back row. The type shrinks only as far as needed to fit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from avtoituba.core.groups import GroupView

ACCENTS = ("#7fb3ff", "#ffb86b", "#8fe3a2", "#e7a3ff", "#ffe08a")

SCENE_STYLE = """
#groupsStage QLabel#stageGroupName { font-weight: 700; }
#groupsStage QLabel#stageStatement { color: #d6d8dc; }
#groupsStage QLabel#stageMembers { color: #f4f4f0; }
#groupsStage QFrame#stageGroup { border-top: 6px solid #444; border-radius: 0; }
"""


class GroupsStageScene(QWidget):
    """Add to the stage with ``stage.add_scene("groups", scene)``; ``set_groups`` fills it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("groupsStage")
        self.setStyleSheet(SCENE_STYLE)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(36)
        self._columns: list[tuple[QFrame, QLabel, QLabel, QLabel]] = []
        self._views: list[GroupView] = []
        self._presenter_word = self.tr("presenter")

    def set_groups(self, views: Sequence[GroupView]) -> None:
        self._views = list(views)
        while len(self._columns) > len(views):
            frame, *_ = self._columns.pop()
            self._layout.removeWidget(frame)
            frame.deleteLater()
        while len(self._columns) < len(views):
            frame = QFrame()
            frame.setObjectName("stageGroup")
            name = QLabel()
            name.setObjectName("stageGroupName")
            name.setWordWrap(True)
            statement = QLabel()
            statement.setObjectName("stageStatement")
            statement.setWordWrap(True)
            members = QLabel()
            members.setObjectName("stageMembers")
            members.setWordWrap(True)
            members.setTextFormat(Qt.TextFormat.RichText)
            members.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            box = QVBoxLayout(frame)
            box.setContentsMargins(0, 12, 0, 0)
            box.setSpacing(14)
            box.addWidget(name)
            box.addWidget(statement)
            box.addWidget(members, 1)
            self._layout.addWidget(frame, 1)
            self._columns.append((frame, name, statement, members))
        for i, view in enumerate(views):
            frame, name, statement, members = self._columns[i]
            accent = ACCENTS[i % len(ACCENTS)]
            frame.setStyleSheet(f"QFrame#stageGroup {{ border-top: 6px solid {accent}; }}")
            name.setText(view.name)
            name.setStyleSheet(f"color: {accent};")
            statement.setText(view.statement)
            members.setText(self._members_html(view))
        self._fit()

    def _members_html(self, view: GroupView) -> str:
        if not view.members:
            return "<span style='color:#8b9098'>—</span>"
        lines = []
        for m in view.members:
            name = escape(m.name)
            muni = f" <span style='color:#9aa0a8'>· {escape(m.municipality)}</span>" \
                if m.municipality else ""
            if m.presenter:
                lines.append(f"<b>{name}</b>{muni} <span style='color:#ffd54a'>★ "
                             f"{escape(self._presenter_word)}</span>")
            else:
                lines.append(f"{name}{muni}")
        return "<br>".join(lines)

    def texts(self) -> list[tuple[str, str, str]]:
        """(name, statement, members as plain text) per column: what the room reads."""
        out = []
        for _frame, name, statement, members in self._columns:
            doc = members.text().replace("<br>", "\n")
            plain = re.sub(r"<[^>]+>", "", doc).replace("&amp;", "&").replace("&lt;", "<")\
                .replace("&gt;", ">")
            out.append((name.text(), statement.text(), plain))
        return out

    def member_pixel_size(self) -> int:
        return self._columns[0][3].font().pixelSize() if self._columns else 0

    # -- sizing ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The largest type at which the longest column still fits the height."""
        if not self._columns:
            return
        height = max(200, self.height())
        most = max((len(v.members) for v in self._views), default=0)
        # heading ~2 lines, statement ~4 lines at 0.8 of the member size, gaps
        lines = most + 2 * 1.4 + 4 * 0.8 + 2
        px = int(height / (lines * 1.45))
        px = max(14, min(40, px))
        for _frame, name, statement, members in self._columns:
            for label, scale in ((name, 1.35), (statement, 0.8), (members, 1.0)):
                font = QFont(label.font())
                font.setPixelSize(max(12, int(px * scale)))
                label.setFont(font)
