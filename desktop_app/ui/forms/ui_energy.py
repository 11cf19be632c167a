# Generated from forms/energy.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'energy.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

from pyqtgraph import PlotWidget

class Ui_EnergyForm(object):
    def setupUi(self, EnergyForm):
        if not EnergyForm.objectName():
            EnergyForm.setObjectName(u"EnergyForm")
        EnergyForm.resize(1000, 900)
        self.mainLayout = QVBoxLayout(EnergyForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.settingsGroup = QGroupBox(EnergyForm)
        self.settingsGroup.setObjectName(u"settingsGroup")
        self.settingsLayout = QFormLayout(self.settingsGroup)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.editionLabelTitle = QLabel(self.settingsGroup)
        self.editionLabelTitle.setObjectName(u"editionLabelTitle")

        self.settingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.editionLabelTitle)

        self.editionLabel = QLabel(self.settingsGroup)
        self.editionLabel.setObjectName(u"editionLabel")
        self.editionLabel.setWordWrap(True)

        self.settingsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.editionLabel)

        self.equalValueTitle = QLabel(self.settingsGroup)
        self.equalValueTitle.setObjectName(u"equalValueTitle")

        self.settingsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.equalValueTitle)

        self.equalRow = QHBoxLayout()
        self.equalRow.setObjectName(u"equalRow")
        self.equalValueEdit = QLineEdit(self.settingsGroup)
        self.equalValueEdit.setObjectName(u"equalValueEdit")

        self.equalRow.addWidget(self.equalValueEdit)

        self.equalYearEdit = QLineEdit(self.settingsGroup)
        self.equalYearEdit.setObjectName(u"equalYearEdit")
        self.equalYearEdit.setMaximumSize(QSize(80, 16777215))

        self.equalRow.addWidget(self.equalYearEdit)

        self.equalSourceEdit = QLineEdit(self.settingsGroup)
        self.equalSourceEdit.setObjectName(u"equalSourceEdit")

        self.equalRow.addWidget(self.equalSourceEdit)


        self.settingsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.equalRow)

        self.gridTitle = QLabel(self.settingsGroup)
        self.gridTitle.setObjectName(u"gridTitle")

        self.settingsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gridTitle)

        self.gridRow = QHBoxLayout()
        self.gridRow.setObjectName(u"gridRow")
        self.gridFactorEdit = QLineEdit(self.settingsGroup)
        self.gridFactorEdit.setObjectName(u"gridFactorEdit")

        self.gridRow.addWidget(self.gridFactorEdit)

        self.gridBasisEdit = QLineEdit(self.settingsGroup)
        self.gridBasisEdit.setObjectName(u"gridBasisEdit")

        self.gridRow.addWidget(self.gridBasisEdit)


        self.settingsLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.gridRow)

        self.heatTitle = QLabel(self.settingsGroup)
        self.heatTitle.setObjectName(u"heatTitle")

        self.settingsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.heatTitle)

        self.heatRow = QHBoxLayout()
        self.heatRow.setObjectName(u"heatRow")
        self.heatFactorEdit = QLineEdit(self.settingsGroup)
        self.heatFactorEdit.setObjectName(u"heatFactorEdit")

        self.heatRow.addWidget(self.heatFactorEdit)

        self.heatBasisEdit = QLineEdit(self.settingsGroup)
        self.heatBasisEdit.setObjectName(u"heatBasisEdit")

        self.heatRow.addWidget(self.heatBasisEdit)


        self.settingsLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.heatRow)

        self.compareTitle = QLabel(self.settingsGroup)
        self.compareTitle.setObjectName(u"compareTitle")

        self.settingsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.compareTitle)

        self.compareRow = QHBoxLayout()
        self.compareRow.setObjectName(u"compareRow")
        self.compareYearEdit = QLineEdit(self.settingsGroup)
        self.compareYearEdit.setObjectName(u"compareYearEdit")
        self.compareYearEdit.setMaximumSize(QSize(80, 16777215))

        self.compareRow.addWidget(self.compareYearEdit)

        self.compareTceEdit = QLineEdit(self.settingsGroup)
        self.compareTceEdit.setObjectName(u"compareTceEdit")

        self.compareRow.addWidget(self.compareTceEdit)

        self.compareOutputEdit = QLineEdit(self.settingsGroup)
        self.compareOutputEdit.setObjectName(u"compareOutputEdit")

        self.compareRow.addWidget(self.compareOutputEdit)


        self.settingsLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.compareRow)

        self.mediaCheck = QCheckBox(self.settingsGroup)
        self.mediaCheck.setObjectName(u"mediaCheck")

        self.settingsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mediaCheck)


        self.mainLayout.addWidget(self.settingsGroup)

        self.itemsGroup = QGroupBox(EnergyForm)
        self.itemsGroup.setObjectName(u"itemsGroup")
        self.itemsLayout = QVBoxLayout(self.itemsGroup)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemTable = QTableWidget(self.itemsGroup)
        self.itemTable.setObjectName(u"itemTable")
        self.itemTable.setMinimumSize(QSize(0, 160))
        self.itemTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.itemTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.itemsLayout.addWidget(self.itemTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(self.itemsGroup)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.itemsGroup)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.itemButtons.addWidget(self.removeItemButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.itemSpacer)

        self.totalsLabel = QLabel(self.itemsGroup)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setTextFormat(Qt.RichText)

        self.itemButtons.addWidget(self.totalsLabel)


        self.itemsLayout.addLayout(self.itemButtons)

        self.traceLabel = QLabel(self.itemsGroup)
        self.traceLabel.setObjectName(u"traceLabel")
        self.traceLabel.setWordWrap(True)
        self.traceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.traceLabel.setStyleSheet(u"background:#f4f4f4; padding:4px;")

        self.itemsLayout.addWidget(self.traceLabel)


        self.mainLayout.addWidget(self.itemsGroup)

        self.monthsGroup = QGroupBox(EnergyForm)
        self.monthsGroup.setObjectName(u"monthsGroup")
        self.monthsLayout = QVBoxLayout(self.monthsGroup)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthTable = QTableWidget(self.monthsGroup)
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setMaximumSize(QSize(16777215, 70))

        self.monthsLayout.addWidget(self.monthTable)


        self.mainLayout.addWidget(self.monthsGroup)

        self.charts = QHBoxLayout()
        self.charts.setObjectName(u"charts")
        self.structurePlot = PlotWidget(EnergyForm)
        self.structurePlot.setObjectName(u"structurePlot")
        self.structurePlot.setMinimumSize(QSize(0, 260))

        self.charts.addWidget(self.structurePlot)

        self.monthPlot = PlotWidget(EnergyForm)
        self.monthPlot.setObjectName(u"monthPlot")
        self.monthPlot.setMinimumSize(QSize(0, 260))

        self.charts.addWidget(self.monthPlot)


        self.mainLayout.addLayout(self.charts)


        self.retranslateUi(EnergyForm)

        QMetaObject.connectSlotsByName(EnergyForm)
    # setupUi

    def retranslateUi(self, EnergyForm):
        self.settingsGroup.setTitle(QCoreApplication.translate("EnergyForm", u"\u8ba1\u7b97\u8bbe\u7f6e", None))
        self.editionLabelTitle.setText(QCoreApplication.translate("EnergyForm", u"\u6298\u6807\u51c6\u7164\u7cfb\u6570", None))
        self.equalValueTitle.setText(QCoreApplication.translate("EnergyForm", u"\u7535\u529b\u7b49\u4ef7\u503c\uff08kgce/kWh\uff09", None))
        self.equalValueEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u4f8b\u5982 0.3016\uff1b\u4e0d\u586b\u5219\u53ea\u7b97\u5f53\u91cf\u503c", None))
        self.equalYearEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u5e74\u4efd", None))
        self.equalSourceEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u6765\u6e90\uff08\u5fc5\u586b\uff09", None))
        self.gridTitle.setText(QCoreApplication.translate("EnergyForm", u"\u7535\u7f51\u6392\u653e\u56e0\u5b50\uff08kgCO2/kWh\uff09", None))
        self.gridFactorEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u4f8b\u5982 0.5366", None))
        self.gridBasisEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u4f9d\u636e\uff08\u5e74\u4efd\u3001\u533a\u57df\u3001\u516c\u544a\uff09", None))
        self.heatTitle.setText(QCoreApplication.translate("EnergyForm", u"\u5916\u8d2d\u70ed\u529b\u6392\u653e\u56e0\u5b50\uff08tCO2/GJ\uff09", None))
        self.heatFactorEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u4f8b\u5982 0.11", None))
        self.heatBasisEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u4f9d\u636e", None))
        self.compareTitle.setText(QCoreApplication.translate("EnergyForm", u"\u5bf9\u6bd4\u671f\uff08\u540c\u6bd4\uff09", None))
        self.compareYearEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u5e74\u4efd", None))
        self.compareTceEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u7efc\u5408\u80fd\u8017\uff08\u5f53\u91cf\u503c\uff0ctce\uff09", None))
        self.compareOutputEdit.setPlaceholderText(QCoreApplication.translate("EnergyForm", u"\u5de5\u4e1a\u603b\u4ea7\u503c\uff08\u4e07\u5143\uff0c\u53ef\u6bd4\u4ef7\uff09", None))
        self.mediaCheck.setText(QCoreApplication.translate("EnergyForm", u"\u5916\u8d2d\u8017\u80fd\u5de5\u8d28\u8ba1\u5165\u7efc\u5408\u80fd\u8017\uff082020 \u7248\u6807\u51c6\u662f\u5426\u8ba1\u5165\u672a\u6838\u5b9e\uff0c\u6309\u9879\u76ee\u7ea6\u5b9a\uff09", None))
        self.itemsGroup.setTitle(QCoreApplication.translate("EnergyForm", u"\u80fd\u6e90\u8d2d\u9500\u5b58\u4e0e\u6d88\u8d39\uff08\u53cc\u51fb\u5355\u5143\u683c\u7f16\u8f91\uff1b\u7070\u8272\u5217\u4e3a\u8ba1\u7b97\u7ed3\u679c\uff09", None))
        self.addItemButton.setText(QCoreApplication.translate("EnergyForm", u"\u6dfb\u52a0\u80fd\u6e90\u54c1\u79cd\u2026", None))
        self.removeItemButton.setText(QCoreApplication.translate("EnergyForm", u"\u5220\u9664\u6240\u9009", None))
        self.monthsGroup.setTitle(QCoreApplication.translate("EnergyForm", u"\u6240\u9009\u80fd\u6e90\u7684\u6708\u5ea6\u7528\u91cf", None))
        pass
    # retranslateUi

