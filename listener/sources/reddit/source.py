"""The Reddit source: brand search, watched subreddits and our username mentions, via praw.

Each cycle reads these listings, newest first, at most ``limit`` items each:

- ``search:newest``: ``r/<search_subreddits joined with +>/search`` (r/all when empty) for the
  query ``build_query`` makes of ``[brand]`` keywords, required terms and exclusions;
- ``comments:<subs>`` and ``submissions:<subs>``: new comments and posts of
  ``watch_subreddits``, kept only when the brand matcher says they are about us (everything
  posted in our own ``brand.communities["reddit"]`` is);
- ``mentions:newest``: our account's username mentions (needs a user login).

Raw JSON, not praw models: praw builds each request (a ``ListingGenerator``'s ``url`` and
``params`` are exactly what ``subreddit.comments(limit=..., params=...)`` sends) and the
public ``Reddit.request`` returns Reddit's JSON as it came, which ``payloads.reddit_mention``
normalizes like any other Reddit thing. ``reddit.get`` would hand back praw models, whose
``vars()`` hold Redditor and Subreddit objects instead of the raw fields and which fetch over
the network when asked for an attribute they lack; praw's generators also hide the Listing's
``before``, which says whether newer pages remain.


How each listing's cursor moves is described in ``cursors``; credentials and error
translation live in ``client``, Reddit's rate limit in ``budget``, the query in ``query``.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import praw
import prawcore

from config.errors import ConfigError, RapportError
from config.settings import BrandSettings, RedditSourceSettings, Settings
from listener.scoring.relevance import BrandMatcher
from listener.sources import payloads
from listener.sources.base import Batch, RawMention
from listener.sources.reddit.budget import RateLimit
from listener.sources.reddit.client import (
    ENV_PREFIX,
    LOGIN_HINT,
    REQUIRED,
    USER_AGENT_FORMAT,
    Credentials,
    make_reddit,
    translate,
)
from listener.sources.reddit.cursors import (
    Backfill,
    Listing,
    ListingUnavailable,
    clean_subreddit,
    join_subreddits,
    listing_data,
    listing_key,
    read_listing,
    with_inbox_links,
)
from listener.sources.reddit.query import MAX_QUERY, fitting_query
from listener.sources.reddit.replies import RedditReplies

logger = logging.getLogger(__name__)

_SUBREDDIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{1,20}")


class RedditSource(RedditReplies):
    """Reads brand mentions from Reddit and replies as our account."""

    name = "reddit"
    platform = "reddit"

    def __init__(
        self,
        settings: RedditSourceSettings,
        brand: BrandSettings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.settings = settings
        self.credentials = Credentials.from_environ(os.environ if environ is None else environ)
        self.matcher = BrandMatcher(brand)
        self.query, self.search_filtered = fitting_query(brand)
        self.search_subreddit = join_subreddits(settings.search_subreddits) or "all"
        self.watch_subreddit = join_subreddits(settings.watch_subreddits)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._reddit: praw.Reddit | None = None
        self._username = self.credentials.username or None
        self._lock = threading.RLock()
        self._last_status: int | None = None
        self._rate_limit = RateLimit()
        self._warned = False
        self._reply_state: str | None = None  # None, "ready" or "sent" while replying
        self.setting_problems = self._check_settings()

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> RedditSource:
        return cls(settings.sources.reddit, settings.brand, environ=environ, clock=clock)

    # --- state --------------------------------------------------------------------------

    def missing_credentials(self) -> list[str]:
        """The environment variables this source needs and does not have."""
        values = {
            "CLIENT_ID": self.credentials.client_id,
            "CLIENT_SECRET": self.credentials.client_secret,
            "USER_AGENT": self.credentials.user_agent,
        }
        return [ENV_PREFIX + name for name in REQUIRED if not values[name]]

    @property
    def configured(self) -> bool:
        return not self.missing_credentials()

    @property
    def can_post(self) -> bool:
        """True with a user login (username + password, or a refresh token)."""
        return self.configured and self.credentials.login is not None

    def listings(self) -> list[Listing]:
        """What a cycle reads, from the settings (no network)."""
        found: list[Listing] = []
        if self.settings.search and self.query:
            subs = self.search_subreddit
            found.append(
                Listing(
                    "search:newest",
                    f"search in r/{subs}",
                    "search",
                    subs,
                    forward=False,
                    filtered=self.search_filtered,
                )
            )
        if subs := self.watch_subreddit:
            for kind, what in (("comments", "new comments"), ("submissions", "new posts")):
                label = f"{what} in r/{subs}"
                found.append(Listing(listing_key(kind, subs), label, kind, subs, filtered=True))
        if self.settings.mentions and self.credentials.login:
            found.append(
                Listing("mentions:newest", "username mentions", "mentions", isolated=False)
            )
        return found

    def describe(self) -> Mapping[str, str]:
        creds, missing = self.credentials, self.missing_credentials()
        user = f"u/{self._username}" if self._username else "our account"
        login = {
            "password": f"{user} (username and password)",
            "refresh token": f"{user} (refresh token)",
        }.get(creds.login or "", f"none: app-only, read-only (set {LOGIN_HINT} to log in)")
        if self.settings.search and self.query:
            search = f"r/{self.search_subreddit}: {self.query}"
            if self.search_filtered:
                search += (
                    " (results are checked against all of [brand] here: the full query "
                    f"is over Reddit's {MAX_QUERY} characters)"
                )
        else:
            search = "off" if not self.settings.search else "off (brand.keywords is empty)"
        if not self.settings.mentions:
            mentions = "off"
        else:
            mentions = "on" if creds.login else f"off (needs {LOGIN_HINT})"
        described = {
            "name": self.name,
            "configured": "yes" if not missing else f"no (set {', '.join(missing)})",
            "login": login,
            "user agent": creds.user_agent or f"- (format: {USER_AGENT_FORMAT})",
            "search": search,
            "watch": f"r/{self.watch_subreddit}: new comments and posts about the brand"
            if self.watch_subreddit
            else "-",
            "mentions": mentions,
            "replies": f"yes, as {user}" if self.can_post else f"no (needs {LOGIN_HINT})",
            "hosts": f"{self.settings.oauth_url} (API), {self.settings.reddit_url} (sign-in)",
            "limits": f"{self.settings.limit} items per listing and cycle, "
            f"{self.settings.timeout_seconds:g} s timeout",
            "back-fill": f"a listing's first read goes back {self.settings.backfill_items} "
            f"items or {self.settings.backfill_hours:g} hours, whichever ends first"
            if self._backfill()
            else "off (a listing's first read takes the newest page only)",
        }
        if self.setting_problems:
            described["problems"] = "; ".join(self.setting_problems)
        return described

    # --- reading ------------------------------------------------------------------------

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        """Every listing's items newer than its cursor; raises and keeps the cursor on errors.

        A private, banned or missing subreddit only skips its own listing (a problem in the
        batch) unless every listing fails; rate limits, server errors, timeouts, malformed
        answers and rejected credentials raise ``UpstreamError`` or ``ConfigError``.
        """
        listings = self._ready()
        new_cursor = dict(cursor)
        mentions: dict[str, RawMention] = {}
        problems: list[str] = []
        failed: list[RapportError] = []
        more = False
        with self._lock:
            for listing in listings:
                try:
                    read = read_listing(
                        listing,
                        cursor,
                        self._page,
                        limit=self.settings.limit,
                        backfill=self._backfill(),
                    )
                except ListingUnavailable as exc:
                    failed.append(exc.error)
                    problems.append(f"{exc.error}; skipped this cycle")
                    logger.warning("reddit: %s", exc.error)
                    continue
                found, bad = self._mentions(listing, read.things)
                for mention in found:
                    mentions.setdefault(mention.external_id, mention)
                problems.extend(bad)
                if read.problem:
                    problems.append(read.problem)
                new_cursor.update(read.cursor)
                more = more or read.more
        if failed and len(failed) == len(listings):
            raise failed[0]
        return Batch(
            source=self.name,
            mentions=tuple(mentions.values()),
            cursor=new_cursor,
            problems=tuple(problems),
            more=more,
        )

    def _backfill(self) -> Backfill | None:
        """How far a listing's first read goes back (None: back-fill off)."""
        items, hours = self.settings.backfill_items, self.settings.backfill_hours
        if items <= 0 or hours <= 0:
            return None
        return Backfill(items=items, until=self._clock().timestamp() - hours * 3600)

    def _check_settings(self) -> list[str]:
        """Settings Reddit would refuse, found once at start (raised by ``fetch``)."""
        problems = []
        for setting in ("search_subreddits", "watch_subreddits"):
            for name in getattr(self.settings, setting):
                if not _SUBREDDIT.fullmatch(clean_subreddit(name)):
                    problems.append(
                        f"sources.reddit.{setting}: {name!r} is not a subreddit name "
                        "(2-21 letters, digits or _, without r/)"
                    )
        for setting in ("oauth_url", "reddit_url"):
            parts = urlsplit(getattr(self.settings, setting).strip())
            if parts.scheme not in ("http", "https") or not parts.netloc:
                problems.append(f"sources.reddit.{setting} is not an http(s) URL")
        if self.settings.search and len(self.query) > MAX_QUERY:
            problems.append(
                f"the Reddit search query made of brand.keywords alone is {len(self.query)} "
                f"characters; Reddit accepts {MAX_QUERY}"
            )
        return problems

    def _ready(self) -> list[Listing]:
        missing = self.missing_credentials()
        if missing:
            raise ConfigError(
                f"the Reddit source needs {', '.join(missing)} in the environment "
                "(see .env.example and docs/sources.md)"
            )
        if self.setting_problems:
            raise ConfigError(self.setting_problems[0])
        if self.settings.mentions and not self.credentials.login and not self._warned:
            self._warned = True
            logger.warning("reddit: username mentions are off until %s are set", LOGIN_HINT)
        listings = self.listings()
        if not listings:
            raise ConfigError(
                "the Reddit source has nothing to read: set brand.keywords (search), "
                f"sources.reddit.watch_subreddits, or {LOGIN_HINT} (mentions)"
            )
        return listings

    def _page(
        self,
        listing: Listing,
        *,
        limit: int,
        before: str | None = None,
        after: str | None = None,
    ) -> Mapping[str, Any]:
        reddit = self._client()
        params: dict[str, str | int] = {}
        if before:
            params["before"] = before
        if after:
            params["after"] = after
        if listing.kind == "search":
            subreddit = reddit.subreddit(listing.subreddit)
            generator = subreddit.search(self.query, sort="new", limit=limit, params=params)
        elif listing.kind == "comments":
            generator = reddit.subreddit(listing.subreddit).comments(limit=limit, params=params)
        elif listing.kind == "submissions":
            generator = reddit.subreddit(listing.subreddit).new(limit=limit, params=params)
        else:
            generator = reddit.inbox.mentions(limit=limit, params=params)
        body = self._call(
            lambda: reddit.request(method="GET", path=generator.url, params=generator.params),
            f"reading {listing.label}",
            isolate=listing.isolated,
        )
        return listing_data(body, listing.label)

    def _mentions(
        self, listing: Listing, things: list[Mapping[str, Any]]
    ) -> tuple[list[RawMention], list[str]]:
        found: list[RawMention] = []
        problems: list[str] = []
        for thing in things:
            try:
                mention = payloads.reddit_mention(with_inbox_links(thing), source=self.name)
            except payloads.PayloadError as exc:
                problems.append(f"{listing.label}: {exc}; skipped")
                continue
            if (
                listing.filtered
                and not self.matcher.check(
                    mention.text,
                    context=mention.context,
                    platform="reddit",
                    community=mention.community,
                ).relevant
            ):
                continue
            found.append(mention)
        return found, problems

    # --- the client and its errors ----------------------------------------------------------

    def _client(self) -> praw.Reddit:
        """The praw client, built on first use so a missing setting never breaks start-up."""
        if self._reddit is None:
            self._reddit = make_reddit(
                self.credentials,
                self.settings,
                on_send=self._on_send,
                on_response=self._observe,
            )
        return self._reddit

    def _observe(self, response: Any) -> None:
        self._last_status = response.status_code
        if self._reply_state == "sent" and response.status_code == 401:
            self._reply_state = "ready"  # refused before posting: prawcore signs in again
        self._rate_limit.observe(response.headers, self._clock())

    def _call(
        self, func: Callable[[], Any], what: str, *, isolate: bool = False, posting: bool = False
    ) -> Any:
        """Run one praw call; its failure becomes a ``RapportError`` that says what failed.

        When Reddit said the rate limit is used up, the call is not made (prawcore would
        sleep until the reset, up to ten minutes, inside a scheduler job).
        """
        self._rate_limit.check(what, self._clock())
        self._last_status = None
        try:
            return func()
        except Exception as exc:
            error = translate(
                exc,
                what,
                posting=posting,
                last_status=self._last_status,
                timeout=self.settings.timeout_seconds,
                oauth_url=self.settings.oauth_url,
            )
            if error is None:
                raise
            if isolate and isinstance(
                exc, prawcore.Forbidden | prawcore.NotFound | prawcore.Redirect
            ):
                raise ListingUnavailable(error) from None
            raise error from None
