"""The trainer's words for what went wrong with the season database (by error code)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from avtoituba.core.season.server import SeasonError

from avtoituba.wording import fill

C = "SeasonMessages"

TEXTS = {
    "bad_url": QT_TRANSLATE_NOOP(
        "SeasonMessages", "Write the season database's address as "
                          "postgresql://USER@SERVER:PORT/DATABASE."),
    "auth": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The season database %1 refused the user. Check the user name, "
                          "and the password in your PostgreSQL password file (pgpass) or "
                          "PGPASSWORD."),
    "no_database": QT_TRANSLATE_NOOP(
        "SeasonMessages", "There is no such database at %1. Check its name, or ask the "
                          "administrator to create it."),
    "timeout": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The season database %1 did not answer in time. Check the network "
                          "and try again; nothing was changed."),
    "lost": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The connection to the season database %1 was lost. Nothing was "
                          "changed there or in your file: send again when it is back."),
    "unreachable": QT_TRANSLATE_NOOP(
        "SeasonMessages", "Cannot reach the season database %1. Check the address and the "
                          "network, or whether the server is running."),
    "newer": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The season database %1 was made by a newer version of avtoituba. "
                          "Update avtoituba to use it; nothing was changed."),
    "empty": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The season database %1 holds no workshops yet."),
    "not_found": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The season database %1 has no such workshop. Refresh the list "
                          "and choose again."),
    "conflict": QT_TRANSLATE_NOOP(
        "SeasonMessages", "The season database %1 already has a row like this one from "
                          "another copy of the workshop (the same name twice). Rename it in "
                          "one of the copies and send again."),
}
OTHER = QT_TRANSLATE_NOOP("SeasonMessages", "The season database %1 answered with an error: %2")


def season_error_text(exc: SeasonError) -> str:
    source = TEXTS.get(exc.code)
    if source is None:
        return fill(QCoreApplication.translate(C, OTHER), exc.where,
                    exc.message.rsplit(": ", 1)[-1])
    return fill(QCoreApplication.translate(C, source), exc.where)
