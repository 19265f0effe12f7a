"""Late-day plans: ways to bring the forecast end of the day back to the planned end.

When the day runs late, every remaining block can give time, the running one included,
except breaks (people need them, unless the trainer marked one as compressible) and the
closing. A fixed start that would be reached late is not silently broken: the plan
proposes to move it ("Paus 14.15 → 14.25"), and the trainer confirms the plan as a whole.

A plan is a set of cuts (whole minutes, never below ``MIN_BLOCK_S``; the running block
keeps at least ``MIN_LEFT_S`` to go) and the fixed starts it moves. At most three plans are
offered, different from each other, each either ending the day on time or saying how close
it gets (``short_s``). Blocks marked compressible give their time first.

Plain arithmetic on seconds since midnight; no clock, no store, no Qt.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from avtoituba.core.agenda import MIN_BLOCK_S, Block, seconds_to_time, time_to_seconds

#: the running block is never cut below this much time left
MIN_LEFT_S = 2 * 60
#: a plan that ends within this of the planned end is on time
ON_TIME_S = 30
MAX_PLANS = 3
#: a spread plan shares the delay among this many blocks at most
SPREAD_AMONG = 3
#: which kinds of plan, in the order they are offered
COMPRESSIBLE, SOON, ONE, SPREAD, MOVE = "compressible", "soon", "one", "spread", "move"


@dataclass(frozen=True)
class Cut:
    block: Block
    by_s: int
    #: the running block (its time left is cut, its planned length stays)
    current: bool = False


@dataclass(frozen=True)
class AnchorMove:
    block: Block
    old: dt.time
    new: dt.time


@dataclass(frozen=True)
class Plan:
    kind: str
    cuts: tuple[Cut, ...]
    moves: tuple[AnchorMove, ...]
    end_s: float
    planned_end_s: float

    @property
    def short_s(self) -> float:
        """How much later than planned the day still ends with this plan (0: on time)."""
        late = self.end_s - self.planned_end_s
        return late if late > ON_TIME_S else 0.0

    @property
    def on_time(self) -> bool:
        return self.short_s == 0.0


@dataclass(frozen=True)
class _Day:
    """The rest of the day as the forecast sees it."""

    now_s: float
    blocks: tuple[Block, ...]       # the running block first, then the later ones
    lengths: tuple[float, ...]      # the time each still takes (the running one: its rest)
    rooms: tuple[int, ...]          # whole seconds each may give (multiples of 60)
    compressible: tuple[bool, ...]

    def arrivals(self, cuts: Mapping[int, int]) -> tuple[list[float], float]:
        """Where each later block would start and where the day would end."""
        t = self.now_s + max(0.0, self.lengths[0] - cuts.get(0, 0))
        arrivals = [self.now_s]
        for i in range(1, len(self.blocks)):
            arrivals.append(t)
            anchor = self.blocks[i].fixed_start
            if anchor is not None:
                t = max(t, float(time_to_seconds(anchor)))
            t += max(0.0, self.lengths[i] - cuts.get(i, 0))
        return arrivals, t

    def useful(self, cuts: Mapping[int, int]) -> list[int]:
        """Blocks whose cut still moves the end: no waiting for a fixed start after them."""
        arrivals, _ = self.arrivals(cuts)
        last_wait = 0
        for i in range(1, len(self.blocks)):
            anchor = self.blocks[i].fixed_start
            if anchor is not None and arrivals[i] < time_to_seconds(anchor) - 1e-6:
                last_wait = i
        return [i for i in range(len(self.blocks))
                if i >= last_wait and self.rooms[i] - cuts.get(i, 0) >= 60]


def _room(block: Block, length_s: float, current: bool) -> int:
    if current:
        return max(0, math.floor((length_s - MIN_LEFT_S) / 60)) * 60
    if block.kind == "closing" or (block.kind == "break" and not block.compressible):
        return 0
    return max(0, math.floor((length_s - MIN_BLOCK_S) / 60)) * 60


def _spread(need_s: float, day: _Day, cuts: dict[int, int], among: list[int]) -> None:
    """Cut ``need_s`` (rounded up to whole minutes) from ``among``, in proportion to room."""
    need = math.ceil(need_s / 60 - 1e-9)
    rooms = {i: (day.rooms[i] - cuts.get(i, 0)) // 60 for i in among}
    total = sum(rooms.values())
    if need <= 0 or total <= 0:
        return
    if need >= total:
        share = dict(rooms)
    else:
        exact = {i: need * r / total for i, r in rooms.items()}
        share = {i: math.floor(x) for i, x in exact.items()}
        for i in sorted(exact, key=lambda i: exact[i] - share[i], reverse=True):
            if sum(share.values()) >= need:
                break
            if share[i] < rooms[i]:
                share[i] += 1
    for i, m in share.items():
        if m:
            cuts[i] = cuts.get(i, 0) + m * 60


def _fill(day: _Day, target_s: float, cuts: dict[int, int], kind: str) -> None:
    """Cut until the day ends by ``target_s`` or nothing useful is left."""
    for _ in range(12):
        _, end = day.arrivals(cuts)
        need = end - target_s
        if need <= ON_TIME_S:
            return
        useful = day.useful(cuts)
        if not useful:
            return
        preferred = [i for i in useful if day.compressible[i]]
        if kind == ONE:
            pool = preferred or useful
            best = max(pool, key=lambda i: (day.rooms[i] - cuts.get(i, 0), -i))
            _spread(min(need, day.rooms[best] - cuts.get(best, 0)), day, cuts, [best])
        elif kind == COMPRESSIBLE and preferred:
            _spread(need, day, cuts, preferred)
        else:
            # the three roomiest blocks share it: no string of one-minute cuts
            among = max(1, min(SPREAD_AMONG, math.ceil(need / 60) // 3))
            roomiest = sorted(useful, key=lambda i: day.rooms[i] - cuts.get(i, 0),
                              reverse=True)[:among]
            _spread(need, day, cuts, sorted(roomiest))


def _soon(day: _Day, cuts: dict[int, int]) -> None:
    """Catch up before each fixed start that would be reached late, in turn."""
    start = 0
    for i in range(1, len(day.blocks)):
        anchor = day.blocks[i].fixed_start
        if anchor is None:
            continue
        arrivals, _ = day.arrivals(cuts)
        late = arrivals[i] - time_to_seconds(anchor)
        if late > ON_TIME_S:
            segment = [j for j in range(start, i) if day.rooms[j] - cuts.get(j, 0) >= 60]
            preferred = [j for j in segment if day.compressible[j]]
            before = dict(cuts)
            _spread(late, day, cuts, preferred or segment)
            if preferred and cuts == before:
                _spread(late, day, cuts, segment)
            arrivals, _ = day.arrivals(cuts)
            rest = arrivals[i] - time_to_seconds(anchor)
            if preferred and rest > ON_TIME_S:
                _spread(rest, day, cuts, [j for j in segment if not day.compressible[j]])
        start = i


def _plan(kind: str, day: _Day, cuts: dict[int, int], planned_end_s: float) -> Plan:
    arrivals, end = day.arrivals(cuts)
    moves = []
    for i in range(1, len(day.blocks)):
        anchor = day.blocks[i].fixed_start
        if anchor is not None and arrivals[i] - time_to_seconds(anchor) > ON_TIME_S:
            new = seconds_to_time(math.ceil(arrivals[i] / 60 - 1e-9) * 60)
            moves.append(AnchorMove(day.blocks[i], anchor, new))
    return Plan(kind, tuple(Cut(day.blocks[i], by, i == 0)
                            for i, by in sorted(cuts.items()) if by > 0),
                tuple(moves), end, planned_end_s)


def catch_up_plans(blocks: Sequence[Block], index: int, now_s: float, remaining_s: float,
                   planned_end_s: float,
                   extensions: Mapping[int, float] | None = None) -> tuple[Plan, ...]:
    """At most three plans for a day at ``index`` (the running block, ``remaining_s`` to
    go) at ``now_s`` (local seconds since midnight), each bringing the end back to
    ``planned_end_s`` or as close as it gets. No plans when the day is not late anywhere."""
    ext = extensions or {}
    rest = tuple(blocks[index:])
    lengths = (remaining_s, *(max(0.0, b.duration_s + ext.get(b.id, 0.0)) for b in rest[1:]))
    day = _Day(now_s, rest, lengths,
               tuple(_room(b, lengths[i], i == 0) for i, b in enumerate(rest)),
               tuple(b.compressible for b in rest))
    arrivals, end = day.arrivals({})
    late_anchor = any(b.fixed_start is not None
                      and arrivals[i] - time_to_seconds(b.fixed_start) > ON_TIME_S
                      for i, b in enumerate(rest) if i)
    if end - planned_end_s <= ON_TIME_S and not late_anchor:
        return ()
    kinds = ([COMPRESSIBLE] if any(day.compressible[i] for i in range(len(rest))
                                   if day.rooms[i]) else []) + [SOON, ONE, SPREAD]
    plans: list[Plan] = []
    for kind in kinds:
        cuts: dict[int, int] = {}
        if kind == SOON:
            _soon(day, cuts)
        _fill(day, planned_end_s, cuts, kind)
        plan = _plan(kind, day, cuts, planned_end_s)
        if plan.cuts and all(p.cuts != plan.cuts for p in plans):
            plans.append(plan)
    if end - planned_end_s <= ON_TIME_S:
        # late for a fixed start only: moving it costs the day nothing
        moved = _plan(MOVE, day, {}, planned_end_s)
        plans.append(moved)
    plans.sort(key=lambda p: (not p.on_time, p.short_s))  # stable: the kinds' order within
    return tuple(plans[:MAX_PLANS])
