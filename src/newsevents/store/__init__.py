"""The event database: documents, events and the inputs ledger on SQLite or PostgreSQL (see ``db.Store``)."""

from newsevents.store.db import Store

__all__ = ["Store"]
