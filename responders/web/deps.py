"""FastAPI dependencies: a database session per request, who is asking, and what they may do.

Every route except ``/login`` and ``/healthz`` depends on ``require(role)``: it finds the
person by API token (``Authorization: Bearer rpt_…``) or session cookie, refuses a missing or
wrong CSRF token on state-changing requests made with the cookie, and checks the role.
The errors raised here are rendered in one place (``errors.py``): an HTML page or a
redirect to the sign-in page for the UI, JSON for ``/api/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from config.settings import Settings
from responders.web import accounts, security
from store.models import utcnow

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class WebError(Exception):
    """Base of the errors the web layer renders itself."""

    status = 400

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class AuthRequired(WebError):
    status = 401


class Forbidden(WebError):
    status = 403


class CsrfRejected(WebError):
    status = 403


class NotFound(WebError):
    status = 404


@dataclass(frozen=True)
class Principal:
    """The person behind a request and how they proved it (``session`` or ``token``)."""

    user_id: int
    username: str
    role: str
    via: str
    csrf: str | None = None

    def can(self, needed: str) -> bool:
        return accounts.has_role(self.role, needed)


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def db(request: Request) -> Iterator[Session]:
    """One session per request; an uncommitted transaction is rolled back at the end."""
    with request.app.state.factory() as session:
        yield session


async def csrf_given(request: Request) -> str | None:
    """The CSRF token a state-changing request carries, from the header or the form."""
    if request.method in SAFE_METHODS:
        return None
    header = request.headers.get(security.CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(security.CSRF_FIELD)
        return value if isinstance(value, str) else None
    return None


def optional_principal(
    request: Request,
    session: Session = Depends(db),
    given: str | None = Depends(csrf_given),
) -> Principal | None:
    """Who is asking, or None; raises for a bad API token or a missing CSRF token."""
    authorization = request.headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        user = accounts.user_for_token(session, authorization[7:].strip())
        if user is None:
            raise AuthRequired("the API token is not valid")
        found = Principal(user.id, user.username, user.role, "token")
    else:
        cookie = request.cookies.get(security.SESSION_COOKIE)
        web_session = security.find_session(session, cookie, now=utcnow()) if cookie else None
        if web_session is None:
            return None
        user = web_session.user
        found = Principal(user.id, user.username, user.role, "session", web_session.csrf_token)
        if request.method not in SAFE_METHODS and not security.csrf_ok(found.csrf, given):
            raise CsrfRejected("the form has expired or did not come from Rapport; try again")
    request.state.principal = found
    return found


def require(role: str) -> Callable[..., Principal]:
    """A dependency that admits people with at least ``role``."""

    def dependency(found: Principal | None = Depends(optional_principal)) -> Principal:
        if found is None:
            raise AuthRequired("sign in first")
        if not found.can(role):
            raise Forbidden(f"this needs the {role} role; you are a {found.role}")
        return found

    dependency.__name__ = f"require_{role}"
    return dependency


viewer = require("viewer")
reviewer = require("reviewer")
admin = require("admin")


def local_path(value: Any, default: str = "/queue") -> str:
    """``value`` if it is a path on this site (for ``next``/``back``), else ``default``."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//"):
        return default
    if "\\" in value or any(ord(c) < 32 for c in value):
        return default
    return value
