"""The assignment's promises, for any roster (hypothesis), and its explanation."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avtoituba.core.grouping import Person, assign

MUNIS = ["Elva vald", "Tartu vald", "Kambja vald", "Luunja vald", "Nõo vald", "Kastre vald",
         "Peipsiääre vald", "Tartu linn", "Rõuge vald", "Põlva vald", "Võru linn"]
ROLES = ["vallavanem", "volikogu liige", "noorsootöötaja", "arendusnõunik", ""]


@st.composite
def rosters(draw, locks: bool = False, max_people: int = 60):
    n = draw(st.integers(1, 5))
    size = draw(st.integers(0, max_people))
    people = []
    for i in range(size):
        muni = draw(st.sampled_from(MUNIS + [None]) if draw(st.booleans()) else
                    st.sampled_from(MUNIS[:3]))
        # the same municipality spelt in other cases is the same municipality
        if muni and draw(st.booleans()):
            muni = muni.upper()
        locked = draw(st.one_of(st.none(), st.integers(0, n - 1))) if locks else None
        people.append(Person(id=i + 1, municipality=muni, role=draw(st.sampled_from(ROLES)),
                             locked_group=locked))
    return people, n


def per_municipality(people, groups, n):
    counts = defaultdict(lambda: [0] * n)
    for p in people:
        if p.municipality:
            counts[p.municipality.casefold()][groups[p.id]] += 1
    return counts


def spread_violations(people, groups, n):
    """Every broken promise of 'spread', independently of the implementation."""
    found = set()
    sizes = Counter(groups[p.id] for p in people)
    all_sizes = [sizes.get(g, 0) for g in range(n)]
    if people and max(all_sizes) - min(all_sizes) > 1:
        found.add(("sizes_uneven", None))
    for key, counts in per_municipality(people, groups, n).items():
        total = sum(counts)
        if total >= n and 0 in counts:
            found.add(("municipality_missing", key))
        if total < n and 0 in counts and max(counts) > 1:
            found.add(("municipality_doubled", key))
    return found


def reported(assignment):
    return {(i.code, i.municipality.casefold() if i.municipality else None)
            for i in assignment.issues}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rosters(), st.integers(0, 2**32))
def test_spread_without_locks_keeps_every_promise(roster, seed):
    people, n = roster
    a = assign(people, n, "spread", seed)
    assert set(a.groups) == {p.id for p in people}
    assert all(0 <= g < n for g in a.groups.values())
    assert spread_violations(people, a.groups, n) == set()
    assert a.issues == []
    # and more: each municipality's people are spread evenly (floor/ceil per group)
    for counts in per_municipality(people, a.groups, n).values():
        assert max(counts) - min(counts) <= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rosters(locks=True), st.integers(0, 2**32))
def test_spread_with_locks_keeps_locks_and_explains_what_it_cannot_keep(roster, seed):
    people, n = roster
    a = assign(people, n, "spread", seed)
    for p in people:
        if p.locked_group is not None:
            assert a.groups[p.id] == p.locked_group
    assert spread_violations(people, a.groups, n) <= reported(a)
    lines = a.explanation("en")
    for issue in a.issues:
        assert issue.text("en") in lines


@settings(max_examples=120, deadline=None)
@given(rosters(locks=True), st.integers(0, 2**32))
def test_sizes_differ_by_at_most_one_unless_locks_force_it(roster, seed):
    people, n = roster
    locked = Counter(p.locked_group for p in people if p.locked_group is not None)
    free = sum(1 for p in people if p.locked_group is None)
    for strategy in ("spread", "random"):
        a = assign(people, n, strategy, seed)
        sizes = [a.sizes[g] for g in range(n)]
        assert sum(sizes) == len(people)
        # no group is below the level the free people could raise it to
        if max(sizes) - min(sizes) > 1:
            assert any(a.sizes[g] == locked[g] for g in range(n) if a.sizes[g] == max(sizes))
            assert any(i.code == "sizes_uneven" for i in a.issues)
        assert sum(sizes[g] - locked[g] for g in range(n)) == free


@settings(max_examples=120, deadline=None)
@given(rosters(locks=True), st.integers(0, 2**32))
def test_together_keeps_each_municipality_whole_unless_locks_split_it(roster, seed):
    people, n = roster
    a = assign(people, n, "together", seed)
    split = {i.municipality.casefold() for i in a.issues if i.code == "municipality_split"}
    for key, counts in per_municipality(people, a.groups, n).items():
        if sum(1 for c in counts if c) > 1:
            assert key in split
            locked_groups = {p.locked_group for p in people
                             if p.municipality and p.municipality.casefold() == key
                             and p.locked_group is not None}
            assert len(locked_groups) > 1, "split although its people were not locked apart"
    for p in people:
        if p.locked_group is not None:
            assert a.groups[p.id] == p.locked_group


@settings(max_examples=60, deadline=None)
@given(rosters(), st.integers(0, 2**32))
def test_same_seed_same_result(roster, seed):
    people, n = roster
    for strategy in ("spread", "together", "random"):
        assert assign(people, n, strategy, seed).groups == \
            assign(list(reversed(people)), n, strategy, seed).groups


def test_together_evens_out_whole_delegations():
    # largest-first alone gives 7 and 5 here; whole delegations allow 6 and 6
    people, pid = [], 1
    for m, count in zip("ABCDE", (3, 3, 2, 2, 2), strict=True):
        for _ in range(count):
            people.append(Person(pid, m))
            pid += 1
    a = assign(people, 2, "together", seed=0)
    assert a.sizes == [6, 6] and a.issues == []
    lines = a.explanation("en")
    assert lines[-1] == "All kept: each municipality is in one group."


def test_random_depends_on_the_seed():
    people = [Person(i, MUNIS[i % 5]) for i in range(1, 31)]
    results = {tuple(sorted(assign(people, 3, "random", seed).groups.items()))
               for seed in range(5)}
    assert len(results) > 1


def test_workshop_day_spread_mixes_roles_and_municipalities():
    # GIVEN eight municipalities of 3-5 people with a mayor and a youth worker each
    people = []
    pid = 1
    for m, count in zip(MUNIS[:8], (3, 4, 5, 3, 4, 3, 5, 4), strict=True):
        for j in range(count):
            people.append(Person(pid, m, ROLES[j % 4]))
            pid += 1
    a = assign(people, 3, "spread", seed=1)
    # THEN every municipality is in each of the three groups
    for summary in a.summaries:
        assert set(summary.municipalities) == set(MUNIS[:8])
    assert sorted(a.sizes) == [10, 10, 11]
    # and each role is spread over the groups as evenly as the sizes allow
    for role in ("vallavanem", "volikogu liige", "noorsootöötaja"):
        per_group = [s.roles.get(role, 0) for s in a.summaries]
        assert max(per_group) - min(per_group) <= 1, (role, per_group)


def test_rerun_moves_only_the_unlocked():
    people = [Person(i, MUNIS[i % 4], locked_group=0 if i <= 3 else None) for i in range(1, 25)]
    a = assign(people, 3, "spread", seed=1)
    b = assign(people, 3, "spread", seed=99)
    for pid in (1, 2, 3):
        assert a.groups[pid] == b.groups[pid] == 0


def test_explanation_names_the_lock_that_forces_imbalance():
    # six people locked in group 1, three free: group 1 cannot shrink
    people = [Person(i, "Elva vald", locked_group=0) for i in range(1, 7)]
    people += [Person(i, "Nõo vald") for i in range(7, 10)]
    a = assign(people, 3, "spread", seed=0)
    assert a.sizes == [6, 2, 1] or sorted(a.sizes[1:]) == [1, 2]
    text = "\n".join(a.explanation("en", ["1. grupp", "2. grupp", "3. grupp"]))
    assert "group 1 has 6 people locked in it" in text
    assert "Elva vald (6 participants) is not in groups 2 and 3" in text
    et = "\n".join(a.explanation("et"))
    # The groups are named in the case the sentence needs, with plural forms from %n.
    assert "1. grupis on lukus 6 inimest. Vabasta mõni" in et
    assert "Elva vald (6 osalejat) pole 2. ja 3. grupis" in et
    assert "9 osalejat, 3 gruppi." in et and "3. grupp: 1 inimene" in et


def test_explanation_lists_sizes_and_municipalities_per_group():
    people = [Person(1, "Elva vald"), Person(2, "Elva vald"), Person(3, "Nõo vald")]
    lines = assign(people, 3, "spread", seed=0).explanation("en", ["A", "B", "C"])
    assert lines[0].startswith("Strategy: spread municipalities over the groups (arrangement 0). "
                               "3 participants in 3 groups")
    assert sorted(lines[1:4]) == ["A: 1 person — Elva vald 1", "B: 1 person — Nõo vald 1",
                                  "C: 1 person — Elva vald 1"] or \
        sorted(line.split(":")[1] for line in lines[1:4]) == [
            " 1 person — Elva vald 1", " 1 person — Elva vald 1", " 1 person — Nõo vald 1"]
    assert lines[-1].startswith("All kept")


@pytest.mark.parametrize("bad", [
    dict(n_groups=0), dict(strategy="alphabetical"),
])
def test_bad_arguments_are_refused(bad):
    with pytest.raises(ValueError):
        assign([Person(1, "x")], **{"n_groups": 3, "strategy": "spread", **bad})


def test_lock_outside_the_groups_is_refused():
    with pytest.raises(ValueError, match="locked in group 5"):
        assign([Person(1, "x", locked_group=4)], 3)
