# Generated from forms/metering.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'metering.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_MeteringForm(object):
    def setupUi(self, MeteringForm):
        if not MeteringForm.objectName():
            MeteringForm.setObjectName(u"MeteringForm")
        MeteringForm.resize(1000, 760)
        self.mainLayout = QVBoxLayout(MeteringForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.ratesGroup = QGroupBox(MeteringForm)
        self.ratesGroup.setObjectName(u"ratesGroup")
        self.ratesLayout = QVBoxLayout(self.ratesGroup)
        self.ratesLayout.setObjectName(u"ratesLayout")
        self.rateTable = QTableWidget(self.ratesGroup)
        self.rateTable.setObjectName(u"rateTable")
        self.rateTable.setMinimumSize(QSize(0, 170))

        self.ratesLayout.addWidget(self.rateTable)

        self.rateButtons = QHBoxLayout()
        self.rateButtons.setObjectName(u"rateButtons")
        self.addRequirementButton = QPushButton(self.ratesGroup)
        self.addRequirementButton.setObjectName(u"addRequirementButton")

        self.rateButtons.addWidget(self.addRequirementButton)

        self.rateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rateButtons.addItem(self.rateSpacer)


        self.ratesLayout.addLayout(self.rateButtons)

        self.findingsLabel = QLabel(self.ratesGroup)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)

        self.ratesLayout.addWidget(self.findingsLabel)


        self.mainLayout.addWidget(self.ratesGroup)

        self.meterButtons = QHBoxLayout()
        self.meterButtons.setObjectName(u"meterButtons")
        self.ledgerTitle = QLabel(MeteringForm)
        self.ledgerTitle.setObjectName(u"ledgerTitle")

        self.meterButtons.addWidget(self.ledgerTitle)

        self.meterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meterButtons.addItem(self.meterSpacer)

        self.addMeterButton = QPushButton(MeteringForm)
        self.addMeterButton.setObjectName(u"addMeterButton")

        self.meterButtons.addWidget(self.addMeterButton)

        self.removeMeterButton = QPushButton(MeteringForm)
        self.removeMeterButton.setObjectName(u"removeMeterButton")

        self.meterButtons.addWidget(self.removeMeterButton)


        self.mainLayout.addLayout(self.meterButtons)

        self.meterTable = QTableWidget(MeteringForm)
        self.meterTable.setObjectName(u"meterTable")
        self.meterTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meterTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.mainLayout.addWidget(self.meterTable)

        self.mainLayout.setStretch(2, 1)

        self.retranslateUi(MeteringForm)

        QMetaObject.connectSlotsByName(MeteringForm)
    # setupUi

    def retranslateUi(self, MeteringForm):
        self.ratesGroup.setTitle(QCoreApplication.translate("MeteringForm", u"\u914d\u5907\u7387\uff08GB 17167-2006 \u88683\uff1b\u5e94\u914d\u5907\u6570\u53cc\u51fb\u7f16\u8f91\uff09", None))
        self.addRequirementButton.setText(QCoreApplication.translate("MeteringForm", u"\u6dfb\u52a0\u5e94\u914d\u5907\u9879\u2026", None))
        self.ledgerTitle.setText(QCoreApplication.translate("MeteringForm", u"\u8ba1\u91cf\u5668\u5177\u53f0\u8d26\uff08\u53cc\u51fb\u5355\u5143\u683c\u7f16\u8f91\uff09", None))
        self.addMeterButton.setText(QCoreApplication.translate("MeteringForm", u"\u6dfb\u52a0\u8ba1\u91cf\u5668\u5177\u2026", None))
        self.removeMeterButton.setText(QCoreApplication.translate("MeteringForm", u"\u5220\u9664\u6240\u9009", None))
        pass
    # retranslateUi

