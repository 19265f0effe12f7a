"""All of the app's preferences in one place: a QSettings wrapper with a table of defaults.

Tests point it at a temporary INI file: ``Settings(QSettings(path, QSettings.IniFormat))``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from avtoituba import APP_NAME, ORG_NAME

MAX_RECENT = 10


def user_data_dir() -> Path:
    """The user's data folder for avtoituba (demo workshop, backups, locks, logs); made if
    missing. Tests point it elsewhere through XDG_DATA_HOME."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    path = Path(base) if base else Path.home() / ".avtoituba"
    path.mkdir(parents=True, exist_ok=True)
    return path

DEFAULTS: dict[str, Any] = {
    "ui/language": "et",
    "ui/last_dir": "",
    "files/recent": [],
    "files/last_opened": "",
    "timer/warning_seconds": 120,
    "timer/warning_fraction": 0.2,
    "timer/chime_muted": False,
    "stage/screen": "",
    "stage/open": False,
    "export/template": "",
    "export/last_dir": "",
}


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        ORG_NAME, APP_NAME)

    def value(self, key: str) -> Any:
        default = DEFAULTS.get(key)
        raw = self.q.value(key, default)
        if raw is None:
            return default
        if isinstance(default, bool):
            return raw in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default
        if isinstance(default, float):
            try:
                return float(raw)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if isinstance(raw, str):
                return [raw] if raw else []
            return list(raw)
        return raw

    def set_value(self, key: str, value: Any) -> None:
        self.q.setValue(key, value)

    def bytes(self, key: str) -> QByteArray | None:
        raw = self.q.value(key)
        return raw if isinstance(raw, QByteArray) else None

    def sync(self) -> None:
        self.q.sync()

    # -- conveniences --------------------------------------------------------------------
    @property
    def language(self) -> str:
        lang = self.value("ui/language")
        return lang if lang in ("et", "en") else "et"

    @language.setter
    def language(self, lang: str) -> None:
        self.set_value("ui/language", lang)

    def recent_files(self) -> list[str]:
        return [p for p in self.value("files/recent") if p]

    def add_recent_file(self, path: Path | str) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self.set_value("files/recent", [path, *recent][:MAX_RECENT])
        self.set_value("files/last_opened", path)

    def remove_recent_file(self, path: str) -> None:
        self.set_value("files/recent", [p for p in self.recent_files() if p != path])
