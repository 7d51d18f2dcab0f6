"""Screens of the panel: experts and assignment."""
