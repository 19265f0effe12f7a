"""``avtoituba municipalities list|merge``: the workshop's municipalities from scripts."""

from __future__ import annotations

import argparse

from avtoituba.commands import WORDS, CommandError, print_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("municipalities", help="list or merge a workshop's municipalities",
                       description="List the municipalities, or merge one into another.")
    actions = p.add_subparsers(dest="municipalities_command", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="list the municipalities",
                            description="List the municipalities in seminar order.")
    ls.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(handler=cmd_list)

    m = actions.add_parser(
        "merge", help="merge a municipality into another",
        description="Move every activity and participant of FROM to INTO and remove FROM "
                    "(for a name typed twice, e.g. 'Elvva vald' into 'Elva vald').")
    m.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    m.add_argument("source", metavar="FROM", help="the municipality that goes away")
    m.add_argument("target", metavar="INTO", help="the municipality that stays")
    m.add_argument("--json", action="store_true", help="print what was moved as JSON")
    m.set_defaults(handler=cmd_merge)


def _find(store, name: str) -> tuple[int, str]:
    from avtoituba.core import municipalities as munis

    with store.session() as s:
        found = munis.find_by_name(s, store.workshop_id, name)
        if found is not None:
            return found.id, found.name
    names = munis.municipality_names(store)
    match = munis.match_municipality(name, names)
    if match.kind in ("close", "known"):
        raise CommandError(WORDS("did_you_mean_merge", name, match.name))
    raise CommandError(WORDS("no_municipality", name, ", ".join(names) or say("none_yet")))


def cmd_list(args: argparse.Namespace) -> int:
    from avtoituba.core import municipalities as munis
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        rows = munis.list_municipalities(store)
    if args.json:
        print_json([{"id": m.id, "name": m.name} for m in rows])
    else:
        for m in rows:
            print(m.name)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from avtoituba.core import municipalities as munis
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file) as store:
        from_id, from_name = _find(store, args.source)
        into_id, into_name = _find(store, args.target)
        if from_id == into_id:
            raise CommandError(WORDS("merge_same", from_name))
        try:
            record = munis.merge(store, from_id, into_id)
        except munis.MunicipalityError as exc:
            raise CommandError(str(exc)) from exc
    if args.json:
        print_json({"from": record.from_name, "into": record.into_name,
                    "activities": len(record.activity_ids),
                    "participants": len(record.participant_ids)})
    else:
        print(say("merged", record.from_name, record.into_name,
                  say("n_activities", n=len(record.activity_ids)),
                  say("n_participants", n=len(record.participant_ids))))
    return 0
