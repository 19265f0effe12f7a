"""The Season page's actions (File › Send to / Open from the season database)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from avtoituba.gui.shell.actions import ActionSpec

C = "SeasonPage"  # the translation context (written out below: lupdate reads literals)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("send", C, QT_TRANSLATE_NOOP("SeasonPage", "Send to the season &database"),
               "send",
               tip=QT_TRANSLATE_NOOP("SeasonPage", "Send what changed in this workshop to "
                                                   "the shared season database")),
    ActionSpec("open_from", C,
               QT_TRANSLATE_NOOP("SeasonPage", "Open from the season data&base…"),
               "open_from",
               tip=QT_TRANSLATE_NOOP("SeasonPage", "Make a workshop file from the workshop "
                                                   "chosen in the season list")),
    ActionSpec("refresh", C, QT_TRANSLATE_NOOP("SeasonPage", "&Refresh the season list"),
               "refresh"),
    ActionSpec("report", C, QT_TRANSLATE_NOOP("SeasonPage", "Write the season &report…"),
               "write_report",
               tip=QT_TRANSLATE_NOOP("SeasonPage", "The whole season as Word and Excel "
                                                   "files")),
)
