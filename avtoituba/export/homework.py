"""The homework pack: a Word document for each municipality, a combined document for the
trainer and the group lists.

``load_pack`` reads everything the documents need into plain data, through read sessions
of its own (so a worker thread can call it while the UI thread keeps its own); ``build_*`` turn that snapshot into documents;
``export_pack`` writes the chosen documents into a folder, each through a temporary file
and a rename, reporting progress and stopping when asked to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from sqlalchemy import select

from avtoituba.core.municipalities import list_municipalities
from avtoituba.core.programme import fill_placeholders
from avtoituba.core.seminar import SeminarSlot, seminar_slots
from avtoituba.core.text import clean_line
from avtoituba.export.documents import (
    Body,
    Styles,
    atomic_save,
    fill_header_footer,
    inside,
    open_template,
    unique_file_name,
)
from avtoituba.export.labels import Labels
from avtoituba.store.db import Store
from avtoituba.store.models import Activity, Area, Group, Membership, Participant, Workshop

TEXT_WIDTH_CM = 17.0      # A4 with 2 cm margins; other pages scale the columns to fit
#: activity table columns (cm): activity, description, involve, responsible, time, digital
ACTIVITY_WIDTHS = (3.1, 4.0, 3.5, 2.4, 1.8, 2.2)
EMPTY_ROWS_AFTER = 2       # empty rows under each area's activities
EMPTY_ROWS_NEW = 4         # the "new activities" table
EMPTY_ROWS_NONE = 8        # the table of a municipality with nothing captured
WRITING_BOX_CM = 3.4
KEEP_TOGETHER_ROWS = 8     # tables up to this many rows stay on one page with their heading


# --- the snapshot -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ActivityData:
    municipality_id: int | None
    group_number: int | None
    area_number: int | None
    position: int
    title: str
    description: str
    leaders: bool
    key_people: bool
    partners: bool
    involve_notes: str
    responsible: str
    time_frame: str
    digital: bool


@dataclass(frozen=True)
class MemberData:
    name: str
    municipality: str
    role: str
    presenter: bool


@dataclass(frozen=True)
class GroupData:
    number: int
    name: str
    statement: str
    members: tuple[MemberData, ...]


@dataclass(frozen=True)
class AreaData:
    number: int
    title: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class MunicipalityData:
    id: int
    name: str
    slot: SeminarSlot | None


@dataclass
class PackData:
    title: str
    date: dt.date | None
    venue: str
    language: str
    trainer_name: str
    trainer_organisation: str
    trainer_email: str
    trainer_phone: str
    goals: list[str]
    areas_heading: str
    homework: list[str]
    followup_date: dt.date | None
    followup_start: dt.time | None
    followup_end: dt.time | None
    followup_platform: str
    followup_link: str
    followup_intro: str
    followup_tasks: list[str]
    areas: list[AreaData]
    groups: list[GroupData]
    ungrouped: list[MemberData]
    municipalities: list[MunicipalityData]
    activities: dict[int | None, list[ActivityData]] = field(default_factory=dict)

    def activities_of(self, municipality_id: int | None) -> list[ActivityData]:
        return self.activities.get(municipality_id, [])

    def homework_texts(self) -> list[str]:
        return [fill_placeholders(t, self.date) for t in self.homework]


def load_pack(store: Store) -> PackData:
    """Everything the pack needs as plain data (safe to call from a worker thread: it opens
    its own sessions and hands back no ORM objects)."""
    order = list_municipalities(store)
    slots = seminar_slots(*_followup_times(store), len(order))
    municipalities = [MunicipalityData(m.id, m.name, slots[i] if slots else None)
                      for i, m in enumerate(order)]
    names = {m.id: m.name for m in order}
    wid = store.workshop_id
    with store.session() as session:
        w = session.get(Workshop, wid)
        if w is None:
            raise ValueError("the workshop file holds no workshop")
        groups = session.scalars(
            select(Group).where(Group.workshop_id == wid).order_by(Group.number)).all()
        areas = session.scalars(
            select(Area).where(Area.workshop_id == wid).order_by(Area.number)).all()
        group_numbers = {g.id: g.number for g in groups}
        area_numbers = {a.id: a.number for a in areas}
        members: dict[int, list[MemberData]] = {g.id: [] for g in groups}
        ungrouped: list[MemberData] = []
        rows = session.execute(
            select(Participant, Membership)
            .outerjoin(Membership, Membership.participant_id == Participant.id)
            .where(Participant.workshop_id == wid)).all()
        for p, ms in rows:
            member = MemberData(p.name, names.get(p.municipality_id, ""), p.role,
                                bool(ms and ms.presenter))
            if ms is not None and ms.group_id in members:
                members[ms.group_id].append(member)
            else:
                ungrouped.append(member)
        activities: dict[int | None, list[ActivityData]] = {}
        for a in session.scalars(
                select(Activity).where(Activity.workshop_id == wid,
                                       Activity.deleted_at.is_(None))
                .order_by(Activity.position, Activity.id)):
            activities.setdefault(a.municipality_id, []).append(ActivityData(
                a.municipality_id, group_numbers.get(a.group_id), area_numbers.get(a.area_id),
                a.position, a.title or "", a.description or "", bool(a.involve_leaders),
                bool(a.involve_key_people), bool(a.involve_partners), a.involve_notes or "",
                a.responsible or "", a.time_frame or "", bool(a.digital)))

        def by_name(m: MemberData) -> tuple[bool, str, str]:
            return (not m.presenter, m.municipality.casefold(), m.name.casefold())

        return PackData(
            title=w.title, date=w.date, venue=w.venue, language=w.language,
            trainer_name=w.trainer_name, trainer_organisation=w.trainer_organisation,
            trainer_email=w.trainer_email, trainer_phone=w.trainer_phone,
            goals=list(w.goals or []), areas_heading=w.areas_heading,
            homework=list(w.homework or []), followup_date=w.followup_date,
            followup_start=w.followup_start, followup_end=w.followup_end,
            followup_platform=w.followup_platform, followup_link=w.followup_link,
            followup_intro=w.followup_intro, followup_tasks=list(w.followup_tasks or []),
            areas=[AreaData(a.number, a.title, tuple(a.examples or ())) for a in areas],
            groups=[GroupData(g.number, g.name, g.statement,
                              tuple(sorted(members[g.id], key=by_name))) for g in groups],
            ungrouped=sorted(ungrouped, key=by_name),
            municipalities=municipalities,
            activities=activities,
        )


def _followup_times(store: Store) -> tuple[dt.time | None, dt.time | None]:
    with store.session() as session:
        w = session.get(Workshop, store.workshop_id)
        return (w.followup_start, w.followup_end) if w else (None, None)


# --- building documents -----------------------------------------------------------------------

class _Writer:
    """One document being built: the template's styles and the workshop's language."""

    def __init__(self, data: PackData, template: Path | None):
        self.data = data
        self.L = Labels(data.language)
        self.doc: DocxDocument = open_template(template)
        self.body = Body(self.doc)
        st = Styles(self.doc)
        self.title = st.para("Title")
        self.subtitle = st.para("Subtitle")
        self.h1 = st.para("Heading 1")
        self.h2 = st.para("Heading 2")
        self.h3 = st.para("Heading 3")
        self.bullet = st.para("List Bullet")
        self.cell = st.para("Table Text")
        self.cell_head = st.para("Table Heading")
        self.cover_name = st.para("Cover Name", "Subtitle", "Heading 1")
        self.small = st.para("Small")
        self.table = st.tbl("Avtoituba Table", "Table Grid")
        self.text_width = _text_width_cm(self.doc)
        fill_header_footer(self.doc, clean_line(data.title), self.L["page"])
        props = self.doc.core_properties
        props.title = clean_line(data.title)[:250]
        props.author = clean_line(data.trainer_name)[:250]
        props.language = "et-EE" if self.L.language == "et" else "en-GB"

    def widths(self, columns: tuple[float, ...]) -> tuple[float, ...]:
        """Column widths (cm) scaled to the template's text width."""
        scale = self.text_width / TEXT_WIDTH_CM
        return tuple(round(c * scale, 2) for c in columns)

    def finish(self) -> DocxDocument:
        self.body.flush()
        return self.doc

    # small pieces
    def text(self, text: str, style: str | None = None, **kw) -> None:  # noqa: ANN003
        self.body.paragraph(text, style, **kw)

    def heading(self, level: int, text: str) -> None:
        style = {1: self.h1, 2: self.h2, 3: self.h3}[level]
        self.body.paragraph(text, style, bold=style is None, one_line=True, keep_next=True)

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self.body.paragraph(item if self.bullet else f"•\u00a0{item}", self.bullet)

    def numbered(self, items: Iterable[str], letters: bool = False,
                 style: str | None = None) -> None:
        for i, item in enumerate(items):
            mark = f"{'abcdefghij'[i % 10]})" if letters else f"{i + 1}."
            self.body.paragraph(f"{mark}\u00a0{item}", style)

    def key_values(self, rows: list[tuple[str, str]]) -> None:
        for key, value in rows:
            self.body.rich([(f"{key}: ", True), (value, False)])

    # sections of the documents
    def cover(self, subtitle: str, name: str | None) -> None:
        d, L = self.data, self.L
        self.body.empty(3)
        self.text(d.title, self.title, one_line=True, bold=self.title is None)
        self.text(subtitle, self.subtitle, one_line=True)
        if name:
            self.text(name, self.cover_name, one_line=True, bold=self.cover_name is None)
        else:
            self.body.empty(2)
        rows = [(L["date"], L.date(d.date)), (L["venue"], d.venue)]
        if name:
            rows.append((L["municipality"], name))
        self.key_values([r for r in rows if r[1]])
        trainer = ", ".join(x for x in (d.trainer_name, d.trainer_organisation) if x)
        contact = ", ".join(x for x in (d.trainer_email, d.trainer_phone) if x)
        if trainer or contact:
            self.body.empty()
            self.key_values([r for r in ((L["trainer"], trainer), (L["contact"], contact))
                             if r[1]])
        self.body.page_break()

    def goals_and_areas(self) -> None:
        L, d = self.L, self.data
        if d.goals:
            self.heading(1, L["goals"])
            self.numbered(d.goals)
        if d.areas:
            self.heading(1, L["areas"])
            self.numbered([a.title for a in d.areas])

    def activity_header(self) -> list[str]:
        L = self.L
        return [L["col_activity"], L["col_description"], L["col_involve"],
                L["col_responsible"], L["col_time_frame"], L["col_digital"]]

    def activity_row(self, a: ActivityData) -> list[str | list[str]]:
        L = self.L
        involve = [f"{'☒' if a.leaders else '☐'} {L['leaders']}",
                   f"{'☒' if a.key_people else '☐'} {L['key_people']}",
                   f"{'☒' if a.partners else '☐'} {L['partners']}"]
        if a.involve_notes:
            involve.append(a.involve_notes)
        return [a.title, a.description, involve, a.responsible, a.time_frame,
                L["yes"] if a.digital else ""]

    def empty_rows(self, n: int) -> list[list[str | list[str]]]:
        L = self.L
        involve = [f"☐ {L['leaders']}", f"☐ {L['key_people']}", f"☐ {L['partners']}"]
        return [["", "", involve, "", "", ""] for _ in range(n)]

    def activity_table(self, rows: list[list[str | list[str]]]) -> None:
        self.body.table(self.activity_header(), rows, self.widths(ACTIVITY_WIDTHS),
                        table_style=self.table, cell_style=self.cell,
                        header_style=self.cell_head, min_height_cm=1.2,
                        keep_together=len(rows) <= KEEP_TOGETHER_ROWS)

    def activities(self, municipality_id: int, level: int = 1,
                   heading: str | None = None, blanks: bool = True) -> None:
        L, d = self.L, self.data
        self.heading(level, heading or L["activities"])
        acts = d.activities_of(municipality_id)
        if not acts:
            self.text(L["no_activities"] if blanks else L["no_activities_trainer"])
            if blanks:
                self.activity_table(self.empty_rows(EMPTY_ROWS_NONE))
            return
        if blanks:
            self.text(L["activities_intro"], self.small)
        groups = {g.number: g for g in d.groups}
        areas = {a.number: a for a in d.areas}
        order = sorted({a.group_number for a in acts}, key=lambda n: (n is None, n or 0))
        for gnum in order:
            g = groups.get(gnum) if gnum is not None else None
            if g is not None:
                self.heading(min(level + 1, 3), g.name)
                self.text(g.statement, self.small, keep_next=True)
            else:
                self.heading(min(level + 1, 3), L["no_group"])
            in_group = [a for a in acts if a.group_number == gnum]
            for anum in sorted({a.area_number for a in in_group},
                               key=lambda n: (n is None, n or 0)):
                area = areas.get(anum) if anum is not None else None
                self.heading(min(level + 2, 3), f"{anum}. {area.title}" if area
                             else L["no_area"])
                rows = [self.activity_row(a) for a in in_group if a.area_number == anum]
                self.activity_table(rows + self.empty_rows(EMPTY_ROWS_AFTER if blanks else 0))
        if blanks:
            self.heading(min(level + 1, 3), L["new_activities"])
            self.activity_table(self.empty_rows(EMPTY_ROWS_NEW))

    def homework(self) -> None:
        self.heading(1, self.L["homework"])
        self.numbered(self.data.homework_texts())

    def followup(self, municipality: MunicipalityData | None) -> None:
        L, d = self.L, self.data
        self.heading(1, L["followup"])
        when = L.date(d.followup_date, weekday=True)
        times = L.time_range(d.followup_start, d.followup_end)
        rows = [(L["followup_when"], f"{when}, {times}" if times and d.followup_date
                 else when)]
        if d.followup_platform:
            rows.append((L["followup_where"], d.followup_platform))
        self.key_values(rows)
        if d.followup_link:
            self.body.link(f"{L['followup_link']}: ", d.followup_link)
        if municipality is not None:
            slot = municipality.slot
            self.key_values([(L["followup_slot"],
                              L.slot(slot.start, slot.end, slot.index, slot.count) if slot
                              else L["no_slot"])])
        if d.followup_intro:
            self.text(d.followup_intro, keep_next=True)
        for i, task in enumerate(d.followup_tasks):
            mark = f"{'abcdefghij'[i % 10]})"
            self.text(f"{mark}\u00a0{task}", self.h3, bold=self.h3 is None,
                      keep_next=municipality is not None)
            if municipality is not None:
                self.body.writing_box(WRITING_BOX_CM, self.text_width, self.table)

    def running_order(self) -> None:
        L, d = self.L, self.data
        self.heading(1, L["running_order"])
        when = L.date(d.followup_date, weekday=True)
        times = L.time_range(d.followup_start, d.followup_end)
        self.text(f"{when}, {times}" if times and d.followup_date else when, self.small)
        rows = []
        for i, m in enumerate(d.municipalities, start=1):
            time = (f"{L.time(m.slot.start)}–{L.time(m.slot.end)}" if m.slot
                    else L["no_slot"])
            rows.append([str(i), m.name, time, str(len(d.activities_of(m.id)))])
        self.body.table([L["col_no"], L["municipality"], L["col_time"], L["col_count"]],
                        rows, self.widths((1.3, 8.7, 4.0, 3.0)), table_style=self.table,
                        cell_style=self.cell, header_style=self.cell_head)

    def group_lists(self, level: int = 1) -> None:
        L, d = self.L, self.data
        self.heading(level, L["group_lists"])
        header = [L["col_name"], L["municipality"], L["col_role"], L["col_presenter"]]
        widths = self.widths((5.2, 4.6, 5.0, 2.2))
        for g in d.groups:
            self.heading(level + 1, f"{g.name} ({L['members_count'].format(n=len(g.members))})")
            self.text(g.statement, self.small, keep_next=True)
            if not g.members:
                self.text(L["no_members"])
                continue
            self.body.table(header, [[m.name, m.municipality, m.role,
                                      L["presenter"] if m.presenter else ""]
                                     for m in g.members],
                            widths, table_style=self.table, cell_style=self.cell,
                            header_style=self.cell_head,
                            keep_together=len(g.members) <= 3 * KEEP_TOGETHER_ROWS)
        if d.ungrouped:
            self.heading(level + 1, L["ungrouped"])
            self.body.table(header, [[m.name, m.municipality, m.role, ""]
                                     for m in d.ungrouped],
                            widths, table_style=self.table, cell_style=self.cell,
                            header_style=self.cell_head)

    def appendix(self) -> None:
        L, d = self.L, self.data
        if not any(a.examples for a in d.areas):
            return
        self.body.page_break()
        self.heading(1, L["appendix"])
        self.text(L["appendix_intro"], self.small)
        for a in d.areas:
            self.heading(3, f"{a.number}. {a.title}")
            self.bullets(a.examples)


def _text_width_cm(doc: DocxDocument) -> float:
    """The width between the margins of the template's last section (A4 2 cm: 17 cm)."""
    try:
        section = doc.sections[-1]
        width = (section.page_width - section.left_margin - section.right_margin) / 360000
    except (TypeError, IndexError, AttributeError):
        return TEXT_WIDTH_CM
    return width if 5 <= width <= 60 else TEXT_WIDTH_CM


def build_municipality_document(data: PackData, municipality: MunicipalityData,
                                template: Path | None = None) -> DocxDocument:
    w = _Writer(data, template)
    w.cover(w.L["pack"], municipality.name)
    w.goals_and_areas()
    w.body.page_break()
    w.activities(municipality.id)
    w.body.page_break()
    w.homework()
    w.followup(municipality)
    w.appendix()
    return w.finish()


def build_trainer_document(data: PackData, template: Path | None = None) -> DocxDocument:
    w = _Writer(data, template)
    w.cover(w.L["trainer_pack"], None)
    w.running_order()
    w.homework()
    w.followup(None)
    w.body.page_break()
    w.group_lists()
    for m in data.municipalities:
        w.body.page_break()
        w.heading(1, m.name)
        slot = m.slot
        w.key_values([(w.L["followup_slot"],
                       w.L.slot(slot.start, slot.end, slot.index, slot.count) if slot
                       else w.L["no_slot"])])
        w.activities(m.id, level=2, heading=w.L["activities"], blanks=False)
    return w.finish()


def build_group_lists_document(data: PackData, template: Path | None = None) -> DocxDocument:
    w = _Writer(data, template)
    w.text(data.title, w.title, one_line=True, bold=w.title is None)
    w.text(" · ".join(x for x in (w.L.date(data.date), data.venue) if x), w.subtitle)
    w.group_lists()
    return w.finish()


# --- writing the pack -------------------------------------------------------------------------

class ExportCancelled(Exception):
    """The export was stopped; ``written`` lists the (complete) files written before."""

    def __init__(self, written: list[Path]):
        super().__init__("export cancelled")
        self.written = written


@dataclass
class PackOptions:
    out_dir: Path
    municipality_ids: list[int] | None = None   # None: every municipality
    per_municipality: bool = True
    combined: bool = True
    group_lists: bool = False
    template: Path | None = None


@dataclass(frozen=True)
class PlannedFile:
    name: str
    kind: str                     # municipality, combined, groups
    municipality: MunicipalityData | None = None


def plan_files(data: PackData, options: PackOptions) -> list[PlannedFile]:
    """The files the export will write, in order, with safe and distinct names."""
    L = Labels(data.language)
    taken: set[str] = set()
    plan: list[PlannedFile] = []
    if options.per_municipality:
        wanted = None if options.municipality_ids is None else set(options.municipality_ids)
        for m in data.municipalities:
            if wanted is None or m.id in wanted:
                name = unique_file_name(f"{L['file_homework']} - {m.name}", ".docx", taken)
                plan.append(PlannedFile(name, "municipality", m))
    if options.combined:
        plan.append(PlannedFile(unique_file_name(L["file_trainer"], ".docx", taken),
                                "combined"))
    if options.group_lists:
        plan.append(PlannedFile(unique_file_name(L["file_groups"], ".docx", taken), "groups"))
    return plan


Progress = Callable[[int, int, str], None]


def export_pack(store_or_data: Store | PackData, options: PackOptions,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write the pack into ``options.out_dir``; returns the files written, in order.

    ``progress(done, total, file_name)`` is called before each file and once at the end;
    when ``cancelled()`` turns true the export stops between files and raises
    ExportCancelled (the files written so far are complete). A file that cannot be
    written raises documents.WriteError naming it; the files before it stay valid.
    """
    data = store_or_data if isinstance(store_or_data, PackData) else load_pack(store_or_data)
    out_dir = Path(options.out_dir).expanduser()
    out_dir.mkdir(parents=True, exist_ok=True)
    out_dir = out_dir.resolve()
    template = Path(options.template) if options.template else None
    if template is not None:
        open_template(template)  # a bad template fails before anything is written
    plan = plan_files(data, options)
    written: list[Path] = []
    for i, item in enumerate(plan):
        if cancelled is not None and cancelled():
            raise ExportCancelled(written)
        if progress is not None:
            progress(i, len(plan), item.name)
        if item.kind == "municipality":
            assert item.municipality is not None
            doc = build_municipality_document(data, item.municipality, template)
        elif item.kind == "combined":
            doc = build_trainer_document(data, template)
        else:
            doc = build_group_lists_document(data, template)
        written.append(atomic_save(doc, inside(out_dir, item.name)))
    if progress is not None:
        progress(len(plan), len(plan), "")
    return written


__all__ = [
    "ExportCancelled",
    "PackData",
    "PackOptions",
    "build_group_lists_document",
    "build_municipality_document",
    "build_trainer_document",
    "export_pack",
    "load_pack",
    "plan_files",
]
