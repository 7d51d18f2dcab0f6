"""Which schema a campaign file has, and upgrading it to this version's schema.

Migrations are numbered `NNNN_name.py`, one after the other, with revision id `NNNN`
(or `NNNN_name` for one made on a branch, until it is chained), so the known revisions
and the head are read from the files' names and their `revision` line. Alembic itself is
imported only to migrate: opening an up-to-date campaign, the usual case, does not pay
for importing it (a test checks that the names and Alembic's own graph agree).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

_MIGRATION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
_REVISION_LINE = re.compile(r'^revision: str = "(\d{4}(?:_\w+)?)"$', re.MULTILINE)


def _migrations_folder() -> str:
    return str(resources.files("models") / "migrations")


@cache
def known_revisions() -> frozenset[str]:
    versions = resources.files("models") / "migrations" / "versions"
    found = set()
    for entry in versions.iterdir():
        if _MIGRATION_FILE.match(entry.name):
            line = _REVISION_LINE.search(entry.read_text(encoding="utf-8"))
            found.add(line.group(1) if line else entry.name[:4])
    return frozenset(found)


@cache
def head_revision() -> str:
    return max(known_revisions())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


@cache
def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _migrations_folder())
    return config


def alembic_config() -> Config:
    """The configuration Alembic's own commands use (tests, `alembic revision`)."""
    return _alembic_config()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema on `connection` up to `target` inside the caller's transaction."""
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, target)
    finally:
        config.attributes.pop("connection", None)
