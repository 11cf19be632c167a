# Generated from forms/start.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_StartForm(object):
    def setupUi(self, StartForm):
        if not StartForm.objectName():
            StartForm.setObjectName(u"StartForm")
        StartForm.resize(640, 480)
        self.layout = QVBoxLayout(StartForm)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(StartForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(StartForm)
        self.newButton.setObjectName(u"newButton")

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(StartForm)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.recentLabel = QLabel(StartForm)
        self.recentLabel.setObjectName(u"recentLabel")

        self.layout.addWidget(self.recentLabel)

        self.recentList = QListWidget(StartForm)
        self.recentList.setObjectName(u"recentList")

        self.layout.addWidget(self.recentList)


        self.retranslateUi(StartForm)

        QMetaObject.connectSlotsByName(StartForm)
    # setupUi

    def retranslateUi(self, StartForm):
        self.titleLabel.setText(QCoreApplication.translate("StartForm", u"<h2>\u8282\u80fd\u8bca\u65ad\u5de5\u4f5c\u53f0</h2><p>\u6bcf\u4e2a\u4f01\u4e1a\u4e00\u4e2a\u6848\u4f8b\u6587\u4ef6\uff08.jnzd\uff09\u3002\u6240\u6709\u4fee\u6539\u7acb\u5373\u4fdd\u5b58\uff0c\u65e0\u9700\u201c\u4fdd\u5b58\u201d\u6309\u94ae\u3002</p>", None))
        self.newButton.setText(QCoreApplication.translate("StartForm", u"\u65b0\u5efa\u6848\u4f8b\u2026", None))
        self.openButton.setText(QCoreApplication.translate("StartForm", u"\u6253\u5f00\u6848\u4f8b\u2026", None))
        self.recentLabel.setText(QCoreApplication.translate("StartForm", u"\u6700\u8fd1\u6253\u5f00\uff08\u53cc\u51fb\u6253\u5f00\uff0c\u4e5f\u53ef\u4ee5\u628a .jnzd \u6587\u4ef6\u62d6\u5230\u7a97\u53e3\u91cc\uff09\uff1a", None))
        pass
    # retranslateUi

