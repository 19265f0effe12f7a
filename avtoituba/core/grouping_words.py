"""The words of group assignment: its explanation and issues, worded from the catalogues.

Codes and arguments come from ``core.grouping``; the wording lives in the "Grouping" context
of the catalogues (see ``avtoituba/wording.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from avtoituba.core.grouping import STRATEGIES, Assignment, Issue

from avtoituba.wording import QT_TRANSLATE_NOOP, Message, Words, comma_list, plural

WORDS = Words("Grouping", {
    "spread": QT_TRANSLATE_NOOP("Grouping", "spread municipalities over the groups"),
    "together": QT_TRANSLATE_NOOP("Grouping", "each municipality together"),
    "random": QT_TRANSLATE_NOOP("Grouping", "random"),
    "head": plural.translate("Grouping", "Strategy: %1%2. %3 in %n group(s).", None, 1),
    "variant": QT_TRANSLATE_NOOP("Grouping", " (arrangement %1)"),
    "group": QT_TRANSLATE_NOOP("Grouping", "%1: %2 (%3 locked) — %4"),
    "group_nolock": QT_TRANSLATE_NOOP("Grouping", "%1: %2 — %3"),
    "group_name": QT_TRANSLATE_NOOP("Grouping", "Group %1"),
    "group_number": QT_TRANSLATE_NOOP("Grouping", "%1"),
    "and": QT_TRANSLATE_NOOP("Grouping", "%1 and %2"),
    "none": QT_TRANSLATE_NOOP("Grouping", "nobody"),
    "participants": plural.translate("Grouping", "%n participant(s)", None, 1),
    "people": plural.translate("Grouping", "%n person(s)", None, 1),
    "all_met_spread": QT_TRANSLATE_NOOP(
        "Grouping", "All kept: sizes differ by at most one, every municipality with at least "
        "%1 participants is in every group, and no smaller delegation is doubled up."),
    "all_met_together": QT_TRANSLATE_NOOP(
        "Grouping", "All kept: each municipality is in one group."),
    "all_met_random": QT_TRANSLATE_NOOP(
        "Grouping", "All kept: sizes differ by at most one."),
    "moved": plural.translate("Grouping", "%n person(s) changed group.", None, 1),
    # Issues: %1 the municipality, %2 the groups ("1 and 3"), n = how many groups.
    "sizes_uneven/locks": plural.translate(
        "Grouping", "Sizes differ by more than one (%3 and %4): %5 locked in group(s) %2. "
        "Unlock some to even them out.", None, 1),
    "sizes_uneven/whole_delegations": QT_TRANSLATE_NOOP(
        "Grouping", "Sizes differ by more than one (%3 and %4): each municipality stays "
        "whole, and the delegations cannot be divided more evenly."),
    "municipality_missing/room": plural.translate(
        "Grouping", "%1 (%3) is not in group(s) %2: locked memberships leave no room to move "
        "one of its people there.", None, 1),
    "municipality_missing/locked_people": plural.translate(
        "Grouping", "%1 (%3) is not in group(s) %2: %4 of its people locked elsewhere.",
        None, 1),
    "municipality_doubled/locked_people": plural.translate(
        "Grouping", "%1 has two or more people in group(s) %2 while another group has "
        "none: they are locked there.", None, 1),
    "municipality_doubled/room": plural.translate(
        "Grouping", "%1 has two or more people in group(s) %2 while another group has "
        "none: locked memberships leave no room elsewhere.", None, 1),
    "municipality_split/locked_people": plural.translate(
        "Grouping", "%1 is split between groups %2: its people are locked in different "
        "groups.", None, 1),
})

# The English source of each issue's parameters, in the order %3, %4, %5 of its wording.
_ISSUE_ARGS = {
    "sizes_uneven": ("largest", "smallest", "locked"),
    "municipality_missing": ("people", "locked"),
    "municipality_doubled": ("people",),
    "municipality_split": ("people",),
}
_COUNTED = {"locked": "people", "people": "participants"}  # parameters that are head counts

STRATEGY_NAMES = {s: WORDS(s) for s in STRATEGIES}


def count_text(n: int, noun: str, lang: str | None = None) -> str:
    """"1 person", "3 people"; "1 inimene", "3 inimest" (noun: participant or person)."""
    return WORDS("participants" if noun == "participant" else "people", n=n).text(lang)


def groups_message(indices: Sequence[int]) -> Message:
    """"1 and 3" ("1. ja 3.") for the groups of ``indices`` (0-based)."""
    numbers = [WORDS("group_number", g + 1) for g in indices]
    if len(numbers) <= 1:
        return numbers[0] if numbers else WORDS("group_number", "")
    return WORDS("and", comma_list(numbers[:-1]), numbers[-1])


def issue_message(issue: Issue) -> Message:
    key = f"{issue.code}/{issue.reason}"
    if key not in WORDS.sources:
        key = next(k for k in WORDS.sources if k.startswith(issue.code + "/"))
    params = dict(issue.params)
    args: list[object] = []
    for name in _ISSUE_ARGS.get(issue.code, ()):
        value = params.get(name, "")
        counted = _COUNTED.get(name)
        if name == "locked" and issue.code == "municipality_missing":
            counted = None  # "3 of its people": a bare number
        args.append(WORDS(counted, n=int(value)) if counted and isinstance(value, int)
                    else value)
    return WORDS(key, issue.municipality or "", groups_message(issue.groups), *args,
                 n=max(1, len(issue.groups)))


def _group_name(g: int, names: Sequence[str] | None) -> object:
    return names[g] if names and g < len(names) else WORDS("group_name", g + 1)


def explanation_messages(a: Assignment, names: Sequence[str] | None = None) -> list[Message]:
    variant = WORDS("variant", a.seed) if a.seed is not None and a.strategy != "together" \
        else ""
    lines = [WORDS("head", STRATEGY_NAMES[a.strategy], variant,
                   WORDS("participants", n=len(a.groups)), n=a.n_groups)]
    for s in a.summaries:
        munis: object = ", ".join(f"{m} {c}" for m, c in s.municipalities.items()) \
            or WORDS("none")
        size = WORDS("people", n=s.size)
        name = _group_name(s.index, names)
        lines.append(WORDS("group", name, size, s.locked, munis) if s.locked
                     else WORDS("group_nolock", name, size, munis))
    if a.issues:
        lines.extend(issue_message(i) for i in a.issues)
    else:
        lines.append(WORDS(f"all_met_{a.strategy}", a.n_groups))
    if a.moved:
        lines.append(WORDS("moved", n=a.moved))
    return lines
