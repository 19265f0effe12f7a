"""Dates, times and numbers in the conventions of the chosen language (QLocale default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def format_date(value: dt.date | None, locale: QLocale | None = None) -> str:
    """Estonian: 27.11.2026; English: 27 Nov 2026."""
    if value is None:
        return ""
    locale = locale or QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Estonian:
        return locale.toString(qdate, "dd.MM.yyyy")
    return locale.toString(qdate, "d MMM yyyy")


def format_time(value: dt.time | None, locale: QLocale | None = None) -> str:
    """14:00 in both languages (24-hour clock)."""
    if value is None:
        return ""
    return (locale or QLocale()).toString(QTime(value.hour, value.minute), "HH:mm")
