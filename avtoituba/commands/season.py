"""``avtoituba season push|pull|list|report``: the shared season database, headless.

The database is a URL without password (postgresql://USER@HOST:PORT/DATABASE); libpq
reads the password from its password file (~/.pgpass) or PGPASSWORD. ``--db`` may be left
out when AVTOITUBA_SEASON_DB is set.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from avtoituba.commands import CommandError, print_json

ENV = "AVTOITUBA_SEASON_DB"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("season", help="the shared season database (PostgreSQL)",
                       description="Send workshops to the shared season database, open one "
                                   "from it, and report on the whole season.")
    what = p.add_subparsers(dest="what", metavar="ACTION", required=True)

    def db_arg(q: argparse.ArgumentParser) -> None:
        q.add_argument("--db", metavar="URL", default=os.environ.get(ENV),
                       help="postgresql://USER@HOST:PORT/DATABASE (default: $" + ENV + "); "
                            "the password comes from ~/.pgpass or PGPASSWORD")
        q.add_argument("--timeout", type=int, default=None, metavar="SECONDS",
                       help="how long to wait for the server to answer (default: 10)")

    q = what.add_parser("push", help="send a workshop file to the season database",
                        description="Send what changed in the workshop file since its last "
                                    "push (everything the first time). Safe to repeat.")
    q.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    db_arg(q)
    q.set_defaults(handler=cmd_push)

    q = what.add_parser("pull", help="make a workshop file from the season database",
                        description="Write a workshop from the season database into a new "
                                    "workshop file that works offline like any other.")
    db_arg(q)
    q.add_argument("workshop_id", metavar="WORKSHOP_ID",
                   help="the workshop's id, or its first characters (see 'season list')")
    q.add_argument("out_file", metavar="OUT_FILE")
    q.set_defaults(handler=cmd_pull)

    q = what.add_parser("list", help="list the workshops in the season database",
                        description="List the workshops in the season database.")
    db_arg(q)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_list)

    q = what.add_parser("report", help="the season report (Word and .xlsx)",
                        description="Write the season report: per workshop, per county and "
                                    "across the season, as Word and .xlsx. Prints the files.")
    db_arg(q)
    q.add_argument("--out", required=True, metavar="DIR",
                   help="folder to write into (created if missing)")
    q.add_argument("--language", choices=("et", "en"), default="et",
                   help="language of the report (default: et)")
    q.set_defaults(handler=cmd_report)


def _url(args: argparse.Namespace) -> str:
    if not args.db:
        raise CommandError(f"say which season database: --db postgresql://USER@HOST/DATABASE "
                           f"(or set {ENV})")
    return args.db


def _season_error(exc: Exception) -> CommandError:
    return CommandError(str(exc), 1)


def cmd_push(args: argparse.Namespace) -> int:
    from avtoituba.core.season import SeasonError, sync
    from avtoituba.store.db import open_store

    url = _url(args)
    with open_store(args.workshop_file) as store:
        try:
            result = sync.push(store, url, timeout_s=args.timeout)
        except SeasonError as exc:
            raise _season_error(exc) from None
    print(f"{result.where}: workshop {result.workshop_uuid}: {result.sent} rows sent, "
          f"{result.deleted} deleted, {result.unchanged} unchanged")
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from avtoituba.core.season import SeasonError, sync

    try:
        store = sync.pull(_url(args), args.workshop_id, Path(args.out_file),
                          timeout_s=args.timeout)
    except SeasonError as exc:
        raise _season_error(exc) from None
    store.close()
    print(store.path)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from avtoituba.core.season import SeasonError, sync

    try:
        found = sync.list_workshops(_url(args), timeout_s=args.timeout)
    except SeasonError as exc:
        raise _season_error(exc) from None
    if args.json:
        print_json([{"id": w.uuid, "title": w.title, "date": w.date, "venue": w.venue,
                     "municipalities": w.municipalities, "activities": w.activities,
                     "last_push": w.last_push} for w in found])
        return 0
    for w in found:
        print(f"{w.uuid}  {w.date or '':10}  {w.title}  ({w.municipalities} municipalities, "
              f"{w.activities} activities)")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from avtoituba.core.season import SeasonError
    from avtoituba.core.season.report import load_report
    from avtoituba.export.documents import WriteError
    from avtoituba.export.season_report import write_report

    try:
        report = load_report(_url(args), timeout_s=args.timeout)
    except SeasonError as exc:
        raise _season_error(exc) from None
    try:
        files = write_report(report, Path(args.out), args.language)
    except WriteError as exc:
        raise CommandError(str(exc), 1) from exc
    for path in files:
        print(path)
    return 0
