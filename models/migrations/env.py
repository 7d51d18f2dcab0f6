"""Alembic environment: runs on the connection that `reviewer.store.storage` hands over.

There is no alembic.ini and no URL here: a campaign file is opened by the application,
which passes its open connection in `config.attributes["connection"]`.
"""

from alembic import context

from models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that.
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
