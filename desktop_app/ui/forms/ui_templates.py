# Generated from forms/templates.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.resize(680, 560)
        self.layout = QVBoxLayout(TemplatesDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.asOfLabel = QLabel(TemplatesDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfEdit = QLineEdit(TemplatesDialog)
        self.asOfEdit.setObjectName(u"asOfEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.asOfEdit)

        self.editionLabel = QLabel(TemplatesDialog)
        self.editionLabel.setObjectName(u"editionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.editionLabel)

        self.editionCombo = QComboBox(TemplatesDialog)
        self.editionCombo.setObjectName(u"editionCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.editionCombo)


        self.layout.addLayout(self.form)

        self.modulesLabel = QLabel(TemplatesDialog)
        self.modulesLabel.setObjectName(u"modulesLabel")

        self.layout.addWidget(self.modulesLabel)

        self.modulesList = QListWidget(TemplatesDialog)
        self.modulesList.setObjectName(u"modulesList")
        self.modulesList.setMaximumSize(QSize(16777215, 200))

        self.layout.addWidget(self.modulesList)

        self.previewLabel = QLabel(TemplatesDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.layout.addWidget(self.previewLabel)

        self.previewEdit = QPlainTextEdit(TemplatesDialog)
        self.previewEdit.setObjectName(u"previewEdit")
        self.previewEdit.setReadOnly(True)

        self.layout.addWidget(self.previewEdit)

        self.buttonBox = QDialogButtonBox(TemplatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(TemplatesDialog)
        self.buttonBox.accepted.connect(TemplatesDialog.accept)
        self.buttonBox.rejected.connect(TemplatesDialog.reject)

        QMetaObject.connectSlotsByName(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"\u8bca\u65ad\u6e05\u5355\u6a21\u677f", None))
        self.asOfLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u8bca\u65ad\u57fa\u51c6\u65e5\u671f\uff1a", None))
        self.asOfEdit.setPlaceholderText(QCoreApplication.translate("TemplatesDialog", u"2026-03-20", None))
        self.editionLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u901a\u7528\u6e05\u5355\u7248\u672c\uff1a", None))
        self.modulesLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u884c\u4e1a\u6a21\u5757\uff08\u6309\u4f01\u4e1a\u6240\u5c5e\u884c\u4e1a\u9884\u9009\uff0c\u53ef\u591a\u9009\uff09\uff1a", None))
        self.previewLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u53d8\u66f4\u9884\u89c8\uff1a", None))
    # retranslateUi

