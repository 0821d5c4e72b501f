"""Sessions, CSRF tokens and login throttling for the review UI.

A session is a random token in an HttpOnly, SameSite=Lax cookie (Secure over https); the
database keeps only its SHA-256 and a per-session CSRF token, so signing out ends it at once
on every instance. Every state-changing request made with a session cookie must carry that
CSRF token (form field ``csrf_token`` or header ``X-CSRF-Token``); requests with an API token
(``Authorization: Bearer …``) carry no cookie and need none. The sign-in form, which has no
session yet, is protected by a token signed with ``RAPPORT_SECRET_KEY``.

Throttling: ``web.login_max_failures`` failed sign-ins for one username, or four times as
many from one address, within ``web.login_lockout_seconds`` lock further attempts for that
long. Counters live in the database, so several instances share them.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from config.settings import WebSettings
from store.models import LoginThrottle, User, WebSession

SESSION_COOKIE = "rapport_session"
LOGIN_COOKIE = "rapport_login"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
IP_FACTOR = 4
_TOUCH_EVERY = timedelta(minutes=5)

log = logging.getLogger(__name__)


def secret_key() -> bytes:
    """``RAPPORT_SECRET_KEY``, or a random per-process key (fine for one instance)."""
    value = os.environ.get("RAPPORT_SECRET_KEY", "")
    if value:
        return value.encode()
    if not _EPHEMERAL:
        log.warning(
            "RAPPORT_SECRET_KEY is not set: using a random key for this process; set it when "
            "several instances serve the UI (see .env.example)"
        )
        _EPHEMERAL.append(secrets.token_bytes(32))
    return _EPHEMERAL[0]


_EPHEMERAL: list[bytes] = []


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# --- sessions ------------------------------------------------------------------------------


def start_session(session: Session, user: User, *, now: datetime, hours: int) -> str:
    """Create a session for ``user``; return the cookie value (the only copy of the token)."""
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_sha(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            last_seen_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    # Expired sessions are cleared whenever someone signs in; no job needed.
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    return token


def find_session(session: Session, token: str, *, now: datetime) -> WebSession | None:
    """The live session for a cookie value, with its (enabled) user; None otherwise."""
    if not token or len(token) > 200:
        return None
    found = session.scalar(select(WebSession).where(WebSession.token_hash == _sha(token)))
    if found is None or found.expires_at <= now or found.user.disabled:
        return None
    if now - found.last_seen_at > _TOUCH_EVERY:
        found.last_seen_at = now
        session.commit()
    return found


def end_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == _sha(token)))


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected and given) and hmac.compare_digest(str(expected), str(given))


# --- the sign-in form's token ----------------------------------------------------------------


def login_form_token(cookie_value: str) -> str:
    """The hidden field that must come back with the sign-in cookie ``cookie_value``."""
    return hmac.new(secret_key(), cookie_value.encode(), hashlib.sha256).hexdigest()


def login_form_ok(cookie_value: str | None, field: str | None) -> bool:
    if not cookie_value or not field:
        return False
    return hmac.compare_digest(login_form_token(cookie_value), field)


# --- throttling ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lockout:
    until: datetime

    def minutes(self, now: datetime) -> int:
        return max(1, int((self.until - now).total_seconds() + 59) // 60)


def _keys(username: str, address: str) -> list[tuple[str, int]]:
    return [(f"user:{username.strip().lower()[:150]}", 1), (f"ip:{address[:150]}", IP_FACTOR)]


def locked(session: Session, username: str, address: str, *, now: datetime) -> Lockout | None:
    """The lockout in force for this username or address, if any."""
    keys = [key for key, _ in _keys(username, address)]
    rows = session.scalars(select(LoginThrottle).where(LoginThrottle.key.in_(keys)))
    until = [r.locked_until for r in rows if r.locked_until and r.locked_until > now]
    return Lockout(max(until)) if until else None


def record_failure(
    session: Session, username: str, address: str, *, now: datetime, web: WebSettings
) -> Lockout | None:
    """Count a failed sign-in; return the lockout it starts, if it starts one."""
    window = timedelta(seconds=web.login_lockout_seconds)
    started: Lockout | None = None
    for key, factor in _keys(username, address):
        row = session.get(LoginThrottle, key)
        if row is None:
            row = LoginThrottle(key=key, failures=0)
            session.add(row)
        if row.first_failure_at is None or now - row.first_failure_at > window:
            row.failures, row.first_failure_at = 0, now
        row.failures += 1
        if row.failures >= web.login_max_failures * factor:
            row.locked_until = now + window
            row.failures, row.first_failure_at = 0, None
            started = Lockout(row.locked_until)
    return started


def record_success(session: Session, username: str) -> None:
    """A good sign-in clears the username's counter (not the address's)."""
    key = _keys(username, "")[0][0]
    session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))
