"""Importing a registration list from the page: the file is read on a worker thread (with
progress and Cancel) while the window stays responsive, then previewed; the rows the
trainer ticks are saved in one transaction and become one undo step."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from avtoituba.core.participants import ImportResult, existing_keys, import_rows
from avtoituba.core.roster import SUPPORTED_SUFFIXES, Roster, RosterError, RosterRow, read_roster

from avtoituba.gui.groups import commands
from avtoituba.gui.groups.import_dialog import ImportDialog
from avtoituba.gui.groups.participant_dialog import core_language
from avtoituba.gui.shell import tasks
from avtoituba.wording import fill

MAPPINGS_KEY = "import/column_choices"


class Importing:
    """The import of ``GroupsPage`` (a mixin: it uses the page's parts)."""

    def init_importing(self) -> None:
        self.import_dialog: ImportDialog | None = None
        self.import_task: asyncio.Task | None = None
        self.import_progress: tasks.Progress | None = None

    def import_file(self, path: str | Path | None = None) -> asyncio.Task | None:
        """Choose a list and read it in the background; the preview opens when it is read
        (``self.import_dialog``). Saving happens on Import in the preview."""
        if self.read_only:
            return None
        if path is None:
            start = str(self.context.settings.value("ui/last_dir") or Path.home())
            patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import participants"), start,
                fill(self.tr("Registration lists (%1);;All files (*)"), patterns))
            if not chosen:
                return None
            path = chosen
            self.context.settings.set_value("ui/last_dir", str(Path(chosen).parent))
        self.cancel_import()
        self.import_dialog = None
        self.import_task = tasks.start(self._read_and_preview(Path(path)))
        return self.import_task

    def cancel_import(self) -> None:
        if self.import_progress is not None:
            self.import_progress.cancel()

    def _remembered_choice(self, shape: str) -> dict[str, str]:
        saved = self.context.settings.value(MAPPINGS_KEY) or "{}"
        try:
            choices = json.loads(str(saved))
        except ValueError:
            return {}
        choice = choices.get(shape) if isinstance(choices, dict) else None
        return {str(k): str(v) for k, v in choice.items()} if isinstance(choice, dict) else {}

    def remember_choice(self, roster: Roster) -> None:
        """Keep the trainer's choice of columns for the next list of the same shape."""
        try:
            choices = json.loads(str(self.context.settings.value(MAPPINGS_KEY) or "{}"))
        except ValueError:
            choices = {}
        if not isinstance(choices, dict):
            choices = {}
        choices[roster.shape] = roster.column_choice()
        self.context.settings.set_value(MAPPINGS_KEY, json.dumps(choices, ensure_ascii=False))

    async def _read_and_preview(self, path: Path) -> ImportDialog | None:
        existing = existing_keys(self.store)
        waiting = QProgressDialog(fill(self.tr("Reading “%1”…"), path.name), self.tr("Cancel"),
                                  0, 0, self)
        waiting.setWindowTitle(self.tr("Import participants"))
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(300)
        loop = asyncio.get_running_loop()

        def progress_shown(done: int, total: int, _text: str) -> None:
            waiting.setMaximum(total)
            waiting.setValue(min(done, total))

        progress = tasks.Progress(loop, progress_shown)
        self.import_progress = progress
        waiting.canceled.connect(progress.cancel)
        try:
            roster = await tasks.run_in_background(
                lambda p: read_roster(path, existing, progress=p.report,
                                      remembered=self._remembered_choice), progress)
        except tasks.Cancelled:
            self._status(self.tr("Import cancelled; nothing was imported."))
            return None
        except RosterError as exc:
            self._warn(self.tr("Import participants"),
                       fill(self.tr("“%1” cannot be imported."), path.name),
                       exc.text(core_language()) + "\n\n" + self.tr(
                           "Nothing was imported. A list needs a header row with at least "
                           "the columns Nimi (Name) and Omavalitsus (Municipality)."))
            return None
        finally:
            self.import_progress = None
            waiting.reset()
            waiting.deleteLater()
        dialog = ImportDialog(roster, existing, self)
        dialog.accepted.connect(lambda d=dialog: self._import_accepted(d))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _import_accepted(self, dialog: ImportDialog) -> None:
        if dialog.mapping_changed():
            self.remember_choice(dialog.roster)
        self.commit_import(dialog.accepted_rows())

    def commit_import(self, rows: Sequence[RosterRow]) -> bool:
        """Save all of ``rows`` or, if anything fails, none of them."""
        if not rows:
            return False
        result = self._apply(
            self.tr("Import participants"), lambda: import_rows(self.store, rows),
            lambda r: commands.ImportParticipants(
                self.store, self.refresh,
                self.tr("Import %n participant(s)", "", len(r.ids)), r))
        if not isinstance(result, ImportResult):
            return False
        self._status(self.tr("%n participant(s) imported.", "", len(result.ids)))
        return True
