"""Screens of the campaign: overview, new campaign, backups, audit log."""
