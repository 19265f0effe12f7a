"""The app at work, to be killed: ``python -m tests.reliability.driver WORKSHOP_FILE``.

Opens the workshop through the real stack (QApplication offscreen, MainWindow with its
lock and backups, the store), then writes as a trainer's day does: an activity after
another, and now and then a timer event (a block change, which also asks for a backup).
After each commit has returned it prints ``SAVED <id> <title>`` or ``TIMER <id> <block>``
(flushed), so whatever it printed must survive a SIGKILL at any moment.

The two writes are stand-ins for the services other issues add; switch each in ONE place:
``record_activity`` to ``core.capture.add_activity`` (issue 5) and ``record_timer_event`` to
the agenda timer service (issue 3).
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def record_activity(store, n: int) -> tuple[int, str]:  # noqa: ANN001
    """Capture one activity in its own transaction; returns (id, title) once committed."""
    from sqlalchemy import select

    from avtoituba.store.models import Activity, Group, Municipality

    title = f"Tegevus {n} {uuid.uuid4().hex[:8]}"
    with store.transaction() as session:
        group_id = session.scalar(select(Group.id).where(Group.workshop_id == store.workshop_id)
                                  .order_by(Group.number).offset(n % 3).limit(1))
        muni_id = session.scalar(select(Municipality.id)
                                 .where(Municipality.workshop_id == store.workshop_id).limit(1))
        activity = Activity(workshop_id=store.workshop_id, group_id=group_id,
                            municipality_id=muni_id, position=n, title=title,
                            description=f"Kirjeldus {n}: " + "tekst " * (n % 40))
        session.add(activity)
        session.flush()
        activity_id = activity.id
    return activity_id, title


def record_timer_event(store, n: int) -> tuple[int, int]:  # noqa: ANN001
    """The trainer moves to the next block: one TimerEvent; returns (id, agenda item id)."""
    import time

    from sqlalchemy import select

    from avtoituba.store.models import AgendaItem, TimerEvent

    with store.transaction() as session:
        items = session.scalars(select(AgendaItem.id)
                                .where(AgendaItem.workshop_id == store.workshop_id)
                                .order_by(AgendaItem.position)).all()
        item_id = items[n % len(items)]
        event = TimerEvent(workshop_id=store.workshop_id, kind="next", agenda_item_id=item_id,
                           mono_time=time.monotonic(), clock_id="driver", data={"n": n})
        session.add(event)
        session.flush()
        event_id = event.id
    return event_id, item_id


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from avtoituba.store.db import open_store
    from avtoituba.store.models import Activity

    from avtoituba.gui.main_window import MainWindow
    from avtoituba.gui.settings import Settings

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
    backups = window.context.services["backups"]
    while True:
        n += 1
        activity_id, title = record_activity(store, n)
        print(f"SAVED {activity_id} {title}", flush=True)
        if n % 5 == 0:
            event_id, item_id = record_timer_event(store, n)
            print(f"TIMER {event_id} {item_id}", flush=True)
            backups.backup_now("block")  # type: ignore[attr-defined]
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
