"""The built-in demo campaign."""
