"""The themed groups of a workshop and who is in them.

Reads the groups with their members, moves people between groups, locks them, marks a
group's presenter (esitaja), and applies an assignment from ``core.grouping`` to the
memberships in one transaction. ``memberships`` / ``restore_memberships`` take and put
back the whole picture, which is how the GUI undoes any of these.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from avtoituba.core.grouping import (
    Assignment,
    Person,
    assign,
    describe,
    explanation_messages,
)
from avtoituba.store.db import Store
from avtoituba.store.models import Group, Membership, Participant, Workshop

from avtoituba.wording import Message, Words, plural

OPTIONS_KEY = "grouping"


@dataclass(frozen=True)
class Member:
    participant_id: int
    name: str
    municipality: str
    role: str
    present: bool
    locked: bool
    presenter: bool


@dataclass(frozen=True)
class GroupView:
    id: int
    number: int
    name: str
    statement: str
    members: tuple[Member, ...]

    @property
    def presenter(self) -> Member | None:
        return next((m for m in self.members if m.presenter), None)


@dataclass(frozen=True)
class MembershipState:
    group_id: int
    locked: bool
    presenter: bool


Snapshot = Mapping[int, MembershipState]  # participant id -> membership (absent: no group)


def list_groups(store: Store) -> list[GroupView]:
    """The groups in order, members by municipality then name."""
    with store.session() as session:
        groups = session.scalars(
            select(Group).where(Group.workshop_id == store.workshop_id).order_by(Group.number)
        ).all()
        views = []
        for g in groups:
            members = []
            for m in g.memberships:
                p = m.participant
                members.append(Member(p.id, p.name, p.municipality.name if p.municipality
                                      else "", p.role, p.present, m.locked, m.presenter))
            members.sort(key=lambda x: (x.municipality.casefold(), x.name.casefold(),
                                        x.participant_id))
            views.append(GroupView(g.id, g.number, g.name, g.statement, tuple(members)))
        return views


def unassigned(store: Store) -> list[Member]:
    with store.session() as session:
        people = session.scalars(
            select(Participant).where(Participant.workshop_id == store.workshop_id)
        ).all()
        out = [Member(p.id, p.name, p.municipality.name if p.municipality else "", p.role,
                      p.present, False, False) for p in people if p.membership is None]
    return sorted(out, key=lambda x: (x.municipality.casefold(), x.name.casefold()))


def _group_ids(session, workshop_id: int) -> set[int]:
    return set(session.scalars(select(Group.id).where(Group.workshop_id == workshop_id)))


def _participant(session, store: Store, pid: int) -> Participant:
    p = session.get(Participant, pid)
    if p is None or p.workshop_id != store.workshop_id:
        raise ValueError(f"no participant {pid}")
    return p


def _move(session, store: Store, participant_id: int, group_id: int | None) -> None:
    p = _participant(session, store, participant_id)
    m = p.membership
    if group_id is None:
        if m is not None:
            session.delete(m)
        return
    if group_id not in _group_ids(session, store.workshop_id):
        raise ValueError(f"no group {group_id}")
    if m is None:
        session.add(Membership(participant_id=p.id, group_id=group_id, locked=False,
                               presenter=False))
    elif m.group_id != group_id:
        m.group_id = group_id
        m.presenter = False


def move_member(store: Store, participant_id: int, group_id: int | None) -> None:
    """Put a participant in ``group_id`` (None: out of every group).

    A move keeps the lock (the trainer put them there on purpose) and drops the presenter
    mark, which belongs to the group left behind.
    """
    move_members(store, [participant_id], group_id)


def move_members(store: Store, participant_ids: Iterable[int], group_id: int | None) -> None:
    """Move several participants in ONE transaction: all of them, or none."""
    with store.transaction() as session:
        for pid in participant_ids:
            _move(session, store, pid, group_id)
            session.flush()


def set_locked(store: Store, participant_id: int, locked: bool) -> None:
    set_locked_many(store, [participant_id], locked)


def set_locked_many(store: Store, participant_ids: Iterable[int], locked: bool) -> None:
    """Lock (or unlock) several members in ONE transaction."""
    with store.transaction() as session:
        for pid in participant_ids:
            m = _participant(session, store, pid).membership
            if m is None:
                raise ValueError("only a member of a group can be locked")
            m.locked = locked


def presenter_count(store: Store) -> int:
    """How many groups have a presenter marked."""
    return sum(1 for state in memberships(store).values() if state.presenter)


def set_presenter(store: Store, participant_id: int, presenter: bool) -> None:
    """Mark (or unmark) the presenter of the participant's group: one per group."""
    with store.transaction() as session:
        m = _participant(session, store, participant_id).membership
        if m is None:
            raise ValueError("only a member of a group can present")
        if presenter:
            for other in session.scalars(select(Membership).where(
                    Membership.group_id == m.group_id, Membership.presenter.is_(True))):
                other.presenter = False
        m.presenter = presenter


def memberships(store: Store) -> dict[int, MembershipState]:
    with store.session() as session:
        rows = session.execute(
            select(Membership.participant_id, Membership.group_id, Membership.locked,
                   Membership.presenter)
            .join(Participant, Participant.id == Membership.participant_id)
            .where(Participant.workshop_id == store.workshop_id)
        ).all()
    return {pid: MembershipState(gid, bool(lk), bool(pr)) for pid, gid, lk, pr in rows}


def restore_memberships(store: Store, snapshot: Snapshot) -> None:
    """Make the memberships exactly ``snapshot`` (participants since removed are skipped)."""
    with store.transaction() as session:
        people = {p.id: p for p in session.scalars(
            select(Participant).where(Participant.workshop_id == store.workshop_id))}
        groups = _group_ids(session, store.workshop_id)
        for pid, p in people.items():
            want = snapshot.get(pid)
            m = p.membership
            if want is None or want.group_id not in groups:
                if m is not None:
                    session.delete(m)
                continue
            if m is None:
                session.add(Membership(participant_id=pid, group_id=want.group_id,
                                       locked=want.locked, presenter=want.presenter))
            else:
                m.group_id, m.locked, m.presenter = want.group_id, want.locked, want.presenter


def last_assignment_options(store: Store) -> dict[str, object]:
    """The strategy, seed and present-only choice of the last assignment (or defaults)."""
    with store.session() as session:
        workshop = session.get(Workshop, store.workshop_id)
        saved = dict((workshop.options or {}).get(OPTIONS_KEY, {})) if workshop else {}
    return {"strategy": saved.get("strategy", "spread"), "seed": saved.get("seed"),
            "present_only": bool(saved.get("present_only", False))}


@dataclass(frozen=True)
class AssignOutcome:
    assignment: Assignment
    group_names: tuple[str, ...]
    left_out: int  # absent people taken out of their groups (present-only)
    kept_absent_locked: int

    def explanation_messages(self) -> list[Message]:
        lines = explanation_messages(self.assignment, self.group_names)
        if self.left_out:
            lines.append(WORDS("left_out", n=self.left_out))
        if self.kept_absent_locked:
            lines.append(WORDS("kept_absent_locked", n=self.kept_absent_locked))
        return lines

    def explanation(self, lang: str | None = None) -> list[str]:
        return [m.text(lang) for m in self.explanation_messages()]


WORDS = Words("Groups", {
    "left_out": plural.translate(
        "Groups", "%n absent participant(s) left out of the groups.", None, 1),
    "kept_absent_locked": plural.translate(
        "Groups", "%n absent participant(s) kept in their group because locked there.",
        None, 1),
})


def plan_assignment(store: Store, strategy: str = "spread", seed: int | None = None,
                    present_only: bool = False, keep_presenters: bool = True
                    ) -> tuple[Assignment, list[int], list[int], tuple[str, ...]]:
    """(assignment, group ids by index, absent ids to take out, group names); writes nothing.

    With ``keep_presenters`` a group's presenter stays in it, as if locked.
    """
    with store.session() as session:
        groups = session.scalars(
            select(Group).where(Group.workshop_id == store.workshop_id).order_by(Group.number)
        ).all()
        if not groups:
            raise ValueError("the workshop has no groups")
        index = {g.id: i for i, g in enumerate(groups)}
        people = session.scalars(
            select(Participant).where(Participant.workshop_id == store.workshop_id)
        ).all()
        persons: list[Person] = []
        left_out: list[int] = []
        kept: list[int] = []
        for p in people:
            m = p.membership
            stays = m is not None and (m.locked or (keep_presenters and m.presenter))
            locked = index[m.group_id] if m is not None and stays else None
            if present_only and not p.present:
                if locked is not None:
                    kept.append(p.id)
                elif m is not None:
                    left_out.append(p.id)
                continue
            persons.append(Person(
                id=p.id, municipality=p.municipality.name if p.municipality else None,
                role=p.role, locked_group=locked,
                current_group=index[m.group_id] if m is not None else None))
        group_ids = [g.id for g in groups]
        names = tuple(g.name for g in groups)
    return assign(persons, len(group_ids), strategy, seed), group_ids, left_out + kept, names


def apply_assignment(store: Store, assignment: Assignment, group_ids: list[int],
                     take_out: Iterable[int] = (), present_only: bool = False,
                     keep_presenters: bool = True) -> None:
    """Write ``assignment`` to the memberships in one transaction.

    Locked memberships are kept; someone who stays in their group keeps the presenter mark;
    ``take_out`` (absent, unlocked) leave their group.
    """
    with store.transaction() as session:
        workshop = session.get(Workshop, store.workshop_id)
        if workshop is not None:  # remembered for the next run (and to repeat this one)
            workshop.options = {**(workshop.options or {}), OPTIONS_KEY: {
                "strategy": assignment.strategy, "seed": assignment.seed,
                "present_only": present_only, "keep_presenters": keep_presenters}}
        for pid in take_out:
            p = session.get(Participant, pid)
            if p is not None and p.membership is not None and not p.membership.locked:
                session.delete(p.membership)
        for pid, index in assignment.groups.items():
            p = session.get(Participant, pid)
            if p is None or p.workshop_id != store.workshop_id:
                continue
            gid = group_ids[index]
            m = p.membership
            if m is None:
                session.add(Membership(participant_id=pid, group_id=gid, locked=False,
                                       presenter=False))
            elif m.locked or (keep_presenters and m.presenter):
                continue
            elif m.group_id != gid:
                m.group_id = gid
                m.presenter = False


def assign_groups(store: Store, strategy: str = "spread", seed: int | None = None,
                  present_only: bool = False, keep_presenters: bool = True) -> AssignOutcome:
    """Assign everyone (or the present) to the groups and save it: the one-click action.

    Presenters stay in their groups (``keep_presenters``); otherwise a presenter who is
    moved loses the mark, which belongs to the group left behind.
    """
    assignment, group_ids, take_out, names = plan_assignment(store, strategy, seed,
                                                             present_only, keep_presenters)
    apply_assignment(store, assignment, group_ids, take_out, present_only, keep_presenters)
    states = memberships(store)
    kept_locked = sum(1 for pid in take_out if pid in states and states[pid].locked)
    return AssignOutcome(assignment, names, len(take_out) - kept_locked, kept_locked)


def describe_groups(store: Store) -> AssignOutcome | None:
    """The groups as the file holds them now, in the words of an assignment's explanation
    (checked against the strategy of the last assignment); None when nobody is in a group."""
    options = last_assignment_options(store)
    strategy = str(options["strategy"])
    seed = options["seed"] if isinstance(options["seed"], int) else None
    with store.session() as session:
        groups = session.scalars(
            select(Group).where(Group.workshop_id == store.workshop_id).order_by(Group.number)
        ).all()
        index = {g.id: i for i, g in enumerate(groups)}
        names = tuple(g.name for g in groups)
        people = session.scalars(
            select(Participant).where(Participant.workshop_id == store.workshop_id)
        ).all()
        persons: list[Person] = []
        placed: dict[int, int] = {}
        for p in people:
            m = p.membership
            if m is None or m.group_id not in index:
                continue
            placed[p.id] = index[m.group_id]
            persons.append(Person(
                id=p.id, municipality=p.municipality.name if p.municipality else None,
                role=p.role, locked_group=index[m.group_id] if m.locked else None,
                current_group=index[m.group_id]))
    if not persons:
        return None
    return AssignOutcome(describe(persons, len(names), placed, strategy, seed), names, 0, 0)
