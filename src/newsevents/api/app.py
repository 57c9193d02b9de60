"""The FastAPI application: REST API under ``/api``, exports, reviews and the web UI at ``/``.

Article text is untrusted input. The UI never turns data into markup (it builds DOM nodes with
``textContent``), and every response carries a strict Content-Security-Policy (no inline script or style,
nothing loaded from elsewhere) so that even a mistake there could not run an article's script.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsevents.api.review import EventNotFound, list_audit, review_event
from newsevents.export import FORMATS
from newsevents.record import CLAIM_STATUSES, EVENT_STATUSES
from newsevents.store import Store
from newsevents.store import queries as q
from newsevents.store.models import REVIEW_VERDICTS

WEB = Path(__file__).resolve().parents[1] / "web"
ERROR_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}
Limit = Annotated[int, Query(ge=1, le=q.MAX_LIMIT, description="Items per page.")]
Cursor = Annotated[str | None, Query(description="The next_cursor of the previous page.")]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD


def one_of(values: tuple[str, ...]) -> str:
    """A validation pattern that accepts exactly one of ``values``."""
    return "^(" + "|".join(values) + ")$"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorOut(BaseModel):
    """Every error: ``{"error": {"code": "not_found", "message": "no event ..."}}``."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": code} for status, code in ERROR_CODES.items() if status < 405
} | {422: {"model": ErrorOut, "description": "invalid_request"}}


class PageOut(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None


class RelatedOut(BaseModel):
    """An article related to another one, and how."""

    id: str
    title: str | None
    url: str | None
    site: str | None
    published: str | None = Field(description="Publication date, YYYY-MM-DD.")
    kind: Literal[q.RELATED_KINDS] = Field(
        description="duplicate: near-identical text (a syndicated copy, a re-published page); same happening: a "
        "report of the same story whose lead is alike, one of the two coding no event (an award, a takeover, a "
        "result); related: the same story, by its text or the actors and places both name; shared names: the link "
        "pass stored no link for this article (not run since it was stored, or nothing found), so articles naming "
        "the same actors or places."
    )
    score: float | None = Field(
        description="The link's score, 0 to 1 (duplicate: estimated Jaccard similarity of word 5-grams; related "
        "and same happening: the higher of the TF-IDF cosine and the Jaccard similarity of actors and places); null "
        "for shared names."
    )
    shared: int | None = Field(description="How many actor and place names both articles use; only for shared names.")


class ReviewIn(BaseModel):
    """A reviewer's verdict; with ``corrected``, the fields given replace the extracted ones."""

    verdict: str = Field(pattern=one_of(REVIEW_VERDICTS))
    reviewer: str = Field(min_length=1, max_length=200)
    type: str | None = Field(None, pattern=r"^[A-Z_]{2,32}$")
    status: str | None = Field(None, pattern=one_of(EVENT_STATUSES))
    actor: str | None = Field(None, min_length=1, max_length=200)
    target: str | None = Field(None, min_length=1, max_length=200)
    place: str | None = Field(None, min_length=1, max_length=200)
    date: str | None = Field(None, pattern=DATE_PATTERN)
    fatalities: int | None = Field(None, ge=0, le=1_000_000)


def event_filter(
    type: str | None = Query(None, description="PLOVER event type, e.g. ASSAULT."),
    mode: str | None = Query(None, pattern=r"^[\w-]+$", description="PLOVER mode, e.g. riot."),
    status: str | None = Query(None, pattern=one_of(EVENT_STATUSES)),
    actor: str | None = Query(None, description="Actor or target name (case-insensitive)."),
    country: str | None = Query(None, pattern=r"^[A-Za-z]{2}$", description="ISO alpha-2 of the event's place."),
    place: str | None = Query(None, description="Place name (case-insensitive)."),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
    date_from: str | None = Query(None, pattern=DATE_PATTERN),
    date_to: str | None = Query(None, pattern=DATE_PATTERN),
    q_: str | None = Query(None, alias="q", description="Full-text search in the article."),
    article_id: str | None = Query(None),
    verdict: str | None = Query(None, pattern=one_of((*REVIEW_VERDICTS, "unreviewed"))),
    support: str | None = Query(
        None,
        pattern=one_of(q.EVENT_SUPPORT),
        description="Across sources (after linking): corroborated, single-source, or speculation-only "
        "(speculated here and asserted or reported nowhere else).",
    ),
    min_factuality: float | None = Query(
        None, ge=-3, le=3, description="Least graded factuality (-3 surely did not happen, +3 surely did)."
    ),
    max_factuality: float | None = Query(None, ge=-3, le=3, description="Greatest graded factuality."),
    include_rejected: bool = Query(False),
) -> q.EventFilter:
    return q.EventFilter(
        type=type,
        mode=mode,
        status=status,
        actor=actor,
        country=country,
        place=place,
        bbox=parse_bbox(bbox),
        date_from=date_from,
        date_to=date_to,
        q=q_,
        article_id=article_id,
        verdict=verdict,
        support=support,
        min_factuality=min_factuality,
        max_factuality=max_factuality,
        include_rejected=include_rejected,
    )


Filters = Annotated[q.EventFilter, Depends(event_filter)]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(part) for part in value.split(","))
    except ValueError as error:
        raise q.QueryError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from error
    return min_lon, min_lat, max_lon, max_lat


def security_headers(tile_url: str | None) -> dict[str, str]:
    """Headers on every response. A configured tile server is the only other origin images may come from."""
    img_src = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{", "").replace("}", ""))
        img_src += f" {parts.scheme}://{parts.netloc}"
    policy = (
        f"default-src 'self'; script-src 'self'; style-src 'self'; img-src {img_src}; object-src 'none'; "
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
    return {
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Opener-Policy": "same-origin",
    }


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = ERROR_CODES.get(exc.status_code, "error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return error_response(422, "invalid_request", message)

    @app.exception_handler(q.QueryError)
    async def _bad_query(_request: Request, exc: q.QueryError) -> JSONResponse:
        return error_response(400, "bad_request", str(exc))

    @app.exception_handler(EventNotFound)
    async def _no_event(_request: Request, exc: EventNotFound) -> JSONResponse:
        return error_response(404, "not_found", f"no event {exc}")


def create_app(
    db_url: str, *, api_token: str | None = None, read_only: bool = True, tile_url: str | None = None
) -> FastAPI:
    """The app over the database at ``db_url`` (migrated on start).

    Write endpoints (reviews) answer 403 unless ``read_only`` is False and an ``api_token`` is set, and
    then 401 without ``Authorization: Bearer <api_token>``. ``tile_url`` (``https://host/{z}/{x}/{y}.png``)
    is an optional map tile server the UI may draw under the offline country outlines.
    """
    store = Store(db_url)
    engine = store.engine
    app = FastAPI(title="newsevents", version="1", docs_url=None, redoc_url=None, responses=ERROR_RESPONSES)
    app.state.store = store
    headers = security_headers(tile_url)
    _install_error_handlers(app)

    @app.middleware("http")
    async def _secure(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers.update(headers)
        return response

    def require_writer(authorization: str | None = Header(None)) -> None:
        if read_only or not api_token:
            raise HTTPException(403, "writes are disabled on this server (start it with a token and --writable)")
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.encode(), api_token.encode()):
            raise HTTPException(
                401, "a valid 'Authorization: Bearer <token>' header is needed", {"WWW-Authenticate": "Bearer"}
            )

    @app.get("/api/config", tags=["meta"])
    def config() -> dict[str, Any]:
        """What the UI needs to know: whether reviews are possible and the optional tile server."""
        return {"writable": bool(api_token) and not read_only, "tile_url": tile_url}

    _event_routes(app, engine, require_writer)
    _article_routes(app, engine)
    _entity_routes(app, engine)
    app.mount("/", StaticFiles(directory=WEB / "static", html=True), name="web")
    return app


def _event_routes(app: FastAPI, engine: Any, require_writer: Callable[..., None]) -> None:
    """Events, their reviews and audit trail, and exports; ``require_writer`` guards the review endpoint."""

    @app.get("/api/events", response_model=PageOut, tags=["events"])
    def events(f: Filters, limit: Limit = q.DEFAULT_LIMIT, cursor: Cursor = None) -> q.Page:
        return q.list_events(engine, f, limit, cursor)

    @app.get("/api/events/facets", tags=["events"])
    def facets(f: Filters) -> dict[str, dict[str, int]]:
        return q.event_facets(engine, f)

    @app.get("/api/events/timeline", tags=["events"])
    def timeline(f: Filters) -> list[dict[str, Any]]:
        return q.event_timeline(engine, f)

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str) -> dict[str, Any]:
        return _found(q.get_event(engine, event_id), "event", event_id)

    @app.get("/api/events/{event_id}/audit", response_model=PageOut, tags=["review"])
    def audit(event_id: str, limit: Limit = q.DEFAULT_LIMIT, cursor: Cursor = None) -> q.Page:
        return list_audit(engine, key=event_id, limit=limit, cursor=cursor)

    @app.post("/api/events/{event_id}/review", tags=["review"], dependencies=[Depends(require_writer)])
    def review(event_id: str, body: ReviewIn) -> dict[str, Any]:
        changes = body.model_dump(exclude={"verdict", "reviewer"}) if body.verdict == "corrected" else {}
        return review_event(engine, event_id, verdict=body.verdict, reviewer=body.reviewer, changes=changes)

    @app.get("/api/audit", response_model=PageOut, tags=["review"])
    def audit_log(reviewer: str | None = None, limit: Limit = q.DEFAULT_LIMIT, cursor: Cursor = None) -> q.Page:
        return list_audit(engine, reviewer=reviewer, limit=limit, cursor=cursor)

    @app.get("/api/export/{fmt}", tags=["export"])
    def export(fmt: str, f: Filters) -> StreamingResponse:
        """Stream every matching event: ``acled`` (CSV), ``plover`` (JSON), ``jsonl`` (records), ``parquet``."""
        if fmt not in FORMATS:
            raise HTTPException(404, f"no export format {fmt!r}; use one of {', '.join(FORMATS)}")
        spec = FORMATS[fmt]
        disposition = {"Content-Disposition": f'attachment; filename="events.{spec.suffix}"'}
        return StreamingResponse(spec.write(engine, f), media_type=spec.media_type, headers=disposition)


def _found(item: dict[str, Any] | None, kind: str, key: str) -> dict[str, Any]:
    if item is None:
        raise HTTPException(404, f"no {kind} {key}")
    return item


def _article_routes(app: FastAPI, engine: Any) -> None:
    @app.get("/api/articles", response_model=PageOut, tags=["articles"])
    def articles(
        q_: str | None = Query(None, alias="q", description="Full-text search."),
        site: str | None = None,
        date_from: str | None = Query(None, pattern=DATE_PATTERN),
        date_to: str | None = Query(None, pattern=DATE_PATTERN),
        limit: Limit = q.DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> q.Page:
        return q.list_articles(
            engine, q=q_, site=site, date_from=date_from, date_to=date_to, limit=limit, cursor=cursor
        )

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(article_id: str) -> dict[str, Any]:
        """The full record (CONTRACT.md) with reviewed events."""
        return _found(q.get_article(engine, article_id), "article", article_id)

    @app.get("/api/articles/{article_id}/related", response_model=list[RelatedOut], tags=["articles"])
    def related(article_id: str, limit: int = Query(10, ge=1, le=50)) -> list[dict[str, Any]]:
        """Articles linked to this one by the last link pass (``newsevents link``, also run by ``newsevents run``):
        duplicates first, then reports of the same happening, then related stories, best score first. Where the
        link pass stored no link for the article (not run since it was stored, or nothing found): articles naming
        the same actors or places."""
        return q.related_articles(engine, article_id, limit)


def _entity_routes(app: FastAPI, engine: Any) -> None:
    @app.get("/api/actors", response_model=PageOut, tags=["actors"])
    def actors(
        name: str | None = Query(None, description="Part of the name."),
        country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3."),
        kind: str | None = None,
        sector: str | None = None,
        limit: Limit = q.DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> q.Page:
        return q.list_actors(engine, name=name, country=country, kind=kind, sector=sector, limit=limit, cursor=cursor)

    @app.get("/api/places", response_model=PageOut, tags=["places"])
    def places(
        name: str | None = Query(None, description="Part of the name."),
        country: str | None = Query(None, pattern=r"^[A-Za-z]{2}$", description="ISO alpha-2."),
        bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
        limit: Limit = q.DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> q.Page:
        return q.list_places(engine, name=name, country=country, bbox=parse_bbox(bbox), limit=limit, cursor=cursor)

    @app.get("/api/quotes", response_model=PageOut, tags=["quotes"])
    def quotes(
        speaker: str | None = None, article_id: str | None = None, limit: Limit = q.DEFAULT_LIMIT, cursor: Cursor = None
    ) -> q.Page:
        return q.list_quotes(engine, speaker=speaker, article_id=article_id, limit=limit, cursor=cursor)

    @app.get("/api/claims", response_model=PageOut, tags=["claims"])
    def claims(
        holder: str | None = Query(None, description="Holder's actor name, or 'author'."),
        status: str | None = Query(None, pattern=one_of(CLAIM_STATUSES)),
        article_id: str | None = None,
        limit: Limit = q.DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> q.Page:
        return q.list_claims(engine, holder=holder, status=status, article_id=article_id, limit=limit, cursor=cursor)
