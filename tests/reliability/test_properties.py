"""Property tests on the parsers and writers: thousands of generated inputs, no unhandled
exception, no partial write, and what was saved reads back equal.

``AVTOITUBA_FULL=1`` multiplies the number of inputs by ten. The counts each test tried are
printed in the summary at the end of the run.
"""

from __future__ import annotations

import copy
import os
import re
import sqlite3
import tempfile
import tomllib
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from avtoituba.core.municipalities import get_or_create
from avtoituba.core.programme import ProgrammeError, parse_programme
from avtoituba.core.text import clean_line, clean_text
from avtoituba.core.workshop import new_workshop
from avtoituba.store import db
from avtoituba.store.models import Activity, Municipality, Participant

from avtoituba.resources import resource
from tests.reliability.conftest import count

FULL = bool(os.environ.get("AVTOITUBA_FULL"))
SCALE = 10 if FULL else 1


def examples(n: int):
    return settings(max_examples=n * SCALE, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])


# -- the programme loader --------------------------------------------------------------------

json_leaf = (st.none() | st.booleans() | st.integers(-10**6, 10**6)
             | st.floats(allow_nan=True) | st.text(max_size=20))
json_value = st.recursive(
    json_leaf,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20)

PROGRAMME = tomllib.loads(resource("programme", "default.toml").read_text(encoding="utf-8"))
KEYS = ["workshop", "agenda", "groups", "areas", "goals", "group_work", "followup",
        "homework", "why", "areas_heading", "et", "en", "kind", "duration", "fixed_start",
        "title", "number", "name", "statement", "default_area", "examples", "days_after",
        "start", "end", "tasks", "question", "presenter_note"]


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


PATHS = list(_paths(PROGRAMME))[1:]


@st.composite
def mutated_programme(draw):
    """The real programme with a few of its values replaced, removed or retyped: close
    enough to valid that the parser goes deep before it meets the fault."""
    data = copy.deepcopy(PROGRAMME)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS))
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
        except (KeyError, IndexError, TypeError):
            continue
        key = path[-1]
        action = draw(st.sampled_from(["replace", "delete", "hhmm", "int"]))
        try:
            if action == "delete":
                del parent[key]
            elif action == "hhmm":
                parent[key] = draw(st.from_regex(r"\A-?\d{0,3}:?\d{0,3}\Z") | st.text(max_size=6))
            elif action == "int":
                parent[key] = draw(st.integers(-5, 10**9))
            else:
                parent[key] = draw(json_value)
        except (KeyError, IndexError, TypeError):
            continue
    return data


@given(st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), json_value, max_size=8),
       st.sampled_from(["et", "en", "fi", ""]))
@examples(1500)
def test_programme_from_any_dict_raises_only_programme_error(data, language):
    count("parse_programme(random dict)")
    try:
        parse_programme(data, language)
    except ProgrammeError:
        pass


@given(mutated_programme(), st.sampled_from(["et", "en"]))
@examples(1500)
def test_programme_near_valid_raises_only_programme_error(data, language):
    count("parse_programme(mutated default)")
    try:
        programme = parse_programme(data, language)
    except ProgrammeError:
        return
    assert all(block.duration_min > 0 for block in programme.agenda)


def test_the_default_programme_parses():
    assert parse_programme(copy.deepcopy(PROGRAMME), "et").agenda


# -- text cleaning ---------------------------------------------------------------------------

def _forbidden(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return (cat == "Cc" and ch not in "\t\n") or cat == "Cs" or ch in "\ufffe\uffff"


any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=200) | st.text(
    st.sampled_from(list("ab \t\n\r\x00\x07\x1b\x7f\x85\u00a0\u2028\u200b\ufffe\uffff"
                         "\ud800õäöü\u0301")), max_size=60)


@given(any_text)
@examples(3000)
def test_clean_text_has_no_control_characters_and_is_idempotent(text):
    count("clean_text")
    cleaned = clean_text(text)
    assert not any(_forbidden(ch) for ch in cleaned)
    assert "\r" not in cleaned
    assert clean_text(cleaned) == cleaned
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)


@given(any_text)
@examples(3000)
def test_clean_line_is_one_tidy_line_and_idempotent(text):
    count("clean_line")
    cleaned = clean_line(text)
    assert not any(_forbidden(ch) for ch in cleaned)
    assert "\n" not in cleaned and "\t" not in cleaned
    assert "  " not in cleaned
    assert clean_line(cleaned) == cleaned
    assert cleaned == cleaned.strip()


# -- text into the workshop file and back ----------------------------------------------------

@pytest.fixture(scope="module")
def shared_store():
    with tempfile.TemporaryDirectory(prefix="avtoituba-prop-") as tmp:
        store = new_workshop(Path(tmp) / "omadused.avtoituba")
        yield store
        store.close()


HOSTILE = st.sampled_from([
    "'; DROP TABLE activity; --", 'Robert"); DELETE FROM participant; --', "../../etc/passwd",
    "..\\..\\Windows\\System32", "$(rm -rf ~)", "`reboot`", "%s%s%n", "{0}{workshop_date}",
    "<w:p>xml</w:p>", "&amp;", "NUL\\0", "C:\\CON", "Põlva vald / Räpina", "a\u202eb",
])
field_text = st.text(max_size=300) | HOSTILE | st.builds(
    lambda a, b: a + b, HOSTILE, st.text(max_size=30))


@given(title=field_text, description=field_text, responsible=field_text, notes=field_text)
@examples(400)
def test_activity_text_reads_back_equal(shared_store, title, description, responsible, notes):
    count("activity text round-trip")
    values = {"title": clean_line(title), "description": clean_text(description),
              "responsible": clean_line(responsible), "notes": clean_text(notes)}
    with shared_store.transaction() as session:
        activity = Activity(workshop_id=shared_store.workshop_id, **values)
        session.add(activity)
        session.flush()
        activity_id = activity.id
    with shared_store.session() as session:
        back = session.get(Activity, activity_id)
        assert {k: getattr(back, k) for k in values} == values


@given(name=field_text, role=field_text, email=field_text, municipality=field_text)
@examples(400)
def test_participant_and_municipality_text_reads_back_equal(shared_store, name, role, email,
                                                            municipality):
    count("participant text round-trip")
    name, role, email = clean_line(name), clean_line(role), clean_line(email)
    muni = clean_line(municipality) or "Tundmatu"
    with shared_store.transaction() as session:
        m = get_or_create(session, shared_store.workshop_id, muni)
        p = Participant(workshop_id=shared_store.workshop_id, name=name, role=role,
                        email=email, municipality=m)
        session.add(p)
        session.flush()
        pid = p.id
    with shared_store.session() as session:
        back = session.get(Participant, pid)
        assert (back.name, back.role, back.email) == (name, role, email)
        assert back.municipality.name == get_or_create(session, shared_store.workshop_id,
                                                       muni).name


def _tables(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'"))
    finally:
        conn.close()


@given(HOSTILE | st.text(st.characters(blacklist_characters="\x00"), min_size=1, max_size=80))
@examples(300)
def test_contained_text_stays_data(shared_store, text):
    """SQL, shell and path syntax in a name is stored and read back verbatim, and the file
    keeps every table; nothing is created beside the workshop file."""
    count("containment (SQL/shell/path as data)")
    folder = shared_store.path.parent
    before_files = sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
    before_tables = _tables(shared_store.path)
    name = clean_line(text) or "x"
    with shared_store.transaction() as session:
        session.add(Activity(workshop_id=shared_store.workshop_id, title=name,
                             responsible=name, notes=clean_text(text)))
    with shared_store.session() as session:
        found = session.scalars(select(Activity.title).where(Activity.title == name)).all()
        assert found and all(t == name for t in found)
    assert _tables(shared_store.path) == before_tables
    assert sorted(p.name for p in folder.iterdir()
                  if not p.name.endswith(("-wal", "-shm"))) == before_files


FILE_NAME = st.text(st.characters(blacklist_characters="/\x00", codec="utf-8"),
                    min_size=1, max_size=40).filter(lambda s: s not in (".", "..")) | st.sampled_from(
    ["a#b", "q?x=1", "p%20c", "e'; DROP TABLE x;--", "ü õ", "file:x", ":memory:", "-wal",
     "?mode=ro", "#", "%00"])


@given(FILE_NAME)
@examples(60)
def test_any_file_name_creates_exactly_that_file(tmp_path_factory, stem):
    """A workshop file name holding URL or SQL syntax (#, ?, %, quotes) is created and opened
    at exactly that path: found and fixed, such names used to open or create another file."""
    count("workshop file names")
    folder = tmp_path_factory.mktemp("names")
    path = folder / f"{stem}.avtoituba"
    try:
        store = new_workshop(path)
    except OSError:
        return  # a name the file system itself refuses (too long in bytes)
    store.close()
    again = db.open_store(path)
    again.close()
    viewer = db.open_store(path, read_only=True)
    viewer.close()
    # Only the file (and, after the read-only look, the WAL files SQLite keeps beside it).
    names = {p.name for p in folder.iterdir()}
    assert path.name in names
    assert names <= {path.name, f"{path.name}-wal", f"{path.name}-shm"}


def test_a_failed_transaction_leaves_no_partial_write(shared_store):
    """One unit of work: when its second write fails, its first is not in the file."""
    with shared_store.session() as session:
        before = session.scalar(select(Activity.id).order_by(Activity.id.desc()).limit(1))
    with pytest.raises(Exception):  # noqa: B017 - the unique constraint, whatever its class
        with shared_store.transaction() as session:
            session.add(Activity(workshop_id=shared_store.workshop_id, title="pool tööd"))
            session.add(Municipality(workshop_id=shared_store.workshop_id, name="Sama"))
            session.add(Municipality(workshop_id=shared_store.workshop_id, name="Sama"))
            session.flush()
    with shared_store.session() as session:
        after = session.scalar(select(Activity.id).order_by(Activity.id.desc()).limit(1))
        assert after == before
        assert not session.scalars(select(Activity).where(Activity.title == "pool tööd")).all()


def test_no_raw_sql_is_built_from_text():
    """Containment by construction: no f-string or %-formatted SQL anywhere in the package
    (text reaches SQL only as bound parameters)."""
    root = Path(__file__).resolve().parents[2] / "avtoituba"
    call = r"""(\.execute|\.exec_driver_sql|(?<![\w.])text)\("""  # not a method called text()
    pattern = re.compile(call + r"""\s*f["']|""" + call + r"""[^)]*["']\s*%\s""")
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if "forms" not in p.parts and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
