"""A campaign file whose disk fills up: SQLite's own page limit, on a real file.

`PRAGMA max_page_count` makes SQLite refuse to grow the database exactly as a full disk
does (SQLITE_FULL, "database or disk is full"), without needing a tiny file system.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, text

from reviewer.store.storage import CampaignStore


@contextlib.contextmanager
def disk_full(store: CampaignStore) -> Iterator[None]:
    """While inside, `store` cannot grow by a single page."""
    with store.reading() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())

    def limit(connection: Any, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "connect", limit)
    store.engine.dispose()  # pooled connections are opened again, limited
    try:
        yield
    finally:
        event.remove(store.engine, "connect", limit)
        store.engine.dispose()
