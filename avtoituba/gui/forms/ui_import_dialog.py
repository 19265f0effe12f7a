# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)
class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(980, 600)
        self.verticalLayout = QVBoxLayout(ImportDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setStyleSheet(u"font-weight: 600;")

        self.verticalLayout.addWidget(self.fileLabel)

        self.formatLabel = QLabel(ImportDialog)
        self.formatLabel.setObjectName(u"formatLabel")
        self.formatLabel.setText(u"")
        self.formatLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.formatLabel)

        self.warningLabel = QLabel(ImportDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #8a4b00;")

        self.verticalLayout.addWidget(self.warningLabel)

        self.mappingBox = QGroupBox(ImportDialog)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QGridLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.nameColumnLabel = QLabel(self.mappingBox)
        self.nameColumnLabel.setObjectName(u"nameColumnLabel")

        self.mappingLayout.addWidget(self.nameColumnLabel, 0, 0, 1, 1)

        self.nameColumnCombo = QComboBox(self.mappingBox)
        self.nameColumnCombo.setObjectName(u"nameColumnCombo")

        self.mappingLayout.addWidget(self.nameColumnCombo, 0, 1, 1, 1)

        self.municipalityColumnLabel = QLabel(self.mappingBox)
        self.municipalityColumnLabel.setObjectName(u"municipalityColumnLabel")

        self.mappingLayout.addWidget(self.municipalityColumnLabel, 0, 2, 1, 1)

        self.municipalityColumnCombo = QComboBox(self.mappingBox)
        self.municipalityColumnCombo.setObjectName(u"municipalityColumnCombo")

        self.mappingLayout.addWidget(self.municipalityColumnCombo, 0, 3, 1, 1)

        self.roleColumnLabel = QLabel(self.mappingBox)
        self.roleColumnLabel.setObjectName(u"roleColumnLabel")

        self.mappingLayout.addWidget(self.roleColumnLabel, 1, 0, 1, 1)

        self.roleColumnCombo = QComboBox(self.mappingBox)
        self.roleColumnCombo.setObjectName(u"roleColumnCombo")

        self.mappingLayout.addWidget(self.roleColumnCombo, 1, 1, 1, 1)

        self.emailColumnLabel = QLabel(self.mappingBox)
        self.emailColumnLabel.setObjectName(u"emailColumnLabel")

        self.mappingLayout.addWidget(self.emailColumnLabel, 1, 2, 1, 1)

        self.emailColumnCombo = QComboBox(self.mappingBox)
        self.emailColumnCombo.setObjectName(u"emailColumnCombo")

        self.mappingLayout.addWidget(self.emailColumnCombo, 1, 3, 1, 1)


        self.verticalLayout.addWidget(self.mappingBox)

        self.rowsTable = QTableWidget(ImportDialog)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsTable.setAlternatingRowColors(True)
        self.rowsTable.setWordWrap(False)

        self.verticalLayout.addWidget(self.rowsTable)

        self.selectLayout = QHBoxLayout()
        self.selectLayout.setObjectName(u"selectLayout")
        self.selectAllButton = QPushButton(ImportDialog)
        self.selectAllButton.setObjectName(u"selectAllButton")

        self.selectLayout.addWidget(self.selectAllButton)

        self.selectNoneButton = QPushButton(ImportDialog)
        self.selectNoneButton.setObjectName(u"selectNoneButton")

        self.selectLayout.addWidget(self.selectNoneButton)

        self.selectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.selectLayout.addItem(self.selectSpacer)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")

        self.selectLayout.addWidget(self.summaryLabel)


        self.verticalLayout.addLayout(self.selectLayout)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameColumnLabel.setBuddy(self.nameColumnCombo)
        self.municipalityColumnLabel.setBuddy(self.municipalityColumnCombo)
        self.roleColumnLabel.setBuddy(self.roleColumnCombo)
        self.emailColumnLabel.setBuddy(self.emailColumnCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)
        self.buttonBox.rejected.connect(ImportDialog.reject)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import participants", None))
        self.mappingBox.setTitle(QCoreApplication.translate("ImportDialog", u"Which column holds what", None))
        self.nameColumnLabel.setText(QCoreApplication.translate("ImportDialog", u"&Name:", None))
        self.municipalityColumnLabel.setText(QCoreApplication.translate("ImportDialog", u"&Municipality:", None))
        self.roleColumnLabel.setText(QCoreApplication.translate("ImportDialog", u"&Role:", None))
        self.emailColumnLabel.setText(QCoreApplication.translate("ImportDialog", u"&E-mail:", None))
        self.selectAllButton.setText(QCoreApplication.translate("ImportDialog", u"Tick &all good rows", None))
        self.selectNoneButton.setText(QCoreApplication.translate("ImportDialog", u"&Untick all", None))
    # retranslateUi

