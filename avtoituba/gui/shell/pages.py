"""The pages of the main window, in order. Each feature puts its page here.

A page is described by a PageSpec (key, title, icon) so the window can list it before it
is built: the page on screen is built first, the others right after, one per event-loop
turn, so the workshop appears without waiting for every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from avtoituba.gui.shell.context import AppContext
from avtoituba.gui.shell.page import Page


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    icon: str
    build: Callable[[AppContext], Page]

    def __call__(self, context: AppContext) -> Page:
        return self.build(context)


def agenda_page(context: AppContext) -> Page:
    from avtoituba.gui.agenda.page import AgendaPage

    return AgendaPage(context)


def groups_page(context: AppContext) -> Page:
    from avtoituba.gui.groups.page import GroupsPage

    return GroupsPage(context)


def activities_page(context: AppContext) -> Page:
    from avtoituba.gui.activities.page import CapturePage

    return CapturePage(context)


def export_page(context: AppContext) -> Page:
    from avtoituba.gui.homework.page import ExportPage

    return ExportPage(context)


def seminar_page(context: AppContext) -> Page:
    from avtoituba.gui.seminar.page import SeminarPage

    return SeminarPage(context)


def season_page(context: AppContext) -> Page:
    from avtoituba.gui.season.page import SeasonPage

    return SeasonPage(context)


PAGE_FACTORIES: tuple[PageSpec, ...] = (
    PageSpec("agenda", lambda: QCoreApplication.translate("Pages", "Agenda"), "agenda",
             agenda_page),
    PageSpec("groups", lambda: QCoreApplication.translate("Pages", "Participants and groups"),
             "groups", groups_page),
    PageSpec("activities", lambda: QCoreApplication.translate("Pages", "Activities"),
             "activities", activities_page),
    PageSpec("export", lambda: QCoreApplication.translate("Pages", "Homework pack"),
             "export", export_page),
    PageSpec("seminar", lambda: QCoreApplication.translate("Pages", "Follow-up seminar"),
             "presenter", seminar_page),
    PageSpec("season", lambda: QCoreApplication.translate("Pages", "Season"), "season",
             season_page),
)
