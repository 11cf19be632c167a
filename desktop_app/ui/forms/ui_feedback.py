# Generated from forms/feedback.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout

class Ui_FeedbackForm(object):
    def setupUi(self, FeedbackForm):
        if not FeedbackForm.objectName():
            FeedbackForm.setObjectName(u"FeedbackForm")
        FeedbackForm.resize(900, 700)
        self.mainLayout = QVBoxLayout(FeedbackForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FeedbackForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.satisfactionGroup = QGroupBox(FeedbackForm)
        self.satisfactionGroup.setObjectName(u"satisfactionGroup")
        self.satisfactionLayout = QFormLayout(self.satisfactionGroup)
        self.satisfactionLayout.setObjectName(u"satisfactionLayout")

        self.mainLayout.addWidget(self.satisfactionGroup)

        self.adoptGroup = QGroupBox(FeedbackForm)
        self.adoptGroup.setObjectName(u"adoptGroup")
        self.adoptLayout = QVBoxLayout(self.adoptGroup)
        self.adoptLayout.setObjectName(u"adoptLayout")
        self.measureList = QListWidget(self.adoptGroup)
        self.measureList.setObjectName(u"measureList")

        self.adoptLayout.addWidget(self.measureList)


        self.mainLayout.addWidget(self.adoptGroup)

        self.commentGroup = QGroupBox(FeedbackForm)
        self.commentGroup.setObjectName(u"commentGroup")
        self.commentLayout = QVBoxLayout(self.commentGroup)
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentsEdit = QPlainTextEdit(self.commentGroup)
        self.commentsEdit.setObjectName(u"commentsEdit")

        self.commentLayout.addWidget(self.commentsEdit)


        self.mainLayout.addWidget(self.commentGroup)

        self.confirmLayout = QFormLayout()
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.byLabel = QLabel(FeedbackForm)
        self.byLabel.setObjectName(u"byLabel")

        self.confirmLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.confirmedByEdit = QLineEdit(FeedbackForm)
        self.confirmedByEdit.setObjectName(u"confirmedByEdit")

        self.confirmLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confirmedByEdit)

        self.positionLabel = QLabel(FeedbackForm)
        self.positionLabel.setObjectName(u"positionLabel")

        self.confirmLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(FeedbackForm)
        self.positionEdit.setObjectName(u"positionEdit")

        self.confirmLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.dateLabel = QLabel(FeedbackForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.confirmLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.confirmedOnEdit = QLineEdit(FeedbackForm)
        self.confirmedOnEdit.setObjectName(u"confirmedOnEdit")

        self.confirmLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmedOnEdit)


        self.mainLayout.addLayout(self.confirmLayout)

        self.statusLabel = QLabel(FeedbackForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)


        self.retranslateUi(FeedbackForm)

        QMetaObject.connectSlotsByName(FeedbackForm)
    # setupUi

    def retranslateUi(self, FeedbackForm):
        self.introLabel.setText(QCoreApplication.translate("FeedbackForm", u"\u73b0\u573a\u8bca\u65ad\u7ed3\u675f\u65f6\u8bf7\u4f01\u4e1a\u586b\u5199\u5e76\u786e\u8ba4\uff1b\u6bcf\u4e00\u9879\u9009\u5b9a\u6216\u79bb\u5f00\u8f93\u5165\u6846\u5373\u4fdd\u5b58\u3002", None))
        self.satisfactionGroup.setTitle(QCoreApplication.translate("FeedbackForm", u"\u670d\u52a1\u6ee1\u610f\u5ea6", None))
        self.adoptGroup.setTitle(QCoreApplication.translate("FeedbackForm", u"\u4f01\u4e1a\u62df\u91c7\u7eb3\u7684\u8282\u80fd\u63aa\u65bd\uff08\u52fe\u9009\uff09", None))
        self.commentGroup.setTitle(QCoreApplication.translate("FeedbackForm", u"\u610f\u89c1\u548c\u5efa\u8bae", None))
        self.byLabel.setText(QCoreApplication.translate("FeedbackForm", u"\u786e\u8ba4\u4eba", None))
        self.positionLabel.setText(QCoreApplication.translate("FeedbackForm", u"\u804c\u52a1", None))
        self.dateLabel.setText(QCoreApplication.translate("FeedbackForm", u"\u786e\u8ba4\u65e5\u671f\uff08YYYY-MM-DD\uff09", None))
        pass
    # retranslateUi

