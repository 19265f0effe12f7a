"""``avtoituba activities add|edit|list``: capture from scripts."""

from __future__ import annotations

import argparse
from contextlib import closing

from avtoituba.commands import WORDS, CommandError, print_json, say


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from exc
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return number


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("activities", help="add, change or list a workshop's activities",
                       description="Add, change or list the activities the groups "
                                   "proposed.")
    actions = p.add_subparsers(dest="activities_command", metavar="ACTION", required=True)

    a = actions.add_parser("add", help="add an activity to a group",
                           description="Add an activity at the end of a group's list "
                                       "(saved to the file at once).")
    a.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    a.add_argument("--group", type=_positive, required=True, metavar="N",
                   help="the group's number (1, 2, 3)")
    a.add_argument("--municipality", required=True, metavar="M",
                   help="the municipality's name, as in the registration list (a name close "
                        "to a known one is refused with a suggestion)")
    a.add_argument("--new-municipality", action="store_true",
                   help="M is a municipality new to this workshop, even if it looks like a "
                        "known one: add it")
    a.add_argument("--title", required=True, metavar="T", help="what will be done")
    a.add_argument("--area", type=_positive, metavar="K",
                   help="area of open government 1-7 (default: the one the group's theme "
                        "suggests)")
    a.add_argument("--description", default="", metavar="D", help="more detail")
    a.add_argument("--json", action="store_true", help="print the new activity as JSON")
    a.set_defaults(handler=cmd_add)

    e = actions.add_parser("edit", help="change an activity's title, municipality or area",
                           description="Change an activity (its number is in "
                                       "'activities list'); e.g. give an activity without "
                                       "a municipality its own.")
    e.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    e.add_argument("activity_id", type=_positive, metavar="ID", help="the activity's number")
    e.add_argument("--municipality", metavar="M",
                   help="the municipality's name, as in the registration list (a name close "
                        "to a known one is refused with a suggestion)")
    e.add_argument("--new-municipality", action="store_true",
                   help="M is a municipality new to this workshop: add it")
    e.add_argument("--title", metavar="T", help="a new title")
    e.add_argument("--area", type=_positive, metavar="K", help="area of open government 1-7")
    e.add_argument("--json", action="store_true", help="print the activity as JSON")
    e.set_defaults(handler=cmd_edit)

    ls = actions.add_parser("list", help="list activities",
                            description="List the activities, by group and position.")
    ls.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    ls.add_argument("--group", type=_positive, metavar="N", help="only this group")
    ls.add_argument("--municipality", metavar="M", help="only this municipality")
    ls.add_argument("--area", type=_positive, metavar="K", help="only this area")
    ls.add_argument("--search", default="", metavar="TEXT", help="only those containing TEXT")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    from avtoituba.core.capture import Capture, CaptureError
    from avtoituba.core.text import TextTooLong, clean_name, limited
    from avtoituba.store.db import open_store

    try:  # refused with a message rather than cut short in silence
        limited(clean_name(args.title), 500, "--title")
        limited(clean_name(args.municipality), 300, "--municipality")
    except TextTooLong as exc:
        raise CommandError(str(exc)) from exc
    if not args.title.strip():
        raise CommandError(WORDS("empty_title"))
    if not args.municipality.strip():
        raise CommandError(WORDS("empty_municipality"))
    try:
        with open_store(args.workshop_file) as store, closing(Capture(store)) as capture:
            group = capture.group_by_number(args.group)
            name = _municipality(capture, args.municipality, args.new_municipality)
            row = capture.add(group.id, args.title, name, args.area,
                              description=args.description)
    except CaptureError as exc:
        raise CommandError(str(exc)) from exc
    if args.json:
        print_json(row.as_json())
    else:
        print(say("added", row.id, row.group_number, row.title, row.municipality,
                  row.area_number or "-"))
    return 0


def _municipality(capture, typed: str, new: bool) -> str:
    """The list's spelling of ``typed``; a name close to a known one is refused with the
    suggestion unless ``new`` says it is a new municipality."""
    match = capture.match_municipality(typed)
    if match.kind == "close" and not new:
        raise CommandError(WORDS("did_you_mean", match.typed.strip(), match.name))
    return match.name if match.kind == "known" else typed


def cmd_edit(args: argparse.Namespace) -> int:
    from avtoituba.core.capture import Capture, CaptureError
    from avtoituba.core.text import TextTooLong, clean_name, limited
    from avtoituba.store.db import open_store

    if args.title is None and args.municipality is None and args.area is None:
        raise CommandError(WORDS("nothing_to_edit"))
    try:
        for value, limit, option in ((args.title, 500, "--title"),
                                     (args.municipality, 300, "--municipality")):
            if value is not None:
                limited(clean_name(value), limit, option)
    except TextTooLong as exc:
        raise CommandError(str(exc)) from exc
    if args.title is not None and not args.title.strip():
        raise CommandError(WORDS("empty_title"))
    if args.municipality is not None and not args.municipality.strip():
        raise CommandError(WORDS("empty_municipality"))
    try:
        with open_store(args.workshop_file) as store, closing(Capture(store)) as capture:
            if args.activity_id not in {r.id for r in capture.list()}:
                raise CommandError(WORDS("no_activity", args.activity_id))
            fields: dict[str, object] = {}
            if args.title is not None:
                fields["title"] = args.title
            if args.municipality is not None:
                fields["municipality"] = _municipality(capture, args.municipality,
                                                       args.new_municipality)
            if args.area is not None:
                fields["area_number"] = args.area
            row, old = capture.update(args.activity_id, **fields)
    except CaptureError as exc:
        raise CommandError(str(exc)) from exc
    if args.json:
        print_json(row.as_json())
    else:
        print(say("edited", row.id, row.group_number, row.title, row.municipality or "-",
                  row.area_number or "-") if old else
              say("unchanged", row.id, row.title, row.municipality or "-",
                  row.area_number or "-"))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from avtoituba.core.capture import ActivityFilter, Capture, CaptureError
    from avtoituba.store.db import open_store

    try:
        with open_store(args.workshop_file, read_only=True) as store, \
                closing(Capture(store)) as capture:
            group_id = muni_id = None
            if args.group is not None:
                group_id = capture.group_by_number(args.group).id
            if args.municipality is not None:
                muni_id = capture.find_municipality(args.municipality)
                if muni_id is None:
                    known = ", ".join(capture.municipality_names()) or say("none_yet")
                    raise CommandError(WORDS("no_municipality", args.municipality, known))
            if args.area is not None:
                capture.area(args.area)
            rows = capture.list(ActivityFilter(group_id=group_id, municipality_id=muni_id,
                                               area_number=args.area, text=args.search))
    except CaptureError as exc:
        raise CommandError(str(exc)) from exc
    if args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(say("no_activities"))
        return 0
    for r in rows:
        print(f"{r.group_number or '-'}\t{r.area_number or '-'}\t{r.municipality or '-'}\t"
              f"{r.title}")
    return 0
