# Generated from forms/measures.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measures.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QTextBrowser, QVBoxLayout, QWidget

class Ui_MeasuresForm(object):
    def setupUi(self, MeasuresForm):
        if not MeasuresForm.objectName():
            MeasuresForm.setObjectName(u"MeasuresForm")
        MeasuresForm.resize(1300, 820)
        self.mainLayout = QVBoxLayout(MeasuresForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.addButton = QPushButton(MeasuresForm)
        self.addButton.setObjectName(u"addButton")

        self.toolbar.addWidget(self.addButton)

        self.catalogueCombo = QComboBox(MeasuresForm)
        self.catalogueCombo.setObjectName(u"catalogueCombo")
        self.catalogueCombo.setMinimumSize(QSize(320, 0))

        self.toolbar.addWidget(self.catalogueCombo)

        self.fromCatalogueButton = QPushButton(MeasuresForm)
        self.fromCatalogueButton.setObjectName(u"fromCatalogueButton")

        self.toolbar.addWidget(self.fromCatalogueButton)

        self.deleteButton = QPushButton(MeasuresForm)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbar.addWidget(self.deleteButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolSpacer)


        self.mainLayout.addLayout(self.toolbar)

        self.totalsLabel = QLabel(MeasuresForm)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.totalsLabel)

        self.splitter = QSplitter(MeasuresForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.measureTable = QTableWidget(self.leftPanel)
        self.measureTable.setObjectName(u"measureTable")
        self.measureTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.measureTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.measureTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.leftLayout.addWidget(self.measureTable)

        self.chartHost = QWidget(self.leftPanel)
        self.chartHost.setObjectName(u"chartHost")

        self.leftLayout.addWidget(self.chartHost)

        self.leftLayout.setStretch(0, 3)
        self.leftLayout.setStretch(1, 2)
        self.splitter.addWidget(self.leftPanel)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setWidgetResizable(True)
        self.editor = QWidget()
        self.editor.setObjectName(u"editor")
        self.editorLayout = QVBoxLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.codeLabel = QLabel(self.editor)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.editor)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.titleLabel = QLabel(self.editor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.editor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.categoryLabel = QLabel(self.editor)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.editor)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.priorityLabel = QLabel(self.editor)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(self.editor)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.descriptionLabel = QLabel(self.editor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.editor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.fieldsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.investmentLabel = QLabel(self.editor)
        self.investmentLabel.setObjectName(u"investmentLabel")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.investmentLabel)

        self.investmentEdit = QLineEdit(self.editor)
        self.investmentEdit.setObjectName(u"investmentEdit")

        self.fieldsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.investmentEdit)

        self.omLabel = QLabel(self.editor)
        self.omLabel.setObjectName(u"omLabel")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.omLabel)

        self.omEdit = QLineEdit(self.editor)
        self.omEdit.setObjectName(u"omEdit")

        self.fieldsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.omEdit)

        self.lifetimeLabel = QLabel(self.editor)
        self.lifetimeLabel.setObjectName(u"lifetimeLabel")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lifetimeLabel)

        self.lifetimeEdit = QLineEdit(self.editor)
        self.lifetimeEdit.setObjectName(u"lifetimeEdit")

        self.fieldsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lifetimeEdit)

        self.rateLabel = QLabel(self.editor)
        self.rateLabel.setObjectName(u"rateLabel")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateEdit = QLineEdit(self.editor)
        self.rateEdit.setObjectName(u"rateEdit")

        self.fieldsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rateEdit)


        self.editorLayout.addLayout(self.fieldsLayout)

        self.streamsGroup = QGroupBox(self.editor)
        self.streamsGroup.setObjectName(u"streamsGroup")
        self.streamsLayout = QVBoxLayout(self.streamsGroup)
        self.streamsLayout.setObjectName(u"streamsLayout")
        self.streamTable = QTableWidget(self.streamsGroup)
        self.streamTable.setObjectName(u"streamTable")
        self.streamTable.setMinimumSize(QSize(0, 110))

        self.streamsLayout.addWidget(self.streamTable)

        self.streamButtons = QHBoxLayout()
        self.streamButtons.setObjectName(u"streamButtons")
        self.resourceCombo = QComboBox(self.streamsGroup)
        self.resourceCombo.setObjectName(u"resourceCombo")

        self.streamButtons.addWidget(self.resourceCombo)

        self.addStreamButton = QPushButton(self.streamsGroup)
        self.addStreamButton.setObjectName(u"addStreamButton")

        self.streamButtons.addWidget(self.addStreamButton)

        self.deleteStreamButton = QPushButton(self.streamsGroup)
        self.deleteStreamButton.setObjectName(u"deleteStreamButton")

        self.streamButtons.addWidget(self.deleteStreamButton)


        self.streamsLayout.addLayout(self.streamButtons)


        self.editorLayout.addWidget(self.streamsGroup)

        self.figuresLabel = QLabel(self.editor)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.editorLayout.addWidget(self.figuresLabel)

        self.decisionGroup = QGroupBox(self.editor)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QVBoxLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionList = QListWidget(self.decisionGroup)
        self.decisionList.setObjectName(u"decisionList")
        self.decisionList.setMaximumSize(QSize(16777215, 90))

        self.decisionLayout.addWidget(self.decisionList)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.decisionCombo = QComboBox(self.decisionGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.decisionRow.addWidget(self.decisionCombo)

        self.decisionDateEdit = QLineEdit(self.decisionGroup)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionRow.addWidget(self.decisionDateEdit)

        self.decisionNoteEdit = QLineEdit(self.decisionGroup)
        self.decisionNoteEdit.setObjectName(u"decisionNoteEdit")

        self.decisionRow.addWidget(self.decisionNoteEdit)

        self.decideButton = QPushButton(self.decisionGroup)
        self.decideButton.setObjectName(u"decideButton")

        self.decisionRow.addWidget(self.decideButton)


        self.decisionLayout.addLayout(self.decisionRow)


        self.editorLayout.addWidget(self.decisionGroup)

        self.linkGroup = QGroupBox(self.editor)
        self.linkGroup.setObjectName(u"linkGroup")
        self.linkLayout = QVBoxLayout(self.linkGroup)
        self.linkLayout.setObjectName(u"linkLayout")
        self.linkList = QListWidget(self.linkGroup)
        self.linkList.setObjectName(u"linkList")
        self.linkList.setMaximumSize(QSize(16777215, 90))

        self.linkLayout.addWidget(self.linkList)

        self.linkRow = QHBoxLayout()
        self.linkRow.setObjectName(u"linkRow")
        self.linkKindCombo = QComboBox(self.linkGroup)
        self.linkKindCombo.setObjectName(u"linkKindCombo")

        self.linkRow.addWidget(self.linkKindCombo)

        self.linkTargetCombo = QComboBox(self.linkGroup)
        self.linkTargetCombo.setObjectName(u"linkTargetCombo")
        self.linkTargetCombo.setMinimumSize(QSize(240, 0))

        self.linkRow.addWidget(self.linkTargetCombo)

        self.linkButton = QPushButton(self.linkGroup)
        self.linkButton.setObjectName(u"linkButton")

        self.linkRow.addWidget(self.linkButton)

        self.unlinkButton = QPushButton(self.linkGroup)
        self.unlinkButton.setObjectName(u"unlinkButton")

        self.linkRow.addWidget(self.unlinkButton)


        self.linkLayout.addLayout(self.linkRow)


        self.editorLayout.addWidget(self.linkGroup)

        self.traceBrowser = QTextBrowser(self.editor)
        self.traceBrowser.setObjectName(u"traceBrowser")
        self.traceBrowser.setMinimumSize(QSize(0, 120))

        self.editorLayout.addWidget(self.traceBrowser)

        self.editorScroll.setWidget(self.editor)
        self.splitter.addWidget(self.editorScroll)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(MeasuresForm)

        QMetaObject.connectSlotsByName(MeasuresForm)
    # setupUi

    def retranslateUi(self, MeasuresForm):
        self.addButton.setText(QCoreApplication.translate("MeasuresForm", u"\u65b0\u5efa\u63aa\u65bd", None))
#if QT_CONFIG(tooltip)
        self.catalogueCombo.setToolTip(QCoreApplication.translate("MeasuresForm", u"\u5178\u578b\u63aa\u65bd\u76ee\u5f55\uff08\u8282\u80fd\u91cf\u4e0e\u56de\u6536\u671f\u8303\u56f4\u4e3a\u7ecf\u9a8c\u503c [M]\uff0c\u987b\u6309\u73b0\u573a\u6838\u7b97\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.fromCatalogueButton.setText(QCoreApplication.translate("MeasuresForm", u"\u4ece\u76ee\u5f55\u6dfb\u52a0", None))
        self.deleteButton.setText(QCoreApplication.translate("MeasuresForm", u"\u5220\u9664\u6240\u9009", None))
        self.codeLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u7f16\u53f7", None))
        self.titleLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u63aa\u65bd\u540d\u79f0", None))
        self.categoryLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u7c7b\u522b", None))
        self.priorityLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u4f18\u5148\u7ea7", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u63aa\u65bd\u8bf4\u660e", None))
        self.investmentLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u6295\u8d44\uff08\u4e07\u5143\uff09", None))
        self.omLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u65b0\u589e\u8fd0\u7ef4\u8d39\u7528\uff08\u4e07\u5143/\u5e74\uff0c\u8d1f\u6570\u4e3a\u8282\u7ea6\uff09", None))
        self.lifetimeLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u5bff\u547d\u671f\uff08\u5e74\uff09", None))
        self.rateLabel.setText(QCoreApplication.translate("MeasuresForm", u"\u6298\u73b0\u7387\uff08%\uff0c\u586b\u5199\u540e\u8ba1\u7b97 NPV\uff09", None))
        self.streamsGroup.setTitle(QCoreApplication.translate("MeasuresForm", u"\u5e74\u8282\u7ea6\u7684\u8d44\u6e90\uff08\u53cc\u51fb\u7f16\u8f91\uff1b\u5355\u4ef7\u7a7a\u7740\u65f6\u53d6\u80fd\u6e90\u6d88\u8d39\u4e2d\u7684\u5e73\u5747\u5355\u4ef7\uff09", None))
        self.addStreamButton.setText(QCoreApplication.translate("MeasuresForm", u"\u6dfb\u52a0\u8d44\u6e90", None))
        self.deleteStreamButton.setText(QCoreApplication.translate("MeasuresForm", u"\u5220\u9664\u6240\u9009\u8d44\u6e90", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("MeasuresForm", u"\u4f01\u4e1a\u51b3\u5b9a\uff08\u5386\u53f2\uff09", None))
        self.decisionDateEdit.setPlaceholderText(QCoreApplication.translate("MeasuresForm", u"\u65e5\u671f YYYY-MM-DD", None))
        self.decisionNoteEdit.setPlaceholderText(QCoreApplication.translate("MeasuresForm", u"\u8bf4\u660e\uff08\u53ef\u9009\uff09", None))
        self.decideButton.setText(QCoreApplication.translate("MeasuresForm", u"\u8bb0\u5f55", None))
        self.linkGroup.setTitle(QCoreApplication.translate("MeasuresForm", u"\u5173\u8054\uff08\u6e05\u5355\u6761\u76ee\u3001\u8bbe\u5907\u3001\u6d4b\u91cf\u3001\u8ba1\u7b97\u7ed3\u679c\uff09", None))
        self.linkButton.setText(QCoreApplication.translate("MeasuresForm", u"\u5173\u8054", None))
        self.unlinkButton.setText(QCoreApplication.translate("MeasuresForm", u"\u53d6\u6d88\u6240\u9009\u5173\u8054", None))
        pass
    # retranslateUi

