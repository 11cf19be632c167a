# Generated from forms/review_window.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDockWidget, QFrame, QHBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QSizePolicy, QSpacerItem, QStatusBar, QTableView, QToolBar, QVBoxLayout, QWidget

from pyqtgraph import PlotWidget

class Ui_ReviewWindowForm(object):
    def setupUi(self, ReviewWindowForm):
        if not ReviewWindowForm.objectName():
            ReviewWindowForm.setObjectName(u"ReviewWindowForm")
        ReviewWindowForm.resize(1400, 900)
        self.actionOpenFolder = QAction(ReviewWindowForm)
        self.actionOpenFolder.setObjectName(u"actionOpenFolder")
#if QT_CONFIG(shortcut)
        self.actionOpenFolder.setShortcut(u"Ctrl+O")
#endif // QT_CONFIG(shortcut)
        self.actionAddFolder = QAction(ReviewWindowForm)
        self.actionAddFolder.setObjectName(u"actionAddFolder")
        self.actionRefresh = QAction(ReviewWindowForm)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionExportXlsx = QAction(ReviewWindowForm)
        self.actionExportXlsx.setObjectName(u"actionExportXlsx")
        self.actionExportPdf = QAction(ReviewWindowForm)
        self.actionExportPdf.setObjectName(u"actionExportPdf")
        self.actionClose = QAction(ReviewWindowForm)
        self.actionClose.setObjectName(u"actionClose")
#if QT_CONFIG(shortcut)
        self.actionClose.setShortcut(u"Ctrl+W")
#endif // QT_CONFIG(shortcut)
        self.central = QWidget(ReviewWindowForm)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.summaryFrame = QFrame(self.central)
        self.summaryFrame.setObjectName(u"summaryFrame")
        self.summaryFrame.setStyleSheet(u"#summaryFrame { background:#f5f7fa; border:1px solid #d8dde6; border-radius:4px; }\n"
"#summaryFrame QLabel { background:transparent; color:#1f2933; }\n"
"#summaryFrame QLabel[role=\"value\"] { font-size:13pt; font-weight:bold; }\n"
"#summaryFrame QLabel[role=\"caption\"] { color:#52606d; }")
        self.summaryLayout = QHBoxLayout(self.summaryFrame)
        self.summaryLayout.setSpacing(24)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setContentsMargins(-1, 4, -1, 4)
        self.casesBox = QVBoxLayout()
        self.casesBox.setSpacing(0)
        self.casesBox.setObjectName(u"casesBox")
        self.casesValue = QLabel(self.summaryFrame)
        self.casesValue.setObjectName(u"casesValue")
        self.casesValue.setText(u"0")
        self.casesValue.setProperty(u"role", u"value")

        self.casesBox.addWidget(self.casesValue)

        self.casesCaption = QLabel(self.summaryFrame)
        self.casesCaption.setObjectName(u"casesCaption")
        self.casesCaption.setProperty(u"role", u"caption")

        self.casesBox.addWidget(self.casesCaption)


        self.summaryLayout.addLayout(self.casesBox)

        self.submittedBox = QVBoxLayout()
        self.submittedBox.setSpacing(0)
        self.submittedBox.setObjectName(u"submittedBox")
        self.submittedValue = QLabel(self.summaryFrame)
        self.submittedValue.setObjectName(u"submittedValue")
        self.submittedValue.setText(u"0")
        self.submittedValue.setProperty(u"role", u"value")

        self.submittedBox.addWidget(self.submittedValue)

        self.submittedCaption = QLabel(self.summaryFrame)
        self.submittedCaption.setObjectName(u"submittedCaption")
        self.submittedCaption.setProperty(u"role", u"caption")

        self.submittedBox.addWidget(self.submittedCaption)


        self.summaryLayout.addLayout(self.submittedBox)

        self.unreadableBox = QVBoxLayout()
        self.unreadableBox.setSpacing(0)
        self.unreadableBox.setObjectName(u"unreadableBox")
        self.unreadableValue = QLabel(self.summaryFrame)
        self.unreadableValue.setObjectName(u"unreadableValue")
        self.unreadableValue.setText(u"0")
        self.unreadableValue.setProperty(u"role", u"value")

        self.unreadableBox.addWidget(self.unreadableValue)

        self.unreadableCaption = QLabel(self.summaryFrame)
        self.unreadableCaption.setObjectName(u"unreadableCaption")
        self.unreadableCaption.setProperty(u"role", u"caption")

        self.unreadableBox.addWidget(self.unreadableCaption)


        self.summaryLayout.addLayout(self.unreadableBox)

        self.savingBox = QVBoxLayout()
        self.savingBox.setSpacing(0)
        self.savingBox.setObjectName(u"savingBox")
        self.savingValue = QLabel(self.summaryFrame)
        self.savingValue.setObjectName(u"savingValue")
        self.savingValue.setText(u"0")
        self.savingValue.setProperty(u"role", u"value")

        self.savingBox.addWidget(self.savingValue)

        self.savingCaption = QLabel(self.summaryFrame)
        self.savingCaption.setObjectName(u"savingCaption")
        self.savingCaption.setProperty(u"role", u"caption")

        self.savingBox.addWidget(self.savingCaption)


        self.summaryLayout.addLayout(self.savingBox)

        self.co2Box = QVBoxLayout()
        self.co2Box.setSpacing(0)
        self.co2Box.setObjectName(u"co2Box")
        self.co2Value = QLabel(self.summaryFrame)
        self.co2Value.setObjectName(u"co2Value")
        self.co2Value.setText(u"0")
        self.co2Value.setProperty(u"role", u"value")

        self.co2Box.addWidget(self.co2Value)

        self.co2Caption = QLabel(self.summaryFrame)
        self.co2Caption.setObjectName(u"co2Caption")
        self.co2Caption.setProperty(u"role", u"caption")

        self.co2Box.addWidget(self.co2Caption)


        self.summaryLayout.addLayout(self.co2Box)

        self.wanBox = QVBoxLayout()
        self.wanBox.setSpacing(0)
        self.wanBox.setObjectName(u"wanBox")
        self.wanValue = QLabel(self.summaryFrame)
        self.wanValue.setObjectName(u"wanValue")
        self.wanValue.setText(u"0")
        self.wanValue.setProperty(u"role", u"value")

        self.wanBox.addWidget(self.wanValue)

        self.wanCaption = QLabel(self.summaryFrame)
        self.wanCaption.setObjectName(u"wanCaption")
        self.wanCaption.setProperty(u"role", u"caption")

        self.wanBox.addWidget(self.wanCaption)


        self.summaryLayout.addLayout(self.wanBox)

        self.investmentBox = QVBoxLayout()
        self.investmentBox.setSpacing(0)
        self.investmentBox.setObjectName(u"investmentBox")
        self.investmentValue = QLabel(self.summaryFrame)
        self.investmentValue.setObjectName(u"investmentValue")
        self.investmentValue.setText(u"0")
        self.investmentValue.setProperty(u"role", u"value")

        self.investmentBox.addWidget(self.investmentValue)

        self.investmentCaption = QLabel(self.summaryFrame)
        self.investmentCaption.setObjectName(u"investmentCaption")
        self.investmentCaption.setProperty(u"role", u"caption")

        self.investmentBox.addWidget(self.investmentCaption)


        self.summaryLayout.addLayout(self.investmentBox)

        self.feedbackBox = QVBoxLayout()
        self.feedbackBox.setSpacing(0)
        self.feedbackBox.setObjectName(u"feedbackBox")
        self.feedbackValue = QLabel(self.summaryFrame)
        self.feedbackValue.setObjectName(u"feedbackValue")
        self.feedbackValue.setText(u"0")
        self.feedbackValue.setProperty(u"role", u"value")

        self.feedbackBox.addWidget(self.feedbackValue)

        self.feedbackCaption = QLabel(self.summaryFrame)
        self.feedbackCaption.setObjectName(u"feedbackCaption")
        self.feedbackCaption.setProperty(u"role", u"caption")

        self.feedbackBox.addWidget(self.feedbackCaption)


        self.summaryLayout.addLayout(self.feedbackBox)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryLayout.addItem(self.summarySpacer)


        self.centralLayout.addWidget(self.summaryFrame)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.central)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(280, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.stateLabel = QLabel(self.central)
        self.stateLabel.setObjectName(u"stateLabel")

        self.filterLayout.addWidget(self.stateLabel)

        self.stateCombo = QComboBox(self.central)
        self.stateCombo.setObjectName(u"stateCombo")

        self.filterLayout.addWidget(self.stateCombo)

        self.agencyLabel = QLabel(self.central)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.filterLayout.addWidget(self.agencyLabel)

        self.agencyCombo = QComboBox(self.central)
        self.agencyCombo.setObjectName(u"agencyCombo")
        self.agencyCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.agencyCombo.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.agencyCombo)

        self.regionLabel = QLabel(self.central)
        self.regionLabel.setObjectName(u"regionLabel")

        self.filterLayout.addWidget(self.regionLabel)

        self.regionCombo = QComboBox(self.central)
        self.regionCombo.setObjectName(u"regionCombo")
        self.regionCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.regionCombo.setMinimumContentsLength(6)

        self.filterLayout.addWidget(self.regionCombo)

        self.attentionCheck = QCheckBox(self.central)
        self.attentionCheck.setObjectName(u"attentionCheck")

        self.filterLayout.addWidget(self.attentionCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.countLabel = QLabel(self.central)
        self.countLabel.setObjectName(u"countLabel")

        self.filterLayout.addWidget(self.countLabel)


        self.centralLayout.addLayout(self.filterLayout)

        self.caseTable = QTableView(self.central)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.caseTable.setWordWrap(False)

        self.centralLayout.addWidget(self.caseTable)

        self.legendHost = QWidget(self.central)
        self.legendHost.setObjectName(u"legendHost")

        self.centralLayout.addWidget(self.legendHost)

        self.centralLayout.setStretch(2, 1)
        ReviewWindowForm.setCentralWidget(self.central)
        self.menubar = QMenuBar(ReviewWindowForm)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.viewMenu = QMenu(self.menubar)
        self.viewMenu.setObjectName(u"viewMenu")
        ReviewWindowForm.setMenuBar(self.menubar)
        self.toolBar = QToolBar(ReviewWindowForm)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        ReviewWindowForm.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
        self.statusbar = QStatusBar(ReviewWindowForm)
        self.statusbar.setObjectName(u"statusbar")
        ReviewWindowForm.setStatusBar(self.statusbar)
        self.chartsDock = QDockWidget(ReviewWindowForm)
        self.chartsDock.setObjectName(u"chartsDock")
        self.chartsDock.setFeatures(QDockWidget.DockWidgetClosable|QDockWidget.DockWidgetMovable|QDockWidget.DockWidgetFloatable)
        self.chartsContents = QWidget()
        self.chartsContents.setObjectName(u"chartsContents")
        self.chartsLayout = QVBoxLayout(self.chartsContents)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(4, 0, 4, 4)
        self.chartsHeader = QHBoxLayout()
        self.chartsHeader.setObjectName(u"chartsHeader")
        self.chartsNoteLabel = QLabel(self.chartsContents)
        self.chartsNoteLabel.setObjectName(u"chartsNoteLabel")

        self.chartsHeader.addWidget(self.chartsNoteLabel)

        self.chartsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chartsHeader.addItem(self.chartsSpacer)

        self.followFilterCheck = QCheckBox(self.chartsContents)
        self.followFilterCheck.setObjectName(u"followFilterCheck")

        self.chartsHeader.addWidget(self.followFilterCheck)


        self.chartsLayout.addLayout(self.chartsHeader)

        self.plotsLayout = QHBoxLayout()
        self.plotsLayout.setObjectName(u"plotsLayout")
        self.statePlot = PlotWidget(self.chartsContents)
        self.statePlot.setObjectName(u"statePlot")
        self.statePlot.setMinimumSize(QSize(220, 220))

        self.plotsLayout.addWidget(self.statePlot)

        self.industryPlot = PlotWidget(self.chartsContents)
        self.industryPlot.setObjectName(u"industryPlot")
        self.industryPlot.setMinimumSize(QSize(260, 220))

        self.plotsLayout.addWidget(self.industryPlot)

        self.regionPlot = PlotWidget(self.chartsContents)
        self.regionPlot.setObjectName(u"regionPlot")
        self.regionPlot.setMinimumSize(QSize(240, 220))

        self.plotsLayout.addWidget(self.regionPlot)

        self.savingPlot = PlotWidget(self.chartsContents)
        self.savingPlot.setObjectName(u"savingPlot")
        self.savingPlot.setMinimumSize(QSize(240, 220))

        self.plotsLayout.addWidget(self.savingPlot)


        self.chartsLayout.addLayout(self.plotsLayout)

        self.chartsDock.setWidget(self.chartsContents)
        ReviewWindowForm.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.chartsDock)
#if QT_CONFIG(shortcut)
        self.stateLabel.setBuddy(self.stateCombo)
        self.agencyLabel.setBuddy(self.agencyCombo)
        self.regionLabel.setBuddy(self.regionCombo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.viewMenu.menuAction())
        self.fileMenu.addAction(self.actionOpenFolder)
        self.fileMenu.addAction(self.actionAddFolder)
        self.fileMenu.addAction(self.actionRefresh)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionExportXlsx)
        self.fileMenu.addAction(self.actionExportPdf)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionClose)
        self.toolBar.addAction(self.actionOpenFolder)
        self.toolBar.addAction(self.actionAddFolder)
        self.toolBar.addAction(self.actionRefresh)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionExportXlsx)
        self.toolBar.addAction(self.actionExportPdf)
        self.toolBar.addSeparator()

        self.retranslateUi(ReviewWindowForm)

        QMetaObject.connectSlotsByName(ReviewWindowForm)
    # setupUi

    def retranslateUi(self, ReviewWindowForm):
        ReviewWindowForm.setWindowTitle(QCoreApplication.translate("ReviewWindowForm", u"\u6848\u4f8b\u5ba1\u6838 \u2014 \u8282\u80fd\u8bca\u65ad\u5de5\u4f5c\u53f0", None))
        self.actionOpenFolder.setText(QCoreApplication.translate("ReviewWindowForm", u"\u6253\u5f00\u6587\u4ef6\u5939(&O)\u2026", None))
        self.actionOpenFolder.setIconText(QCoreApplication.translate("ReviewWindowForm", u"\u6253\u5f00\u6587\u4ef6\u5939\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionOpenFolder.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u9009\u62e9\u5b58\u653e\u6848\u4f8b\u6587\u4ef6\u7684\u6587\u4ef6\u5939\uff08\u542b\u5b50\u6587\u4ef6\u5939\uff09\uff0c\u66ff\u6362\u5f53\u524d\u5217\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.actionAddFolder.setText(QCoreApplication.translate("ReviewWindowForm", u"\u6dfb\u52a0\u6587\u4ef6\u5939(&A)\u2026", None))
        self.actionAddFolder.setIconText(QCoreApplication.translate("ReviewWindowForm", u"\u6dfb\u52a0\u6587\u4ef6\u5939\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionAddFolder.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u518d\u6dfb\u52a0\u4e00\u4e2a\u6587\u4ef6\u5939\uff0c\u4e0e\u5df2\u6253\u5f00\u7684\u6587\u4ef6\u5939\u4e00\u8d77\u6c47\u603b", None))
#endif // QT_CONFIG(tooltip)
        self.actionRefresh.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5237\u65b0(&R)", None))
        self.actionRefresh.setIconText(QCoreApplication.translate("ReviewWindowForm", u"\u5237\u65b0", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u91cd\u65b0\u8bfb\u53d6\u5df2\u6253\u5f00\u6587\u4ef6\u5939\u4e2d\u7684\u5168\u90e8\u6848\u4f8b\uff08F5\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionExportXlsx.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5bfc\u51fa\u6c47\u603b\u8868\uff08xlsx\uff09(&X)\u2026", None))
        self.actionExportXlsx.setIconText(QCoreApplication.translate("ReviewWindowForm", u"\u5bfc\u51fa\u6c47\u603b\u8868\uff08xlsx\uff09\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportXlsx.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u5bfc\u51fa\u5168\u90e8\u5df2\u8bfb\u53d6\u7684\u6848\u4f8b\uff08\u4e0d\u53d7\u7b5b\u9009\u5f71\u54cd\uff09\uff1a\u6848\u4f8b\u4e00\u89c8\u3001\u610f\u5411\u4f01\u4e1a\u540d\u5355\u3001\u5de5\u4f5c\u603b\u7ed3", None))
#endif // QT_CONFIG(tooltip)
        self.actionExportPdf.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5bfc\u51fa\u5de5\u4f5c\u603b\u7ed3\uff08PDF\uff09(&P)\u2026", None))
        self.actionExportPdf.setIconText(QCoreApplication.translate("ReviewWindowForm", u"\u5bfc\u51fa\u5de5\u4f5c\u603b\u7ed3\uff08PDF\uff09\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExportPdf.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u6309\u5168\u90e8\u5df2\u8bfb\u53d6\u7684\u6848\u4f8b\uff08\u4e0d\u53d7\u7b5b\u9009\u5f71\u54cd\uff09\u751f\u6210\u5de5\u4f5c\u603b\u7ed3 PDF", None))
#endif // QT_CONFIG(tooltip)
        self.actionClose.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5173\u95ed(&C)", None))
        self.casesCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u53ef\u8bfb\u53d6\u7684\u6848\u4f8b\uff08\u5bb6\uff09", None))
        self.submittedCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5f85\u5ba1\u6838\uff08\u5df2\u63d0\u4ea4\uff0c\u5bb6\uff09", None))
        self.unreadableCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u65e0\u6cd5\u8bfb\u53d6\u7684\u6587\u4ef6\uff08\u4e2a\uff09", None))
        self.savingCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u8282\u80fd\u91cf\uff08\u5f53\u91cf\u503c\uff0ctce/a\uff09", None))
        self.co2Caption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u51cf\u6392\uff08tCO2/a\uff09", None))
        self.wanCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5e74\u8282\u7ea6\uff08\u4e07\u5143/a\uff09", None))
        self.investmentCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u6295\u8d44\uff08\u4e07\u5143\uff09", None))
        self.feedbackCaption.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5df2\u786e\u8ba4\u4f01\u4e1a\u53cd\u9988\uff08\u5bb6\uff09", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReviewWindowForm", u"\u641c\u7d22\uff1a\u4f01\u4e1a\u540d\u79f0\u3001\u4fe1\u7528\u4ee3\u7801\u3001\u5730\u533a\u3001\u884c\u4e1a\u3001\u673a\u6784\u3001\u6587\u4ef6\u540d", None))
        self.stateLabel.setText(QCoreApplication.translate("ReviewWindowForm", u"\u72b6\u6001", None))
        self.agencyLabel.setText(QCoreApplication.translate("ReviewWindowForm", u"\u670d\u52a1\u673a\u6784", None))
        self.regionLabel.setText(QCoreApplication.translate("ReviewWindowForm", u"\u5730\u533a", None))
        self.attentionCheck.setText(QCoreApplication.translate("ReviewWindowForm", u"\u53ea\u770b\u9700\u5173\u6ce8\u7684", None))
#if QT_CONFIG(tooltip)
        self.attentionCheck.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u6709\u963b\u65ad\u95ee\u9898\u6216\u5408\u7406\u6027\u95ee\u9898\u3001\u5b8c\u6574\u5ea6\u4e0d\u8db3 100%\u3001\u65e0\u6cd5\u8bfb\u53d6\u3001\u5df2\u63d0\u4ea4\u5f85\u5ba1\u6838\u6216\u6709\u672a\u89e3\u51b3\u5ba1\u6838\u610f\u89c1\u7684\u6848\u4f8b", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.caseTable.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u53cc\u51fb\u6216\u6309\u56de\u8f66\u6253\u5f00\u6848\u4f8b\u8fdb\u884c\u5ba1\u6838", None))
#endif // QT_CONFIG(tooltip)
        self.fileMenu.setTitle(QCoreApplication.translate("ReviewWindowForm", u"\u6587\u4ef6(&F)", None))
        self.viewMenu.setTitle(QCoreApplication.translate("ReviewWindowForm", u"\u89c6\u56fe(&V)", None))
        self.toolBar.setWindowTitle(QCoreApplication.translate("ReviewWindowForm", u"\u5de5\u5177\u680f", None))
        self.chartsDock.setWindowTitle(QCoreApplication.translate("ReviewWindowForm", u"\u7edf\u8ba1\u56fe\u8868", None))
        self.followFilterCheck.setText(QCoreApplication.translate("ReviewWindowForm", u"\u56fe\u8868\u968f\u7b5b\u9009\u53d8\u5316", None))
#if QT_CONFIG(tooltip)
        self.followFilterCheck.setToolTip(QCoreApplication.translate("ReviewWindowForm", u"\u52fe\u9009\u540e\u56fe\u8868\u53ea\u7edf\u8ba1\u8868\u683c\u4e2d\u663e\u793a\u7684\u6848\u4f8b\uff1b\u4e0d\u52fe\u9009\u65f6\u7edf\u8ba1\u5168\u90e8\u5df2\u8bfb\u53d6\u7684\u6848\u4f8b", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

