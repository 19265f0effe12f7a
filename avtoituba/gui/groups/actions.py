"""Every action of the participants and groups page, declared once.

The menu, the buttons and the context menus use the same QAction objects, built from this
table by ``build_actions`` (the page gets ``<key>_action`` attributes).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from avtoituba.gui.shell.actions import ActionSpec
from avtoituba.wording import QT_TRANSLATE_NOOP

CTX = "GroupsPage"

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("add", CTX, QT_TRANSLATE_NOOP("GroupsPage", "&Add participant…"), "add_participant",
               ("Ins",), tip=QT_TRANSLATE_NOOP("GroupsPage", "Add a participant by hand")),
    ActionSpec("edit", CTX, QT_TRANSLATE_NOOP("GroupsPage", "&Edit participant…"), "edit_participant",
               ("F2",)),
    ActionSpec("remove", CTX, QT_TRANSLATE_NOOP("GroupsPage", "&Remove participant"), "remove_selected",
               (QKeySequence.StandardKey.Delete,)),
    ActionSpec("present", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Check &in / out"), "toggle_present",
               ("Ctrl+K",), tip=QT_TRANSLATE_NOOP("GroupsPage", "Mark the selected participants present or absent")),
    ActionSpec("import", CTX, QT_TRANSLATE_NOOP("GroupsPage", "&Import from a file…"), "import_file",
               ("Ctrl+Shift+I",),
               tip=QT_TRANSLATE_NOOP("GroupsPage", "Import a registration list (.xlsx or .csv)")),
    ActionSpec("assign", CTX, QT_TRANSLATE_NOOP("GroupsPage", "A&ssign to groups…"),
               "open_assign_dialog", ("Ctrl+G",),
               tip=QT_TRANSLATE_NOOP("GroupsPage", "Put the participants into the groups")),
    ActionSpec("move_1", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Move to group &1"), "move_to_group_1",
               ("Alt+1",)),
    ActionSpec("move_2", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Move to group &2"), "move_to_group_2",
               ("Alt+2",)),
    ActionSpec("move_3", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Move to group &3"), "move_to_group_3",
               ("Alt+3",)),
    ActionSpec("unassign", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Take &out of the groups"),
               "take_out_of_groups", ("Alt+0",)),
    ActionSpec("lock", CTX, QT_TRANSLATE_NOOP("GroupsPage", "&Lock in group"), "toggle_lock",
               ("Ctrl+L",), tip=QT_TRANSLATE_NOOP("GroupsPage", "A locked member stays in the group when groups are assigned again")),
    ActionSpec("presenter", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Mark as &presenter"),
               "toggle_presenter", ("Ctrl+Shift+P",),
               tip=QT_TRANSLATE_NOOP("GroupsPage", "The presenter (esitaja) of the group")),
    ActionSpec("stage", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Show groups on the pro&jector"),
               "show_on_projector", ("Ctrl+F5",)),
    ActionSpec("export", CTX, QT_TRANSLATE_NOOP("GroupsPage", "Save group &lists as Word…"),
               "export_group_lists", ("Ctrl+Shift+L",)),
)

#: move, take out, lock, presenter: listed once, for the menu and the context menu alike
MEMBERSHIP = ("move_1", "move_2", "move_3", "unassign", "lock", "presenter")
#: act on the selection; their keys (Del, F2) belong to the page while it is shown
LOCAL = ("edit", "remove", "present", *MEMBERSHIP)
#: change the workshop: off in a read-only workshop
EDITING = ("add", "import", "assign", *LOCAL)
#: the buttons above the table, with their short texts
BUTTONS = (("add", QT_TRANSLATE_NOOP("GroupsPage", "Add…")), ("import", QT_TRANSLATE_NOOP("GroupsPage", "Import…")),
           ("assign", QT_TRANSLATE_NOOP("GroupsPage", "Assign…")),
           ("stage", QT_TRANSLATE_NOOP("GroupsPage", "Projector")),
           ("export", QT_TRANSLATE_NOOP("GroupsPage", "Word…")))
#: the Participants menu, None a separator
MENU = ("add", "edit", "remove", "present", None, "import", None, "assign", *MEMBERSHIP, None,
        "stage", "export")
#: the context menu of the table and of the group columns
CONTEXT_MENU = ("edit", "present", None, *MEMBERSHIP, None, "remove")
