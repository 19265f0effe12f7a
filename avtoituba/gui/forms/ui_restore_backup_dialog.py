# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_backup_dialog.ui'
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

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(760, 440)
        self.verticalLayout = QVBoxLayout(RestoreBackupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(RestoreBackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.backupTable = QTableWidget(RestoreBackupDialog)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setWordWrap(False)
        self.backupTable.horizontalHeader().setStretchLastSection(True)
        self.backupTable.verticalHeader().setVisible(False)

        self.verticalLayout.addWidget(self.backupTable)

        self.folderLabel = QLabel(RestoreBackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.folderLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openFolderButton = QPushButton(RestoreBackupDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonLayout.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.restoreNewButton = QPushButton(RestoreBackupDialog)
        self.restoreNewButton.setObjectName(u"restoreNewButton")

        self.buttonLayout.addWidget(self.restoreNewButton)

        self.replaceButton = QPushButton(RestoreBackupDialog)
        self.replaceButton.setObjectName(u"replaceButton")

        self.buttonLayout.addWidget(self.replaceButton)

        self.buttonBox = QDialogButtonBox(RestoreBackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.backupTable, self.restoreNewButton)
        QWidget.setTabOrder(self.restoreNewButton, self.replaceButton)
        QWidget.setTabOrder(self.replaceButton, self.openFolderButton)

        self.retranslateUi(RestoreBackupDialog)
        self.buttonBox.rejected.connect(RestoreBackupDialog.reject)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore from backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"avtoituba backs up the open workshop every few minutes while it changes and at each block change. Choose a backup to restore it as a new file, or to replace the open workshop with it (a copy of the workshop as it is now is kept first).", None))
        self.openFolderButton.setText(QCoreApplication.translate("RestoreBackupDialog", u"Show the &folder", None))
        self.restoreNewButton.setText(QCoreApplication.translate("RestoreBackupDialog", u"Restore as a &new file\u2026", None))
        self.replaceButton.setText(QCoreApplication.translate("RestoreBackupDialog", u"&Replace the open workshop", None))
    # retranslateUi

