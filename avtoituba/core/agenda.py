"""The day's agenda: blocks, their computed times, anchor conflicts, and editing.

A block starts when the one before it ends, unless it has a fixed start (an *anchor*, such
as the 14:15 break or the 16:55 close), in which case it starts at the anchor. A block whose
computed end falls after the next anchor cannot fit and is flagged; time left before an
anchor is slack. All of it is plain arithmetic on seconds since midnight, so it is testable
without a clock and without Qt.

Editing (add, delete, restore, move, update) is one short transaction per operation; the
GUI wraps the same functions in undo commands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from avtoituba.core.text import clean_line, clean_text
from avtoituba.store.first_look import early

if TYPE_CHECKING:
    from avtoituba.store.db import Store
    from avtoituba.store.models import AgendaItem

# SQLAlchemy and the models are imported where used: the first page is painted from the
# file's first look (store.first_look) before they are loaded.

KINDS = ("talk", "qa", "break", "stories", "group_work", "presentations", "homework", "closing")
#: the start of a day that has no anchor at all
DEFAULT_DAY_START = dt.time(9, 0)
#: a block is never suggested to shrink below this
MIN_BLOCK_S = 5 * 60
EDITABLE_FIELDS = ("title", "speakers", "kind", "duration_s", "fixed_start", "notes", "section",
                   "compressible")


@dataclass(frozen=True)
class Block:
    """A block of the agenda as the timing logic sees it."""

    id: int
    title: str
    duration_s: int
    fixed_start: dt.time | None = None
    kind: str = "talk"
    speakers: str = ""
    notes: str = ""
    section: str = ""
    position: int = 0
    #: the trainer marked it as a block that may give time when the day runs late
    compressible: bool = False

    @classmethod
    def from_item(cls, item: AgendaItem) -> Block:
        return cls(id=item.id, title=item.title, duration_s=int(item.duration_s),
                   fixed_start=item.fixed_start, kind=item.kind, speakers=item.speakers or "",
                   notes=item.notes or "", section=item.section or "", position=item.position,
                   compressible=bool(item.compressible))


@dataclass(frozen=True)
class ScheduledBlock:
    block: Block
    start_s: int  # seconds since midnight
    end_s: int
    #: seconds by which the block runs past the next anchor (0: it fits)
    overrun_s: int = 0
    #: the time of the anchor it runs into, when it does not fit
    conflict_anchor: dt.time | None = None
    #: free time between this block's end and the next anchor
    slack_after_s: int = 0

    @property
    def start(self) -> dt.time:
        return seconds_to_time(self.start_s)

    @property
    def end(self) -> dt.time:
        return seconds_to_time(self.end_s)

    @property
    def fits(self) -> bool:
        return self.overrun_s <= 0


@dataclass(frozen=True)
class Schedule:
    blocks: tuple[ScheduledBlock, ...]

    @property
    def start_s(self) -> int:
        return self.blocks[0].start_s if self.blocks else 0

    @property
    def end_s(self) -> int:
        return self.blocks[-1].end_s if self.blocks else 0

    @property
    def conflicts(self) -> list[ScheduledBlock]:
        return [b for b in self.blocks if not b.fits]

def time_to_seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def seconds_to_time(s: float) -> dt.time:
    s = int(round(s)) % (24 * 3600)
    return dt.time(s // 3600, (s % 3600) // 60, s % 60)


def hhmm(s: float) -> str:
    """Seconds since midnight as 14:15 (seconds rounded to the nearest minute)."""
    m = int(round(s / 60)) % (24 * 60)
    return f"{m // 60:02d}:{m % 60:02d}"


def day_start_s(blocks: Sequence[Block]) -> int:
    """Where the day begins: the first block's anchor, or back from the first anchor."""
    before = 0
    for b in blocks:
        if b.fixed_start is not None:
            return max(0, time_to_seconds(b.fixed_start) - before)
        before += b.duration_s
    return time_to_seconds(DEFAULT_DAY_START)


def compute_schedule(blocks: Sequence[Block]) -> Schedule:
    """Start and end of every block, with anchor conflicts and slack."""
    starts: list[int] = []
    t = day_start_s(blocks)
    for b in blocks:
        if b.fixed_start is not None:
            t = time_to_seconds(b.fixed_start)
        starts.append(t)
        t += b.duration_s
    out: list[ScheduledBlock] = []
    for i, b in enumerate(blocks):
        start = starts[i]
        end = start + b.duration_s
        next_anchor = None
        for later in blocks[i + 1:]:
            if later.fixed_start is not None:
                next_anchor = later.fixed_start
                break
        overrun = 0
        slack = 0
        if next_anchor is not None:
            anchor_s = time_to_seconds(next_anchor)
            overrun = max(0, end - anchor_s)
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt is not None and nxt.fixed_start is not None:
                slack = max(0, anchor_s - end)
        out.append(ScheduledBlock(b, start, end, overrun,
                                  next_anchor if overrun else None, slack))
    return Schedule(tuple(out))


# --- reading and editing the agenda in a workshop --------------------------------------------

def load_blocks(store: Store) -> list[Block]:
    rows = early(store, lambda look: look.blocks())
    if rows is not None:
        return [Block(**row) for row in rows]
    from sqlalchemy import select

    from avtoituba.store.models import AgendaItem

    with store.session() as s:
        items = s.scalars(select(AgendaItem).where(AgendaItem.workshop_id == store.workshop_id)
                          .order_by(AgendaItem.position, AgendaItem.id)).all()
        return [Block.from_item(i) for i in items]


def group_names(store: Store) -> list[str]:
    """The groups that present, in order (the three themed groups by default)."""
    names = early(store, lambda look: look.group_names())
    if names is not None:
        return names
    from sqlalchemy import select

    from avtoituba.store.models import Group

    with store.session() as s:
        groups = s.scalars(select(Group).where(Group.workshop_id == store.workshop_id)
                           .order_by(Group.number)).all()
        return [g.name or str(g.number) for g in groups]


def _items(session: Any, store: Store) -> list[AgendaItem]:
    from sqlalchemy import select

    from avtoituba.store.models import AgendaItem

    return list(session.scalars(select(AgendaItem)
                                .where(AgendaItem.workshop_id == store.workshop_id)
                                .order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(items: Sequence[AgendaItem]) -> None:
    for i, item in enumerate(items):
        item.position = i


def clean_field(field_name: str, value: Any) -> Any:
    if field_name == "duration_s":
        value = int(value)
        if value < 60 or value > 12 * 3600:
            raise ValueError("a block lasts from 1 minute to 12 hours")
        return value
    if field_name == "fixed_start":
        if value in (None, ""):
            return None
        if isinstance(value, str):
            value = parse_time(value)
        if not isinstance(value, dt.time):
            raise ValueError("a fixed start is a time of day such as 14:15")
        return value.replace(second=0, microsecond=0)
    if field_name == "kind":
        if value not in KINDS:
            raise ValueError(f"unknown kind {value!r}")
        return value
    if field_name == "title":
        value = clean_line(str(value))
        if not value:
            raise ValueError("a block needs a title")
        return value
    if field_name in ("speakers", "section"):
        return clean_line(str(value))
    if field_name == "notes":
        return clean_text(str(value))
    if field_name == "compressible":
        return bool(value)
    raise ValueError(f"not an editable field: {field_name}")


def parse_time(text: str) -> dt.time:
    """14:15, 14.15 or 1415 as a time of day."""
    t = text.strip().replace(".", ":")
    if ":" not in t and t.isdigit() and len(t) in (3, 4):
        t = f"{t[:-2]}:{t[-2:]}"
    try:
        h, m = (int(x) for x in t.split(":"))
        return dt.time(h, m)
    except (ValueError, TypeError) as exc:
        raise ValueError("a fixed start is a time of day such as 14:15") from exc


def add_block(store: Store, index: int | None = None, title: str = "", duration_s: int = 600,
              kind: str = "talk", **fields: Any) -> int:
    """Insert a block at ``index`` (default: the end); returns its id."""
    from avtoituba.store.models import AgendaItem

    with store.transaction() as s:
        items = _items(s, store)
        index = len(items) if index is None else max(0, min(index, len(items)))
        item = AgendaItem(workshop_id=store.workshop_id, position=index,
                          title=clean_field("title", title or "…"),
                          duration_s=clean_field("duration_s", duration_s), kind=clean_field("kind", kind),
                          speakers="", section="", notes="")
        for name, value in fields.items():
            setattr(item, name, clean_field(name, value))
        s.add(item)
        items.insert(index, item)
        _renumber(items)
        s.flush()
        return item.id


def block_snapshot(item: AgendaItem) -> dict[str, Any]:
    return {"id": item.id, "position": item.position, "title": item.title,
            "speakers": item.speakers, "section": item.section, "kind": item.kind,
            "duration_s": item.duration_s, "fixed_start": item.fixed_start,
            "notes": item.notes, "compressible": item.compressible}


def delete_block(store: Store, block_id: int) -> dict[str, Any]:
    """Delete a block; returns a snapshot that ``restore_block`` puts back (undo)."""
    with store.transaction() as s:
        items = _items(s, store)
        item = next((i for i in items if i.id == block_id), None)
        if item is None:
            raise KeyError(block_id)
        snap = block_snapshot(item)
        snap["position"] = items.index(item)
        items.remove(item)
        s.delete(item)
        s.flush()
        _renumber(items)
        return snap


def restore_block(store: Store, snap: dict[str, Any]) -> int:
    """Put a deleted block back where it was, with its id (timer events still point at it)."""
    from avtoituba.store.models import AgendaItem

    with store.transaction() as s:
        items = _items(s, store)
        taken = s.get(AgendaItem, snap["id"]) is not None
        item = AgendaItem(workshop_id=store.workshop_id,
                          **{k: v for k, v in snap.items() if k != "id" or not taken})
        index = max(0, min(int(snap["position"]), len(items)))
        s.add(item)
        items.insert(index, item)
        _renumber(items)
        s.flush()
        return item.id


def move_block(store: Store, block_id: int, to_index: int) -> int:
    """Move a block to ``to_index`` (in the order after removal); returns its old index."""
    with store.transaction() as s:
        items = _items(s, store)
        item = next((i for i in items if i.id == block_id), None)
        if item is None:
            raise KeyError(block_id)
        old = items.index(item)
        items.remove(item)
        items.insert(max(0, min(to_index, len(items))), item)
        _renumber(items)
        return old


def update_block(store: Store, block_id: int, **changes: Any) -> dict[str, Any]:
    """Change fields of a block; returns the old values (for undo)."""
    return update_blocks(store, {block_id: changes})[block_id]


def update_blocks(store: Store, changes: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Change fields of several blocks in one transaction (a late-day plan); returns the old
    values by block id (for undo). Nothing is written when one value is refused."""
    from avtoituba.store.models import AgendaItem

    with store.transaction() as s:
        old: dict[int, dict[str, Any]] = {}
        for block_id, fields in changes.items():
            item = s.get(AgendaItem, block_id)
            if item is None or item.workshop_id != store.workshop_id:
                raise KeyError(block_id)
            cleaned = {k: clean_field(k, v) for k, v in fields.items()}
            old[block_id] = {k: getattr(item, k) for k in cleaned}
            for k, v in cleaned.items():
                setattr(item, k, v)
        return old

