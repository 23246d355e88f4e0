"""The ladder's small HTTP app: health, Prometheus metrics and the public read-only leaderboard.

Every endpoint is ``async def`` on purpose: Starlette runs plain ``def`` endpoints in a thread pool,
and the ladder state must only be read on the event loop's thread (transitions run there, with no
``await`` inside, so a read between two awaits always sees a consistent state).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from evoladder.i18n import negotiate_accept_language
from evoladder.observability.logs import SLOW_COMMAND_MS, log_service_time
from evoladder.web.pages import LEADERBOARD_PATH, STYLESHEET_PATH, PageRenderer
from evoladder.web.query import BadQuery, parse_query, requested_locale
from evoladder.web.sources import HealthReport, WebDeps
from evoladder.web.view import leaderboard_view

log = logging.getLogger(__name__)
STYLESHEET_FILE = Path(__file__).parent / "static" / "leaderboard.css"

# The page loads nothing but its own stylesheet and submits forms only to itself.
_HTML_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",  # ranks change with every match: a cache must ask again each time
    "Vary": "Accept-Language",  # the page's language follows the browser's unless ?lang= picks one
}
# Public, read-only data: any site may read it (e.g. a community page showing the top players).
_API_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
}


def health_json(report: HealthReport) -> dict[str, object]:
    return {
        "ready": report.ready,
        "database_reachable": report.database_reachable,
        "journal": {
            "backlog_entries": report.journal_backlog_entries,
            "oldest_age_s": report.journal_oldest_age_s,
        },
        "replay_workers_alive": report.replay_workers_alive,
        "replay_workers_expected": report.replay_workers_expected,
        **report.details,
    }


def create_app(deps: WebDeps) -> Starlette:
    """Build the app over the live ladder; nothing here is global, so tests build as many as they like."""

    # Read once: the stylesheet is part of the release, and serving it from memory keeps file reads
    # (and the thread pool they would need) off the request path.
    stylesheet = STYLESHEET_FILE.read_bytes()
    pages = PageRenderer(deps.game_data, deps.catalog)

    def observe(command: str, started: float, **context: object) -> None:
        seconds = time.perf_counter() - started
        deps.metrics.command_seconds.labels(command=command).observe(seconds)
        if seconds * 1000 > SLOW_COMMAND_MS:  # fast reads are counted in the histogram, not logged
            log_service_time(log, command, seconds * 1000, **context)

    async def health(request: Request) -> Response:
        try:
            report = await deps.health.check()
        except Exception as exc:
            log.exception("health check failed")
            # The type only: the page may be reachable from outside and the log has the details.
            failure = f"health check failed ({type(exc).__name__}); details in the service log"
            return JSONResponse({"ready": False, "error": failure}, status_code=503)
        return JSONResponse(health_json(report), status_code=200 if report.ready else 503)

    async def metrics(request: Request) -> Response:
        return Response(deps.metrics.render(), media_type=CONTENT_TYPE_PLAIN_0_0_4)

    async def leaderboard_html(request: Request) -> Response:
        started = time.perf_counter()
        pairs = request.query_params.multi_items()
        # The visitor's pick (?lang=, kept by every link of the page) wins over the browser's languages.
        locale = requested_locale(pairs) or negotiate_accept_language(request.headers.get("accept-language"))
        headers = {**_HTML_HEADERS, "Content-Language": locale}
        try:
            query = parse_query(pairs, deps.game_data)
        except BadQuery as exc:
            return HTMLResponse(pages.bad_request(exc.text, locale, pairs), 400, headers=headers)
        view = leaderboard_view(deps.ladder, deps.game_data, query, deps.clock())
        body = pages.leaderboard(view, locale)
        observe("web_leaderboard", started, page=view.page, total=view.total, locale=locale)
        return HTMLResponse(body, headers=headers)

    async def leaderboard_api(request: Request) -> Response:
        started = time.perf_counter()
        try:
            query = parse_query(request.query_params.multi_items(), deps.game_data)
        except BadQuery as exc:  # language-neutral: the API answers in English whatever the browser reads
            return JSONResponse({"error": str(exc)}, 400, headers=_API_HEADERS)
        view = leaderboard_view(deps.ladder, deps.game_data, query, deps.clock())
        observe("web_api_leaderboard", started, page=view.page, total=view.total)
        return JSONResponse(view.as_json(), headers=_API_HEADERS)

    async def css(request: Request) -> Response:
        return Response(stylesheet, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})

    async def home(request: Request) -> Response:
        return RedirectResponse(LEADERBOARD_PATH, status_code=302)

    return Starlette(
        routes=[
            Route("/", home),
            Route("/health", health),
            Route("/metrics", metrics),
            Route(LEADERBOARD_PATH, leaderboard_html),
            Route("/api/leaderboard", leaderboard_api),
            Route(STYLESHEET_PATH, css),
        ]
    )
