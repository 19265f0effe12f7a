"""The values the capture pages and documents show: groups, areas, activity rows, filters
and the coverage counts; and how typed fields are cleaned. No database access."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from avtoituba.core import municipalities as munis
from avtoituba.core.text import clean_line, clean_text

from avtoituba.wording import QT_TRANSLATE_NOOP, WordedError, Words

AREA_COUNT = 7

#: fields an edit may change, with the kind of value each takes
TEXT_LINE_FIELDS = ("title", "responsible", "time_frame", "involve_notes")
TEXT_BLOCK_FIELDS = ("description", "notes")
FLAG_FIELDS = ("involve_leaders", "involve_key_people", "involve_partners", "digital")
EDITABLE_FIELDS = frozenset(
    TEXT_LINE_FIELDS + TEXT_BLOCK_FIELDS + FLAG_FIELDS + ("municipality", "area_number", "ogp")
)

#: how long a title may be (a line on the projector, a heading in the homework pack)
MAX_TITLE = 500


@dataclass(frozen=True)
class GroupInfo:
    id: int
    number: int
    name: str
    statement: str
    default_area_number: int | None


@dataclass(frozen=True)
class AreaInfo:
    id: int
    number: int
    title: str
    examples: tuple[str, ...]

    @property
    def short_title(self) -> str:
        return short_area_title(self.title)


def short_area_title(title: str, longest: int = 48) -> str:
    """A label that fits a list line: the title up to its first comma or "and" when that
    leaves enough to recognise it ("Võimu läbipaistvus", "Avalike teenuste delegeerimine")."""
    title = title.strip()
    if len(title) <= longest:
        return title
    cut = len(title)
    for sep in (",", " ja ", " and ", ";"):
        i = title.find(sep)
        if 12 <= i < cut:
            cut = i
    short = title[:cut].strip()
    if len(short) > longest:
        short = short[:longest - 1].rstrip() + "…"
    return short


@dataclass(frozen=True)
class ActivityRow:
    """One activity as the pages show it (a value: edits make a new one)."""

    id: int
    group_id: int | None
    group_number: int | None
    municipality_id: int | None
    municipality: str
    area_number: int | None
    position: int
    title: str
    description: str = ""
    involve_leaders: bool = False
    involve_key_people: bool = False
    involve_partners: bool = False
    involve_notes: str = ""
    responsible: str = ""
    time_frame: str = ""
    digital: bool = False
    notes: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted: bool = False
    #: the OGP commitment drafted from the activity (core.ogp; {} when none)
    ogp: dict[str, Any] = field(default_factory=dict, hash=False)

    def sort_key(self) -> tuple[int, int]:
        return (self.position, self.id)

    def haystack(self) -> str:
        """The text a search looks in, case-folded."""
        return " ".join((self.title, self.description, self.municipality, self.responsible,
                         self.time_frame, self.notes, self.involve_notes)).casefold()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group_number,
            "municipality": self.municipality,
            "area": self.area_number,
            "position": self.position,
            "title": self.title,
            "description": self.description,
            "involve_leaders": self.involve_leaders,
            "involve_key_people": self.involve_key_people,
            "involve_partners": self.involve_partners,
            "involve_notes": self.involve_notes,
            "responsible": self.responsible,
            "time_frame": self.time_frame,
            "digital": self.digital,
            "notes": self.notes,
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "updated_at": self.updated_at.isoformat() if self.updated_at else None,
            **({"ogp": self.ogp} if self.ogp else {}),
        }


@dataclass(frozen=True)
class ActivityFilter:
    """What a list shows: every field left empty matches everything."""

    group_id: int | None = None
    municipality_id: int | None = None
    area_number: int | None = None
    text: str = ""

    def is_empty(self) -> bool:
        return (self.group_id is None and self.municipality_id is None
                and self.area_number is None and not self.text.strip())

    def matches(self, row: ActivityRow) -> bool:
        if self.group_id is not None and row.group_id != self.group_id:
            return False
        if self.municipality_id is not None and row.municipality_id != self.municipality_id:
            return False
        if self.area_number is not None and row.area_number != self.area_number:
            return False
        words = self.text.casefold().split()
        if words:
            hay = row.haystack()
            return all(w in hay for w in words)
        return True


@dataclass(frozen=True)
class Coverage:
    """Activities counted by municipality and area (the gaps are the zeros)."""

    municipalities: tuple[munis.MunicipalityRow, ...]
    areas: tuple[int, ...]
    counts: dict[tuple[int, int], int] = field(default_factory=dict)
    without_area: dict[int, int] = field(default_factory=dict)

    def count(self, municipality_id: int, area_number: int) -> int:
        return self.counts.get((municipality_id, area_number), 0)

    def municipality_total(self, municipality_id: int) -> int:
        return (sum(self.count(municipality_id, a) for a in self.areas)
                + self.without_area.get(municipality_id, 0))

    def area_total(self, area_number: int) -> int:
        return sum(self.count(m.id, area_number) for m in self.municipalities)

    def gaps(self) -> list[tuple[int, int]]:
        return [(m.id, a) for m in self.municipalities for a in self.areas
                if self.count(m.id, a) == 0]


def coverage_from_rows(municipalities: Sequence[munis.MunicipalityRow],
                       rows: Iterable[ActivityRow],
                       areas: Sequence[int] = tuple(range(1, AREA_COUNT + 1))) -> Coverage:
    counts: dict[tuple[int, int], int] = {}
    without: dict[int, int] = {}
    for row in rows:
        if row.deleted or row.municipality_id is None:
            continue
        if row.area_number is None:
            without[row.municipality_id] = without.get(row.municipality_id, 0) + 1
        else:
            key = (row.municipality_id, row.area_number)
            counts[key] = counts.get(key, 0) + 1
    return Coverage(tuple(municipalities), tuple(areas), counts, without)


WORDS = Words("Capture", {
    "no_title": QT_TRANSLATE_NOOP("Capture", "An activity needs a title."),
    "unknown_fields": QT_TRANSLATE_NOOP("Capture", "Unknown fields: %1."),
    "no_group_id": QT_TRANSLATE_NOOP("Capture", "There is no group with id %1 in this workshop."),
    "no_group": QT_TRANSLATE_NOOP("Capture", "There is no group %1 in this workshop (groups: %2)."),
    "no_area": QT_TRANSLATE_NOOP("Capture", "There is no area %1 (areas: %2)."),
    "no_activity": QT_TRANSLATE_NOOP("Capture", "There is no activity with id %1."),
    "not_editable": QT_TRANSLATE_NOOP("Capture", "Not editable: %1."),
    "not_listed": QT_TRANSLATE_NOOP("Capture", "Only an activity in the list can be moved."),
    "deleted": QT_TRANSLATE_NOOP("Capture", "A deleted activity cannot be moved."),
    "read_only": QT_TRANSLATE_NOOP("Capture", "The workshop is open read-only: nothing was changed."),
    "commitment": QT_TRANSLATE_NOOP("Capture", "%1"),
})


class CaptureError(WordedError):
    """A request that cannot be carried out (empty title, unknown group, ...): a code with
    arguments (``.code``), worded from the catalogues in the reader's language."""

    def __init__(self, code: str, *args: object):
        super().__init__(WORDS(code, *args))


def clean_title(title: str) -> str:
    title = clean_line(title or "")
    if not title:
        raise CaptureError("no_title")
    return title[:MAX_TITLE]


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """The editable fields other than title, municipality and area, cleaned."""
    unknown = set(fields) - (EDITABLE_FIELDS - {"title", "municipality", "area_number"})
    if unknown:
        raise CaptureError("unknown_fields", ", ".join(sorted(unknown)))
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in TEXT_LINE_FIELDS:
            out[name] = clean_line(value or "")
        elif name in TEXT_BLOCK_FIELDS:
            out[name] = clean_text(value or "")
        else:
            out[name] = bool(value)
    return out


def clean_commitment_field(value: Any) -> dict[str, Any]:
    """The ``ogp`` field as kept (core.ogp's cleaning; a refusal is a CaptureError)."""
    from avtoituba.core.ogp import CommitmentError, clean_commitment

    try:
        return clean_commitment(value)
    except CommitmentError as exc:
        raise CaptureError("commitment", str(exc)) from exc
