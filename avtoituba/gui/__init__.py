"""The Qt user interface: a thin layer over avtoituba.core.

- ``shell/``: the main window, menus, dialogs, settings, errors, background work, undo;
- ``projector/``: the stage window and its scenes (clock, groups, activity wall);
- ``agenda/``, ``groups/``, ``activities/``, ``homework/``: one package per page;
- ``forms/``: generated from ``ui/*.ui`` by ``make forms`` (never edited).
"""
