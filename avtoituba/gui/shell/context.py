"""What every page is handed: the open workshop and the app's shared services.

Passed in explicitly (no global registry). Pages call core services with ``store`` and
push undoable edits onto ``undo_stack``, which the Edit menu shares across pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from avtoituba.store.db import Store

    from avtoituba.gui.projector.window import StageWindow
    from avtoituba.gui.shell.settings import Settings


@dataclass
class AppContext:
    store: Store
    settings: Settings
    undo_stack: QUndoStack
    stage: StageWindow
    # Extra services later features share (clock, chime, ...), by name.
    services: dict[str, object] = field(default_factory=dict)

    @property
    def read_only(self) -> bool:
        return self.store.read_only
