# Generated from forms/review_comment.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_comment.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit

class Ui_ReviewCommentDialog(object):
    def setupUi(self, ReviewCommentDialog):
        if not ReviewCommentDialog.objectName():
            ReviewCommentDialog.setObjectName(u"ReviewCommentDialog")
        ReviewCommentDialog.resize(520, 360)
        self.form = QFormLayout(ReviewCommentDialog)
        self.form.setObjectName(u"form")
        self.sectionLabel = QLabel(ReviewCommentDialog)
        self.sectionLabel.setObjectName(u"sectionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sectionLabel)

        self.sectionCombo = QComboBox(ReviewCommentDialog)
        self.sectionCombo.setObjectName(u"sectionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sectionCombo)

        self.targetLabel = QLabel(ReviewCommentDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetCombo = QComboBox(ReviewCommentDialog)
        self.targetCombo.setObjectName(u"targetCombo")
        self.targetCombo.setEditable(True)
        self.targetCombo.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.targetCombo)

        self.textLabel = QLabel(ReviewCommentDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ReviewCommentDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.errorLabel = QLabel(ReviewCommentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReviewCommentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttonBox)


        self.retranslateUi(ReviewCommentDialog)
        self.buttonBox.rejected.connect(ReviewCommentDialog.reject)

        QMetaObject.connectSlotsByName(ReviewCommentDialog)
    # setupUi

    def retranslateUi(self, ReviewCommentDialog):
        ReviewCommentDialog.setWindowTitle(QCoreApplication.translate("ReviewCommentDialog", u"\u6dfb\u52a0\u5ba1\u6838\u610f\u89c1", None))
        self.sectionLabel.setText(QCoreApplication.translate("ReviewCommentDialog", u"\u90e8\u5206", None))
        self.targetLabel.setText(QCoreApplication.translate("ReviewCommentDialog", u"\u5173\u8054\u5bf9\u8c61", None))
#if QT_CONFIG(tooltip)
        self.targetCombo.setToolTip(QCoreApplication.translate("ReviewCommentDialog", u"\u53ef\u9009\uff1a\u6e05\u5355\u6761\u76ee\u3001\u8bbe\u5907\u6216\u8282\u80fd\u63aa\u65bd\uff1b\u8f93\u5165\u6587\u5b57\u53ef\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.textLabel.setText(QCoreApplication.translate("ReviewCommentDialog", u"\u610f\u89c1", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ReviewCommentDialog", u"\u5199\u660e\u95ee\u9898\u548c\u9700\u8981\u5de5\u7a0b\u5e08\u505a\u4ec0\u4e48\uff0c\u4f8b\u5982\uff1a\u8bf7\u8865\u5145\u7a7a\u538b\u673a\u94ed\u724c\u7167\u7247\u3002", None))
        self.errorLabel.setText("")
    # retranslateUi

