# Generated from forms/report.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QProgressBar, QPushButton, QVBoxLayout

class Ui_ReportForm(object):
    def setupUi(self, ReportForm):
        if not ReportForm.objectName():
            ReportForm.setObjectName(u"ReportForm")
        ReportForm.resize(1200, 820)
        self.mainLayout = QVBoxLayout(ReportForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(ReportForm)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderRow.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(ReportForm)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.folderButton = QPushButton(ReportForm)
        self.folderButton.setObjectName(u"folderButton")

        self.folderRow.addWidget(self.folderButton)

        self.exportButton = QPushButton(ReportForm)
        self.exportButton.setObjectName(u"exportButton")

        self.folderRow.addWidget(self.exportButton)

        self.previewButton = QPushButton(ReportForm)
        self.previewButton.setObjectName(u"previewButton")

        self.folderRow.addWidget(self.previewButton)

        self.cancelButton = QPushButton(ReportForm)
        self.cancelButton.setObjectName(u"cancelButton")

        self.folderRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.folderRow)

        self.progressBar = QProgressBar(ReportForm)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ReportForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.pageList = QListWidget(ReportForm)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setViewMode(QListView.IconMode)
        self.pageList.setFlow(QListView.LeftToRight)
        self.pageList.setResizeMode(QListView.Adjust)
        self.pageList.setMovement(QListView.Static)
        self.pageList.setSpacing(12)
        self.pageList.setWrapping(True)

        self.mainLayout.addWidget(self.pageList)

        self.mainLayout.setStretch(3, 1)

        self.retranslateUi(ReportForm)

        QMetaObject.connectSlotsByName(ReportForm)
    # setupUi

    def retranslateUi(self, ReportForm):
        self.folderLabel.setText(QCoreApplication.translate("ReportForm", u"\u5bfc\u51fa\u5230\u6587\u4ef6\u5939\uff1a", None))
        self.folderButton.setText(QCoreApplication.translate("ReportForm", u"\u9009\u62e9\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("ReportForm", u"\u5bfc\u51fa\u62a5\u544a\u3001\u9644\u8868\u548c\u4e0a\u62a5\u6570\u636e\u5305", None))
        self.previewButton.setText(QCoreApplication.translate("ReportForm", u"\u9884\u89c8\u62a5\u544a", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportForm", u"\u505c\u6b62", None))
        pass
    # retranslateUi

