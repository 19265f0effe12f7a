"""The day's planned-versus-actual table as .csv and .docx (Estonian or English).

Qt-free. python-docx is imported only when a Word file is written. Each file is written
under a temporary name and renamed, so a half-written report never replaces a good one.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from avtoituba.core.agenda import hhmm
from avtoituba.core.clock import PlanActualRow, format_minutes
from avtoituba.core.text import csv_safe

from avtoituba.wording import LANGUAGES, QT_TRANSLATE_NOOP, Words

#: The report's wording (English sources; the Estonian in the catalogue, context "Documents").
WORDS = Words("Documents", {
    "title": QT_TRANSLATE_NOOP("Documents", "Agenda: planned and actual"),
    "block": QT_TRANSLATE_NOOP("Documents", "Block"),
    "planned_start": QT_TRANSLATE_NOOP("Documents", "Planned start"),
    "planned_end": QT_TRANSLATE_NOOP("Documents", "Planned end"),
    "planned_min": QT_TRANSLATE_NOOP("Documents", "Planned (min)"),
    "actual_start": QT_TRANSLATE_NOOP("Documents", "Actual start"),
    "actual_end": QT_TRANSLATE_NOOP("Documents", "Actual end"),
    "actual_min": QT_TRANSLATE_NOOP("Documents", "Actual (min)"),
    "difference": QT_TRANSLATE_NOOP("Documents", "Difference"),
    "not_run": QT_TRANSLATE_NOOP("Documents", "not run"),
    "running": QT_TRANSLATE_NOOP("Documents", "running"),
    "planned_day": QT_TRANSLATE_NOOP("Documents", "Planned end of the day"),
    "actual_day": QT_TRANSLATE_NOOP("Documents", "Actual end of the day"),
})

COLUMNS = ("block", "planned_start", "planned_end", "planned_min", "actual_start",
           "actual_end", "actual_min", "difference")


def labels(language: str) -> dict[str, str]:
    lang = language if language in LANGUAGES else "et"
    return {key: WORDS.text(key, lang=lang) for key in WORDS.sources}


def day_ended(rows: Sequence[PlanActualRow]) -> bool:
    """Whether the day is over as far as the rows tell: the last block that ran has ended and
    no block after it ran (the timer was stopped or the day finished)."""
    ran = [i for i, r in enumerate(rows) if r.actual is not None]
    ends = [a.end for r in rows if (a := r.actual) is not None]
    return bool(ran) and all(end is not None for end in ends)


def table(rows: Sequence[PlanActualRow], language: str = "et",
          wording: dict[str, str] | None = None, time_sep: str = ":",
          finished: bool | None = None) -> list[list[str]]:
    """The report's header and rows as text (the page shows the same table in its own
    language, through ``wording``). Documents in Estonian write times as 13.15
    (``time_sep="."``) and minutes with a decimal comma (12,5). A block without actual times
    is "not run" only once the day has ended (``finished``; guessed from the rows when not
    given); while the day runs it has not been reached yet and its cell stays empty."""
    lab = {**labels(language), **(wording or {})}
    comma = language not in LANGUAGES or language == "et"
    ended = day_ended(rows) if finished is None else finished
    out = [[lab[c] for c in COLUMNS]]

    def t(text: str) -> str:
        return text.replace(":", time_sep)

    def num(value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if comma else text

    for r in rows:
        a = r.actual
        out.append([
            r.block.title,
            t(hhmm(r.planned_start_s)),
            t(hhmm(r.planned_end_s)),
            num(r.planned_s / 60),
            t(a.start.strftime("%H:%M")) if a and a.start else "",
            (t(a.end.strftime("%H:%M")) if a.end else lab["running"]) if a
            else (lab["not_run"] if ended else ""),
            num(round(a.active_s / 60, 1)) if a else "",
            format_minutes(r.difference_s) if r.difference_s is not None else "",
        ])
    return out


def _atomic_target(path: Path) -> tuple[int, Path]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return fd, Path(tmp)


def write_csv(rows: Sequence[PlanActualRow], path: str | os.PathLike[str],
              language: str = "et", finished: bool | None = None) -> Path:
    """UTF-8 with a byte-order mark and semicolons, so Excel in Estonia opens it right."""
    path = Path(path)
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            # A block title starting with = + - @ is text, not a formula for Excel; the
            # computed columns ("+3 min") are the app's own and stay as they are.
            writer.writerows([csv_safe(row[0]), *row[1:]]
                             for row in table(rows, language, finished=finished))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_docx(rows: Sequence[PlanActualRow], path: str | os.PathLike[str],
               language: str = "et", heading: str = "", date: dt.date | None = None,
               trainer: str = "", template: Path | None = None,
               finished: bool | None = None) -> Path:
    """The report in the template's look, A4 landscape, through the one Word engine."""
    from avtoituba.export.engine import WordWriter, save
    from avtoituba.export.labels import Labels

    lab = labels(language)
    words = Labels(language)
    w = WordWriter(language=language, workshop_title=heading, kind=lab["title"],
                   trainer=trainer, template=template, landscape=True)
    w.heading(1, lab["title"])
    line = ", ".join(x for x in (heading, words.date(date) if date else "") if x)
    if line:
        w.text(line, w.small)
    sep = "." if words.et else ":"
    data = table(rows, language, time_sep=sep, finished=finished)
    # widths for a 17 cm text: scaled to the landscape page's text width by the engine
    w.grid(data[0], data[1:], (5.2,) + (1.6,) * 7)
    ended = [r.actual.end for r in rows if r.actual and r.actual.end]
    if rows:
        planned_end = hhmm(rows[-1].planned_end_s).replace(":", sep)
        summary = f"{lab['planned_day']}: {planned_end}"
        day_over = day_ended(rows) if finished is None else finished
        if ended and day_over:   # while the day runs there is no actual end of the day yet
            actual_end = max(ended).strftime("%H:%M").replace(":", sep)
            summary += f". {lab['actual_day']}: {actual_end}"
        w.text(summary, bold=True)
    return save(w.finish(), Path(path))
