"""One way to word a message: core gives a code with arguments, the catalogues hold the words.

The Qt-free path (the CLI, the documents) reads the .ts catalogues; tests/gui/test_wording_qt.py
checks that Qt's translator says the same from the same entries.
"""

from __future__ import annotations

import pytest

from avtoituba.core import grouping, roster
from avtoituba.core.grouping import Person, assign

from avtoituba import wording
from avtoituba.wording import Message, WordedError, Words, fill


@pytest.fixture(autouse=True)
def _estonian_afterwards():
    yield
    wording.set_language("et")


def test_a_count_takes_the_plural_form_of_each_language():
    # GIVEN one catalogue entry with plural forms, "%n participant(s)"
    one, two = grouping.WORDS("participants", n=1), grouping.WORDS("participants", n=2)
    # THEN both languages read it with the form that fits the count
    assert (one.text("et"), two.text("et")) == ("1 osaleja", "2 osalejat")
    assert (one.text("en"), two.text("en")) == ("1 participant", "2 participants")
    assert grouping.WORDS("people", n=21).text("et") == "21 inimest"


def test_a_core_problem_is_a_code_worded_in_either_language_from_one_entry():
    people = [Person(i, "Elva vald", locked_group=0) for i in range(1, 7)]
    people += [Person(i, "Nõo vald") for i in range(7, 10)]
    issues = assign(people, 3, "spread", seed=0).issues
    missing = next(i for i in issues if i.code == "municipality_missing"
                   and i.municipality == "Elva vald")
    message = grouping.issue_message(missing)
    assert isinstance(message, Message) and message.code == "municipality_missing/locked_people"
    assert message.text("et") == ("Elva vald (6 osalejat) pole 2. ja 3. grupis: tema "
                                  "inimestest 6 on lukus mujal.")
    assert message.text("en") == ("Elva vald (6 participants) is not in groups 2 and 3: 6 of "
                                  "its people are locked elsewhere.")


def test_the_chosen_language_words_errors_and_their_code_stays():
    error = roster.RosterError("too_big", size=25)
    assert isinstance(error, WordedError) and isinstance(error, ValueError)
    assert error.code == "too_big"
    wording.set_language("en")
    assert str(error) == "the file is too large for a registration list (25 MB)"
    wording.set_language("et")
    assert str(error) == "fail on registreerimisnimekirja jaoks liiga suur (25 MB)"


def test_arguments_that_are_messages_are_worded_in_the_same_language():
    words = Words("Grouping", {"and": "%1 and %2", "n": "%1"})
    both = words("and", words("n", 1), words("n", 3))
    assert both.text("et") == "1. ja 3." and both.text("en") == "1 and 3"


def test_a_text_missing_from_the_catalogue_falls_back_to_its_english_source():
    words = Words("NoSuchContext", {"x": "%n thing(s) left"})
    assert words("x", n=3).text("et") == "3 thing(s) left"


def test_fill_replaces_every_argument_once():
    assert fill("%1 of %2 (%1)", "%2", 5) == "%2 of 5 (%2)"
