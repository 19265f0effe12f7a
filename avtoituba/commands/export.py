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
    h.add_argument("--strict", action="store_true",
                   help="fail instead of printing activities without a municipality in "
                        "every pack")
    earlier = h.add_mutually_exclusive_group()
    earlier.add_argument("--keep-both", action="store_true",
                         help="when the folder holds an earlier pack, give the new files "
                              "new names (default: replace it, keeping it as the previous "
                              "version)")
    earlier.add_argument("--refuse-existing", action="store_true",
                         help="fail when the folder holds an earlier pack")
    h.set_defaults(handler=cmd_homework)
    from avtoituba.commands.seminar import register_export

    register_export(what)


def cmd_homework(args: argparse.Namespace) -> int:
    import sys

    from avtoituba.core.municipalities import normalise_name
    from avtoituba.export.documents import TemplateError, WriteError
    from avtoituba.export.pack import (
        ASK,
        KEEP_BOTH,
        PREVIOUS,
        REPLACE,
        EarlierPack,
        Orphans,
        PackOptions,
        earlier_files,
        export_pack,
    )
    from avtoituba.export.pack_data import load_pack
    from avtoituba.store.db import open_store

    from avtoituba.commands.oserrors import check_out_folder

    check_out_folder(args.out)
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
    existing = KEEP_BOTH if args.keep_both else ASK if args.refuse_existing else REPLACE
    options = PackOptions(Path(args.out), municipality_ids=ids,
                          combined=not args.no_combined, group_lists=args.group_lists,
                          template=template, orphans_for_everyone=not args.strict,
                          existing=existing)
    if data.orphans:
        print(orphans_warning(data.orphans, strict=args.strict, language=data.language),
              file=sys.stderr)
    replaced = earlier_files(data, options) if existing == REPLACE else []
    try:
        files = export_pack(data, options)
    except Orphans as exc:
        raise CommandError(WORDS("orphans_refused", n=len(exc.activities))) from exc
    except EarlierPack as exc:
        raise CommandError(f"{exc.folder} already holds an earlier pack "
                           f"({', '.join(exc.names)}); use --keep-both, or leave out "
                           f"--refuse-existing to replace it") from exc
    except TemplateError as exc:
        raise CommandError(str(exc)) from exc
    except WriteError as exc:
        raise CommandError(str(exc), 1) from exc
    if replaced:
        previous = Path(args.out) / PREVIOUS.get(data.language, PREVIOUS["et"])
        print(say("replaced_pack", previous, n=len(replaced)), file=sys.stderr)
    for path in files:
        print(path)
    return 0


def orphans_warning(activities: list, strict: bool,  # type: ignore[type-arg]
                    language: str = "et") -> str:
    """The activities without a municipality, one line each, and what happens to them."""
    from avtoituba.export.labels import Labels

    n = len(activities)
    lines = [say("orphans_strict", n=n) if strict else
             say("orphans_everyone", Labels(language)["for_everyone"], n=n)]
    lines += [f"  #{a.id}: {a.title or say('no_title')}" for a in activities]
    return "\n".join(lines)
