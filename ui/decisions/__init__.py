"""Screens of the decisions: ranking, decisions, documents."""
