"""A returned OGP commitment sheet („AVP tegevuskava mustand“) as a commitment
(``core.ogp``): the text fields as the team wrote them, the OGP values from the ticks
(☒, ✓, x or a deleted ☐ count; a value whose word was deleted keeps what it was), the
milestones one a line as printed, "title (02.12.2026–31.03.2027)". Qt-free and without
python-docx: it reads what ``reader`` took out of the document."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from avtoituba.core import ogp
from avtoituba.export.labels import MONTHS_EN
from avtoituba.export.returned.reader import UNTICKED, OgpSheet

from avtoituba import wording

#: the sheet's rows after the activity and its area; the same order as
#: ``export.commitments.ROWS`` (a test holds the two together)
ROWS = ("problem", "situation", "change", "values", "milestones", "responsible_body",
        "contact", "other_actors", "budget", "development_plan")

#: the catalogue context the commitment sheet's words are printed from (export.commitments)
_CONTEXT = "Documents"
_DATE = r"(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} [A-Za-z]{3} \d{4})"
_MILESTONE = re.compile(rf"^(?P<title>.*?)\s*\((?P<a>{_DATE})?\s*[–-]?\s*(?P<b>{_DATE})?\)\s*$")
_ONLY_DATES = re.compile(rf"^(?P<a>{_DATE})?\s*[–-]?\s*(?P<b>{_DATE})?$")


def _labels(value: str) -> list[str]:
    """The words a value is printed as, in every language a pack may be in."""
    return sorted({wording.translate(_CONTEXT, value, lang=lang).casefold()
                   for lang in wording.LANGUAGES} | {value}, key=len, reverse=True)


def _ticked(text: str, value: str) -> bool | None:
    folded = text.replace("\u00a0", " ").casefold()
    for label in _labels(value):
        at = folded.find(label)
        if at < 0:
            continue
        before = folded[:at].rstrip()
        return not (before and before[-1] in UNTICKED)
    return None


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    text = text.strip()
    try:
        if "." in text:
            day, month, year = (int(x) for x in text.split("."))
            return dt.date(year, month, day)
        day_s, month_s, year_s = text.split()
        months = [m[:3].casefold() for m in MONTHS_EN]
        return dt.date(int(year_s), months.index(month_s.casefold()) + 1, int(day_s))
    except ValueError:
        return None


def _milestones(lines: list[str], old: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for line in (x.strip() for x in lines):
        if not line:
            continue
        m = _MILESTONE.match(line) or _ONLY_DATES.match(line)
        title = (m.groupdict().get("title") or "") if m else line
        a, b = (_date(m.group("a")), _date(m.group("b"))) if m else (None, None)
        if m and not title and a is None and b is None:
            title = line
        start, end = a, b
        if a is not None and b is None:
            # one date was printed: the start or the end, as the commitment had it
            same = next((x for x in old if (x.get("title") or "") == title), None)
            if same and not same.get("start") and same.get("end") == a.isoformat():
                start, end = None, a
        out.append(ogp.Milestone(title.strip(), start, end).as_json())
    return out


def commitment(sheet: OgpSheet, old: Mapping[str, Any] | None) -> tuple[dict[str, Any], str]:
    """The commitment the sheet holds (cleaned as every commitment is), and a problem code
    ("" when none): a milestone that ends before it starts, or too many of them, leave the
    commitment as it was."""
    old = dict(old or {})
    cells = dict(zip(ROWS, sheet.cells[2:], strict=False))
    value: dict[str, Any] = {}
    for key, multiline in ogp.TEXT_FIELDS:
        paragraphs = cells.get(key, [])
        value[key] = "\n".join(paragraphs) if multiline else " ".join(paragraphs)
    ticks = " ".join(cells.get("values", []))
    kept = set(old.get("values") or ())
    chosen = []
    for v in ogp.VALUES:
        on = _ticked(ticks, v)
        if on or (on is None and v in kept):
            chosen.append(v)
    value["values"] = chosen
    value["milestones"] = _milestones(cells.get("milestones", []),
                                      list(old.get("milestones") or ()))
    try:
        return ogp.clean_commitment(value), ""
    except ogp.CommitmentError:
        value["milestones"] = old.get("milestones") or []
        try:
            return ogp.clean_commitment(value), "ogp_milestones"
        except ogp.CommitmentError:
            return ogp.clean_commitment(old), "ogp_milestones"
