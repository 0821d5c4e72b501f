"""The Bluesky source: brand search, our notifications, and replies, through the atproto SDK.

Listings, each read newest first by ``newest_first.read_run`` with its own cursor:

- ``search:<term>`` per ``[brand] keywords`` term: ``app.bsky.feed.searchPosts`` with
  ``sort=latest``, ``limit``, ``since`` (the listing's mark; the search's time filter is
  inclusive and works on the same "sort at" time) and the ``cursor`` of the previous page.
  Bluesky's search has no OR, so each term is its own listing; a phrase is quoted.
- ``notifications``: ``app.bsky.notification.listNotifications`` with ``reasons`` mention,
  reply and quote; every notification moves the mark, the posts among them become mentions.

Replies: ``com.atproto.repo.createRecord`` of an ``app.bsky.feed.post`` whose ``reply`` holds
strong references (URI and CID) to the parent (the mention, looked up with ``getPosts`` for
its current CID) and the thread's root (the parent's own ``reply.root``, else the parent).
``find_reply`` lists our own repository's newest posts (``com.atproto.repo.listRecords``,
served by our PDS, so a reply is there the moment it was created) for one answering the
mention.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx

from config.errors import ConfigError, RapportError
from config.settings import BlueskySourceSettings, BrandSettings, Settings
from listener.sources.base import Batch, RawMention
from listener.sources.bluesky import posts, replies
from listener.sources.bluesky.client import BadRequest, BlueskyClient, Credentials, models
from listener.sources.cycle import Cycle
from listener.sources.limits import HourBudget
from listener.sources.newest_first import Mark, Page, read_run
from listener.sources.payloads import PayloadError
from listener.sources.terms import keyword_queries, listing_key

NOTIFICATIONS = "notifications"


def _key(term: str) -> str:
    return listing_key("search", term.casefold())


class BlueskySource:
    """Bluesky posts about the brand and to our account; replies as our account."""

    name = "bluesky"
    platform = "bluesky"

    def __init__(
        self,
        settings: BlueskySourceSettings,
        brand: BrandSettings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings
        self.credentials = Credentials.from_environ(os.environ if environ is None else environ)
        self.terms = keyword_queries(brand) if settings.search else []
        self._clock = clock or (lambda: datetime.now(UTC))
        self._cycle: Cycle | None = None
        self.setting_problems = []
        if not settings.service_url.startswith(("http://", "https://")):
            self.setting_problems.append(
                f"sources.bluesky.service_url {settings.service_url!r} is not an http(s):// URL"
            )
        self.client = BlueskyClient(
            service_url=settings.service_url,
            credentials=self.credentials,
            timeout=settings.timeout_seconds,
            clock=self._clock,
            on_request=self._count,
            transport=transport,
        )

    @classmethod
    def from_settings(
        cls, settings: Settings, *, environ: Mapping[str, str] | None = None
    ) -> BlueskySource:
        return cls(settings.sources.bluesky, settings.brand, environ=environ)

    # --- state --------------------------------------------------------------------------

    def missing_credentials(self) -> list[str]:
        return self.credentials.missing()

    @property
    def configured(self) -> bool:
        return not self.missing_credentials() and not self.setting_problems

    @property
    def can_post(self) -> bool:
        return self.configured

    def listings(self) -> list[tuple[str, str]]:
        """(cursor key, label) of what a cycle reads."""
        found = [(_key(t), f"search {t}") for t in self.terms]
        if self.settings.notifications:
            found.append((NOTIFICATIONS, "mentions, replies and quotes of our account"))
        return found

    def describe(self) -> Mapping[str, str]:
        missing = self.missing_credentials()
        search = ", ".join(self.terms) if self.terms else "off"
        if self.settings.search and not self.terms:
            search = "off (brand.keywords is empty)"
        described = {
            "name": self.name,
            "configured": "yes" if not missing else f"no (set {', '.join(missing)})",
            "account": self.credentials.handle or "-",
            "service": self.settings.service_url
            + (f" (PDS {self.client.pds})" if self.client.pds else ""),
            "search": f"app.bsky.feed.searchPosts, latest first: {search}",
            "notifications": "mentions, replies and quotes"
            if self.settings.notifications
            else "off",
            "replies": "yes, as our account" if self.can_post else "no (needs credentials)",
            "limits": f"{self.settings.limit} posts per page, {self.settings.max_pages} pages per "
            f"listing and cycle, {self.settings.requests_per_hour} requests per hour",
        }
        if self.setting_problems:
            described["problems"] = "; ".join(self.setting_problems)
        return described

    # --- reading ------------------------------------------------------------------------

    def _require(self, what: str) -> None:
        if self.setting_problems:
            raise ConfigError("; ".join(self.setting_problems))
        missing = self.missing_credentials()
        if missing:
            raise ConfigError(f"{what} on Bluesky needs {', '.join(missing)} in the environment")

    def _count(self) -> None:
        if self._cycle is not None:
            self._cycle.take(self._clock())

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        """Each listing's posts newer than its mark (see ``newest_first``)."""
        self._require("reading")
        now = self._clock()
        budget = HourBudget.load(cursor, per_hour=self.settings.requests_per_hour, now=now)
        cycle = Cycle(self.name, dict(cursor), budget)
        self._cycle = cycle
        try:
            for key, label in self.listings():
                if cycle.stopped:
                    break
                fetch_page = self._notifications if key == NOTIFICATIONS else self._search(key)
                try:
                    run = self._read(cycle, key, label, fetch_page)
                except RapportError as exc:
                    cycle.fail(label, exc)
                    continue
                cycle.succeeded += 1
                cycle.add(m for m in run.items if m is not None)
                cycle.cursor.update(run.cursor)
                cycle.more |= run.more
                if run.error is not None:
                    cycle.fail(label, run.error)
        finally:
            self._cycle = None
        return cycle.batch()

    def _read(self, cycle: Cycle, key: str, label: str, fetch_page: Any) -> Any:
        """One run of a listing; a stored page cursor Bluesky refuses (400) is dropped once and
        the listing read again from the top down to its mark, so it cannot fail forever."""
        try:
            return read_run(key, cycle.cursor, fetch_page, max_pages=self.settings.max_pages)
        except BadRequest as exc:
            if not cycle.cursor.get(f"{key}:page"):
                raise
            cycle.problems.append(f"{label}: {exc}; the stored page cursor was dropped")
            cycle.cursor[f"{key}:page"] = cycle.cursor[f"{key}:next_top"] = ""
            return read_run(key, cycle.cursor, fetch_page, max_pages=self.settings.max_pages)

    def _search(self, key: str) -> Callable[[str | None, Mark | None], Page[RawMention | None]]:
        term = next(t for t in self.terms if _key(t) == key)

        def page(token: str | None, mark: Mark | None) -> Page[RawMention | None]:
            since = replies.iso(datetime.fromtimestamp(mark.time, UTC)) if mark else None
            params = models.AppBskyFeedSearchPosts.Params(
                q=term, sort="latest", limit=self.settings.limit, since=since, cursor=token
            )
            body = self.client.query("app.bsky.feed.searchPosts", params, f"searching {term}")
            return self._page(body, posts.search_page(body, source=self.name), f"search {term}")

        return page

    def _notifications(self, token: str | None, mark: Mark | None) -> Page[RawMention | None]:
        params = models.AppBskyNotificationListNotifications.Params(
            limit=self.settings.limit, cursor=token, reasons=list(posts.POST_REASONS)
        )
        what = "reading notifications"
        body = self.client.query("app.bsky.notification.listNotifications", params, what)
        return self._page(body, posts.notification_page(body, source=self.name), NOTIFICATIONS)

    def _page(self, body: Mapping[str, Any], items: Any, label: str) -> Page[RawMention | None]:
        found: list[tuple[Mark, RawMention | None]] = []
        for item in items:
            if isinstance(item, PayloadError):
                if self._cycle is not None:
                    self._cycle.problems.append(f"{label}: {item}; skipped")
            else:
                found.append(item)
        token = body.get("cursor")
        return Page(found, token if isinstance(token, str) and token else None)

    # --- replying -----------------------------------------------------------------------

    def reply(self, mention: RawMention, text: str) -> str:
        """Post ``text`` as our reply to ``mention``; returns the new post's id (``did/rkey``)."""
        self._require("replying")
        return replies.post_reply(
            self.client, mention, text, now=self._clock(), repo=self.credentials.handle
        )

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        """Our post replying to ``mention`` among our newest 100 (same text first), or None."""
        self._require("looking up replies")
        return replies.find_reply(self.client, mention, text)
