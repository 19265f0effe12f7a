"""The pages of the main window, in order. Each feature puts its page here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from avtoituba.gui.context import AppContext
from avtoituba.gui.page import Page, PlaceholderPage


def agenda_page(context: AppContext) -> Page:
    from avtoituba.gui.agenda_page import AgendaPage

    return AgendaPage(context)


def groups_page(context: AppContext) -> Page:
    from avtoituba.gui.groups_page import GroupsPage

    return GroupsPage(context)


def activities_page(context: AppContext) -> Page:
    from avtoituba.gui.capture_page import CapturePage

    return CapturePage(context)


def export_page(context: AppContext) -> Page:
    from avtoituba.gui.export_page import ExportPage

    return ExportPage(context)


PAGE_FACTORIES: tuple[Callable[[AppContext], Page], ...] = (
    agenda_page,
    groups_page,
    activities_page,
    export_page,
)
