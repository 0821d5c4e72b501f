"""The atproto SDK session behind the Bluesky source, and its errors as Rapport's errors.

The session is created at ``service_url`` (``com.atproto.server.createSession``, the entryway
``https://bsky.social`` by default); the SDK then sends every call to the PDS the session's DID
document names, as the real service requires (an account lives on one of many PDS hosts, and
the PDS proxies ``app.bsky.*`` to the AppView). Queries go through the SDK's ``invoke_query``
with its typed parameter models and come back as the raw JSON, which ``posts`` normalizes.

Every HTTP request passes two httpx event hooks: one counts it against the cycle's request
budget (and refuses it when the budget or Bluesky's own window is spent), one reads the
``RateLimit-*`` headers of the answer. Credentials never appear in errors, logs or reprs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx
from atproto_client import Client, models
from atproto_client import exceptions as atp
from atproto_client.request import Request
from atproto_core.exceptions import AtProtocolError

from config.errors import ConfigError, RapportError, UpstreamError
from listener.sources.limits import RateWatch, seconds_until_reset

log = logging.getLogger(__name__)

HANDLE_VAR = "RAPPORT_BLUESKY_HANDLE"
PASSWORD_VAR = "RAPPORT_BLUESKY_APP_PASSWORD"  # noqa: S105 (a variable name)
_EXPIRED = ("ExpiredToken", "InvalidToken")


@dataclass(frozen=True)
class Credentials:
    """The account's handle (or email/DID) and app password; the password is never shown."""

    handle: str
    password: str = field(repr=False)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> Credentials:
        return cls(
            handle=(environ.get(HANDLE_VAR) or "").strip().lstrip("@"),
            password=(environ.get(PASSWORD_VAR) or "").strip(),
        )

    def missing(self) -> list[str]:
        return [v for v, s in ((HANDLE_VAR, self.handle), (PASSWORD_VAR, self.password)) if not s]


class _SdkClient(Client):
    """The SDK's client, tolerant of access tokens it cannot read as a JWT.

    The SDK refreshes a session shortly before the access JWT's ``exp``; a token without a
    readable ``exp`` (some PDS implementations, test servers), or one already expired when it
    arrived, is used until the server answers ``ExpiredToken``, when the source signs in again.
    """

    _issued_expired = False

    def _set_session(self, event: Any, session: Any) -> None:
        super()._set_session(event, session)
        try:
            exp = self._session.access_jwt_payload.exp if self._session else None
        except (AtProtocolError, ValueError):
            exp = None
        # A token already past its expiry when it arrives says the clocks disagree (or a test
        # server replays an old answer): refreshing it would loop, so it is used as it is.
        self._issued_expired = bool(exp) and exp <= self.get_current_time().timestamp()

    def _should_refresh_session(self) -> bool:
        if self._issued_expired:
            return False
        try:
            return bool(super()._should_refresh_session())
        except (AtProtocolError, ValueError):
            return False


class BlueskyClient:
    """A signed-in SDK client, built and signed in on first use."""

    def __init__(
        self,
        *,
        service_url: str,
        credentials: Credentials,
        timeout: float,
        clock: Callable[[], datetime],
        on_request: Callable[[], None],
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.service_url = service_url.rstrip("/")
        self.credentials = credentials
        self.timeout = timeout
        self._clock = clock
        self._on_request = on_request
        self._transport = transport
        self.rate = RateWatch()
        self._sdk: _SdkClient | None = None
        self.did: str | None = None
        self.handle: str | None = None
        self.pds: str | None = None

    # --- the session --------------------------------------------------------------------

    def _client(self, what: str) -> _SdkClient:
        if self._sdk is not None and self.did:
            return self._sdk
        hooks = {"request": [self._before], "response": [self._after]}
        options: dict[str, Any] = {"timeout": self.timeout, "event_hooks": hooks}
        if self._transport is not None:
            options["transport"] = self._transport
        sdk = _SdkClient(base_url=self.service_url, request=Request(**options))
        sdk.on_session_change(self._remember)
        self._guard(
            lambda: sdk.login(
                self.credentials.handle, self.credentials.password, fetch_bsky_profile=False
            ),
            f"signing in at {self.service_url}",
            signing_in=True,
        )
        self._sdk = sdk
        return sdk

    def signed_in(self) -> str:
        """Sign in if needed; our account's DID."""
        self._client("signing in")
        return self.did or self.credentials.handle

    def _remember(self, _event: Any, session: Any) -> None:
        self.did, self.handle = session.did, session.handle
        self.pds = session.pds_endpoint

    def _before(self, request: httpx.Request) -> None:
        wait = self.rate.wait(self._clock())
        if wait is not None:
            raise UpstreamError(
                f"Bluesky's rate limit is used up; it resets in {wait:.0f} s", retry_after=wait
            )
        self._on_request()

    def _after(self, response: httpx.Response) -> None:
        # Signing in has a window of its own (30 per 5 minutes, 300 a day per account): its
        # last sign-in must not stop the reads, which share the general window.
        if "/com.atproto.server." not in response.request.url.path:
            self.rate.observe(dict(response.headers), self._clock())

    # --- calls --------------------------------------------------------------------------

    def query(self, nsid: str, params: Any, what: str) -> Mapping[str, Any]:
        """One XRPC query as its JSON object; a malformed answer is an ``UpstreamError``."""
        return self._body(self._call(lambda c: c.invoke_query(nsid, params=params), what), what)

    def procedure(self, nsid: str, data: Any, what: str) -> Mapping[str, Any]:
        return self._body(self._call(lambda c: c.invoke_procedure(nsid, data=data), what), what)

    def _call(self, func: Callable[[_SdkClient], Any], what: str) -> Any:
        client = self._client(what)
        try:
            return self._guard(lambda: func(client), what)
        except _Expired:
            self._sdk, self.did = None, None  # sign in again, once
            client = self._client(what)
            return self._guard(lambda: func(client), what)

    @staticmethod
    def _body(response: Any, what: str) -> Mapping[str, Any]:
        content = getattr(response, "content", None)
        if not isinstance(content, Mapping):
            raise UpstreamError(f"Bluesky sent something other than a JSON object while {what}")
        return content

    def _guard(self, func: Callable[[], Any], what: str, *, signing_in: bool = False) -> Any:
        try:
            return func()
        except RapportError:
            raise
        except atp.RateLimitExceededError as exc:
            wait = _wait(exc, self._clock())
            raise UpstreamError(
                f"Bluesky's rate limit was reached (HTTP 429) while {what}"
                + (f"; it resets in {wait:.0f} s" if wait is not None else ""),
                retry_after=wait,
            ) from None
        except atp.UnauthorizedError as exc:
            if not signing_in and _error_name(exc) in _EXPIRED:
                raise _Expired from None
            if signing_in:
                raise ConfigError(
                    f"Bluesky refused the sign-in ({_detail(exc)}): check {HANDLE_VAR} and "
                    f"{PASSWORD_VAR} (an app password from Settings → Privacy and security)"
                ) from None
            raise ConfigError(f"Bluesky refused access while {what} ({_detail(exc)})") from None
        except atp.BadRequestError as exc:
            if signing_in:
                raise ConfigError(
                    f"Bluesky refused the sign-in ({_detail(exc)}): check {HANDLE_VAR} and "
                    f"{PASSWORD_VAR}"
                ) from None
            raise _BadRequest(
                f"Bluesky refused the request as invalid while {what} ({_detail(exc)})"
            ) from None
        except atp.InvokeTimeoutError:
            raise UpstreamError(
                f"Bluesky did not answer within {self.timeout:g} s while {what}"
            ) from None
        except atp.NetworkError as exc:
            if exc.response is None:
                raise UpstreamError(
                    f"cannot reach Bluesky ({_host(self.pds or self.service_url)}) while {what}"
                ) from None
            raise _status_error(exc, what, self._clock()) from None
        except atp.RequestException as exc:
            raise _status_error(exc, what, self._clock()) from None
        except (atp.ModelError, ValueError) as exc:
            log.debug("unusable Bluesky answer while %s", what, exc_info=True)
            raise UpstreamError(
                f"Bluesky sent a malformed or truncated answer while {what} ({type(exc).__name__})"
            ) from None


class _Expired(Exception):
    """The access token expired: sign in again and repeat the call once."""


class _BadRequest(UpstreamError):
    """A 400: for a listing the stored position may be stale; for a reply the post may be gone
    (the source turns it into a ``ReviewError``)."""


BadRequest = _BadRequest


def _error_name(exc: atp.RequestErrorBase) -> str:
    content = getattr(exc.response, "content", None)
    return str(getattr(content, "error", "") or "")


def _detail(exc: atp.RequestErrorBase) -> str:
    response = exc.response
    if response is None:
        return type(exc).__name__
    content = response.content
    name = getattr(content, "error", None)
    message = getattr(content, "message", None)
    detail = f"HTTP {response.status_code}"
    if name:
        detail += f" {name}"
    if message:
        detail += f": {' '.join(str(message).split())[:200]}"
    return detail


def _wait(exc: atp.RequestErrorBase, now: datetime) -> float | None:
    headers = exc.response.headers if exc.response is not None else {}
    return seconds_until_reset(headers or {}, now)


def _status_error(exc: atp.RequestErrorBase, what: str, now: datetime) -> UpstreamError:
    status = exc.response.status_code if exc.response is not None else None
    kind = "server error" if status and status >= 500 else "error"
    # Only Retry-After speaks to an outage; the RateLimit-* headers on every answer describe
    # the request window, not when the server will be back.
    headers = exc.response.headers if exc.response is not None else {}
    retry = {k: v for k, v in (headers or {}).items() if k.lower() == "retry-after"}
    return UpstreamError(
        f"Bluesky {kind} while {what} ({_detail(exc)})",
        retry_after=seconds_until_reset(retry, now) if retry else None,
    )


def _host(url: str) -> str:
    return httpx.URL(url).host or url


__all__ = ["BadRequest", "BlueskyClient", "Credentials", "models"]
