# Generated from forms/snapshots.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'snapshots.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_SnapshotsDialog(object):
    def setupUi(self, SnapshotsDialog):
        if not SnapshotsDialog.objectName():
            SnapshotsDialog.setObjectName(u"SnapshotsDialog")
        SnapshotsDialog.resize(640, 420)
        self.layout = QVBoxLayout(SnapshotsDialog)
        self.layout.setObjectName(u"layout")
        self.hintLabel = QLabel(SnapshotsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.snapshotTable = QTableWidget(SnapshotsDialog)
        if (self.snapshotTable.columnCount() < 4):
            self.snapshotTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.snapshotTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.snapshotTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.snapshotTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.snapshotTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.snapshotTable.setObjectName(u"snapshotTable")
        self.snapshotTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.snapshotTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.snapshotTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.layout.addWidget(self.snapshotTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.createButton = QPushButton(SnapshotsDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)

        self.restoreButton = QPushButton(SnapshotsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttons.addWidget(self.restoreButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(SnapshotsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(SnapshotsDialog)
        self.buttonBox.rejected.connect(SnapshotsDialog.reject)

        QMetaObject.connectSlotsByName(SnapshotsDialog)
    # setupUi

    def retranslateUi(self, SnapshotsDialog):
        SnapshotsDialog.setWindowTitle(QCoreApplication.translate("SnapshotsDialog", u"\u5feb\u7167", None))
        self.hintLabel.setText(QCoreApplication.translate("SnapshotsDialog", u"\u5feb\u7167\u5728\u6253\u5f00\u6848\u4f8b\u65f6\u3001\u4fee\u6539\u540e\u6bcf 10 \u5206\u949f\u3001\u6279\u91cf\u64cd\u4f5c\u524d\u548c\u5173\u95ed\u65f6\u81ea\u52a8\u521b\u5efa\u3002\u6062\u590d\u524d\u4f1a\u5148\u4e3a\u5f53\u524d\u72b6\u6001\u518d\u5efa\u4e00\u4e2a\u5feb\u7167\uff0c\u6062\u590d\u672c\u8eab\u4e5f\u53ef\u4ee5\u518d\u6062\u590d\u56de\u6765\u3002", None))
        ___qtablewidgetitem = self.snapshotTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SnapshotsDialog", u"\u65f6\u95f4", None))
        ___qtablewidgetitem1 = self.snapshotTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SnapshotsDialog", u"\u539f\u56e0", None))
        ___qtablewidgetitem2 = self.snapshotTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SnapshotsDialog", u"\u5927\u5c0f", None))
        ___qtablewidgetitem3 = self.snapshotTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SnapshotsDialog", u"\u4fee\u6539\u8bb0\u5f55\u6807\u8bc6", None))
        self.createButton.setText(QCoreApplication.translate("SnapshotsDialog", u"\u7acb\u5373\u521b\u5efa\u5feb\u7167", None))
        self.restoreButton.setText(QCoreApplication.translate("SnapshotsDialog", u"\u6062\u590d\u6240\u9009\u5feb\u7167\u2026", None))
    # retranslateUi

