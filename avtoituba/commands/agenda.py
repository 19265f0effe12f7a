"""``avtoituba agenda``: the day's agenda with computed times, and actual times once run."""

from __future__ import annotations

import argparse

from avtoituba.commands import WORDS, CommandError, print_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agenda", help="print the agenda with computed (and actual) times",
                       description="Print the agenda with its computed start and end times, "
                                   "anchor conflicts, and the actual times of a day that "
                                   "has been run.")
    p.add_argument("workshop_file", metavar="WORKSHOP_FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_agenda)


def _hm(moment) -> str | None:
    return moment.strftime("%H:%M") if moment is not None else None


def agenda_report(store) -> dict:
    from avtoituba.core import clock
    from avtoituba.core.agenda import hhmm
    from avtoituba.core.timer_service import TimerService
    from avtoituba.core.timer_state import plan_vs_actual

    state = TimerService(store).state()
    rows = []
    for row, sb in zip(plan_vs_actual(state), state.schedule.blocks, strict=True):
        b = row.block
        actual = row.actual
        rows.append({
            "id": b.id,
            "position": b.position,
            "kind": b.kind,
            "title": b.title,
            "speakers": b.speakers,
            "duration_min": round(b.duration_s / 60, 1),
            "fixed_start": b.fixed_start.strftime("%H:%M") if b.fixed_start else None,
            "start": hhmm(row.planned_start_s),
            "end": hhmm(row.planned_end_s),
            "fits": sb.fits,
            "overrun_min": round(sb.overrun_s / 60, 1),
            "conflict_anchor": sb.conflict_anchor.strftime("%H:%M") if sb.conflict_anchor
            else None,
            "actual_start": _hm(actual.start) if actual else None,
            "actual_end": _hm(actual.end) if actual else None,
            "actual_min": round(actual.active_s / 60, 1) if actual else None,
            "current": state.index is not None and state.blocks[state.index].id == b.id,
        })
    return {
        "status": state.status,
        "planned_end": hhmm(state.planned_end_s),
        "forecast_end": hhmm(state.forecast_end_s),
        "delay_min": round(state.delay_s / 60) if state.status != clock.IDLE else 0,
        "blocks": rows,
    }


def cmd_agenda(args: argparse.Namespace) -> int:
    from avtoituba.store.db import open_store

    with open_store(args.workshop_file, read_only=True) as store:
        report = agenda_report(store)
    if args.json:
        print_json(report)
        return 0
    if not report["blocks"]:
        raise CommandError(WORDS("no_blocks", args.workshop_file))
    ran = any(r["actual_start"] for r in report["blocks"])
    for r in report["blocks"]:
        anchor = "*" if r["fixed_start"] else " "
        line = f"{r['start']}{anchor}-{r['end']}  {r['duration_min']:>5g} min  {r['title']}"
        if r["speakers"]:
            line += f" ({r['speakers']})"
        if ran:
            actual = (f"{r['actual_start'] or '--:--'}-{r['actual_end'] or '--:--'}"
                      f" {r['actual_min']:g} min" if r["actual_start"] else say("not_run"))
            line += say("actual", actual)
        if r["current"]:
            line += say("now")
        if not r["fits"]:
            line += say("overrun", f"{r['overrun_min']:g}", r["conflict_anchor"])
        print(line)
    print(say("planned_end", report["planned_end"]), end="")
    if report["status"] != "idle":
        print(say("forecast", report["forecast_end"], f"{report['delay_min']:+d}",
                  report["status"]), end="")
    print("\n" + say("fixed_note"))
    return 0
