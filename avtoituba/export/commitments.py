"""The OGP commitment sheets of a homework pack („AVP tegevuskava mustand“ switched on in
Workshop details): one sheet per activity, a plain two-column table with one label per row
(the label, then what the team wrote or room to write it), so the completed pack can grow
into the municipality's local OGP action plan and be read back row by row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from avtoituba.core import ogp
from avtoituba.export.engine import WordWriter
from avtoituba.export.homework import PackWriter
from avtoituba.export.pack_data import ActivityData
from avtoituba.export.returned.marks import Mark

from avtoituba.wording import QT_TRANSLATE_NOOP, Words

WORDS = Words("Documents", {
    "heading": QT_TRANSLATE_NOOP("Documents", "Draft OGP action plan"),
    "intro": QT_TRANSLATE_NOOP("Documents",
        "Each activity has a sheet for describing it as a commitment of the Open Government "
        "Partnership (OGP). Complete the sheets: together they are the draft of your local "
        "OGP action plan."),
    "sheet": QT_TRANSLATE_NOOP("Documents", "Commitment: %1"),
    "activity": QT_TRANSLATE_NOOP("Documents", "Activity"),
    "area": QT_TRANSLATE_NOOP("Documents", "Area"),
    "problem": QT_TRANSLATE_NOOP("Documents", "Problem the activity addresses"),
    "situation": QT_TRANSLATE_NOOP("Documents", "Current situation"),
    "change": QT_TRANSLATE_NOOP("Documents", "What the activity changes"),
    "values": QT_TRANSLATE_NOOP("Documents", "OGP values"),
    "transparency": QT_TRANSLATE_NOOP("Documents", "transparency"),
    "participation": QT_TRANSLATE_NOOP("Documents", "participation"),
    "accountability": QT_TRANSLATE_NOOP("Documents", "accountability"),
    "milestones": QT_TRANSLATE_NOOP("Documents", "Milestones (start–end)"),
    "responsible_body": QT_TRANSLATE_NOOP("Documents", "Responsible body"),
    "contact": QT_TRANSLATE_NOOP("Documents", "Contact person"),
    "other_actors": QT_TRANSLATE_NOOP("Documents", "Other actors"),
    "budget": QT_TRANSLATE_NOOP("Documents", "Budget"),
    "development_plan": QT_TRANSLATE_NOOP("Documents", "Link to the development plan"),
})

#: label and value columns (cm of a 17 cm text width)
SHEET_WIDTHS = (5.0, 12.0)
#: the order of the sheet's rows after the activity and its area (the returned-homework
#: reader may rely on it: one label per row)
ROWS = ("problem", "situation", "change", "values", "milestones", "responsible_body",
        "contact", "other_actors", "budget", "development_plan")


def sheet_rows(w: WordWriter, a: ActivityData, area: str) -> list[list[Any]]:
    lang = w.L.language
    c = a.ogp

    def label(key: str) -> str:
        return WORDS.text(key, lang=lang)

    rows: list[list[Any]] = [[label("activity"), a.title], [label("area"), area]]
    for key in ROWS:
        if key == "values":
            ticked = set(c.get("values") or ())
            value: Any = " ".join(f"{'☒' if v in ticked else '☐'}\u00a0{label(v)}"
                                  for v in ogp.VALUES)
        elif key == "milestones":
            value = [_milestone(w, m) for m in ogp.milestones(c)] or ""
        else:
            value = c.get(key, "")
        rows.append([label(key), value])
    return rows


def _milestone(w: WordWriter, m: ogp.Milestone) -> str:
    when = "–".join(x for x in (w.L.date_table(m.start), w.L.date_table(m.end)) if x)
    return f"{m.title} ({when})" if m.title and when else m.title or when


def commitment_sheets(w: PackWriter, acts: Sequence[ActivityData],
                      area_heading: Any) -> None:
    """A sheet per activity, each starting on a page of its own."""
    if not acts:
        return
    lang = w.L.language
    w.body.page_break()
    w.heading(1, WORDS.text("heading", lang=lang))
    w.text(WORDS.text("intro", lang=lang), w.small)
    for i, a in enumerate(acts):
        if i:
            w.body.page_break()
        w.heading(2, WORDS.text("sheet", a.title, lang=lang))
        w.body.table(None, sheet_rows(w, a, area_heading(a.area_number)),
                     w.widths(SHEET_WIDTHS), table_style=w.table, cell_style=w.cell,
                     min_height_cm=1.0)
        # every table of a pack has a mark (export.returned.marks): the sheet's names its
        # activity, so the completed sheet is read back (export.returned.ogp_sheet)
        w.marks.append(Mark("ogp", activity_ids=(a.id,)))
