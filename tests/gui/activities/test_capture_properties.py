"""Capture tied to the file and to the homework pack: for random sequences of add, edit,
move, reorder, delete, undo, redo, merge, restart and an activity without a municipality
arriving from an older file, the workshop file holds exactly the live activities, each
once, under the right group, municipality and area; the hub (what every view shows)
agrees; and the exported pack, read back from its .docx files, prints each live activity
exactly once in its municipality's document under its theme and area (one without a
municipality in every document, under "For every municipality") and in the trainer's
combined document under the same municipality, theme and area.

The expected state is kept as the undo stack sees it: one snapshot per step, undo and redo
move along them. The file is checked after every step; the pack (~0.6 s an export) when
the trainer exports, a rule of its own (once a sequence; as often as it comes with
AVTOITUBA_FULL=1, which also runs 200 sequences), and at the end of every sequence. To check
more, append a function ``check(path, expected)`` to :data:`CHECKS` (every step) or
:data:`PACK_CHECKS`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from PySide6.QtGui import QUndoStack

from avtoituba.core.capture import Capture
from avtoituba.core.workshop import new_workshop
from avtoituba.export.pack import REPLACE, PackOptions, export_pack
from avtoituba.export.pack_data import load_pack
from avtoituba.store.db import open_store

from avtoituba.gui.activities import commands
from avtoituba.gui.activities.hub import ActivityHub
from avtoituba.gui.shell import undo
from tests.gui.activities.pack_readback import read_municipality_document, read_trainer_document

#: id → (group number, municipality ("" when none), area number, title)
Expected = dict[int, tuple[int, str, int | None, str]]
CHECKS: list[Callable[[Path, Expected], None]] = []
PACK_CHECKS: list[Callable[[Path, Expected], None]] = []
FULL = bool(os.environ.get("AVTOITUBA_FULL"))

MUNICIPALITIES = ("Elva vald", "Nõo vald", "Kastre vald", "Tartu linn")
TITLES = st.text(alphabet="abcdeõäöü ABC-1", min_size=1, max_size=12).filter(str.strip)


def file_state(path: Path) -> Expected:
    with open_store(path) as store:
        capture = Capture(store)
        try:
            rows = capture.list()
        finally:
            capture.close()
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)), "an activity listed twice"
    return {r.id: (r.group_number, r.municipality, r.area_number, r.title) for r in rows}


def check_file(path: Path, expected: Expected) -> None:
    assert file_state(path) == expected


CHECKS.append(check_file)


def check_pack(path: Path, expected: Expected) -> None:
    """Export the whole pack into a fresh folder and read every document back."""
    out = Path(tempfile.mkdtemp(prefix="pack-", dir=path.parent))
    try:
        with open_store(path) as store:
            data = load_pack(store)
            files = export_pack(store, PackOptions(out, existing=REPLACE, combined=True))
        *documents, trainer = files
        assert trainer.name == "Koolitaja koonddokument.docx"
        orphans = Counter((None, a, t) for g, m, a, t in expected.values() if not m)
        printed: dict[int, tuple[int, str, int | None, str]] = {}
        for file in documents:
            doc = read_municipality_document(file)
            assert doc.unmarked == 0, f"{file.name}: a row without its activity"
            for aid, (group, area, title) in doc.rows.items():
                assert aid not in printed, f"activity {aid} in two documents"
                printed[aid] = (group, doc.name, area, title)
            assert doc.for_everyone == orphans, file.name
        assert printed == {k: v for k, v in expected.items() if v[1]}
        by_heading: dict[str, Counter] = {}
        for g, m, a, t in expected.values():
            heading = m or "Kõigile omavalitsustele"
            by_heading.setdefault(heading, Counter())[(g if m else None, a, t)] += 1
        combined = {k: v for k, v in read_trainer_document(trainer, data).items() if v}
        assert combined == by_heading
    finally:
        shutil.rmtree(out)


PACK_CHECKS.append(check_pack)


class CaptureMachine(RuleBasedStateMachine):
    path: Path

    def __init__(self) -> None:
        super().__init__()
        self.store = new_workshop(self.path.with_name(f"p{os.getpid()}-{id(self)}.avtoituba"))
        self.file = self.store.path
        self.stack = QUndoStack()
        self._open()
        self.states: list[Expected] = [{}]
        self.index = 0
        self.failed: list[Exception] = []
        self.exported = False

    def _open(self) -> None:
        self.capture = Capture(self.store)
        self.hub = ActivityHub(self.capture)
        self.groups = self.hub.groups()

    @property
    def current(self) -> Expected:
        return self.states[self.index]

    def _step(self, new: Expected) -> None:
        self.states = self.states[: self.index + 1] + [new]
        self.index += 1

    def _write(self, write, change) -> object:
        return undo.apply(self.stack, write, change, self.failed.append)

    def teardown(self) -> None:
        try:
            if not self.failed:
                for check in PACK_CHECKS:
                    check(self.file, self.current)
        finally:
            self._close()

    def _close(self) -> None:
        self.capture.close()
        self.store.close()
        self.stack.deleteLater()

    # -- the trainer's moves ----------------------------------------------------------------
    @rule(group=st.integers(0, 2), muni=st.sampled_from(MUNICIPALITIES),
          area=st.none() | st.integers(1, 7), title=TITLES)
    def add(self, group: int, muni: str, area: int | None, title: str) -> None:
        g = self.groups[group]
        row = self._write(lambda: self.hub.add(g.id, title, muni, area),
                          lambda r: commands.AddActivity(self.hub, r))
        self._step({**self.current, row.id: (g.number, muni, area, row.title)})

    @precondition(lambda self: self.current)
    @rule(data=st.data(), area=st.none() | st.integers(1, 7),
          muni=st.sampled_from(MUNICIPALITIES))
    def edit(self, data: st.DataObject, area: int | None, muni: str) -> None:
        aid = data.draw(st.sampled_from(sorted(self.current)))
        group, old_muni, old_area, title = self.current[aid]
        if (old_muni, old_area) == (muni, area):
            return
        self._write(lambda: self.hub.update(aid, municipality=muni, area_number=area),
                    lambda r: commands.EditActivity(self.hub, *r) if r[1] else None)
        self._step({**self.current, aid: (group, muni, area, title)})

    @precondition(lambda self: self.current)
    @rule(data=st.data(), step=st.sampled_from((-1, 1)))
    def move(self, data: st.DataObject, step: int) -> None:
        aid = data.draw(st.sampled_from(sorted(self.current)))
        group, muni, area, title = self.current[aid]
        target = (group - 1 + step) % 3
        g = self.groups[target]
        row = self.hub.row(aid)
        self._write(lambda: self.hub.move_to_group(aid, g.id),
                    lambda r: commands.MoveActivity(self.hub, row, r[0], r[1], g.id, r[2]))
        self._step({**self.current, aid: (g.number, muni, area, title)})

    @precondition(lambda self: self.current)
    @rule(data=st.data(), index=st.integers(0, 10))
    def reorder(self, data: st.DataObject, index: int) -> None:
        aid = data.draw(st.sampled_from(sorted(self.current)))
        row = self.hub.row(aid)
        result = self._write(lambda: self.hub.reorder(aid, index),
                             lambda r: commands.ReorderActivity(self.hub, row, *r)
                             if r[0] != r[1] else None)
        if result[0] != result[1]:
            self._step(dict(self.current))

    @precondition(lambda self: self.current)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        aid = data.draw(st.sampled_from(sorted(self.current)))
        self._write(lambda: self.hub.delete(aid), lambda r: commands.DeleteActivity(self.hub, r))
        self._step({k: v for k, v in self.current.items() if k != aid})

    @precondition(lambda self: len(self.hub.municipality_rows()) >= 2)
    @rule(data=st.data())
    def merge(self, data: st.DataObject) -> None:
        rows = self.hub.municipality_rows()
        source = data.draw(st.sampled_from(rows))
        target = data.draw(st.sampled_from([m for m in rows if m.id != source.id]))
        self._write(lambda: self.hub.merge_municipalities(source.id, target.id),
                    lambda r: commands.MergeMunicipalities(self.hub, r))
        self._step({k: (g, target.name if m == source.name else m, a, t)
                    for k, (g, m, a, t) in self.current.items()})

    def _replay(self, move: Callable[[], None], delta: int) -> None:
        before = file_state(self.file)
        move()
        if self.failed:  # refused (a name merged away came back): nothing half-done
            self.failed.clear()
            assert file_state(self.file) == before
            self.stack.clear()
            self.states, self.index = [before], 0
        else:
            self.index += delta

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        self._replay(self.stack.undo, -1)

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        self._replay(self.stack.redo, +1)

    @rule()
    def restart(self) -> None:
        """The app closed and opened again: the file stays, the undo history does not."""
        self.capture.close()
        self.store.close()
        self.stack.clear()
        self.store = open_store(self.file)
        self._open()
        self.states, self.index = [self.current], 0

    @rule(group=st.integers(0, 2), area=st.none() | st.integers(1, 7), title=TITLES)
    def older_file_orphan(self, group: int, area: int | None, title: str) -> None:
        """The file comes back from an older version (or an import) with an activity that
        has no municipality: the quick-add line cannot make one, the pack must not lose it."""
        self.capture.close()
        self.store.close()
        self.stack.clear()
        self.store = open_store(self.file)
        older = Capture(self.store)
        try:
            g = self.groups[group]
            row = older.add(g.id, title, None, area, use_suggested_area=False)
        finally:
            older.close()
        self._open()
        self.states, self.index = [{**self.current, row.id: (g.number, "", area, row.title)}], 0

    @precondition(lambda self: FULL or not self.exported)   # an export costs ~0.6 s
    @rule()
    def export(self) -> None:
        self.exported = True
        for check in PACK_CHECKS:
            check(self.file, self.current)

    # -- what must hold after every move -----------------------------------------------------
    @invariant()
    def the_file_and_every_view_hold_exactly_the_live_activities(self) -> None:
        assert self.stack.count() == len(self.states) - 1 and self.stack.index() == self.index
        for check in CHECKS:
            check(self.file, self.current)
        shown = {r.id: (r.group_number, r.municipality, r.area_number, r.title)
                 for r in self.hub.all_rows()}
        assert shown == self.current
        assert {m.name for m in self.hub.municipality_rows()} >= {
            m for _, m, _, _ in self.current.values() if m}


def test_capture_keeps_exactly_the_live_activities(qapp, tmp_path):
    CaptureMachine.path = tmp_path / "w.avtoituba"
    n = 200 if FULL else 8
    CaptureMachine.TestCase.settings = settings(
        max_examples=n, stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    CaptureMachine.TestCase().runTest()
