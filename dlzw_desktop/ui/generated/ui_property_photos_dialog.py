# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'property_photos_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QListView, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PropertyPhotosDialog(object):
    def setupUi(self, PropertyPhotosDialog):
        if not PropertyPhotosDialog.objectName():
            PropertyPhotosDialog.setObjectName(u"PropertyPhotosDialog")
        self.main_layout = QVBoxLayout(PropertyPhotosDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info_label = QLabel(PropertyPhotosDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.photos_list = QListWidget(PropertyPhotosDialog)
        self.photos_list.setObjectName(u"photos_list")
        self.photos_list.setViewMode(QListView.ViewMode.IconMode)
        self.photos_list.setIconSize(QSize(200, 140))
        self.photos_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos_list.setSpacing(8)
        self.photos_list.setMovement(QListView.Movement.Static)
        self.photos_list.setMinimumSize(QSize(680, 360))

        self.main_layout.addWidget(self.photos_list)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_photo_button = QPushButton(PropertyPhotosDialog)
        self.add_photo_button.setObjectName(u"add_photo_button")

        self.buttons_layout.addWidget(self.add_photo_button)

        self.remove_photo_button = QPushButton(PropertyPhotosDialog)
        self.remove_photo_button.setObjectName(u"remove_photo_button")

        self.buttons_layout.addWidget(self.remove_photo_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(PropertyPhotosDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.photos_list, self.add_photo_button)
        QWidget.setTabOrder(self.add_photo_button, self.remove_photo_button)
        QWidget.setTabOrder(self.remove_photo_button, self.button_box)

        self.retranslateUi(PropertyPhotosDialog)
    # setupUi

    def retranslateUi(self, PropertyPhotosDialog):
        PropertyPhotosDialog.setWindowTitle(QCoreApplication.translate("PropertyPhotosDialog", u"Photos", None))
        self.info_label.setText("")
#if QT_CONFIG(accessibility)
        self.info_label.setAccessibleName(QCoreApplication.translate("PropertyPhotosDialog", u"Property of the photos", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.photos_list.setAccessibleName(QCoreApplication.translate("PropertyPhotosDialog", u"Photos of the property", None))
#endif // QT_CONFIG(accessibility)
        self.add_photo_button.setText(QCoreApplication.translate("PropertyPhotosDialog", u"&Add photo\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_photo_button.setAccessibleName(QCoreApplication.translate("PropertyPhotosDialog", u"Add a photo", None))
#endif // QT_CONFIG(accessibility)
        self.remove_photo_button.setText(QCoreApplication.translate("PropertyPhotosDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.remove_photo_button.setAccessibleName(QCoreApplication.translate("PropertyPhotosDialog", u"Remove the selected photo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.button_box.setAccessibleName(QCoreApplication.translate("PropertyPhotosDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

