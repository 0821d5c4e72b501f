"""praw's client as the source uses it: credentials, transport, and what its errors mean.

Secrets come only from the environment (``RAPPORT_REDDIT_*``) and never appear in a repr or
an error message. prawcore's requestor is replaced to pin our timeout and to let the source see
every request (so a reply's POST is never re-sent after an unknown outcome).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import praw
import praw.exceptions
import prawcore
import requests

from config.errors import ConfigError, RapportError, ReviewError, UpstreamError
from config.settings import RedditSourceSettings

ENV_PREFIX = "RAPPORT_REDDIT_"
REQUIRED = ("CLIENT_ID", "CLIENT_SECRET", "USER_AGENT")
LOGIN_HINT = f"{ENV_PREFIX}USERNAME and {ENV_PREFIX}PASSWORD, or {ENV_PREFIX}REFRESH_TOKEN"
USER_AGENT_FORMAT = "platform:app-id:version (by /u/username)"
_RATELIMIT = re.compile(r"(\d+) (millisecond|second|minute)")


@dataclass(frozen=True)
class Credentials:
    """What the environment holds; secrets never appear in a repr."""

    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    user_agent: str
    username: str
    password: str = field(repr=False)
    refresh_token: str = field(repr=False)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Credentials:
        def get(name: str) -> str:
            value = environ.get(ENV_PREFIX + name) or ""
            return value if value.strip() else ""

        return cls(
            client_id=get("CLIENT_ID").strip(),
            client_secret=get("CLIENT_SECRET"),
            user_agent=get("USER_AGENT").strip(),
            username=get("USERNAME").strip().removeprefix("u/"),
            password=get("PASSWORD"),
            refresh_token=get("REFRESH_TOKEN"),
        )

    @property
    def login(self) -> str | None:
        """How we act as our account: ``password``, ``refresh token``, or None (app-only)."""
        if self.username and self.password:
            return "password"
        return "refresh token" if self.refresh_token else None


class ReplyUnconfirmed(Exception):
    """prawcore was about to send a reply's POST again after an unknown outcome."""


class Requestor(prawcore.Requestor):
    """prawcore's requestor with our timeout, and the source told of every request.

    praw 8 parses its ``timeout`` setting but never passes it on: prawcore sessions send
    their own ``TIMEOUT`` constant (16 s) with every API request, which beats the
    requestor's. Pinning ``self.timeout`` here covers the sign-in POST and the API alike.
    ``on_send(method, url)`` may stop a request by raising; ``on_response`` sees each answer.
    """

    def __init__(
        self,
        *,
        on_send: Callable[[str, str], None] | None = None,
        on_response: Callable[[Any], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._on_send = on_send
        self._on_response = on_response

    def request(self, *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        if self._on_send is not None:
            self._on_send(str(args[0]), str(args[1]))
        response = super().request(*args, timeout=self.timeout, **kwargs)
        if self._on_response is not None:
            self._on_response(response)
        return response


def make_reddit(
    credentials: Credentials,
    settings: RedditSourceSettings,
    *,
    on_send: Callable[[str, str], None],
    on_response: Callable[[Any], None],
) -> praw.Reddit:
    """The praw client for ``settings``' hosts; a setting praw refuses is a ``ConfigError``."""
    oauth_url = settings.oauth_url.strip().rstrip("/") + "/"
    reddit_url = settings.reddit_url.strip().rstrip("/")
    try:
        return praw.Reddit(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            user_agent=credentials.user_agent,
            username=credentials.username or None,
            password=credentials.password or None,
            refresh_token=credentials.refresh_token or None,
            oauth_url=oauth_url,
            reddit_url=reddit_url,
            check_for_updates=False,
            requestor_class=Requestor,
            requestor_kwargs={
                "timeout": settings.timeout_seconds,
                "on_send": on_send,
                "on_response": on_response,
            },
        )
    except (praw.exceptions.PRAWException, prawcore.PrawcoreException) as exc:
        raise ConfigError(
            f"cannot set up the Reddit client: {exc} ({ENV_PREFIX}USER_AGENT should "
            f"read {USER_AGENT_FORMAT})"
        ) from None


def translate(
    exc: Exception,
    what: str,
    *,
    posting: bool,
    last_status: int | None,
    timeout: float,
    oauth_url: str,
) -> RapportError | None:
    """A praw / prawcore exception as the ``RapportError`` that says what failed, or None.

    ``posting`` turns refusals of a reply (a locked thread, a deleted comment) into a
    ``ReviewError`` for the reviewer; ``last_status`` is the HTTP status of the last answer
    (prawcore raises a bare ``KeyError(401)`` for a 401 without ``WWW-Authenticate``).
    """
    if isinstance(exc, RapportError):
        return exc
    if isinstance(exc, ReplyUnconfirmed):
        return UpstreamError(
            f"Reddit did not answer while {what} (a timeout or a server error); the reply "
            "may have been posted, so it was not sent again (find_reply settles it)"
        )
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    if isinstance(exc, prawcore.TooManyRequests):
        wait = retry_after(exc.response.headers)
        return UpstreamError(
            f"Reddit's rate limit was reached (HTTP 429) while {what}"
            + (f"; it resets in {wait:.0f} s" if wait else ""),
            retry_after=wait,
        )
    if isinstance(exc, prawcore.OAuthException):
        detail = exc.error + (f": {exc.description}" if exc.description else "")
        if exc.error == "invalid_grant":
            detail += ", a wrong username or password, or a revoked refresh token"
        return ConfigError(
            f"Reddit rejected the credentials while {what} ({detail}); check {LOGIN_HINT}"
        )
    # prawcore picks its 401 exception by the WWW-Authenticate header: without one it
    # raises KeyError(401).
    if (isinstance(exc, prawcore.ResponseException) and status == 401) or (
        isinstance(exc, KeyError) and last_status == 401
    ):
        return ConfigError(
            f"Reddit rejected the credentials (HTTP 401) while {what}: check "
            f"{ENV_PREFIX}CLIENT_ID and {ENV_PREFIX}CLIENT_SECRET (the script app's id and "
            f"secret) and {LOGIN_HINT}"
        )
    if isinstance(exc, prawcore.Forbidden | prawcore.InsufficientScope):
        reason = _reason(exc.response)
        if posting:
            return ReviewError(
                f"Reddit refused (HTTP 403{reason}) while {what}: the thread may be locked "
                "or archived, or the account banned from the subreddit"
            )
        return ConfigError(
            f"Reddit refused access (HTTP 403{reason}) while {what}: the credentials lack "
            "permission, or the subreddit is private, quarantined or banned"
        )
    if isinstance(exc, prawcore.Redirect | prawcore.NotFound):
        if posting:
            return ReviewError(
                f"Reddit found nothing while {what} (HTTP {status}): deleted or removed?"
            )
        return ConfigError(
            f"Reddit found nothing while {what} (HTTP {status}): check the subreddit "
            "names in [sources.reddit]"
        )
    if isinstance(exc, prawcore.BadJSON):
        return UpstreamError(
            f"Reddit sent a malformed or truncated answer (HTTP {status}) while {what}"
        )
    if isinstance(exc, prawcore.ServerError):
        return UpstreamError(f"Reddit's servers failed (HTTP {status}) while {what}")
    if isinstance(exc, prawcore.RequestException):
        original = exc.original_exception
        if isinstance(original, requests.Timeout):
            problem = f"no answer within {timeout:g} s"
        elif isinstance(original, requests.ConnectionError):
            problem = f"cannot connect to {urlsplit(oauth_url).netloc}"
        else:
            problem = f"the request failed ({type(original).__name__})"
        return UpstreamError(f"Reddit: {problem} while {what}")
    if isinstance(exc, prawcore.InvalidInvocation):
        return ConfigError(f"cannot use Reddit while {what}: {exc}")
    if isinstance(exc, praw.exceptions.RedditAPIException):
        wait = _api_wait(exc)
        if posting and wait is None:  # THREAD_LOCKED, DELETED_COMMENT, TOO_OLD …
            return ReviewError(f"Reddit refused the request while {what}: {exc}")
        return UpstreamError(f"Reddit refused the request while {what}: {exc}", retry_after=wait)
    if isinstance(exc, prawcore.ResponseException):
        return UpstreamError(f"Reddit answered HTTP {status} while {what}")
    if isinstance(exc, prawcore.PrawcoreException | praw.exceptions.PRAWException):
        return UpstreamError(f"Reddit failed while {what}: {type(exc).__name__}: {exc}")
    return None


def number(value: Any) -> float | None:
    """A header or JSON value as a float; None for a missing, empty, boolean or bad one."""
    try:
        return float(value) if value not in (None, "") and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait after a 429: ``retry-after``, else Reddit's ``x-ratelimit-reset``."""
    for name in ("retry-after", "x-ratelimit-reset"):
        value = number(headers.get(name))
        if value is not None and value >= 0:
            return value
    return None


def _api_wait(exc: praw.exceptions.RedditAPIException) -> float | None:
    for item in exc.items:
        found = _RATELIMIT.search(item.message or "") if item.error_type == "RATELIMIT" else None
        if found:
            unit = {"millisecond": 0.001, "second": 1, "minute": 60}[found.group(2)]
            return int(found.group(1)) * unit
    return None


def _reason(response: Any) -> str:
    try:
        reason = response.json().get("reason")
    except (ValueError, AttributeError):
        return ""
    return f", {reason}" if isinstance(reason, str) and reason else ""
