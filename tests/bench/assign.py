"""Benchmark: assigning 1,000 participants from 80 municipalities to three groups.

Run with ``python -m tests.bench.assign``. Prints the median time of each strategy (the
target for "spread" is at most 100 ms) next to a floor measured in the same run: a bare
seeded shuffle of the same people, the least any assignment has to do.
"""

from __future__ import annotations

import random
import statistics
import sys
import time

from avtoituba.core.grouping import Person, assign

PEOPLE = 1000
MUNICIPALITIES = 80
GROUPS = 3
LIMIT_MS = 100.0
ROLES = ("vallavanem", "abivallavanem", "volikogu liige", "kommunikatsioonijuht",
         "noorsootöötaja", "arendusnõunik", "")


def roster(seed: int = 1, locked_share: float = 0.0) -> list[Person]:
    rng = random.Random(seed)
    # uneven delegations, as registrations are: a few large towns, many small parishes
    weights = [rng.paretovariate(1.5) for _ in range(MUNICIPALITIES)]
    people = []
    for i in range(PEOPLE):
        m = rng.choices(range(MUNICIPALITIES), weights)[0] if i >= MUNICIPALITIES else i
        locked = rng.randrange(GROUPS) if rng.random() < locked_share else None
        people.append(Person(id=i + 1, municipality=f"Vald {m:02d}",
                             role=rng.choice(ROLES), locked_group=locked))
    return people


def timed(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    people = roster()
    locked = roster(locked_share=0.1)

    def floor() -> None:
        shuffled = list(people)
        random.Random(3).shuffle(shuffled)
        {p.id: i % GROUPS for i, p in enumerate(shuffled)}

    floor_ms = timed(floor)
    print(f"assignment of {PEOPLE} participants from {MUNICIPALITIES} municipalities "
          f"into {GROUPS} groups (median of 15 runs)")
    print(f"  floor (bare shuffle of the same people): {floor_ms:7.2f} ms")
    worst = 0.0
    for label, data, strategy in (("spread", people, "spread"),
                                  ("spread, 10% locked", locked, "spread"),
                                  ("together", people, "together"),
                                  ("random", people, "random")):
        ms = timed(lambda d=data, s=strategy: assign(d, GROUPS, s, seed=7))
        result = assign(data, GROUPS, strategy, seed=7)
        worst = max(worst, ms) if strategy == "spread" else worst
        print(f"  {label:<20} {ms:7.2f} ms  ({ms / floor_ms:5.1f}× floor, sizes "
              f"{result.sizes}, issues {len(result.issues)})")
    ok = worst <= LIMIT_MS
    print(f"spread worst median {worst:.2f} ms; limit {LIMIT_MS:.0f} ms: "
          f"{'OK' if ok else 'TOO SLOW'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
