"""``newsevents serve`` and ``newsevents export``: plain functions the typer commands call."""

from __future__ import annotations

import sys
from pathlib import Path

from newsevents.store.db import DEFAULT_URL
from newsevents.store.queries import EventFilter


def serve(
    db: str = DEFAULT_URL,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    writable: bool = False,
    tile_url: str | None = None,
) -> None:
    """Serve the API and the web UI with uvicorn until interrupted; reviews need ``writable`` and ``token``."""
    import uvicorn

    from newsevents.api import create_app

    if writable and not token:
        raise ValueError("--writable needs --token (write endpoints always require a bearer token)")
    app = create_app(db, api_token=token, read_only=not writable, tile_url=tile_url)
    print(f"newsevents UI and API on http://{host}:{port}/  (OpenAPI: http://{host}:{port}/openapi.json)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def export(fmt: str, db: str = DEFAULT_URL, out: Path | None = None, filters: EventFilter | None = None) -> None:
    """Write every matching event in ``fmt`` (acled, plover, jsonl, parquet) to ``out`` or standard output."""
    from newsevents.export import FORMATS
    from newsevents.store import Store

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    with Store(db) as store:
        chunks = FORMATS[fmt].write(store.engine, filters or EventFilter())
        if out is None:
            for chunk in chunks:
                sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
            return
        with out.open("wb") as sink:
            for chunk in chunks:
                sink.write(chunk)
