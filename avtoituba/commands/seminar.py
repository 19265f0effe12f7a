"""``avtoituba seminar``: the follow-up seminar's running order with times and statuses;
``avtoituba export seminar``: its summary as .docx and .xlsx."""

from __future__ import annotations

import argparse
from pathlib import Path

from avtoituba.commands import CommandError, print_json


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "seminar", help="the follow-up seminar's running order with times and statuses",
        description="Print the follow-up seminar's running order: the opening, each "
                    "municipality's turn, the discussion and the closing, with planned and "
                    "actual times and whether each is waiting, speaking, done, absent or "
                    "moved later.")
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_seminar)


def register_export(what: argparse._SubParsersAction) -> None:
    """``export seminar``: added to ``avtoituba export``'s subcommands."""
    s = what.add_parser(
        "seminar", help="the follow-up seminar's summary (.docx and .xlsx)",
        description="Write the follow-up seminar's summary: per municipality what it "
                    "committed to, how the plan was prepared and the next steps, and an "
                    "overview by area; as a Word document and an Excel workbook.")
    s.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    s.add_argument("--out", required=True, metavar="DIR",
                   help="folder to write into (created if missing)")
    s.set_defaults(handler=cmd_export_seminar)


def cmd_seminar(args: argparse.Namespace) -> int:
    from avtoituba.core.seminar_timer import SeminarTimer, seminar_json
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        data = seminar_json(SeminarTimer(store))
    if args.json:
        print_json(data)
        return 0
    print(f"{data['date'] or '-'} {data['start'] or ''}–{data['end'] or ''} "
          f"{data['platform']} {data['link']}".rstrip())
    order = data["order"]
    assert isinstance(order, list)
    for row in order:
        planned = (f"{row['planned_start']}–{row['planned_end']}"
                   if row["planned_start"] else "     –     ")
        actual = f"  (actual {row['actual_start']}–{row['actual_end'] or '…'})" \
            if row["actual_start"] else ""
        print(f"{planned}  {row['title']:<30} {row['status']}{actual}")
    return 0


def cmd_export_seminar(args: argparse.Namespace) -> int:
    from avtoituba.export.documents import WriteError
    from avtoituba.export.seminar_summary import export_summary
    from avtoituba.store.db import open_store

    from avtoituba.commands.oserrors import check_out_folder, os_error_text

    check_out_folder(args.out)

    with open_store(args.workshop_file, read_only=True) as store:
        try:
            files = export_summary(store, Path(args.out))
        except WriteError as exc:
            raise CommandError(str(exc), 1) from exc
        except OSError as exc:
            raise CommandError(os_error_text(exc), 1) from exc
    for path in files:
        print(path)
    return 0
