"""Small dialogs of the shell: About, Preferences, Workshop details."""

from __future__ import annotations

import datetime as dt
import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from avtoituba.core import ogp
from avtoituba.core.seminar import DAYS_AFTER, default_followup_date
from avtoituba.core.workshop import update_workshop, workshop_details

from avtoituba import __version__
from avtoituba.gui.forms.ui_about_dialog import Ui_AboutDialog
from avtoituba.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from avtoituba.gui.shell.settings import Settings
from avtoituba.resources import resource_path

if TYPE_CHECKING:
    from avtoituba.store.db import Store


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.versionLabel.setText(self.tr("Version %1").replace("%1", __version__))
        icon = resource_path("icons", "avtoituba-128.png")
        if icon.exists():
            self.ui.iconLabel.setPixmap(QPixmap(str(icon)))
        self.ui.detailsLabel.setText(
            self.tr("Works offline. Qt %1 (PySide6), Python %2.")
            .replace("%1", pyside_version).replace("%2", platform.python_version())
        )


class PreferencesDialog(QDialog):
    """Edits the app's preferences (kept in QSettings); ``accept()`` saves them."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)
        self.ui.languageCombo.addItem("Eesti", "et")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(settings.language)))
        self.ui.warningSecondsSpin.setValue(int(settings.value("timer/warning_seconds")) // 60)
        self.ui.warningFractionSpin.setValue(
            round(float(settings.value("timer/warning_fraction")) * 100))
        self.ui.muteChimeCheck.setChecked(bool(settings.value("timer/chime_muted")))
        self.ui.templateEdit.setText(str(settings.value("export/template") or ""))
        self.ui.templateBrowseButton.clicked.connect(self._choose_template)
        self.ui.templateClearButton.clicked.connect(self.ui.templateEdit.clear)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), self.ui.templateEdit.text(),
            self.tr("Word documents (*.docx)"))
        if path:
            self.ui.templateEdit.setText(path)

    def chosen_language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def accept(self) -> None:
        s = self.settings
        s.language = self.chosen_language()
        s.set_value("timer/warning_seconds", self.ui.warningSecondsSpin.value() * 60)
        s.set_value("timer/warning_fraction", self.ui.warningFractionSpin.value() / 100)
        s.set_value("timer/chime_muted", self.ui.muteChimeCheck.isChecked())
        s.set_value("export/template", self.ui.templateEdit.text().strip())
        s.sync()
        super().accept()


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


class WorkshopDialog(QDialog):
    """The workshop's details: title, date, place, trainer and the follow-up seminar."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Workshop details"))
        w = workshop_details(store)
        self._date_before = w.date
        self._followup_before = w.followup_date
        self.title_edit = QLineEdit(w.title)
        self.date_edit = QDateEdit(_qdate(w.date))
        self.venue_edit = QLineEdit(w.venue)
        self.trainer_edit = QLineEdit(w.trainer_name)
        self.org_edit = QLineEdit(w.trainer_organisation)
        self.email_edit = QLineEdit(w.trainer_email)
        self.phone_edit = QLineEdit(w.trainer_phone)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Eesti", "et")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(w.language)))
        self.followup_date_edit = QDateEdit(_qdate(w.followup_date))
        start = w.followup_start or dt.time(14, 0)
        end = w.followup_end or dt.time(16, 0)
        self.followup_start_edit = QTimeEdit(QTime(start.hour, start.minute))
        self.followup_end_edit = QTimeEdit(QTime(end.hour, end.minute))
        self.platform_edit = QLineEdit(w.followup_platform)
        self.link_edit = QLineEdit(w.followup_link)
        self.ogp_check = QCheckBox(self.tr("OGP action plan draft"))
        self.ogp_check.setObjectName("workshopOgpDraft")
        self.ogp_check.setToolTip(self.tr("Each activity gets the fields of an Open Government "
                                          "Partnership commitment in the editor, and the "
                                          "homework pack a commitment sheet per activity."))
        self.ogp_check.setChecked(ogp.draft_enabled(store))
        for edit in (self.date_edit, self.followup_date_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        for edit in (self.followup_start_edit, self.followup_end_edit):
            edit.setDisplayFormat("HH:mm")
        self.link_edit.setPlaceholderText(self.tr("https://… (the video call's address)"))
        self.date_edit.dateChanged.connect(self._date_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("Documents' &language:"), self.language_combo)
        form.addRow(self.tr("T&rainer:"), self.trainer_edit)
        form.addRow(self.tr("&Organisation:"), self.org_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        times = QHBoxLayout()
        times.addWidget(self.followup_start_edit)
        times.addWidget(self.followup_end_edit)
        form.addRow(self.tr("Follow-up seminar &date:"), self.followup_date_edit)
        form.addRow(self.tr("Follow-up seminar time:"), times)
        form.addRow(self.tr("Video call &platform:"), self.platform_edit)
        form.addRow(self.tr("Video call &link:"), self.link_edit)
        form.addRow("", self.ogp_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _date_changed(self, qdate: QDate) -> None:
        # Keep the follow-up seminar as far after the workshop as it was (by default about
        # two weeks), on a working day: never a weekend or an Estonian public holiday.
        if self._date_before and self._followup_before:
            gap = (self._followup_before - self._date_before).days
        else:
            gap = DAYS_AFTER
        self.followup_date_edit.setDate(default_followup_date(qdate.toPython(), gap))

    def accept(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        update_workshop(
            self.store,
            title=title,
            date=self.date_edit.date().toPython(),
            venue=self.venue_edit.text().strip(),
            language=self.language_combo.currentData(),
            trainer_name=self.trainer_edit.text().strip(),
            trainer_organisation=self.org_edit.text().strip(),
            trainer_email=self.email_edit.text().strip(),
            trainer_phone=self.phone_edit.text().strip(),
            followup_date=self.followup_date_edit.date().toPython(),
            followup_start=self.followup_start_edit.time().toPython(),
            followup_end=self.followup_end_edit.time().toPython(),
            followup_platform=self.platform_edit.text().strip(),
            followup_link=self.link_edit.text().strip(),
        )
        if self.ogp_check.isChecked() != ogp.draft_enabled(self.store):
            ogp.set_draft_enabled(self.store, self.ogp_check.isChecked())
        super().accept()
