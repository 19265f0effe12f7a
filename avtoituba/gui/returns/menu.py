"""The File menu's entry for the returned homework (the dialog is imported when used)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction


def install(window: Any) -> QAction:
    """Add File › Import returned homework… to ``window`` (the main window)."""
    action = QAction(QCoreApplication.translate("ReturnsMenu", "&Import returned homework…"),
                     window)
    action.setStatusTip(QCoreApplication.translate(
        "ReturnsMenu", "Read the homework packs the municipalities sent back"))
    action.triggered.connect(lambda _checked=False: open_dialog(window))
    window.file_menu.insertAction(window.file_menu_extra, action)
    window.import_returns_action = action
    return action


def open_dialog(window: Any, paths: list[str] | None = None) -> Any:
    from avtoituba.gui.returns.dialog import ReturnsDialog

    if getattr(window, "context", None) is None:
        return None
    dialog = ReturnsDialog(window.store, window.undo_stack, window)
    if paths:
        dialog.add_paths(paths)
    dialog.open()
    return dialog
