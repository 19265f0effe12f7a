"""``avtoituba new`` and ``avtoituba info``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from avtoituba.commands import WORDS, CommandError, print_json, say


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from exc


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create a workshop file from the default programme",
                       description="Create a workshop file from the default programme.")
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    p.add_argument("--title", help="the workshop's title (default: the programme's)")
    p.add_argument("--date", type=parse_date, help="the workshop's date, YYYY-MM-DD")
    p.add_argument("--venue", default="", help="where it takes place")
    p.add_argument("--language", choices=("et", "en"), default="et",
                   help="language of the programme and documents (default: et)")
    p.add_argument("--demo", action="store_true",
                   help="fill it with demo participants, groups and activities")
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("info", help="show a workshop's title, date and counts",
                       description="Show a workshop's title, date and counts.")
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_info)


def cmd_new(args: argparse.Namespace) -> int:
    from avtoituba.core.text import TextTooLong, clean_name, limited
    from avtoituba.core.workshop import new_workshop, workshop_info

    target = args.workshop_file
    if "://" not in target and Path(target).expanduser().exists():
        raise CommandError(WORDS("exists", target))
    try:  # the same cleaning as every other door: no control or bidi characters
        title = limited(clean_name(args.title), 500, "--title") if args.title else None
        venue = limited(clean_name(args.venue), 500, "--venue")
    except TextTooLong as exc:
        raise CommandError(str(exc)) from exc
    if args.title is not None and not title:
        raise CommandError("--title is empty; give the workshop a title")
    if args.demo:
        from avtoituba.core.demo import create_demo

        store = create_demo(target, date=args.date)
    else:
        store = new_workshop(target, title=title, date=args.date or dt.date.today(),
                             venue=venue, language=args.language)
    try:
        info = workshop_info(store)
    finally:
        store.close()
    print(f"{target}: {info.title} ({info.date.isoformat() if info.date else '-'})")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from avtoituba.core.workshop import workshop_info
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        info = workshop_info(store)
    if args.json:
        print_json(info.as_json())
        return 0
    rows = [
        (say("title"), info.title),
        (say("date"), info.date.isoformat() if info.date else "-"),
        (say("venue"), info.venue or "-"),
        (say("language"), info.language),
        (say("agenda_items"), info.agenda_items),
        (say("groups"), info.groups),
        (say("areas"), info.areas),
        (say("municipalities"), info.municipalities),
        (say("participants"), info.participants),
        (say("activities"), info.activities),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")
    return 0
