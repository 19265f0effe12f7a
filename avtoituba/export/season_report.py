"""The season report as Word (the homework pack's look: its template, styles and tables)
and as .xlsx (openpyxl). Qt-free; each file written under a temporary name and renamed."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections import Counter
from pathlib import Path

from avtoituba.core.season.report import ReportWorkshop, SeasonReport
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
        "held": "toimus",
        "past": "tulemused märkimata",
        "dots": "Täppe",
        "mark": "Seminaril",
        "confirmed": "kinnitatud",
        "changed": "muudetud",
        "dropped": "loobutud",
        "confirmed_head": "Kinnitatud",
        "changed_head": "Muudetud",
        "dropped_head": "Loobutud",
        "present": "osales",
        "absent": "puudus",
        "moved": "esines hiljem",
        "at_seminar": "Seminaril osales",
        "attendance": "Jätkuseminaril",
        "ballots": "Hääletajaid",
        "follow_up": "Kodutööd, jätkuseminar ja täpihääletus",
        "vote_line": "Täpihääletus: %1 hääletajat, %2 täppi.",
        "no_vote": "Täpihääletust ei toimunud.",
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
        "held": "held",
        "past": "no results recorded",
        "dots": "Dots",
        "mark": "At the seminar",
        "confirmed": "confirmed",
        "changed": "changed",
        "dropped": "dropped",
        "confirmed_head": "Confirmed",
        "changed_head": "Changed",
        "dropped_head": "Dropped",
        "present": "present",
        "absent": "absent",
        "moved": "spoke later",
        "at_seminar": "At the seminar",
        "attendance": "Follow-up seminar",
        "ballots": "Ballots",
        "follow_up": "Homework, follow-up seminar and dot vote",
        "vote_line": "Dot vote: %1 ballots, %2 dots.",
        "no_vote": "No dot vote was held.",
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


def seminar_status(w: ReportWorkshop, today: dt.date, L: dict[str, str]) -> str:
    """The seminar: held (on the day its timer ran), planned, its date passed with nothing
    recorded, or no date set."""
    state = w.seminar_state(today)
    if state == "held":
        day = w.seminar_held or w.followup_date
        return f"{L['held']} {table_date(day)}".strip()
    if state == "not_set":
        return L["not_set"]
    if state == "planned":
        return f"{L['planned']} {table_date(w.followup_date)}"
    return f"{table_date(w.followup_date)}, {L['past']}"


def attendance(w: ReportWorkshop, municipality: str, today: dt.date,
               L: dict[str, str]) -> str:
    """A municipality at the seminar ("–" while the seminar has not been held)."""
    if w.seminar_state(today) != "held":
        return "–"
    return L.get(w.attendance.get(municipality, "") or "present", "–")


def mark_text(mark: str, L: dict[str, str]) -> str:
    return L.get(mark, "") if mark else ""


def _muni_dots(report: SeasonReport) -> Counter[tuple[int, str]]:
    out: Counter[tuple[int, str]] = Counter()
    for a in report.activities:
        out[(a.workshop, a.municipality)] += a.dots
    return out


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

    def put(header, rows, widths, keep_together: bool = False) -> None:
        """A table in the pack's look, its columns scaled to the page's text width
        (``keep_together``: a short table is not split across pages)."""
        scale = width / sum(widths)
        body.table(header, rows, tuple(round(w * scale, 2) for w in widths),
                   table_style=table, cell_style=cell, header_style=head,
                   keep_together=keep_together)

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
         L["activities"], L["seminar"], L["homework"], L["dots"]],
        [[table_date(w.date), f"{w.title}\n{w.venue}".strip(), str(len(w.coverage)),
          f"{w.present}/{w.participants}", str(w.activities),
          seminar_status(w, today, L), f"{len(w.returned)}/{len(w.coverage)}", str(w.dots)]
         for w in report.workshops],
        (2.0, 4.5, 2.2, 1.9, 1.7, 2.6, 2.2, 1.5))
    # areas: the numbers used as column heads
    body.paragraph(L["areas"], h2, keep_next=True)
    put(None, [[str(n), t] for n, t in report.areas] +
        ([["–", L["no_area"]]] if 0 in numbers else []), (1.0, 16.0), keep_together=True)
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
        (first,) + (area_w,) * len(numbers) + (1.6,), keep_together=True)
    body.paragraph(L["follow_up"], h2, keep_next=True)
    follow = report.county_follow_up()
    put([L["county"], L["municipalities"], L["homework"], L["at_seminar"],
         L["confirmed_head"], L["changed_head"], L["dropped_head"], L["dots"]],
        [[county or L["unknown_county"], *map(str, _follow_cells(f))]
         for county, f in follow.items()]
        + [[L["total"], *map(str, _follow_cells(_sum_follow(follow.values())))]],
        (4.0, 2.2, 2.2, 2.2, 1.9, 1.9, 1.9, 1.5), keep_together=True)
    muni_dots = _muni_dots(report)
    # per workshop: municipalities × areas, then the activities
    for i, w in enumerate(report.workshops):
        body.paragraph(w.title, h1, one_line=True, keep_next=True, new_page=True)
        body.paragraph(f"{long_date(w.date, language)}, {w.venue}".rstrip(", "))
        body.paragraph(f"{L['seminar']}: {seminar_status(w, today, L)}. " + (
            _fill(L["vote_line"], w.ballots, w.dots) if w.ballots else L["no_vote"]))
        body.paragraph(L["coverage"], h2, keep_next=True)
        rows = []
        for muni in sorted(w.coverage, key=str.casefold):
            counts = w.coverage[muni]
            rows.append([muni or L["no_municipality"]]
                        + [str(counts.get(n, 0) or "") for n in numbers]
                        + [str(sum(counts.values()))])
        put([L["municipality"]] + [str(n) if n else "–" for n in numbers] + [L["total"]],
            rows, (first,) + (area_w,) * len(numbers) + (1.6,))
        body.paragraph(L["follow_up"], h2, keep_next=True)
        rows = []
        for muni in sorted(w.coverage, key=str.casefold):
            marks = w.marks.get(muni, Counter())
            back = w.returned.get(muni)
            rows.append([muni or L["no_municipality"], table_date(back) if back else "–",
                         attendance(w, muni, today, L) if muni else "–",
                         str(marks["confirmed"]), str(marks["changed"]),
                         str(marks["dropped"]), str(muni_dots[(i, muni)])])
        put([L["municipality"], L["homework"], L["attendance"], L["confirmed_head"],
             L["changed_head"], L["dropped_head"], L["dots"]],
            rows, (4.0, 2.4, 2.6, 1.9, 1.9, 1.9, 1.5))
        body.paragraph(L["activity_list"], h2, keep_next=True)
        put([L["municipality"], L["area"], L["activity"], L["responsible"], L["deadline"],
             L["mark"], L["dots"]],
            [[a.municipality or L["no_municipality"], str(a.area or "–"), a.title,
              a.responsible, a.deadline, mark_text(a.mark, L), str(a.dots or "")]
             for a in report.activities if a.workshop == i],
            (2.8, 1.8, 4.8, 2.5, 2.0, 2.0, 1.5))
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
           L["activities"], L["seminar"], L["homework"], L["ballots"], L["dots"],
           L["last_push"]],
          ([w.date, w.title, w.venue, len(w.coverage), w.participants, w.activities,
            seminar_status(w, today, L), len(w.returned), w.ballots, w.dots,
            w.last_push.replace(tzinfo=None) if w.last_push else None]
           for w in report.workshops), [12, 50, 30, 14, 12, 12, 24, 18, 12, 10, 20])
    follow = report.county_follow_up()
    sheet(L["sheet_counties"], [L["county"], *area_heads, L["total"], L["municipalities"],
                                L["homework"], L["at_seminar"], L["confirmed_head"],
                                L["changed_head"], L["dropped_head"], L["dots"]],
          ([county or L["unknown_county"], *[c.get(n, 0) for n in numbers],
            sum(c.values()), *_follow_cells(follow.get(county))]
           for county, c in report.by_county().items()),
          [22] + [10] * len(numbers) + [10, 14, 18, 16, 12, 12, 12, 10])
    muni_dots = _muni_dots(report)
    sheet(L["sheet_coverage"],
          [L["workshop"], L["date"], L["county"], L["municipality"], *area_heads, L["total"],
           L["homework"], L["attendance"], L["confirmed_head"], L["changed_head"],
           L["dropped_head"], L["dots"]],
          ([w.title, w.date, _county(m, L), m or L["no_municipality"],
            *[w.coverage[m].get(n, 0) for n in numbers], sum(w.coverage[m].values()),
            w.returned[m].date() if m in w.returned else None,
            attendance(w, m, today, L) if m else "–",
            w.marks.get(m, Counter())["confirmed"], w.marks.get(m, Counter())["changed"],
            w.marks.get(m, Counter())["dropped"], muni_dots[(i, m)]]
           for i, w in enumerate(report.workshops)
           for m in sorted(w.coverage, key=str.casefold)),
          [40, 12, 20, 24] + [10] * len(numbers) + [10, 18, 18, 12, 12, 12, 10])
    works = report.workshops
    sheet(L["sheet_activities"],
          [L["workshop"], L["date"], L["county"], L["municipality"], L["area"],
           L["activity"], L["responsible"], L["deadline"], L["digital"], L["mark"],
           L["dots"]],
          ([works[a.workshop].title, works[a.workshop].date,
            a.county or L["unknown_county"], a.municipality, a.area, a.title, a.responsible,
            a.deadline, L["yes"] if a.digital else L["no"], mark_text(a.mark, L), a.dots]
           for a in report.activities),
          [40, 12, 20, 24, 8, 60, 24, 18, 12, 14, 8])
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def _follow_cells(f) -> list[int]:
    if f is None:
        return [0] * 7
    return [len(f.municipalities), len(f.returned), len(f.at_seminar), f.marks["confirmed"],
            f.marks["changed"], f.marks["dropped"], f.dots]


def _sum_follow(parts):
    from avtoituba.core.season.report import FollowUp

    total = FollowUp()
    for f in parts:
        total.add(f)
    return total


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
