"""Reviewer's domain: campaigns, intake, rubrics, scoring, merging, decisions, documents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reviewer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
