"""``avtoituba export homework``: the homework pack, headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from avtoituba.commands import WORDS, CommandError, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write documents from a workshop (the homework pack)",
                       description="Write documents from a workshop.")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    h = what.add_parser(
        "homework", help="the homework pack: a Word document per municipality",
        description="Write the homework pack: a Word document for each municipality and a "
                    "combined document for the trainer. Prints the files written.")
    h.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    h.add_argument("--out", required=True, metavar="DIR",
                   help="folder to write into (created if missing)")
    h.add_argument("--municipality", action="append", default=[], metavar="NAME",
                   help="only this municipality (repeat for several; default: all)")
    h.add_argument("--template", metavar="FILE",
                   help="a Word template (.docx) whose styles, header and footer to use")
    h.add_argument("--no-combined", action="store_true",
                   help="leave out the combined document for the trainer")
    h.add_argument("--group-lists", action="store_true",
                   help="also write the group lists as a document of their own")
    h.set_defaults(handler=cmd_homework)


def cmd_homework(args: argparse.Namespace) -> int:
    from avtoituba.core.municipalities import normalise_name
    from avtoituba.export.documents import TemplateError, WriteError
    from avtoituba.export.homework import PackOptions, export_pack, load_pack
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        data = load_pack(store)
    ids = None
    if args.municipality:
        by_name = {m.name.casefold(): m.id for m in data.municipalities}
        ids = []
        for name in args.municipality:
            key = normalise_name(name).casefold()
            if key not in by_name:
                known = ", ".join(m.name for m in data.municipalities) or say("none_yet")
                raise CommandError(WORDS("no_municipality", name, known))
            ids.append(by_name[key])
    template = Path(args.template) if args.template else None
    options = PackOptions(Path(args.out), municipality_ids=ids,
                          combined=not args.no_combined, group_lists=args.group_lists,
                          template=template)
    try:
        files = export_pack(data, options)
    except TemplateError as exc:
        raise CommandError(str(exc)) from exc
    except WriteError as exc:
        raise CommandError(str(exc), 1) from exc
    for path in files:
        print(path)
    return 0
