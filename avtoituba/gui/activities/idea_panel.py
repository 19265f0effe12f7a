"""The deck's example activities for each of the seven areas: one click adds one.

The new activity goes to the group being captured (the page says which) for the
municipality chosen at the top of the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core.capture import AreaInfo

from avtoituba.gui.activities.quick_add import municipality_box, set_names
from avtoituba.wording import fill

AREA_ROLE = Qt.ItemDataRole.UserRole + 1


class IdeaPanel(QWidget):
    """``idea_chosen(area number, text)`` when an example is clicked."""

    idea_chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ideaPanel")
        self.target = QLabel("")
        self.target.setObjectName("ideaTarget")
        self.target.setWordWrap(True)
        self.municipality = municipality_box("ideaMunicipality", self.tr("Municipality"))
        self.message = QLabel("")
        self.message.setObjectName("quickAddMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("ideaTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setIndentation(14)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        hint = QLabel(self.tr("Click an example to add it as an activity; edit it afterwards "
                              "to say what exactly the municipality will do."))
        hint.setWordWrap(True)
        hint.setObjectName("ideaHint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.municipality)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

    def set_areas(self, areas: list[AreaInfo]) -> None:
        self.tree.clear()
        for area in areas:
            top = QTreeWidgetItem([f"{area.number}. {area.title}"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setToolTip(0, area.title)
            for example in area.examples:
                child = QTreeWidgetItem([example])
                child.setData(0, AREA_ROLE, area.number)
                child.setToolTip(0, fill(self.tr("Add “%1” as an activity"), example))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self._wrap()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        """Give every line the height its wrapped text needs at the current width."""
        width = self.tree.viewport().width()
        if width <= 0:
            return
        fm = self.tree.fontMetrics()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        bm = QFontMetrics(bold)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            w = width - self.tree.indentation() - 8
            h = bm.boundingRect(QRect(0, 0, w, 2000), Qt.TextFlag.TextWordWrap, top.text(0))
            top.setSizeHint(0, QSize(w, h.height() + 8))
            for j in range(top.childCount()):
                child = top.child(j)
                cw = w - self.tree.indentation()
                r = fm.boundingRect(QRect(0, 0, cw, 2000), Qt.TextFlag.TextWordWrap,
                                    child.text(0))
                child.setSizeHint(0, QSize(cw, r.height() + 6))
        self.tree.doItemsLayout()

    def set_municipalities(self, names: list[str]) -> None:
        set_names(self.municipality, names)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_target(self, group_name: str) -> None:
        self.target.setText(fill(self.tr("Adds to: %1"), group_name))

    def municipality_name(self) -> str:
        return self.municipality.currentText().strip()

    def set_municipality_name(self, name: str) -> None:
        self.municipality.setEditText(name)

    def examples(self) -> list[tuple[int, str]]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                out.append((child.data(0, AREA_ROLE), child.text(0)))
        return out

    def item_for(self, text: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).text(0) == text:
                    return top.child(j)
        return None

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        area = item.data(0, AREA_ROLE)
        if area is not None:
            self.idea_chosen.emit(int(area), item.text(0))
