"""Every action of the Activities page, declared once: the menu, the list's context menu and
the keys use the same QAction objects (built by :func:`~avtoituba.gui.shell.actions.build_actions`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence

from avtoituba.gui.shell.actions import ActionSpec

C = "CapturePage"
PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut
WINDOW = Qt.ShortcutContext.WindowShortcut
StandardKey = QKeySequence.StandardKey

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", C, QT_TRANSLATE_NOOP("CapturePage", "&New activity"), "focus_quick_add",
               ("Ctrl+Shift+N",), shortcut_context=PAGE),
    ActionSpec("find", C, QT_TRANSLATE_NOOP("CapturePage", "&Find…"), "focus_search",
               (StandardKey.Find,), shortcut_context=PAGE),
    ActionSpec("edit", C, QT_TRANSLATE_NOOP("CapturePage", "&Edit activity"), "focus_editor", ("F2",),
               shortcut_context=PAGE),
    ActionSpec("delete", C, QT_TRANSLATE_NOOP("CapturePage", "&Delete activity"), "delete_selected",
               (StandardKey.Delete,), shortcut_context=PAGE, typing_guard=True),
    ActionSpec("up", C, QT_TRANSLATE_NOOP("CapturePage", "Move &up"), "move_up", ("Ctrl+Up",),
               shortcut_context=PAGE),
    ActionSpec("down", C, QT_TRANSLATE_NOOP("CapturePage", "Move d&own"), "move_down", ("Ctrl+Down",),
               shortcut_context=PAGE),
    ActionSpec("left", C, QT_TRANSLATE_NOOP("CapturePage", "Move to &previous group"),
               "move_to_previous_group", ("Ctrl+Shift+Left",), shortcut_context=PAGE),
    ActionSpec("right", C, QT_TRANSLATE_NOOP("CapturePage", "Move to ne&xt group"), "move_to_next_group",
               ("Ctrl+Shift+Right",), shortcut_context=PAGE),
    ActionSpec("merge", C, QT_TRANSLATE_NOOP("CapturePage", "Me&rge municipalities…"),
               "merge_municipalities", shortcut_context=PAGE),
    ActionSpec("groups_tab", C, QT_TRANSLATE_NOOP("CapturePage", "&Groups"), "show_groups_view",
               ("Ctrl+Shift+1",), shortcut_context=PAGE),
    ActionSpec("coverage", C, QT_TRANSLATE_NOOP("CapturePage", "&Coverage grid"), "show_coverage_view",
               ("Ctrl+Shift+2",), shortcut_context=PAGE),
    ActionSpec("by_muni", C, QT_TRANSLATE_NOOP("CapturePage", "By &municipality"),
               "show_municipality_view", ("Ctrl+Shift+3",), shortcut_context=PAGE),
    ActionSpec("wall", C, QT_TRANSLATE_NOOP("CapturePage", "Show the &wall on the projector"), "show_wall",
               ("F6",), shortcut_context=WINDOW),
    ActionSpec("wall_prev", C, QT_TRANSLATE_NOOP("CapturePage", "Wall: p&revious group"), "wall_previous",
               ("F7",), shortcut_context=WINDOW),
    ActionSpec("wall_next", C, QT_TRANSLATE_NOOP("CapturePage", "Wall: nex&t group"), "wall_next",
               ("F8",), shortcut_context=WINDOW),
)

#: the Activities menu, in sections
MENU = (("new", "find", "edit", "delete"), ("up", "down", "left", "right"), ("merge",),
        ("groups_tab", "coverage", "by_muni"), ("wall", "wall_prev", "wall_next"))
#: the context menu of an activity in a list
CONTEXT_MENU = (("edit", "delete"), ("up", "down", "left", "right"))
