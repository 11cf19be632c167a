# Generated from forms/measurements.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measurements.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCalendarWidget, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_MeasurementsForm(object):
    def setupUi(self, MeasurementsForm):
        if not MeasurementsForm.objectName():
            MeasurementsForm.setObjectName(u"MeasurementsForm")
        MeasurementsForm.resize(1300, 820)
        self.mainLayout = QVBoxLayout(MeasurementsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.importButton = QPushButton(MeasurementsForm)
        self.importButton.setObjectName(u"importButton")

        self.toolbar.addWidget(self.importButton)

        self.datasetLabel = QLabel(MeasurementsForm)
        self.datasetLabel.setObjectName(u"datasetLabel")

        self.toolbar.addWidget(self.datasetLabel)

        self.datasetCombo = QComboBox(MeasurementsForm)
        self.datasetCombo.setObjectName(u"datasetCombo")
        self.datasetCombo.setMinimumSize(QSize(280, 0))

        self.toolbar.addWidget(self.datasetCombo)

        self.reimportButton = QPushButton(MeasurementsForm)
        self.reimportButton.setObjectName(u"reimportButton")

        self.toolbar.addWidget(self.reimportButton)

        self.deleteDatasetButton = QPushButton(MeasurementsForm)
        self.deleteDatasetButton.setObjectName(u"deleteDatasetButton")

        self.toolbar.addWidget(self.deleteDatasetButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolSpacer)

        self.annotateButton = QPushButton(MeasurementsForm)
        self.annotateButton.setObjectName(u"annotateButton")

        self.toolbar.addWidget(self.annotateButton)

        self.pngButton = QPushButton(MeasurementsForm)
        self.pngButton.setObjectName(u"pngButton")

        self.toolbar.addWidget(self.pngButton)

        self.svgButton = QPushButton(MeasurementsForm)
        self.svgButton.setObjectName(u"svgButton")

        self.toolbar.addWidget(self.svgButton)


        self.mainLayout.addLayout(self.toolbar)

        self.splitter = QSplitter(MeasurementsForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.channelPanel = QWidget(self.splitter)
        self.channelPanel.setObjectName(u"channelPanel")
        self.channelLayout = QVBoxLayout(self.channelPanel)
        self.channelLayout.setObjectName(u"channelLayout")
        self.channelLayout.setContentsMargins(0, 0, 0, 0)
        self.channelTitle = QLabel(self.channelPanel)
        self.channelTitle.setObjectName(u"channelTitle")

        self.channelLayout.addWidget(self.channelTitle)

        self.channelList = QListWidget(self.channelPanel)
        self.channelList.setObjectName(u"channelList")

        self.channelLayout.addWidget(self.channelList)

        self.channelGroup = QGroupBox(self.channelPanel)
        self.channelGroup.setObjectName(u"channelGroup")
        self.channelForm = QFormLayout(self.channelGroup)
        self.channelForm.setObjectName(u"channelForm")
        self.labelLabel = QLabel(self.channelGroup)
        self.labelLabel.setObjectName(u"labelLabel")

        self.channelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.channelLabelEdit = QLineEdit(self.channelGroup)
        self.channelLabelEdit.setObjectName(u"channelLabelEdit")

        self.channelForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelLabelEdit)

        self.unitLabel = QLabel(self.channelGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.channelForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.channelUnitEdit = QLineEdit(self.channelGroup)
        self.channelUnitEdit.setObjectName(u"channelUnitEdit")

        self.channelForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelUnitEdit)

        self.quantityLabel = QLabel(self.channelGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.channelForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.channelQuantityValue = QLabel(self.channelGroup)
        self.channelQuantityValue.setObjectName(u"channelQuantityValue")

        self.channelForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelQuantityValue)

        self.instrumentLabel = QLabel(self.channelGroup)
        self.instrumentLabel.setObjectName(u"instrumentLabel")

        self.channelForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.instrumentLabel)

        self.channelInstrumentEdit = QLineEdit(self.channelGroup)
        self.channelInstrumentEdit.setObjectName(u"channelInstrumentEdit")

        self.channelForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelInstrumentEdit)

        self.equipmentLabel = QLabel(self.channelGroup)
        self.equipmentLabel.setObjectName(u"equipmentLabel")

        self.channelForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.equipmentLabel)

        self.channelEquipmentCombo = QComboBox(self.channelGroup)
        self.channelEquipmentCombo.setObjectName(u"channelEquipmentCombo")

        self.channelForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channelEquipmentCombo)


        self.channelLayout.addWidget(self.channelGroup)

        self.fileLabel = QLabel(self.channelPanel)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.channelLayout.addWidget(self.fileLabel)

        self.splitter.addWidget(self.channelPanel)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.timeTab = QWidget()
        self.timeTab.setObjectName(u"timeTab")
        self.timeLayout = QVBoxLayout(self.timeTab)
        self.timeLayout.setObjectName(u"timeLayout")
        self.timeChartHost = QWidget(self.timeTab)
        self.timeChartHost.setObjectName(u"timeChartHost")

        self.timeLayout.addWidget(self.timeChartHost)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setObjectName(u"rangeRow")
        self.rangeCheck = QCheckBox(self.timeTab)
        self.rangeCheck.setObjectName(u"rangeCheck")

        self.rangeRow.addWidget(self.rangeCheck)

        self.rangeLabel = QLabel(self.timeTab)
        self.rangeLabel.setObjectName(u"rangeLabel")
        self.rangeLabel.setWordWrap(True)

        self.rangeRow.addWidget(self.rangeLabel)


        self.timeLayout.addLayout(self.rangeRow)

        self.statsTable = QTableWidget(self.timeTab)
        self.statsTable.setObjectName(u"statsTable")
        self.statsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.statsTable.setMaximumSize(QSize(16777215, 190))

        self.timeLayout.addWidget(self.statsTable)

        self.timeLayout.setStretch(0, 1)
        self.tabs.addTab(self.timeTab, "")
        self.durationTab = QWidget()
        self.durationTab.setObjectName(u"durationTab")
        self.durationLayout = QVBoxLayout(self.durationTab)
        self.durationLayout.setObjectName(u"durationLayout")
        self.durationHost = QWidget(self.durationTab)
        self.durationHost.setObjectName(u"durationHost")

        self.durationLayout.addWidget(self.durationHost)

        self.tabs.addTab(self.durationTab, "")
        self.histogramTab = QWidget()
        self.histogramTab.setObjectName(u"histogramTab")
        self.histogramLayout = QVBoxLayout(self.histogramTab)
        self.histogramLayout.setObjectName(u"histogramLayout")
        self.histogramHost = QWidget(self.histogramTab)
        self.histogramHost.setObjectName(u"histogramHost")

        self.histogramLayout.addWidget(self.histogramHost)

        self.tabs.addTab(self.histogramTab, "")
        self.scatterTab = QWidget()
        self.scatterTab.setObjectName(u"scatterTab")
        self.scatterLayout = QVBoxLayout(self.scatterTab)
        self.scatterLayout.setObjectName(u"scatterLayout")
        self.scatterRow = QHBoxLayout()
        self.scatterRow.setObjectName(u"scatterRow")
        self.xLabel = QLabel(self.scatterTab)
        self.xLabel.setObjectName(u"xLabel")

        self.scatterRow.addWidget(self.xLabel)

        self.scatterXCombo = QComboBox(self.scatterTab)
        self.scatterXCombo.setObjectName(u"scatterXCombo")

        self.scatterRow.addWidget(self.scatterXCombo)

        self.yLabel = QLabel(self.scatterTab)
        self.yLabel.setObjectName(u"yLabel")

        self.scatterRow.addWidget(self.yLabel)

        self.scatterYCombo = QComboBox(self.scatterTab)
        self.scatterYCombo.setObjectName(u"scatterYCombo")

        self.scatterRow.addWidget(self.scatterYCombo)

        self.scatterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scatterRow.addItem(self.scatterSpacer)


        self.scatterLayout.addLayout(self.scatterRow)

        self.scatterHost = QWidget(self.scatterTab)
        self.scatterHost.setObjectName(u"scatterHost")

        self.scatterLayout.addWidget(self.scatterHost)

        self.scatterLayout.setStretch(1, 1)
        self.tabs.addTab(self.scatterTab, "")
        self.dayTab = QWidget()
        self.dayTab.setObjectName(u"dayTab")
        self.dayLayout = QHBoxLayout(self.dayTab)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLeft = QVBoxLayout()
        self.dayLeft.setObjectName(u"dayLeft")
        self.binRow = QHBoxLayout()
        self.binRow.setObjectName(u"binRow")
        self.binLabel = QLabel(self.dayTab)
        self.binLabel.setObjectName(u"binLabel")

        self.binRow.addWidget(self.binLabel)

        self.binCombo = QComboBox(self.dayTab)
        self.binCombo.setObjectName(u"binCombo")

        self.binRow.addWidget(self.binCombo)

        self.dayNote = QLabel(self.dayTab)
        self.dayNote.setObjectName(u"dayNote")
        self.dayNote.setWordWrap(True)

        self.binRow.addWidget(self.dayNote)


        self.dayLeft.addLayout(self.binRow)

        self.dayChartHost = QWidget(self.dayTab)
        self.dayChartHost.setObjectName(u"dayChartHost")

        self.dayLeft.addWidget(self.dayChartHost)

        self.hourTable = QTableWidget(self.dayTab)
        self.hourTable.setObjectName(u"hourTable")
        self.hourTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.dayLeft.addWidget(self.hourTable)

        self.dayLeft.setStretch(1, 3)
        self.dayLeft.setStretch(2, 2)

        self.dayLayout.addLayout(self.dayLeft)

        self.dayRight = QVBoxLayout()
        self.dayRight.setObjectName(u"dayRight")
        self.calendarLabel = QLabel(self.dayTab)
        self.calendarLabel.setObjectName(u"calendarLabel")

        self.dayRight.addWidget(self.calendarLabel)

        self.calendar = QCalendarWidget(self.dayTab)
        self.calendar.setObjectName(u"calendar")

        self.dayRight.addWidget(self.calendar)

        self.dayTypeCombo = QComboBox(self.dayTab)
        self.dayTypeCombo.setObjectName(u"dayTypeCombo")
        self.dayTypeCombo.setEditable(True)

        self.dayRight.addWidget(self.dayTypeCombo)

        self.setDayTypeButton = QPushButton(self.dayTab)
        self.setDayTypeButton.setObjectName(u"setDayTypeButton")

        self.dayRight.addWidget(self.setDayTypeButton)

        self.resetDayTypeButton = QPushButton(self.dayTab)
        self.resetDayTypeButton.setObjectName(u"resetDayTypeButton")

        self.dayRight.addWidget(self.resetDayTypeButton)

        self.dayListLabel = QLabel(self.dayTab)
        self.dayListLabel.setObjectName(u"dayListLabel")
        self.dayListLabel.setWordWrap(True)

        self.dayRight.addWidget(self.dayListLabel)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dayRight.addItem(self.daySpacer)


        self.dayLayout.addLayout(self.dayRight)

        self.dayLayout.setStretch(0, 3)
        self.dayLayout.setStretch(1, 1)
        self.tabs.addTab(self.dayTab, "")
        self.spotTab = QWidget()
        self.spotTab.setObjectName(u"spotTab")
        self.spotLayout = QVBoxLayout(self.spotTab)
        self.spotLayout.setObjectName(u"spotLayout")
        self.spotButtons = QHBoxLayout()
        self.spotButtons.setObjectName(u"spotButtons")
        self.spotTitle = QLabel(self.spotTab)
        self.spotTitle.setObjectName(u"spotTitle")

        self.spotButtons.addWidget(self.spotTitle)

        self.spotSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.spotButtons.addItem(self.spotSpacer)

        self.addSpotButton = QPushButton(self.spotTab)
        self.addSpotButton.setObjectName(u"addSpotButton")

        self.spotButtons.addWidget(self.addSpotButton)

        self.deleteSpotButton = QPushButton(self.spotTab)
        self.deleteSpotButton.setObjectName(u"deleteSpotButton")

        self.spotButtons.addWidget(self.deleteSpotButton)


        self.spotLayout.addLayout(self.spotButtons)

        self.spotTable = QTableWidget(self.spotTab)
        self.spotTable.setObjectName(u"spotTable")
        self.spotTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.spotLayout.addWidget(self.spotTable)

        self.tabs.addTab(self.spotTab, "")
        self.splitter.addWidget(self.tabs)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(MeasurementsForm)

        QMetaObject.connectSlotsByName(MeasurementsForm)
    # setupUi

    def retranslateUi(self, MeasurementsForm):
        self.importButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u5bfc\u5165\u8bb0\u5f55\u4eea\u6587\u4ef6\u2026", None))
        self.datasetLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u6570\u636e\u96c6\uff1a", None))
        self.reimportButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u7528\u5176\u4ed6\u9009\u9879\u91cd\u65b0\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.reimportButton.setToolTip(QCoreApplication.translate("MeasurementsForm", u"\u7528\u6848\u4f8b\u4e2d\u4fdd\u5b58\u7684\u539f\u59cb\u6587\u4ef6\u91cd\u65b0\u6253\u5f00\u5bfc\u5165\u5411\u5bfc\uff0c\u786e\u8ba4\u540e\u66ff\u6362\u5f53\u524d\u6570\u636e\u96c6", None))
#endif // QT_CONFIG(tooltip)
        self.deleteDatasetButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u5220\u9664\u6570\u636e\u96c6", None))
        self.annotateButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u6dfb\u52a0\u6807\u6ce8\u2026", None))
#if QT_CONFIG(tooltip)
        self.annotateButton.setToolTip(QCoreApplication.translate("MeasurementsForm", u"\u5728\u6240\u9009\u533a\u95f4\u7684\u8d77\u70b9\u6dfb\u52a0\u6587\u5b57\u6807\u6ce8", None))
#endif // QT_CONFIG(tooltip)
        self.pngButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u5bfc\u51fa PNG\u2026", None))
        self.svgButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u5bfc\u51fa SVG\u2026", None))
        self.channelTitle.setText(QCoreApplication.translate("MeasurementsForm", u"\u901a\u9053\uff08\u52fe\u9009\u663e\u793a\uff1b\u6309\u5355\u4f4d\u81ea\u52a8\u5206\u5de6\u53f3\u8f74\uff09", None))
        self.channelGroup.setTitle(QCoreApplication.translate("MeasurementsForm", u"\u6240\u9009\u901a\u9053", None))
        self.labelLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u540d\u79f0", None))
        self.unitLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u5355\u4f4d", None))
        self.quantityLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u7269\u7406\u91cf", None))
        self.instrumentLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u6d4b\u8bd5\u4eea\u5668", None))
        self.equipmentLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u5173\u8054\u8bbe\u5907", None))
        self.rangeCheck.setText(QCoreApplication.translate("MeasurementsForm", u"\u9009\u62e9\u533a\u95f4\u7edf\u8ba1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timeTab), QCoreApplication.translate("MeasurementsForm", u"\u65f6\u5e8f\u66f2\u7ebf", None))
        self.tabs.setTabText(self.tabs.indexOf(self.durationTab), QCoreApplication.translate("MeasurementsForm", u"\u8d1f\u8377\u6301\u7eed\u66f2\u7ebf", None))
        self.tabs.setTabText(self.tabs.indexOf(self.histogramTab), QCoreApplication.translate("MeasurementsForm", u"\u76f4\u65b9\u56fe", None))
        self.xLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u6a2a\u8f74\uff1a", None))
        self.yLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u7eb5\u8f74\uff1a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scatterTab), QCoreApplication.translate("MeasurementsForm", u"\u6563\u70b9\u56fe", None))
        self.binLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u65f6\u6bb5\uff1a", None))
        self.calendarLabel.setText(QCoreApplication.translate("MeasurementsForm", u"\u65e5\u5386\uff08\u9009\u65e5\u671f\u540e\u6307\u5b9a\u65e5\u7c7b\u578b\uff09", None))
        self.setDayTypeButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u8bbe\u4e3a\u6240\u9009\u65e5\u7c7b\u578b", None))
        self.resetDayTypeButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u6062\u590d\u9ed8\u8ba4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dayTab), QCoreApplication.translate("MeasurementsForm", u"\u65e5\u7c7b\u578b\u5206\u6790", None))
        self.spotTitle.setText(QCoreApplication.translate("MeasurementsForm", u"\u624b\u5de5\u5f55\u5165\u7684\u73b0\u573a\u8bfb\u6570\uff08\u53cc\u51fb\u5355\u5143\u683c\u7f16\u8f91\uff09", None))
        self.addSpotButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u6dfb\u52a0", None))
        self.deleteSpotButton.setText(QCoreApplication.translate("MeasurementsForm", u"\u5220\u9664\u6240\u9009", None))
        self.tabs.setTabText(self.tabs.indexOf(self.spotTab), QCoreApplication.translate("MeasurementsForm", u"\u73b0\u573a\u6d4b\u91cf", None))
        pass
    # retranslateUi

