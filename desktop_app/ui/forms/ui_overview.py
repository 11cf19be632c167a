# Generated from forms/overview.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_OverviewForm(object):
    def setupUi(self, OverviewForm):
        if not OverviewForm.objectName():
            OverviewForm.setObjectName(u"OverviewForm")
        OverviewForm.resize(760, 900)
        self.mainLayout = QVBoxLayout(OverviewForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.enterpriseGroup = QGroupBox(OverviewForm)
        self.enterpriseGroup.setObjectName(u"enterpriseGroup")
        self.enterpriseGroup_layout = QFormLayout(self.enterpriseGroup)
        self.enterpriseGroup_layout.setObjectName(u"enterpriseGroup_layout")
        self.enterpriseGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_enterpriseValue = QLabel(self.enterpriseGroup)
        self.lbl_enterpriseValue.setObjectName(u"lbl_enterpriseValue")

        self.enterpriseGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_enterpriseValue)

        self.enterpriseValue = QLabel(self.enterpriseGroup)
        self.enterpriseValue.setObjectName(u"enterpriseValue")
        self.enterpriseValue.setWordWrap(True)
        self.enterpriseValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.enterpriseValue)

        self.lbl_usccValue = QLabel(self.enterpriseGroup)
        self.lbl_usccValue.setObjectName(u"lbl_usccValue")

        self.enterpriseGroup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_usccValue)

        self.usccValue = QLabel(self.enterpriseGroup)
        self.usccValue.setObjectName(u"usccValue")
        self.usccValue.setWordWrap(True)
        self.usccValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usccValue)

        self.lbl_regionValue = QLabel(self.enterpriseGroup)
        self.lbl_regionValue.setObjectName(u"lbl_regionValue")

        self.enterpriseGroup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_regionValue)

        self.regionValue = QLabel(self.enterpriseGroup)
        self.regionValue.setObjectName(u"regionValue")
        self.regionValue.setWordWrap(True)
        self.regionValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionValue)

        self.lbl_industryValue = QLabel(self.enterpriseGroup)
        self.lbl_industryValue.setObjectName(u"lbl_industryValue")

        self.enterpriseGroup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_industryValue)

        self.industryValue = QLabel(self.enterpriseGroup)
        self.industryValue.setObjectName(u"industryValue")
        self.industryValue.setWordWrap(True)
        self.industryValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.industryValue)

        self.lbl_smeValue = QLabel(self.enterpriseGroup)
        self.lbl_smeValue.setObjectName(u"lbl_smeValue")

        self.enterpriseGroup_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_smeValue)

        self.smeValue = QLabel(self.enterpriseGroup)
        self.smeValue.setObjectName(u"smeValue")
        self.smeValue.setWordWrap(True)
        self.smeValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smeValue)

        self.lbl_typeValue = QLabel(self.enterpriseGroup)
        self.lbl_typeValue.setObjectName(u"lbl_typeValue")

        self.enterpriseGroup_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_typeValue)

        self.typeValue = QLabel(self.enterpriseGroup)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setWordWrap(True)
        self.typeValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.typeValue)

        self.lbl_agencyValue = QLabel(self.enterpriseGroup)
        self.lbl_agencyValue.setObjectName(u"lbl_agencyValue")

        self.enterpriseGroup_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lbl_agencyValue)

        self.agencyValue = QLabel(self.enterpriseGroup)
        self.agencyValue.setObjectName(u"agencyValue")
        self.agencyValue.setWordWrap(True)
        self.agencyValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agencyValue)

        self.lbl_asOfValue = QLabel(self.enterpriseGroup)
        self.lbl_asOfValue.setObjectName(u"lbl_asOfValue")

        self.enterpriseGroup_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lbl_asOfValue)

        self.asOfValue = QLabel(self.enterpriseGroup)
        self.asOfValue.setObjectName(u"asOfValue")
        self.asOfValue.setWordWrap(True)
        self.asOfValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.asOfValue)

        self.lbl_energyValue = QLabel(self.enterpriseGroup)
        self.lbl_energyValue.setObjectName(u"lbl_energyValue")

        self.enterpriseGroup_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.lbl_energyValue)

        self.energyValue = QLabel(self.enterpriseGroup)
        self.energyValue.setObjectName(u"energyValue")
        self.energyValue.setWordWrap(True)
        self.energyValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.energyValue)

        self.lbl_co2Value = QLabel(self.enterpriseGroup)
        self.lbl_co2Value.setObjectName(u"lbl_co2Value")

        self.enterpriseGroup_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lbl_co2Value)

        self.co2Value = QLabel(self.enterpriseGroup)
        self.co2Value.setObjectName(u"co2Value")
        self.co2Value.setWordWrap(True)
        self.co2Value.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.enterpriseGroup_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.co2Value)


        self.mainLayout.addWidget(self.enterpriseGroup)

        self.statusGroup = QGroupBox(OverviewForm)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusLayout = QVBoxLayout(self.statusGroup)
        self.statusLayout.setObjectName(u"statusLayout")
        self.stateValue = QLabel(self.statusGroup)
        self.stateValue.setObjectName(u"stateValue")
        self.stateValue.setTextFormat(Qt.RichText)

        self.statusLayout.addWidget(self.stateValue)

        self.trustValue = QLabel(self.statusGroup)
        self.trustValue.setObjectName(u"trustValue")
        self.trustValue.setTextFormat(Qt.RichText)
        self.trustValue.setWordWrap(True)
        self.trustValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.statusLayout.addWidget(self.trustValue)

        self.completenessBar = QProgressBar(self.statusGroup)
        self.completenessBar.setObjectName(u"completenessBar")

        self.statusLayout.addWidget(self.completenessBar)

        self.checklistBar = QProgressBar(self.statusGroup)
        self.checklistBar.setObjectName(u"checklistBar")

        self.statusLayout.addWidget(self.checklistBar)

        self.checklistLabel = QLabel(self.statusGroup)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.checklistLabel)

        self.workflowButtons = QHBoxLayout()
        self.workflowButtons.setObjectName(u"workflowButtons")
        self.submitButton = QPushButton(self.statusGroup)
        self.submitButton.setObjectName(u"submitButton")

        self.workflowButtons.addWidget(self.submitButton)

        self.withdrawButton = QPushButton(self.statusGroup)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.workflowButtons.addWidget(self.withdrawButton)

        self.returnButton = QPushButton(self.statusGroup)
        self.returnButton.setObjectName(u"returnButton")

        self.workflowButtons.addWidget(self.returnButton)

        self.approveButton = QPushButton(self.statusGroup)
        self.approveButton.setObjectName(u"approveButton")

        self.workflowButtons.addWidget(self.approveButton)

        self.reopenButton = QPushButton(self.statusGroup)
        self.reopenButton.setObjectName(u"reopenButton")

        self.workflowButtons.addWidget(self.reopenButton)

        self.wfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workflowButtons.addItem(self.wfSpacer)


        self.statusLayout.addLayout(self.workflowButtons)


        self.mainLayout.addWidget(self.statusGroup)

        self.missingGroup = QGroupBox(OverviewForm)
        self.missingGroup.setObjectName(u"missingGroup")
        self.missingLayout = QVBoxLayout(self.missingGroup)
        self.missingLayout.setObjectName(u"missingLayout")
        self.findingsList = QListWidget(self.missingGroup)
        self.findingsList.setObjectName(u"findingsList")
        self.findingsList.setMinimumSize(QSize(0, 160))

        self.missingLayout.addWidget(self.findingsList)


        self.mainLayout.addWidget(self.missingGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(OverviewForm)

        QMetaObject.connectSlotsByName(OverviewForm)
    # setupUi

    def retranslateUi(self, OverviewForm):
        self.enterpriseGroup.setTitle(QCoreApplication.translate("OverviewForm", u"\u4f01\u4e1a", None))
        self.lbl_enterpriseValue.setText(QCoreApplication.translate("OverviewForm", u"\u4f01\u4e1a\u540d\u79f0", None))
        self.lbl_usccValue.setText(QCoreApplication.translate("OverviewForm", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.lbl_regionValue.setText(QCoreApplication.translate("OverviewForm", u"\u6240\u5728\u5730\u533a", None))
        self.lbl_industryValue.setText(QCoreApplication.translate("OverviewForm", u"\u6240\u5c5e\u884c\u4e1a", None))
        self.lbl_smeValue.setText(QCoreApplication.translate("OverviewForm", u"\u4f01\u4e1a\u89c4\u6a21", None))
        self.lbl_typeValue.setText(QCoreApplication.translate("OverviewForm", u"\u8bca\u65ad\u7c7b\u578b", None))
        self.lbl_agencyValue.setText(QCoreApplication.translate("OverviewForm", u"\u670d\u52a1\u673a\u6784", None))
        self.lbl_asOfValue.setText(QCoreApplication.translate("OverviewForm", u"\u8bca\u65ad\u57fa\u51c6\u65e5\u671f", None))
        self.lbl_energyValue.setText(QCoreApplication.translate("OverviewForm", u"\u7efc\u5408\u80fd\u8017", None))
        self.lbl_co2Value.setText(QCoreApplication.translate("OverviewForm", u"\u4e8c\u6c27\u5316\u78b3\u6392\u653e", None))
        self.statusGroup.setTitle(QCoreApplication.translate("OverviewForm", u"\u72b6\u6001\u4e0e\u5b8c\u6574\u5ea6", None))
#if QT_CONFIG(tooltip)
        self.trustValue.setToolTip(QCoreApplication.translate("OverviewForm", u"\u6587\u4ef6\u5b8c\u6574\u6027\uff1a\u5404\u884c\u3001\u4fee\u6539\u8bb0\u5f55\u3001\u6570\u636e\u5e93\u7ed3\u6784\u3001\u72b6\u6001\u548c\u6570\u636e\u5757\u662f\u5426\u90fd\u6309\u4fee\u6539\u8bb0\u5f55\u6838\u5bf9\u65e0\u8bef\uff1b\u7b7e\u540d\uff1a\u8c01\u63d0\u4ea4\u3001\u8c01\u5ba1\u6838\uff0c\u5176\u5bc6\u94a5\u662f\u5426\u5df2\u767b\u8bb0\u5728\u672c\u673a\u7684\u5bc6\u94a5\u73af\u4e2d\uff08jnzd keys\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.completenessBar.setFormat(QCoreApplication.translate("OverviewForm", u"\u5fc5\u586b\u9879\u5b8c\u6574\u5ea6 %p%", None))
        self.checklistBar.setFormat(QCoreApplication.translate("OverviewForm", u"\u8bca\u65ad\u6e05\u5355\u5fc5\u586b\u6761\u76ee %p%", None))
        self.submitButton.setText(QCoreApplication.translate("OverviewForm", u"\u63d0\u4ea4\u5ba1\u6838", None))
        self.withdrawButton.setText(QCoreApplication.translate("OverviewForm", u"\u64a4\u56de", None))
        self.returnButton.setText(QCoreApplication.translate("OverviewForm", u"\u9000\u56de\u4fee\u6539", None))
        self.approveButton.setText(QCoreApplication.translate("OverviewForm", u"\u5ba1\u6838\u901a\u8fc7", None))
        self.reopenButton.setText(QCoreApplication.translate("OverviewForm", u"\u91cd\u65b0\u6253\u5f00", None))
        self.missingGroup.setTitle(QCoreApplication.translate("OverviewForm", u"\u5f85\u5b8c\u5584\uff08\u53cc\u51fb\u8df3\u8f6c\uff09", None))
        pass
    # retranslateUi

