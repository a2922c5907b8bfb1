"""Domain layer: value objects, enums, rules and calculations. Knows no Qt and no SQLAlchemy."""
