from alembic import context
from sqlalchemy import Engine
from sqlmodel import SQLModel

import infrastructure.persistence.tables  # noqa: F401  (registers the tables)

engine: Engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
