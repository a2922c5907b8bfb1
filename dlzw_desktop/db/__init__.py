"""Storage layer: SQLAlchemy models, column types, engines, migrations and backups."""
