"""Offline always: a whole run of the app with socket creation made impossible.

Every page in PAGE_FACTORIES and every registered CLI command is covered without naming
them here, so a feature added later is in this test the day it is registered. A command
whose arguments need more than a workshop file gets a line in SAMPLE_ARGS.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import socket
from collections.abc import Iterator

import pytest

from avtoituba.core.workshop import new_workshop
from avtoituba.store import db

from avtoituba.gui.shell.pages import PAGE_FACTORIES


class NetworkAttempt(AssertionError):
    pass


@contextlib.contextmanager
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Make every way to a socket fail, and record each attempt (even one caught and
    swallowed by the code under test)."""
    attempts: list[str] = []

    def refuse(name: str):
        def refused(*args, **kwargs):
            attempts.append(f"{name}{args[:2]!r}")
            raise NetworkAttempt(f"network access attempted: {name}{args[:2]!r}")
        return refused

    with monkeypatch.context() as m:
        m.setattr(socket, "socket", refuse("socket.socket"))
        m.setattr(socket, "create_connection", refuse("socket.create_connection"))
        m.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
        m.setattr(socket, "gethostbyname", refuse("socket.gethostbyname"))
        m.setattr(socket, "socketpair", refuse("socket.socketpair"))
        yield attempts


def test_the_guard_catches_a_connection(monkeypatch):
    with no_network(monkeypatch) as attempts:
        with pytest.raises(NetworkAttempt):
            socket.create_connection(("example.org", 80))
        import urllib.request

        with pytest.raises(Exception):  # noqa: B017 - urllib wraps it; the record is what counts
            urllib.request.urlopen("http://example.org", timeout=1)
    assert len(attempts) == 2


def test_creating_opening_and_running_the_window_uses_no_network(
        tmp_path, settings, qtbot, monkeypatch, boxes):
    from avtoituba.gui.shell.backups import RestoreBackupDialog
    from avtoituba.gui.shell.dialogs import AboutDialog, PreferencesDialog
    from avtoituba.gui.shell.main_window import MainWindow

    with no_network(monkeypatch) as attempts:
        path = tmp_path / "vallas.avtoituba"
        new_workshop(path).close()
        store = db.open_store(path)
        window = MainWindow(store, settings, PAGE_FACTORIES)
        qtbot.addWidget(window)
        window.show()
        assert len(window.pages) == len(PAGE_FACTORIES)
        for index, page in enumerate(window.pages):
            window.show_page(index)
            qtbot.waitUntil(lambda p=page: window.current_page() is p)
            page.grab()  # painted
        window.backups.backup_now("manual")
        window.backups.wait()
        for dialog in (AboutDialog(window), PreferencesDialog(settings, window),
                       RestoreBackupDialog(window.backups.folder, True, window)):
            dialog.show()
            dialog.close()
        window.toggle_stage()
        window.toggle_stage()
        window.close()
    assert attempts == []


SAMPLE_ARGS: dict[str, list[list[str]]] = {
    # command: argument lists to run ({ws}: a demo workshop, {tmp}: an empty folder,
    # {csv}: a registration list). Each must succeed (exit 0).
    "new": [["new", "{tmp}/uus.avtoituba"], ["new", "{tmp}/demo.avtoituba", "--demo"]],
    "info": [["info", "{ws}"], ["info", "{ws}", "--json"]],
    "participants": [["participants", "import", "{ws}", "{csv}"],
                     ["participants", "list", "{ws}", "--json"]],
    "groups": [["groups", "assign", "{ws}"], ["groups", "show", "{ws}"],
               ["groups", "export", "{ws}", "{tmp}/grupid.docx"]],
    "export": [["export", "homework", "{ws}", "--out", "{tmp}/pakk", "--group-lists"]],
    "agenda": [["agenda", "{ws}"], ["agenda", "{ws}", "--json"]],
    # Scribe mode listens by design, and only when the trainer asks for it: here only its
    # help runs; tests/web checks the one socket it opens and that stopping closes it.
    "scribes": [["scribes", "--help"]],
}


def registered_commands() -> list[str]:
    from avtoituba.cli import build_command_parser

    parser = build_command_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    return []


@pytest.mark.parametrize("command", registered_commands())
def test_every_cli_command_runs_without_network(command, tmp_path, monkeypatch):
    from avtoituba.cli import main

    ws = tmp_path / "paev.avtoituba"
    from avtoituba.core.demo import create_demo

    create_demo(ws).close()
    out = tmp_path / "out"
    out.mkdir()
    csv_file = tmp_path / "osalejad.csv"
    csv_file.write_text("Nimi;Omavalitsus;Amet\nMari Maasikas;Võru vald;sekretär\n",
                        encoding="utf-8")
    known = command in SAMPLE_ARGS
    runs = SAMPLE_ARGS.get(command, [[command, "{ws}"], [command, "--help"]])
    codes = []
    with no_network(monkeypatch) as attempts:
        for argv in runs:
            args = [a.replace("{ws}", str(ws)).replace("{tmp}", str(out))
                    .replace("{csv}", str(csv_file)) for a in argv]
            with contextlib.redirect_stdout(io.StringIO()), \
                    contextlib.redirect_stderr(io.StringIO()) as err:
                try:
                    codes.append(main(args))
                except SystemExit as exc:  # --help, or arguments a generic run cannot guess
                    codes.append(exc.code)
            if known:
                assert codes[-1] == 0, f"avtoituba {' '.join(argv)}: {err.getvalue()}"
    assert attempts == [], f"avtoituba {command} tried the network: {attempts}"
    if command == "export":
        assert list((out / "pakk").glob("*.docx"))  # the pack was written, offline
