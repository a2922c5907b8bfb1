"""DLZW Desktop: case management for the microloan advisors of Wirtschaftsförderung Dortmund."""

__version__ = "0.1.0"
APP_NAME = "DLZW Desktop"
APP_ID = "dlzw-desktop"
ORGANISATION = "Wirtschaftsförderung Dortmund"
