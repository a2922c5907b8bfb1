"""Use cases: one unit of work per call, permission checks, audit; frozen rows out, never Qt."""
