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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)
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


        self.retranslateUi(ImportDialog)
        self.buttonBox.rejected.connect(ImportDialog.reject)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import participants", None))
        self.selectAllButton.setText(QCoreApplication.translate("ImportDialog", u"Tick &all good rows", None))
        self.selectNoneButton.setText(QCoreApplication.translate("ImportDialog", u"&Untick all", None))
    # retranslateUi

