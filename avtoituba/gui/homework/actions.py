"""The Homework pack page's actions, declared once."""

from __future__ import annotations

from avtoituba.gui.shell.actions import ActionSpec
from avtoituba.wording import QT_TRANSLATE_NOOP

C = "ExportPage"

SPECS = (
    ActionSpec("export", C, QT_TRANSLATE_NOOP("ExportPage", "Compile homework pack"),
               "start_export", shortcuts=("Ctrl+E",),
               tip=QT_TRANSLATE_NOOP("ExportPage", "Compile the homework pack (Ctrl+E)")),
    ActionSpec("cancel", C, QT_TRANSLATE_NOOP("ExportPage", "Cancel"), "cancel_export"),
    ActionSpec("move_up", C, QT_TRANSLATE_NOOP("ExportPage", "Move up"), "move_up",
               shortcuts=("Alt+Up",),
               tip=QT_TRANSLATE_NOOP("ExportPage", "Move up (Alt+Up)")),
    ActionSpec("move_down", C, QT_TRANSLATE_NOOP("ExportPage", "Move down"), "move_down",
               shortcuts=("Alt+Down",),
               tip=QT_TRANSLATE_NOOP("ExportPage", "Move down (Alt+Down)")),
    ActionSpec("choose_folder", C, QT_TRANSLATE_NOOP("ExportPage", "Choose…"),
               "choose_folder"),
    ActionSpec("details", C, QT_TRANSLATE_NOOP("ExportPage", "Follow-up seminar details…"),
               "edit_followup"),
    ActionSpec("open_folder", C, QT_TRANSLATE_NOOP("ExportPage", "Open folder"),
               "open_folder"),
)
