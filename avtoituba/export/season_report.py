"""The season report as Word (the homework pack's look: its template, styles and tables)
and as .xlsx (openpyxl). Qt-free; each file written under a temporary name and renamed."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from avtoituba.core.season.report import SeasonReport
from avtoituba.export.documents import (
    Body,
    Styles,
    atomic_save,
    fill_header_footer,
    open_template,
)

MONTHS_ET = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
             "september", "oktoober", "november", "detsember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")

LABELS = {
    "et": {
        "title": "Hooaja koondaruanne",
        "subtitle": "Avatud valitsemise ja digivõimekuse töötoad",
        "made": "Koostatud",
        "page": "lk",
        "season": "Hooaeg",
        "workshops": "Töötoad",
        "workshop": "Töötuba",
        "date": "Kuupäev",
        "venue": "Toimumiskoht",
        "municipalities": "Omavalitsusi",
        "participants": "Osalejaid",
        "activities": "Tegevusi",
        "seminar": "Jätkuseminar",
        "homework": "Kodutöö tagastatud",
        "not_recorded": "pole veel märgitud",
        "planned": "kavas",
        "not_set": "määramata",
        "last_push": "Viimati saadetud",
        "by_county": "Maakonniti",
        "county": "Maakond",
        "unknown_county": "maakond teadmata",
        "municipality": "Omavalitsus",
        "no_municipality": "omavalitsus märkimata",
        "area": "Valdkond",
        "no_area": "valdkond märkimata",
        "total": "Kokku",
        "areas": "Valdkonnad",
        "coverage": "Tegevused omavalitsuste ja valdkondade kaupa",
        "activity_list": "Tegevused",
        "activity": "Tegevus",
        "responsible": "Vastutaja",
        "deadline": "Tähtaeg",
        "digital": "Digilahendus",
        "yes": "jah",
        "no": "ei",
        "summary": ("Hooajal on %1 töötuba, %2 omavalitsust ja %3 tegevust. "
                    "Valdkondade numbrid on tabelites veergude päises; nende nimed on "
                    "allpool."),
        "empty": "Hooaja andmebaasis pole veel ühtegi töötuba.",
        "sheet_workshops": "Töötoad",
        "sheet_counties": "Maakonnad",
        "sheet_coverage": "Omavalitsused",
        "sheet_activities": "Tegevused",
    },
    "en": {
        "title": "Season report",
        "subtitle": "Open government and digital capability workshops",
        "made": "Made",
        "page": "p.",
        "season": "Season",
        "workshops": "Workshops",
        "workshop": "Workshop",
        "date": "Date",
        "venue": "Venue",
        "municipalities": "Municipalities",
        "participants": "Participants",
        "activities": "Activities",
        "seminar": "Follow-up seminar",
        "homework": "Homework returned",
        "not_recorded": "not recorded yet",
        "planned": "planned",
        "not_set": "not set",
        "last_push": "Last sent",
        "by_county": "By county",
        "county": "County",
        "unknown_county": "county unknown",
        "municipality": "Municipality",
        "no_municipality": "no municipality",
        "area": "Area",
        "no_area": "no area",
        "total": "Total",
        "areas": "Areas",
        "coverage": "Activities by municipality and area",
        "activity_list": "Activities",
        "activity": "Activity",
        "responsible": "Responsible",
        "deadline": "Deadline",
        "digital": "Digital solution",
        "yes": "yes",
        "no": "no",
        "summary": ("The season has %1 workshops, %2 municipalities and %3 activities. "
                    "The tables' column heads are the areas' numbers; their names are "
                    "below."),
        "empty": "The season database holds no workshop yet.",
        "sheet_workshops": "Workshops",
        "sheet_counties": "Counties",
        "sheet_coverage": "Municipalities",
        "sheet_activities": "Activities",
    },
}


def _text_width_cm(doc) -> float:
    """The width between the margins of the template's last section (cm)."""
    try:
        section = doc.sections[-1]
        width = (section.page_width - section.left_margin - section.right_margin) / 360000
    except (TypeError, IndexError, AttributeError):
        return 17.0
    return width if 5 <= width <= 60 else 17.0


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["et"])


def long_date(value: dt.date | None, language: str) -> str:
    if value is None:
        return labels(language)["not_set"]
    if language == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day}. {MONTHS_ET[value.month - 1]} {value.year}"


def table_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day:02d}.{value.month:02d}.{value.year}"


def _fill(template: str, *args: object) -> str:
    from avtoituba.wording import fill

    return fill(template, *map(str, args))


def seminar_status(date: dt.date | None, today: dt.date, L: dict[str, str]) -> str:
    """The seminar's date, marked as planned while it is ahead (whether it was held is
    not recorded yet)."""
    if date is None:
        return L["not_set"]
    return f"{L['planned']} {table_date(date)}" if date >= today else table_date(date)


def _area_heads(report: SeasonReport) -> list[int]:
    numbers = [n for n, _t in report.areas]
    if any(a.area is None for a in report.activities):
        numbers.append(0)
    return numbers


def write_docx(report: SeasonReport, path: Path, language: str = "et",
               template: Path | None = None) -> Path:
    L = labels(language)
    doc = open_template(template)
    st = Styles(doc)
    body = Body(doc)
    table = st.tbl("Avtoituba Table", "Table Grid")
    cell, h1, h2 = st.para("Table Text"), st.para("Heading 1"), st.para("Heading 2")
    head = st.para("Table Heading")
    width = _text_width_cm(doc)

    def put(header, rows, widths) -> None:
        """A table in the pack's look, its columns scaled to the page's text width."""
        scale = width / sum(widths)
        body.table(header, rows, tuple(round(w * scale, 2) for w in widths),
                   table_style=table, cell_style=cell, header_style=head)

    fill_header_footer(doc, L["title"], L["page"])
    doc.core_properties.title = L["title"]
    doc.core_properties.language = "et-EE" if language == "et" else "en-GB"
    today = report.made_at.date()
    body.paragraph(L["title"], st.para("Title"), one_line=True)
    body.paragraph(L["subtitle"], st.para("Subtitle"), one_line=True)
    body.paragraph(f"{L['made']}: {long_date(today, language)}")
    if not report.workshops:
        body.paragraph(L["empty"])
        body.flush()
        return atomic_save(doc, path)
    municipalities = {m for w in report.workshops for m in w.coverage}
    body.paragraph(_fill(L["summary"], len(report.workshops), len(municipalities),
                         len(report.activities)))
    numbers = _area_heads(report)
    area_w = 1.0
    # the season: one row per workshop
    body.paragraph(L["workshops"], h1, keep_next=True)
    put([L["date"], L["workshop"], L["municipalities"], L["participants"],
                L["activities"], L["seminar"], L["homework"]],
               [[table_date(w.date), f"{w.title}\n{w.venue}".strip(), str(len(w.coverage)),
                 f"{w.present}/{w.participants}", str(w.activities),
                 seminar_status(w.followup_date, today, L), L["not_recorded"]]
                for w in report.workshops],
               (2.0, 5.4, 2.2, 1.9, 1.7, 2.4, 2.4))
    # areas: the numbers used as column heads
    body.paragraph(L["areas"], h2, keep_next=True)
    put(None, [[str(n), t] for n, t in report.areas] +
        ([["–", L["no_area"]]] if 0 in numbers else []), (1.0, 16.0))
    # per county
    body.paragraph(L["by_county"], h1, keep_next=True)
    per_county = report.by_county()
    rows = []
    for county, counts in per_county.items():
        rows.append([county or L["unknown_county"]] + [str(counts.get(n, 0)) for n in numbers]
                    + [str(sum(counts.values()))])
    totals = report.season_totals()
    rows.append([L["total"]] + [str(totals.get(n, 0)) for n in numbers]
                + [str(sum(totals.values()))])
    first = 17.0 - area_w * len(numbers) - 1.6
    put([L["county"]] + [str(n) if n else "–" for n in numbers] + [L["total"]], rows,
        (first,) + (area_w,) * len(numbers) + (1.6,))
    # per workshop: municipalities × areas, then the activities
    for i, w in enumerate(report.workshops):
        body.page_break()
        body.paragraph(w.title, h1, one_line=True, keep_next=True)
        body.paragraph(f"{long_date(w.date, language)}, {w.venue}".rstrip(", "))
        body.paragraph(L["coverage"], h2, keep_next=True)
        rows = []
        for muni in sorted(w.coverage, key=str.casefold):
            counts = w.coverage[muni]
            rows.append([muni or L["no_municipality"]]
                        + [str(counts.get(n, 0) or "") for n in numbers]
                        + [str(sum(counts.values()))])
        put([L["municipality"]] + [str(n) if n else "–" for n in numbers] + [L["total"]],
            rows, (first,) + (area_w,) * len(numbers) + (1.6,))
        body.paragraph(L["activity_list"], h2, keep_next=True)
        put([L["municipality"], L["area"], L["activity"], L["responsible"], L["deadline"]],
            [[a.municipality or L["no_municipality"], str(a.area or "–"), a.title,
              a.responsible, a.deadline] for a in report.activities if a.workshop == i],
            (3.4, 1.6, 6.6, 3.0, 2.4))
    body.flush()
    return atomic_save(doc, path)


def write_xlsx(report: SeasonReport, path: Path, language: str = "et") -> Path:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    L = labels(language)
    today = report.made_at.date()
    wb = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet(title: str, header: list[str], rows, widths: list[int]) -> None:
        ws = wb.create_sheet(title)
        for i, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + i)].width = width
        ws.freeze_panes = "A2"
        head = []
        for text in header:
            c = WriteOnlyCell(ws, value=text)
            c.font = bold
            head.append(c)
        ws.append(head)
        for row in rows:
            ws.append(row)

    numbers = _area_heads(report)
    area_heads = [f"{L['area']} {n}" if n else L["no_area"] for n in numbers]
    sheet(L["sheet_workshops"],
          [L["date"], L["workshop"], L["venue"], L["municipalities"], L["participants"],
           L["activities"], L["seminar"], L["homework"], L["last_push"]],
          ([w.date, w.title, w.venue, len(w.coverage), w.participants, w.activities,
            seminar_status(w.followup_date, today, L), L["not_recorded"],
            w.last_push.replace(tzinfo=None) if w.last_push else None]
           for w in report.workshops), [12, 50, 30, 14, 12, 12, 22, 20, 20])
    sheet(L["sheet_counties"], [L["county"], *area_heads, L["total"]],
          ([county or L["unknown_county"], *[c.get(n, 0) for n in numbers],
            sum(c.values())] for county, c in report.by_county().items()),
          [22] + [10] * len(numbers) + [10])
    sheet(L["sheet_coverage"],
          [L["workshop"], L["date"], L["county"], L["municipality"], *area_heads, L["total"]],
          ([w.title, w.date, _county(m, L), m or L["no_municipality"],
            *[w.coverage[m].get(n, 0) for n in numbers], sum(w.coverage[m].values())]
           for w in report.workshops for m in sorted(w.coverage, key=str.casefold)),
          [40, 12, 20, 24] + [10] * len(numbers) + [10])
    works = report.workshops
    sheet(L["sheet_activities"],
          [L["workshop"], L["date"], L["county"], L["municipality"], L["area"],
           L["activity"], L["responsible"], L["deadline"], L["digital"]],
          ([works[a.workshop].title, works[a.workshop].date,
            a.county or L["unknown_county"], a.municipality, a.area, a.title, a.responsible,
            a.deadline, L["yes"] if a.digital else L["no"]] for a in report.activities),
          [40, 12, 20, 24, 8, 60, 24, 18, 12])
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def _county(municipality: str, L: dict[str, str]) -> str:
    from avtoituba.core.season.report import county_or_unknown

    return county_or_unknown(municipality) or L["unknown_county"]


def write_report(report: SeasonReport, out_dir: Path, language: str = "et",
                 template: Path | None = None) -> list[Path]:
    """Both files into ``out_dir`` (created if missing)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = "hooaja-koondaruanne" if language == "et" else "season-report"
    return [write_docx(report, out_dir / f"{stem}.docx", language, template),
            write_xlsx(report, out_dir / f"{stem}.xlsx", language)]
