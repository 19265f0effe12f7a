"""The window around the pages: main window, menus, dialogs, settings, errors, background work."""
