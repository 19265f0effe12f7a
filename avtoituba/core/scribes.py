"""Scribe mode and the dot vote, Qt-free and web-free: what a phone may do, checked here.

A group's scribe writes through :class:`ScribeService`, which goes through the same
:class:`~avtoituba.core.capture.Capture` service as the trainer's keyboard, so an entry
acknowledged on the phone is committed to the file. The phone makes an id for each entry
(``client_id``); the id is recorded in the same transaction as the activity, so sending the
same entry again (after the Wi-Fi dropped, or a repeated POST) returns the activity it
already became instead of adding a second one.

Join keys are random (192 bits), one per group and one for voting, kept in the file so
printed table cards stay valid after a restart, and compared in constant time. A key opens
its own group only.

Errors carry a code and parameters (:class:`ScribeError`); the web layer and the GUI word
them.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select, update

from avtoituba.core.capture import ActivityRow, Capture, CaptureError
from avtoituba.core.municipalities import match_municipality
from avtoituba.core.text import clean_line, clean_text
from avtoituba.store.db import Store
from avtoituba.store.models import (
    Activity,
    ScribeDevice,
    ScribeEntry,
    ScribeKey,
    VoteBallot,
    Workshop,
    utcnow,
)

GROUP = "group"
VOTE = "vote"
TITLE_LIMIT = 500
DESCRIPTION_LIMIT = 4000
ID_LIMIT = 64
DEFAULT_DOTS = 3

ChangeListener = Callable[["ScribeChange"], None]
# built once: a plain Core INSERT (no statement to build and cache-key per entry)
_INSERT_ENTRY = insert(cast(Table, ScribeEntry.__table__))


class ScribeError(Exception):
    """A refused request: ``code`` says which rule, ``params`` what to put in the message."""

    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class ScribeChange:
    """What changed, for the trainer's window, the wall and the other phones of a group."""

    kind: str                     # "added", "updated", "deleted", "votes"
    group_id: int | None
    activity_id: int | None = None
    device: str = ""
    row: ActivityRow | None = None  # "added": the activity as committed


@dataclass
class VoteState:
    open: bool = False
    revealed: bool = False
    dots: int = DEFAULT_DOTS


def _new_key() -> str:
    return secrets.token_urlsafe(24)


def _clean_id(value: object) -> str:
    text = str(value or "")
    if not text or len(text) > ID_LIMIT or not all(c.isalnum() or c in "-_" for c in text):
        raise ScribeError("bad_id")
    return text


@dataclass
class ScribeService:
    """What phones may do in one open workshop."""

    store: Store
    capture: Capture
    listeners: list[ChangeListener] = field(default_factory=list)
    vote: VoteState = field(default_factory=VoteState)
    # What every request asks, kept in memory (this service is the only writer of these
    # tables while it runs): the join keys, and the devices seen with their blocked flag.
    _keys: dict[int, str] | None = field(default=None, repr=False)
    _devices: dict[str, bool] = field(default_factory=dict, repr=False)
    _marks: dict[str, tuple[int | None, str]] = field(default_factory=dict, repr=False)

    # -- keys --------------------------------------------------------------------------------
    def group_keys(self) -> dict[int, str]:
        """group id → join key, made on first use and kept in the file."""
        if self._keys is None:
            self._keys = self._read_keys()
        return dict(self._keys)

    def _read_keys(self) -> dict[int, str]:
        wid = self.store.workshop_id
        with self.store.session() as s:
            have = {k.group_id: k.key for k in s.scalars(
                select(ScribeKey).where(ScribeKey.workshop_id == wid,
                                        ScribeKey.purpose == GROUP))}
        missing = [g.id for g in self.capture.groups() if g.id not in have]
        if missing and not self.store.read_only:
            with self.store.session() as s, s.begin():
                for gid in missing:
                    key = _new_key()
                    s.add(ScribeKey(workshop_id=wid, purpose=GROUP, group_id=gid, key=key))
                    have[gid] = key
        return {g.id: have[g.id] for g in self.capture.groups() if g.id in have}

    def vote_key(self) -> str:
        wid = self.store.workshop_id
        with self.store.session() as s:
            found = s.scalars(select(ScribeKey.key).where(
                ScribeKey.workshop_id == wid, ScribeKey.purpose == VOTE)).first()
            if found:
                return found
        key = _new_key()
        with self.store.session() as s, s.begin():
            s.add(ScribeKey(workshop_id=wid, purpose=VOTE, group_id=None, key=key))
        return key

    def new_keys(self) -> None:
        """Make every join key anew (old table cards and links stop working)."""
        with self.store.session() as s, s.begin():
            s.execute(delete(ScribeKey).where(ScribeKey.workshop_id == self.store.workshop_id))
        self._keys = None

    def group_for_key(self, key: str) -> int | None:
        """The group a key opens (constant-time comparison against every key)."""
        found = None
        given = key.encode("utf-8", "replace")
        if self._keys is None:
            self.group_keys()
        for gid, known in (self._keys or {}).items():
            if hmac.compare_digest(given, known.encode()):
                found = gid
        return found

    def is_vote_key(self, key: str) -> bool:
        return hmac.compare_digest(key.encode("utf-8", "replace"), self.vote_key().encode())

    # -- devices -----------------------------------------------------------------------------
    def see_device(self, device: str, group_id: int | None) -> None:
        device = _clean_id(device)
        if device in self._devices:
            return
        wid = self.store.workshop_id
        with self.store.session() as s, s.begin():
            row = s.scalars(select(ScribeDevice).where(
                ScribeDevice.workshop_id == wid, ScribeDevice.device == device)).first()
            if row is None:
                count = len(s.scalars(select(ScribeDevice.id).where(
                    ScribeDevice.workshop_id == wid, ScribeDevice.group_id == group_id)).all())
                s.add(ScribeDevice(workshop_id=wid, device=device, group_id=group_id,
                                   label=f"{count + 1}", blocked=False))
                self._devices[device] = False
                self._marks[device] = (group_id, f"{count + 1}")
            else:
                self._devices[device] = row.blocked
                self._marks[device] = (row.group_id, row.label)

    def device_mark(self, device: str) -> tuple[int | None, str]:
        """(the group the device joined, its label): what its entries are marked with."""
        if device not in self._marks:
            with self.store.session() as s:
                row = s.scalars(select(ScribeDevice).where(
                    ScribeDevice.workshop_id == self.store.workshop_id,
                    ScribeDevice.device == device)).first()
                if row is None:
                    return None, ""
                self._marks[device] = (row.group_id, row.label)
        return self._marks[device]

    def devices(self) -> list[dict[str, Any]]:
        wid = self.store.workshop_id
        with self.store.session() as s:
            return [dict(device=d.device, group_id=d.group_id, label=d.label,
                         blocked=d.blocked, first_seen=d.first_seen)
                    for d in s.scalars(select(ScribeDevice).where(
                        ScribeDevice.workshop_id == wid).order_by(ScribeDevice.id))]

    def set_blocked(self, device: str, blocked: bool = True) -> None:
        with self.store.session() as s, s.begin():
            s.execute(update(ScribeDevice).where(
                ScribeDevice.workshop_id == self.store.workshop_id,
                ScribeDevice.device == device).values(blocked=blocked))
        self._devices[device] = blocked

    def _check_device(self, device: str) -> None:
        if device in self._devices:
            if self._devices[device]:
                raise ScribeError("blocked")
            return
        with self.store.session() as s:
            blocked = s.scalars(select(ScribeDevice.blocked).where(
                ScribeDevice.workshop_id == self.store.workshop_id,
                ScribeDevice.device == device)).first()
        if blocked:
            raise ScribeError("blocked")

    def device_labels(self) -> dict[int, str]:
        """activity id → "2. grupi seade 1" style label parts: the device's label."""
        wid = self.store.workshop_id
        with self.store.session() as s:
            labels = {d.device: d.label for d in s.scalars(
                select(ScribeDevice).where(ScribeDevice.workshop_id == wid))}
            return {e.activity_id: labels.get(e.device, "") for e in s.scalars(
                select(ScribeEntry).where(ScribeEntry.workshop_id == wid))}

    def entry_devices(self) -> dict[int, tuple[int | None, str]]:
        """activity id → (the group of the device that wrote it, the device's label)."""
        wid = self.store.workshop_id
        with self.store.session() as s:
            devices = {d.device: (d.group_id, d.label) for d in s.scalars(
                select(ScribeDevice).where(ScribeDevice.workshop_id == wid))}
            return {e.activity_id: devices.get(e.device, (None, "")) for e in s.scalars(
                select(ScribeEntry).where(ScribeEntry.workshop_id == wid))}

    def entries_by_device(self) -> dict[str, int]:
        """device → how many activities it added (still in the list or not)."""
        counts: dict[str, int] = {}
        with self.store.session() as s:
            for device in s.scalars(select(ScribeEntry.device).where(
                    ScribeEntry.workshop_id == self.store.workshop_id)):
                counts[device] = counts.get(device, 0) + 1
        return counts

    # -- activities --------------------------------------------------------------------------
    def municipalities(self) -> list[str]:
        return self.capture.municipality_names()

    def activities(self, group_id: int) -> list[ActivityRow]:
        return [r for r in self.capture.list() if r.group_id == group_id]

    def _fields(self, data: dict[str, Any], municipalities: list[str] | None = None
                ) -> tuple[str, str, int | None, str]:
        title = clean_line(str(data.get("title") or ""))
        if not title:
            raise ScribeError("title_empty")
        if len(title) > TITLE_LIMIT:
            raise ScribeError("title_long", limit=TITLE_LIMIT)
        description = clean_text(str(data.get("description") or ""))
        if len(description) > DESCRIPTION_LIMIT:
            raise ScribeError("description_long", limit=DESCRIPTION_LIMIT)
        area = data.get("area")
        area_number: int | None = None
        if area not in (None, ""):
            try:
                area_number = int(str(area))
                self.capture.area(area_number)
            except (ValueError, KeyError, CaptureError) as exc:
                raise ScribeError("bad_area") from exc
        # The same guard as the desktop's quick-add line; a phone never makes a new one.
        match = match_municipality(str(data.get("municipality") or ""),
                                   self.municipalities() if municipalities is None
                                   else municipalities)
        if match.kind == "close":
            raise ScribeError("municipality_unknown", suggestion=match.name)
        if match.kind != "known":
            raise ScribeError("municipality_missing")
        return title, description, area_number, match.name

    def add(self, group_id: int, device: str, data: dict[str, Any]) -> tuple[ActivityRow, bool]:
        """Add the phone's entry; (the activity, True) or (the one it already became, False)."""
        device = _clean_id(device)
        client_id = _clean_id(data.get("id"))
        self._check_device(device)
        existing = self._entry(client_id)
        if existing is not None:
            return existing, False
        title, description, area_number, municipality = self._fields(data)
        try:
            row = self.capture.add(group_id, title, municipality, area_number,
                                   use_suggested_area=area_number is None,
                                   on_insert=self._recorder(device, client_id),
                                   description=description)
        except Exception:
            again = self._entry(client_id)  # a duplicate raced in: it is the answer
            if again is not None:
                return again, False
            raise
        self._notify(ScribeChange("added", group_id, row.id, device, row))
        return row, True

    def add_many(self, entries: list[tuple[int, str, dict[str, Any]]]
                 ) -> list[tuple[ActivityRow, bool] | ScribeError]:
        """Several phones' entries (group id, device, data) with one commit: what arrived
        while the last batch was being written. Each answer is what :meth:`add` would give
        (or the refusal); the new ones are committed together, or none is (then this
        raises and no phone is told its entry is saved)."""
        results: list[tuple[ActivityRow, bool] | ScribeError | None] = [None] * len(entries)
        todo: list[tuple[int, int, str, str, tuple[str, str, int | None, str]]] = []
        first: dict[str, int] = {}   # client id → the index that adds it
        again: list[tuple[int, int]] = []
        known = self._entries([str(data.get("id") or "") for _g, _d, data in entries])
        names = self.municipalities()
        for i, (group_id, device, data) in enumerate(entries):
            try:
                device = _clean_id(device)
                client_id = _clean_id(data.get("id"))
                self._check_device(device)
                if client_id in known:
                    results[i] = (self.capture.get(known[client_id]), False)
                    continue
                if client_id in first:  # the same entry twice in one batch
                    again.append((i, first[client_id]))
                    continue
                fields = self._fields(data, names)
            except ScribeError as error:
                results[i] = error
                continue
            first[client_id] = i
            todo.append((i, group_id, device, client_id, fields))
        if todo:
            conn = self.capture._connection()
            self.capture.commit_each_add = False
            try:
                for i, group_id, device, client_id, fields in todo:
                    title, description, area_number, municipality = fields
                    row = self.capture.add(group_id, title, municipality, area_number,
                                           use_suggested_area=area_number is None,
                                           on_insert=self._recorder(device, client_id),
                                           description=description)
                    results[i] = (row, True)
                conn.commit()
            except BaseException:
                if conn.in_transaction():
                    conn.rollback()
                raise
            finally:
                self.capture.commit_each_add = True
        for i, j in again:
            done = results[j]
            results[i] = (done[0], False) if isinstance(done, tuple) else done
        for i, group_id, device, _client_id, _fields in todo:
            done = results[i]
            assert isinstance(done, tuple)
            self._notify(ScribeChange("added", group_id, done[0].id, device, done[0]))
        return [r for r in results if r is not None]

    def _recorder(self, device: str, client_id: str) -> Callable[[Connection, int], None]:
        wid = self.store.workshop_id

        def record(conn: Connection, activity_id: int) -> None:
            conn.execute(_INSERT_ENTRY, dict(
                workshop_id=wid, client_id=client_id, activity_id=activity_id,
                device=device, created_at=utcnow()))

        return record

    def _entries(self, client_ids: list[str]) -> dict[str, int]:
        """client id → the activity it became, for those of ``client_ids`` already saved."""
        with self.store.session() as s:
            return {c: a for c, a in s.execute(select(
                ScribeEntry.client_id, ScribeEntry.activity_id).where(
                ScribeEntry.workshop_id == self.store.workshop_id,
                ScribeEntry.client_id.in_(client_ids)))}

    def _entry(self, client_id: str) -> ActivityRow | None:
        with self.store.session() as s:
            activity_id = s.scalars(select(ScribeEntry.activity_id).where(
                ScribeEntry.workshop_id == self.store.workshop_id,
                ScribeEntry.client_id == client_id)).first()
        return self.capture.get(activity_id) if activity_id is not None else None

    def _own(self, group_id: int, activity_id: int) -> ActivityRow:
        try:
            row = self.capture.get(activity_id)
        except (KeyError, CaptureError, LookupError) as exc:
            raise ScribeError("not_found") from exc
        if row.group_id != group_id or row.deleted:
            raise ScribeError("not_found")
        return row

    def update(self, group_id: int, device: str, activity_id: int,
               data: dict[str, Any]) -> ActivityRow:
        self._check_device(_clean_id(device))
        self._own(group_id, activity_id)
        title, description, area_number, municipality = self._fields(data)
        row, _old = self.capture.update(activity_id, title=title, description=description,
                                        municipality=municipality, area_number=area_number)
        self._notify(ScribeChange("updated", group_id, activity_id, device))
        return row

    def delete(self, group_id: int, device: str, activity_id: int) -> None:
        self._check_device(_clean_id(device))
        self._own(group_id, activity_id)
        self.capture.delete(activity_id)
        self._notify(ScribeChange("deleted", group_id, activity_id, device))

    # -- the dot vote ------------------------------------------------------------------------
    def ballot(self, token: str) -> dict[int, int]:
        token = _clean_id(token)
        with self.store.session() as s:
            found = s.scalars(select(VoteBallot.dots).where(
                VoteBallot.workshop_id == self.store.workshop_id,
                VoteBallot.token == token)).first()
        return {int(k): int(v) for k, v in (found or {}).items()}

    def cast(self, token: str, dots: dict[str, Any]) -> dict[int, int]:
        """Replace this device's ballot with ``dots`` (activity id → dots)."""
        if not self.vote.open:
            raise ScribeError("vote_closed")
        token = _clean_id(token)
        live = {r.id for r in self.capture.list()}
        clean: dict[int, int] = {}
        try:
            for key, value in dots.items():
                aid, n = int(key), int(value)
                if n < 0 or aid not in live:
                    raise ScribeError("bad_ballot")
                if n:
                    clean[aid] = n
        except (TypeError, ValueError) as exc:
            raise ScribeError("bad_ballot") from exc
        if sum(clean.values()) > self.vote.dots:
            raise ScribeError("too_many_dots", dots=self.vote.dots)
        wid = self.store.workshop_id
        stored = {str(k): v for k, v in clean.items()}
        with self.store.session() as s, s.begin():
            row = s.scalars(select(VoteBallot).where(
                VoteBallot.workshop_id == wid, VoteBallot.token == token)).first()
            if row is None:
                s.add(VoteBallot(workshop_id=wid, token=token, dots=stored, updated_at=utcnow()))
            else:
                row.dots = stored
                row.updated_at = utcnow()
        self._notify(ScribeChange("votes", None))
        return clean

    def tally(self) -> dict[int, int]:
        """activity id → dots, over every ballot (deleted activities left out)."""
        live = {r.id for r in self.capture.list()}
        totals: dict[int, int] = {}
        with self.store.session() as s:
            for dots in s.scalars(select(VoteBallot.dots).where(
                    VoteBallot.workshop_id == self.store.workshop_id)):
                for key, n in (dots or {}).items():
                    if int(key) in live:
                        totals[int(key)] = totals.get(int(key), 0) + int(n)
        return totals

    def ballots(self) -> int:
        with self.store.session() as s:
            return len(s.scalars(select(VoteBallot.id).where(
                VoteBallot.workshop_id == self.store.workshop_id)).all())

    def reset_votes(self) -> None:
        with self.store.session() as s, s.begin():
            s.execute(delete(VoteBallot).where(VoteBallot.workshop_id == self.store.workshop_id))
        self._notify(ScribeChange("votes", None))

    # -- listeners ---------------------------------------------------------------------------
    def _notify(self, change: ScribeChange) -> None:
        for listener in list(self.listeners):
            listener(change)

    def workshop_title(self) -> str:
        with self.store.session() as s:
            w = s.get(Workshop, self.store.workshop_id)
            return w.title if w is not None else ""

    def created_by_scribe(self) -> set[int]:
        with self.store.session() as s:
            return set(s.scalars(select(ScribeEntry.activity_id).where(
                ScribeEntry.workshop_id == self.store.workshop_id)))


def activity_json(row: ActivityRow, device_label: str = "") -> dict[str, Any]:
    return dict(id=row.id, title=row.title, description=row.description,
                municipality=row.municipality, area=row.area_number, position=row.position,
                device=device_label,
                updated=(row.updated_at or dt.datetime.now(dt.UTC)).isoformat())


__all__ = ["ScribeService", "ScribeError", "ScribeChange", "activity_json", "Activity"]
