"""Alembic migrations of the campaign schema, run by `reviewer.storage` when a file opens."""
