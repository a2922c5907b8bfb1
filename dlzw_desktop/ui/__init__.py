"""Qt Widgets user interface. Imports services and domain, never db or SQLAlchemy."""
