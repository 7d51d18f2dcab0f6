"""Screens of intake: applications, applicants, import reports, status overrides."""
