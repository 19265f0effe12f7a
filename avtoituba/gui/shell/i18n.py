"""Qt translations: every resources/i18n/<lang>/*.qm is installed for the chosen language.

Source strings are English; Estonian is the default language. One .ts file per source
module keeps the catalogues small and lets each part of the app own its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from avtoituba import wording
from avtoituba.resources import resource

LANGUAGES = ("et", "en")
LOCALES = {"et": QLocale(QLocale.Language.Estonian, QLocale.Country.Estonia),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}

_installed: list[QTranslator] = []


def install_translators(language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (replacing earlier ones)."""
    app = QCoreApplication.instance()
    for tr in _installed:
        QCoreApplication.removeTranslator(tr)
    _installed.clear()
    if language not in LANGUAGES:
        language = "et"
    wording.set_language(language)  # core's messages and the documents speak the same
    QLocale.setDefault(LOCALES[language])
    folder = resource("i18n", language)
    if not folder.is_dir():
        return []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".qm"):
            continue
        translator = QTranslator(app)
        if translator.load(str(entry)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    qt_base = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_base.load(LOCALES[language], "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_base)
        _installed.append(qt_base)
    return list(_installed)


def locale() -> QLocale:
    return QLocale()
