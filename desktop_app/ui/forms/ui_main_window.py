# Generated from forms/main_window.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QSplitter, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 760)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(150, 0))
        self.navList.setMaximumSize(QSize(260, 16777215))
        self.splitter.addWidget(self.navList)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.bannerLabel = QLabel(self.rightPane)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setStyleSheet(u"background:#fff4cc; color:#5a4300; padding:6px; border-bottom:1px solid #e0c060;")

        self.rightLayout.addWidget(self.bannerLabel)

        self.pageStack = QStackedWidget(self.rightPane)
        self.pageStack.setObjectName(u"pageStack")

        self.rightLayout.addWidget(self.pageStack)

        self.splitter.addWidget(self.rightPane)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u8282\u80fd\u8bca\u65ad\u5de5\u4f5c\u53f0", None))
    # retranslateUi

