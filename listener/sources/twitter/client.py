"""tweepy's client as the source uses it: where requests go, what is asked, what errors mean.

Everything tweepy-specific that is not about cursors lives here: the fields and expansions a
page asks for, the transport adapter that points tweepy's hard-coded host at
``api_base_url`` with a timeout, the log filter that masks credentials, and the translation of
tweepy / requests exceptions into ``ConfigError`` or ``UpstreamError`` with secrets masked.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

import requests
import tweepy
from requests.adapters import HTTPAdapter

from config.errors import ConfigError, RapportError, UpstreamError

log = logging.getLogger(__name__)

# tweepy hard-codes this host (tweepy/client.py, BaseClient.request).
TWEEPY_HOST = "https://api.twitter.com"

EXPANSIONS = ["author_id"]
TWEET_FIELDS = [
    "created_at",
    "conversation_id",
    "in_reply_to_user_id",
    "referenced_tweets",
    "lang",
    "public_metrics",
    "author_id",
    "note_tweet",
]
USER_FIELDS = ["username", "name", "public_metrics", "verified"]

BEARER_VAR = "RAPPORT_TWITTER_BEARER_TOKEN"
USER_CONTEXT_VARS = (
    "RAPPORT_TWITTER_CONSUMER_KEY",
    "RAPPORT_TWITTER_CONSUMER_SECRET",
    "RAPPORT_TWITTER_ACCESS_TOKEN",
    "RAPPORT_TWITTER_ACCESS_TOKEN_SECRET",
)


class _RedactSecrets(logging.Filter):
    """Masks credentials in the debug logs of tweepy and the OAuth libraries.

    tweepy logs request headers (``Authorization: Bearer …``) at DEBUG; requests-oauthlib logs
    the signed OAuth header with the consumer key and access token.
    """

    LOGGERS = ("tweepy.client", "requests_oauthlib.oauth1_auth", "oauthlib.oauth1.rfc5849")
    _BEARER = re.compile(r"Bearer\s+[^\s'\",}]+")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call is the logging module's problem
            return True
        redacted = redact(self._BEARER.sub("Bearer ***", message), self.secrets)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


REDACTOR = _RedactSecrets()
for _name in _RedactSecrets.LOGGERS:
    logging.getLogger(_name).addFilter(REDACTOR)


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``***`` (longest first, so none leaks in part)."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


class _RebaseAdapter(HTTPAdapter):
    """Sends tweepy's ``https://api.twitter.com`` requests to ``base_url`` with a timeout.

    OAuth 1.0a signatures are computed for the ``api.twitter.com`` URL before this adapter
    rewrites it, which is what a forwarding proxy needs.
    """

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__()
        self.base_url = base_url
        self.timeout = timeout

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if request.url.startswith(TWEEPY_HOST):
            request.url = self.base_url + request.url[len(TWEEPY_HOST) :]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().send(request, *args, **kwargs)


def make_client(
    bearer: str, user_context: tuple[str, ...], *, base_url: str, timeout: float
) -> tweepy.Client:
    """A tweepy client that never sleeps on a rate limit and talks to ``base_url``."""
    key, secret, token, token_secret = (v or None for v in user_context)
    client = tweepy.Client(
        bearer_token=bearer or None,
        consumer_key=key,
        consumer_secret=secret,
        access_token=token,
        access_token_secret=token_secret,
        wait_on_rate_limit=False,
    )
    client.session.mount(TWEEPY_HOST, _RebaseAdapter(base_url, timeout))
    return client


def raw(obj: Any) -> Any:
    """A tweepy model's raw dict (``Tweet.data``, ``User.data``), or the value itself."""
    return getattr(obj, "data", obj)


def page_of(response: Any) -> dict[str, Any]:
    """A tweepy ``Response`` as the API's JSON page, for ``payloads.x_page_mentions``."""
    data = response.data if isinstance(response.data, list) else []
    includes = response.includes if isinstance(response.includes, Mapping) else {}
    users = includes.get("users") if isinstance(includes.get("users"), list) else []
    meta = response.meta if isinstance(response.meta, Mapping) else {}
    return {
        "data": [raw(t) for t in data],
        "includes": {"users": [raw(u) for u in users]},
        "meta": meta,
    }


class BadRequest(ConfigError):
    """A 400 answer; for a request from a stored position it means the position went stale."""

    def __init__(self, message: str, *, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


def seconds_to_reset(exc: tweepy.TooManyRequests, now: datetime) -> int | None:
    """Seconds from ``now`` until the rate-limit window of a 429 resets, if X said."""
    headers = getattr(exc.response, "headers", None) or {}
    value = headers.get("x-rate-limit-reset") or exc.reset_time
    try:
        reset = int(value)
    except (TypeError, ValueError):
        return None
    return max(math.ceil(reset - now.timestamp()), 0)


def rate_limited(what: str, seconds: int | None, now: datetime) -> UpstreamError:
    """The 429 as an ``UpstreamError`` whose ``retry_after`` is the wait until the reset."""
    if seconds is None:
        return UpstreamError(f"X rate limit reached for {what} (no reset time given)")
    reset = datetime.fromtimestamp(now.timestamp() + seconds, UTC)
    return UpstreamError(
        f"X rate limit reached for {what}; it resets at {reset:%Y-%m-%d %H:%M:%S} UTC "
        f"(in {seconds} s)",
        retry_after=float(max(seconds, 1)),
    )


def translate(
    what: str,
    exc: Exception,
    *,
    secrets: Iterable[str],
    bearer_used: bool,
    timeout: float,
    base_url: str,
) -> RapportError:
    """A tweepy / requests exception as ``ConfigError`` or ``UpstreamError``, secrets masked.

    ``bearer_used`` says the request went with the bearer token (so a 401 names that
    variable); anything that is not a transport or API error is raised again as it is.
    """
    detail = redact(" ".join(str(exc).split()), set(secrets) - {""})[:300]
    if isinstance(exc, tweepy.Unauthorized):
        used = [BEARER_VAR] if bearer_used else USER_CONTEXT_VARS
        return ConfigError(
            f"X rejected the credentials for {what} ({detail}): check {', '.join(used)}"
        )
    if isinstance(exc, tweepy.Forbidden):
        return ConfigError(
            f"X refused {what} ({detail}): the credentials were rejected or the app's "
            "access level or plan does not include this endpoint"
        )
    if isinstance(exc, tweepy.BadRequest):
        return BadRequest(f"X refused the {what} request as invalid ({detail})", detail=detail)
    if isinstance(exc, tweepy.NotFound):
        return ConfigError(
            f"X answered 404 for {what} ({detail}): check sources.twitter.user_id and "
            "sources.twitter.api_base_url"
        )
    if isinstance(exc, tweepy.TwitterServerError):
        return UpstreamError(f"X API server error on {what} ({detail})")
    if isinstance(exc, tweepy.HTTPException):
        return UpstreamError(f"X API error on {what} ({detail})")
    if isinstance(exc, requests.Timeout):
        return UpstreamError(f"X API did not answer {what} within {timeout:g} s")
    if isinstance(exc, requests.ConnectionError):
        return UpstreamError(f"cannot connect to the X API at {base_url} for {what}")
    malformed = UpstreamError(f"X API sent a malformed response to {what} (not a JSON object)")
    if isinstance(exc, requests.exceptions.JSONDecodeError):
        return malformed
    if isinstance(exc, requests.RequestException):
        return UpstreamError(f"X API request for {what} failed ({type(exc).__name__})")
    if isinstance(exc, ValueError | AttributeError):
        # A JSON body that is not an object breaks tweepy's Response construction.
        log.debug("unusable X API response to %s", what, exc_info=True)
        return malformed
    raise exc
