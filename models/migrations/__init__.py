"""Alembic migrations of the campaign schema, run by `reviewer.store.storage` when a file opens."""
