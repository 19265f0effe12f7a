"""Writing the homework pack into a folder: which files, under which names, what happens to
an earlier pack there and to activities without a municipality.

Each file is written through a temporary file and a rename, with the user's normal
permissions; progress is reported before each file and a cancel stops between files.
Nothing is overwritten silently: a folder that holds an earlier pack is refused until the
caller chooses to replace it (the earlier files are kept as the previous version until the
next export) or to keep both (the new files get new names).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from avtoituba.export.documents import inside, open_template
from avtoituba.export.engine import save
from avtoituba.export.group_lists import build_group_lists_document
from avtoituba.export.homework import build_municipality_document
from avtoituba.export.pack_data import PackData, load_pack
from avtoituba.export.pack_plan import (  # noqa: F401 - the pack's API in one place
    ASK,
    KEEP_BOTH,
    PREVIOUS,
    REPLACE,
    EarlierPack,
    ExportCancelled,
    Orphans,
    PackOptions,
    PlannedFile,
    default_folder_name,
    earlier_files,
    plan_files,
)
from avtoituba.export.trainer import build_trainer_document
from avtoituba.store.db import Store


def _keep_previous(folder: Path, names: list[str], language: str) -> None:
    """Copy the earlier files into the previous-version folder (emptied first); each is
    then replaced in place by its new version, so a failed write leaves the old one."""
    previous = folder / PREVIOUS.get(language, PREVIOUS["et"])
    if previous.is_dir():
        shutil.rmtree(previous)
    previous.mkdir()
    for name in names:
        shutil.copy2(folder / name, previous / name)


Progress = Callable[[int, int, str], None]


def export_pack(store_or_data: Store | PackData, options: PackOptions,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """Write the pack into ``options.out_dir``; returns the files written, in order.

    ``progress(done, total, file_name)`` is called before each file and once at the end;
    when ``cancelled()`` turns true the export stops between files and raises
    ExportCancelled (the files written so far are complete). A file that cannot be
    written raises documents.WriteError naming it; the files before it stay valid.
    Raises EarlierPack (``existing="ask"``) or Orphans (``orphans_for_everyone=False``)
    before anything is written.
    """
    data = store_or_data if isinstance(store_or_data, PackData) else load_pack(store_or_data)
    data.orphans_for_everyone = options.orphans_for_everyone
    if data.orphans and not options.orphans_for_everyone:
        raise Orphans(data.orphans)
    out_dir = Path(options.out_dir).expanduser()
    template = Path(options.template) if options.template else None
    if template is not None:
        open_template(template)  # a bad template fails before anything is written
    earlier = earlier_files(data, options)
    if earlier and options.existing == ASK:
        raise EarlierPack(out_dir, earlier)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_dir = out_dir.resolve()
    avoid: set[str] = set()
    if earlier and options.existing == KEEP_BOTH:
        avoid = {p.name for p in out_dir.iterdir()}
    elif earlier:
        _keep_previous(out_dir, earlier, data.language)
    plan = plan_files(data, options, avoid)
    empty_rows = data.rows.empty_rows if options.empty_rows is None else options.empty_rows
    new_rows = data.rows.new_rows if options.new_rows is None else options.new_rows
    written: list[Path] = []
    for i, item in enumerate(plan):
        if cancelled is not None and cancelled():
            raise ExportCancelled(written)
        if progress is not None:
            progress(i, len(plan), item.name)
        if item.kind == "municipality":
            assert item.municipality is not None
            doc = build_municipality_document(data, item.municipality, template,
                                              empty_rows, new_rows, identity=data.identity)
        elif item.kind == "combined":
            doc = build_trainer_document(data, template)
        else:
            doc = build_group_lists_document(data, template)
        written.append(save(doc, inside(out_dir, item.name)))
    if progress is not None:
        progress(len(plan), len(plan), "")
    return written
