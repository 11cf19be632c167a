# Generated from forms/calculators.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calculators.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTextBrowser, QTreeWidget, QVBoxLayout, QWidget

class Ui_CalculatorsForm(object):
    def setupUi(self, CalculatorsForm):
        if not CalculatorsForm.objectName():
            CalculatorsForm.setObjectName(u"CalculatorsForm")
        CalculatorsForm.resize(1200, 800)
        self.mainLayout = QVBoxLayout(CalculatorsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.vsplitter = QSplitter(CalculatorsForm)
        self.vsplitter.setObjectName(u"vsplitter")
        self.vsplitter.setOrientation(Qt.Vertical)
        self.splitter = QSplitter(self.vsplitter)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.calculatorTree = QTreeWidget(self.splitter)
        self.calculatorTree.setObjectName(u"calculatorTree")
        self.calculatorTree.setHeaderHidden(True)
        self.splitter.addWidget(self.calculatorTree)
        self.calcScroll = QScrollArea(self.splitter)
        self.calcScroll.setObjectName(u"calcScroll")
        self.calcScroll.setWidgetResizable(True)
        self.calcPanel = QWidget()
        self.calcPanel.setObjectName(u"calcPanel")
        self.calcLayout = QVBoxLayout(self.calcPanel)
        self.calcLayout.setObjectName(u"calcLayout")
        self.titleLabel = QLabel(self.calcPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 15px;")

        self.calcLayout.addWidget(self.titleLabel)

        self.standardLabel = QLabel(self.calcPanel)
        self.standardLabel.setObjectName(u"standardLabel")
        self.standardLabel.setWordWrap(True)
        self.standardLabel.setStyleSheet(u"color: #555555;")

        self.calcLayout.addWidget(self.standardLabel)

        self.formulaLabel = QLabel(self.calcPanel)
        self.formulaLabel.setObjectName(u"formulaLabel")
        self.formulaLabel.setWordWrap(True)
        self.formulaLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.calcLayout.addWidget(self.formulaLabel)

        self.inputsGroup = QGroupBox(self.calcPanel)
        self.inputsGroup.setObjectName(u"inputsGroup")
        self.inputsLayout = QFormLayout(self.inputsGroup)
        self.inputsLayout.setObjectName(u"inputsLayout")

        self.calcLayout.addWidget(self.inputsGroup)

        self.exampleRow = QHBoxLayout()
        self.exampleRow.setObjectName(u"exampleRow")
        self.hintLabel = QLabel(self.calcPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #666666;")

        self.exampleRow.addWidget(self.hintLabel)

        self.exampleButton = QPushButton(self.calcPanel)
        self.exampleButton.setObjectName(u"exampleButton")

        self.exampleRow.addWidget(self.exampleButton)

        self.clearButton = QPushButton(self.calcPanel)
        self.clearButton.setObjectName(u"clearButton")

        self.exampleRow.addWidget(self.clearButton)


        self.calcLayout.addLayout(self.exampleRow)

        self.errorLabel = QLabel(self.calcPanel)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c0392b;")

        self.calcLayout.addWidget(self.errorLabel)

        self.resultsGroup = QGroupBox(self.calcPanel)
        self.resultsGroup.setObjectName(u"resultsGroup")
        self.resultsLayout = QVBoxLayout(self.resultsGroup)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultTable = QTableWidget(self.resultsGroup)
        self.resultTable.setObjectName(u"resultTable")
        self.resultTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.resultTable.setMinimumSize(QSize(0, 120))

        self.resultsLayout.addWidget(self.resultTable)

        self.traceBrowser = QTextBrowser(self.resultsGroup)
        self.traceBrowser.setObjectName(u"traceBrowser")
        self.traceBrowser.setMinimumSize(QSize(0, 90))

        self.resultsLayout.addWidget(self.traceBrowser)


        self.calcLayout.addWidget(self.resultsGroup)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.equipmentLabel = QLabel(self.calcPanel)
        self.equipmentLabel.setObjectName(u"equipmentLabel")

        self.saveRow.addWidget(self.equipmentLabel)

        self.equipmentCombo = QComboBox(self.calcPanel)
        self.equipmentCombo.setObjectName(u"equipmentCombo")
        self.equipmentCombo.setMinimumSize(QSize(220, 0))

        self.saveRow.addWidget(self.equipmentCombo)

        self.resultTitleEdit = QLineEdit(self.calcPanel)
        self.resultTitleEdit.setObjectName(u"resultTitleEdit")

        self.saveRow.addWidget(self.resultTitleEdit)

        self.saveButton = QPushButton(self.calcPanel)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.calcLayout.addLayout(self.saveRow)

        self.calcScroll.setWidget(self.calcPanel)
        self.splitter.addWidget(self.calcScroll)
        self.vsplitter.addWidget(self.splitter)
        self.savedPanel = QWidget(self.vsplitter)
        self.savedPanel.setObjectName(u"savedPanel")
        self.savedLayout = QVBoxLayout(self.savedPanel)
        self.savedLayout.setObjectName(u"savedLayout")
        self.savedLayout.setContentsMargins(0, 0, 0, 0)
        self.savedButtons = QHBoxLayout()
        self.savedButtons.setObjectName(u"savedButtons")
        self.savedTitle = QLabel(self.savedPanel)
        self.savedTitle.setObjectName(u"savedTitle")

        self.savedButtons.addWidget(self.savedTitle)

        self.savedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.savedButtons.addItem(self.savedSpacer)

        self.deleteSavedButton = QPushButton(self.savedPanel)
        self.deleteSavedButton.setObjectName(u"deleteSavedButton")

        self.savedButtons.addWidget(self.deleteSavedButton)


        self.savedLayout.addLayout(self.savedButtons)

        self.savedTable = QTableWidget(self.savedPanel)
        self.savedTable.setObjectName(u"savedTable")
        self.savedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.savedTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.savedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.savedLayout.addWidget(self.savedTable)

        self.vsplitter.addWidget(self.savedPanel)

        self.mainLayout.addWidget(self.vsplitter)


        self.retranslateUi(CalculatorsForm)

        QMetaObject.connectSlotsByName(CalculatorsForm)
    # setupUi

    def retranslateUi(self, CalculatorsForm):
        ___qtreewidgetitem = self.calculatorTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CalculatorsForm", u"\u8ba1\u7b97\u5668", None))
        self.inputsGroup.setTitle(QCoreApplication.translate("CalculatorsForm", u"\u8f93\u5165\uff08\u79bb\u5f00\u8f93\u5165\u6846\u5373\u91cd\u65b0\u8ba1\u7b97\uff09", None))
        self.exampleButton.setText(QCoreApplication.translate("CalculatorsForm", u"\u586b\u5165\u7b97\u4f8b", None))
#if QT_CONFIG(tooltip)
        self.exampleButton.setToolTip(QCoreApplication.translate("CalculatorsForm", u"\u586b\u5165\u672c\u8ba1\u7b97\u5668\u7684\u53c2\u8003\u7b97\u4f8b\uff08\u6765\u81ea\u53c2\u8003\u8d44\u6599\u7684\u9a8c\u7b97\u4f8b\u9898\uff09\uff0c\u53ef\u5bf9\u7167\u7ed3\u679c", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("CalculatorsForm", u"\u6e05\u7a7a", None))
        self.resultsGroup.setTitle(QCoreApplication.translate("CalculatorsForm", u"\u7ed3\u679c", None))
        self.equipmentLabel.setText(QCoreApplication.translate("CalculatorsForm", u"\u5173\u8054\u8bbe\u5907\uff1a", None))
        self.resultTitleEdit.setPlaceholderText(QCoreApplication.translate("CalculatorsForm", u"\u7ed3\u679c\u6807\u9898\uff08\u53ef\u9009\uff0c\u5982\u201c\u7a91\u5c3e\u98ce\u673a\u7535\u673a\u5b9e\u6d4b\u201d\uff09", None))
        self.saveButton.setText(QCoreApplication.translate("CalculatorsForm", u"\u4fdd\u5b58\u5230\u6848\u4f8b", None))
        self.savedTitle.setText(QCoreApplication.translate("CalculatorsForm", u"\u5df2\u4fdd\u5b58\u7684\u8ba1\u7b97\u7ed3\u679c\uff08\u53cc\u51fb\u8f7d\u5165\u8f93\u5165\uff09", None))
        self.deleteSavedButton.setText(QCoreApplication.translate("CalculatorsForm", u"\u5220\u9664\u6240\u9009\u7ed3\u679c", None))
        pass
    # retranslateUi

