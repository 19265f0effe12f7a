"""Every action of the Agenda page, declared once (menus, buttons and keys share them).

Single-key shortcuts (Space, arrows, + and −) carry ``typing_guard``: they never act while
a text field or an editor has the focus. They are also switched off while another page is
shown (those pages need the keys for their own tables).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from avtoituba.gui.shell.actions import ActionSpec
from avtoituba.wording import QT_TRANSLATE_NOOP

CTX = "AgendaPage"
WIDGET = Qt.ShortcutContext.WidgetShortcut
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut

TIMER = (
    ActionSpec("start", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Start"), "toggle", ("Space",),
               typing_guard=True),
    ActionSpec("next", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Next block"), "next",
               ("Right", "PgDown"), typing_guard=True),
    ActionSpec("prev", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Previous block"), "previous",
               ("Left", "PgUp"), typing_guard=True),
    ActionSpec("next_presenter", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Next p&resenter"),
               "next_presenter", ("Shift+Right",), typing_guard=True),
    ActionSpec("prev_presenter", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Previous presen&ter"),
               "previous_presenter", ("Shift+Left",), typing_guard=True),
    ActionSpec("plus1", CTX, QT_TRANSLATE_NOOP("AgendaPage", "+1 minute"), "plus_one",
               ("+", "Num++"), typing_guard=True),
    ActionSpec("minus1", CTX, QT_TRANSLATE_NOOP("AgendaPage", "\u22121 minute"), "minus_one",
               ("-", "Num+-"), typing_guard=True),
    ActionSpec("plus5", CTX, QT_TRANSLATE_NOOP("AgendaPage", "+5 minutes"), "plus_five",
               ("Ctrl++", "Ctrl+=")),
    ActionSpec("minus5", CTX, QT_TRANSLATE_NOOP("AgendaPage", "\u22125 minutes"), "minus_five",
               ("Ctrl+-",)),
)
#: single keys: on only while the page is shown
SINGLE_KEYS = ("start", "next", "prev", "next_presenter", "prev_presenter", "plus1", "minus1")

DAY = (
    ActionSpec("jump_selected", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Jump to the &selected block"),
               "jump_to_selected", ("Ctrl+J",)),
    ActionSpec("finish", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&End the day…"), "finish"),
    ActionSpec("reopen", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Re&open the day…"), "reopen"),
    ActionSpec("reset", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Reset the timer…"), "reset"),
    ActionSpec("mute", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Mute the chime"), "toggle_mute",
               ("Ctrl+M",), checkable=True),
    ActionSpec("projector", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Show the projector &clock"),
               "show_projector_clock", ("Shift+F5",)),
)

BLOCKS = (
    ActionSpec("add", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Add a block"), "add_block",
               ("Ctrl+Ins",), shortcut_context=WITH_CHILDREN),
    ActionSpec("delete", CTX, QT_TRANSLATE_NOOP("AgendaPage", "&Delete the block"), "delete_block",
               (QKeySequence.StandardKey.Delete,), shortcut_context=WIDGET),
    ActionSpec("up", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Move &up"), "move_up", ("Ctrl+Up",),
               shortcut_context=WITH_CHILDREN),
    ActionSpec("down", CTX, QT_TRANSLATE_NOOP("AgendaPage", "Move do&wn"), "move_down", ("Ctrl+Down",),
               shortcut_context=WITH_CHILDREN),
    ActionSpec("compressible", CTX, QT_TRANSLATE_NOOP("AgendaPage", "May &give time when late"),
               "toggle_compressible", checkable=True,
               tip=QT_TRANSLATE_NOOP("AgendaPage", "The late-day plans take time from this block "
                                          "first.")),
)

SPECS = TIMER + DAY + BLOCKS
