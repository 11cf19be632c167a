# Generated from forms/review_panel.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_panel.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTreeWidget, QVBoxLayout, QWidget

class Ui_ReviewPanelForm(object):
    def setupUi(self, ReviewPanelForm):
        if not ReviewPanelForm.objectName():
            ReviewPanelForm.setObjectName(u"ReviewPanelForm")
        ReviewPanelForm.resize(420, 560)
        self.layout = QVBoxLayout(ReviewPanelForm)
        self.layout.setObjectName(u"layout")
        self.statusLabel = QLabel(ReviewPanelForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.RichText)

        self.layout.addWidget(self.statusLabel)

        self.tabs = QTabWidget(ReviewPanelForm)
        self.tabs.setObjectName(u"tabs")
        self.commentsTab = QWidget()
        self.commentsTab.setObjectName(u"commentsTab")
        self.commentsLayout = QVBoxLayout(self.commentsTab)
        self.commentsLayout.setObjectName(u"commentsLayout")
        self.commentTree = QTreeWidget(self.commentsTab)
        self.commentTree.setObjectName(u"commentTree")
        self.commentTree.setRootIsDecorated(False)
        self.commentTree.setWordWrap(True)
        self.commentTree.setAlternatingRowColors(True)

        self.commentsLayout.addWidget(self.commentTree)

        self.detailLabel = QLabel(self.commentsTab)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.commentsLayout.addWidget(self.detailLabel)

        self.commentButtons = QHBoxLayout()
        self.commentButtons.setObjectName(u"commentButtons")
        self.gotoButton = QPushButton(self.commentsTab)
        self.gotoButton.setObjectName(u"gotoButton")

        self.commentButtons.addWidget(self.gotoButton)

        self.resolveButton = QPushButton(self.commentsTab)
        self.resolveButton.setObjectName(u"resolveButton")

        self.commentButtons.addWidget(self.resolveButton)

        self.addButton = QPushButton(self.commentsTab)
        self.addButton.setObjectName(u"addButton")

        self.commentButtons.addWidget(self.addButton)

        self.withdrawButton = QPushButton(self.commentsTab)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.commentButtons.addWidget(self.withdrawButton)

        self.commentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commentButtons.addItem(self.commentSpacer)


        self.commentsLayout.addLayout(self.commentButtons)

        self.tabs.addTab(self.commentsTab, "")
        self.changesTab = QWidget()
        self.changesTab.setObjectName(u"changesTab")
        self.changesLayout = QVBoxLayout(self.changesTab)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesLabel = QLabel(self.changesTab)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setWordWrap(True)

        self.changesLayout.addWidget(self.changesLabel)

        self.changeTree = QTreeWidget(self.changesTab)
        self.changeTree.setObjectName(u"changeTree")
        self.changeTree.setAlternatingRowColors(True)

        self.changesLayout.addWidget(self.changeTree)

        self.tabs.addTab(self.changesTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.decisionTree = QTreeWidget(self.historyTab)
        self.decisionTree.setObjectName(u"decisionTree")
        self.decisionTree.setRootIsDecorated(False)

        self.historyLayout.addWidget(self.decisionTree)

        self.tabs.addTab(self.historyTab, "")

        self.layout.addWidget(self.tabs)

        self.decisionBox = QWidget(ReviewPanelForm)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QHBoxLayout(self.decisionBox)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setContentsMargins(0, 0, 0, 0)
        self.returnButton = QPushButton(self.decisionBox)
        self.returnButton.setObjectName(u"returnButton")

        self.decisionLayout.addWidget(self.returnButton)

        self.approveButton = QPushButton(self.decisionBox)
        self.approveButton.setObjectName(u"approveButton")

        self.decisionLayout.addWidget(self.approveButton)

        self.reopenButton = QPushButton(self.decisionBox)
        self.reopenButton.setObjectName(u"reopenButton")

        self.decisionLayout.addWidget(self.reopenButton)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionLayout.addItem(self.decisionSpacer)


        self.layout.addWidget(self.decisionBox)


        self.retranslateUi(ReviewPanelForm)

        QMetaObject.connectSlotsByName(ReviewPanelForm)
    # setupUi

    def retranslateUi(self, ReviewPanelForm):
        self.statusLabel.setText(QCoreApplication.translate("ReviewPanelForm", u"\u5c1a\u672a\u5ba1\u6838", None))
        ___qtreewidgetitem = self.commentTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ReviewPanelForm", u"\u65f6\u95f4", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReviewPanelForm", u"\u5ba1\u6838\u4eba", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReviewPanelForm", u"\u610f\u89c1", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewPanelForm", u"\u4f4d\u7f6e", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewPanelForm", u"\u72b6\u6001", None))
        self.detailLabel.setText("")
        self.gotoButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u8f6c\u5230", None))
#if QT_CONFIG(tooltip)
        self.gotoButton.setToolTip(QCoreApplication.translate("ReviewPanelForm", u"\u6253\u5f00\u610f\u89c1\u6240\u6307\u7684\u90e8\u5206\u3001\u6761\u76ee\u3001\u8bbe\u5907\u6216\u63aa\u65bd", None))
#endif // QT_CONFIG(tooltip)
        self.resolveButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u6807\u8bb0\u5df2\u89e3\u51b3\u2026", None))
        self.addButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u6dfb\u52a0\u610f\u89c1\u2026", None))
        self.withdrawButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u64a4\u56de\u610f\u89c1", None))
        self.tabs.setTabText(self.tabs.indexOf(self.commentsTab), QCoreApplication.translate("ReviewPanelForm", u"\u5ba1\u6838\u610f\u89c1", None))
        self.changesLabel.setText("")
        ___qtreewidgetitem1 = self.changeTree.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ReviewPanelForm", u"\u64cd\u4f5c", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ReviewPanelForm", u"\u64cd\u4f5c\u4eba", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ReviewPanelForm", u"\u65f6\u95f4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.changesTab), QCoreApplication.translate("ReviewPanelForm", u"\u5ba1\u6838\u540e\u7684\u4fee\u6539", None))
        ___qtreewidgetitem2 = self.decisionTree.headerItem()
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("ReviewPanelForm", u"\u8bf4\u660e", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("ReviewPanelForm", u"\u5ba1\u6838\u4eba", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("ReviewPanelForm", u"\u51b3\u5b9a", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("ReviewPanelForm", u"\u65f6\u95f4", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ReviewPanelForm", u"\u5ba1\u6838\u8bb0\u5f55", None))
        self.returnButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u9000\u56de\u4fee\u6539\u2026", None))
#if QT_CONFIG(tooltip)
        self.returnButton.setToolTip(QCoreApplication.translate("ReviewPanelForm", u"\u9000\u56de\u5de5\u7a0b\u5e08\u4fee\u6539\uff1a\u6848\u4f8b\u56de\u5230\u53ef\u7f16\u8f91\u72b6\u6001\uff0c\u5ba1\u6838\u610f\u89c1\u968f\u6848\u4f8b\u6587\u4ef6\u4e00\u8d77\u9001\u56de", None))
#endif // QT_CONFIG(tooltip)
        self.approveButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u901a\u8fc7", None))
#if QT_CONFIG(tooltip)
        self.approveButton.setToolTip(QCoreApplication.translate("ReviewPanelForm", u"\u5ba1\u6838\u901a\u8fc7\uff1a\u8981\u6c42\u6240\u6709\u5ba1\u6838\u610f\u89c1\u5df2\u89e3\u51b3", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ReviewPanelForm", u"\u91cd\u65b0\u6253\u5f00\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ReviewPanelForm", u"\u628a\u5df2\u901a\u8fc7\u7684\u6848\u4f8b\u9000\u56de\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

