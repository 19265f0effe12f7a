"""The documents' words come from the same Qt catalogues as the GUI and the CLI (read without
Qt), with plural forms; the agenda report says "ei toimunud" only for blocks really skipped
once the day has ended, and writes minutes with a decimal comma in Estonian."""

from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

from avtoituba.core.timer_service import TimerService
from avtoituba.core.timer_state import plan_vs_actual
from avtoituba.export import agenda_report, labels
from avtoituba.export.labels import Labels

from tests.doubles import FakeClock

ROOT = Path(__file__).resolve().parents[2]


def catalogue(lang: str) -> dict[str, list[str]]:
    found = {}
    for name in ("export_labels.ts", "export_agenda_report.ts"):
        root = ET.parse(ROOT / "resources" / "i18n" / lang / name).getroot()
        for ctx in root.iter("context"):
            assert ctx.findtext("name") == "Documents"
            for m in ctx.iter("message"):
                t = m.find("translation")
                found[m.findtext("source")] = [f.text for f in t.iter("numerusform")] or [t.text]
    return found


def test_every_document_label_is_worded_from_the_catalogue() -> None:
    et, en = catalogue("et"), catalogue("en")
    assert not hasattr(labels, "LABELS") and not hasattr(agenda_report, "LABELS")
    for key, source in labels.WORDS.sources.items():
        assert source in et and source in en, key
        if key.startswith("n_"):
            continue
        assert Labels("et")[key] == et[source][0]
        assert Labels("en")[key] == en[source][0]
    assert Labels("et")["col_time_frame"] == "Tähtaeg"
    assert Labels("en")["col_time_frame"] == "Deadline"


def test_plural_forms_and_arguments_in_both_languages() -> None:
    et, en = Labels("et"), Labels("en")
    assert [et.count("members", n) for n in (1, 2)] == ["1 osaleja", "2 osalejat"]
    assert [en.count("members", n) for n in (1, 2)] == ["1 participant", "2 participants"]
    assert et.count("activities", 1) == "1 tegevus"
    assert et.uncovered(["4"]) == "Teil pole veel tegevusi valdkonnas 4. Ideid leiate lisast."
    assert et.uncovered(["4", "7"]).startswith("Teil pole veel tegevusi valdkondades 4 ja 7.")
    assert et.slot(dt.time(14, 27), dt.time(14, 43), 16, 2, 6) == \
        "14.27–14.43 (16 min), esinemisjärjekorras 2/6"
    assert en.slot(dt.time(14, 27), dt.time(14, 43), 16, 2, 6) == \
        "14:27–14:43 (16 min), 2 of 6 in the running order"
    when = et.seminar_when(dt.date(2026, 12, 2), dt.time(14), dt.time(16), "Zoom")
    assert when == "kolmapäeval, 2. detsembril 2026 kell 14.00–16.00, Zoomis"
    assert et.platform("Jitsi") == "keskkonnas Jitsi" and en.platform("Jitsi") == "on Jitsi"
    assert et.see_you(dt.date(2026, 12, 2), dt.time(14), "Zoom") == \
        "Kohtumiseni 2. detsembril kell 14.00 Zoomis!"


def run_two_blocks(store) -> TimerService:
    """The first block ran 12.5 minutes; the second has run a minute and is running."""
    clock = FakeClock(dt.datetime(2026, 11, 17, 9, 30, tzinfo=dt.UTC))
    timer = TimerService(store, clock)
    timer.start()
    clock.advance(12.5 * 60)
    timer.next()
    clock.advance(60)
    return timer


def report(timer: TimerService, path: Path, language: str = "et") -> list[list[str]]:
    state = timer.state()
    agenda_report.write_csv(plan_vs_actual(state), path, language,
                            finished=state.status == "finished")
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.reader(fh, delimiter=";"))


def test_not_run_only_after_the_day_has_ended_and_minutes_with_a_decimal_comma(demo_store,
                                                                                 tmp_path):
    timer = run_two_blocks(demo_store)
    during = report(timer, tmp_path / "during.csv")
    assert during[0][5] == "Tegelik lõpp"
    first, second, later = during[1], during[2], during[3:]
    assert first[6] == "12,5"  # 12.5 minutes, as an Estonian reads them
    assert second[5] == "käib"
    assert later and all(r[5] == "" for r in later)  # not reached yet: nothing said
    assert not any("ei toimunud" in c for r in during for c in r)
    timer.finish()
    ended = report(timer, tmp_path / "ended.csv")
    assert all(r[5] == "ei toimunud" for r in ended[3:])
    assert not any(r[5] == "ei toimunud" for r in ended[1:3])


def test_english_report_keeps_the_decimal_point(demo_store, tmp_path):
    during = report(run_two_blocks(demo_store), tmp_path / "en.csv", "en")
    assert during[0][5] == "Actual end" and during[1][6] == "12.5"
    assert during[2][5] == "running"


def test_the_report_names_the_actual_end_of_the_day_only_once_it_has_ended(demo_store,
                                                                           tmp_path):
    import docx

    timer = run_two_blocks(demo_store)

    def summary(name: str) -> str:
        state = timer.state()
        path = agenda_report.write_docx(plan_vs_actual(state), tmp_path / name, "et",
                                        finished=state.status == "finished")
        return docx.Document(str(path)).paragraphs[-1].text

    assert summary("during.docx") == "Päeva plaanitud lõpp: 17.00"
    timer.finish()
    assert summary("ended.docx").startswith("Päeva plaanitud lõpp: 17.00. Päeva tegelik lõpp: ")
