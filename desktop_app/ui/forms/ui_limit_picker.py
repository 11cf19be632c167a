# Generated from forms/limit_picker.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'limit_picker.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QTreeWidget, QVBoxLayout

class Ui_LimitPickerDialog(object):
    def setupUi(self, LimitPickerDialog):
        if not LimitPickerDialog.objectName():
            LimitPickerDialog.setObjectName(u"LimitPickerDialog")
        LimitPickerDialog.resize(860, 560)
        self.mainLayout = QVBoxLayout(LimitPickerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterEdit = QLineEdit(LimitPickerDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.filterEdit)

        self.standardsTree = QTreeWidget(LimitPickerDialog)
        self.standardsTree.setObjectName(u"standardsTree")
        self.standardsTree.setAlternatingRowColors(True)
        self.standardsTree.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.standardsTree)

        self.noteLabel = QLabel(LimitPickerDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.nameForm = QFormLayout()
        self.nameForm.setObjectName(u"nameForm")
        self.nameLabel = QLabel(LimitPickerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(LimitPickerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.mainLayout.addLayout(self.nameForm)

        self.buttonBox = QDialogButtonBox(LimitPickerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(LimitPickerDialog)
        self.buttonBox.rejected.connect(LimitPickerDialog.reject)

        QMetaObject.connectSlotsByName(LimitPickerDialog)
    # setupUi

    def retranslateUi(self, LimitPickerDialog):
        LimitPickerDialog.setWindowTitle(QCoreApplication.translate("LimitPickerDialog", u"\u6dfb\u52a0\u4ea7\u54c1\u6307\u6807", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("LimitPickerDialog", u"\u7b5b\u9009\uff1a\u6807\u51c6\u53f7\u3001\u4ea7\u54c1\u6216\u6307\u6807\u540d\u79f0\uff08\u5982 21256\u3001\u7c97\u94a2\u3001\u7535\u89e3\u94dd\uff09", None))
        ___qtreewidgetitem = self.standardsTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("LimitPickerDialog", u"\u6765\u6e90\u7b49\u7ea7", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LimitPickerDialog", u"\u5b9e\u65bd\u65e5\u671f", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LimitPickerDialog", u"\u5355\u4f4d", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LimitPickerDialog", u"\u6807\u51c6 / \u6307\u6807", None))
        self.noteLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("LimitPickerDialog", u"\u4ea7\u54c1\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("LimitPickerDialog", u"\u5982\uff1a\u719f\u6599\uff082 \u53f7\u7ebf\uff09", None))
    # retranslateUi

