"""The homework pack's document for one municipality, and the activity tables it shares
with the trainer's document.

Page 1 holds what the team needs: the follow-up seminar as a sentence, the meeting link,
the team's presentation slot, who attended and the trainer's contact. Then the homework and
the seminar's tasks, each with a question and room to answer; the activities by area of
open government (the group's theme as context), with empty rows and a table for new ones;
the appendix with the deck's ideas; the closing words last.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument

from avtoituba.export.engine import WordWriter
from avtoituba.export.labels import Labels
from avtoituba.export.pack_data import ActivityData, MunicipalityData, PackData
from avtoituba.export.returned.marks import Mark, apply_marks

#: activity table columns (cm of a 17 cm text width): activity, description, involve,
#: responsible, deadline, digital. Tegevus is the widest; at the template's 9 pt Calibri
#: „iseteeninduskeskkonnas“ fits Tegevus and Kirjeldus (3.4 cm with the cell's margins),
#: „kommunikatsioonijuht“ fits Vastutaja (3.2 cm), „majavälised“ Keda kaasata (1.8 cm),
#: „detsember“ Tähtaeg (1.7 cm) and the bold header „Digi-/lahendus“ its column (1.5 cm);
#: tests/gui/test_document_words.py measures them.
ACTIVITY_WIDTHS = (4.4, 3.6, 2.2, 3.3, 1.8, 1.7)
#: the same with the dot vote's priority column last (when anybody voted)
VOTED_WIDTHS = (3.5, 3.45, 1.9, 3.25, 1.75, 1.55, 1.6)
#: the new-activities table: area first (its rows are written by hand)
NEW_WIDTHS = (1.7, 4.1, 3.0, 2.2, 2.8, 1.6, 1.6)
WRITING_BOX_CM = 2.6
KEEP_TOGETHER_ROWS = 8      # tables up to this many rows stay on one page with their heading


class PackWriter(WordWriter):
    """A document of the pack: the engine plus the pack's sections."""

    def __init__(self, data: PackData, kind: str, template: Path | None,
                 empty_rows: int | None = None, new_rows: int | None = None):
        super().__init__(language=data.language, workshop_title=data.title, kind=kind,
                         trainer=data.trainer_name, template=template)
        self.data = data
        self.empty_rows_per_area = data.rows.empty_rows if empty_rows is None else empty_rows
        self.new_rows = data.rows.new_rows if new_rows is None else new_rows
        self.marks: list[Mark] = []   # what each table is, for the returned pack

    # --- the cover -------------------------------------------------------------------
    def cover_title(self, subtitle: str, name: str | None) -> None:
        d, L = self.data, self.L
        self.text(d.title, self.title, one_line=True, bold=self.title is None)
        self.text(subtitle, self.subtitle, one_line=True)
        if name:
            self.text(name, self.cover_name, one_line=True, bold=self.cover_name is None)
        when = ", ".join(x for x in (L.date(d.date) if d.date else "", d.venue) if x)
        self.key_values([(L["workshop"], when)])

    def seminar_sentence(self) -> None:
        d, L = self.data, self.L
        when = L.seminar_when(d.followup_date, d.followup_start, d.followup_end,
                              d.followup_platform)
        self.text(L.fmt("followup_sentence", when) if when else L["followup_unset"],
                  bold=True)
        if d.followup_link:
            self.body.link(f"{L['followup_link']}: ", d.followup_link)
        else:
            self.text(L["followup_link_later"])

    def slot_line(self, m: MunicipalityData, key: str, keep_next: bool = False,
                  more: str = "") -> None:
        """The municipality's turn at the seminar; ``more`` a second line of the same
        paragraph (a chain of fewer paragraphs keeps with its table in LibreOffice too)."""
        L, s = self.L, m.slot
        slot = L.slot(s.start, s.end, s.minutes, s.index, s.count) if s else L["no_slot"]
        self.body.rich([(f"{L[key]}: ", True), (slot + (f"\n{more}" if more else ""), False)],
                       keep_next=keep_next)

    def trainer_contact(self) -> None:
        d, L = self.data, self.L
        who = ", ".join(x for x in (d.trainer_name, d.trainer_organisation) if x)
        contact = ", ".join(x for x in (d.trainer_email, d.trainer_phone) if x)
        if who or contact:
            self.heading(2, L["trainer"])   # the heading names it: no "Koolitaja:" again
            if who:
                self.text(who)
            self.key_values([(L["contact"], contact)])

    # --- homework and the seminar's tasks ----------------------------------------------
    def homework_with_questions(self) -> None:
        L, d = self.L, self.data
        self.heading(1, L["homework"])
        self.numbered(d.homework_texts())
        self.text(L["homework_question"], self.h3, bold=self.h3 is None, keep_next=True)
        self.body.writing_box(WRITING_BOX_CM, self.text_width, self.table)
        self.marks.append(Mark("answer", "homework"))
        self.heading(1, L["prepare"])
        if d.followup_intro:
            self.text(d.followup_intro, keep_next=True)
        questions = L.task_questions()
        for i, task in enumerate(d.followup_tasks):
            self.text(f"{'abcdefghij'[i % 10]})\u00a0{task}", bold=True, keep_next=True)
            if i < len(questions):
                self.text(questions[i], self.small, keep_next=True)
            self.body.writing_box(WRITING_BOX_CM, self.text_width, self.table)
            self.marks.append(Mark("answer", "abcdefghij"[i % 10]))

    # --- the activities ------------------------------------------------------------------
    def involve(self, a: ActivityData | None) -> list[str]:
        L = self.L
        marks = [(a.leaders if a else False, L["mark_leaders"]),
                 (a.key_people if a else False, L["mark_key_people"]),
                 (a.partners if a else False, L["mark_partners"])]
        cell = [" ".join(f"{'☒' if on else '☐'}\u00a0{m}" for on, m in marks)]
        if a is not None and a.involve_notes:
            cell.append(a.involve_notes)
        return cell

    @property
    def voted(self) -> bool:
        """Whether the room voted: then the activity tables have a priority column."""
        return bool(self.data.votes)

    def priority(self, a: ActivityData) -> str:
        """The activity's dots; the most-voted marked with ★ (ties too)."""
        dots = self.data.votes.get(a.id, 0)
        if not dots:
            return "–"
        return f"★\u00a0{dots}" if dots == self.data.top_votes else str(dots)

    def activity_row(self, a: ActivityData) -> list[str | list[str]]:
        row: list[str | list[str]] = [a.title, a.description, self.involve(a), a.responsible,
                                      a.time_frame, "☒" if a.digital else "☐"]
        return row + [self.priority(a)] if self.voted else row

    def empty_row(self) -> list[str | list[str]]:
        return ["", "", self.involve(None), "", "", "☐"] + ([""] if self.voted else [])

    def activity_table(self, rows: list[list[str | list[str]]], legend: bool = True) -> None:
        L = self.L
        if legend:
            self.text(L["legend"], self.small, keep_next=True)
        header = [L["col_activity"], L["col_description"], L["col_involve"],
                  L["col_responsible"], L["col_time_frame"], L["col_digital"]]
        if self.voted:
            header.append(L["col_priority"])
            if legend:
                self.text(L["priority_legend"], self.small, keep_next=True)
        widths = VOTED_WIDTHS if self.voted else ACTIVITY_WIDTHS
        self.body.table(header, rows, self.widths(widths), table_style=self.table,
                        cell_style=self.cell, header_style=self.cell_head,
                        min_height_cm=1.0, keep_together=len(rows) <= KEEP_TOGETHER_ROWS)

    def area_heading(self, number: int | None) -> str:
        area = next((a for a in self.data.areas if a.number == number), None)
        return f"{number}. {area.title}" if area else self.L["no_area"]

    def missing_areas(self, acts: list[ActivityData]) -> list[str]:
        """The numbers of the areas ``acts`` do not cover yet."""
        covered = {a.area_number for a in acts}
        return [str(a.number) for a in self.data.areas if a.number not in covered]

    def uncovered(self, acts: list[ActivityData]) -> None:
        missing = self.missing_areas(acts)
        if missing:   # the activities follow: the line stays on their page
            self.text(self.L.uncovered(missing), bold=True, keep_next=True)

    def activities_by_theme(self, municipality_id: int | None, blanks: bool,
                            level: int = 2) -> None:
        """A section per theme the municipality worked on, a table per area in it."""
        d, L = self.data, self.L
        acts = d.activities_of(municipality_id)
        groups = {g.number: g for g in d.groups}
        themes: list[int | None] = list(d.themes_of(municipality_id)) if blanks else \
            sorted({a.group_number for a in acts if a.group_number is not None})
        if any(a.group_number is None for a in acts):
            themes.append(None)
        for number in themes:
            in_theme = [a for a in acts if a.group_number == number]
            g = groups.get(number) if number is not None else None
            if g is not None:
                self.heading(level, f"{L['theme']}: {g.statement}")
            else:
                self.heading(level, L["other_activities"])
            areas = sorted({a.area_number for a in in_theme},
                           key=lambda n: (n is None, n or 0))
            if not areas and blanks and g is not None:
                areas = [g.default_area] if g.default_area else []
            first = True
            for number_ in areas:
                listed = [a for a in in_theme if a.area_number == number_]
                rows = [self.activity_row(a) for a in listed]
                rows += [self.empty_row() for _ in range(self.empty_rows_per_area
                                                         if blanks else 0)]
                if not rows:   # no activity and no empty rows wanted: no empty table
                    continue
                self.heading(min(level + 1, 3), self.area_heading(number_))
                self.marks.append(Mark("area", group=number, area=number_,
                                       activity_ids=tuple(a.id for a in listed)))
                self.activity_table(rows, legend=blanks and first)
                first = False

    def new_activities(self) -> None:
        L = self.L
        if self.new_rows <= 0:   # the trainer set no rows for new activities
            return
        self.heading(2, L["new_activities"])
        self.text(L["new_activities_intro"], self.small, keep_next=True)
        self.text(L["legend"], self.small, keep_next=True)
        header = [L["col_area"], L["col_activity"], L["col_description"], L["col_involve"],
                  L["col_responsible"], L["col_time_frame"], L["col_digital"]]
        rows = [[""] + self.empty_row()[:6] for _ in range(self.new_rows)]
        self.body.table(header, rows, self.widths(NEW_WIDTHS), table_style=self.table,
                        cell_style=self.cell, header_style=self.cell_head,
                        min_height_cm=1.0, keep_together=True)
        self.marks.append(Mark("new"))

    def for_everyone(self, trainer: bool = False) -> None:
        d, L = self.data, self.L
        if not d.orphans or not (d.orphans_for_everyone or trainer):
            return
        if trainer:
            self.heading(2, L["for_everyone" if d.orphans_for_everyone
                              else "no_municipality"])
            self.text(L.count("for_everyone_trainer" if d.orphans_for_everyone
                              else "orphans_trainer", len(d.orphans)), self.small)
        else:
            self.heading(2, L["for_everyone"])
            self.text(L.count("for_everyone_intro", len(d.orphans)), self.small)
        for number in sorted({a.area_number for a in d.orphans},
                             key=lambda n: (n is None, n or 0)):
            self.heading(3, self.area_heading(number))
            self.activity_table([self.activity_row(a) for a in d.orphans
                                 if a.area_number == number], legend=False)
            self.marks.append(Mark("other"))

    # --- appendix and closing ------------------------------------------------------------
    def appendix(self) -> None:
        d, L, x = self.data, self.L, self.data.appendix
        self.body.page_break()
        self.heading(1, L["appendix"])
        if x.why_heading and (d.why or x.gains):
            self.heading(2, x.why_heading)
            if d.why:
                self.text(d.why)
            self.bullets(x.gains)
        if d.goals:
            self.heading(2, L["goals"])
            self.numbered(d.goals)
        if any(a.examples for a in d.areas):
            self.heading(2, L["examples"])
            for a in d.areas:
                self.heading(3, f"{a.number}. {a.title}")
                self.bullets(a.examples)
        if x.ogp_cycle:
            self.heading(2, x.ogp_heading)
            self.numbered(x.ogp_cycle)
        if x.project_url:
            self.text(x.project_label, keep_next=True)
            self.body.link(f"{L['project']}: ", x.project_url)

    def closing(self) -> None:
        d, L = self.data, self.L
        see_you = L.see_you(d.followup_date, d.followup_start, d.followup_platform)
        if not (d.closing_words or see_you):
            return
        self.body.empty(2)
        if d.closing_words:
            self.text(d.closing_words, self.subtitle, one_line=True)
        if see_you:
            self.text(see_you, self.subtitle, one_line=True)


def build_municipality_document(data: PackData, municipality: MunicipalityData,
                                template: Path | None = None,
                                empty_rows: int | None = None,
                                new_rows: int | None = None,
                                identity: str = "") -> DocxDocument:
    w = PackWriter(data, f"{Labels(data.language)['pack']} – {municipality.name}",
                   template,
                   empty_rows, new_rows)
    L = w.L
    # page 1: what the team needs
    w.cover_title(L["pack"], municipality.name)
    w.heading(2, L["followup"])
    w.seminar_sentence()
    w.slot_line(municipality, "your_slot")
    w.heading(2, L["attended"])
    people = data.members_of(municipality.id)
    if people:
        w.bullets([f"{m.name}, {m.role}" if m.role else m.name for m in people])
    else:
        w.text(L["nobody_attended"])
    w.trainer_contact()
    w.body.page_break()
    # the homework and the seminar's tasks
    w.homework_with_questions()
    w.body.page_break()
    # the activities
    w.heading(1, L["activities"])
    acts = data.activities_of(municipality.id)
    w.text(L["activities_intro"] if acts else L["no_activities"], w.small, keep_next=True)
    w.uncovered(acts)
    w.activities_by_theme(municipality.id, blanks=True)
    w.new_activities()
    w.for_everyone()
    if data.ogp_draft:
        from avtoituba.export.commitments import commitment_sheets

        commitment_sheets(w, acts, w.area_heading)
    w.appendix()
    w.closing()
    doc = w.finish()
    if identity:   # the invisible marks that bring the completed pack back
        apply_marks(doc, w.marks, workshop=identity, municipality_id=municipality.id,
                    municipality_name=municipality.name)
    return doc
