# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(520, 380)
        self.verticalLayout = QVBoxLayout(PreferencesDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.languageBox = QGroupBox(PreferencesDialog)
        self.languageBox.setObjectName(u"languageBox")
        self.languageForm = QFormLayout(self.languageBox)
        self.languageForm.setObjectName(u"languageForm")
        self.languageLabel = QLabel(self.languageBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.restartLabel = QLabel(self.languageBox)
        self.restartLabel.setObjectName(u"restartLabel")
        self.restartLabel.setWordWrap(True)

        self.languageForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.restartLabel)


        self.verticalLayout.addWidget(self.languageBox)

        self.timerBox = QGroupBox(PreferencesDialog)
        self.timerBox.setObjectName(u"timerBox")
        self.timerForm = QFormLayout(self.timerBox)
        self.timerForm.setObjectName(u"timerForm")
        self.warningSecondsLabel = QLabel(self.timerBox)
        self.warningSecondsLabel.setObjectName(u"warningSecondsLabel")

        self.timerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.warningSecondsLabel)

        self.warningSecondsSpin = QSpinBox(self.timerBox)
        self.warningSecondsSpin.setObjectName(u"warningSecondsSpin")
        self.warningSecondsSpin.setMinimum(0)
        self.warningSecondsSpin.setMaximum(30)

        self.timerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.warningSecondsSpin)

        self.warningFractionLabel = QLabel(self.timerBox)
        self.warningFractionLabel.setObjectName(u"warningFractionLabel")

        self.timerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.warningFractionLabel)

        self.warningFractionSpin = QSpinBox(self.timerBox)
        self.warningFractionSpin.setObjectName(u"warningFractionSpin")
        self.warningFractionSpin.setMinimum(0)
        self.warningFractionSpin.setMaximum(90)

        self.timerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.warningFractionSpin)

        self.muteChimeCheck = QCheckBox(self.timerBox)
        self.muteChimeCheck.setObjectName(u"muteChimeCheck")

        self.timerForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.muteChimeCheck)


        self.verticalLayout.addWidget(self.timerBox)

        self.documentsBox = QGroupBox(PreferencesDialog)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsForm = QFormLayout(self.documentsBox)
        self.documentsForm.setObjectName(u"documentsForm")
        self.templateLabel = QLabel(self.documentsBox)
        self.templateLabel.setObjectName(u"templateLabel")

        self.documentsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateEdit = QLineEdit(self.documentsBox)
        self.templateEdit.setObjectName(u"templateEdit")

        self.templateLayout.addWidget(self.templateEdit)

        self.templateBrowseButton = QPushButton(self.documentsBox)
        self.templateBrowseButton.setObjectName(u"templateBrowseButton")

        self.templateLayout.addWidget(self.templateBrowseButton)

        self.templateClearButton = QPushButton(self.documentsBox)
        self.templateClearButton.setObjectName(u"templateClearButton")

        self.templateLayout.addWidget(self.templateClearButton)


        self.documentsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.templateLayout)


        self.verticalLayout.addWidget(self.documentsBox)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PreferencesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.warningSecondsLabel.setBuddy(self.warningSecondsSpin)
        self.warningFractionLabel.setBuddy(self.warningFractionSpin)
        self.templateLabel.setBuddy(self.templateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.warningSecondsSpin)
        QWidget.setTabOrder(self.warningSecondsSpin, self.warningFractionSpin)
        QWidget.setTabOrder(self.warningFractionSpin, self.muteChimeCheck)
        QWidget.setTabOrder(self.muteChimeCheck, self.templateEdit)
        QWidget.setTabOrder(self.templateEdit, self.templateBrowseButton)
        QWidget.setTabOrder(self.templateBrowseButton, self.templateClearButton)

        self.retranslateUi(PreferencesDialog)
        self.buttonBox.accepted.connect(PreferencesDialog.accept)
        self.buttonBox.rejected.connect(PreferencesDialog.reject)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Preferences", None))
        self.languageBox.setTitle(QCoreApplication.translate("PreferencesDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&User interface:", None))
        self.restartLabel.setText(QCoreApplication.translate("PreferencesDialog", u"A new language takes effect when avtoituba is started again.", None))
        self.timerBox.setTitle(QCoreApplication.translate("PreferencesDialog", u"Agenda timer", None))
        self.warningSecondsLabel.setText(QCoreApplication.translate("PreferencesDialog", u"&Warn before the end:", None))
        self.warningSecondsSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" min", None))
        self.warningFractionLabel.setText(QCoreApplication.translate("PreferencesDialog", u"\u2026or for a short block, the &last:", None))
        self.warningFractionSpin.setSuffix(QCoreApplication.translate("PreferencesDialog", u" %", None))
        self.muteChimeCheck.setText(QCoreApplication.translate("PreferencesDialog", u"&Mute the chimes", None))
        self.documentsBox.setTitle(QCoreApplication.translate("PreferencesDialog", u"Documents", None))
        self.templateLabel.setText(QCoreApplication.translate("PreferencesDialog", u"Word &template:", None))
        self.templateEdit.setPlaceholderText(QCoreApplication.translate("PreferencesDialog", u"The built-in template", None))
        self.templateBrowseButton.setText(QCoreApplication.translate("PreferencesDialog", u"&Choose\u2026", None))
        self.templateClearButton.setText(QCoreApplication.translate("PreferencesDialog", u"&Built-in", None))
    # retranslateUi

