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


def format_number(value: float | int, decimals: int = 0, locale: QLocale | None = None) -> str:
    """Estonian: 12 345,5 (no-break space from five digits, decimal comma); English: 12,345.5."""
    locale = locale or QLocale()
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def format_percent(fraction: float, locale: QLocale | None = None) -> str:
    """0.2 -> "20%" (whole percent, the language's percent sign)."""
    locale = locale or QLocale()
    return locale.toString(round(fraction * 100)) + locale.percent()


def format_date_long(value: dt.date | None, locale: QLocale | None = None) -> str:
    """Estonian: reede, 27. november 2026; English: Friday 27 November 2026."""
    if value is None:
        return ""
    locale = locale or QLocale()
    qdate = QDate(value.year, value.month, value.day)
    if locale.language() == QLocale.Language.Estonian:
        return locale.toString(qdate, "dddd, d. MMMM yyyy")
    return locale.toString(qdate, "dddd d MMMM yyyy")
