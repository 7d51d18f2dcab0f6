"""Returned score files and sheets: read, checked against the campaign, taken in."""
