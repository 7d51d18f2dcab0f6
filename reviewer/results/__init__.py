"""Results: aggregation, divergence, calibration, reliability, the merge, its lock, and
re-score rounds."""
