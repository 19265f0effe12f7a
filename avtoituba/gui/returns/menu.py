"""File › Import returned homework… (declared in the main window's actions table): the
dialog, imported when used."""

from __future__ import annotations

from typing import Any


def open_dialog(window: Any, paths: list[str] | None = None) -> Any:
    from avtoituba.gui.returns.dialog import ReturnsDialog

    if getattr(window, "context", None) is None:
        return None
    dialog = ReturnsDialog(window.store, window.undo_stack, window)
    if paths:
        dialog.add_paths(paths)
    dialog.open()
    return dialog
