"""``avtoituba participants import|list`` and ``avtoituba groups assign|show|export``."""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from avtoituba.commands import WORDS, CommandError, print_json, say

STRATEGIES = ("spread", "together", "random")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("participants", help="import and list a workshop's participants",
                       description="Import and list a workshop's participants.")
    psub = p.add_subparsers(dest="participants_command", metavar="ACTION", required=True)

    imp = psub.add_parser(
        "import", help="import a registration list (.csv or .xlsx)",
        description="Import a registration list (.csv or .xlsx: UTF-8 or Windows-1257, comma, "
                    "semicolon or tab separated; headers such as Nimi/Name and "
                    "Omavalitsus/KOV/Municipality). If any row has an error nothing is "
                    "imported (exit 1) unless --skip-bad is given. Rows repeating a "
                    "participant are skipped and listed.")
    imp.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    imp.add_argument("file", metavar="FILE", help="the registration list")
    imp.add_argument("--skip-bad", action="store_true",
                     help="import the good rows and skip the rows with errors")
    imp.add_argument("--allow-duplicates", action="store_true",
                     help="import rows that repeat a name and municipality too")
    imp.add_argument("--dry-run", action="store_true",
                     help="check the file and report, without saving anything")
    for fld, what in (("name", "the name"), ("municipality", "the municipality"),
                      ("role", "the role"), ("email", "the e-mail address")):
        imp.add_argument(f"--{fld}-column", metavar="HEADER",
                         help=f"the column with {what}: its header as written, or its number "
                              "(1 = the first column); for lists whose columns are in doubt, "
                              "such as registration-form exports")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=cmd_import)

    lst = psub.add_parser("list", help="list the participants",
                          description="List the participants with their group.")
    lst.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=cmd_list)

    g = sub.add_parser("groups", help="assign participants to the groups, show, export",
                       description="Assign, show and export the themed groups.")
    gsub = g.add_subparsers(dest="groups_command", metavar="ACTION", required=True)
    asg = gsub.add_parser(
        "assign", help="assign the participants to the groups",
        description="Assign the participants to the groups. Locked memberships stay; "
                    "spread (default) puts every municipality in every group as far as its "
                    "size allows, together keeps each municipality in one group, random "
                    "shuffles with a seed.")
    asg.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    asg.add_argument("--strategy", choices=STRATEGIES, default="spread",
                     help="how to assign (default: spread)")
    asg.add_argument("--seed", type=int, help="seed for ties and shuffling (default: a new "
                                              "one, printed so the result can be repeated)")
    asg.add_argument("--present-only", action="store_true",
                     help="assign only the participants checked in as present")
    asg.add_argument("--dry-run", action="store_true", help="show the result, save nothing")
    asg.add_argument("--json", action="store_true", help="print JSON")
    asg.set_defaults(handler=cmd_assign)

    show = gsub.add_parser("show", help="show the groups and their members",
                           description="Show the groups with their members.")
    show.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_show)

    exp = gsub.add_parser("export", help="write the group lists as a Word document",
                          description="Write the group lists (one page per group) to .docx.")
    exp.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    exp.add_argument("output", metavar="OUTPUT.docx", nargs="?",
                     help="where to write (default: grupid-DATE.docx beside the workshop)")
    exp.set_defaults(handler=cmd_export)


# --- participants ---------------------------------------------------------------------------

def _row_json(row) -> dict[str, object]:
    return {"row": row.row, "name": row.name, "municipality": row.municipality,
            "role": row.role, "email": row.email, "present": row.present,
            "problems": row.problem_texts("en")}


def cmd_import(args: argparse.Namespace) -> int:
    from avtoituba.core.participants import existing_keys, import_rows
    from avtoituba.core.roster import RosterError, read_roster
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as reader:
        existing = existing_keys(reader)
    try:
        roster = read_roster(args.file, existing, mapping={
            fld: value for fld in ("name", "municipality", "role", "email")
            if (value := getattr(args, f"{fld}_column", None))})
    except RosterError as exc:
        if args.json:
            print_json({"file": str(args.file), "imported": 0, "error": exc.code,
                        "message": exc.text("en")})
            return 1
        raise CommandError(WORDS("nothing_imported", args.file, exc.message), 1) from exc

    bad = roster.bad_rows
    dupes = [] if args.allow_duplicates else roster.duplicate_rows
    take = [r for r in roster.good_rows if args.allow_duplicates or not r.duplicate]
    warnings = [r for r in take if r.problems]
    refused = bool(bad) and not args.skip_bad
    saved = None
    if not refused and take and not args.dry_run:
        with open_store(args.workshop_file) as store:
            saved = import_rows(store, take, known=existing)
    imported = len(saved.ids) if saved else 0
    if args.json:
        print_json({
            "file": str(args.file), "format": roster.kind, "encoding": roster.encoding,
            "delimiter": roster.delimiter, "header_row": roster.header_row,
            "columns": roster.columns, "ignored_columns": roster.ignored_columns,
            "rows": len(roster.rows), "imported": imported,
            "would_import": len(take) if (args.dry_run and not refused) else None,
            "ids": list(saved.ids) if saved else [],
            "arrived_meanwhile": list(saved.arrived_meanwhile) if saved else [],
            "municipalities_created": list(saved.municipalities_created) if saved else [],
            "errors": [_row_json(r) for r in bad],
            "duplicates_skipped": [_row_json(r) for r in dupes],
            "warnings": [_row_json(r) for r in warnings],
        })
        return 1 if refused else 0
    out = sys.stderr if refused else sys.stdout
    for r in bad:
        line = say("row", args.file, r.row, "; ".join(r.problem_texts()))
        print(line if refused else say("skipped", line), file=out)
    for r in dupes:
        print(say("skipped", say("row_named", args.file, r.row, r.name, r.municipality,
                                 "; ".join(p.text() for p in r.problems if p.is_duplicate))))
    for r in warnings:
        print(say("row", args.file, r.row, "; ".join(r.problem_texts())))
    if refused:
        print(say("error", "avtoituba", say("rows_with_errors", len(take), n=len(bad))),
              file=sys.stderr)
        return 1
    if args.dry_run:
        print(say("would_import", args.file, n=len(take)))
        return 0
    if saved and saved.arrived_meanwhile:
        print(say("arrived_meanwhile", args.file, ", ".join(map(str, saved.arrived_meanwhile)),
                  n=len(saved.arrived_meanwhile)), file=sys.stderr)
    created = len(saved.municipalities_created) if saved else 0
    print(say("imported", args.file, n=imported)
          + (say("new_municipalities", n=created) if created else "")
          + (say("skipped_rows", n=len(bad) + len(dupes)) if bad or dupes else ""))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from avtoituba.core.participants import list_participants
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        rows = list_participants(store)
    if args.json:
        print_json([{"id": r.id, "name": r.name, "municipality": r.municipality,
                     "role": r.role, "email": r.email, "present": r.present,
                     "group": r.group_number, "locked": r.locked, "presenter": r.presenter}
                    for r in rows])
        return 0
    if not rows:
        print(say("no_participants"))
        return 0
    width = max(len(r.name) for r in rows)
    mwidth = max(len(r.municipality) for r in rows)
    for r in rows:
        flags = " ".join([say("present" if r.present else "absent")]
                         + [say("locked")] * r.locked + [say("presenter")] * r.presenter)
        group = say("group_n", r.group_number) if r.group_number else say("no_group")
        print(f"{r.name:<{width}}  {r.municipality:<{mwidth}}  {group:<8}  {flags}")
    return 0


# --- groups ---------------------------------------------------------------------------------

def _groups_json(views) -> list[dict[str, object]]:
    return [{"number": g.number, "name": g.name, "statement": g.statement,
             "members": [{"id": m.participant_id, "name": m.name,
                          "municipality": m.municipality, "role": m.role,
                          "present": m.present, "locked": m.locked,
                          "presenter": m.presenter} for m in g.members]} for g in views]


def cmd_assign(args: argparse.Namespace) -> int:
    from avtoituba.core import groups
    from avtoituba.store.db import open_store

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    with open_store(args.workshop_file, read_only=args.dry_run) as store:
        if args.dry_run:
            assignment, _ids, take_out, names = groups.plan_assignment(
                store, args.strategy, seed, args.present_only)
            outcome = groups.AssignOutcome(assignment, names, len(take_out), 0)
        else:
            outcome = groups.assign_groups(store, args.strategy, seed, args.present_only)
        views = groups.list_groups(store)
    a = outcome.assignment
    if args.json:
        print_json({
            "strategy": a.strategy, "seed": seed, "saved": not args.dry_run,
            "sizes": a.sizes, "moved": a.moved, "left_out": outcome.left_out,
            "issues": [{"code": i.code, "municipality": i.municipality,
                        "groups": [g + 1 for g in i.groups], "reason": i.reason,
                        "text": i.text("en")} for i in a.issues],
            "explanation": outcome.explanation("en"),
            "groups": _groups_json(views) if not args.dry_run else [
                {"number": i + 1, "name": outcome.group_names[i],
                 "member_ids": sorted(a.members(i))} for i in range(a.n_groups)],
        })
        return 0
    for line in outcome.explanation():
        print(line)
    if args.dry_run:
        print(say("dry_run"))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from avtoituba.core import groups
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        views = groups.list_groups(store)
        loose = groups.unassigned(store)
    if args.json:
        print_json({"groups": _groups_json(views),
                    "unassigned": [{"id": m.participant_id, "name": m.name,
                                    "municipality": m.municipality} for m in loose]})
        return 0
    for g in views:
        print(f"{g.name} ({len(g.members)}): {g.statement}")
        for m in g.members:
            marks = "".join(f" [{say(k)}]" for k, on in (("presenter", m.presenter),
                                                          ("locked", m.locked)) if on)
            print(f"  {m.name} — {m.municipality or '-'}{marks}")
    if loose:
        print(say("not_in_group", len(loose), ", ".join(m.name for m in loose)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from avtoituba.export.group_lists import default_file_name, write_group_lists
    from avtoituba.store.db import open_store

    from avtoituba.commands.oserrors import check_out_folder, write_failed

    if args.output:
        check_out_folder(Path(args.output).expanduser().parent, "OUTPUT.docx")

    with open_store(args.workshop_file, read_only=True) as store:
        target = Path(args.output) if args.output else \
            Path(args.workshop_file).expanduser().resolve().parent / default_file_name(store)
        try:
            written = write_group_lists(store, target)
        except OSError as exc:  # name the document, never the hidden file it is written via
            raise CommandError(write_failed(target, exc), 1) from exc
    print(written)
    return 0
