"""The default programme of the workshop day, read from resources/programme/*.toml.

The programme is the deck's content as data: goals, agenda, groups, areas, homework and the
follow-up seminar, in Estonian and English. A new workshop file is filled from it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from typing import Any

from avtoituba.resources import resource

LANGUAGES = ("et", "en")
DEFAULT_LANGUAGE = "et"


class ProgrammeError(ValueError):
    """The programme file is missing something or has a value of the wrong kind."""


@dataclass(frozen=True)
class AgendaBlock:
    kind: str
    title: str
    duration_min: int
    fixed_start: dt.time | None = None
    speakers: str = ""
    section: str = ""


@dataclass(frozen=True)
class GroupTheme:
    number: int
    name: str
    statement: str
    default_area: int


@dataclass(frozen=True)
class AreaSpec:
    number: int
    title: str
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Programme:
    language: str
    title: str
    trainer_name: str
    trainer_organisation: str
    trainer_email: str
    closing_words: str
    goals: tuple[str, ...]
    why: str
    agenda: tuple[AgendaBlock, ...]
    group_question: str
    presenter_note: str
    groups: tuple[GroupTheme, ...]
    areas_heading: str
    areas: tuple[AreaSpec, ...]
    homework: tuple[str, ...]
    followup_days_after: int
    followup_start: dt.time
    followup_end: dt.time
    followup_platform: str
    followup_intro: str
    followup_tasks: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    def followup_date(self, workshop_date: dt.date) -> dt.date:
        """About two weeks later, on a working day (see core.seminar)."""
        from avtoituba.core.seminar import default_followup_date

        return default_followup_date(workshop_date, self.followup_days_after)


KINDS = ("talk", "qa", "break", "stories", "group_work", "presentations", "homework", "closing")


def parse_hhmm(value: str, where: str) -> dt.time:
    try:
        hours, minutes = value.split(":")
        return dt.time(int(hours), int(minutes))
    except (ValueError, AttributeError) as exc:
        raise ProgrammeError(f"{where}: expected a time as HH:MM, got {value!r}") from exc


def _text(node: Any, lang: str, where: str, required: bool = True) -> str:
    if node is None:
        if required:
            raise ProgrammeError(f"{where}: missing")
        return ""
    if isinstance(node, str):
        return node
    if not isinstance(node, dict):
        raise ProgrammeError(f"{where}: expected text or a table of languages")
    value = node.get(lang, node.get(DEFAULT_LANGUAGE))
    if not isinstance(value, str):
        if required:
            raise ProgrammeError(f"{where}.{lang}: missing text")
        return ""
    return value


def _texts(node: Any, lang: str, where: str) -> tuple[str, ...]:
    if not isinstance(node, dict):
        raise ProgrammeError(f"{where}: expected a table of languages")
    value = node.get(lang, node.get(DEFAULT_LANGUAGE))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProgrammeError(f"{where}.{lang}: expected a list of texts")
    return tuple(value)


def _int(node: Any, where: str) -> int:
    if isinstance(node, bool) or not isinstance(node, int):
        raise ProgrammeError(f"{where}: expected a whole number")
    return node


def parse_programme(data: dict[str, Any], language: str = DEFAULT_LANGUAGE) -> Programme:
    if language not in LANGUAGES:
        raise ProgrammeError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    try:
        ws = data["workshop"][language]
        agenda = []
        for i, item in enumerate(data["agenda"], start=1):
            where = f"agenda[{i}]"
            kind = item.get("kind")
            if kind not in KINDS:
                raise ProgrammeError(f"{where}.kind: {kind!r} is not one of {', '.join(KINDS)}")
            duration = _int(item.get("duration"), f"{where}.duration")
            if duration <= 0:
                raise ProgrammeError(f"{where}.duration: must be positive")
            fixed = item.get("fixed_start")
            agenda.append(
                AgendaBlock(
                    kind=kind,
                    title=_text(item.get("title"), language, f"{where}.title"),
                    duration_min=duration,
                    fixed_start=parse_hhmm(fixed, f"{where}.fixed_start") if fixed else None,
                    speakers=_text(item.get("speakers"), language, f"{where}.speakers", False),
                    section=_text(item.get("section"), language, f"{where}.section", False),
                )
            )
        groups = tuple(
            GroupTheme(
                number=_int(g.get("number"), f"groups[{i}].number"),
                name=_text(g.get("name"), language, f"groups[{i}].name"),
                statement=_text(g.get("statement"), language, f"groups[{i}].statement"),
                default_area=_int(g.get("default_area"), f"groups[{i}].default_area"),
            )
            for i, g in enumerate(data["groups"], start=1)
        )
        areas = tuple(
            AreaSpec(
                number=_int(a.get("number"), f"areas[{i}].number"),
                title=_text(a.get("title"), language, f"areas[{i}].title"),
                examples=_texts(a.get("examples"), language, f"areas[{i}].examples"),
            )
            for i, a in enumerate(data["areas"], start=1)
        )
        gw = data["group_work"]
        fu = data["followup"]
        return Programme(
            language=language,
            title=_text(ws.get("title"), language, "workshop.title"),
            trainer_name=ws.get("trainer_name", ""),
            trainer_organisation=ws.get("trainer_organisation", ""),
            trainer_email=ws.get("trainer_email", ""),
            closing_words=ws.get("closing_words", ""),
            goals=_texts(data["goals"], language, "goals"),
            why=_text(data.get("why"), language, "why", False),
            agenda=tuple(agenda),
            group_question=_text(gw.get("question"), language, "group_work.question"),
            presenter_note=_text(gw.get("presenter_note"), language, "group_work.presenter_note"),
            groups=groups,
            areas_heading=_text(data.get("areas_heading"), language, "areas_heading", False),
            areas=areas,
            homework=_texts(data["homework"], language, "homework"),
            followup_days_after=_int(fu.get("days_after"), "followup.days_after"),
            followup_start=parse_hhmm(fu.get("start"), "followup.start"),
            followup_end=parse_hhmm(fu.get("end"), "followup.end"),
            followup_platform=fu.get("platform", ""),
            followup_intro=_text(fu.get("intro"), language, "followup.intro", False),
            followup_tasks=_texts(fu.get("tasks"), language, "followup.tasks"),
        )
    except KeyError as exc:
        raise ProgrammeError(f"the programme has no {exc.args[0]!r} section") from exc
    except (TypeError, AttributeError) as exc:
        raise ProgrammeError(f"the programme is not shaped as expected: {exc}") from exc


def load_programme(language: str = DEFAULT_LANGUAGE, text: str | None = None) -> Programme:
    """Load the default programme (or ``text``, a TOML document) in ``language``."""
    if text is None:
        text = resource("programme", "default.toml").read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProgrammeError(f"the programme is not valid TOML: {exc}") from exc
    return parse_programme(data, language)


def fill_placeholders(text: str, workshop_date: dt.date | None) -> str:
    """Fill {workshop_date} (as 17.11) in a programme text."""
    if workshop_date is None:
        return text.replace("{workshop_date}", "").replace("  ", " ")
    return text.replace("{workshop_date}", f"{workshop_date.day}.{workshop_date.month:02d}")
