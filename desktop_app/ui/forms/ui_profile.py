# Generated from forms/profile.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_ProfileForm(object):
    def setupUi(self, ProfileForm):
        if not ProfileForm.objectName():
            ProfileForm.setObjectName(u"ProfileForm")
        ProfileForm.resize(760, 900)
        self.mainLayout = QVBoxLayout(ProfileForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.basicGroup = QGroupBox(ProfileForm)
        self.basicGroup.setObjectName(u"basicGroup")
        self.basicGroup_layout = QFormLayout(self.basicGroup)
        self.basicGroup_layout.setObjectName(u"basicGroup_layout")
        self.basicGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_nameEdit = QLabel(self.basicGroup)
        self.lbl_nameEdit.setObjectName(u"lbl_nameEdit")

        self.basicGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_nameEdit)

        self.nameEdit = QLineEdit(self.basicGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setProperty(u"fieldKey", u"enterprise.name")

        self.basicGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.lbl_usccEdit = QLabel(self.basicGroup)
        self.lbl_usccEdit.setObjectName(u"lbl_usccEdit")

        self.basicGroup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_usccEdit)

        self.usccEdit = QLineEdit(self.basicGroup)
        self.usccEdit.setObjectName(u"usccEdit")
        self.usccEdit.setProperty(u"fieldKey", u"enterprise.uscc")

        self.basicGroup_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usccEdit)

        self.lbl_provinceCombo = QLabel(self.basicGroup)
        self.lbl_provinceCombo.setObjectName(u"lbl_provinceCombo")

        self.basicGroup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_provinceCombo)

        self.provinceCombo = QComboBox(self.basicGroup)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setProperty(u"fieldKey", u"enterprise.province_code")

        self.basicGroup_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.lbl_cityEdit = QLabel(self.basicGroup)
        self.lbl_cityEdit.setObjectName(u"lbl_cityEdit")

        self.basicGroup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_cityEdit)

        self.cityEdit = QLineEdit(self.basicGroup)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setProperty(u"fieldKey", u"enterprise.city")

        self.basicGroup_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.lbl_countyEdit = QLabel(self.basicGroup)
        self.lbl_countyEdit.setObjectName(u"lbl_countyEdit")

        self.basicGroup_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_countyEdit)

        self.countyEdit = QLineEdit(self.basicGroup)
        self.countyEdit.setObjectName(u"countyEdit")
        self.countyEdit.setProperty(u"fieldKey", u"enterprise.county")

        self.basicGroup_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countyEdit)

        self.lbl_addressEdit = QLabel(self.basicGroup)
        self.lbl_addressEdit.setObjectName(u"lbl_addressEdit")

        self.basicGroup_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lbl_addressEdit)

        self.addressEdit = QLineEdit(self.basicGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setProperty(u"fieldKey", u"enterprise.address")

        self.basicGroup_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.lbl_industryCombo = QLabel(self.basicGroup)
        self.lbl_industryCombo.setObjectName(u"lbl_industryCombo")

        self.basicGroup_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.lbl_industryCombo)

        self.industryCombo = QComboBox(self.basicGroup)
        self.industryCombo.setObjectName(u"industryCombo")
        self.industryCombo.setProperty(u"fieldKey", u"enterprise.industry_code")

        self.basicGroup_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.industryCombo)


        self.mainLayout.addWidget(self.basicGroup)

        self.scaleGroup = QGroupBox(ProfileForm)
        self.scaleGroup.setObjectName(u"scaleGroup")
        self.scaleGroup_layout = QFormLayout(self.scaleGroup)
        self.scaleGroup_layout.setObjectName(u"scaleGroup_layout")
        self.scaleGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_employeesEdit = QLabel(self.scaleGroup)
        self.lbl_employeesEdit.setObjectName(u"lbl_employeesEdit")

        self.scaleGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_employeesEdit)

        self.employeesEdit = QLineEdit(self.scaleGroup)
        self.employeesEdit.setObjectName(u"employeesEdit")
        self.employeesEdit.setProperty(u"fieldKey", u"enterprise.employees")

        self.scaleGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employeesEdit)

        self.lbl_revenueEdit = QLabel(self.scaleGroup)
        self.lbl_revenueEdit.setObjectName(u"lbl_revenueEdit")

        self.scaleGroup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_revenueEdit)

        self.revenueEdit = QLineEdit(self.scaleGroup)
        self.revenueEdit.setObjectName(u"revenueEdit")
        self.revenueEdit.setProperty(u"fieldKey", u"enterprise.revenue_wan")

        self.scaleGroup_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.revenueEdit)

        self.lbl_outputEdit = QLabel(self.scaleGroup)
        self.lbl_outputEdit.setObjectName(u"lbl_outputEdit")

        self.scaleGroup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_outputEdit)

        self.outputEdit = QLineEdit(self.scaleGroup)
        self.outputEdit.setObjectName(u"outputEdit")
        self.outputEdit.setProperty(u"fieldKey", u"enterprise.output_value_wan")

        self.scaleGroup_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outputEdit)

        self.lbl_energyEdit = QLabel(self.scaleGroup)
        self.lbl_energyEdit.setObjectName(u"lbl_energyEdit")

        self.scaleGroup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_energyEdit)

        self.energyEdit = QLineEdit(self.scaleGroup)
        self.energyEdit.setObjectName(u"energyEdit")
        self.energyEdit.setProperty(u"fieldKey", u"enterprise.energy_tce_last_year")

        self.scaleGroup_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.energyEdit)

        self.lbl_smeLabel = QLabel(self.scaleGroup)
        self.lbl_smeLabel.setObjectName(u"lbl_smeLabel")

        self.scaleGroup_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lbl_smeLabel)

        self.smeLabel = QLabel(self.scaleGroup)
        self.smeLabel.setObjectName(u"smeLabel")
        self.smeLabel.setWordWrap(True)
        self.smeLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.scaleGroup_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smeLabel)


        self.mainLayout.addWidget(self.scaleGroup)

        self.productionGroup = QGroupBox(ProfileForm)
        self.productionGroup.setObjectName(u"productionGroup")
        self.productionGroup_layout = QFormLayout(self.productionGroup)
        self.productionGroup_layout.setObjectName(u"productionGroup_layout")
        self.productionGroup_layout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.lbl_productsEdit = QLabel(self.productionGroup)
        self.lbl_productsEdit.setObjectName(u"lbl_productsEdit")
        self.lbl_productsEdit.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.productionGroup_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_productsEdit)

        self.productsEdit = QPlainTextEdit(self.productionGroup)
        self.productsEdit.setObjectName(u"productsEdit")
        self.productsEdit.setMaximumSize(QSize(16777215, 90))
        self.productsEdit.setTabChangesFocus(True)
        self.productsEdit.setProperty(u"fieldKey", u"enterprise.main_products")

        self.productionGroup_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.productsEdit)

        self.lbl_capacityEdit = QLabel(self.productionGroup)
        self.lbl_capacityEdit.setObjectName(u"lbl_capacityEdit")
        self.lbl_capacityEdit.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.productionGroup_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_capacityEdit)

        self.capacityEdit = QPlainTextEdit(self.productionGroup)
        self.capacityEdit.setObjectName(u"capacityEdit")
        self.capacityEdit.setMaximumSize(QSize(16777215, 90))
        self.capacityEdit.setTabChangesFocus(True)
        self.capacityEdit.setProperty(u"fieldKey", u"enterprise.capacity")

        self.productionGroup_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capacityEdit)

        self.lbl_processEdit = QLabel(self.productionGroup)
        self.lbl_processEdit.setObjectName(u"lbl_processEdit")
        self.lbl_processEdit.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.productionGroup_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_processEdit)

        self.processEdit = QPlainTextEdit(self.productionGroup)
        self.processEdit.setObjectName(u"processEdit")
        self.processEdit.setMaximumSize(QSize(16777215, 90))
        self.processEdit.setTabChangesFocus(True)
        self.processEdit.setProperty(u"fieldKey", u"enterprise.process_description")

        self.productionGroup_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.processEdit)

        self.lbl_supplyEdit = QLabel(self.productionGroup)
        self.lbl_supplyEdit.setObjectName(u"lbl_supplyEdit")
        self.lbl_supplyEdit.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.productionGroup_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lbl_supplyEdit)

        self.supplyEdit = QPlainTextEdit(self.productionGroup)
        self.supplyEdit.setObjectName(u"supplyEdit")
        self.supplyEdit.setMaximumSize(QSize(16777215, 90))
        self.supplyEdit.setTabChangesFocus(True)
        self.supplyEdit.setProperty(u"fieldKey", u"enterprise.supply_systems")

        self.productionGroup_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.supplyEdit)


        self.mainLayout.addWidget(self.productionGroup)

        self.contactGroup = QGroupBox(ProfileForm)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactLayout = QVBoxLayout(self.contactGroup)
        self.contactLayout.setObjectName(u"contactLayout")
        self.contactTable = QTableWidget(self.contactGroup)
        if (self.contactTable.columnCount() < 4):
            self.contactTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.contactTable.setObjectName(u"contactTable")
        self.contactTable.setMinimumSize(QSize(0, 120))
        self.contactTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.contactTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.contactLayout.addWidget(self.contactTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.contactGroup)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactGroup)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.contactLayout.addLayout(self.contactButtons)


        self.mainLayout.addWidget(self.contactGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.lbl_nameEdit.setBuddy(self.nameEdit)
        self.lbl_usccEdit.setBuddy(self.usccEdit)
        self.lbl_provinceCombo.setBuddy(self.provinceCombo)
        self.lbl_cityEdit.setBuddy(self.cityEdit)
        self.lbl_countyEdit.setBuddy(self.countyEdit)
        self.lbl_addressEdit.setBuddy(self.addressEdit)
        self.lbl_industryCombo.setBuddy(self.industryCombo)
        self.lbl_employeesEdit.setBuddy(self.employeesEdit)
        self.lbl_revenueEdit.setBuddy(self.revenueEdit)
        self.lbl_outputEdit.setBuddy(self.outputEdit)
        self.lbl_energyEdit.setBuddy(self.energyEdit)
        self.lbl_productsEdit.setBuddy(self.productsEdit)
        self.lbl_capacityEdit.setBuddy(self.capacityEdit)
        self.lbl_processEdit.setBuddy(self.processEdit)
        self.lbl_supplyEdit.setBuddy(self.supplyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileForm)

        QMetaObject.connectSlotsByName(ProfileForm)
    # setupUi

    def retranslateUi(self, ProfileForm):
        self.basicGroup.setTitle(QCoreApplication.translate("ProfileForm", u"\u57fa\u672c\u4fe1\u606f", None))
        self.lbl_nameEdit.setText(QCoreApplication.translate("ProfileForm", u"\u4f01\u4e1a\u540d\u79f0 *", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u4e0e\u8425\u4e1a\u6267\u7167\u4e00\u81f4", None))
        self.lbl_usccEdit.setText(QCoreApplication.translate("ProfileForm", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801 *", None))
        self.usccEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"18 \u4f4d\uff0c\u542b\u6821\u9a8c\u7801", None))
        self.lbl_provinceCombo.setText(QCoreApplication.translate("ProfileForm", u"\u6240\u5728\u7701\u4efd *", None))
        self.lbl_cityEdit.setText(QCoreApplication.translate("ProfileForm", u"\u6240\u5728\u5730\u5e02 *", None))
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u4f8b\u5982\uff1a\u65b0\u4e61\u5e02", None))
        self.lbl_countyEdit.setText(QCoreApplication.translate("ProfileForm", u"\u6240\u5728\u533a\u53bf *", None))
        self.countyEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u4f8b\u5982\uff1a\u8f89\u53bf\u5e02", None))
        self.lbl_addressEdit.setText(QCoreApplication.translate("ProfileForm", u"\u8be6\u7ec6\u5730\u5740", None))
        self.lbl_industryCombo.setText(QCoreApplication.translate("ProfileForm", u"\u6240\u5c5e\u884c\u4e1a\uff08GB/T 4754-2017\uff09*", None))
        self.scaleGroup.setTitle(QCoreApplication.translate("ProfileForm", u"\u89c4\u6a21\u4e0e\u80fd\u8017", None))
        self.lbl_employeesEdit.setText(QCoreApplication.translate("ProfileForm", u"\u4ece\u4e1a\u4eba\u5458\uff08\u4eba\uff09*", None))
        self.lbl_revenueEdit.setText(QCoreApplication.translate("ProfileForm", u"\u8425\u4e1a\u6536\u5165\uff08\u4e07\u5143\uff09*", None))
        self.lbl_outputEdit.setText(QCoreApplication.translate("ProfileForm", u"\u5de5\u4e1a\u603b\u4ea7\u503c\uff08\u4e07\u5143\uff09", None))
        self.lbl_energyEdit.setText(QCoreApplication.translate("ProfileForm", u"\u4e0a\u5e74\u5ea6\u7efc\u5408\u80fd\u6e90\u6d88\u8d39\u91cf\uff08\u5428\u6807\u51c6\u7164\uff09*", None))
        self.lbl_smeLabel.setText(QCoreApplication.translate("ProfileForm", u"\u4f01\u4e1a\u89c4\u6a21\uff08\u6309\u5de5\u4fe1\u90e8\u8054\u4f01\u4e1a\u30142011\u3015300\u53f7\uff09", None))
        self.productionGroup.setTitle(QCoreApplication.translate("ProfileForm", u"\u751f\u4ea7\u60c5\u51b5", None))
        self.lbl_productsEdit.setText(QCoreApplication.translate("ProfileForm", u"\u4e3b\u8981\u4ea7\u54c1 *", None))
        self.productsEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u4ea7\u54c1\u540d\u79f0\u53ca\u5e74\u4ea7\u91cf", None))
        self.lbl_capacityEdit.setText(QCoreApplication.translate("ProfileForm", u"\u751f\u4ea7\u80fd\u529b", None))
        self.capacityEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u4e3b\u8981\u751f\u4ea7\u7ebf\u3001\u88c5\u7f6e\u53ca\u89c4\u6a21", None))
        self.lbl_processEdit.setText(QCoreApplication.translate("ProfileForm", u"\u4e3b\u8981\u751f\u4ea7\u5de5\u827a", None))
        self.processEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u5de5\u827a\u6d41\u7a0b\u7b80\u8ff0", None))
        self.lbl_supplyEdit.setText(QCoreApplication.translate("ProfileForm", u"\u80fd\u6e90\u4f9b\u5e94\u7cfb\u7edf", None))
        self.supplyEdit.setPlaceholderText(QCoreApplication.translate("ProfileForm", u"\u4f9b\u7535\u3001\u4f9b\u70ed\u3001\u71c3\u6599\u3001\u538b\u7f29\u7a7a\u6c14\u3001\u4f9b\u6c34\u7b49", None))
        self.contactGroup.setTitle(QCoreApplication.translate("ProfileForm", u"\u4f01\u4e1a\u8054\u7cfb\u4eba *", None))
        ___qtablewidgetitem = self.contactTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProfileForm", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.contactTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProfileForm", u"\u804c\u52a1", None))
        ___qtablewidgetitem2 = self.contactTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProfileForm", u"\u7535\u8bdd", None))
        ___qtablewidgetitem3 = self.contactTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProfileForm", u"\u7535\u5b50\u90ae\u7bb1", None))
        self.addContactButton.setText(QCoreApplication.translate("ProfileForm", u"\u6dfb\u52a0\u8054\u7cfb\u4eba", None))
        self.removeContactButton.setText(QCoreApplication.translate("ProfileForm", u"\u5220\u9664\u6240\u9009\u8054\u7cfb\u4eba", None))
        pass
    # retranslateUi

