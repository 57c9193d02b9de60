"""The REST API and web UI server (FastAPI): ``create_app(db_url)`` and serve it with uvicorn."""

from newsevents.api.app import create_app

__all__ = ["create_app"]
