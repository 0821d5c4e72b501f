"""The Mastodon source: hashtag timelines, status search and our mentions on one instance.

Listings, each with its own cursor:

- ``tag:<name>`` per ``hashtags`` entry (without ``#``): ``GET /api/v1/timelines/tag/<name>``.
- ``notifications``: our mentions, ``GET /api/v1/notifications?types[]=mention``.
- ``search:<term>`` per ``[brand] keywords`` term when ``search`` is on: ``GET /api/v2/search``
  with ``type=statuses``. Full-text search is opt-in on most instances (it needs the instance's
  search engine, and only finds posts whose authors allowed it), so it may find little;
  hashtags and mentions are the dependable listings.

Timelines and notifications are read *forward*: with a cursor (the newest id read) the request
carries ``min_id=<cursor>``, which Mastodon answers with the page just newer than it; a full
page is followed by the next (``more`` after ``max_pages``), so a burst is read without gaps and
a quiet cycle is one request. The first read takes the newest page. Search answers newest
first and is read with ``newest_first.read_run`` (``min_id`` = the mark, ``max_id`` to page).

Replies: ``POST /api/v1/statuses`` with ``in_reply_to_id``, starting with the author's
``@user@domain`` (Mastodon notifies only those mentioned), refused before posting when longer
than the instance's limit (``configuration.statuses.max_characters``), and sent with an
``Idempotency-Key`` so a retried request cannot post twice.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from config.errors import ConfigError, RapportError, UpstreamError
from config.settings import BrandSettings, MastodonSourceSettings, Settings
from listener.sources.base import Batch, RawMention
from listener.sources.cycle import Cycle
from listener.sources.limits import HourBudget
from listener.sources.mastodon import replies, statuses
from listener.sources.mastodon.client import TOKEN_VAR, MastodonClient
from listener.sources.newest_first import Mark, Page, read_run
from listener.sources.payloads import PayloadError
from listener.sources.terms import keyword_queries, listing_key

NOTIFICATIONS = "notifications"
_TAG = re.compile(r"^\w+$")


class MastodonSource:
    """Mastodon statuses about the brand on one instance; replies as our account there."""

    name = "mastodon"
    platform = "mastodon"

    def __init__(
        self,
        settings: MastodonSourceSettings,
        brand: BrandSettings,
        *,
        environ: Mapping[str, str] | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.settings = settings
        env = os.environ if environ is None else environ
        self._token = (env.get(TOKEN_VAR) or "").strip()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._cycle: Cycle | None = None
        self.hashtags = list(dict.fromkeys(t.strip().lstrip("#") for t in settings.hashtags))
        self.hashtags = [t for t in self.hashtags if t]
        queries = keyword_queries(brand, quote_phrases=False)
        self.terms = [t.casefold() for t in queries] if settings.search else []
        self._tags = {listing_key("tag", t.casefold()): t for t in self.hashtags}
        self._searches = {listing_key("search", t): t for t in self.terms}
        self.setting_problems = self._check()
        self.client = MastodonClient(
            api_base_url=settings.api_base_url,
            token=self._token,
            timeout=settings.timeout_seconds,
            clock=self._clock,
            before=self._count,
        )

    @classmethod
    def from_settings(
        cls, settings: Settings, *, environ: Mapping[str, str] | None = None
    ) -> MastodonSource:
        return cls(settings.sources.mastodon, settings.brand, environ=environ)

    def _check(self) -> list[str]:
        problems = []
        if not self.settings.api_base_url.startswith(("http://", "https://")):
            problems.append(
                "sources.mastodon.api_base_url must be the instance's https:// address "
                f"(got {self.settings.api_base_url!r})"
            )
        bad = [t for t in self.hashtags if not _TAG.match(t)]
        if bad:
            problems.append(f"sources.mastodon.hashtags: {', '.join(bad)} are not hashtags")
        return problems

    # --- state --------------------------------------------------------------------------

    def missing_credentials(self) -> list[str]:
        return [] if self._token else [TOKEN_VAR]

    @property
    def configured(self) -> bool:
        return not self.missing_credentials() and not self.setting_problems

    @property
    def can_post(self) -> bool:
        return self.configured

    def listings(self) -> list[tuple[str, str]]:
        found = [(key, f"#{tag}") for key, tag in self._tags.items()]
        if self.settings.notifications:
            found.append((NOTIFICATIONS, "mentions of our account"))
        found += [(key, f"search {term}") for key, term in self._searches.items()]
        return found

    def describe(self) -> Mapping[str, str]:
        missing = self.missing_credentials()
        note = (
            "full-text search is opt-in on most instances: it needs the instance's search "
            "engine and finds only posts whose authors allow it, so hashtags and mentions are "
            "the dependable listings"
        )
        if self.settings.search and self.terms:
            search = f"{', '.join(self.terms)} ({note})"
        elif self.settings.search:
            search = f"off: brand.keywords is empty ({note})"
        else:
            search = f"off ({note})"
        limit = self.client.max_characters
        described = {
            "name": self.name,
            "configured": "yes" if not missing else f"no (set {TOKEN_VAR})",
            "instance": self.settings.api_base_url or "-",
            "hashtags": ", ".join(f"#{t}" for t in self.hashtags) or "-",
            "search": search,
            "notifications": "mentions of our account" if self.settings.notifications else "off",
            "replies": "yes, as our account (in_reply_to_id)" if self.can_post else "no",
            "reply limit": f"{limit} characters (instance information)"
            if limit
            else "the instance's max_characters, read before the first reply",
            "limits": f"{self.settings.limit} statuses per page, {self.settings.max_pages} pages "
            f"per listing and cycle, {self.settings.requests_per_hour} requests per hour",
        }
        if self.setting_problems:
            described["problems"] = "; ".join(self.setting_problems)
        return described

    def _require(self, what: str) -> None:
        if self.setting_problems:
            raise ConfigError("; ".join(self.setting_problems))
        if not self._token:
            raise ConfigError(f"{what} on Mastodon needs {TOKEN_VAR} in the environment")

    def _count(self) -> None:
        if self._cycle is not None:
            self._cycle.take(self._clock())

    # --- reading ------------------------------------------------------------------------

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        self._require("reading")
        now = self._clock()
        budget = HourBudget.load(cursor, per_hour=self.settings.requests_per_hour, now=now)
        cycle = Cycle(self.name, dict(cursor), budget)
        self._cycle = cycle
        try:
            for key, label in self.listings():
                if cycle.stopped:
                    break
                try:
                    if key.startswith("search:"):
                        self._search(cycle, key, label)
                    else:
                        self._forward(cycle, key, label)
                except RapportError as exc:
                    cycle.fail(label, exc)
        finally:
            self._cycle = None
        return cycle.batch()

    def _page(self, key: str, **params: Any) -> list[Any]:
        limit = self.settings.limit
        if key == NOTIFICATIONS:
            found = self.client.call(
                lambda m: m.notifications(types=["mention"], limit=limit, **params),
                "reading our mentions",
            )
        else:
            tag = self._tags[key]
            found = self.client.call(
                lambda m: m.timeline_hashtag(tag, limit=limit, **params), f"reading #{tag}"
            )
        if not isinstance(found, list):
            raise PayloadError("expected a list")
        return found

    def _forward(self, cycle: Cycle, key: str, label: str) -> None:
        """Read a timeline or the notifications forward from the cursor's id with ``min_id``."""
        newest = cycle.cursor.get(key) or None
        first = newest is None
        for page_number in range(self.settings.max_pages):
            try:
                page = self._page(key, **({"min_id": newest} if newest else {}))
            except PayloadError:
                raise UpstreamError(
                    f"{self.client.host} sent something other than a list for {label}"
                ) from None
            except RapportError as exc:
                if page_number == 0:
                    raise
                cycle.fail(label, exc)
                break
            if page_number == 0:
                cycle.succeeded += 1
            fresh_ids = []
            for item in page:
                status = item if key != NOTIFICATIONS else statuses.notification_status(item)
                ident = str(item.get("id") or "") if isinstance(item, Mapping) else ""
                if not ident or (newest and statuses.id_key(ident) <= statuses.id_key(newest)):
                    continue
                fresh_ids.append(ident)
                if status is None:
                    continue
                try:
                    cycle.add([statuses.status_mention(status, source=self.name)])
                except PayloadError as exc:
                    cycle.problems.append(f"{label}: {exc}; skipped")
            if not fresh_ids:
                break
            newest = max(fresh_ids, key=statuses.id_key)
            cycle.cursor[key] = newest
            if first or len(page) < self.settings.limit:
                break
        else:
            cycle.more = True

    def _search(self, cycle: Cycle, key: str, label: str) -> None:
        term = self._searches[key]

        def page(token: str | None, mark: Mark | None) -> Page[RawMention]:
            options: dict[str, Any] = {"limit": self.settings.limit}
            if token:
                options["max_id"] = token
            if mark and mark.id:
                options["min_id"] = mark.id
            found = self.client.call(
                lambda m: m.search_v2(term, resolve=False, result_type="statuses", **options),
                f"searching {term}",
            )
            items: list[tuple[Mark, RawMention]] = []
            raw = found.get("statuses") if isinstance(found, Mapping) else None
            if not isinstance(raw, list):
                raise UpstreamError(f"{self.client.host} sent no list of statuses for {label}")
            for status in raw:
                try:
                    mention = statuses.status_mention(status, source=self.name)
                except PayloadError as exc:
                    cycle.problems.append(f"{label}: {exc}; skipped")
                    continue
                items.append((Mark.at(mention.created_at, mention.external_id), mention))
            full = len(raw) >= self.settings.limit and items
            return Page(items, min((m.id for m, _ in items), key=statuses.id_key) if full else None)

        run = read_run(key, cycle.cursor, page, max_pages=self.settings.max_pages)
        cycle.succeeded += 1
        cycle.add(run.items)
        cycle.cursor.update(run.cursor)
        cycle.more |= run.more
        if run.error is not None:
            cycle.fail(label, run.error)

    # --- replying -----------------------------------------------------------------------

    def reply(self, mention: RawMention, text: str) -> str:
        """Post ``text`` as our reply to ``mention``; returns the new status id."""
        self._require("replying")
        return replies.post_reply(self.client, mention, text)

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        """Our recent status replying to ``mention`` (same text first), or None."""
        self._require("looking up replies")
        return replies.find_reply(self.client, mention, text)
