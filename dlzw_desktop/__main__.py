"""``python -m dlzw_desktop`` starts the GUI."""

import sys

from dlzw_desktop.app import main

sys.exit(main())
