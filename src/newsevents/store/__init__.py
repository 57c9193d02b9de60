"""The event database: documents, events and the inputs ledger on SQLite or PostgreSQL (see ``db.Store``)."""

from newsevents.store import link_tables  # noqa: F401  (registers the link tables on the shared metadata)
from newsevents.store.db import Store

__all__ = ["Store"]
