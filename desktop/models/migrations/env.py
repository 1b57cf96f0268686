"""Alembic environment: always run on a connection handed in by desktop.models.migrate."""

from alembic import context

from desktop.models import entities  # noqa: F401 - registers the tables
from desktop.models.base import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
