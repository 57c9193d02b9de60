"""Alembic wiring built in code, so migrations run from an installed wheel without an ``alembic.ini``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().with_name("migrations")

# Objects the migrations create with raw DDL that the models cannot describe: the SQLite FTS5 table (and
# its shadow tables) and the Postgres full-text GIN index. Autogenerate must not try to drop them.
RAW_DDL_PREFIX = "articles_fts"
PG_FTS_INDEX = "ix_articles_fts"
# Any fixed number works: every process migrating a Postgres database takes this advisory lock first.
MIGRATION_LOCK_KEY = 7461736


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at the package's migrations; ``env.py`` migrates ``connection``."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic ``include_object`` hook: leave the raw-DDL full-text objects out of autogenerate."""
    name = name or ""
    return not (name.startswith(RAW_DDL_PREFIX) or name == PG_FTS_INDEX)


def upgrade(engine: Engine) -> None:
    """Migrate the database to head in one transaction, serialised against other processes doing it too."""
    options = {"sqlite_begin": "IMMEDIATE"} if engine.dialect.name == "sqlite" else {}
    with engine.connect().execution_options(**options) as conn, conn.begin():
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
        command.upgrade(alembic_config(conn), "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
