"""Files that cannot be imported are refused with a clear message, and nothing changes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select, update

from avtoituba.core.returns import plan_import
from avtoituba.core.returns_apply import apply_plan
from avtoituba.core.workshop import new_workshop
from avtoituba.export.pack import PackOptions, export_pack
from avtoituba.store.models import Activity, Municipality

from tests.returns.helpers import fill_in


@pytest.fixture
def packs(demo_store, tmp_path: Path) -> list[Path]:
    return export_pack(demo_store, PackOptions(tmp_path / "pack", combined=False))


def rewrite(src: Path, dst: Path, fix) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, fix(info.filename, zin.read(info)))
    return dst


def activities(store):
    with store.session() as s:
        return [(a.id, a.title, a.responsible, a.deleted_at) for a in s.scalars(select(Activity))]


def refused(store, path: Path) -> str:
    before = activities(store)
    plan = plan_import(store, [path])
    assert not plan.municipalities
    [r] = plan.refused
    apply_plan(store, plan)
    assert activities(store) == before
    assert path.name in r.text or "tabel" in r.text
    assert "Traceback" not in r.text and "xml" not in r.text.casefold()
    return r.text


def test_a_pack_from_another_workshop(demo_store, tmp_path: Path):
    other = new_workshop(tmp_path / "teine.avtoituba")
    from avtoituba.core.demo import create_demo
    other.close()
    second = create_demo(tmp_path / "teine-demo.avtoituba")
    files = export_pack(second, PackOptions(tmp_path / "other", combined=False))
    second.close()
    assert "teisest koolitusest" in refused(demo_store, files[0])


def test_a_pdf_or_odt_renamed_to_docx(demo_store, tmp_path: Path):
    pdf = tmp_path / "Elva.docx"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj <<>> endobj\n")
    assert "PDF" in refused(demo_store, pdf)
    odt = tmp_path / "Tartu.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    odt.write_bytes(buffer.getvalue())
    assert ".odt" in refused(demo_store, odt)


def test_a_50_mb_document(demo_store, packs, tmp_path: Path):
    big = tmp_path / "suur.docx"
    with open(packs[0], "rb") as src, open(big, "wb") as dst:
        dst.write(src.read())
        dst.truncate(50 * 1024 * 1024)
    assert "50 MB" in refused(demo_store, big)


def test_tables_deleted_or_merged(demo_store, packs, tmp_path: Path):
    def no_tables(name, data):
        return re.sub(rb"<w:tbl>.*?</w:tbl>", b"", data, flags=re.S) \
            if name == "word/document.xml" else data

    text = refused(demo_store, rewrite(packs[0], tmp_path / "tabelid.docx", no_tables))
    assert "kustutatud" in text

    def merge(name, data):
        if name != "word/document.xml":
            return data
        # remove what separates the first area table from the one after it
        return re.sub(rb'(_avt_t_[^"]*"/>.*?)</w:tbl><w:p>(?:(?!<w:tbl>).)*?<w:tbl>'
                      rb'(?:(?!</w:tblGrid>).)*</w:tblGrid>', rb"\1", data, count=1, flags=re.S)

    assert "liidetud järgmisega" in refused(demo_store, rewrite(packs[0], tmp_path / "liidetud.docx", merge))


def test_a_renamed_municipality_is_offered_the_match(demo_store, packs, tmp_path: Path):
    elva = fill_in(next(f for f in packs if "Elva" in f.name), tmp_path / "Elva.docx")
    with demo_store.transaction() as s:
        s.execute(update(Municipality).where(Municipality.name == "Elva vald")
                  .values(name="Elva linn"))
    text = refused(demo_store, elva)
    assert "„Elva vald“" in text and "„Elva linn“" in text
    plan = plan_import(demo_store, [elva])
    accepted = plan_import(demo_store, [elva], accept_renamed=[plan.refused[0].municipality_id])
    assert not accepted.refused and accepted.municipalities[0].name == "Elva linn"


def test_cli_dry_run_writes_nothing_and_json_names_the_changes(demo_store, packs,
                                                                tmp_path: Path):
    elva = fill_in(next(f for f in packs if "Elva" in f.name), tmp_path / "Elva.docx")
    before = activities(demo_store)
    path = str(demo_store.path)
    demo_store.close()
    run = [sys.executable, "-m", "avtoituba", "homework", "import", path, str(elva)]
    dry = subprocess.run(run + ["--dry-run", "--json"], capture_output=True, text=True,
                         timeout=120)
    assert dry.returncode == 0, dry.stderr
    data = json.loads(dry.stdout)
    assert data["written"] is False
    assert data["municipalities"][0]["new"] == 2
    done = subprocess.run(run + ["--json"], capture_output=True, text=True, timeout=120)
    assert json.loads(done.stdout)["written"] is True
    again = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert "0 uut, 0 muudetud" in again.stdout or "0 new, 0 changed" in again.stdout
    assert len(before) + 2 == len(activities(_reopen(path)))


def _reopen(path):
    from avtoituba.store.db import open_store
    return open_store(path, read_only=True)
