# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.action_open_database = QAction(MainWindow)
        self.action_open_database.setObjectName(u"action_open_database")
        self.action_global_search = QAction(MainWindow)
        self.action_global_search.setObjectName(u"action_global_search")
        self.action_backup = QAction(MainWindow)
        self.action_backup.setObjectName(u"action_backup")
        self.action_load_demo = QAction(MainWindow)
        self.action_load_demo.setObjectName(u"action_load_demo")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_users = QAction(MainWindow)
        self.action_users.setObjectName(u"action_users")
        self.action_audit = QAction(MainWindow)
        self.action_audit.setObjectName(u"action_audit")
        self.action_data_protection = QAction(MainWindow)
        self.action_data_protection.setObjectName(u"action_data_protection")
        self.action_backups = QAction(MainWindow)
        self.action_backups.setObjectName(u"action_backups")
        self.action_change_password = QAction(MainWindow)
        self.action_change_password.setObjectName(u"action_change_password")
        self.action_sign_out = QAction(MainWindow)
        self.action_sign_out.setObjectName(u"action_sign_out")
        self.action_open_log_folder = QAction(MainWindow)
        self.action_open_log_folder.setObjectName(u"action_open_log_folder")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.navigation_list = QListWidget(self.central_widget)
        self.navigation_list.setObjectName(u"navigation_list")
        self.navigation_list.setMinimumSize(QSize(200, 0))
        self.navigation_list.setMaximumSize(QSize(240, 16777215))
        self.navigation_list.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation_list.setUniformItemSizes(True)
        self.navigation_list.setSpacing(2)

        self.central_layout.addWidget(self.navigation_list)

        self.sections_stack = QStackedWidget(self.central_widget)
        self.sections_stack.setObjectName(u"sections_stack")

        self.central_layout.addWidget(self.sections_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_recent = QMenu(self.menu_file)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_view = QMenu(self.menu_bar)
        self.menu_view.setObjectName(u"menu_view")
        self.menu_admin = QMenu(self.menu_bar)
        self.menu_admin.setObjectName(u"menu_admin")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_view.menuAction())
        self.menu_bar.addAction(self.menu_admin.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_open_database)
        self.menu_file.addAction(self.menu_recent.menuAction())
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_backup)
        self.menu_file.addAction(self.action_load_demo)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_view.addAction(self.action_global_search)
        self.menu_view.addSeparator()
        self.menu_admin.addAction(self.action_users)
        self.menu_admin.addAction(self.action_audit)
        self.menu_admin.addAction(self.action_data_protection)
        self.menu_admin.addAction(self.action_backups)
        self.menu_admin.addSeparator()
        self.menu_admin.addAction(self.action_change_password)
        self.menu_admin.addAction(self.action_sign_out)
        self.menu_help.addAction(self.action_open_log_folder)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"DLZW Desktop", None))
        self.action_open_database.setText(QCoreApplication.translate("MainWindow", u"&Open database\u2026", None))
#if QT_CONFIG(shortcut)
        self.action_open_database.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+O", None))
#endif // QT_CONFIG(shortcut)
        self.action_global_search.setText(QCoreApplication.translate("MainWindow", u"&Search everywhere\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_global_search.setToolTip(QCoreApplication.translate("MainWindow", u"Search cases, people, businesses and properties (Ctrl+K)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_global_search.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+K", None))
#endif // QT_CONFIG(shortcut)
        self.action_backup.setText(QCoreApplication.translate("MainWindow", u"&Back up database\u2026", None))
        self.action_load_demo.setText(QCoreApplication.translate("MainWindow", u"Load &demo data\u2026", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_users.setText(QCoreApplication.translate("MainWindow", u"&Users\u2026", None))
        self.action_audit.setText(QCoreApplication.translate("MainWindow", u"&Audit trail\u2026", None))
#if QT_CONFIG(shortcut)
        self.action_audit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+A", None))
#endif // QT_CONFIG(shortcut)
        self.action_data_protection.setText(QCoreApplication.translate("MainWindow", u"&Data protection\u2026", None))
        self.action_backups.setText(QCoreApplication.translate("MainWindow", u"Backups and &restore\u2026", None))
        self.action_change_password.setText(QCoreApplication.translate("MainWindow", u"&Change my password\u2026", None))
        self.action_sign_out.setText(QCoreApplication.translate("MainWindow", u"&Sign out", None))
#if QT_CONFIG(shortcut)
        self.action_sign_out.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.action_open_log_folder.setText(QCoreApplication.translate("MainWindow", u"Open &log folder", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About DLZW Desktop", None))
#if QT_CONFIG(accessibility)
        self.navigation_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navigation_list.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Choose a section of the application", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections_stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Section content", None))
#endif // QT_CONFIG(accessibility)
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"&Recently opened", None))
        self.menu_view.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menu_admin.setTitle(QCoreApplication.translate("MainWindow", u"Administration", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

