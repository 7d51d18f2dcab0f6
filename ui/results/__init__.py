"""Screens of the results: the merged results, charts, calibration, re-score."""
