"""The review web app: FastAPI with server-rendered Jinja2 pages, a JSON API and one place
that renders errors (``install_error_handlers``).

``create_app(settings, factory)`` is all a server or a test needs; ``serve`` runs it under
uvicorn (``run_bot.py serve``). Every response carries a strict Content-Security-Policy (no
inline script, nothing from other sites), ``no-store`` caching for pages with people's data,
and a ``Server-Timing`` header with the time spent in the app.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException

from config.errors import RapportError, ReviewError
from config.settings import Settings
from responders.web import (
    api,
    api_inbox,
    render,
    routes_admin,
    routes_auth,
    routes_brand,
    routes_customers,
    routes_inbox,
    routes_outbox,
    routes_overview,
    routes_queue,
    routes_review,
)
from responders.web.deps import AuthRequired, Principal, WebError, local_path, viewer
from store.retry import DatabaseBusyError, is_lock_error

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)


class SecurityHeaders:
    """Pure ASGI middleware: security headers, no-store for dynamic pages, Server-Timing."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        static = scope.get("path", "").startswith("/static/")

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                elapsed = (time.perf_counter() - started) * 1000
                extra = [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                    (b"server-timing", f"app;dur={elapsed:.2f}".encode()),
                ]
                if not static and not any(k.lower() == b"cache-control" for k, _ in headers):
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = headers + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _back(request: Request) -> str:
    """Where to send someone after a failed form: the page they came from, if it is ours."""
    referer = request.headers.get("referer", "")
    parts = urlsplit(referer)
    if parts.netloc and parts.netloc != request.url.netloc:
        return "/queue"
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return local_path(path or None, "/queue")


_NO_PAGE = "There is no such page."


def _in_path(error: Any) -> bool:
    return isinstance(error, dict) and tuple(error.get("loc") or ())[:1] == ("path",)


def _busy(request: Request) -> Response:
    message = "The database is busy with another writer; nothing was changed. Try again."
    headers = {"Retry-After": "2"}
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=503, headers=headers)
    response = render.page(request, "error.html", {"status": 503, "message": message}, status=503)
    response.headers.update(headers)
    return response


def _refused(request: Request) -> Response:
    message = "A value could not be stored (too long, out of range or not valid text)."
    if _is_api(request):
        return JSONResponse({"detail": message}, status_code=422)
    return render.page(request, "error.html", {"status": 422, "message": message}, status=422)


def install_error_handlers(app: FastAPI) -> None:
    """One place renders every error: JSON under /api/, a page or a redirect elsewhere."""

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        if _is_api(request):
            headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
            return JSONResponse({"detail": exc.message}, status_code=exc.status, headers=headers)
        if isinstance(exc, AuthRequired):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            if request.method != "GET":
                target = _back(request)
            return render.redirect("/login?" + urlencode({"next": local_path(target)}))
        return render.page(
            request, "error.html", {"status": exc.status, "message": exc.message}, status=exc.status
        )

    @app.exception_handler(RapportError)
    async def rapport_error(request: Request, exc: RapportError) -> Response:
        status = 409 if isinstance(exc, ReviewError) else 400
        message = str(exc)
        if _is_api(request):
            return JSONResponse({"detail": message}, status_code=status)
        if request.method == "POST":
            text = message[:1].upper() + message[1:]
            return render.redirect(_back(request), flash=text, kind="error")
        return render.page(
            request, "error.html", {"status": status, "message": message}, status=status
        )

    @app.exception_handler(OperationalError)
    async def database_busy(request: Request, exc: OperationalError) -> Response:
        # SQLite's lock stayed taken past the busy timeout (another process writing): the
        # request's transaction rolled back; the client may simply try again.
        if not is_lock_error(exc):
            raise exc
        return _busy(request)

    @app.exception_handler(DataError)
    async def refused_value(request: Request, exc: DataError) -> Response:
        # A value the database refused (the bounds in responders.web.bounds should leave
        # none): the client's input, so a 422 and nothing written, never a 500.
        return _refused(request)

    @app.exception_handler(UnicodeEncodeError)
    async def unencodable(request: Request, exc: UnicodeEncodeError) -> Response:
        return _refused(request)

    @app.exception_handler(DatabaseBusyError)
    async def database_busy_retried(request: Request, exc: DatabaseBusyError) -> Response:
        return _busy(request)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return await request_validation_exception_handler(request, exc)
        if any(_in_path(e) for e in exc.errors()):
            # /customers/99999999999999999999 names no customer: the page is not there.
            return render.page(
                request, "error.html", {"status": 404, "message": _NO_PAGE}, status=404
            )
        fields = ", ".join(
            str(e.get("loc", ["?"])[-1]) for e in exc.errors() if isinstance(e, dict)
        )
        message = f"The form was incomplete or not valid ({fields})."
        return render.page(request, "error.html", {"status": 400, "message": message}, status=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request) or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        message = {404: _NO_PAGE, 405: "That does not work here."}.get(
            exc.status_code, str(exc.detail)
        )
        return render.page(
            request,
            "error.html",
            {"status": exc.status_code, "message": message},
            status=exc.status_code,
        )


def _static_version() -> str:
    digest = hashlib.sha256()
    for path in sorted(render.STATIC.iterdir()):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def create_app(settings: Settings, factory: sessionmaker[Session]) -> FastAPI:
    """The whole web app over ``factory``'s database; no global state."""
    app = FastAPI(
        title=f"{settings.brand.name} review API (Rapport)",
        description=(
            "Review queue, drafts and customer profiles. Authenticate with a session cookie "
            "(plus X-CSRF-Token on changes) or `Authorization: Bearer <API token>`."
        ),
        version="1",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.factory = factory
    app.state.cache = {}
    render.ENV.globals["static_version"] = _static_version()
    app.mount("/static", StaticFiles(directory=str(render.STATIC)), name="static")
    for module in (
        routes_auth,
        routes_overview,
        routes_queue,
        routes_review,
        routes_inbox,
        routes_customers,
        routes_admin,
        routes_brand,
        routes_outbox,
        api,
        api_inbox,
    ):
        app.include_router(module.router)

    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi(principal: Principal = Depends(viewer)) -> JSONResponse:
        """The OpenAPI schema of ``/api/``, behind sign-in like everything else."""
        return JSONResponse(app.openapi())

    install_error_handlers(app)
    app.add_middleware(SecurityHeaders)
    return app


def serve(settings: Settings, factory: sessionmaker[Session], *, host: str, port: int) -> None:
    """Run the app under uvicorn until Ctrl-C (``run_bot.py serve``)."""
    import uvicorn

    uvicorn.run(
        create_app(settings, factory),
        host=host,
        port=port,
        log_level=settings.log_level.lower(),
        proxy_headers=True,
        forwarded_allow_ips=",".join(settings.web.forwarded_allow_ips),
        server_header=False,
    )
