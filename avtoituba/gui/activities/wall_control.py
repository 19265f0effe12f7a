"""Which group's activities the projector wall shows, and how the trainer turns it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from avtoituba.core.capture import GroupInfo

from avtoituba.gui.activities.model import GroupActivityModel
from avtoituba.gui.projector.wall import ActivityWall
from avtoituba.gui.shell.context import AppContext

WALL_SCENE = "wall"


class WallControl(QObject):
    """Puts the wall on the stage window and moves it from group to group."""

    def __init__(self, context: AppContext, groups: list[GroupInfo],
                 models: dict[int, GroupActivityModel], parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.groups = groups
        self.models = models
        self.wall = ActivityWall()
        self.wall.step_requested.connect(self.step)
        self.wall.number_requested.connect(self.show_number)
        context.stage.add_scene(WALL_SCENE, self.wall)
        if groups:
            self.wall.set_group(groups[0], models[groups[0].id])

    def group_id(self) -> int | None:
        g = self.wall.group()
        return g.id if g else None

    def show(self, group_id: int | None) -> None:
        """The wall on the projector, showing ``group_id``."""
        self.show_group(group_id)
        self.context.stage.project(WALL_SCENE)

    def show_group(self, group_id: int | None) -> None:
        for g in self.groups:
            if g.id == group_id:
                self.wall.set_group(g, self.models[g.id])
                return

    def show_number(self, number: int) -> None:
        for g in self.groups:
            if g.number == number:
                self.show_group(g.id)

    def step(self, step: int) -> None:
        if not self.groups:
            return
        ids = [g.id for g in self.groups]
        current = self.group_id()
        i = ids.index(current) if current in ids else 0
        self.show_group(ids[(i + step) % len(ids)])
        stage = self.context.stage
        if stage.current_scene() != WALL_SCENE and stage.isVisible():
            stage.show_scene(WALL_SCENE)
