"""Use cases: everything the GUI can do, without a screen. Never imports Qt."""
