"""Offline laptop kits: the encrypted package format that carries a laptop's changes back to the office."""
