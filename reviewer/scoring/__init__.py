"""Scoring: kits, the expert's scoring, score files and sheets, the printed score sheet."""
