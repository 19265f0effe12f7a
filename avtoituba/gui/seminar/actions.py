"""The Seminar page's actions, declared once (menus, buttons and keys share them)."""

from __future__ import annotations

from avtoituba.gui.shell.actions import ActionSpec
from avtoituba.wording import QT_TRANSLATE_NOOP

CTX = "SeminarPage"

TIMER = (
    ActionSpec("start", CTX, QT_TRANSLATE_NOOP("SeminarPage", "&Start the seminar"), "toggle",
               ("Space",), typing_guard=True),
    ActionSpec("next", CTX, QT_TRANSLATE_NOOP("SeminarPage", "&Next municipality"), "next",
               ("Right", "PgDown"), typing_guard=True),
    ActionSpec("prev", CTX, QT_TRANSLATE_NOOP("SeminarPage", "&Previous item"), "previous",
               ("Left", "PgUp"), typing_guard=True),
    ActionSpec("plus1", CTX, QT_TRANSLATE_NOOP("SeminarPage", "+1 minute"), "plus_one",
               ("+",), typing_guard=True),
    ActionSpec("minus1", CTX, QT_TRANSLATE_NOOP("SeminarPage", "\u22121 minute"), "minus_one",
               ("-",), typing_guard=True),
)
#: the single keys, enabled only while the page is shown (the agenda uses the same keys)
SINGLE_KEYS = ("start", "next", "prev", "plus1", "minus1")

OTHER = (
    ActionSpec("finish", CTX, QT_TRANSLATE_NOOP("SeminarPage", "&End the seminar"), "finish"),
    ActionSpec("reopen", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Re&open the seminar"),
               "reopen"),
    ActionSpec("projector", CTX, QT_TRANSLATE_NOOP("SeminarPage",
                                                  "Show on the shared &screen"),
               "show_projector",
               tip=QT_TRANSLATE_NOOP("SeminarPage", "Show the countdown in the projector "
                                     "window; share that window in the video call")),
    ActionSpec("absent", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Mark &absent"), "mark_absent"),
    ActionSpec("later", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Move &later"), "move_later"),
    ActionSpec("present", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Mark p&resent"),
               "mark_present"),
    ActionSpec("up", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Move &up"), "move_up",
               ("Ctrl+Up",)),
    ActionSpec("down", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Move do&wn"), "move_down",
               ("Ctrl+Down",)),
    ActionSpec("export", CTX, QT_TRANSLATE_NOOP("SeminarPage", "Write the &summary…"),
               "export_summary"),
)
SPECS = TIMER + OTHER
