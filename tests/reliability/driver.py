"""The app at work, to be killed: ``python -m tests.reliability.driver WORKSHOP_FILE``.

Opens the workshop through the real stack (QApplication offscreen, MainWindow with its
lock and backups, the store), then writes as a trainer's day does: an activity after
another, and now and then a timer event (a block change, which also asks for a backup).
After each commit has returned it prints ``SAVED <id> <title>`` or ``TIMER <id> <block>``
(flushed), so whatever it printed must survive a SIGKILL at any moment.

``record_activity`` adds through the Activities page's capture service (issue 5) and
``record_timer_event`` drives the Agenda page's real timer (issue 3), whose block change
also asks for a backup: the same calls the pages make when the trainer types and clicks.
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACTIVITIES_PAGE = "activities"


def record_activity(window, n: int) -> tuple[int, str]:
    """Capture one activity as the Activities page does (its capture service, one commit
    per activity); returns (id, title) once committed."""
    capture = window.page(ACTIVITIES_PAGE).capture
    groups = capture.groups()
    names = capture.municipality_names()
    title = f"Tegevus {n} {uuid.uuid4().hex[:8]}"
    row = capture.add(groups[n % len(groups)].id, title, names[n % len(names)] if names else None,
                      description=f"Kirjeldus {n}: " + "tekst " * (n % 40))
    return row.id, row.title


def record_timer_event(window, n: int) -> tuple[int, int | None]:
    """The trainer moves to the next block on the Agenda page (the real timer service, which
    also asks for a backup at the block change); returns (event id, block id) once saved."""
    from sqlalchemy import select

    from avtoituba.core.clock import FINISHED, IDLE
    from avtoituba.store.models import TimerEvent

    agenda = window.page("agenda")
    if agenda.timer.state().status in (IDLE, FINISHED):
        agenda.timer.reset()
        agenda.toggle()  # start the day at the first block
    else:
        agenda.next()
    with window.store.session() as session:
        event_id, item_id = session.execute(
            select(TimerEvent.id, TimerEvent.agenda_item_id)
            .where(TimerEvent.workshop_id == window.store.workshop_id)
            .order_by(TimerEvent.id.desc()).limit(1)).one()
    return event_id, item_id


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from avtoituba.store.db import open_store
    from avtoituba.store.models import Activity

    from avtoituba.gui.shell.main_window import MainWindow
    from avtoituba.gui.shell.settings import Settings

    path = Path(argv[0])
    QApplication.setApplicationName("avtoituba")
    QApplication.setOrganizationName("avtoituba")
    QStandardPaths.setTestModeEnabled(os.environ.get("XDG_DATA_HOME") is None)
    app = QApplication.instance() or QApplication(["driver"])
    settings = Settings(QSettings(str(path.parent / "driver-settings.ini"),
                                  QSettings.Format.IniFormat))
    window = MainWindow(open_store(path), settings)
    window.show()
    if window.context is None or window.store.read_only:
        print("NOLOCK", flush=True)
        return 3
    store = window.store
    with store.session() as session:
        n = session.query(Activity).count()
    print(f"READY {os.getpid()}", flush=True)
    while True:
        n += 1
        activity_id, title = record_activity(window, n)
        print(f"SAVED {activity_id} {title}", flush=True)
        if n % 5 == 0:
            event_id, item_id = record_timer_event(window, n)
            print(f"TIMER {event_id} {item_id}", flush=True)
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
