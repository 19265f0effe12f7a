"""``avtoituba homework import``: the completed homework packs back into the workshop."""

from __future__ import annotations

import argparse
import sys

from avtoituba.commands import CommandError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("homework", help="the homework that comes back",
                       description="The homework packs the municipalities send back.")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    i = what.add_parser(
        "import", help="read completed homework packs (.docx) into the workshop",
        description="Read completed homework packs back: edited and new activities, "
                    "who to involve, responsible, deadline and the answers. Files that "
                    "cannot be imported are named with the reason; nothing of them is "
                    "written. Exit code 1 when a file was refused.")
    i.add_argument("workshop_file", metavar="WORKSHOP")
    i.add_argument("files", nargs="+", metavar="FILE",
                   help="a returned .docx, or a folder of them")
    i.add_argument("--dry-run", action="store_true",
                   help="show what would change, write nothing")
    i.add_argument("--json", action="store_true", help="print the result as JSON")
    i.add_argument("--accept-renamed", action="store_true",
                   help="import packs of a municipality renamed since the export under its "
                        "new name")
    i.set_defaults(handler=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    from avtoituba.core.returns import commitment_changes, field_name, plan_import
    from avtoituba.core.returns_apply import apply_plan
    from avtoituba.store.db import open_store

    from avtoituba import wording

    try:
        with open_store(args.workshop_file, read_only=args.dry_run) as store:
            plan = plan_import(store, args.files)
            if args.accept_renamed:
                renamed = [r.municipality_id for r in plan.refused
                           if r.code == "renamed" and r.municipality_id is not None]
                if renamed:
                    plan = plan_import(store, args.files, accept_renamed=renamed)
            if not args.dry_run and plan.writes:
                apply_plan(store, plan)
    except (OSError, ValueError) as exc:
        raise CommandError(str(exc)) from exc
    if args.json:
        data = plan.as_json()
        data["written"] = not args.dry_run and plan.writes
        print_json(data)
    else:
        for m in plan.municipalities:
            print(f"{m.name}: " + wording.fill(wording.translate(
                "Returns", "%1 new, %2 changed, %3 unchanged"), m.count("new"),
                                               m.count("changed"), m.count("unchanged")))
            for item in m.items:
                if item.kind == "new":
                    print(f"  + {item.title}")
                elif item.kind == "changed":
                    names = [k for k in item.values if k != "ogp"] + [
                        name for name, _old, _new in commitment_changes(
                            item.old.get("ogp"), item.values["ogp"])] \
                        if "ogp" in item.values else list(item.values)
                    fields = ", ".join(field_name(k) for k in names)
                    print(f"  ~ {item.title} ({fields})")
            for problem in m.problems:
                print(f"  ! {problem}")
        for r in plan.refused:
            print(r.text, file=sys.stderr)
        if args.dry_run:
            print(wording.translate("Returns", "Nothing was written (--dry-run)."))
    return 1 if plan.refused else 0
