"""Services layer: use cases, one unit of work per call; returns frozen dataclasses, never imports Qt."""
