"""Every document the app writes, read back: one look (A4, the template's header, Estonian
proofing, properties naming the workshop, the trainer and the export time), the user's
normal permissions, and the pack holding exactly the live activities."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from avtoituba.core.capture import Capture
from avtoituba.core.timer_service import TimerService
from avtoituba.core.timer_state import plan_vs_actual
from avtoituba.export import agenda_report
from avtoituba.export.group_lists import write_group_lists
from avtoituba.export.pack import PackOptions, export_pack

from tests.doubles import FakeClock

DOCX_KINDS = ("Kodutööpakett", "Koolitaja koonddokument", "Grupid",
              "Ajakava: plaan ja tegelikkus")


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def plan_rows(store):
    start = dt.datetime(2026, 11, 17, 11, 15, tzinfo=dt.UTC)
    return plan_vs_actual(TimerService(store, FakeClock(start)).state())


def every_document(store, folder: Path) -> list[Path]:
    files = export_pack(store, PackOptions(folder / "pakk", group_lists=True))
    files.append(write_group_lists(store, folder / "grupid.docx"))
    rows = plan_rows(store)
    files.append(agenda_report.write_docx(rows, folder / "ajakava.docx", "et",
                                          "Avatud valitsemise töötuba", dt.date(2026, 11, 17),
                                          trainer="Kristina Reinsalu"))
    return files


def test_one_look_for_every_document(demo_store, tmp_path):
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    files = every_document(demo_store, tmp_path)
    assert len(files) == 12
    for path in files:
        doc = docx.Document(str(path))
        for section in doc.sections:
            size = sorted((round(section.page_width.cm, 1), round(section.page_height.cm, 1)))
            assert size == [21.0, 29.7], f"{path.name} is not A4"
        # Word checks the spelling in Estonian
        defaults = doc.styles.element.find(qn("w:docDefaults"))
        lang = defaults.find(f".//{qn('w:lang')}")
        assert lang.get(qn("w:val")) == "et-EE", path.name
        assert {e.get(qn("w:val")) for e in doc.styles.element.iter(qn("w:lang"))} == \
            {"et-EE"}
        props = doc.core_properties
        assert props.language == "et-EE"
        assert props.title.split(" – ")[0] in DOCX_KINDS, props.title
        assert props.author == "Kristina Reinsalu"
        assert "python-docx" not in (props.last_modified_by, props.author, props.comments)
        assert "Template" not in props.comments
        created = props.created.replace(tzinfo=None)
        assert started - dt.timedelta(seconds=2) <= created <= \
            dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=2)
        assert props.modified == props.created
        # the template's header names the workshop; the footer numbers the pages
        header = " ".join(p.text for p in doc.sections[0].header.paragraphs)
        assert header.strip() and "{title}" not in header
        assert oct(path.stat().st_mode & 0o777) == oct(0o666 & ~current_umask())
    pack = [f for f in files if f.name.startswith("Kodutöö - ")]
    assert all("Avatud valitsemise ja digivõimekuse töötuba" in
               docx.Document(str(f)).core_properties.subject for f in pack)


def test_the_agenda_report_is_landscape_with_times_as_eki_writes_them(demo_store, tmp_path):
    rows = plan_rows(demo_store)
    path = agenda_report.write_docx(rows, tmp_path / "ajakava.docx", "et", "Töötuba",
                                    dt.date(2026, 11, 17))
    doc = docx.Document(str(path))
    section = doc.sections[0]
    assert section.page_width > section.page_height
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "13.15" in cells and "13:15" not in cells
    text = [p.text for p in doc.paragraphs]
    assert "Töötuba, 17. november 2026" in text


def test_tegevus_is_the_widest_column_and_tables_use_the_page(demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, combined=False))
    doc = docx.Document(str(files[0]))
    for table in doc.tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        header = [c.text for c in table.rows[0].cells]
        if header[0] == "Tegevus":
            assert grid[0] == max(grid)
            assert abs(sum(grid) - 17.0 * 567) < 60  # the page's whole text width
        if header[0] == "Valdkond":
            assert grid[1] == max(grid)


def test_times_and_dates_in_documents_are_written_as_eki_writes_them(demo_store, tmp_path):
    files = export_pack(demo_store, PackOptions(tmp_path, group_lists=True))
    for f in files:
        doc = docx.Document(str(f))
        text = "\n".join(p.text for p in doc.paragraphs)
        cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
        assert not re.search(r"\b\d{1,2}:\d{2}\b", text + cells), f.name
        assert not re.search(r"(?<!\d)1 (osalejat|tegevust)\b", text + cells)
        assert "Koolitaja koondmaterjal" not in text


# --- the pack holds exactly the live activities ------------------------------------------

MUNICIPALITIES = ("Elva vald", "Nõo vald", "Kastre vald")
OPS = st.lists(st.tuples(st.sampled_from(("add", "edit", "move", "delete", "restore",
                                          "restart")),
                         st.integers(0, 50), st.integers(0, 50), st.integers(1, 7)),
               min_size=1, max_size=14)


def table_rows(path: Path) -> list[tuple[str, int | None]]:
    """(title, area number) of every filled row of the activity tables, from the .docx."""
    doc = docx.Document(str(path))
    area = None
    found = []
    for block in doc.element.body.iterchildren():
        if block.tag == qn("w:p"):
            text = "".join(t.text or "" for t in block.iter(qn("w:t")))
            m = re.match(r"^(\d)\. ", text)
            if m and "\u00a0" not in text[:4]:
                area = int(m.group(1))
            elif text in ("Uued tegevused", "Kõigile omavalitsustele", "Valdkond määramata"):
                area = None
        elif block.tag == qn("w:tbl"):
            rows = block.findall(qn("w:tr"))
            first = ["".join(t.text or "" for t in tc.iter(qn("w:t")))
                     for tc in rows[0].findall(qn("w:tc"))]
            if first[0] != "Tegevus":
                continue
            for tr in rows[1:]:
                title = "".join(t.text or "" for t in tr.findall(qn("w:tc"))[0]
                                .iter(qn("w:t")))
                if title:
                    found.append((title, area))
    return found


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_the_pack_holds_exactly_the_live_activities_each_once_where_they_belong(ops):
    from avtoituba.core.workshop import new_workshop

    with tempfile.TemporaryDirectory() as tmp:
        store = new_workshop(Path(tmp) / "w.avtoituba", date=dt.date(2026, 11, 17))
        capture = Capture(store)
        try:
            counter = 0
            for op, a, b, area in ops:
                live = [r.id for r in capture.list()]
                deleted = [r.id for r in capture.list(include_deleted=True)
                           if r.id not in live]
                groups = capture.groups()
                if op == "add" or not live and op in ("edit", "move", "delete"):
                    counter += 1
                    capture.add(groups[a % len(groups)].id, f"Tegevus {counter}",
                                MUNICIPALITIES[b % len(MUNICIPALITIES)], area)
                elif op == "edit":
                    capture.update(live[a % len(live)], area_number=area,
                                   municipality=MUNICIPALITIES[b % len(MUNICIPALITIES)])
                elif op == "move":
                    capture.move_to_group(live[a % len(live)], groups[b % len(groups)].id)
                elif op == "delete":
                    capture.delete(live[a % len(live)])
                elif op == "restore" and deleted:
                    capture.restore(deleted[a % len(deleted)])
                elif op == "restart":
                    capture.close()
                    capture = Capture(store)
            expected = {m: sorted((r.title, r.area_number) for r in capture.list()
                                  if capture.municipality_name(r.municipality_id) == m)
                        for m in capture.municipality_names()}
            files = export_pack(store, PackOptions(Path(tmp) / "out", combined=False))
            got = {f.stem.split(" - ", 1)[1]: sorted(table_rows(f)) for f in files}
            assert got == expected
        finally:
            capture.close()
            store.close()
