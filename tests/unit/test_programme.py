"""The default programme against the deck's own wording (tests/fixtures/workshop-slides.et.txt,
a copy of the trainer's slide text)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from avtoituba.core.programme import (
    ProgrammeError,
    fill_placeholders,
    load_programme,
    parse_programme,
)

DECK = Path(__file__).resolve().parents[1] / "fixtures" / "workshop-slides.et.txt"

# Typing slips in the deck that the programme corrects (deck spelling -> programme spelling).
DECK_TYPOS = {
    "hetekesisust": "hetkeseisust",
    "koolituse ee läbi": "koolituse eel läbi",
    "arvutitõpetajatega": "arvutiõpetajatega",
    "Lobbireeglid": "Lobireeglid",
    "Grupitööd - mida": "Grupitööd – mida",
}


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def deck() -> str:
    text = DECK.read_text(encoding="utf-8")
    for wrong, right in DECK_TYPOS.items():
        assert wrong in text, f"typo {wrong!r} no longer in the deck: drop it from DECK_TYPOS"
        text = text.replace(wrong, right)
    return normalise(text)


@pytest.fixture(scope="module")
def et():
    return load_programme("et")


def assert_in_deck(deck: str, text: str) -> None:
    assert normalise(text) in deck, f"not in the deck's wording: {text!r}"


def test_goals_are_the_decks(deck, et):
    assert len(et.goals) == 3
    for goal in et.goals:
        assert_in_deck(deck, goal)


def test_agenda_has_every_block_with_its_times_and_speakers(deck, et):
    anchors = [(b.fixed_start.strftime("%H:%M") if b.fixed_start else None, b.kind)
               for b in et.agenda]
    assert anchors == [
        ("13:15", "talk"), (None, "talk"), (None, "talk"), (None, "qa"),
        ("14:15", "break"), ("14:30", "stories"), ("15:00", "group_work"),
        ("16:20", "presentations"), ("16:35", "homework"), ("16:55", "closing"),
    ]
    for block in et.agenda:
        assert_in_deck(deck, block.title)
        if block.speakers:
            assert_in_deck(deck, block.speakers)
        if block.section:
            assert_in_deck(deck, block.section)
    speakers = " ".join(b.speakers for b in et.agenda)
    for name in ("Kristina Reinsalu", "Randel Länts", "Liia Hänni", "Kertu Vuks", "Jarno Laur"):
        assert name in speakers
    # The talks and Q&A fill 13:15-14:15 exactly, up to the 14:15 break.
    assert sum(b.duration_min for b in et.agenda[:4]) == 60
    assert et.agenda[4].duration_min == 15  # 14:15-14:30


def test_groups_are_the_decks_statements_word_for_word(deck, et):
    assert [g.number for g in et.groups] == [1, 2, 3]
    for group in et.groups:
        assert_in_deck(deck, f"{group.number}. Grupp: {group.statement}")
    assert_in_deck(deck, et.presenter_note)
    assert_in_deck(deck, "Esitlused kell 16:20")
    assert_in_deck(deck, et.group_question)


def test_seven_areas_with_every_example(deck, et):
    assert [a.number for a in et.areas] == list(range(1, 8))
    for area in et.areas:
        assert_in_deck(deck, area.title)
        assert area.examples
        for example in area.examples:
            assert_in_deck(deck, example)
    assert sum(len(a.examples) for a in et.areas) == 21


def test_homework_and_follow_up(deck, et):
    workshop_day = dt.date(2026, 11, 17)
    assert len(et.homework) == 2
    for item in et.homework:
        assert_in_deck(deck, fill_placeholders(item, workshop_day))
    assert_in_deck(deck, et.followup_intro)
    assert len(et.followup_tasks) == 3
    for letter, task in zip("abc", et.followup_tasks, strict=True):
        assert_in_deck(deck, f"{letter}) {task}")
    # "2. detsembril kell 14:00-16:00" after a workshop on 17.11
    assert et.followup_date(workshop_day) == dt.date(2026, 12, 2)
    assert (et.followup_start, et.followup_end) == (dt.time(14), dt.time(16))
    assert_in_deck(deck, f"kell {et.followup_start:%H:%M}-{et.followup_end:%H:%M}")


def test_trainer_contact_and_closing(deck, et):
    assert_in_deck(deck, et.trainer_email)
    assert_in_deck(deck, et.closing_words)
    assert_in_deck(deck, et.why)


def test_english_translation_is_complete_and_parallel(et):
    en = load_programme("en")
    assert len(en.agenda) == len(et.agenda)
    assert [b.fixed_start for b in en.agenda] == [b.fixed_start for b in et.agenda]
    assert [len(a.examples) for a in en.areas] == [len(a.examples) for a in et.areas]
    assert len(en.homework) == len(et.homework) and len(en.followup_tasks) == 3
    for text in (en.title, *en.goals, *(b.title for b in en.agenda),
                 *(g.statement for g in en.groups), *(a.title for a in en.areas)):
        assert text and not re.search("[õäöüšž]", text.replace("kärajad", "")), text


def test_a_new_workshop_is_filled_from_the_programme(store, et):
    from sqlalchemy import select

    from avtoituba.store.models import AgendaItem, Area, Group, Workshop

    with store.session() as s:
        w = s.get(Workshop, store.workshop_id)
        assert w.followup_date == dt.date(2026, 12, 2)
        assert w.homework == list(et.homework)
        assert w.followup_tasks == list(et.followup_tasks)
        items = s.scalars(select(AgendaItem).order_by(AgendaItem.position)).all()
        assert [i.duration_s for i in items] == [b.duration_min * 60 for b in et.agenda]
        statements = s.scalars(select(Group.statement).order_by(Group.number)).all()
        assert statements == [g.statement for g in et.groups]
        examples = s.scalars(select(Area.examples).order_by(Area.number)).all()
        assert examples == [list(a.examples) for a in et.areas]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("agenda"), "agenda"),
        (lambda d: d["agenda"][0].update(kind="party"), "kind"),
        (lambda d: d["agenda"][0].update(duration="long"), "duration"),
        (lambda d: d["agenda"][0].update(fixed_start="25h"), "fixed_start"),
        (lambda d: d["areas"][0].update(examples={"et": "not a list"}), "examples"),
    ],
)
def test_a_broken_programme_names_what_is_wrong(mutate, message):
    import tomllib

    from avtoituba.resources import resource

    data = tomllib.loads(resource("programme", "default.toml").read_text(encoding="utf-8"))
    mutate(data)
    with pytest.raises(ProgrammeError, match=message):
        parse_programme(data, "et")


def test_invalid_toml_is_a_programme_error():
    with pytest.raises(ProgrammeError, match="TOML"):
        load_programme("et", text="[agenda\n")


def test_the_appendix_words_are_the_decks(deck):
    import tomllib

    from avtoituba.resources import resource

    data = tomllib.loads(resource("programme", "default.toml").read_text(encoding="utf-8"))
    appendix = data["appendix"]
    assert_in_deck(deck, appendix["why_heading"]["et"])
    for text in appendix["gains"]["et"]:
        assert_in_deck(deck, text)
    for text in appendix["ogp_cycle"]["et"]:
        assert_in_deck(deck, text)
    assert_in_deck(deck, appendix["ogp_heading"]["et"])
    assert_in_deck(deck, appendix["project_url"])
