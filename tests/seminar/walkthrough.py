"""The day after, as a trainer goes through it, in a real window (run under Xvfb):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.seminar.walkthrough OUT [et|en]

The demo workshop's packs go out (with the OGP commitment sheets), six municipalities send
theirs back completed (and someone sends a PDF), the trainer imports them through the
preview, opens the Follow-up seminar page, starts, moves on municipality by municipality,
marks one absent, notes a/b/c, marks activities, shows the shared screen, finishes and
exports the summary. Screenshots of each step land in OUT (the preview, the status on the
Homework pack page, the seminar page during the run, the shared screen), with the summary's
.docx and .xlsx. Not a test: a script to look at the screens with.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

SIX = ("Elva vald", "Kambja vald", "Kastre vald", "Luunja vald", "Nõo vald", "Tartu vald")
ANSWERS = {
    "Elva vald": ("Tutvustame kaasava eelarve rahvahääletust ja noortevolikogu.",
                  "Kava koostas vallavalitsuse töörühm koos kahe volikogu liikme ja "
                  "MTÜ Elva Noored esindajaga kolmel kohtumisel.",
                  "Kava arutatakse jaanuaris volikogu arengukomisjonis."),
    "Kambja vald": ("", "Arutasime kava juhtkonna koosolekul.",
                    "Esimene tegevus algab märtsis."),
    "Kastre vald": ("Kaks tegevust: kärajad ja nädalakiri.",
                    "Kaasasime külavanemad e-posti teel.", ""),
    "Luunja vald": ("", "", ""),
    "Nõo vald": ("", "Kava tegi vallasekretär koos kommunikatsioonijuhiga.",
                 "Ootame volikogu otsust."),
    "Tartu vald": ("Avaandmete portaal ja digikonsultatsioonid.",
                   "Töörühm, kuhu kuulusid IT-juht, arendusnõunik ja raamatukogu juhataja.",
                   "Kava kinnitab vallavalitsus veebruaris; avaandmete portaal valmib "
                   "2027. aasta sügiseks."),
}


def fill(path: Path, out: Path, name: str) -> Path:
    """What a team does in Word: edits a row, ticks, adds activities, answers a, b, c;
    Elva also completes the commitment sheet of its first activity."""
    from docx import Document

    from tests.returns.helpers import set_cell, tables_by_mark

    doc = Document(str(path))
    tables = tables_by_mark(doc)
    area = next(t for n, t in tables.items() if n.startswith("_avt_t_"))
    row = area.rows[1]
    set_cell(row.cells[2], "☒\u00a0J ☐\u00a0V ✓\u00a0P")
    set_cell(row.cells[3], {"Elva vald": "Mari Maasikas", "Tartu vald": "IT-juht"}.get(
        name, "Vallasekretär"))
    set_cell(row.cells[4], "I kvartal 2027")
    empty = next((r for r in area.rows[2:] if not r.cells[0].text.strip()), None)
    if empty is not None and name in ("Elva vald", "Tartu vald", "Nõo vald"):
        set_cell(empty.cells[0], {"Elva vald": "Noortevolikogu kohtumised",
                                  "Tartu vald": "Digikonsultatsioonid eakatele",
                                  "Nõo vald": "Vallavanema avatud vastuvõtt"}[name])
        set_cell(empty.cells[3], "Arendusnõunik")
        set_cell(empty.cells[4], "2027")
    for key, text in zip("abc", ANSWERS[name], strict=True):
        if text and f"_avt_q_{key}" in tables:
            set_cell(tables[f"_avt_q_{key}"].rows[0].cells[0], text)
    sheets = [t for n, t in tables.items() if n.startswith("_avt_o")]
    if sheets and name == "Elva vald":
        cells = [r.cells[1] for r in sheets[0].rows]
        set_cell(cells[2], "Elanikud ei tea, kuidas valla eelarvet mõjutada.")
        set_cell(cells[5], "☒\u00a0läbipaistvus ☒\u00a0kaasamine ☐\u00a0aruandekohustus")
        set_cell(cells[6], "Ideede kogumine (10.01.2027–28.02.2027)\n"
                           "Rahvahääletus (01.03.2027–15.03.2027)")
        set_cell(cells[7], "Elva Vallavalitsus")
        set_cell(cells[10], "5000 eurot")
    doc.save(str(out))
    return out


async def settle(app, seconds: float = 0.4) -> None:
    """Let the loop run Qt's events and the app's tasks for a moment."""
    await asyncio.sleep(seconds)


def save(widget, path: Path) -> Path:
    widget.grab().toImage().save(str(path))
    print(path)
    return path


async def walk(app, out: Path, lang: str) -> None:
    import shutil

    from PySide6.QtCore import QSettings

    from avtoituba.core import ogp
    from avtoituba.core.demo import create_demo
    from avtoituba.export.pack import PackOptions, export_pack
    from avtoituba.store.db import open_store

    from avtoituba.app import load_style
    from avtoituba.gui.returns.dialog import ReturnsDialog
    from avtoituba.gui.shell.i18n import install_translators
    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.settings import Settings

    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    path = work / "Tartumaa.avtoituba"
    create_demo(path).close()
    store = open_store(path)
    ogp.set_draft_enabled(store, True)
    packs = export_pack(store, PackOptions(work / "Kodutööpakett", combined=False))
    returned = work / "Tagastatud"
    returned.mkdir(exist_ok=True)
    for name in SIX:
        pack = next(p for p in packs if p.stem.endswith(name))
        fill(pack, returned / f"{name} – täidetud.docx", name)
    (returned / "Peipsiääre vald.docx").write_bytes(b"%PDF-1.7\n")   # the wrong file

    install_translators(lang)
    load_style(app)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(store, settings)
    window.resize(1280, 800)
    window.show()
    await settle(app)

    # 1. the preview of the returned packs
    dialog = ReturnsDialog(store, window.undo_stack, window)
    dialog.resize(1100, 700)
    dialog.show()
    dialog.add_paths([returned])
    while dialog.busy:
        await settle(app, 0.1)
    top = dialog.tree.topLevelItem(0)
    for i in range(top.childCount()):
        top.child(i).setExpanded(True)
    await settle(app)
    save(dialog, out / f"{lang}-returns-preview.png")
    dialog.import_button.click()
    await settle(app)

    # 2. the status on the Homework pack page
    window.show_page_key("export")
    await settle(app)
    save(window, out / f"{lang}-returns-status.png")

    # 3. the seminar: start, next, one absent, notes, marks
    window.show_page_key("seminar")
    page = window.page("seminar")
    await settle(app)
    page.toggle()                       # the opening
    await settle(app)
    page.next()                         # the first municipality
    await settle(app)
    names = [page.order_list.item(i).text() for i in range(page.order_list.count())]
    luunja = next(i for i, t in enumerate(names) if "Luunja" in t)
    page.order_list.setCurrentRow(luunja)
    page.mark_absent()
    await settle(app)
    page.next()                         # the second municipality speaks
    await settle(app)
    page.next()
    await settle(app)
    speaking = page.order_list.currentRow()
    page.order_list.setCurrentRow(speaking)
    notes = page.notes
    for key, text in (("a", "Kolm tegevust, neist üks uus."),
                      ("c", "Kava läheb veebruaris vallavalitsusse.")):
        notes.edits[key].setPlainText(text)
    notes.flush()
    for row, mark in ((0, "confirmed"), (1, "changed"), (2, "dropped")):
        combo = notes.table.cellWidget(row, 3)
        if combo is None:
            continue
        combo.setCurrentIndex(combo.findData(mark))
        combo.activated.emit(combo.currentIndex())
    await settle(app, 1.2)
    save(window, out / f"{lang}-seminar-run.png")

    # 4. the shared screen
    page.show_projector()
    stage = window.stage
    stage.showNormal()
    stage.resize(1280, 720)
    await settle(app, 1.5)
    save(stage, out / f"{lang}-seminar-projector.png")
    stage.hide()

    # 5. finish and export the summary
    page.finish()
    await settle(app)
    from avtoituba.gui.seminar.summary import write_summary

    files = await write_summary(page, out)
    print(*files, sep="\n")
    window.close()
    await settle(app)
    store.close()


def main(argv: list[str]) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from avtoituba.gui.shell import tasks

    out = Path(argv[0] if argv else "walkthrough").resolve()
    lang = argv[1] if len(argv) > 1 else "et"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["avtoituba"])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    tasks.use_plain_threads(loop)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(walk(app, out, lang))
    tasks.shutdown(wait=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
