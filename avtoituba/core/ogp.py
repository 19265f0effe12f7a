"""A local Open Government Partnership (AVP) action plan, drafted from the workshop's
activities: the commitment fields of one activity, and the workshop option that shows them
(„AVP tegevuskava mustand“). Qt-free.

An activity's commitment is a plain dict kept in ``Activity.ogp`` (JSON), written through
``Capture.update(activity_id, ogp=...)``; :func:`clean_commitment` is the one door every
value passes (the editor, the CLI, a returned homework pack): known keys only, text cleaned
as every other text field, the OGP values a subset of three, milestones with ISO dates.
Empty fields are left out, so an untouched commitment is ``{}``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from avtoituba.core.text import clean_line, clean_text
from avtoituba.store.db import Store
from avtoituba.store.models import Workshop

#: the workshop option (in Workshop.options) that switches the commitment fields on
OPTION = "ogp_draft"

#: text fields in the order of the commitment sheet; True = several lines
TEXT_FIELDS: tuple[tuple[str, bool], ...] = (
    ("problem", True),
    ("situation", True),
    ("change", True),
    ("responsible_body", False),
    ("contact", False),
    ("other_actors", True),
    ("budget", False),
    ("development_plan", True),
)
#: the OGP values, as ticks
VALUES = ("transparency", "participation", "accountability")
MAX_MILESTONES = 12
MAX_TEXT = 4000


class CommitmentError(ValueError):
    """A commitment value that cannot be kept (the message names the field)."""


@dataclass(frozen=True)
class Milestone:
    title: str
    start: dt.date | None = None
    end: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise CommitmentError(f"{where}: not a date (YYYY-MM-DD): {value!r}") from exc


def clean_commitment(value: Mapping[str, Any] | None) -> dict[str, Any]:
    """The commitment as it is kept: known keys, cleaned text, empty fields left out."""
    if not value:
        return {}
    if not isinstance(value, Mapping):
        raise CommitmentError("a commitment is a set of named fields")
    known = {k for k, _ in TEXT_FIELDS} | {"values", "milestones"}
    unknown = set(value) - known
    if unknown:
        raise CommitmentError(f"unknown commitment fields: {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for key, multiline in TEXT_FIELDS:
        text = value.get(key) or ""
        if not isinstance(text, str):
            raise CommitmentError(f"{key}: text expected")
        text = (clean_text(text) if multiline else clean_line(text))[:MAX_TEXT]
        if text:
            out[key] = text
    values = value.get("values") or ()
    if isinstance(values, str) or not all(v in VALUES for v in values):
        raise CommitmentError(f"values: a subset of {', '.join(VALUES)}")
    if values:
        out["values"] = [v for v in VALUES if v in set(values)]
    milestones = []
    for i, m in enumerate(value.get("milestones") or (), start=1):
        if isinstance(m, Milestone):
            m = m.as_json()
        if not isinstance(m, Mapping):
            raise CommitmentError(f"milestone {i}: title, start and end expected")
        title = clean_line(str(m.get("title") or ""))[:500]
        start = _date(m.get("start"), f"milestone {i} start")
        end = _date(m.get("end"), f"milestone {i} end")
        if start and end and end < start:
            raise CommitmentError(f"milestone {i}: ends before it starts")
        if title or start or end:
            milestones.append(Milestone(title, start, end).as_json())
    if len(milestones) > MAX_MILESTONES:
        raise CommitmentError(f"at most {MAX_MILESTONES} milestones")
    if milestones:
        out["milestones"] = milestones
    return out


def milestones(commitment: Mapping[str, Any]) -> list[Milestone]:
    return [Milestone(m.get("title") or "", _date(m.get("start"), "start"),
                      _date(m.get("end"), "end"))
            for m in commitment.get("milestones") or ()]


def draft_enabled(store: Store) -> bool:
    """Whether the workshop drafts an OGP action plan (the option in Workshop details)."""
    with store.session() as s:
        w = s.get(Workshop, store.workshop_id)
        return bool(w is not None and (w.options or {}).get(OPTION))


def set_draft_enabled(store: Store, on: bool) -> None:
    with store.transaction() as s:
        w = s.get(Workshop, store.workshop_id)
        assert w is not None
        w.options = {**(w.options or {}), OPTION: bool(on)}   # a new dict: SQLAlchemy sees it
