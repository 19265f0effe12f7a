"""The main window's own actions (File, Edit, View, Help), declared once.

Built by :func:`avtoituba.gui.shell.actions.build_actions` onto the main window as
``<key>_action``; the menus are filled from :data:`MENUS` in this order. Page actions live
in each page's ``actions.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

from avtoituba.gui.shell.actions import ActionSpec

C = "MainWindow"
Key = QKeySequence.StandardKey


def standard_key(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's shortcut for ``key``, or ``fallback`` where it has none (Windows, for
    Quit and Preferences), so every menu shows a shortcut."""
    bindings = QKeySequence.keyBindings(key)
    return bindings[0] if bindings else QKeySequence(fallback)


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, and Ctrl+Y on every platform (the user guide promises it)."""
    keys = list(QKeySequence.keyBindings(Key.Redo))
    ctrl_y = QKeySequence("Ctrl+Y")
    if ctrl_y not in keys:
        keys.append(ctrl_y)
    return keys


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", C, QT_TRANSLATE_NOOP("MainWindow", "&New workshop…"), "new_file",
               (Key.New,)),
    ActionSpec("open", C, QT_TRANSLATE_NOOP("MainWindow", "&Open…"), "open_file",
               (Key.Open,)),
    ActionSpec("save_copy", C, QT_TRANSLATE_NOOP("MainWindow", "Save a &copy as…"),
               "save_copy", ("Ctrl+Shift+S",)),
    ActionSpec("restore", C, QT_TRANSLATE_NOOP("MainWindow", "&Restore from backup…"),
               "restore_from_backup"),
    ActionSpec("details", C, QT_TRANSLATE_NOOP("MainWindow", "Workshop &details…"),
               "edit_details", ("Ctrl+I",)),
    ActionSpec("import_returns", C,
               QT_TRANSLATE_NOOP("MainWindow", "&Import returned homework…"),
               "import_returned_homework", ("Alt+I",),
               tip=QT_TRANSLATE_NOOP("MainWindow",
                                     "Read the homework packs the municipalities sent back")),
    ActionSpec("scribes", C, QT_TRANSLATE_NOOP("MainWindow", "&Groups write on their phones…"),
               "show_scribes"),
    ActionSpec("quit", C, QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close"),
    ActionSpec("prefs", C, QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
               "edit_preferences"),
    ActionSpec("stage", C, QT_TRANSLATE_NOOP("MainWindow", "&Projector window"),
               "toggle_stage", ("F5",), checkable=True),
    ActionSpec("blackout", C, QT_TRANSLATE_NOOP("MainWindow", "&Blackout projector"),
               "toggle_blackout", ("Ctrl+B",), checkable=True),
    ActionSpec("stage_next_page", C, QT_TRANSLATE_NOOP("MainWindow", "&Next page on the projector"),
               "stage_next_page", ("Shift+F8",)),
    ActionSpec("stage_previous_page", C,
               QT_TRANSLATE_NOOP("MainWindow", "Pre&vious page on the projector"),
               "stage_previous_page", ("Shift+F7",)),
    ActionSpec("stage_screen", C, QT_TRANSLATE_NOOP("MainWindow", "Projector &screen…"),
               "choose_stage_screen"),
    ActionSpec("guide", C, QT_TRANSLATE_NOOP("MainWindow", "&User guide"), "show_user_guide",
               (Key.HelpContents,)),
    ActionSpec("about", C, QT_TRANSLATE_NOOP("MainWindow", "&About avtoituba"), "show_about"),
)

#: menu title, then the action keys in order ("-" a separator, "recent" the submenu,
#: "undo"/"redo" the undo stack's actions, "pages" where the page actions go)
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ("new", "open", "recent", "-", "save_copy", "restore", "details", "-", "import_returns",
      "-", "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("undo", "redo", "-", "prefs")),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"),
     ("stage", "blackout", "stage_next_page", "stage_previous_page", "stage_screen", "-",
      "scribes", "-", "pages")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("guide", "-", "about")),
)


def finish(window: object) -> None:
    """What a table row cannot say: platform fallbacks and menu roles (macOS)."""
    quit_action: QAction = window.quit_action  # type: ignore[attr-defined]
    quit_action.setShortcut(standard_key(Key.Quit, "Ctrl+Q"))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    prefs: QAction = window.prefs_action  # type: ignore[attr-defined]
    prefs.setShortcut(standard_key(Key.Preferences, "Ctrl+,"))
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    about: QAction = window.about_action  # type: ignore[attr-defined]
    about.setMenuRole(QAction.MenuRole.AboutRole)
