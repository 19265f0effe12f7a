"""Assigning participants to the themed groups: a pure function, no database, no Qt.

Strategies
----------
``spread`` (the default)
    Group sizes differ by at most one; every municipality with at least as many people as
    there are groups is in every group; a smaller delegation is never doubled up in one group
    while another group lacks it (together: each municipality's people are spread as evenly
    as the groups allow); roles are mixed as far as the sizes allow.
``together``
    Each municipality's people in one group, whole delegations largest first into the
    smallest group, so sizes are as even as whole delegations allow.
``random``
    A seeded shuffle into groups whose sizes differ by at most one.

Locked people stay where they are in every strategy; re-running moves only the unlocked.
Locks can make a promise impossible; ``Assignment.issues`` then says which one and why,
and ``explanation(lang)`` puts the result in words (the catalogues' Estonian or English).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

STRATEGIES: tuple[str, ...] = ("spread", "together", "random")


@dataclass(frozen=True)
class Person:
    id: int
    municipality: str | None = None  # as written; compared case-insensitively
    role: str = ""
    locked_group: int | None = None  # 0-based group index when the membership is locked
    current_group: int | None = None


@dataclass(frozen=True)
class Issue:
    """A promise of the strategy that the result does not keep, and why."""

    code: str  # sizes_uneven | municipality_missing | municipality_doubled | municipality_split
    municipality: str | None = None
    groups: tuple[int, ...] = ()
    reason: str = ""  # locks | locked_people | room | whole_delegations
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str | None = None, group_names: Sequence[str] | None = None) -> str:
        """In ``lang`` (default: the chosen language); the groups are named by number."""
        return _issue_text(self, lang, group_names)


@dataclass
class GroupSummary:
    index: int
    size: int
    municipalities: dict[str, int]  # name -> people, largest first then by name
    roles: dict[str, int]
    locked: int


@dataclass
class Assignment:
    strategy: str
    seed: int | None
    n_groups: int
    groups: dict[int, int]  # person id -> group index
    summaries: list[GroupSummary] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    moved: int = 0  # people whose group differs from current_group

    def members(self, index: int) -> list[int]:
        return [pid for pid, g in self.groups.items() if g == index]

    @property
    def sizes(self) -> list[int]:
        return [s.size for s in self.summaries]

    def explanation(self, lang: str | None = None,
                    group_names: Sequence[str] | None = None) -> list[str]:
        return _explain(self, lang, group_names)


# --- helpers -------------------------------------------------------------------------------

def _muni_key(person: Person) -> Hashable:
    name = (person.municipality or "").strip()
    return name.casefold() if name else ("#", person.id)  # no municipality: on one's own


def _role_key(person: Person) -> str:
    return person.role.strip().casefold()


def _target_sizes(locked_sizes: Sequence[int], free: int) -> list[int]:
    """Fill the smallest groups first: sizes as even as the locked people allow."""
    sizes = list(locked_sizes)
    if not sizes:
        return sizes
    # fast water filling: raise the lowest groups level by level
    order = sorted(range(len(sizes)), key=lambda g: (sizes[g], g))
    while free > 0:
        low = sizes[order[0]]
        at_low = [g for g in order if sizes[g] == low]
        higher = [sizes[g] for g in order if sizes[g] > low]
        step = (min(higher) - low) if higher else None
        if step is not None and step * len(at_low) <= free:
            for g in at_low:
                sizes[g] += step
            free -= step * len(at_low)
        else:
            each, rest = divmod(free, len(at_low))
            for i, g in enumerate(sorted(at_low)):
                sizes[g] += each + (1 if i < rest else 0)
            free = 0
        order = sorted(range(len(sizes)), key=lambda g: (sizes[g], g))
    return sizes


def _validate(people: Sequence[Person], n_groups: int, strategy: str) -> None:
    if n_groups < 1:
        raise ValueError("there must be at least one group")
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; use one of {', '.join(STRATEGIES)}")
    seen: set[int] = set()
    for p in people:
        if p.id in seen:
            raise ValueError(f"participant {p.id} given twice")
        seen.add(p.id)
        if p.locked_group is not None and not 0 <= p.locked_group < n_groups:
            raise ValueError(f"participant {p.id} is locked in group {p.locked_group + 1}, "
                             f"but there are {n_groups} groups")


# --- the strategies ------------------------------------------------------------------------

def _spread(people: Sequence[Person], n: int, rng: random.Random) -> dict[int, int]:
    result: dict[int, int] = {}
    locked_sizes = [0] * n
    count: dict[Hashable, list[int]] = defaultdict(lambda: [0] * n)
    roles: list[Counter[str]] = [Counter() for _ in range(n)]
    free_by_muni: dict[Hashable, list[Person]] = defaultdict(list)
    total: Counter[Hashable] = Counter()
    for p in people:
        key = _muni_key(p)
        total[key] += 1
        if p.locked_group is not None:
            g = p.locked_group
            result[p.id] = g
            locked_sizes[g] += 1
            count[key][g] += 1
            roles[g][_role_key(p)] += 1
        else:
            free_by_muni[key].append(p)
    target = _target_sizes(locked_sizes, sum(len(v) for v in free_by_muni.values()))
    cap = [target[g] - locked_sizes[g] for g in range(n)]

    tiebreak = {key: rng.random() for key in free_by_muni}
    order = sorted(free_by_muni, key=lambda k: (-total[k], tiebreak[k]))
    role_total = Counter(_role_key(p) for p in people)
    for key in order:
        members = free_by_muni[key]
        rng.shuffle(members)
        # the commonest roles first, so that they are the ones spread over the groups
        members.sort(key=lambda p: (-role_total[_role_key(p)], _role_key(p)))
        counts = count[key]
        pref = list(range(n))
        rng.shuffle(pref)
        rank = {g: i for i, g in enumerate(pref)}
        for p in members:
            role = _role_key(p)
            best = min((g for g in range(n) if cap[g] > 0),
                       key=lambda g: (counts[g], -cap[g],
                                      roles[g][role] if role else 0, rank[g]))
            result[p.id] = best
            counts[best] += 1
            cap[best] -= 1
            if role:
                roles[best][role] += 1
    if any(p.locked_group is not None for p in people):
        _repair(people, n, result, count, total)
    return result


def _violations(counts: Sequence[int], total: int, n: int) -> int:
    """How badly one municipality's spread breaks the promise (0 = kept)."""
    if total >= n:
        return sum(1 for c in counts if c == 0)
    if 0 in counts:
        return sum(c - 1 for c in counts if c > 1)
    return 0


def _repair(people: Sequence[Person], n: int, result: dict[int, int],
            count: dict[Hashable, list[int]], total: Counter[Hashable]) -> None:
    """With locks the greedy pass can leave a municipality missing from a group while
    another group has two of it; swap unlocked people across municipalities to fix it."""
    movable: dict[int, list[Person]] = defaultdict(list)
    for p in people:
        if p.locked_group is None:
            movable[result[p.id]].append(p)
    sizes = Counter(result.values())

    def bad(key: Hashable) -> int:
        return _violations(count[key], total[key], n)

    for _ in range(4 * len(people) + 10):
        improved = False
        for key in list(count):
            if bad(key) == 0:
                continue
            counts = count[key]
            lacking = [h for h in range(n) if counts[h] == 0]
            heavy = [g for g in range(n) if counts[g] >= 2]
            for g in heavy:
                mine = [p for p in movable[g] if _muni_key(p) == key]
                if not mine:
                    continue
                for h in lacking:
                    # a plain move when the sizes allow it
                    if sizes[g] > sizes[h]:
                        p = mine[0]
                        before = bad(key)
                        counts[g] -= 1
                        counts[h] += 1
                        if bad(key) < before:
                            _place(p, g, h, result, movable, sizes)
                            improved = True
                            break
                        counts[g] += 1
                        counts[h] -= 1
                    for q in movable[h]:
                        other = _muni_key(q)
                        if other == key:
                            continue
                        oc = count[other]
                        before = bad(key) + bad(other)
                        counts[g] -= 1
                        counts[h] += 1
                        oc[h] -= 1
                        oc[g] += 1
                        if bad(key) + bad(other) < before:
                            p = mine[0]
                            _place(p, g, h, result, movable, sizes)
                            _place(q, h, g, result, movable, sizes)
                            improved = True
                            break
                        counts[g] += 1
                        counts[h] -= 1
                        oc[h] += 1
                        oc[g] -= 1
                    if improved:
                        break
                if improved:
                    break
        if not improved:
            return


def _place(p: Person, src: int, dst: int, result: dict[int, int],
           movable: dict[int, list[Person]], sizes: Counter[int]) -> None:
    movable[src].remove(p)
    movable[dst].append(p)
    result[p.id] = dst
    sizes[src] -= 1
    sizes[dst] += 1


def _together(people: Sequence[Person], n: int, rng: random.Random) -> dict[int, int]:
    result: dict[int, int] = {}
    sizes = [0] * n
    free_by_muni: dict[Hashable, list[Person]] = defaultdict(list)
    locked_in: dict[Hashable, Counter[int]] = defaultdict(Counter)
    for p in people:
        key = _muni_key(p)
        if p.locked_group is not None:
            result[p.id] = p.locked_group
            sizes[p.locked_group] += 1
            locked_in[key][p.locked_group] += 1
        else:
            free_by_muni[key].append(p)
    # delegations with locked people join them (where most of them are locked)
    for key, where in locked_in.items():
        home = min(where, key=lambda g: (-where[g], sizes[g], g))
        for p in free_by_muni.pop(key, []):
            result[p.id] = home
            sizes[home] += 1
    tiebreak = {key: rng.random() for key in free_by_muni}
    pref = list(range(n))
    rng.shuffle(pref)
    rank = {g: i for i, g in enumerate(pref)}
    placed: dict[Hashable, int] = {}
    for key in sorted(free_by_muni, key=lambda k: (-len(free_by_muni[k]), tiebreak[k])):
        home = min(range(n), key=lambda g: (sizes[g], rank[g]))
        placed[key] = home
        sizes[home] += len(free_by_muni[key])
    _even_out_delegations(placed, {k: len(v) for k, v in free_by_muni.items()}, sizes)
    for key, home in placed.items():
        for p in free_by_muni[key]:
            result[p.id] = home
    return result


def _even_out_delegations(placed: dict[Hashable, int], size_of: dict[Hashable, int],
                          sizes: list[int]) -> None:
    """Largest-first leaves the sizes close; moving or swapping whole (unlocked) delegations
    between the largest and the smallest group brings them closer where it can."""
    for _ in range(4 * len(placed) + 4):
        big = max(range(len(sizes)), key=lambda g: (sizes[g], -g))
        small = min(range(len(sizes)), key=lambda g: (sizes[g], g))
        gap = sizes[big] - sizes[small]
        if gap <= 1:
            return
        in_big = [k for k, g in placed.items() if g == big]
        in_small = [k for k, g in placed.items() if g == small]
        best: tuple[int, Hashable, Hashable | None] | None = None
        for a in in_big:
            for b in [None, *in_small]:
                delta = size_of[a] - (size_of[b] if b is not None else 0)
                if 0 < delta < gap:
                    after = abs(gap - 2 * delta)
                    if best is None or after < best[0]:
                        best = (after, a, b)
        if best is None or best[0] >= gap:
            return
        _, a, b = best
        delta = size_of[a] - (size_of[b] if b is not None else 0)
        placed[a] = small
        if b is not None:
            placed[b] = big
        sizes[big] -= delta
        sizes[small] += delta


def _random(people: Sequence[Person], n: int, rng: random.Random) -> dict[int, int]:
    result: dict[int, int] = {}
    locked_sizes = [0] * n
    free: list[Person] = []
    for p in people:
        if p.locked_group is not None:
            result[p.id] = p.locked_group
            locked_sizes[p.locked_group] += 1
        else:
            free.append(p)
    target = _target_sizes(locked_sizes, len(free))
    slots = [g for g in range(n) for _ in range(target[g] - locked_sizes[g])]
    rng.shuffle(slots)
    free.sort(key=lambda p: p.id)
    rng.shuffle(free)
    for p, g in zip(free, slots, strict=True):
        result[p.id] = g
    return result


# --- checking and explaining ---------------------------------------------------------------

def find_issues(people: Sequence[Person], n: int, groups: dict[int, int],
                strategy: str) -> list[Issue]:
    """The promises of ``strategy`` that ``groups`` breaks, each with the likeliest cause."""
    issues: list[Issue] = []
    sizes = [0] * n
    locked_sizes = [0] * n
    for p in people:
        sizes[groups[p.id]] += 1
        if p.locked_group is not None:
            locked_sizes[p.locked_group] += 1
    if people and max(sizes) - min(sizes) > 1:
        big = tuple(g for g in range(n) if sizes[g] == max(sizes))
        if strategy == "together":
            reason = "whole_delegations"
        else:
            reason = "locks"
        issues.append(Issue("sizes_uneven", None, big, reason,
                            (("largest", max(sizes)), ("smallest", min(sizes)),
                             ("locked", max(locked_sizes)))))
    by_muni: dict[Hashable, list[Person]] = defaultdict(list)
    for p in people:
        by_muni[_muni_key(p)].append(p)
    for key, members in sorted(by_muni.items(), key=lambda kv: str(kv[0])):
        if isinstance(key, tuple):
            continue
        name = members[0].municipality or ""
        counts = [0] * n
        locked = [0] * n
        for p in members:
            counts[groups[p.id]] += 1
            if p.locked_group is not None:
                locked[p.locked_group] += 1
        total = len(members)
        if strategy == "together":
            used = tuple(g for g in range(n) if counts[g])
            if len(used) > 1:
                issues.append(Issue("municipality_split", name, used, "locked_people",
                                    (("people", total),)))
            continue
        if strategy != "spread":
            continue
        lacking = tuple(g for g in range(n) if counts[g] == 0)
        if total >= n and lacking:
            reason = "locked_people" if sum(locked) == total else "room"
            issues.append(Issue("municipality_missing", name, lacking, reason,
                                (("people", total), ("locked", sum(locked)))))
        elif total < n and lacking and max(counts) > 1:
            doubled = tuple(g for g in range(n) if counts[g] > 1)
            reason = "locked_people" if any(locked[g] > 1 for g in doubled) else "room"
            issues.append(Issue("municipality_doubled", name, doubled, reason,
                                (("people", total), ("lacking", lacking))))
    return issues


def _summaries(people: Sequence[Person], n: int, groups: dict[int, int]) -> list[GroupSummary]:
    munis: list[Counter[str]] = [Counter() for _ in range(n)]
    display: dict[str, str] = {}
    roles: list[Counter[str]] = [Counter() for _ in range(n)]
    locked = [0] * n
    sizes = [0] * n
    for p in people:
        g = groups[p.id]
        sizes[g] += 1
        if p.municipality and p.municipality.strip():
            key = p.municipality.strip().casefold()
            display.setdefault(key, p.municipality.strip())
            munis[g][key] += 1
        if p.role.strip():
            roles[g][p.role.strip()] += 1
        if p.locked_group is not None:
            locked[g] += 1
    out = []
    for g in range(n):
        ordered = sorted(munis[g].items(), key=lambda kv: (-kv[1], display[kv[0]].casefold()))
        out.append(GroupSummary(g, sizes[g], {display[k]: c for k, c in ordered},
                                dict(roles[g].most_common()), locked[g]))
    return out


def assign(people: Sequence[Person], n_groups: int = 3, strategy: str = "spread",
           seed: int | None = None) -> Assignment:
    """Put ``people`` into ``n_groups`` groups by ``strategy``; locked people stay."""
    _validate(people, n_groups, strategy)
    rng = random.Random(seed if seed is not None else 0)
    ordered = sorted(people, key=lambda p: p.id)
    if strategy == "spread":
        groups = _spread(ordered, n_groups, rng)
    elif strategy == "together":
        groups = _together(ordered, n_groups, rng)
    else:
        groups = _random(ordered, n_groups, rng)
    moved = sum(1 for p in ordered if p.current_group is not None
                and groups[p.id] != p.current_group)
    return Assignment(strategy=strategy, seed=seed, n_groups=n_groups, groups=groups,
                      summaries=_summaries(ordered, n_groups, groups),
                      issues=find_issues(ordered, n_groups, groups, strategy), moved=moved)


def describe(people: Sequence[Person], n_groups: int, groups: dict[int, int],
             strategy: str = "spread", seed: int | None = None) -> Assignment:
    """The groups as they are (after manual moves, say), checked against ``strategy``."""
    ordered = sorted((p for p in people if p.id in groups), key=lambda p: p.id)
    return Assignment(strategy=strategy, seed=seed, n_groups=n_groups,
                      groups={p.id: groups[p.id] for p in ordered},
                      summaries=_summaries(ordered, n_groups, groups),
                      issues=find_issues(ordered, n_groups, groups, strategy))


# --- words (in grouping_words; re-exported here) --------------------------------------------

def _issue_text(issue: Issue, lang: str | None, names: Sequence[str] | None) -> str:
    return issue_message(issue).text(lang)


def _explain(a: Assignment, lang: str | None, names: Sequence[str] | None) -> list[str]:
    return [m.text(lang) for m in explanation_messages(a, names)]


from avtoituba.core.grouping_words import (  # noqa: E402 (they need the types above)
    STRATEGY_NAMES,
    WORDS,
    count_text,
    explanation_messages,
    groups_message,
    issue_message,
)

__all__ = ["STRATEGIES", "STRATEGY_NAMES", "WORDS", "Assignment", "Issue", "Person", "assign",
           "count_text", "describe", "explanation_messages", "groups_message", "issue_message"]
