"""Decisions: the ranking, the decisions on each application, the exports."""
