# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)
class Ui_AssignDialog(object):
    def setupUi(self, AssignDialog):
        if not AssignDialog.objectName():
            AssignDialog.setObjectName(u"AssignDialog")
        AssignDialog.resize(520, 330)
        self.verticalLayout = QVBoxLayout(AssignDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.spreadRadio = QRadioButton(AssignDialog)
        self.spreadRadio.setObjectName(u"spreadRadio")
        self.spreadRadio.setChecked(True)

        self.verticalLayout.addWidget(self.spreadRadio)

        self.spreadHint = QLabel(AssignDialog)
        self.spreadHint.setObjectName(u"spreadHint")
        self.spreadHint.setWordWrap(True)
        self.spreadHint.setIndent(24)

        self.verticalLayout.addWidget(self.spreadHint)

        self.togetherRadio = QRadioButton(AssignDialog)
        self.togetherRadio.setObjectName(u"togetherRadio")

        self.verticalLayout.addWidget(self.togetherRadio)

        self.randomRadio = QRadioButton(AssignDialog)
        self.randomRadio.setObjectName(u"randomRadio")

        self.verticalLayout.addWidget(self.randomRadio)

        self.variantLayout = QHBoxLayout()
        self.variantLayout.setObjectName(u"variantLayout")
        self.variantLabel = QLabel(AssignDialog)
        self.variantLabel.setObjectName(u"variantLabel")

        self.variantLayout.addWidget(self.variantLabel)

        self.variantSpin = QSpinBox(AssignDialog)
        self.variantSpin.setObjectName(u"variantSpin")
        self.variantSpin.setMaximum(999999)

        self.variantLayout.addWidget(self.variantSpin)

        self.newVariantButton = QPushButton(AssignDialog)
        self.newVariantButton.setObjectName(u"newVariantButton")

        self.variantLayout.addWidget(self.newVariantButton)

        self.variantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.variantLayout.addItem(self.variantSpacer)


        self.verticalLayout.addLayout(self.variantLayout)

        self.presentOnlyCheck = QCheckBox(AssignDialog)
        self.presentOnlyCheck.setObjectName(u"presentOnlyCheck")

        self.verticalLayout.addWidget(self.presentOnlyCheck)

        self.keepPresentersCheck = QCheckBox(AssignDialog)
        self.keepPresentersCheck.setObjectName(u"keepPresentersCheck")
        self.keepPresentersCheck.setChecked(True)

        self.verticalLayout.addWidget(self.keepPresentersCheck)

        self.lockHint = QLabel(AssignDialog)
        self.lockHint.setObjectName(u"lockHint")
        self.lockHint.setWordWrap(True)

        self.verticalLayout.addWidget(self.lockHint)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AssignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.variantLabel.setBuddy(self.variantSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignDialog)
        self.buttonBox.accepted.connect(AssignDialog.accept)
        self.buttonBox.rejected.connect(AssignDialog.reject)

        QMetaObject.connectSlotsByName(AssignDialog)
    # setupUi

    def retranslateUi(self, AssignDialog):
        AssignDialog.setWindowTitle(QCoreApplication.translate("AssignDialog", u"Assign participants to groups", None))
        self.spreadRadio.setText(QCoreApplication.translate("AssignDialog", u"&Spread each municipality over the groups (recommended)", None))
        self.spreadHint.setText(QCoreApplication.translate("AssignDialog", u"Every municipality takes part in every theme as far as its size allows; group sizes differ by at most one; roles are mixed.", None))
        self.togetherRadio.setText(QCoreApplication.translate("AssignDialog", u"Keep each municipality &together in one group", None))
        self.randomRadio.setText(QCoreApplication.translate("AssignDialog", u"&Random", None))
        self.variantLabel.setText(QCoreApplication.translate("AssignDialog", u"Arrangement &number:", None))
#if QT_CONFIG(tooltip)
        self.variantLabel.setToolTip(QCoreApplication.translate("AssignDialog", u"The same number gives the same groups again; another number, another arrangement.", None))
#endif // QT_CONFIG(tooltip)
        self.newVariantButton.setText(QCoreApplication.translate("AssignDialog", u"Try a&nother arrangement", None))
        self.presentOnlyCheck.setText(QCoreApplication.translate("AssignDialog", u"Only participants checked in as &present", None))
        self.keepPresentersCheck.setText(QCoreApplication.translate("AssignDialog", u"&Presenters stay in their groups", None))
        self.lockHint.setText(QCoreApplication.translate("AssignDialog", u"Locked members stay in their group; everyone else may move.", None))
    # retranslateUi

