"""The merge benchmark still runs against the code it measures (its figures are for
`python -m bench`, not for the suite): a tenth of its panel, every file taken in."""

from __future__ import annotations

from bench import merge


def test_the_merge_benchmark_takes_every_file_and_merges_every_application() -> None:
    figures = merge.run(**merge.QUICK)
    assert figures["files"] == merge.QUICK["experts"]
    assert figures["scores"] == merge.QUICK["applications"] * merge.PER_APPLICATION * merge.CRITERIA
    assert figures["measured_s"] > 0 and figures["peak_mb"] > 0
