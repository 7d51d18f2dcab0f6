"""Reviewer's domain: campaigns, intake, rubrics, scoring, merging, decisions, documents."""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reviewer")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    # importlib.metadata costs tens of milliseconds at start-up; pay it when asked.
    if name == "__version__":
        return _version()
    raise AttributeError(name)
