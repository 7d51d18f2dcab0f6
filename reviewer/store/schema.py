"""Which schema a campaign file has, and upgrading it to this version's schema.

Migrations are numbered `NNNN_name.py`, one after the other, with revision id `NNNN` (or
`NNNN_name` while branches of work each add one, until they are chained), so the known
revisions and the head are read from the files without Alembic. Alembic itself is
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
_REVISION = re.compile(r'^revision(?:: str)? = "(\d{4}(?:_\w+)?)"$', re.MULTILINE)


def _migrations_folder() -> str:
    return str(resources.files("models") / "migrations")


@cache
def known_revisions() -> frozenset[str]:
    versions = resources.files("models") / "migrations" / "versions"
    return frozenset(
        revision.group(1) if (revision := _REVISION.search(entry.read_text("utf-8"))) else number
        for entry in versions.iterdir()
        if (match := _MIGRATION_FILE.match(entry.name)) and (number := match.group(1))
    )


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
