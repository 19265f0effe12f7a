"""The homework pack read back from its .docx files, to compare with what was captured.

A municipality's document is read through ``export.returned.reader`` (the same reader that
brings a completed pack back): each activity row carries its activity's id and sits in the
table of its theme and area. The tables "For every municipality" (activities without a
municipality) carry no marks; they are read here by their headings. The trainer's combined
document has no marks at all and is read by its headings: a municipality (level 2), then
the theme and the area (level 3), then the rows' first cells.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from avtoituba.export.labels import Labels
from avtoituba.export.pack_data import PackData
from avtoituba.export.returned import reader

W = reader.W
_AREA = re.compile(r"^(\d+)\. ")

#: (group number or None, area number or None, title)
Placed = tuple[int | None, int | None, str]


@dataclass
class MunicipalityDocument:
    name: str
    rows: dict[int, Placed]                   # activity id → where it was printed
    unmarked: int                             # rows without an activity's bookmark
    for_everyone: Counter[Placed] = field(default_factory=Counter)


def _body(path: Path) -> Any:
    from lxml import etree

    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    return root.find(f"{W}body")


def _style(p: Any) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else str(style.get(f"{W}val", ""))


def _titles(tbl: Any) -> list[str]:
    """The first cell of each body row that is not left empty."""
    out = []
    for tr in tbl.findall(f"{W}tr")[1:]:
        first = tr.find(f"{W}tc")
        text = reader.cell_text(first) if first is not None else ""
        if text:
            out.append(text)
    return out


def _area(heading: str) -> int | None:
    found = _AREA.match(heading)
    return int(found.group(1)) if found else None


def _sections(path: Path, theme: str) -> list[tuple[list[str], str, list[str]]]:
    """Each table's titles with the headings above it (level 1 to 3, the latest of each)
    and the theme heading it sits under (a heading starting with ``theme``, at level 2 in a
    municipality's document and 3 in the trainer's; it does not count as an area)."""
    headings = ["", "", ""]
    current_theme = ""
    out = []
    for el in _body(path):
        if el.tag == f"{W}p":
            style = _style(el)
            if style not in ("Heading1", "Heading2", "Heading3"):
                continue
            level = int(style[-1])
            text = reader.paragraph_text(el).strip()
            if text.startswith(theme):
                current_theme = text[len(theme):]
                headings[2] = ""
                continue
            headings[level - 1] = text
            for deeper in range(level, 3):
                headings[deeper] = ""
            if level < 3:
                current_theme = ""
        elif el.tag == f"{W}tbl":
            out.append((list(headings), current_theme, _titles(el)))
    return out


def read_municipality_document(path: Path, language: str = "et") -> MunicipalityDocument:
    returned = reader.read_document(path)
    rows: dict[int, Placed] = {}
    unmarked = 0
    for r in returned.rows:
        if r.kind != "area":
            continue
        if r.activity_id is None:
            unmarked += 1
            continue
        assert r.activity_id not in rows, f"{path.name}: activity {r.activity_id} twice"
        rows[r.activity_id] = (r.group, r.area, r.title)
    doc = MunicipalityDocument(returned.municipality_name, rows, unmarked)
    L = Labels(language)
    for (_, level2, level3), _theme, titles in _sections(path, f"{L['theme']}: "):
        if level2 == L["for_everyone"]:
            doc.for_everyone.update((None, _area(level3), t) for t in titles)
    return doc


def read_trainer_document(path: Path, data: PackData) -> dict[str, Counter[Placed]]:
    """Municipality name (or the heading of the activities without one) → what is printed
    under it in the activities section."""
    L = Labels(data.language)
    statements = {g.statement: g.number for g in data.groups}
    out: dict[str, Counter[Placed]] = {}
    for (level1, level2, level3), theme, titles in _sections(path, f"{L['theme']}: "):
        if level1 != L["activities_trainer"] or not level2:
            continue
        group = statements[theme] if theme else None
        out.setdefault(level2, Counter()).update((group, _area(level3), t) for t in titles)
    return out
