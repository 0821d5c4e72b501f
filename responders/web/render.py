"""Pages: the Jinja2 environment (autoescaped: outside text is always shown as text), its
filters, one-shot flash messages and redirects."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.exc import SQLAlchemyError

from store.models import utcnow

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
FLASH_COOKIE = "rapport_flash"


def ago(value: datetime | None, now: datetime | None = None) -> str:
    """ "4 min ago", "3 h ago", "2 d ago", then the date; "in 2 h" for the future."""
    if value is None:
        return "—"
    seconds = ((now or utcnow()) - value).total_seconds()
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 60:
        text = "just now" if not future else "in a minute"
        return text
    for size, unit in ((86400 * 14, None), (86400, "d"), (3600, "h"), (60, "min")):
        if seconds >= size:
            if unit is None:
                return value.strftime("%-d %b %Y")
            amount = int(seconds // size)
            return f"in {amount} {unit}" if future else f"{amount} {unit} ago"
    return value.strftime("%-d %b %Y")


def utc(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def iso(value: datetime | None) -> str:
    return value.isoformat() if value else ""


def safe_url(value: Any) -> str | None:
    """Only http(s) links from the outside are shown as links (never ``javascript:``)."""
    if isinstance(value, str) and value.lower().startswith(("https://", "http://")):
        return value
    return None


def cut(value: str | None, size: int = 400) -> str:
    text = " ".join((value or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def handle(identity: Any) -> str:
    """How the platform writes an account: ``u/name`` on Reddit, ``@name`` elsewhere."""
    if identity is None:
        return "unknown author"
    prefix = "u/" if identity.platform == "reddit" else "@"
    return prefix + identity.handle


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(ago=ago, utc=utc, iso=iso, safe_url=safe_url, cut=cut, handle=handle)
    env.globals.update(urlencode=urlencode)
    return env


ENV = make_environment()


def page(
    request: Request, template: str, context: dict[str, Any] | None = None, *, status: int = 200
) -> HTMLResponse:
    """Render ``template`` with the signed-in person, CSRF token and any flash message."""
    principal = getattr(request.state, "principal", None)
    flash = _read_flash(request)
    values = {
        "request": request,
        "me": principal,
        "csrf": principal.csrf if principal else None,
        "flash": flash,
        "brand": request.app.state.settings.brand.name,
        "path": request.url.path,
        "now": utcnow(),
    }
    if principal is not None and principal.can("reviewer"):
        values["failed_notifications"] = _failed_notifications(request)
    if principal is not None and "assigned_badge" not in values:
        values["assigned_badge"] = _assigned_badge(request, principal.username)
    values.update(context or {})
    response = HTMLResponse(ENV.get_template(template).render(values), status_code=status)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def _failed_notifications(request: Request) -> int:
    """Outbox messages given up on, for the banner; cached a few seconds per app."""
    from responders.notify.failures import failed_count

    cache = request.app.state.cache
    cached = cache.get("failed_notifications")
    now = time.monotonic()
    if cached is not None and now - cached[0] < 10:
        return int(cached[1])
    try:
        with request.app.state.factory() as session:
            count = failed_count(session)
    except SQLAlchemyError:
        # A busy or unreachable database must not turn a page (or its error page) into a
        # 500 over a banner: show the last count known, or none.
        return int(cached[1]) if cached is not None else 0
    cache["failed_notifications"] = (now, count)
    return count


def _assigned_badge(request: Request, username: str) -> int:
    """Drafts waiting for ``username`` (the navigation badge); 0 if the count fails."""
    from responders.review import assigned_count

    try:
        with request.app.state.factory() as session:
            return assigned_count(session, username)
    except Exception:  # a badge must never break a page
        return 0


def _read_flash(request: Request) -> dict[str, str] | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    kind, _, text = unquote(raw).partition(":")
    if kind not in ("ok", "error"):
        return None
    return {"kind": kind, "text": text[:500]}


def redirect(url: str, *, flash: str | None = None, kind: str = "ok") -> RedirectResponse:
    """A 303 redirect (after a form POST) with an optional one-shot message."""
    response = RedirectResponse(url, status_code=303)
    if flash:
        response.set_cookie(
            FLASH_COOKIE,
            quote(f"{kind}:{flash[:500]}"),
            max_age=60,
            httponly=True,
            samesite="lax",
            path="/",
        )
    return response
