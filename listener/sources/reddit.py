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

Cursor, per listing: the fullname of the newest item read, its ``created_utc`` (``:created``)
and whether the next read must re-anchor (``:recheck``). With a cursor, a listing is read
forward with ``before=<fullname>`` (what praw's stream sends with ``continue_after_id``):
Reddit returns only newer items, so a quiet cycle is one request with an empty page, and a
burst is read page by page, the cursor moving only over what was read (``more`` when
``limit`` ran out first). Reddit answers an empty page too when the ``before`` item was
deleted or removed, so after an empty page the next cycle reads the newest page without
``before`` (as praw's stream does) and stops at the cursor's item or at the first item older
than the cursor's time. Search is not a chronological listing and is always read that way.
A listing's cursor moves only when its read completed; an error raises and keeps every
cursor (a private or missing subreddit only skips its own listing), and the unique key
drops whatever a later cycle reads again. Replies are never re-sent by prawcore's retries.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import praw
import praw.exceptions
import prawcore
import requests

from config.errors import ConfigError, RapportError, ReviewError, UpstreamError
from config.settings import BrandSettings, RedditSourceSettings, Settings
from listener.scoring.relevance import BrandMatcher
from listener.sources import payloads
from listener.sources.base import Batch, RawMention

logger = logging.getLogger(__name__)

ENV_PREFIX = "RAPPORT_REDDIT_"
REQUIRED = ("CLIENT_ID", "CLIENT_SECRET", "USER_AGENT")
LOGIN_HINT = f"{ENV_PREFIX}USERNAME and {ENV_PREFIX}PASSWORD, or {ENV_PREFIX}REFRESH_TOKEN"
USER_AGENT_FORMAT = "platform:app-id:version (by /u/username)"
PAGE_SIZE = 100  # Reddit serves at most 100 things per listing request
MAX_QUERY = 512  # Reddit's limit on the search ``q`` parameter
_SUBREDDIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{1,20}")
_RATELIMIT = re.compile(r"(\d+) (millisecond|second|minute)")


def build_query(brand: BrandSettings, *, required: bool = True, exclusions: bool = True) -> str:
    """The Reddit search query for ``brand``: ``("kw1" OR "kw2") AND ("req1" OR …) NOT "ex"``.

    Every term is quoted (an exact phrase, and a keyword such as ``or`` stays a word);
    operators are upper case as Reddit's search requires. Empty without keywords.
    ``required``/``exclusions`` False leave those parts out (checked locally instead).
    """
    keywords = _terms(brand.keywords)
    if not keywords:
        return ""
    query = _any_of(keywords)
    terms = _terms(brand.required_terms) if required else []
    if terms:
        query += " AND " + _any_of(terms)
    for phrase in _terms(brand.exclusions) if exclusions else []:
        query += f' NOT "{phrase}"'
    return query


def _fitting_query(brand: BrandSettings) -> tuple[str, bool]:
    """The fullest query within Reddit's limit, and whether results need the local check."""
    full = build_query(brand)
    for query in (
        full,
        build_query(brand, required=False),
        build_query(brand, required=False, exclusions=False),
    ):
        if len(query) <= MAX_QUERY:
            return query, query != full
    return query, True


def _terms(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        term = " ".join(value.replace('"', " ").split())
        if term and term.casefold() not in seen:
            seen[term.casefold()] = term
    return list(seen.values())


def _any_of(terms: list[str]) -> str:
    quoted = [f'"{t}"' for t in terms]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"


@dataclass(frozen=True)
class _Credentials:
    """What the environment holds; secrets never appear in a repr."""

    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    user_agent: str
    username: str
    password: str = field(repr=False)
    refresh_token: str = field(repr=False)

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> _Credentials:
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


@dataclass(frozen=True)
class _Listing:
    key: str  # cursor key
    label: str  # for people: "new comments in r/a+b"
    kind: str  # search, comments, submissions, mentions
    subreddit: str = ""
    forward: bool = True  # supports before=<fullname>
    filtered: bool = False  # keep only what the brand matcher accepts
    isolated: bool = True  # a 403/404 concerns this listing only


@dataclass
class _Read:
    things: list[Mapping[str, Any]]
    cursor: dict[str, str]
    more: bool = False
    problem: str | None = None


class _ListingUnavailable(Exception):
    """One listing cannot be read (a private or missing subreddit); the others can."""

    def __init__(self, error: RapportError) -> None:
        super().__init__(str(error))
        self.error = error


class _ReplyUnconfirmed(Exception):
    """prawcore was about to send a reply's POST again after an unknown outcome."""


class _Requestor(prawcore.Requestor):
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


class RedditSource:
    """Reads brand mentions from Reddit and replies as our account."""

    name = "reddit"

    def __init__(
        self,
        settings: RedditSourceSettings,
        brand: BrandSettings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.settings = settings
        self.credentials = _Credentials.from_environ(os.environ if environ is None else environ)
        self.matcher = BrandMatcher(brand)
        self.query, self.search_filtered = _fitting_query(brand)
        self.search_subreddit = _join(settings.search_subreddits) or "all"
        self.watch_subreddit = _join(settings.watch_subreddits)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._reddit: praw.Reddit | None = None
        self._username = self.credentials.username or None
        self._lock = threading.RLock()
        self._last_status: int | None = None
        self._rate_remaining: float | None = None
        self._rate_reset_at: datetime | None = None
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

    def listings(self) -> list[_Listing]:
        """What a cycle reads, from the settings (no network)."""
        found: list[_Listing] = []
        if self.settings.search and self.query:
            subs = self.search_subreddit
            found.append(
                _Listing(
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
                found.append(_Listing(_key(kind, subs), label, kind, subs, filtered=True))
        if self.settings.mentions and self.credentials.login:
            found.append(
                _Listing("mentions:newest", "username mentions", "mentions", isolated=False)
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
                    read = self._read(listing, cursor)
                except _ListingUnavailable as exc:
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

    def _check_settings(self) -> list[str]:
        """Settings Reddit would refuse, found once at start (raised by ``fetch``)."""
        problems = []
        for setting in ("search_subreddits", "watch_subreddits"):
            for name in getattr(self.settings, setting):
                if not _SUBREDDIT.fullmatch(_clean_subreddit(name)):
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

    def _ready(self) -> list[_Listing]:
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

    def _read(self, listing: _Listing, cursor: Mapping[str, str]) -> _Read:
        anchor = cursor.get(listing.key) or None
        since = _number(cursor.get(f"{listing.key}:created"))
        recheck_key = f"{listing.key}:recheck"
        if anchor is not None and listing.forward and cursor.get(recheck_key) != "1":
            read = self._read_forward(listing, anchor, since)
            if not read.things:
                read.cursor[recheck_key] = "1"
            return read
        read = self._read_back(listing, anchor, since)
        if cursor.get(recheck_key) == "1":
            read.cursor[recheck_key] = "0"
        return read

    def _read_forward(self, listing: _Listing, anchor: str, since: float | None) -> _Read:
        """Pages of items newer than ``anchor``, oldest page first, up to ``limit`` items."""
        things: list[Mapping[str, Any]] = []
        newest: Mapping[str, Any] | None = None
        budget, before, more = self.settings.limit, anchor, False
        while True:
            page = self._page(listing, limit=min(budget, PAGE_SIZE), before=before)
            children = page["children"]
            fresh, reached = _newer(children, anchor, since)
            things.extend(fresh)
            newest = _newest(fresh) or newest
            budget -= len(children)
            before = _fullname(children[0]) if children else None
            if reached or not before or not page.get("before"):
                break
            if budget <= 0:
                more = True
                break
        return _Read(things, _cursor(listing, newest), more=more)

    def _read_back(self, listing: _Listing, anchor: str | None, since: float | None) -> _Read:
        """Newest first, paging back to the cursor's item or time, up to ``limit`` items.

        Without a cursor (a listing's first read) only the newest page is read: the bot
        listens from now on and does not back-fill a listing's history.
        """
        things: list[Mapping[str, Any]] = []
        first_read = anchor is None and since is None
        budget, after, reached = self.settings.limit, None, False
        while budget > 0:
            page = self._page(listing, limit=min(budget, PAGE_SIZE), after=after)
            children = page["children"]
            fresh, reached = _newer(children, anchor, since)
            things.extend(fresh)
            budget -= len(children)
            after = page.get("after")
            if reached or first_read or not children or not after:
                reached = True
                break
        problem = None
        if not reached:
            problem = (
                f"{listing.label}: more than {self.settings.limit} new items since the last "
                "read; older ones were not read (raise sources.reddit.limit)"
            )
        return _Read(things, _cursor(listing, _newest(things)), problem=problem)

    def _page(
        self,
        listing: _Listing,
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
        return _listing_data(body, listing.label)

    def _mentions(
        self, listing: _Listing, things: list[Mapping[str, Any]]
    ) -> tuple[list[RawMention], list[str]]:
        found: list[RawMention] = []
        problems: list[str] = []
        for thing in things:
            try:
                mention = payloads.reddit_mention(_with_inbox_links(thing), source=self.name)
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

    # --- replying -------------------------------------------------------------------------

    def reply(self, mention: RawMention, text: str) -> str:
        """Post ``text`` under the comment or post ``mention``; return the reply's fullname.

        ``None`` from praw means Reddit accepted the comment without returning it (it may
        exist: look for it with ``find_reply`` before trying again), so it is an error.
        prawcore retries a request after a timeout or a 5xx; for the reply's POST that could
        post it twice, so only an answer proving it was not posted (a 401) lets it go again.
        """
        kind, ident = self._target(mention)
        with self._lock:
            reddit = self._client()
            thing = reddit.comment(ident) if kind == "t1" else reddit.submission(ident)
            self._reply_state = "ready"
            try:
                created = self._call(
                    lambda: thing.reply(text), f"replying to {mention.external_id}", posting=True
                )
            finally:
                self._reply_state = None
        if created is None:
            raise UpstreamError(
                f"Reddit accepted the reply to {mention.external_id} but returned no comment; "
                "it may have been posted (check the account's comments before retrying)"
            )
        return str(created.fullname)

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        """Our recent comment answering ``mention`` (same text preferred), or None.

        For reconciling a reply whose outcome is unknown (a crash while sending, or a reply
        accepted without an answer): reads our account's newest 100 comments.
        """
        self._target(mention)
        with self._lock:
            reddit = self._client()
            if self._username is None:
                me = self._call(lambda: reddit.user.me(), "looking up our account")
                self._username = str(me.name)
            generator = reddit.redditor(self._username).comments.new(limit=PAGE_SIZE)
            body = self._call(
                lambda: reddit.request(method="GET", path=generator.url, params=generator.params),
                "reading our recent comments",
            )
        page = _listing_data(body, "our recent comments")
        wanted = " ".join(text.split())
        matches = [
            data
            for child in page["children"]
            if isinstance(child, Mapping)
            and isinstance(data := child.get("data"), Mapping)
            and data.get("parent_id") == mention.external_id
            and data.get("name")
        ]
        for data in matches:
            if " ".join(str(data.get("body", "")).split()) == wanted:
                return str(data["name"])
        return str(matches[0]["name"]) if matches else None

    def _target(self, mention: RawMention) -> tuple[str, str]:
        if not self.can_post:
            missing = self.missing_credentials()
            raise ConfigError(
                "replying on Reddit needs "
                + (", ".join(missing) + " and " if missing else "")
                + f"{LOGIN_HINT} in the environment"
            )
        kind, _, ident = mention.external_id.partition("_")
        if mention.platform != "reddit" or kind not in ("t1", "t3") or not ident:
            raise ReviewError(
                f"cannot reply on Reddit to {mention.external_id!r}: "
                "not a Reddit comment (t1_…) or post (t3_…)"
            )
        return kind, ident

    # --- the client and its errors ----------------------------------------------------------

    def _client(self) -> praw.Reddit:
        """The praw client, built on first use so a missing setting never breaks start-up."""
        if self._reddit is None:
            creds = self.credentials
            oauth_url = self.settings.oauth_url.strip().rstrip("/") + "/"
            reddit_url = self.settings.reddit_url.strip().rstrip("/")
            try:
                self._reddit = praw.Reddit(
                    client_id=creds.client_id,
                    client_secret=creds.client_secret,
                    user_agent=creds.user_agent,
                    username=creds.username or None,
                    password=creds.password or None,
                    refresh_token=creds.refresh_token or None,
                    oauth_url=oauth_url,
                    reddit_url=reddit_url,
                    check_for_updates=False,
                    requestor_class=_Requestor,
                    requestor_kwargs={
                        "timeout": self.settings.timeout_seconds,
                        "on_send": self._on_send,
                        "on_response": self._observe,
                    },
                )
            except (praw.exceptions.PRAWException, prawcore.PrawcoreException) as exc:
                raise ConfigError(
                    f"cannot set up the Reddit client: {exc} ({ENV_PREFIX}USER_AGENT should "
                    f"read {USER_AGENT_FORMAT})"
                ) from None
        return self._reddit

    def _on_send(self, method: str, url: str) -> None:
        if self._reply_state is None or method.upper() != "POST":
            return
        if urlsplit(url).path.rstrip("/").endswith("/api/comment"):
            if self._reply_state == "sent":
                raise _ReplyUnconfirmed
            self._reply_state = "sent"

    def _observe(self, response: Any) -> None:
        self._last_status = response.status_code
        if self._reply_state == "sent" and response.status_code == 401:
            self._reply_state = "ready"  # refused before posting: prawcore signs in again
        remaining = _number(response.headers.get("x-ratelimit-remaining"))
        reset = _number(response.headers.get("x-ratelimit-reset"))
        if remaining is not None and reset is not None:
            self._rate_remaining = remaining
            self._rate_reset_at = self._clock() + timedelta(seconds=reset)

    def _call(
        self, func: Callable[[], Any], what: str, *, isolate: bool = False, posting: bool = False
    ) -> Any:
        """Run one praw call; its failure becomes a ``RapportError`` that says what failed.

        When Reddit said the rate limit is used up, the call is not made (prawcore would
        sleep until the reset, up to ten minutes, inside a scheduler job).
        """
        if self._rate_remaining is not None and self._rate_remaining < 1 and self._rate_reset_at:
            wait = (self._rate_reset_at - self._clock()).total_seconds()
            if wait > 0:
                raise UpstreamError(
                    f"Reddit's rate limit is used up until it resets in {wait:.0f} s "
                    f"(postponed: {what})",
                    retry_after=wait,
                )
        self._last_status = None
        try:
            return func()
        except Exception as exc:
            error = self._translate(exc, what, posting=posting)
            if error is None:
                raise
            if isolate and isinstance(
                exc, prawcore.Forbidden | prawcore.NotFound | prawcore.Redirect
            ):
                raise _ListingUnavailable(error) from None
            raise error from None

    def _translate(self, exc: Exception, what: str, *, posting: bool) -> RapportError | None:
        if isinstance(exc, RapportError):
            return exc
        if isinstance(exc, _ReplyUnconfirmed):
            return UpstreamError(
                f"Reddit did not answer while {what} (a timeout or a server error); the reply "
                "may have been posted, so it was not sent again (find_reply settles it)"
            )
        response = getattr(exc, "response", None)
        status = getattr(response, "status_code", None)
        if isinstance(exc, prawcore.TooManyRequests):
            wait = _retry_after(exc.response.headers)
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
            isinstance(exc, KeyError) and self._last_status == 401
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
                problem = f"no answer within {self.settings.timeout_seconds:g} s"
            elif isinstance(original, requests.ConnectionError):
                problem = f"cannot connect to {urlsplit(self.settings.oauth_url).netloc}"
            else:
                problem = f"the request failed ({type(original).__name__})"
            return UpstreamError(f"Reddit: {problem} while {what}")
        if isinstance(exc, prawcore.InvalidInvocation):
            return ConfigError(f"cannot use Reddit while {what}: {exc}")
        if isinstance(exc, praw.exceptions.RedditAPIException):
            wait = _api_wait(exc)
            if posting and wait is None:  # THREAD_LOCKED, DELETED_COMMENT, TOO_OLD …
                return ReviewError(f"Reddit refused the request while {what}: {exc}")
            return UpstreamError(
                f"Reddit refused the request while {what}: {exc}", retry_after=wait
            )
        if isinstance(exc, prawcore.ResponseException):
            return UpstreamError(f"Reddit answered HTTP {status} while {what}")
        if isinstance(exc, prawcore.PrawcoreException | praw.exceptions.PRAWException):
            return UpstreamError(f"Reddit failed while {what}: {type(exc).__name__}: {exc}")
        return None


# --- helpers ---------------------------------------------------------------------------------


def _clean_subreddit(name: str) -> str:
    return name.strip().removeprefix("/").removeprefix("r/")


def _join(names: list[str]) -> str:
    """``a+b``, sorted, so reordering the setting keeps the listing's cursor."""
    cleaned = {n.casefold(): n for n in map(_clean_subreddit, names) if n}
    return "+".join(cleaned[key] for key in sorted(cleaned))


def _key(kind: str, subs: str) -> str:
    """``comments:<subs>``; a long list keeps a digest so the key fits the cursor column."""
    if len(subs) <= 150:
        return f"{kind}:{subs}"
    return f"{kind}:{subs[:120]}~{hashlib.sha256(subs.encode()).hexdigest()[:12]}"


def _number(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _fullname(thing: Any) -> str | None:
    data = thing.get("data") if isinstance(thing, Mapping) else None
    name = data.get("name") if isinstance(data, Mapping) else None
    return name if isinstance(name, str) and name else None


def _newer(
    children: list[Any], anchor: str | None, since: float | None
) -> tuple[list[Mapping[str, Any]], bool]:
    """Children (newest first) before the cursor's item or the first one older than it."""
    fresh: list[Mapping[str, Any]] = []
    for thing in children:
        data = thing.get("data") if isinstance(thing, Mapping) else None
        data = data if isinstance(data, Mapping) else {}
        if anchor is not None and data.get("name") == anchor:
            return fresh, True
        created = _number(data.get("created_utc"))
        if since is not None and created is not None and created < since:
            return fresh, True
        fresh.append(thing)
    return fresh, False


def _newest(things: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The first (newest) item with a fullname and a time: the next cursor."""
    for thing in things:
        data = thing.get("data")
        if _fullname(thing) and isinstance(data, Mapping) and _number(data.get("created_utc")):
            return thing
    return None


def _cursor(listing: _Listing, newest: Mapping[str, Any] | None) -> dict[str, str]:
    if newest is None:
        return {}
    created = _number(newest["data"].get("created_utc"))
    return {listing.key: str(_fullname(newest)), f"{listing.key}:created": repr(created)}


def _listing_data(body: Any, label: str) -> Mapping[str, Any]:
    data = body.get("data") if isinstance(body, Mapping) else None
    if (
        not isinstance(body, Mapping)
        or body.get("kind") != "Listing"
        or not isinstance(data, Mapping)
        or not isinstance(data.get("children"), list)
    ):
        raise UpstreamError(f"Reddit sent something other than a listing for {label}")
    return data


def _with_inbox_links(thing: Any) -> Any:
    """Inbox mentions carry ``context`` instead of ``permalink`` and ``link_id``."""
    data = thing.get("data") if isinstance(thing, Mapping) else None
    if not isinstance(data, Mapping) or data.get("permalink") or not data.get("context"):
        return thing
    permalink = str(data["context"]).split("?", 1)[0]
    extra = {"permalink": permalink}
    post = re.search(r"/comments/([a-z0-9]+)/", permalink)
    if post and not data.get("link_id"):
        extra["link_id"] = f"t3_{post.group(1)}"
    return {**thing, "data": {**data, **extra}}


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait after a 429: ``retry-after``, else Reddit's ``x-ratelimit-reset``."""
    for name in ("retry-after", "x-ratelimit-reset"):
        value = _number(headers.get(name))
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
