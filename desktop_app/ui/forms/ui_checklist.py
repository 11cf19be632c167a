# Generated from forms/checklist.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget

class Ui_ChecklistForm(object):
    def setupUi(self, ChecklistForm):
        if not ChecklistForm.objectName():
            ChecklistForm.setObjectName(u"ChecklistForm")
        ChecklistForm.resize(1000, 700)
        self.mainLayout = QVBoxLayout(ChecklistForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.filterCombo = QComboBox(ChecklistForm)
        self.filterCombo.setObjectName(u"filterCombo")

        self.toolbar.addWidget(self.filterCombo)

        self.searchEdit = QLineEdit(ChecklistForm)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.searchEdit)

        self.nextRequiredButton = QPushButton(ChecklistForm)
        self.nextRequiredButton.setObjectName(u"nextRequiredButton")

        self.toolbar.addWidget(self.nextRequiredButton)

        self.templatesButton = QPushButton(ChecklistForm)
        self.templatesButton.setObjectName(u"templatesButton")

        self.toolbar.addWidget(self.templatesButton)

        self.progressLabel = QLabel(ChecklistForm)
        self.progressLabel.setObjectName(u"progressLabel")

        self.toolbar.addWidget(self.progressLabel)


        self.mainLayout.addLayout(self.toolbar)

        self.splitter = QSplitter(ChecklistForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.itemTree = QTreeWidget(self.splitter)
        self.itemTree.setObjectName(u"itemTree")
        self.itemTree.setMinimumSize(QSize(320, 0))
        self.itemTree.setUniformRowHeights(True)
        self.itemTree.setAlternatingRowColors(True)
        self.splitter.addWidget(self.itemTree)
        self.panelScroll = QScrollArea(self.splitter)
        self.panelScroll.setObjectName(u"panelScroll")
        self.panelScroll.setWidgetResizable(True)
        self.itemPanel = QWidget()
        self.itemPanel.setObjectName(u"itemPanel")
        self.panelLayout = QVBoxLayout(self.itemPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.titleLabel = QLabel(self.itemPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextFormat(Qt.RichText)

        self.panelLayout.addWidget(self.titleLabel)

        self.metaLabel = QLabel(self.itemPanel)
        self.metaLabel.setObjectName(u"metaLabel")
        self.metaLabel.setWordWrap(True)
        self.metaLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.panelLayout.addWidget(self.metaLabel)

        self.guidanceGroup = QGroupBox(self.itemPanel)
        self.guidanceGroup.setObjectName(u"guidanceGroup")
        self.guidanceLayout = QVBoxLayout(self.guidanceGroup)
        self.guidanceLayout.setObjectName(u"guidanceLayout")
        self.guidanceLabel = QLabel(self.guidanceGroup)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.guidanceLayout.addWidget(self.guidanceLabel)


        self.panelLayout.addWidget(self.guidanceGroup)

        self.derivedLabel = QLabel(self.itemPanel)
        self.derivedLabel.setObjectName(u"derivedLabel")
        self.derivedLabel.setWordWrap(True)
        self.derivedLabel.setStyleSheet(u"background:#eef4ff; padding:4px;")

        self.panelLayout.addWidget(self.derivedLabel)

        self.answerGroup = QGroupBox(self.itemPanel)
        self.answerGroup.setObjectName(u"answerGroup")
        self.answerLayout = QVBoxLayout(self.answerGroup)
        self.answerLayout.setObjectName(u"answerLayout")
        self.statusButtons = QHBoxLayout()
        self.statusButtons.setObjectName(u"statusButtons")
        self.conformingButton = QPushButton(self.answerGroup)
        self.conformingButton.setObjectName(u"conformingButton")
        self.conformingButton.setCheckable(True)

        self.statusButtons.addWidget(self.conformingButton)

        self.nonconformingButton = QPushButton(self.answerGroup)
        self.nonconformingButton.setObjectName(u"nonconformingButton")
        self.nonconformingButton.setCheckable(True)

        self.statusButtons.addWidget(self.nonconformingButton)

        self.notApplicableButton = QPushButton(self.answerGroup)
        self.notApplicableButton.setObjectName(u"notApplicableButton")
        self.notApplicableButton.setCheckable(True)

        self.statusButtons.addWidget(self.notApplicableButton)

        self.followUpButton = QPushButton(self.answerGroup)
        self.followUpButton.setObjectName(u"followUpButton")
        self.followUpButton.setCheckable(True)

        self.statusButtons.addWidget(self.followUpButton)

        self.uncheckedButton = QPushButton(self.answerGroup)
        self.uncheckedButton.setObjectName(u"uncheckedButton")
        self.uncheckedButton.setCheckable(True)

        self.statusButtons.addWidget(self.uncheckedButton)


        self.answerLayout.addLayout(self.statusButtons)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueLabel = QLabel(self.answerGroup)
        self.valueLabel.setObjectName(u"valueLabel")

        self.valueRow.addWidget(self.valueLabel)

        self.valueEdit = QLineEdit(self.answerGroup)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueRow.addWidget(self.valueEdit)

        self.valueCombo = QComboBox(self.answerGroup)
        self.valueCombo.setObjectName(u"valueCombo")

        self.valueRow.addWidget(self.valueCombo)

        self.unitLabel = QLabel(self.answerGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.valueRow.addWidget(self.unitLabel)


        self.answerLayout.addLayout(self.valueRow)

        self.findingLabel = QLabel(self.answerGroup)
        self.findingLabel.setObjectName(u"findingLabel")

        self.answerLayout.addWidget(self.findingLabel)

        self.findingEdit = QPlainTextEdit(self.answerGroup)
        self.findingEdit.setObjectName(u"findingEdit")
        self.findingEdit.setTabChangesFocus(True)
        self.findingEdit.setMaximumSize(QSize(16777215, 120))

        self.answerLayout.addWidget(self.findingEdit)

        self.answeredByLabel = QLabel(self.answerGroup)
        self.answeredByLabel.setObjectName(u"answeredByLabel")
        self.answeredByLabel.setStyleSheet(u"color:#666666;")

        self.answerLayout.addWidget(self.answeredByLabel)


        self.panelLayout.addWidget(self.answerGroup)

        self.evidenceGroup = QGroupBox(self.itemPanel)
        self.evidenceGroup.setObjectName(u"evidenceGroup")
        self.evidenceLayout = QVBoxLayout(self.evidenceGroup)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceList = QListWidget(self.evidenceGroup)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setMinimumSize(QSize(0, 150))

        self.evidenceLayout.addWidget(self.evidenceList)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.addEvidenceButton = QPushButton(self.evidenceGroup)
        self.addEvidenceButton.setObjectName(u"addEvidenceButton")

        self.evidenceButtons.addWidget(self.addEvidenceButton)

        self.pasteEvidenceButton = QPushButton(self.evidenceGroup)
        self.pasteEvidenceButton.setObjectName(u"pasteEvidenceButton")

        self.evidenceButtons.addWidget(self.pasteEvidenceButton)

        self.openEvidenceButton = QPushButton(self.evidenceGroup)
        self.openEvidenceButton.setObjectName(u"openEvidenceButton")

        self.evidenceButtons.addWidget(self.openEvidenceButton)

        self.saveEvidenceButton = QPushButton(self.evidenceGroup)
        self.saveEvidenceButton.setObjectName(u"saveEvidenceButton")

        self.evidenceButtons.addWidget(self.saveEvidenceButton)

        self.removeEvidenceButton = QPushButton(self.evidenceGroup)
        self.removeEvidenceButton.setObjectName(u"removeEvidenceButton")

        self.evidenceButtons.addWidget(self.removeEvidenceButton)

        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evidenceButtons.addItem(self.evidenceSpacer)


        self.evidenceLayout.addLayout(self.evidenceButtons)


        self.panelLayout.addWidget(self.evidenceGroup)

        self.panelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)

        self.panelScroll.setWidget(self.itemPanel)
        self.splitter.addWidget(self.panelScroll)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ChecklistForm)

        QMetaObject.connectSlotsByName(ChecklistForm)
    # setupUi

    def retranslateUi(self, ChecklistForm):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ChecklistForm", u"\u641c\u7d22\u6761\u76ee\uff08\u7f16\u53f7\u3001\u6807\u9898\u3001\u6307\u5bfc\u3001\u53d1\u73b0\uff09", None))
        self.nextRequiredButton.setText(QCoreApplication.translate("ChecklistForm", u"\u4e0b\u4e00\u4e2a\u672a\u7b54\u5fc5\u586b\u9879 (F8)", None))
        self.templatesButton.setText(QCoreApplication.translate("ChecklistForm", u"\u6e05\u5355\u6a21\u677f\u2026", None))
        ___qtreewidgetitem = self.itemTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ChecklistForm", u"\u72b6\u6001", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ChecklistForm", u"\u6761\u76ee", None))
        self.guidanceGroup.setTitle(QCoreApplication.translate("ChecklistForm", u"\u6307\u5bfc\uff1a\u770b\u4ec0\u4e48\u3001\u95ee\u4ec0\u4e48\u3001\u600e\u6837\u7b97\u7b26\u5408", None))
        self.answerGroup.setTitle(QCoreApplication.translate("ChecklistForm", u"\u56de\u7b54", None))
        self.conformingButton.setText(QCoreApplication.translate("ChecklistForm", u"1 \u7b26\u5408", None))
        self.nonconformingButton.setText(QCoreApplication.translate("ChecklistForm", u"2 \u4e0d\u7b26\u5408", None))
        self.notApplicableButton.setText(QCoreApplication.translate("ChecklistForm", u"3 \u4e0d\u9002\u7528", None))
        self.followUpButton.setText(QCoreApplication.translate("ChecklistForm", u"4 \u5f85\u8865\u5145", None))
        self.uncheckedButton.setText(QCoreApplication.translate("ChecklistForm", u"0 \u672a\u67e5", None))
        self.valueLabel.setText(QCoreApplication.translate("ChecklistForm", u"\u6570\u503c\uff1a", None))
        self.findingLabel.setText(QCoreApplication.translate("ChecklistForm", u"\u53d1\u73b0\u4e0e\u8bf4\u660e\uff1a", None))
        self.findingEdit.setPlaceholderText(QCoreApplication.translate("ChecklistForm", u"\u73b0\u573a\u770b\u5230\u7684\u60c5\u51b5\u3001\u6570\u636e\u6765\u6e90\u3001\u95ee\u9898\u4e0e\u5efa\u8bae", None))
        self.evidenceGroup.setTitle(QCoreApplication.translate("ChecklistForm", u"\u8bc1\u636e\uff08\u7167\u7247\u3001\u6587\u4ef6\uff1b\u53ef\u62d6\u5165\u6216\u7c98\u8d34\uff09", None))
        self.addEvidenceButton.setText(QCoreApplication.translate("ChecklistForm", u"\u6dfb\u52a0\u8bc1\u636e\u2026", None))
        self.pasteEvidenceButton.setText(QCoreApplication.translate("ChecklistForm", u"\u7c98\u8d34", None))
        self.openEvidenceButton.setText(QCoreApplication.translate("ChecklistForm", u"\u6253\u5f00", None))
        self.saveEvidenceButton.setText(QCoreApplication.translate("ChecklistForm", u"\u53e6\u5b58\u4e3a\u2026", None))
        self.removeEvidenceButton.setText(QCoreApplication.translate("ChecklistForm", u"\u5220\u9664", None))
        pass
    # retranslateUi

