# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'participant_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)
class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(460, 260)
        self.verticalLayout = QVBoxLayout(ParticipantDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ParticipantDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ParticipantDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.municipalityLabel = QLabel(ParticipantDialog)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityEdit = QLineEdit(ParticipantDialog)
        self.municipalityEdit.setObjectName(u"municipalityEdit")
        self.municipalityEdit.setMaxLength(300)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.municipalityEdit)

        self.roleLabel = QLabel(ParticipantDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(ParticipantDialog)
        self.roleEdit.setObjectName(u"roleEdit")
        self.roleEdit.setMaxLength(300)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.emailLabel = QLabel(ParticipantDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ParticipantDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(300)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.presentCheck = QCheckBox(ParticipantDialog)
        self.presentCheck.setObjectName(u"presentCheck")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.presentCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ParticipantDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.municipalityLabel.setBuddy(self.municipalityEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.municipalityEdit)
        QWidget.setTabOrder(self.municipalityEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.presentCheck)

        self.retranslateUi(ParticipantDialog)
        self.buttonBox.rejected.connect(ParticipantDialog.reject)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.nameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"First and last name", None))
        self.municipalityLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Municipality:", None))
        self.municipalityEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"e.g. Elva vald", None))
        self.roleLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Role:", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"e.g. vallavanem, noorsoot\u00f6\u00f6taja", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&E-mail:", None))
        self.presentCheck.setText(QCoreApplication.translate("ParticipantDialog", u"&Present (checked in)", None))
    # retranslateUi

