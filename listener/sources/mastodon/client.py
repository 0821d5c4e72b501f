"""Mastodon.py behind the Mastodon source: one instance, our token, errors as Rapport's errors.

Mastodon.py runs with ``ratelimit_method="throw"`` (its "wait" would sleep inside a scheduler
job) and version checks off (each would cost an instance request). Its ``requests`` session
carries a response hook that reads ``X-RateLimit-Remaining`` / ``X-RateLimit-Reset`` (Mastodon
allows 300 requests per 5 minutes per account); before each call the source's budget and the
last known window are checked, so a spent window raises ``UpstreamError(retry_after=…)``
without asking. The access token never appears in errors, logs or reprs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
from mastodon import Mastodon
from mastodon import errors as mtd

from config.errors import ConfigError, RapportError, ReviewError, UpstreamError
from listener.sources.limits import RateWatch, seconds_until_reset

log = logging.getLogger(__name__)

TOKEN_VAR = "RAPPORT_MASTODON_ACCESS_TOKEN"  # noqa: S105 (a variable name)
DEFAULT_LIMIT = 500
T = TypeVar("T")


class _Mastodon(Mastodon):
    """Mastodon.py without the hashtag-timeline availability probe.

    Before each timeline read Mastodon.py asks the instance information whether the timeline
    is open, only to warn; a closed timeline answers with an error the source reports anyway,
    so the probe would be one request per process for nothing.
    """

    def timeline_is_available(self, *args: Any, **kwargs: Any) -> bool:
        return True


class MastodonClient:
    """A Mastodon.py client for ``api_base_url``, built on first use."""

    def __init__(
        self,
        *,
        api_base_url: str,
        token: str,
        timeout: float,
        clock: Callable[[], datetime],
        before: Callable[[], None],
    ) -> None:
        self.api_base_url = api_base_url.rstrip("/")
        self._token = token
        self.timeout = timeout
        self._clock = clock
        self._before = before
        self.rate = RateWatch()
        self._headers: dict[str, str] = {}
        self._api: _Mastodon | None = None
        self.max_characters: int | None = None
        self.our_id: str | None = None

    def __repr__(self) -> str:
        return f"MastodonClient({self.api_base_url!r})"

    @property
    def host(self) -> str:
        return urlsplit(self.api_base_url).netloc or self.api_base_url

    def api(self) -> _Mastodon:
        if self._api is None:
            session = requests.Session()
            session.hooks["response"].append(self._observe)
            self._api = _Mastodon(
                access_token=self._token or None,
                api_base_url=self.api_base_url,
                ratelimit_method="throw",
                request_timeout=self.timeout,
                version_check_mode="none",
                mastodon_version="4.0.0",
                session=session,
                user_agent="Rapport social listening",
            )
            # With version checks off Mastodon.py does not parse mastodon_version and takes the
            # instance for 1.0, which refuses search's min_id/max_id; every supported instance
            # runs Mastodon 4 or an API-compatible server.
            self._api.mastodon_major, self._api.mastodon_minor = 4, 0
        return self._api

    def _observe(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self._headers = dict(response.headers)
        # Reads share the account's window (300 per 5 minutes); posting has its own, which
        # must not stop the reads when it runs low.
        if response.request.method == "GET":
            self.rate.observe(self._headers, self._clock())

    def call(self, func: Callable[[_Mastodon], T], what: str, *, posting: bool = False) -> T:
        """One Mastodon.py call (one request); its failure says what failed and whose fault."""
        wait = self.rate.wait(self._clock())
        if wait is not None:
            raise UpstreamError(
                f"the Mastodon rate limit of {self.host} is used up; it resets in {wait:.0f} s "
                f"(postponed: {what})",
                retry_after=wait,
            )
        self._before()
        self._headers = {}
        try:
            return func(self.api())
        except RapportError:
            raise
        except mtd.MastodonRatelimitError:
            wait = seconds_until_reset(self._headers, self._clock())
            raise UpstreamError(
                f"Mastodon's rate limit on {self.host} was reached (HTTP 429) while {what}"
                + (f"; it resets in {wait:.0f} s" if wait is not None else ""),
                retry_after=wait,
            ) from None
        except mtd.MastodonUnauthorizedError:
            raise ConfigError(
                f"{self.host} refused the access token (HTTP 401) while {what}: check {TOKEN_VAR} "
                "(a token of an application with the read and write:statuses scopes)"
            ) from None
        except mtd.MastodonNotFoundError as exc:
            message = f"{self.host} found nothing (HTTP 404) while {what}{_why(exc)}"
            raise (ReviewError(message) if posting else ConfigError(message)) from None
        except mtd.MastodonServerError as exc:
            raise UpstreamError(
                f"{self.host} failed (HTTP {_status(exc)}) while {what}",
                retry_after=seconds_until_reset(self._headers, self._clock())
                if "retry-after" in {k.lower() for k in self._headers}
                else None,
            ) from None
        except mtd.MastodonNetworkError as exc:
            problem = "no answer in time" if "timed out" in str(exc).lower() else "cannot connect"
            raise UpstreamError(f"{self.host}: {problem} while {what}") from None
        except mtd.MastodonAPIError as exc:
            status = _status(exc)
            if status is None:
                log.debug("unusable Mastodon answer while %s", what, exc_info=True)
                raise UpstreamError(
                    f"{self.host} sent a malformed or truncated answer while {what}"
                ) from None
            if status == 403:
                raise ConfigError(
                    f"{self.host} refused (HTTP 403{_why(exc)}) while {what}: the token lacks a "
                    "scope, or the account is suspended"
                ) from None
            message = f"{self.host} refused the request (HTTP {status}{_why(exc)}) while {what}"
            error = ReviewError(message) if posting and status == 422 else UpstreamError(message)
            raise error from None
        except (mtd.MastodonError, ValueError, KeyError, TypeError) as exc:
            log.debug("unusable Mastodon answer while %s", what, exc_info=True)
            raise UpstreamError(
                f"{self.host} sent an answer Rapport cannot use while {what} ({type(exc).__name__})"
            ) from None

    def instance_limit(self) -> int:
        """The instance's ``configuration.statuses.max_characters`` (v2, else v1), cached."""
        if self.max_characters is None:
            try:
                info = self.call(lambda m: m.instance_v2(), "reading the instance information")
            except ConfigError:
                info = self.call(lambda m: m.instance_v1(), "reading the instance information")
            config = info.get("configuration") if isinstance(info, Mapping) else None
            statuses = config.get("statuses") if isinstance(config, Mapping) else None
            value = statuses.get("max_characters") if isinstance(statuses, Mapping) else None
            if not isinstance(value, int) and isinstance(info, Mapping):
                value = info.get("max_toot_chars")  # Pleroma, glitch-soc
            self.max_characters = value if isinstance(value, int) and value > 0 else DEFAULT_LIMIT
        return self.max_characters

    def me(self) -> str:
        """Our account's id (``verify_credentials``), cached."""
        if self.our_id is None:
            account = self.call(lambda m: m.account_verify_credentials(), "looking up our account")
            ident = account.get("id") if isinstance(account, Mapping) else None
            if not ident:
                raise UpstreamError(f"{self.host} answered verify_credentials without an id")
            self.our_id = str(ident)
        return self.our_id


def _status(exc: Exception) -> int | None:
    args = getattr(exc, "args", ())
    return args[1] if len(args) > 1 and isinstance(args[1], int) else None


def _why(exc: Exception) -> str:
    args = getattr(exc, "args", ())
    detail = args[3] if len(args) > 3 and isinstance(args[3], str) else ""
    return f": {' '.join(detail.split())[:200]}" if detail else ""
