"""The groups shown elsewhere: on the projector, and as Word group lists.

python-docx and ``avtoituba.export`` are imported only when the trainer saves the lists,
so they stay off the start-up path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from avtoituba.wording import fill

STAGE_SCENE = "groups"


class GroupsOutput:
    """Projector and Word of ``GroupsPage`` (a mixin: it uses the page's parts)."""

    def show_on_projector(self) -> None:
        self.stage_scene.set_groups(self.views)
        self.context.stage.project(STAGE_SCENE)

    def export_group_lists(self, target: str | Path | None = None) -> Path | None:
        from avtoituba.export.group_lists import default_file_name, write_group_lists

        if target is None:
            start = Path(str(self.context.settings.value("export/last_dir") or "")
                         or (self.store.path.parent if self.store.path else Path.home()))
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save group lists"), str(start / default_file_name(self.store)),
                self.tr("Word documents (*.docx)"))
            if not chosen:
                return None
            target = chosen
            self.context.settings.set_value("export/last_dir", str(Path(chosen).parent))
        try:
            written = write_group_lists(self.store, target)
        except OSError as exc:
            self._warn(self.tr("Save group lists"),
                       self.tr("The group lists could not be saved."),
                       self.tr("Check that the folder exists and is writable, and that the "
                               "document is not open in Word, then try again.")
                       + (f"\n\n{exc.strerror}" if exc.strerror else ""))
            return None
        self._status(fill(self.tr("Group lists saved: %1"), written))
        return written
