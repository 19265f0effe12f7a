"""Where each activity goes on the wall, so that none is ever hidden.

Text first shrinks (down to a size that reads from the back of a room), then flows into
columns, then into pages ("1/2") that the trainer turns. Pure geometry on font metrics:
no widget, so a test can lay out 1–40 activities for any window size and check that every
title lies inside the area at or above the minimum size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

#: title size at full scale and the smallest allowed, as a share of the window's height
FULL_SHARE = 1 / 16
MIN_SHARE = 1 / 30
MIN_PX = 18
MUNI_SHARE = 0.66  # municipality line relative to the title
MAX_COLUMNS = 3


def min_title_px(window_height: int) -> int:
    """The smallest title that reads from the back row on this window (≈ 24 pt at 720 p)."""
    return max(MIN_PX, round(window_height * MIN_SHARE))


def full_title_px(window_height: int) -> int:
    return max(min_title_px(window_height), round(window_height * FULL_SHARE))


@dataclass(frozen=True)
class Item:
    title: str
    municipality: str = ""


@dataclass(frozen=True)
class Placed:
    index: int           # the activity's number on the wall, from 0
    number: QRect
    title: QRect
    municipality: QRect | None
    flags: int = 0       # how the title wraps (at words, or anywhere for a long word)


@dataclass
class WallLayout:
    title_px: int = 0
    columns: int = 1
    pages: list[list[Placed]] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return max(1, len(self.pages))

    def page_of(self, index: int) -> int:
        for p, page in enumerate(self.pages):
            if any(placed.index == index for placed in page):
                return p
        return 0


def fonts(title_px: int, base: QFont | None = None) -> tuple[QFont, QFont, QFont]:
    """(number, title, municipality) fonts for a title of ``title_px`` pixels."""
    title = QFont(base) if base is not None else QFont()
    title.setPixelSize(title_px)
    title.setWeight(QFont.Weight.DemiBold)
    number = QFont(title)
    number.setWeight(QFont.Weight.Bold)
    muni = QFont(base) if base is not None else QFont()
    muni.setPixelSize(max(12, round(title_px * MUNI_SHARE)))
    return number, title, muni


WRAP = int(Qt.TextFlag.TextWordWrap)
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)


def _measure(items: list[Item], width: int, title_px: int, base: QFont | None,
             count_digits: int) -> tuple[int, list[tuple[int, int, int]]] | None:
    """(indent, [(title height, muni height, flags)]) in a column ``width`` wide."""
    number, title, muni = fonts(title_px, base)
    indent = QFontMetrics(number).horizontalAdvance("0" * count_digits + ". ")
    text_w = width - indent
    if text_w < title_px * 5:
        return None
    tm, mm = QFontMetrics(title), QFontMetrics(muni)
    out = []
    for item in items:
        flags = WRAP
        box = tm.boundingRect(QRect(0, 0, text_w, 1_000_000), flags, item.title)
        if box.width() > text_w:  # a word longer than the column: break it
            flags = WRAP_ANYWHERE
            box = tm.boundingRect(QRect(0, 0, text_w, 1_000_000), flags, item.title)
        out.append((box.height(), mm.height() if item.municipality else 0, flags))
    return indent, out


def _flow(heights: list[tuple[int, int, int]], area: QRect, columns: int, indent: int,
          gap: int, col_gap: int, one_page: bool,
          force: bool = False) -> list[list[Placed]] | None:
    col_w = (area.width() - col_gap * (columns - 1)) // columns
    pages: list[list[Placed]] = [[]]
    col, y = 0, area.top()
    for i, (th, mh, flags) in enumerate(heights):
        h = th + mh
        if y + h > area.bottom() + 1 and y > area.top():
            col, y = col + 1, area.top()
            if col == columns:
                if one_page:
                    return None
                pages.append([])
                col = 0
        if h > area.height() and not force:
            return None  # one activity taller than the wall: smaller type needed
        left = area.left() + col * (col_w + col_gap)
        pages[-1].append(Placed(
            i, QRect(left, y, indent, th), QRect(left + indent, y, col_w - indent, th),
            QRect(left + indent, y + th, col_w - indent, mh) if mh else None, flags))
        y += h + gap
    return pages


def layout_wall(items: list[Item], area: QRect, window_height: int,
                base: QFont | None = None, footer_px: int | None = None) -> WallLayout:
    """Lay ``items`` out in ``area``: the largest type on one page in as few columns as
    possible; else pages at the smallest type in as many columns as read well."""
    if not items:
        return WallLayout(full_title_px(window_height), 1, [])
    low, high = min_title_px(window_height), full_title_px(window_height)
    digits = len(str(len(items)))
    sizes = sorted({high, *range(high, low - 1, -max(1, high // 25)), low}, reverse=True)
    for columns in range(1, MAX_COLUMNS + 1):
        col_gap = low * 2
        col_w = (area.width() - col_gap * (columns - 1)) // columns
        for px in sizes:
            if len(items) * px * 1.6 > area.height() * columns:
                continue  # not even one line each would fit: no need to measure
            measured = _measure(items, col_w, px, base, digits)
            if measured is None:
                break  # columns this narrow do not read at this size
            indent, heights = measured
            pages = _flow(heights, area, columns, indent, round(px * 0.45), col_gap, True)
            if pages is not None:
                return WallLayout(px, columns, pages)
    # pages: the smallest type, in the most columns that still read
    footer = footer_px if footer_px is not None else round(low * 1.4)
    paged = QRect(area.left(), area.top(), area.width(), area.height() - footer)
    for columns in range(MAX_COLUMNS, 0, -1):
        col_gap = low * 2
        col_w = (paged.width() - col_gap * (columns - 1)) // columns
        measured = _measure(items, col_w, low, base, digits)
        if measured is None:
            continue
        indent, heights = measured
        pages = _flow(heights, paged, columns, indent, round(low * 0.45), col_gap, False)
        if pages is not None:
            return WallLayout(low, columns, pages)
    # an area too small for even one activity (a window being resized): one a page
    indent, heights = _measure(items, max(paged.width(), low * 6), low, base, digits) or \
        (0, [(low, 0, WRAP)] * len(items))
    return WallLayout(low, 1, _flow(heights, paged, 1, indent, 0, 0, False, True) or [])


