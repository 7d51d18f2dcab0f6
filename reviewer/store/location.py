"""Where a campaign lives: a file's path or a database's URL, told apart by the text alone.

Kept apart from reviewer.store.server, which needs SQLAlchemy, so that the desktop app
reads its command line without importing the ORM before its window shows
(ui/campaign_loading.py).
"""

from __future__ import annotations

from pathlib import Path


def is_database_url(location: object) -> bool:
    """Whether a campaign's location names a database rather than a file.

    A path never holds "://" (a Windows drive is "C:\\"), so the test is unambiguous.
    """
    return isinstance(location, str) and "://" in location


def campaign_location(text: str) -> Path | str:
    """A campaign file's path, or a database's URL as it was written."""
    return text if is_database_url(text) else Path(text)
