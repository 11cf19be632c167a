# Generated from forms/products.ui by packaging/build_forms.py. DO NOT EDIT: edit the .ui file and run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

class Ui_ProductsForm(object):
    def setupUi(self, ProductsForm):
        if not ProductsForm.objectName():
            ProductsForm.setObjectName(u"ProductsForm")
        ProductsForm.resize(1000, 760)
        self.mainLayout = QVBoxLayout(ProductsForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intensityLabel = QLabel(ProductsForm)
        self.intensityLabel.setObjectName(u"intensityLabel")
        self.intensityLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.intensityLabel)

        self.productTable = QTableWidget(ProductsForm)
        self.productTable.setObjectName(u"productTable")
        self.productTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.productTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.productTable.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.mainLayout.addWidget(self.productTable)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(ProductsForm)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(ProductsForm)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.mainLayout.addLayout(self.buttons)

        self.inputsGroup = QGroupBox(ProductsForm)
        self.inputsGroup.setObjectName(u"inputsGroup")
        self.inputsLayout = QVBoxLayout(self.inputsGroup)
        self.inputsLayout.setObjectName(u"inputsLayout")
        self.inputTable = QTableWidget(self.inputsGroup)
        self.inputTable.setObjectName(u"inputTable")
        self.inputTable.setMinimumSize(QSize(0, 150))

        self.inputsLayout.addWidget(self.inputTable)


        self.mainLayout.addWidget(self.inputsGroup)

        self.traceGroup = QGroupBox(ProductsForm)
        self.traceGroup.setObjectName(u"traceGroup")
        self.traceLayout = QVBoxLayout(self.traceGroup)
        self.traceLayout.setObjectName(u"traceLayout")
        self.traceLabel = QLabel(self.traceGroup)
        self.traceLabel.setObjectName(u"traceLabel")
        self.traceLabel.setWordWrap(True)
        self.traceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.traceLayout.addWidget(self.traceLabel)


        self.mainLayout.addWidget(self.traceGroup)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(ProductsForm)

        QMetaObject.connectSlotsByName(ProductsForm)
    # setupUi

    def retranslateUi(self, ProductsForm):
        self.addButton.setText(QCoreApplication.translate("ProductsForm", u"\u6dfb\u52a0\u4ea7\u54c1\u6307\u6807\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ProductsForm", u"\u5220\u9664\u6240\u9009", None))
        self.inputsGroup.setTitle(QCoreApplication.translate("ProductsForm", u"\u6240\u9009\u6307\u6807\u7684\u8f93\u5165\uff08\u53cc\u51fb\u6570\u503c\u7f16\u8f91\uff09", None))
        self.traceGroup.setTitle(QCoreApplication.translate("ProductsForm", u"\u5224\u5b9a\u8fc7\u7a0b\uff08\u6807\u51c6\u3001\u8868\u3001\u4fee\u6b63\u3001\u9650\u989d\uff09", None))
        pass
    # retranslateUi

