"""The follow-up seminar's summary („Jätkuseminari kokkuvõte“), in Word and in Excel.

Per municipality: what it committed to (activity, responsible, deadline, stakeholders,
with the seminar's mark: confirmed or changed; dropped activities are listed apart), how
the plan was prepared (b) and the next steps (c) as the trainer noted them; an absent
municipality is said to be absent. Then an overview across municipalities by area of open
government. The Word document is written through the one engine (the homework pack's look
and language); the .xlsx holds the same rows for the trainer's report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from avtoituba.core.seminar_run import ABSENT, CHANGED, CONFIRMED, DROPPED, MOVED, Turn
from avtoituba.export.filenames import safe_file_stem
from avtoituba.export.labels import Labels
from avtoituba.export.pack_data import ActivityData, PackData
from avtoituba.store.db import Store

WORDS: dict[str, dict[str, str]] = {
    "et": {
        "title": "Jätkuseminari kokkuvõte",
        "file": "Jätkuseminari kokkuvõte",
        "seminar": "Jätkuseminar",
        "committed": "Tegevused, millele omavalitsus kinnitust andis",
        "prepared": "Kuidas tegevuskava koostati",
        "next": "Edasised sammud",
        "presented": "Tutvustatud tegevused (märkmed)",
        "dropped_heading": "Loobutud tegevused",
        "nothing": "Märkmeid ei tehtud.",
        "no_activities": "Kinnitatud tegevusi pole.",
        "absent_text": "Omavalitsus seminaril ei osalenud.",
        "moved_text": "Omavalitsus esines teistest hiljem.",
        "col_stakeholders": "Kaasatud",
        "col_status": "Seminaril",
        "col_notes_a": "Tutvustus (a)",
        "col_notes_b": "Kava koostamine (b)",
        "col_notes_c": "Edasised sammud (c)",
        "col_attendance": "Osalemine",
        CONFIRMED: "kinnitatud",
        CHANGED: "muudetud",
        DROPPED: "loobutud",
        "": "märkimata",
        "present": "osales",
        ABSENT: "puudus",
        MOVED: "esines hiljem",
        "overview": "Ülevaade valdkondade kaupa",
        "overview_intro": "Tegevuste arv omavalitsuste ja avatud valitsemise valdkondade "
                          "kaupa (loobutud tegevusteta).",
        "sheet_activities": "Tegevused",
        "sheet_municipalities": "Omavalitsused",
        "sheet_overview": "Valdkonnad",
        "from_homework": "Omavalitsuse vastus kodutöös (seminaril märkmeid ei tehtud):",
        "from_homework_short": "kodutööst",
    },
    "en": {
        "title": "Follow-up seminar summary",
        "file": "Follow-up seminar summary",
        "seminar": "Follow-up seminar",
        "committed": "Activities the municipality committed to",
        "prepared": "How the action plan was prepared",
        "next": "Next steps",
        "presented": "Activities presented (notes)",
        "dropped_heading": "Activities dropped",
        "nothing": "No notes were taken.",
        "no_activities": "No activities were confirmed.",
        "absent_text": "The municipality did not attend the seminar.",
        "moved_text": "The municipality presented later than planned.",
        "col_stakeholders": "Involved",
        "col_status": "At the seminar",
        "col_notes_a": "Presentation (a)",
        "col_notes_b": "Preparing the plan (b)",
        "col_notes_c": "Next steps (c)",
        "col_attendance": "Attendance",
        CONFIRMED: "confirmed",
        CHANGED: "changed",
        DROPPED: "dropped",
        "": "not marked",
        "present": "attended",
        ABSENT: "absent",
        MOVED: "presented later",
        "overview": "Overview by area",
        "overview_intro": "Activities by municipality and area of open government "
                          "(dropped ones left out).",
        "sheet_activities": "Activities",
        "sheet_municipalities": "Municipalities",
        "sheet_overview": "Areas",
        "from_homework": "The municipality's answer in the homework (no notes were taken "
                         "at the seminar):",
        "from_homework_short": "from the homework",
    },
}


@dataclass(frozen=True)
class SummaryData:
    pack: PackData
    turns: tuple[Turn, ...]
    marks: dict[int, str]
    #: municipality id → the answers of its returned homework pack ("a", "b", "c" …)
    returned: dict[int, dict[str, str]] = field(default_factory=dict)

    def note(self, turn: Turn, key: str) -> tuple[str, bool]:
        """The trainer's note on task ``key`` (a, b or c), else the municipality's own
        answer in its returned pack; the flag says the text is from the homework."""
        own = getattr(turn, f"note_{key}")
        if own.strip():
            return own, False
        answer = (self.returned.get(turn.id) or {}).get(key, "").strip()
        return (answer, True) if answer else ("", False)

    def committed(self, municipality_id: int) -> list[ActivityData]:
        """Everything not dropped: what the municipality still stands behind."""
        return [a for a in self.pack.activities_of(municipality_id)
                if self.marks.get(a.id, "") != DROPPED]

    def dropped(self, municipality_id: int) -> list[ActivityData]:
        return [a for a in self.pack.activities_of(municipality_id)
                if self.marks.get(a.id, "") == DROPPED]


def load_summary(store: Store) -> SummaryData:
    from avtoituba.core.returns_apply import return_status
    from avtoituba.core.seminar_run import load_programme, marks
    from avtoituba.export.pack_data import load_pack

    pack = load_pack(store)
    returned = {st.municipality_id: dict(st.answers) for st in return_status(store)
                if st.answers}
    return SummaryData(pack, load_programme(store, pack.language).turns, marks(store),
                       returned)


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["et"])


def stakeholders(a: ActivityData, L: Labels) -> str:
    marks = [(a.leaders, "mark_leaders"), (a.key_people, "mark_key_people"),
             (a.partners, "mark_partners")]
    text = ", ".join(L[key] for on, key in marks if on)
    return f"{text}; {a.involve_notes}" if a.involve_notes and text else (text or a.involve_notes)


def attendance_word(turn: Turn, W: dict[str, str]) -> str:
    return W[turn.attendance] if turn.attendance else W["present"]


def overview_rows(data: SummaryData) -> tuple[list[str], list[list[str]]]:
    """Municipality × area: the activities not dropped."""
    numbers = [a.number for a in data.pack.areas]
    rows = []
    totals = [0] * len(numbers)
    for t in data.turns:
        acts = data.committed(t.id)
        counts = [sum(1 for a in acts if a.area_number == n) for n in numbers]
        totals = [x + y for x, y in zip(totals, counts, strict=True)]
        rows.append([t.name, *(str(c) if c else "–" for c in counts), str(len(acts))])
    rows.append(["", *(str(t) for t in totals), str(sum(totals))])
    return [str(n) for n in numbers], rows


def write_summary_docx(data: SummaryData, out_dir: Path, *, trainer: str = "",
                       now: dt.datetime | None = None) -> Path:
    from avtoituba.export.engine import WordWriter, save

    p = data.pack
    W = _words(p.language)
    w = WordWriter(language=p.language, workshop_title=p.title, kind=W["title"],
                   trainer=trainer or p.trainer_name, now=now)
    L = w.L
    w.text(W["title"], w.title, one_line=True)
    w.text(p.title, w.subtitle)
    w.key_values([(W["seminar"], L.date(p.followup_date) + (
        f", {L.time_range(p.followup_start, p.followup_end)}" if p.followup_start else "")),
        (L["trainer"], p.trainer_name)])
    area_titles = {a.number: a.title for a in p.areas}
    for t in data.turns:
        w.heading(1, t.name)
        if t.attendance == ABSENT:
            w.text(W["absent_text"])
        elif t.attendance == MOVED:
            w.text(W["moved_text"], w.small)
        w.heading(2, L["activities_trainer"] if t.attendance == ABSENT else W["committed"])
        committed = data.committed(t.id)
        if committed:
            rows = [[a.title + (f"\n{a.description}" if a.description else ""),
                     area_titles.get(a.area_number, "") if a.area_number else "",
                     a.responsible, a.time_frame, stakeholders(a, L),
                     W[data.marks.get(a.id, "")]] for a in committed]
            w.grid([L["col_activity"], L["col_area"], L["col_responsible"],
                    L["col_time_frame"], W["col_stakeholders"], W["col_status"]],
                   rows, (5.0, 3.2, 2.6, 2.2, 1.8, 2.2))
            w.text(L["legend_short"], w.small)
        else:
            w.text(W["no_activities"])
        dropped = data.dropped(t.id)
        if dropped:
            w.heading(3, W["dropped_heading"])
            w.bullets(a.title for a in dropped)
        for heading, key in ((W["presented"], "a"), (W["prepared"], "b"), (W["next"], "c")):
            text, from_homework = data.note(t, key)
            if key == "a" and not text:
                continue
            w.heading(2, heading)
            if from_homework:
                w.text(W["from_homework"], w.small, keep_next=True)
            w.text(text or W["nothing"])
    if p.areas:
        w.heading(1, W["overview"])
        w.text(W["overview_intro"], keep_next=True)
        w.text("\n".join(f"{a.number}. {a.title}" for a in p.areas), w.small, keep_next=True)
        numbers, rows = overview_rows(data)
        rows[-1][0] = L["col_total"]
        area_w = round(9.0 / max(1, len(numbers)), 2)
        w.grid([L["municipality"], *numbers, L["col_total"]], rows,
               (6.0, *(area_w,) * len(numbers), 2.0), keep_together=len(rows) <= 24)
    doc = w.finish()
    return save(doc, out_dir / f"{safe_file_stem(W['file'])}.docx")


def write_summary_xlsx(data: SummaryData, out_dir: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    p = data.pack
    W = _words(p.language)
    L = Labels(p.language)
    area_titles = {a.number: a.title for a in p.areas}
    wb = Workbook()
    ws = wb.active
    ws.title = W["sheet_activities"]
    ws.append([L["municipality"], L["col_activity"], L["col_description"], L["col_area"],
               L["col_responsible"], L["col_time_frame"], W["col_stakeholders"],
               W["col_status"]])
    for t in data.turns:
        for a in p.activities_of(t.id):
            ws.append([t.name, a.title, a.description,
                       area_titles.get(a.area_number, "") if a.area_number else "",
                       a.responsible, a.time_frame, stakeholders(a, L),
                       W[data.marks.get(a.id, "")]])
    ms = wb.create_sheet(W["sheet_municipalities"])
    ms.append([L["municipality"], W["col_attendance"], W["col_notes_a"], W["col_notes_b"],
               W["col_notes_c"]])
    for t in data.turns:
        notes = []
        for key in ("a", "b", "c"):
            text, from_homework = data.note(t, key)
            notes.append(f"({W['from_homework_short']}) {text}" if from_homework else text)
        ms.append([t.name, attendance_word(t, W), *notes])
    ov = wb.create_sheet(W["sheet_overview"])
    numbers, rows = overview_rows(data)
    ov.append([L["municipality"], *(area_titles[int(n)] for n in numbers), L["col_total"]])
    rows[-1][0] = L["col_total"]
    for row in rows:
        ov.append([row[0], *(int(x) if x.isdigit() else 0 for x in row[1:])])
    for sheet in (ws, ms, ov):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for col in sheet.columns:
            width = max(len(str(c.value or "")) for c in col)
            sheet.column_dimensions[col[0].column_letter].width = min(60, max(10, width + 2))
    path = out_dir / f"{safe_file_stem(W['file'])}.xlsx"
    tmp = path.with_suffix(".xlsx.tmp")
    wb.save(tmp)
    tmp.replace(path)
    path.chmod(0o644)
    return path


def export_summary(store: Store, out_dir: Path, *, now: dt.datetime | None = None
                   ) -> list[Path]:
    """Write the summary as .docx and .xlsx into ``out_dir``; returns both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    data = load_summary(store)
    return [write_summary_docx(data, out_dir, now=now), write_summary_xlsx(data, out_dir)]
