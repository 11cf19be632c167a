# Generated from forms/engagement.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'engagement.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_EngagementForm(object):
    def setupUi(self, EngagementForm):
        if not EngagementForm.objectName():
            EngagementForm.setObjectName(u"EngagementForm")
        EngagementForm.resize(760, 900)
        self.mainLayout = QVBoxLayout(EngagementForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.engagementGroup = QGroupBox(EngagementForm)
        self.engagementGroup.setObjectName(u"engagementGroup")
        self.engagementGroup_layout = QFormLayout(self.engagementGroup)
        self.engagementGroup_layout.setObjectName(u"engagementGroup_layout")
        self.engagementGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_agencyEdit = QLabel(self.engagementGroup)
        self.lbl_agencyEdit.setObjectName(u"lbl_agencyEdit")

        self.engagementGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_agencyEdit)

        self.agencyEdit = QLineEdit(self.engagementGroup)
        self.agencyEdit.setObjectName(u"agencyEdit")
        self.agencyEdit.setProperty(u"fieldKey", u"engagement.agency")

        self.engagementGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.lbl_typeCombo = QLabel(self.engagementGroup)
        self.lbl_typeCombo.setObjectName(u"lbl_typeCombo")

        self.engagementGroup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_typeCombo)

        self.typeCombo = QComboBox(self.engagementGroup)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setProperty(u"fieldKey", u"engagement.diagnosis_type")

        self.engagementGroup_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.lbl_taskBookEdit = QLabel(self.engagementGroup)
        self.lbl_taskBookEdit.setObjectName(u"lbl_taskBookEdit")

        self.engagementGroup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_taskBookEdit)

        self.taskBookEdit = QLineEdit(self.engagementGroup)
        self.taskBookEdit.setObjectName(u"taskBookEdit")
        self.taskBookEdit.setProperty(u"fieldKey", u"engagement.task_book_no")

        self.engagementGroup_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.taskBookEdit)

        self.lbl_teamEdit = QLabel(self.engagementGroup)
        self.lbl_teamEdit.setObjectName(u"lbl_teamEdit")
        self.lbl_teamEdit.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.engagementGroup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_teamEdit)

        self.teamEdit = QPlainTextEdit(self.engagementGroup)
        self.teamEdit.setObjectName(u"teamEdit")
        self.teamEdit.setMaximumSize(QSize(16777215, 90))
        self.teamEdit.setTabChangesFocus(True)
        self.teamEdit.setProperty(u"fieldKey", u"engagement.team")

        self.engagementGroup_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamEdit)


        self.mainLayout.addWidget(self.engagementGroup)

        self.datesGroup = QGroupBox(EngagementForm)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesGroup_layout = QFormLayout(self.datesGroup)
        self.datesGroup_layout.setObjectName(u"datesGroup_layout")
        self.datesGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_visitStartEdit = QLabel(self.datesGroup)
        self.lbl_visitStartEdit.setObjectName(u"lbl_visitStartEdit")

        self.datesGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_visitStartEdit)

        self.visitStartEdit = QLineEdit(self.datesGroup)
        self.visitStartEdit.setObjectName(u"visitStartEdit")
        self.visitStartEdit.setProperty(u"fieldKey", u"engagement.visit_start")

        self.datesGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.visitStartEdit)

        self.lbl_visitEndEdit = QLabel(self.datesGroup)
        self.lbl_visitEndEdit.setObjectName(u"lbl_visitEndEdit")

        self.datesGroup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_visitEndEdit)

        self.visitEndEdit = QLineEdit(self.datesGroup)
        self.visitEndEdit.setObjectName(u"visitEndEdit")
        self.visitEndEdit.setProperty(u"fieldKey", u"engagement.visit_end")

        self.datesGroup_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.visitEndEdit)

        self.lbl_periodStartEdit = QLabel(self.datesGroup)
        self.lbl_periodStartEdit.setObjectName(u"lbl_periodStartEdit")

        self.datesGroup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_periodStartEdit)

        self.periodStartEdit = QLineEdit(self.datesGroup)
        self.periodStartEdit.setObjectName(u"periodStartEdit")
        self.periodStartEdit.setProperty(u"fieldKey", u"engagement.period_start")

        self.datesGroup_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.periodStartEdit)

        self.lbl_periodEndEdit = QLabel(self.datesGroup)
        self.lbl_periodEndEdit.setObjectName(u"lbl_periodEndEdit")

        self.datesGroup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_periodEndEdit)

        self.periodEndEdit = QLineEdit(self.datesGroup)
        self.periodEndEdit.setObjectName(u"periodEndEdit")
        self.periodEndEdit.setProperty(u"fieldKey", u"engagement.period_end")

        self.datesGroup_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.periodEndEdit)

        self.lbl_asOfEdit = QLabel(self.datesGroup)
        self.lbl_asOfEdit.setObjectName(u"lbl_asOfEdit")

        self.datesGroup_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_asOfEdit)

        self.asOfEdit = QLineEdit(self.datesGroup)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setProperty(u"fieldKey", u"case_info.as_of_date")

        self.datesGroup_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.asOfEdit)


        self.mainLayout.addWidget(self.datesGroup)

        self.remarksGroup = QGroupBox(EngagementForm)
        self.remarksGroup.setObjectName(u"remarksGroup")
        self.remarksGroup_layout = QFormLayout(self.remarksGroup)
        self.remarksGroup_layout.setObjectName(u"remarksGroup_layout")
        self.remarksGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_remarksEdit = QLabel(self.remarksGroup)
        self.lbl_remarksEdit.setObjectName(u"lbl_remarksEdit")
        self.lbl_remarksEdit.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.remarksGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_remarksEdit)

        self.remarksEdit = QPlainTextEdit(self.remarksGroup)
        self.remarksEdit.setObjectName(u"remarksEdit")
        self.remarksEdit.setMaximumSize(QSize(16777215, 90))
        self.remarksEdit.setTabChangesFocus(True)
        self.remarksEdit.setProperty(u"fieldKey", u"engagement.remarks")

        self.remarksGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.remarksEdit)


        self.mainLayout.addWidget(self.remarksGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.lbl_agencyEdit.setBuddy(self.agencyEdit)
        self.lbl_typeCombo.setBuddy(self.typeCombo)
        self.lbl_taskBookEdit.setBuddy(self.taskBookEdit)
        self.lbl_teamEdit.setBuddy(self.teamEdit)
        self.lbl_visitStartEdit.setBuddy(self.visitStartEdit)
        self.lbl_visitEndEdit.setBuddy(self.visitEndEdit)
        self.lbl_periodStartEdit.setBuddy(self.periodStartEdit)
        self.lbl_periodEndEdit.setBuddy(self.periodEndEdit)
        self.lbl_asOfEdit.setBuddy(self.asOfEdit)
        self.lbl_remarksEdit.setBuddy(self.remarksEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EngagementForm)

        QMetaObject.connectSlotsByName(EngagementForm)
    # setupUi

    def retranslateUi(self, EngagementForm):
        self.engagementGroup.setTitle(QCoreApplication.translate("EngagementForm", u"\u8bca\u65ad\u4efb\u52a1", None))
        self.lbl_agencyEdit.setText(QCoreApplication.translate("EngagementForm", u"\u63d0\u4f9b\u670d\u52a1\u7684\u673a\u6784 *", None))
        self.lbl_typeCombo.setText(QCoreApplication.translate("EngagementForm", u"\u8282\u80fd\u8bca\u65ad\u7c7b\u578b *", None))
        self.lbl_taskBookEdit.setText(QCoreApplication.translate("EngagementForm", u"\u4efb\u52a1\u4e66\u7f16\u53f7", None))
        self.lbl_teamEdit.setText(QCoreApplication.translate("EngagementForm", u"\u8bca\u65ad\u56e2\u961f *", None))
        self.teamEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"\u6bcf\u884c\u4e00\u4eba\uff1a\u59d3\u540d\uff08\u804c\u8d23\uff0c\u804c\u79f0\uff09", None))
        self.datesGroup.setTitle(QCoreApplication.translate("EngagementForm", u"\u65e5\u671f", None))
        self.lbl_visitStartEdit.setText(QCoreApplication.translate("EngagementForm", u"\u73b0\u573a\u8bca\u65ad\u5f00\u59cb\u65e5\u671f *", None))
        self.visitStartEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"2026-03-16", None))
        self.lbl_visitEndEdit.setText(QCoreApplication.translate("EngagementForm", u"\u73b0\u573a\u8bca\u65ad\u7ed3\u675f\u65e5\u671f *", None))
        self.visitEndEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"2026-03-20", None))
        self.lbl_periodStartEdit.setText(QCoreApplication.translate("EngagementForm", u"\u8bca\u65ad\u671f\u8d77 *", None))
        self.periodStartEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"2025-01-01", None))
        self.lbl_periodEndEdit.setText(QCoreApplication.translate("EngagementForm", u"\u8bca\u65ad\u671f\u6b62 *", None))
        self.periodEndEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"2025-12-31", None))
        self.lbl_asOfEdit.setText(QCoreApplication.translate("EngagementForm", u"\u8bca\u65ad\u57fa\u51c6\u65e5\u671f *", None))
        self.asOfEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"\u51b3\u5b9a\u6240\u7528\u6807\u51c6\u7248\u672c\u548c\u6392\u653e\u56e0\u5b50", None))
        self.remarksGroup.setTitle(QCoreApplication.translate("EngagementForm", u"\u5176\u4ed6", None))
        self.lbl_remarksEdit.setText(QCoreApplication.translate("EngagementForm", u"\u5907\u6ce8", None))
        self.remarksEdit.setPlaceholderText(QCoreApplication.translate("EngagementForm", u"\u533a\u57df\u96c6\u4e2d\u5f0f\u8bca\u65ad\u8bf7\u5728\u6b64\u6ce8\u660e\u56ed\u533a\u6216\u96c6\u7fa4", None))
        pass
    # retranslateUi

