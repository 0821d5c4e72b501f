"""The X / Twitter source: brand search and our account's mentions through tweepy's API v2.

Two listings, each with its own ``since_id``: ``search`` (``search_recent_tweets`` with the
query built from ``[brand]``, see ``build_search_query``) and ``mentions``
(``get_users_mentions`` of our account). Pages are normalized by ``payloads`` into
``RawMention``; nothing past this module sees a tweepy type.

Cursor keys (all strings, stored with the mentions they cover):

``<listing>:since_id``
    The newest post id of the last *complete* pagination run. It only moves when a run
    reached its last page, so a run cut short (``max_pages``, request budget, rate limit,
    error) never skips the posts it did not reach.
``<listing>:next_token`` and ``<listing>:newest_id``
    Where an unfinished run resumes, and the newest id that run has seen; both are ``""``
    when no run is pending. The mentions fetched so far are stored together with them, and
    anything read twice is dropped as a duplicate on store.
``me:user_id`` / ``me:username``
    Our account, looked up once with ``get_me`` when ``sources.twitter.user_id`` is empty.
``budget:15m`` = ``"<window-start-epoch>:<count>"``, ``budget:month`` = ``"YYYY-MM:<count>"``
    Requests made in the current 15-minute window and calendar month (UTC). They are also
    attached to a failed fetch's exception (``exc.cursor``), so failures are counted too.

Failures: a request that fails (server error, timeout, malformed body, rate limit beyond
``max_rate_limit_wait_seconds``, credentials refused) stops its listing. If no request of the
cycle succeeded, ``fetch`` raises it (``UpstreamError`` with ``retry_after``, or
``ConfigError``); otherwise the pages already read are returned with a problem line and the
failing listing is retried next cycle. Credentials come only from the environment and never
appear in logs, reprs, ``describe()`` or error messages.
"""

from __future__ import annotations

import html
import logging
import math
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import requests
import tweepy
from requests.adapters import HTTPAdapter

from config.errors import ConfigError, RapportError, UpstreamError
from config.settings import BrandSettings, Settings, TwitterSourceSettings
from listener.sources import payloads
from listener.sources.base import Batch, RawMention

log = logging.getLogger(__name__)

# The standard (Basic / Pro) recent-search endpoint accepts queries up to 512 characters.
MAX_QUERY_LENGTH = 512
# tweepy hard-codes this host (tweepy/client.py, BaseClient.request).
TWEEPY_HOST = "https://api.twitter.com"
WINDOW_SECONDS = 15 * 60

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

_PLAIN_TERM = re.compile(r"^[#$@]?\w+$")
_HANDLE = re.compile(r"^\w{1,15}$", re.ASCII)
_LANG = re.compile(r"^[a-z]{2,3}(-[a-z]{2,4})?$", re.I)
_URL = re.compile(r"https?://\S+")


# --- the search query ----------------------------------------------------------------------


def _term(text: str) -> str | None:
    """One keyword as X query syntax: bare when a single word, otherwise an exact phrase."""
    cleaned = " ".join(text.replace('"', " ").split())
    if not cleaned:
        return None
    if _PLAIN_TERM.match(cleaned) and cleaned.upper() not in ("OR", "AND"):
        return cleaned
    return f'"{cleaned}"'


def _any(terms: Iterable[str]) -> str:
    items = list(dict.fromkeys(terms))
    return items[0] if len(items) == 1 else "(" + " OR ".join(items) + ")"


def own_handles(brand: BrandSettings) -> list[str]:
    """Our X handles from ``brand.handles.twitter``, without ``@``; a bad one is a ConfigError."""
    handles = []
    for raw in brand.handles.get("twitter", []):
        handle = raw.strip().lstrip("@")
        if not _HANDLE.match(handle):
            raise ConfigError(
                f"brand.handles.twitter: {raw!r} is not an X handle (1-15 letters, digits, _)"
            )
        handles.append(handle)
    return handles


def build_search_query(
    brand: BrandSettings,
    *,
    exclude_retweets: bool = True,
    lang: str = "",
    max_length: int = MAX_QUERY_LENGTH,
) -> str:
    """The recent-search query for ``brand``, mirroring ``listener.scoring.relevance.BrandMatcher``.

    Shape: ``((KEYWORDS REQUIRED -EXCL…) OR @handle…) -from:handle… -is:retweet lang:xx``.
    Keywords are OR'ed; ``required_terms`` are an OR group ANDed with them; exclusions are
    negated one by one (X does not allow negating a group) inside the keyword branch. A post
    naming one of our handles matches whatever its words, as in ``BrandMatcher``; our own
    posts are left out. Multi-word terms become exact phrases. X matches whole words as
    written (no plurals or stemming). Raises ``ConfigError`` when there is nothing to search
    for or the query is longer than ``max_length`` (512 for the standard endpoint).
    """
    handles = own_handles(brand)
    keywords = [t for t in map(_term, brand.keywords) if t]
    required = [t for t in map(_term, brand.required_terms) if t]
    exclusions = [f"-{t}" for t in map(_term, brand.exclusions) if t]
    branches: list[tuple[str, bool]] = []  # (clause, needs parentheses inside an OR)
    if keywords:
        parts = [_any(keywords)]
        if required:
            parts.append(_any(required))
        parts.extend(exclusions)
        branches.append((" ".join(parts), len(parts) > 1))
    branches.extend((f"@{h}", False) for h in handles)
    if not branches:
        raise ConfigError(
            "sources.twitter.search needs brand.keywords or brand.handles.twitter "
            "(or set sources.twitter.search = false)"
        )
    if len(branches) == 1:
        query = branches[0][0]
    else:
        query = "(" + " OR ".join(f"({b})" if group else b for b, group in branches) + ")"
    suffix = [f"-from:{h}" for h in handles]
    if exclude_retweets:
        suffix.append("-is:retweet")
    if lang:
        if not _LANG.match(lang):
            raise ConfigError(f"sources.twitter.lang: {lang!r} is not a language code like en")
        suffix.append(f"lang:{lang.lower()}")
    query = " ".join([query, *suffix])
    if len(query) > max_length:
        sizes = ", ".join(
            f"brand.{key} ~{sum(len(t) + 4 for t in terms)}"
            for key, terms in (
                ("keywords", keywords),
                ("required_terms", required),
                ("exclusions", exclusions),
            )
            if terms
        )
        raise ConfigError(
            f"the X search query built from [brand] is {len(query)} characters; the "
            f"recent-search endpoint accepts at most {max_length}. Use fewer or shorter "
            f"terms (their share: {sizes})"
        )
    return query


# --- the request budget --------------------------------------------------------------------


def _month_of(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y-%m")


def _next_month(now: datetime) -> datetime:
    now = now.astimezone(UTC)
    year, month = (now.year + 1, 1) if now.month == 12 else (now.year, now.month + 1)
    return datetime(year, month, 1, tzinfo=UTC)


def _split(value: str | None) -> tuple[str, int]:
    head, _, count = (value or "").rpartition(":")
    try:
        return head, max(int(count), 0)
    except ValueError:
        return "", 0


def _requests(count: int) -> str:
    return f"{count} request" if count == 1 else f"{count} requests"


def _at(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@dataclass
class RequestBudget:
    """Requests made in the current 15-minute window and calendar month, kept in the cursor."""

    per_window: int
    per_month: int
    window_start: int = 0
    window_used: int = 0
    month: str = ""
    month_used: int = 0

    @classmethod
    def load(
        cls, cursor: Mapping[str, str], *, per_window: int, per_month: int, now: datetime
    ) -> RequestBudget:
        """The counters stored in ``cursor``; a past window or month starts again at zero."""
        start, window_used = _split(cursor.get("budget:15m"))
        month, month_used = _split(cursor.get("budget:month"))
        budget = cls(per_window, per_month)
        budget.roll(now)
        if start == str(budget.window_start):
            budget.window_used = window_used
        if month == budget.month:
            budget.month_used = month_used
        return budget

    def roll(self, now: datetime) -> None:
        start = int(now.timestamp()) // WINDOW_SECONDS * WINDOW_SECONDS
        if start != self.window_start:
            self.window_start, self.window_used = start, 0
        if _month_of(now) != self.month:
            self.month, self.month_used = _month_of(now), 0

    def spent(self, now: datetime) -> str | None:
        """Why no request may be made now, or ``None`` when one may."""
        self.roll(now)
        if self.month_used >= self.per_month:
            return (
                f"request budget for this month spent ({_requests(self.per_month)}); "
                f"resumes at {_at(_next_month(now))}"
            )
        if self.window_used >= self.per_window:
            resume = datetime.fromtimestamp(self.window_start + WINDOW_SECONDS, UTC)
            return (
                f"request budget for this 15-minute window spent ({_requests(self.per_window)}); "
                f"resumes at {_at(resume)}"
            )
        return None

    def take(self, now: datetime) -> None:
        self.roll(now)
        self.window_used += 1
        self.month_used += 1

    def left(self, now: datetime) -> tuple[int, int]:
        self.roll(now)
        return (
            max(self.per_window - self.window_used, 0),
            max(self.per_month - self.month_used, 0),
        )

    def keys(self) -> dict[str, str]:
        return {
            "budget:15m": f"{self.window_start}:{self.window_used}",
            "budget:month": f"{self.month}:{self.month_used}",
        }


# --- secrets, transport ----------------------------------------------------------------------


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
        redacted = _redact(self._BEARER.sub("Bearer ***", message), self.secrets)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_REDACTOR = _RedactSecrets()
for _name in _RedactSecrets.LOGGERS:
    logging.getLogger(_name).addFilter(_REDACTOR)


def _redact(text: str, secrets: Iterable[str]) -> str:
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


def _raw(obj: Any) -> Any:
    """A tweepy model's raw dict (``Tweet.data``, ``User.data``), or the value itself."""
    return getattr(obj, "data", obj)


def _page_of(response: Any) -> dict[str, Any]:
    """A tweepy ``Response`` as the API's JSON page, for ``payloads.x_page_mentions``."""
    data = response.data if isinstance(response.data, list) else []
    includes = response.includes if isinstance(response.includes, Mapping) else {}
    users = includes.get("users") if isinstance(includes.get("users"), list) else []
    meta = response.meta if isinstance(response.meta, Mapping) else {}
    return {
        "data": [_raw(t) for t in data],
        "includes": {"users": [_raw(u) for u in users]},
        "meta": meta,
    }


def _newest(ids: Iterable[Any]) -> str | None:
    best: int | None = None
    for value in ids:
        if isinstance(value, int | str) and str(value).isdigit():
            best = max(best or 0, int(value))
    return None if best is None else str(best)


class _BudgetSpent(Exception):
    pass


class _BadRequest(ConfigError):
    """A 400 answer; for a request from a stored position it means the position went stale."""

    def __init__(self, message: str, *, detail: str) -> None:
        super().__init__(message)
        self.detail = detail


@dataclass
class _Cycle:
    """The state of one ``fetch``."""

    cursor: dict[str, str]
    budget: RequestBudget
    mentions: dict[str, RawMention] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    failures: list[RapportError] = field(default_factory=list)
    succeeded: int = 0
    more: bool = False
    stopped: bool = False

    def failure_cursor(self) -> dict[str, str]:
        """Keys that survive a failed fetch: the budget and our account, never positions."""
        kept = {k: v for k, v in self.cursor.items() if k.startswith("me:")}
        return {**kept, **self.budget.keys()}


SEARCH, MENTIONS = "search", "mentions"


# --- the source ------------------------------------------------------------------------------


class TwitterSource:
    """X / Twitter mentions of the brand (recent search) and of our account, and replies."""

    name = "twitter"

    def __init__(
        self,
        options: TwitterSourceSettings,
        brand: BrandSettings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        """Validate the settings (``ConfigError`` naming the key); missing credentials are not
        an error here: the source is then "not configured" and ``fetch`` says what is missing.
        """
        env = os.environ if environ is None else environ
        self.options = options
        self.brand = brand
        self._clock = clock or (lambda: datetime.now(UTC))
        self._sleep = sleep or time.sleep
        # Setting problems are recorded, not raised: `run_bot.py sources` must still describe
        # every source, and `fetch` raises them as a ConfigError (as the Reddit source does).
        self.setting_problems: list[str] = []
        base = options.api_base_url.strip().rstrip("/")
        if not re.match(r"^https?://[^/\s]+", base):
            self.setting_problems.append(
                f"sources.twitter.api_base_url: {options.api_base_url!r} is not an http(s) URL"
            )
        self.base_url = base
        self.handles = own_handles(brand)
        self.query = ""
        if options.search:
            try:
                self.query = build_search_query(
                    brand, exclude_retweets=options.exclude_retweets, lang=options.lang
                )
            except ConfigError as exc:
                self.setting_problems.append(str(exc))
        self._bearer = (env.get(BEARER_VAR) or "").strip()
        self._user_context = tuple((env.get(var) or "").strip() for var in USER_CONTEXT_VARS)
        _REDACTOR.secrets.update(s for s in (self._bearer, *self._user_context) if len(s) >= 6)
        self._client_instance: tweepy.Client | None = None
        self._last_cursor: Mapping[str, str] = {}

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> TwitterSource:
        return cls(
            settings.sources.twitter, settings.brand, environ=environ, clock=clock, sleep=sleep
        )

    def __repr__(self) -> str:
        return (
            f"TwitterSource(listings={','.join(self.listings) or '-'}, "
            f"base_url={self.base_url!r}, configured={self.configured})"
        )

    # -- credentials --

    @property
    def listings(self) -> list[str]:
        return [
            name
            for name, on in (("search", self.options.search), ("mentions", self.options.mentions))
            if on
        ]

    @property
    def has_user_context(self) -> bool:
        return all(self._user_context)

    def missing_credentials(self) -> list[str]:
        """Environment variables the enabled listings still need (names only, never values).

        Search needs the bearer token or the OAuth 1.0a quartet; mentions need the quartet.
        """
        missing: list[str] = []
        quartet = self._missing_quartet()
        if self.options.search and not self._bearer and quartet:
            missing.append(BEARER_VAR)
        if self.options.mentions:
            missing.extend(quartet)
        return missing

    @property
    def configured(self) -> bool:
        return not self.missing_credentials()

    @property
    def can_post(self) -> bool:
        """Replies need the OAuth 1.0a user-context quartet."""
        return self.has_user_context

    def _require(self, missing: list[str], what: str) -> None:
        if missing:
            raise ConfigError(
                f"the X source cannot {what}: set {', '.join(missing)} in the environment "
                "(see .env.example and docs/sources.md)"
            )

    @property
    def _client(self) -> tweepy.Client:
        if self._client_instance is None:
            key, secret, token, token_secret = (v or None for v in self._user_context)
            client = tweepy.Client(
                bearer_token=self._bearer or None,
                consumer_key=key,
                consumer_secret=secret,
                access_token=token,
                access_token_secret=token_secret,
                wait_on_rate_limit=False,
            )
            client.session.mount(
                TWEEPY_HOST, _RebaseAdapter(self.base_url, self.options.timeout_seconds)
            )
            self._client_instance = client
        return self._client_instance

    # -- describe --

    def describe(self, cursor: Mapping[str, str] | None = None) -> Mapping[str, str]:
        """Settings and state for ``run_bot.py sources``; budget left from ``cursor`` (or the
        last cursor this instance saw)."""
        missing = self.missing_credentials()
        now = self._clock()
        budget = RequestBudget.load(
            cursor if cursor is not None else self._last_cursor,
            per_window=self.options.requests_per_15min,
            per_month=self.options.requests_per_month,
            now=now,
        )
        window_left, month_left = budget.left(now)
        who = self.options.user_id or (cursor or self._last_cursor).get("me:user_id")
        quartet = self._missing_quartet()
        return {
            "name": self.name,
            "configured": "yes" if not missing else f"no (missing {', '.join(missing)})",
            "listings": ", ".join(self.listings)
            or "none (sources.twitter.search and mentions are both off)",
            "query": self.query or "-",
            "mentions of": (who or "our account (looked up once with get_me)")
            if self.options.mentions
            else "-",
            "page size": f"{self.options.max_results} posts, at most {self.options.max_pages} "
            "pages per listing and cycle",
            "budget left": f"{window_left} of {self.options.requests_per_15min} requests this "
            f"15-minute window, {month_left} of {self.options.requests_per_month} this month",
            "base URL": self.base_url,
            "replies": "yes" if self.can_post else f"no (missing {', '.join(quartet)})",
            **({"problems": "; ".join(self.setting_problems)} if self.setting_problems else {}),
        }

    # -- fetch --

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        """Read each enabled listing since its cursor, within the request budget.

        Raises ``ConfigError`` when credentials are missing or refused and ``UpstreamError``
        when the platform fails before anything was read; both carry ``.cursor`` with the
        keys to keep (budget counters). Partial reads come back with problem lines.
        """
        if self.setting_problems:
            raise ConfigError("; ".join(self.setting_problems))
        self._require(self.missing_credentials(), "fetch")
        self._last_cursor = dict(cursor)
        cycle = _Cycle(
            cursor=dict(cursor),
            budget=RequestBudget.load(
                cursor,
                per_window=self.options.requests_per_15min,
                per_month=self.options.requests_per_month,
                now=self._clock(),
            ),
        )
        for listing in (SEARCH, MENTIONS):
            if listing in self.listings and not cycle.stopped:
                self._read_listing(listing, cycle)
        cycle.cursor.update(cycle.budget.keys())
        self._last_cursor = dict(cycle.cursor)
        if cycle.failures and not cycle.succeeded:
            error = self._first_failure(cycle.failures)
            error.cursor = cycle.failure_cursor()  # type: ignore[attr-defined]
            raise error
        return Batch(
            source=self.name,
            mentions=tuple(cycle.mentions.values()),
            cursor=cycle.cursor,
            problems=tuple(cycle.problems),
            more=cycle.more and not cycle.stopped and not cycle.failures,
        )

    @staticmethod
    def _first_failure(failures: list[RapportError]) -> RapportError:
        config = [f for f in failures if isinstance(f, ConfigError)]
        if config:
            return config[0]
        if len(failures) == 1:
            return failures[0]
        waits = [f.retry_after for f in failures if getattr(f, "retry_after", None)]
        return UpstreamError(
            "; ".join(str(f) for f in failures), retry_after=max(waits) if waits else None
        )

    def _read_listing(self, name: str, cycle: _Cycle) -> None:
        since = cycle.cursor.get(f"{name}:since_id") or None
        token = cycle.cursor.get(f"{name}:next_token") or None
        newest = cycle.cursor.get(f"{name}:newest_id") or None
        try:
            call = self._listing_call(name, cycle)
        except _BudgetSpent:
            return
        except RapportError as exc:
            self._fail(cycle, name, exc)
            return
        pages = 0
        while True:
            if pages >= self.options.max_pages:
                cycle.more = True
                break
            try:
                response = self._request(cycle, name, lambda s=since, t=token: call(s, t))
            except _BudgetSpent:
                break
            except _BadRequest as exc:
                if pages == 0 and (since or token):
                    # A page token gone stale, or a since_id older than the 7 days recent
                    # search covers: drop the token first, then the since_id, and read again.
                    dropped = ("next_token", "newest_id") if token else ("since_id",)
                    cycle.problems.append(
                        f"{name}: X refused the stored {dropped[0]} ({exc.detail}); reading again "
                        + ("from the last complete position" if token else "from the newest posts")
                    )
                    for key in dropped:
                        cycle.cursor[f"{name}:{key}"] = ""
                    if token:
                        token = newest = None
                    else:
                        since = None
                    continue
                self._fail(cycle, name, exc)
                break
            except RapportError as exc:
                self._fail(cycle, name, exc)
                break
            pages += 1
            page = _page_of(response)
            now = self._clock()
            for item in payloads.x_page_mentions(page, source=self.name, fallback_time=now):
                if isinstance(item, payloads.PayloadError):
                    cycle.problems.append(f"{name}: {item}; skipped")
                else:
                    cycle.mentions.setdefault(item.external_id, item)
            newest = _newest(
                [
                    newest,
                    page["meta"].get("newest_id"),
                    *(t.get("id") for t in page["data"] if isinstance(t, Mapping)),
                ]
            )
            next_token = page["meta"].get("next_token")
            token = next_token if isinstance(next_token, str) and next_token else None
            if token is None:
                if newest:
                    cycle.cursor[f"{name}:since_id"] = newest
                cycle.cursor[f"{name}:next_token"] = ""
                cycle.cursor[f"{name}:newest_id"] = ""
                return
        if pages:
            # Stopped before the last page: keep since_id, remember where to go on.
            cycle.cursor[f"{name}:next_token"] = token or ""
            cycle.cursor[f"{name}:newest_id"] = newest or ""

    def _fail(self, cycle: _Cycle, name: str, exc: RapportError) -> None:
        cycle.failures.append(exc)
        cycle.problems.append(f"{name}: {exc}; the rest is read next cycle")

    def _listing_call(self, listing: str, cycle: _Cycle) -> Callable[[str | None, str | None], Any]:
        common = {
            "max_results": self.options.max_results,
            "expansions": EXPANSIONS,
            "tweet_fields": TWEET_FIELDS,
            "user_fields": USER_FIELDS,
        }
        if listing == SEARCH:
            user_auth = not self._bearer

            def search(since: str | None, token: str | None) -> Any:
                return self._client.search_recent_tweets(
                    self.query, since_id=since, next_token=token, user_auth=user_auth, **common
                )

            return search
        user_id = self._our_user_id(cycle)

        def mentions(since: str | None, token: str | None) -> Any:
            return self._client.get_users_mentions(
                id=user_id, since_id=since, pagination_token=token, user_auth=True, **common
            )

        return mentions

    def _our_user_id(self, cycle: _Cycle) -> str:
        """Settings' ``user_id``, else ``me:user_id`` from the cursor, else one ``get_me``.

        The OAuth 1.0a access token starts with its owner's id (tweepy relies on this too), so
        a cached id that no longer matches the token is looked up again.
        """
        if self.options.user_id:
            return self.options.user_id
        cached = cycle.cursor.get("me:user_id") or ""
        owner = self._user_context[2].partition("-")[0]
        if cached and (not owner.isdigit() or owner == cached):
            return cached
        response = self._request(cycle, "get_me", lambda: self._client.get_me(user_auth=True))
        user = _raw(response.data)
        if not isinstance(user, Mapping) or not user.get("id"):
            raise UpstreamError("X answered get_me without a user id")
        cycle.cursor["me:user_id"] = str(user["id"])
        cycle.cursor["me:username"] = str(user.get("username") or "")
        return cycle.cursor["me:user_id"]

    def _request(self, cycle: _Cycle, what: str, call: Callable[[], Any]) -> Any:
        """One API call within the budget; a 429 whose reset is near is waited out once."""
        for attempt in (1, 2):
            now = self._clock()
            spent = cycle.budget.spent(now)
            if spent:
                if not cycle.stopped:
                    cycle.problems.append(spent)
                cycle.stopped = True
                raise _BudgetSpent
            cycle.budget.take(now)
            try:
                response = call()
            except tweepy.TooManyRequests as exc:
                seconds = self._seconds_to_reset(exc)
                if (
                    attempt == 1
                    and seconds is not None
                    and seconds <= self.options.max_rate_limit_wait_seconds
                ):
                    log.warning("X rate limit on %s; waiting %d s for the reset", what, seconds + 1)
                    self._sleep(seconds + 1)
                    continue
                raise self._rate_limited(what, seconds) from None
            except Exception as exc:
                raise self._translate(what, exc) from None
            cycle.succeeded += 1
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _seconds_to_reset(self, exc: tweepy.TooManyRequests) -> int | None:
        headers = getattr(exc.response, "headers", None) or {}
        raw = headers.get("x-rate-limit-reset") or exc.reset_time
        try:
            reset = int(raw)
        except (TypeError, ValueError):
            return None
        return max(math.ceil(reset - self._clock().timestamp()), 0)

    def _rate_limited(self, what: str, seconds: int | None) -> UpstreamError:
        if seconds is None:
            return UpstreamError(f"X rate limit reached for {what} (no reset time given)")
        reset = datetime.fromtimestamp(self._clock().timestamp() + seconds, UTC)
        return UpstreamError(
            f"X rate limit reached for {what}; it resets at {reset:%Y-%m-%d %H:%M:%S} UTC "
            f"(in {seconds} s)",
            retry_after=float(max(seconds, 1)),
        )

    def _translate(self, what: str, exc: Exception) -> RapportError:
        """A tweepy / requests exception as ``ConfigError`` or ``UpstreamError``, secrets masked."""
        secrets = {self._bearer, *self._user_context} - {""}
        detail = _redact(" ".join(str(exc).split()), secrets)[:300]
        if isinstance(exc, tweepy.Unauthorized):
            used = [BEARER_VAR] if what == SEARCH and self._bearer else USER_CONTEXT_VARS
            return ConfigError(
                f"X rejected the credentials for {what} ({detail}): check {', '.join(used)}"
            )
        if isinstance(exc, tweepy.Forbidden):
            return ConfigError(
                f"X refused {what} ({detail}): the credentials were rejected or the app's "
                "access level or plan does not include this endpoint"
            )
        if isinstance(exc, tweepy.BadRequest):
            return _BadRequest(f"X refused the {what} request as invalid ({detail})", detail=detail)
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
            return UpstreamError(
                f"X API did not answer {what} within {self.options.timeout_seconds:g} s"
            )
        if isinstance(exc, requests.ConnectionError):
            return UpstreamError(f"cannot connect to the X API at {self.base_url} for {what}")
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

    # -- replies --

    def reply(self, mention: RawMention, text: str) -> str:
        """Post ``text`` as a reply to ``mention`` and return the new post's id.

        Not budgeted (posting is human-approved and rare). A timeout may hide a post that
        went through: reconcile with ``find_reply`` before posting again.
        """
        self._require(self._missing_quartet(), "post replies")
        if mention.platform != "twitter":
            raise ValueError(f"cannot reply on X to a {mention.platform} mention")
        try:
            response = self._client.create_tweet(
                text=text, in_reply_to_tweet_id=mention.external_id, user_auth=True
            )
        except tweepy.TooManyRequests as exc:
            raise self._rate_limited("reply", self._seconds_to_reset(exc)) from None
        except tweepy.Forbidden as exc:
            # Not the credentials as a rule: a duplicate text or a conversation closed to us.
            detail = _redact(" ".join(str(exc).split()), {*self._user_context} - {""})[:300]
            raise UpstreamError(f"X refused the reply ({detail})") from None
        except Exception as exc:
            error = self._translate("reply", exc)
            if isinstance(error, _BadRequest):
                error = UpstreamError(str(error))
            elif isinstance(exc, requests.Timeout):
                error = UpstreamError(
                    f"{error}; the reply may have been posted: check with find_reply before "
                    "posting again"
                )
            raise error from None
        data = _raw(response.data)
        if not isinstance(data, Mapping) or not data.get("id"):
            raise UpstreamError("X accepted the reply but sent back no post id")
        return str(data["id"])

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        """Our reply to ``mention`` with ``text``, if it was posted: its id, else ``None``.

        Searches the conversation (``conversation_id:… from:<our handle>``, last 7 days) for a
        post of ours replying to ``mention`` whose text matches, ignoring whitespace, HTML
        escapes and link rewriting. Used to reconcile a crash while publishing.
        """
        self._require(self._missing_quartet(), "look up replies")
        handle = self.handles[0] if self.handles else self._own_username()
        conversation = mention.thread_id or mention.external_id
        try:
            response = self._client.search_recent_tweets(
                f"conversation_id:{conversation} from:{handle}",
                max_results=100,
                tweet_fields=["referenced_tweets", "conversation_id", "created_at"],
                user_auth=True,
            )
        except tweepy.TooManyRequests as exc:
            raise self._rate_limited("find_reply", self._seconds_to_reset(exc)) from None
        except Exception as exc:
            raise self._translate("find_reply", exc) from None
        wanted = _comparable(text)
        ours: list[str] = []
        for tweet in response.data or []:
            raw = _raw(tweet)
            refs = raw.get("referenced_tweets") or []
            replied = {
                str(r.get("id"))
                for r in refs
                if isinstance(r, Mapping) and r.get("type") == "replied_to"
            }
            if mention.external_id not in replied:
                continue
            if _comparable(raw.get("text", "")) == wanted:
                return str(raw["id"])
            ours.append(str(raw["id"]))
        # Any reply of ours to this very post counts (an edited text, or a person who answered
        # from the X app): posting another would answer the customer twice.
        return ours[0] if ours else None

    def _missing_quartet(self) -> list[str]:
        return [v for v, s in zip(USER_CONTEXT_VARS, self._user_context, strict=True) if not s]

    def _own_username(self) -> str:
        try:
            response = self._client.get_me(user_auth=True)
        except Exception as exc:
            raise self._translate("get_me", exc) from None
        user = _raw(response.data)
        if not isinstance(user, Mapping) or not user.get("username"):
            raise UpstreamError("X answered get_me without a username")
        return str(user["username"])


def _comparable(text: str) -> str:
    """Text as X may return it: links become t.co URLs, ``&`` comes back as ``&amp;``, and a
    reply starts with the @handles it answers, which our draft text does not."""
    text = _LEADING_MENTIONS.sub("", html.unescape(text))
    return " ".join(_URL.sub("<url>", text).split())


_LEADING_MENTIONS = re.compile(r"^\s*(?:@\w{1,15}\s+)+")
