"""Alembic environment: migrates the connection handed over in ``config.attributes`` (see ``migrate.py``)."""

from alembic import context
from sqlalchemy import create_engine

from newsevents.store.migrate import include_object
from newsevents.store.models import Base


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    with create_engine(context.config.get_main_option("sqlalchemy.url")).begin() as conn:
        run_migrations(conn)
