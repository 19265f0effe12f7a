"""The Season page's actions (File › Send to / Open from the season database)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from avtoituba.gui.shell.actions import ActionSpec

C = "SeasonPage"

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("send", C, QT_TRANSLATE_NOOP(C, "Send to the season &database"), "send",
               tip=QT_TRANSLATE_NOOP(C, "Send what changed in this workshop to the shared "
                                        "season database")),
    ActionSpec("open_from", C, QT_TRANSLATE_NOOP(C, "Open from the season data&base…"),
               "open_from",
               tip=QT_TRANSLATE_NOOP(C, "Make a workshop file from the workshop chosen in "
                                        "the season list")),
    ActionSpec("refresh", C, QT_TRANSLATE_NOOP(C, "&Refresh the season list"), "refresh"),
    ActionSpec("report", C, QT_TRANSLATE_NOOP(C, "Write the season &report…"), "write_report",
               tip=QT_TRANSLATE_NOOP(C, "The whole season as Word and Excel files")),
)
