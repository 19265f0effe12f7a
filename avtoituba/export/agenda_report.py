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

LABELS = {
    "et": {
        "title": "Ajakava: plaan ja tegelikkus",
        "block": "Plokk",
        "planned_start": "Plaanitud algus",
        "planned_end": "Plaanitud lõpp",
        "planned_min": "Plaanitud (min)",
        "actual_start": "Tegelik algus",
        "actual_end": "Tegelik lõpp",
        "actual_min": "Tegelik (min)",
        "difference": "Vahe",
        "not_run": "ei toimunud",
        "running": "käib",
        "planned_day": "Päeva plaanitud lõpp",
        "actual_day": "Tegelik lõpp",
    },
    "en": {
        "title": "Agenda: planned and actual",
        "block": "Block",
        "planned_start": "Planned start",
        "planned_end": "Planned end",
        "planned_min": "Planned (min)",
        "actual_start": "Actual start",
        "actual_end": "Actual end",
        "actual_min": "Actual (min)",
        "difference": "Difference",
        "not_run": "not run",
        "running": "running",
        "planned_day": "Planned end of the day",
        "actual_day": "Actual end",
    },
}

COLUMNS = ("block", "planned_start", "planned_end", "planned_min", "actual_start",
           "actual_end", "actual_min", "difference")


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["et"])


def table(rows: Sequence[PlanActualRow], language: str = "et",
          wording: dict[str, str] | None = None) -> list[list[str]]:
    """The report's header and rows as text (the page shows the same table in its own
    language, through ``wording``)."""
    lab = {**labels(language), **(wording or {})}
    out = [[lab[c] for c in COLUMNS]]
    for r in rows:
        a = r.actual
        out.append([
            r.block.title,
            hhmm(r.planned_start_s),
            hhmm(r.planned_end_s),
            f"{r.planned_s / 60:g}",
            a.start.strftime("%H:%M") if a and a.start else "",
            (a.end.strftime("%H:%M") if a.end else lab["running"]) if a else lab["not_run"],
            f"{round(a.active_s / 60, 1):g}" if a else "",
            format_minutes(r.difference_s) if r.difference_s is not None else "",
        ])
    return out


def _atomic_target(path: Path) -> tuple[int, Path]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    return fd, Path(tmp)


def write_csv(rows: Sequence[PlanActualRow], path: str | os.PathLike[str],
              language: str = "et") -> Path:
    """UTF-8 with a byte-order mark and semicolons, so Excel in Estonia opens it right."""
    path = Path(path)
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=";")
            # A block title starting with = + - @ is text, not a formula for Excel.
            writer.writerows([csv_safe(cell) for cell in row]
                             for row in table(rows, language))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_docx(rows: Sequence[PlanActualRow], path: str | os.PathLike[str],
               language: str = "et", heading: str = "", date: dt.date | None = None) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    lab = labels(language)
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    doc.add_heading(lab["title"], level=1)
    if heading or date:
        doc.add_paragraph(" – ".join(x for x in (heading, date.strftime("%d.%m.%Y")
                                                  if date else "") if x))
    data = table(rows, language)
    t = doc.add_table(rows=len(data), cols=len(COLUMNS))
    t.style = "Table Grid"
    t.autofit = False
    widths = (Cm(8.5),) + (Cm(2.3),) * 7
    for j, width in enumerate(widths):  # the grid (LibreOffice reads it) and every cell
        t.columns[j].width = width
    for i, line in enumerate(data):
        for j, text in enumerate(line):
            cell = t.cell(i, j)
            cell.width = widths[j]
            para = cell.paragraphs[0]
            run = para.add_run(text)
            run.font.size = Pt(9.5)
            run.bold = i == 0
    ended = [r.actual.end for r in rows if r.actual and r.actual.end]
    if rows:
        summary = f"{lab['planned_day']}: {hhmm(rows[-1].planned_end_s)}"
        if ended:
            summary += f". {lab['actual_day']}: {max(ended).strftime('%H:%M')}"
        doc.add_paragraph(summary).paragraph_format.space_before = Pt(10)
    path = Path(path)
    fd, tmp = _atomic_target(path)
    os.close(fd)
    try:
        doc.save(str(tmp))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
