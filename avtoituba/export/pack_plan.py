"""The homework pack's files before anything is written: which documents, under which
names, and whether the folder already holds an earlier pack. No python-docx here: the
Homework pack page imports this module when the window opens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from avtoituba.core.pack_rows import EMPTY_ROWS_NEW, EMPTY_ROWS_PER_AREA  # noqa: F401
from avtoituba.export.filenames import safe_file_stem, unique_file_name
from avtoituba.export.labels import Labels
from avtoituba.export.pack_data import ActivityData, MunicipalityData, PackData

REPLACE, KEEP_BOTH, ASK = "replace", "keep_both", "ask"
PREVIOUS = {"et": "Eelmine versioon", "en": "Previous version"}


class ExportCancelled(Exception):
    """The export was stopped; ``written`` lists the (complete) files written before."""

    def __init__(self, written: list[Path]):
        super().__init__("export cancelled")
        self.written = written


class EarlierPack(Exception):
    """The folder holds files of an earlier pack; the caller chooses replace or keep both."""

    def __init__(self, folder: Path, names: list[str]):
        super().__init__(f"{folder} already holds {', '.join(names)}")
        self.folder = folder
        self.names = names


class Orphans(Exception):
    """Activities without a municipality, refused (``--strict``) instead of printed in every
    pack."""

    def __init__(self, activities: list[ActivityData]):
        super().__init__(f"{len(activities)} activities have no municipality")
        self.activities = activities


@dataclass
class PackOptions:
    out_dir: Path
    municipality_ids: list[int] | None = None   # None: every municipality
    per_municipality: bool = True
    combined: bool = True
    group_lists: bool = False
    template: Path | None = None
    #: activities without a municipality: printed in every pack, or refused
    orphans_for_everyone: bool = True
    #: what to do with an earlier pack in the folder: ask (raise EarlierPack), replace,
    #: keep_both
    existing: str = ASK
    #: empty rows under each area and rows for new activities; None: the workshop's
    #: setting (core.pack_rows)
    empty_rows: int | None = None
    new_rows: int | None = None


@dataclass(frozen=True)
class PlannedFile:
    name: str
    kind: str                     # municipality, combined, groups
    municipality: MunicipalityData | None = None


def default_folder_name(title: str, date: dt.date | None, language: str = "et") -> str:
    """A folder of its own per workshop: "Kodutööpakett – Tartumaa töötuba 2026-11-17"."""
    L = Labels(language)
    parts = " ".join(x for x in (title.strip(), date.isoformat() if date else "") if x)
    return safe_file_stem(f"{L['folder']} – {parts}" if parts else L["folder"])


def plan_files(data: PackData, options: PackOptions,
               avoid: set[str] | None = None) -> list[PlannedFile]:
    """The files the export will write, in order, with safe and distinct names (none of
    ``avoid``, compared case-insensitively)."""
    L = Labels(data.language)
    taken: set[str] = {n.casefold() for n in (avoid or set())}
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


def earlier_files(data: PackData, options: PackOptions) -> list[str]:
    """The names of this export that the folder already holds."""
    folder = Path(options.out_dir).expanduser()
    if not folder.is_dir():
        return []
    present = {p.name.casefold() for p in folder.iterdir() if p.is_file()}
    return [f.name for f in plan_files(data, options) if f.name.casefold() in present]
