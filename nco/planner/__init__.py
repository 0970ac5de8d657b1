"""Trip planning from a text prompt."""
