"""The pages of the main window, in order. Each feature puts its page here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from avtoituba.gui.context import AppContext
from avtoituba.gui.page import Page, PlaceholderPage


def agenda_page(context: AppContext) -> Page:
    return PlaceholderPage(
        context, "agenda", QCoreApplication.translate("Pages", "Agenda"),
        QCoreApplication.translate("Pages", "The day's blocks with their times, the running timer with its countdown, "
            "warnings and forecast, and the projector clock."))


def groups_page(context: AppContext) -> Page:
    return PlaceholderPage(
        context, "groups", QCoreApplication.translate("Pages", "Participants and groups"),
        QCoreApplication.translate("Pages", "The participant list with check-in, and the three themed groups: "
            "assignment that spreads each municipality over the themes, manual moves, "
            "and a presenter per group."))


def activities_page(context: AppContext) -> Page:
    from avtoituba.gui.capture_page import CapturePage

    return CapturePage(context)


def export_page(context: AppContext) -> Page:
    return PlaceholderPage(
        context, "export", QCoreApplication.translate("Pages", "Homework pack"),
        QCoreApplication.translate("Pages", "A Word document for each municipality with its activities, the homework and "
            "the follow-up seminar, and a combined document for the trainer."))


PAGE_FACTORIES: tuple[Callable[[AppContext], Page], ...] = (
    agenda_page,
    groups_page,
    activities_page,
    export_page,
)
