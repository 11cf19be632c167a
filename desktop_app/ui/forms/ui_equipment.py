# Generated from forms/equipment.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_EquipmentForm(object):
    def setupUi(self, EquipmentForm):
        if not EquipmentForm.objectName():
            EquipmentForm.setObjectName(u"EquipmentForm")
        EquipmentForm.resize(1200, 780)
        self.mainLayout = QVBoxLayout(EquipmentForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.addLabel = QLabel(EquipmentForm)
        self.addLabel.setObjectName(u"addLabel")

        self.toolbar.addWidget(self.addLabel)

        self.kindCombo = QComboBox(EquipmentForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.toolbar.addWidget(self.kindCombo)

        self.addButton = QPushButton(EquipmentForm)
        self.addButton.setObjectName(u"addButton")

        self.toolbar.addWidget(self.addButton)

        self.duplicateButton = QPushButton(EquipmentForm)
        self.duplicateButton.setObjectName(u"duplicateButton")

        self.toolbar.addWidget(self.duplicateButton)

        self.deleteButton = QPushButton(EquipmentForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbar.addWidget(self.deleteButton)

        self.pasteButton = QPushButton(EquipmentForm)
        self.pasteButton.setObjectName(u"pasteButton")

        self.toolbar.addWidget(self.pasteButton)

        self.headingsButton = QPushButton(EquipmentForm)
        self.headingsButton.setObjectName(u"headingsButton")

        self.toolbar.addWidget(self.headingsButton)

        self.importButton = QPushButton(EquipmentForm)
        self.importButton.setObjectName(u"importButton")

        self.toolbar.addWidget(self.importButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolSpacer)

        self.filterLabel = QLabel(EquipmentForm)
        self.filterLabel.setObjectName(u"filterLabel")

        self.toolbar.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(EquipmentForm)
        self.filterEdit.setObjectName(u"filterEdit")

        self.toolbar.addWidget(self.filterEdit)


        self.mainLayout.addLayout(self.toolbar)

        self.summaryLabel = QLabel(EquipmentForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(EquipmentForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.registerTable = QTableWidget(self.splitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.registerTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.registerTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.registerTable.setSortingEnabled(False)
        self.splitter.addWidget(self.registerTable)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailPanel = QWidget()
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailTitle = QLabel(self.detailPanel)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setStyleSheet(u"font-weight: bold; font-size: 14px;")

        self.detailLayout.addWidget(self.detailTitle)

        self.fieldsGroup = QGroupBox(self.detailPanel)
        self.fieldsGroup.setObjectName(u"fieldsGroup")
        self.fieldsLayout = QFormLayout(self.fieldsGroup)
        self.fieldsLayout.setObjectName(u"fieldsLayout")

        self.detailLayout.addWidget(self.fieldsGroup)

        self.errorLabel = QLabel(self.detailPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c0392b;")

        self.detailLayout.addWidget(self.errorLabel)

        self.gradeGroup = QGroupBox(self.detailPanel)
        self.gradeGroup.setObjectName(u"gradeGroup")
        self.gradeLayout = QVBoxLayout(self.gradeGroup)
        self.gradeLayout.setObjectName(u"gradeLayout")
        self.gradeLabel = QLabel(self.gradeGroup)
        self.gradeLabel.setObjectName(u"gradeLabel")
        self.gradeLabel.setStyleSheet(u"font-size: 15px; font-weight: bold;")
        self.gradeLabel.setWordWrap(True)

        self.gradeLayout.addWidget(self.gradeLabel)

        self.gradeTrace = QTextBrowser(self.gradeGroup)
        self.gradeTrace.setObjectName(u"gradeTrace")
        self.gradeTrace.setMinimumSize(QSize(0, 150))

        self.gradeLayout.addWidget(self.gradeTrace)


        self.detailLayout.addWidget(self.gradeGroup)

        self.eliminationGroup = QGroupBox(self.detailPanel)
        self.eliminationGroup.setObjectName(u"eliminationGroup")
        self.eliminationLayout = QVBoxLayout(self.eliminationGroup)
        self.eliminationLayout.setObjectName(u"eliminationLayout")
        self.eliminationLabel = QLabel(self.eliminationGroup)
        self.eliminationLabel.setObjectName(u"eliminationLabel")
        self.eliminationLabel.setStyleSheet(u"font-weight: bold;")
        self.eliminationLabel.setWordWrap(True)

        self.eliminationLayout.addWidget(self.eliminationLabel)

        self.eliminationTrace = QTextBrowser(self.eliminationGroup)
        self.eliminationTrace.setObjectName(u"eliminationTrace")
        self.eliminationTrace.setMinimumSize(QSize(0, 90))

        self.eliminationLayout.addWidget(self.eliminationTrace)


        self.detailLayout.addWidget(self.eliminationGroup)

        self.calcGroup = QGroupBox(self.detailPanel)
        self.calcGroup.setObjectName(u"calcGroup")
        self.calcLayout = QVBoxLayout(self.calcGroup)
        self.calcLayout.setObjectName(u"calcLayout")
        self.calcList = QListWidget(self.calcGroup)
        self.calcList.setObjectName(u"calcList")
        self.calcList.setMinimumSize(QSize(0, 80))

        self.calcLayout.addWidget(self.calcList)

        self.calculatorButton = QPushButton(self.calcGroup)
        self.calculatorButton.setObjectName(u"calculatorButton")

        self.calcLayout.addWidget(self.calculatorButton)


        self.detailLayout.addWidget(self.calcGroup)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detailPanel)
        self.splitter.addWidget(self.detailScroll)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(EquipmentForm)

        QMetaObject.connectSlotsByName(EquipmentForm)
    # setupUi

    def retranslateUi(self, EquipmentForm):
        self.addLabel.setText(QCoreApplication.translate("EquipmentForm", u"\u8bbe\u5907\u7c7b\u578b\uff1a", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("EquipmentForm", u"\u65b0\u8bbe\u5907\u3001\u7c98\u8d34\u884c\u548c\u65e0\u201c\u8bbe\u5907\u7c7b\u578b\u201d\u5217\u7684\u5bfc\u5165\u4f7f\u7528\u6b64\u7c7b\u578b", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("EquipmentForm", u"\u6dfb\u52a0", None))
        self.duplicateButton.setText(QCoreApplication.translate("EquipmentForm", u"\u590d\u5236\u6240\u9009", None))
#if QT_CONFIG(tooltip)
        self.duplicateButton.setToolTip(QCoreApplication.translate("EquipmentForm", u"\u590d\u5236\u6240\u9009\u8bbe\u5907\uff08Ctrl+D\uff09\uff0c\u8bbe\u5907\u7f16\u53f7\u81ea\u52a8\u9012\u589e", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("EquipmentForm", u"\u5220\u9664\u6240\u9009", None))
        self.pasteButton.setText(QCoreApplication.translate("EquipmentForm", u"\u7c98\u8d34\u884c", None))
#if QT_CONFIG(tooltip)
        self.pasteButton.setToolTip(QCoreApplication.translate("EquipmentForm", u"\u7c98\u8d34\u4ece Excel \u590d\u5236\u7684\u591a\u884c\uff08\u7b2c\u4e00\u884c\u4e3a\u5217\u540d\uff1b\u65e0\u5217\u540d\u65f6\u6309\u201c\u590d\u5236\u5217\u540d\u201d\u7684\u5217\u987a\u5e8f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.headingsButton.setText(QCoreApplication.translate("EquipmentForm", u"\u590d\u5236\u5217\u540d", None))
#if QT_CONFIG(tooltip)
        self.headingsButton.setToolTip(QCoreApplication.translate("EquipmentForm", u"\u628a\u6240\u9009\u8bbe\u5907\u7c7b\u578b\u7684\u5217\u540d\u590d\u5236\u5230\u526a\u8d34\u677f\uff0c\u7c98\u8d34\u5230 Excel \u4f5c\u4e3a\u5f55\u5165\u6a21\u677f", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("EquipmentForm", u"\u4ece Excel \u5bfc\u5165\u2026", None))
        self.filterLabel.setText(QCoreApplication.translate("EquipmentForm", u"\u7b5b\u9009\uff1a", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("EquipmentForm", u"\u7f16\u53f7\u3001\u540d\u79f0\u3001\u578b\u53f7\u3001\u4f4d\u7f6e\u6216\u7b49\u7ea7", None))
        self.fieldsGroup.setTitle(QCoreApplication.translate("EquipmentForm", u"\u94ed\u724c\u4e0e\u8fd0\u884c\u53c2\u6570\uff08\u79bb\u5f00\u8f93\u5165\u6846\u5373\u4fdd\u5b58\uff09", None))
        self.gradeGroup.setTitle(QCoreApplication.translate("EquipmentForm", u"\u80fd\u6548\u7b49\u7ea7\u5224\u5b9a", None))
        self.eliminationGroup.setTitle(QCoreApplication.translate("EquipmentForm", u"\u6dd8\u6c70\u8bbe\u5907\u6838\u67e5", None))
        self.calcGroup.setTitle(QCoreApplication.translate("EquipmentForm", u"\u5173\u8054\u7684\u8ba1\u7b97\u7ed3\u679c", None))
        self.calculatorButton.setText(QCoreApplication.translate("EquipmentForm", u"\u4e3a\u6b64\u8bbe\u5907\u8ba1\u7b97\u2026", None))
        pass
    # retranslateUi

