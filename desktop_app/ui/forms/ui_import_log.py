# Generated from forms/import_log.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_log.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QSplitter, QTableWidget, QVBoxLayout, QWidget

class Ui_ImportLogDialog(object):
    def setupUi(self, ImportLogDialog):
        if not ImportLogDialog.objectName():
            ImportLogDialog.setObjectName(u"ImportLogDialog")
        ImportLogDialog.resize(1180, 820)
        self.mainLayout = QVBoxLayout(ImportLogDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.filesGroup = QGroupBox(ImportLogDialog)
        self.filesGroup.setObjectName(u"filesGroup")
        self.filesLayout = QVBoxLayout(self.filesGroup)
        self.filesLayout.setObjectName(u"filesLayout")
        self.fileList = QListWidget(self.filesGroup)
        self.fileList.setObjectName(u"fileList")
        self.fileList.setMaximumSize(QSize(16777215, 110))

        self.filesLayout.addWidget(self.fileList)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.addFileButton = QPushButton(self.filesGroup)
        self.addFileButton.setObjectName(u"addFileButton")

        self.fileButtons.addWidget(self.addFileButton)

        self.removeFileButton = QPushButton(self.filesGroup)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.fileButtons.addWidget(self.removeFileButton)


        self.filesLayout.addLayout(self.fileButtons)

        self.commonForm = QFormLayout()
        self.commonForm.setObjectName(u"commonForm")
        self.resampleLabel = QLabel(self.filesGroup)
        self.resampleLabel.setObjectName(u"resampleLabel")

        self.commonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resampleLabel)

        self.resampleCombo = QComboBox(self.filesGroup)
        self.resampleCombo.setObjectName(u"resampleCombo")

        self.commonForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resampleCombo)

        self.nameLabel = QLabel(self.filesGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.commonForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.labelEdit = QLineEdit(self.filesGroup)
        self.labelEdit.setObjectName(u"labelEdit")

        self.commonForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.instrumentLabel = QLabel(self.filesGroup)
        self.instrumentLabel.setObjectName(u"instrumentLabel")

        self.commonForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.instrumentLabel)

        self.instrumentEdit = QLineEdit(self.filesGroup)
        self.instrumentEdit.setObjectName(u"instrumentEdit")

        self.commonForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.instrumentEdit)


        self.filesLayout.addLayout(self.commonForm)


        self.top.addWidget(self.filesGroup)

        self.optionsGroup = QGroupBox(ImportLogDialog)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsGrid = QGridLayout(self.optionsGroup)
        self.optionsGrid.setObjectName(u"optionsGrid")
        self.encodingLabel = QLabel(self.optionsGroup)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.optionsGrid.addWidget(self.encodingLabel, 0, 0, 1, 1)

        self.encodingCombo = QComboBox(self.optionsGroup)
        self.encodingCombo.setObjectName(u"encodingCombo")
        self.encodingCombo.setEditable(True)

        self.optionsGrid.addWidget(self.encodingCombo, 0, 1, 1, 1)

        self.dateColumnLabel = QLabel(self.optionsGroup)
        self.dateColumnLabel.setObjectName(u"dateColumnLabel")

        self.optionsGrid.addWidget(self.dateColumnLabel, 0, 2, 1, 1)

        self.dateColumnCombo = QComboBox(self.optionsGroup)
        self.dateColumnCombo.setObjectName(u"dateColumnCombo")

        self.optionsGrid.addWidget(self.dateColumnCombo, 0, 3, 1, 1)

        self.delimiterLabel = QLabel(self.optionsGroup)
        self.delimiterLabel.setObjectName(u"delimiterLabel")

        self.optionsGrid.addWidget(self.delimiterLabel, 1, 0, 1, 1)

        self.delimiterCombo = QComboBox(self.optionsGroup)
        self.delimiterCombo.setObjectName(u"delimiterCombo")

        self.optionsGrid.addWidget(self.delimiterCombo, 1, 1, 1, 1)

        self.timeColumnLabel = QLabel(self.optionsGroup)
        self.timeColumnLabel.setObjectName(u"timeColumnLabel")

        self.optionsGrid.addWidget(self.timeColumnLabel, 1, 2, 1, 1)

        self.timeColumnCombo = QComboBox(self.optionsGroup)
        self.timeColumnCombo.setObjectName(u"timeColumnCombo")

        self.optionsGrid.addWidget(self.timeColumnCombo, 1, 3, 1, 1)

        self.decimalLabel = QLabel(self.optionsGroup)
        self.decimalLabel.setObjectName(u"decimalLabel")

        self.optionsGrid.addWidget(self.decimalLabel, 2, 0, 1, 1)

        self.decimalCombo = QComboBox(self.optionsGroup)
        self.decimalCombo.setObjectName(u"decimalCombo")

        self.optionsGrid.addWidget(self.decimalCombo, 2, 1, 1, 1)

        self.dateFormatLabel = QLabel(self.optionsGroup)
        self.dateFormatLabel.setObjectName(u"dateFormatLabel")

        self.optionsGrid.addWidget(self.dateFormatLabel, 2, 2, 1, 1)

        self.dateFormatCombo = QComboBox(self.optionsGroup)
        self.dateFormatCombo.setObjectName(u"dateFormatCombo")
        self.dateFormatCombo.setEditable(True)

        self.optionsGrid.addWidget(self.dateFormatCombo, 2, 3, 1, 1)

        self.skipLabel = QLabel(self.optionsGroup)
        self.skipLabel.setObjectName(u"skipLabel")

        self.optionsGrid.addWidget(self.skipLabel, 3, 0, 1, 1)

        self.skipSpin = QSpinBox(self.optionsGroup)
        self.skipSpin.setObjectName(u"skipSpin")
        self.skipSpin.setMaximum(1000)

        self.optionsGrid.addWidget(self.skipSpin, 3, 1, 1, 1)

        self.timestampAtLabel = QLabel(self.optionsGroup)
        self.timestampAtLabel.setObjectName(u"timestampAtLabel")

        self.optionsGrid.addWidget(self.timestampAtLabel, 3, 2, 1, 1)

        self.timestampAtCombo = QComboBox(self.optionsGroup)
        self.timestampAtCombo.setObjectName(u"timestampAtCombo")

        self.optionsGrid.addWidget(self.timestampAtCombo, 3, 3, 1, 1)

        self.unitRowLabel = QLabel(self.optionsGroup)
        self.unitRowLabel.setObjectName(u"unitRowLabel")

        self.optionsGrid.addWidget(self.unitRowLabel, 4, 0, 1, 1)

        self.unitRowCheck = QCheckBox(self.optionsGroup)
        self.unitRowCheck.setObjectName(u"unitRowCheck")

        self.optionsGrid.addWidget(self.unitRowCheck, 4, 1, 1, 1)

        self.tzLabel = QLabel(self.optionsGroup)
        self.tzLabel.setObjectName(u"tzLabel")

        self.optionsGrid.addWidget(self.tzLabel, 4, 2, 1, 1)

        self.tzCombo = QComboBox(self.optionsGroup)
        self.tzCombo.setObjectName(u"tzCombo")
        self.tzCombo.setEditable(True)

        self.optionsGrid.addWidget(self.tzCombo, 4, 3, 1, 1)

        self.sheetLabel = QLabel(self.optionsGroup)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.optionsGrid.addWidget(self.sheetLabel, 5, 0, 1, 1)

        self.sheetCombo = QComboBox(self.optionsGroup)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setEditable(True)

        self.optionsGrid.addWidget(self.sheetCombo, 5, 1, 1, 1)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsGrid.addItem(self.optionsSpacer, 6, 0, 1, 4)

        self.optionsGrid.setRowStretch(6, 1)
        self.optionsGrid.setColumnStretch(1, 1)
        self.optionsGrid.setColumnStretch(3, 1)

        self.top.addWidget(self.optionsGroup)

        self.top.setStretch(0, 1)
        self.top.setStretch(1, 2)

        self.mainLayout.addLayout(self.top)

        self.previewSplitter = QSplitter(ImportLogDialog)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Vertical)
        self.previewTable = QTableWidget(self.previewSplitter)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewSplitter.addWidget(self.previewTable)
        self.columnsPane = QWidget(self.previewSplitter)
        self.columnsPane.setObjectName(u"columnsPane")
        self.columnsLayout = QVBoxLayout(self.columnsPane)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, 0, 0, 0)
        self.columnTable = QTableWidget(self.columnsPane)
        self.columnTable.setObjectName(u"columnTable")
        self.columnTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.columnTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.columnTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.columnTable.setWordWrap(False)

        self.columnsLayout.addWidget(self.columnTable)

        self.legendLayout = QHBoxLayout()
        self.legendLayout.setObjectName(u"legendLayout")
        self.legendLabel = QLabel(self.columnsPane)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.legendLayout.addWidget(self.legendLabel)

        self.confirmUnitButton = QPushButton(self.columnsPane)
        self.confirmUnitButton.setObjectName(u"confirmUnitButton")

        self.legendLayout.addWidget(self.confirmUnitButton)

        self.legendLayout.setStretch(0, 1)

        self.columnsLayout.addLayout(self.legendLayout)

        self.columnsLayout.setStretch(0, 1)
        self.previewSplitter.addWidget(self.columnsPane)
        self.reportScroll = QScrollArea(self.previewSplitter)
        self.reportScroll.setObjectName(u"reportScroll")
        self.reportScroll.setWidgetResizable(True)
        self.reportScroll.setFrameShape(QFrame.NoFrame)
        self.reportPane = QWidget()
        self.reportPane.setObjectName(u"reportPane")
        self.reportLayout = QVBoxLayout(self.reportPane)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportLabel = QLabel(self.reportPane)
        self.reportLabel.setObjectName(u"reportLabel")
        self.reportLabel.setWordWrap(True)
        self.reportLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.reportLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.reportLayout.addWidget(self.reportLabel)

        self.reportScroll.setWidget(self.reportPane)
        self.previewSplitter.addWidget(self.reportScroll)

        self.mainLayout.addWidget(self.previewSplitter)

        self.progressBar = QProgressBar(ImportLogDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.importButton = QPushButton(ImportLogDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportLogDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttons)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ImportLogDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportLogDialog)
    # setupUi

    def retranslateUi(self, ImportLogDialog):
        ImportLogDialog.setWindowTitle(QCoreApplication.translate("ImportLogDialog", u"\u5bfc\u5165\u8bb0\u5f55\u4eea\u6587\u4ef6", None))
        self.filesGroup.setTitle(QCoreApplication.translate("ImportLogDialog", u"\u6587\u4ef6\uff08\u591a\u4e2a\u6587\u4ef6\u6309\u65f6\u95f4\u6233\u5bf9\u9f50\uff09", None))
        self.addFileButton.setText(QCoreApplication.translate("ImportLogDialog", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.removeFileButton.setText(QCoreApplication.translate("ImportLogDialog", u"\u79fb\u9664", None))
        self.resampleLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u7edf\u4e00\u95f4\u9694", None))
        self.nameLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u6570\u636e\u96c6\u540d\u79f0", None))
        self.instrumentLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u6d4b\u8bd5\u4eea\u5668", None))
        self.optionsGroup.setTitle(QCoreApplication.translate("ImportLogDialog", u"\u6240\u9009\u6587\u4ef6\u7684\u8bfb\u53d6\u65b9\u5f0f\uff08\u5df2\u81ea\u52a8\u8bc6\u522b\uff0c\u53ef\u4fee\u6539\uff09", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u7f16\u7801", None))
        self.dateColumnLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u65e5\u671f\uff08\u65f6\u95f4\uff09\u5217", None))
        self.delimiterLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u5206\u9694\u7b26", None))
        self.timeColumnLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u5355\u72ec\u7684\u65f6\u95f4\u5217", None))
        self.decimalLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u5c0f\u6570\u70b9", None))
        self.dateFormatLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u65e5\u671f\u683c\u5f0f", None))
        self.skipLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u8868\u5934\u524d\u7684\u8bf4\u660e\u884c", None))
        self.timestampAtLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u533a\u95f4\u884c\u7684\u65f6\u95f4", None))
        self.unitRowLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u5355\u4f4d\u884c", None))
        self.unitRowCheck.setText(QCoreApplication.translate("ImportLogDialog", u"\u8868\u5934\u4e0b\u4e00\u884c\u662f\u5355\u4f4d", None))
        self.tzLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u65f6\u533a", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportLogDialog", u"\u5de5\u4f5c\u8868\uff08XLSX\uff09", None))
        self.confirmUnitButton.setText(QCoreApplication.translate("ImportLogDialog", u"\u786e\u8ba4\u6240\u9009\u5355\u4f4d", None))
#if QT_CONFIG(tooltip)
        self.confirmUnitButton.setToolTip(QCoreApplication.translate("ImportLogDialog", u"\u6240\u9009\u884c\u7684\u63a8\u65ad\u5355\u4f4d\u786e\u8ba4\u65e0\u8bef\uff1a\u6309\u7528\u6237\u6307\u5b9a\u7684\u5355\u4f4d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ImportLogDialog", u"\u5bfc\u5165", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportLogDialog", u"\u53d6\u6d88", None))
    # retranslateUi

