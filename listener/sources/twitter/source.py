"""The X / Twitter source: brand search and our account's mentions through tweepy's API v2.

Listings, each with its own ``since_id``: ``search`` (``search_recent_tweets`` with the
query built from ``[brand]``, see ``search_queries``; a query longer than
``max_query_length`` is split and its parts are read as ``search``, ``search.2``, …) and
``mentions`` (``get_users_mentions`` of our account; skipped with one notice while only the
bearer token is set). Pages are normalized by ``payloads`` into ``RawMention``; nothing past
this package sees a tweepy type. The cursor keys are described in ``cursors``, the request
and dollar budgets in ``budget``: before each page the source checks that ``max_results`` ×
the price of a post still fits the month's budget, so reading pauses before it overspends.

Failures: a request that fails (server error, timeout, malformed body, rate limit beyond
``max_rate_limit_wait_seconds``, credentials refused) stops its listing. If no request of the
cycle succeeded, ``fetch`` raises it (``UpstreamError`` with ``retry_after``, or
``ConfigError``); otherwise the pages already read are returned with a problem line and the
failing listing is retried next cycle. Credentials come only from the environment and never
appear in logs, reprs, ``describe()`` or error messages.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import tweepy

from config.errors import ConfigError, RapportError, UpstreamError
from config.settings import BrandSettings, Settings, TwitterSourceSettings
from listener.sources.base import Batch
from listener.sources.twitter.budget import (
    REPLIES,
    RequestBudget,
    Spend,
    has_link,
    micro,
    spend_key,
    usd,
)
from listener.sources.twitter.client import (
    BEARER_VAR,
    EXPANSIONS,
    REDACTOR,
    TWEET_FIELDS,
    USER_CONTEXT_VARS,
    USER_FIELDS,
    make_client,
    rate_limited,
    raw,
    seconds_to_reset,
    translate,
)
from listener.sources.twitter.cursors import MENTIONS, SEARCH, BudgetSpent, Cycle, read_pages
from listener.sources.twitter.query import SearchPlan, own_handles, search_queries
from listener.sources.twitter.replies import XReplies

log = logging.getLogger(__name__)


class TwitterSource(XReplies):
    """X / Twitter mentions of the brand (recent search) and of our account, and replies."""

    name = "twitter"
    platform = "twitter"

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
        self.handles: list[str] = []
        self.plan = SearchPlan([], 0, [])
        try:
            self.handles = own_handles(brand)
            if options.search:
                self.plan = search_queries(
                    brand,
                    exclude_retweets=options.exclude_retweets,
                    lang=options.lang,
                    max_length=options.max_query_length,
                )
        except ConfigError as exc:
            self.setting_problems.append(str(exc))
        self._bearer = (env.get(BEARER_VAR) or "").strip()
        self._user_context = tuple((env.get(var) or "").strip() for var in USER_CONTEXT_VARS)
        REDACTOR.secrets.update(s for s in (self._bearer, *self._user_context) if len(s) >= 6)
        self._client_instance: tweepy.Client | None = None
        self._last_cursor: Mapping[str, str] = {}
        self._told: set[str] = set()  # notices logged once per process (or month)

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

    @property
    def query(self) -> str:
        """The search query (the first one when the brand query was split)."""
        return self.plan.queries[0] if self.plan.queries else ""

    def search_listings(self) -> list[tuple[str, str]]:
        """(listing name, query): ``search`` for the first query, ``search.N`` for the rest."""
        if not self.options.search:
            return []
        return [
            (SEARCH if n == 1 else f"{SEARCH}.{n}", query)
            for n, query in enumerate(self.plan.queries, start=1)
        ]

    # -- credentials --

    @property
    def listings(self) -> list[str]:
        """What a cycle reads; mentions only with the user-context credentials."""
        names = [name for name, _ in self.search_listings()]
        if self.options.mentions and self.has_user_context:
            names.append(MENTIONS)
        return names

    @property
    def has_user_context(self) -> bool:
        return all(self._user_context)

    def missing_credentials(self) -> list[str]:
        """Environment variables needed before anything can be read (names, never values).

        Search needs the bearer token or the OAuth 1.0a quartet; mentions need the quartet.
        With the bearer token alone search runs and mentions are skipped (one notice), so
        nothing is missing then; with nothing set, everything the enabled listings use is.
        """
        quartet = self._missing_quartet()
        if self.options.search and (self._bearer or not quartet):
            return []
        missing = [BEARER_VAR] if self.options.search else []
        return missing + quartet if self.options.mentions else missing

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
            self._client_instance = make_client(
                self._bearer,
                self._user_context,
                base_url=self.base_url,
                timeout=self.options.timeout_seconds,
            )
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
        spend = self._spend(cursor if cursor is not None else self._last_cursor, now)
        who = self.options.user_id or (cursor or self._last_cursor).get("me:user_id")
        quartet = self._missing_quartet()
        paused = spend.blocked(self._cheapest_page(), now)
        return {
            "name": self.name,
            "configured": "yes" if not missing else f"no (missing {', '.join(missing)})",
            "listings": ", ".join(self.listings)
            or "none (sources.twitter.search and mentions are both off)",
            "query": self._describe_queries(),
            "mentions of": self._describe_mentions(who),
            "spend": spend.summary(now) + (f"; PAUSED: {paused}" if paused and not missing else ""),
            "prices": f"{usd(micro(self.options.post_read_usd))} per post read, "
            f"{usd(micro(self.options.mention_read_usd))} per mention read, "
            f"{usd(micro(self.options.post_create_usd))} per reply, "
            f"{usd(micro(self.options.post_with_link_usd))} per reply with a link",
            "page size": f"{self.options.max_results} posts, at most {self.options.max_pages} "
            "pages per listing and cycle",
            "budget left": f"{window_left} of {self.options.requests_per_15min} requests this "
            f"15-minute window, {month_left} of {self.options.requests_per_month} this month",
            "base URL": self.base_url,
            "replies": "yes" if self.can_post else f"no (missing {', '.join(quartet)})",
            **({"problems": "; ".join(self.setting_problems)} if self.setting_problems else {}),
        }

    def _describe_queries(self) -> str:
        queries = self.plan.queries
        if not queries:
            return "-"
        if len(queries) == 1:
            return queries[0]
        text = (
            f"{len(queries)} queries (the brand query is {self.plan.full_length} characters; "
            f"the plan accepts {self.options.max_query_length}): "
            + " | ".join(f"[{name}] {query}" for name, query in self.search_listings())
        )
        if self.plan.dropped_exclusions:
            text += f" (left to the brand matcher: {' '.join(self.plan.dropped_exclusions)})"
        return text

    def _describe_mentions(self, who: str | None) -> str:
        if not self.options.mentions:
            return "-"
        if not self.has_user_context:
            return f"skipped (needs {', '.join(self._missing_quartet())})"
        return who or "our account (looked up once with get_me)"

    # -- spend --

    def _spend(self, cursor: Mapping[str, str], now: datetime) -> Spend:
        return Spend.load(cursor, budget_usd=self.options.monthly_budget_usd, now=now)

    def _price(self, listing: str) -> int:
        """What one post read by ``listing`` costs, in micro-dollars."""
        price = self.options.mention_read_usd if listing == MENTIONS else self.options.post_read_usd
        return micro(price)

    def _page_estimate(self, listing: str) -> int:
        """The most the next page of ``listing`` can cost: a full page of posts."""
        return self.options.max_results * self._price(listing)

    def _cheapest_page(self) -> int:
        return min((self._page_estimate(name) for name in self.listings), default=0)

    def reply_spend(self, text: str, now: datetime) -> dict[str, int]:
        """What posting ``text`` costs, as the cursor counter to add (the publisher records
        it with the sent draft). A post with a link is billed the link price instead."""
        price = self.options.post_with_link_usd if has_link(text) else self.options.post_create_usd
        return {spend_key(now.astimezone(UTC).strftime("%Y-%m"), REPLIES): micro(price)}

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
        if self.options.mentions and not self.has_user_context:
            self._tell_once(
                "mentions",
                "X: reading our account's mentions is skipped until %s are set; search runs "
                "with the bearer token",
                ", ".join(self._missing_quartet()),
            )
        self._last_cursor = dict(cursor)
        now = self._clock()
        cycle = Cycle(
            cursor=dict(cursor),
            budget=RequestBudget.load(
                cursor,
                per_window=self.options.requests_per_15min,
                per_month=self.options.requests_per_month,
                now=now,
            ),
            spend=self._spend(cursor, now),
        )
        search_failed = False
        for listing in self.listings:
            if cycle.stopped or (search_failed and listing != MENTIONS):
                continue  # the parts of a split search share the endpoint and its limits
            failures = len(cycle.failures)
            self._read_listing(listing, cycle)
            search_failed = search_failed or (
                listing != MENTIONS and len(cycle.failures) > failures
            )
        cycle.cursor.update(cycle.budget.keys())
        cycle.cursor.update(cycle.spend.keys())
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
        waits = [f.retry_after for f in failures if isinstance(f, UpstreamError) and f.retry_after]
        return UpstreamError(
            "; ".join(str(f) for f in failures), retry_after=max(waits) if waits else None
        )

    def _read_listing(self, name: str, cycle: Cycle) -> None:
        try:
            call = self._listing_call(name, cycle)
        except BudgetSpent:
            return
        except RapportError as exc:
            cycle.fail(name, exc)
            return
        read_pages(
            name,
            cycle,
            lambda since, token: self._request(
                cycle, name, lambda: call(since, token), page_of=name
            ),
            max_pages=self.options.max_pages,
            clock=self._clock,
            source=self.name,
        )

    def _listing_call(self, listing: str, cycle: Cycle) -> Callable[[str | None, str | None], Any]:
        common = {
            "max_results": self.options.max_results,
            "expansions": EXPANSIONS,
            "tweet_fields": TWEET_FIELDS,
            "user_fields": USER_FIELDS,
        }
        if listing != MENTIONS:
            user_auth = not self._bearer
            query = dict(self.search_listings())[listing]

            def search(since: str | None, token: str | None) -> Any:
                return self._client.search_recent_tweets(
                    query, since_id=since, next_token=token, user_auth=user_auth, **common
                )

            return search
        user_id = self._our_user_id(cycle)

        def mentions(since: str | None, token: str | None) -> Any:
            return self._client.get_users_mentions(
                id=user_id, since_id=since, pagination_token=token, user_auth=True, **common
            )

        return mentions

    def _our_user_id(self, cycle: Cycle) -> str:
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
        user = raw(response.data)
        if not isinstance(user, Mapping) or not user.get("id"):
            raise UpstreamError("X answered get_me without a user id")
        cycle.cursor["me:user_id"] = str(user["id"])
        cycle.cursor["me:username"] = str(user.get("username") or "")
        return cycle.cursor["me:user_id"]

    def _request(
        self, cycle: Cycle, what: str, call: Callable[[], Any], *, page_of: str | None = None
    ) -> Any:
        """One API call within the budgets; a 429 whose reset is near is waited out once.

        ``page_of`` names the listing when the call reads a page of posts: its worst-case
        cost must fit the month's dollar budget first, and the posts it returns are charged.
        """
        for attempt in (1, 2):
            now = self._clock()
            spent = cycle.budget.spent(now)
            if page_of and not spent:
                spent = cycle.spend.blocked(self._page_estimate(page_of), now)
                if spent:
                    self._tell_once(f"paused:{cycle.spend.month}", "X: %s", spent)
            if spent:
                if not cycle.stopped:
                    cycle.problems.append(spent)
                cycle.stopped = True
                raise BudgetSpent
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
            if page_of:
                posts = len(response.data) if isinstance(response.data, list) else 0
                kind = MENTIONS if page_of == MENTIONS else SEARCH
                cycle.spend.charge(kind, posts * self._price(page_of), now)
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _seconds_to_reset(self, exc: tweepy.TooManyRequests) -> int | None:
        return seconds_to_reset(exc, self._clock())

    def _rate_limited(self, what: str, seconds: int | None) -> UpstreamError:
        return rate_limited(what, seconds, self._clock())

    def _translate(self, what: str, exc: Exception) -> RapportError:
        return translate(
            what,
            exc,
            secrets={self._bearer, *self._user_context},
            bearer_used=what.startswith(SEARCH) and bool(self._bearer),
            timeout=self.options.timeout_seconds,
            base_url=self.base_url,
        )

    def _tell_once(self, key: str, message: str, *args: object) -> None:
        """Log ``message`` the first time ``key`` comes up in this process."""
        if key not in self._told:
            self._told.add(key)
            log.warning(message, *args)

    def _missing_quartet(self) -> list[str]:
        return [v for v, s in zip(USER_CONTEXT_VARS, self._user_context, strict=True) if not s]
