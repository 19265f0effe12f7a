"""Dates, times and numbers in the chosen language's conventions."""

from __future__ import annotations

import datetime as dt

import pytest

from avtoituba.gui.shell import formats

NBSP = "\u00a0"
DAY = dt.date(2026, 11, 27)


def test_estonian_is_the_conventional_estonian_form(estonian) -> None:
    assert formats.format_date(DAY) == "27.11.2026"
    assert formats.format_date(dt.date(2026, 3, 5)) == "05.03.2026"
    assert formats.format_time(dt.time(14, 0)) == "14:00"
    assert formats.format_time(dt.time(9, 5)) == "09:05"
    assert formats.format_number(1234567) == f"1{NBSP}234{NBSP}567"
    # Estonian groups digits from five up (CLDR minimum grouping): 1234,5 but 12 345,5.
    assert formats.format_number(1234.5, 1) == "1234,5"
    assert formats.format_number(12345.5, 1) == f"12{NBSP}345,5"
    assert formats.format_percent(0.2) == "20%"
    assert formats.format_date_long(DAY) == "reede, 27. november 2026"


def test_english_is_british_with_a_24_hour_clock(english) -> None:
    assert formats.format_date(DAY) == "27 Nov 2026"
    assert formats.format_time(dt.time(14, 0)) == "14:00"
    assert formats.format_number(1234567) == "1,234,567"
    assert formats.format_number(1234.5, 1) == "1,234.5"
    assert formats.format_date_long(DAY) == "Friday 27 November 2026"


def test_nothing_to_show_is_an_empty_string(estonian) -> None:
    assert formats.format_date(None) == ""
    assert formats.format_time(None) == ""
    assert formats.format_date_long(None) == ""


@pytest.mark.parametrize("lang", ["et", "en"])
def test_an_explicit_locale_wins_over_the_default(lang: str, estonian) -> None:
    from avtoituba.gui.shell.i18n import LOCALES

    expected = {"et": "27.11.2026", "en": "27 Nov 2026"}[lang]
    assert formats.format_date(DAY, LOCALES[lang]) == expected
