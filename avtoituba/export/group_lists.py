"""The group lists: a page per group with its theme, the question, the presenter (or the
deck's request to agree on one), the time of the presentations and the members.

One builder for both places that write them: the Groups page (``write_group_lists``) and
the homework pack (a document of its own, and a section of the trainer's document).
Qt-free; written through the one Word engine.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx.document import Document as DocxDocument

from avtoituba.export.engine import WordWriter, save
from avtoituba.export.labels import Labels
from avtoituba.export.pack_data import GroupData, PackData, load_pack
from avtoituba.store.db import Store

#: columns (cm of a 17 cm text width): no, name, municipality, position
MEMBER_WIDTHS = (1.2, 5.6, 4.6, 5.6)


def group_section(w: WordWriter, data: PackData, *, page_per_group: bool,
                  level: int = 1) -> None:
    """The groups one after another (each on a page of its own for the wall)."""
    L = w.L
    for i, g in enumerate(data.groups):
        if page_per_group and i:
            w.body.page_break()
        _group(w, data, g, level)
    if data.ungrouped:
        if page_per_group:
            w.body.page_break()
        w.heading(level, L["ungrouped"])
        _members_table(w, data.ungrouped)
    if not data.groups and not data.ungrouped:
        w.text(L["no_members"])


def _group(w: WordWriter, data: PackData, g: GroupData, level: int) -> None:
    L = w.L
    # the group's lines stay on the page of its members table (never stranded above it)
    keep = bool(g.members)
    w.heading(level, f"{g.name} ({L.count('members', len(g.members))})")
    w.text(g.statement, w.subtitle, keep_next=keep)
    if data.group_question:
        w.key_values([(L["question"], data.group_question)], keep_next=keep)
    presenter = g.presenter
    if presenter is not None:
        who = presenter.name + (f" ({presenter.municipality})" if presenter.municipality
                                else "")
        w.key_values([(L["presenter"], who)], keep_next=keep)
    elif data.presenter_note:
        w.text(data.presenter_note.rstrip(".") + ".", bold=True, keep_next=keep)
    else:
        w.key_values([(L["presenter"], L["presenter_unset"])], keep_next=keep)
    if data.presentations_at is not None:
        w.text(L.fmt("presentations", L.time(data.presentations_at)), keep_next=keep)
    if not g.members:
        w.text(L["no_members"])
        return
    _members_table(w, g.members)
    munis = sorted({m.municipality for m in g.members if m.municipality}, key=str.casefold)
    if munis:
        w.key_values([(f"{L['municipalities']} ({len(munis)})", ", ".join(munis))])


def _members_table(w: WordWriter, members: tuple | list) -> None:  # type: ignore[type-arg]
    L = w.L
    rows = [[str(i), m.name + (f" ({L['presenter'].lower()})" if m.presenter else ""),
             m.municipality, m.role] for i, m in enumerate(members, start=1)]
    w.grid([L["col_no"], L["col_name"], L["municipality"], L["col_role"]], rows,
           MEMBER_WIDTHS, keep_together=len(rows) <= 24)


def build_group_lists_document(data: PackData, template: Path | None = None) -> DocxDocument:
    L = Labels(data.language)
    w = WordWriter(language=data.language, workshop_title=data.title,
                   kind=L["group_lists_title"], trainer=data.trainer_name, template=template)
    line = ", ".join(x for x in (L.date(data.date) if data.date else "", data.venue) if x)
    if line:
        w.text(line, w.small)
    group_section(w, data, page_per_group=True)
    return w.finish()


def build_group_lists(store: Store, template: Path | None = None) -> DocxDocument:
    """The group-lists document of the open workshop (not yet saved)."""
    return build_group_lists_document(load_pack(store), template)


def write_group_lists(store: Store, target: str | os.PathLike[str],
                      template: Path | None = None) -> Path:
    """Save the group lists to ``target`` (.docx), atomically."""
    target = Path(target).expanduser()
    if target.suffix.lower() != ".docx":
        target = target.with_name(target.name + ".docx")
    target.parent.mkdir(parents=True, exist_ok=True)
    return save(build_group_lists(store, template), target)


def default_file_name(store: Store) -> str:
    from avtoituba.core.workshop import workshop_header

    header = workshop_header(store)
    base = Labels(header.language or "et")["file_groups"].lower()
    return f"{base}-{header.date.isoformat()}.docx" if header.date else f"{base}.docx"
