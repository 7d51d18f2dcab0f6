"""Screens of scoring: expert mode and the conflict check."""
