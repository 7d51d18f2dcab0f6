"""Intake: application packages, the application form, the checklist, applicants."""
