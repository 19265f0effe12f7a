"""The trainer's document („Koolitaja koonddokument“): the follow-up seminar's running
order, an overview of activities by municipality and area, the groups with their
presenters, and every municipality's activities one after another. It speaks of the
municipalities, never to them."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument

from avtoituba.export.group_lists import group_section
from avtoituba.export.homework import PackWriter
from avtoituba.export.pack_data import PackData


def running_order(w: PackWriter) -> None:
    d, L = w.data, w.L
    w.heading(2, L["running_order"])
    order = d.order
    rows: list[list[str]] = []
    if order is not None and order.opening:
        rows.append(["", L.time_range(*order.opening), L["opening"], "", ""])
    for i, m in enumerate(d.municipalities, start=1):
        time = L.time_range(m.slot.start, m.slot.end) if m.slot else L["no_slot"]
        rows.append([str(i), time, m.name, str(len(d.members_of(m.id))),
                     str(len(d.activities_of(m.id)))])
    if order is not None and order.closing:
        rows.append(["", L.time_range(*order.closing), L["closing"], "", ""])
    w.grid([L["col_no"], L["col_time"], L["municipality"], L["col_people"], L["col_count"]],
           rows, (1.2, 3.2, 8.0, 2.3, 2.3), keep_together=len(rows) <= 24)
    if order is not None and order.overrun:
        w.text(L.fmt("overrun", order.overrun), bold=True)


def overview(w: PackWriter) -> None:
    """Municipality × area: how many activities each has where."""
    d, L = w.data, w.L
    if not d.areas:
        return
    w.heading(2, L["overview"])
    numbers = [a.number for a in d.areas]
    header = [L["municipality"]] + [str(n) for n in numbers] + [L["col_total"]]
    rows = []
    listed = [(m.name, d.activities_of(m.id)) for m in d.municipalities]
    if d.orphans:
        listed.append((L["no_municipality"], d.orphans))
    for name, acts in listed:
        counts = [sum(1 for a in acts if a.area_number == n) for n in numbers]
        rows.append([name] + [str(c) if c else "–" for c in counts] + [str(len(acts))])
    totals = [sum(1 for acts in d.activities.values() for a in acts if a.area_number == n)
              for n in numbers]
    rows.append([L["col_total"]] + [str(t) for t in totals]
                + [str(sum(len(a) for a in d.activities.values()))])
    area_w = round(9.0 / len(numbers), 2)
    w.grid(header, rows, (6.0,) + (area_w,) * len(numbers) + (2.0,),
           keep_together=len(rows) <= 24)
    w.text(L["overview_legend"], w.small, keep_next=True)
    w.text("\n".join(f"{a.number}. {a.title}" for a in d.areas), w.small)


def build_trainer_document(data: PackData, template: Path | None = None) -> DocxDocument:
    from avtoituba.export.labels import Labels

    L = Labels(data.language)
    w = PackWriter(data, L["trainer_pack"], template)
    w.cover_title(L["trainer_pack"], None)
    w.heading(1, L["followup"])
    w.seminar_sentence()
    running_order(w)
    overview(w)
    w.heading(2, L["homework"])
    w.numbered(data.homework_texts())
    if data.followup_tasks:
        w.heading(2, L["prepare"])
        if data.followup_intro:
            w.text(data.followup_intro, keep_next=True)
        w.numbered(data.followup_tasks, letters=True)
    w.heading(1, L["group_lists"])
    group_section(w, data, page_per_group=False, level=2)
    w.heading(1, L["activities_trainer"])
    w.text(L["legend_short"], w.small, keep_next=True)
    if w.voted:
        w.text(L["priority_legend"], w.small, keep_next=True)
    for m in data.municipalities:
        acts = data.activities_of(m.id)
        # the municipality's heading and lines stay on the page of its first table
        w.heading(2, m.name)
        missing = w.missing_areas(acts)
        w.slot_line(m, "slot_of", keep_next=bool(acts),
                    more=L.fmt("uncovered_trainer", L.join(missing)) if acts and missing
                    else "")
        if not acts:
            w.text(L["no_activities_trainer"], w.small)
            continue
        w.activities_by_theme(m.id, blanks=False, level=3)
    w.for_everyone(trainer=True)
    return w.finish()
