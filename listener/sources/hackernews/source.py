"""The Hacker News source: stories and comments naming the brand, from the Algolia HN API.

Read-only (HN has no API for posting). One listing per ``[brand] keywords`` term,
``search:<term>``: ``GET <api_url>/search_by_date?query=<term>&tags=(story,comment)`` newest
first, read by ``newest_first.read_run``. Later reads ask only for what is newer than the
listing's mark, ``numericFilters=created_at_i>N`` (N one second before the mark, so an item
posted in the mark's own second is not lost; the one read already is dropped by its id), so a
quiet cycle is one request. Algolia serves only the first ~1,000 hits of a query by paging,
so a run pages by narrowing the time window instead: the next page adds
``created_at_i<=<oldest time of the page>``. A phrase is quoted (the API runs with
``advancedSyntax``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import requests

from config.errors import ConfigError, RapportError, UpstreamError
from config.settings import BrandSettings, HackerNewsSourceSettings, Settings
from listener.sources.base import Batch, RawMention
from listener.sources.cycle import Cycle
from listener.sources.hackernews.hits import hit_mention
from listener.sources.limits import HourBudget, seconds_until_reset
from listener.sources.newest_first import Mark, Page, read_run
from listener.sources.payloads import PayloadError
from listener.sources.terms import keyword_queries, listing_key

TAGS = "(story,comment)"


def _key(term: str) -> str:
    return listing_key("search", term.casefold())


class HackerNewsSource:
    """Hacker News items about the brand (read-only: ``reply`` is refused)."""

    name = "hackernews"
    platform = "hackernews"

    def __init__(
        self,
        settings: HackerNewsSourceSettings,
        brand: BrandSettings,
        *,
        clock: Callable[[], datetime] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.settings = settings
        self.api_url = settings.api_url.strip().rstrip("/")
        self.terms = keyword_queries(brand)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = "Rapport social listening"
        self.setting_problems: list[str] = []
        if not self.api_url.startswith(("http://", "https://")):
            self.setting_problems.append(
                f"sources.hackernews.api_url {settings.api_url!r} is not an http(s):// URL"
            )

    @classmethod
    def from_settings(cls, settings: Settings) -> HackerNewsSource:
        return cls(settings.sources.hackernews, settings.brand)

    can_post = False

    @property
    def configured(self) -> bool:
        return not self.setting_problems

    def missing_credentials(self) -> list[str]:
        return []  # the API is public

    def describe(self) -> Mapping[str, str]:
        described = {
            "name": self.name,
            "configured": "yes" if self.configured else "no",
            "api": self.api_url,
            "search": ", ".join(self.terms) or "off (brand.keywords is empty)",
            "reads": "stories and comments, newest first (search_by_date)",
            "replies": "not supported (Hacker News has no API for posting)",
            "limits": f"{self.settings.hits_per_page} hits per page, {self.settings.max_pages} "
            f"pages per term and cycle, {self.settings.requests_per_hour} requests per hour "
            "(Algolia allows 10,000 per hour per address)",
        }
        if self.setting_problems:
            described["problems"] = "; ".join(self.setting_problems)
        return described

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        if self.setting_problems:
            raise ConfigError("; ".join(self.setting_problems))
        now = self._clock()
        budget = HourBudget.load(cursor, per_hour=self.settings.requests_per_hour, now=now)
        cycle = Cycle(self.name, dict(cursor), budget)
        for term in self.terms:
            if cycle.stopped:
                break
            label = f"search {term}"
            try:
                run = read_run(
                    _key(term),
                    cycle.cursor,
                    self._pager(cycle, term),
                    max_pages=self.settings.max_pages,
                )
            except RapportError as exc:
                cycle.fail(label, exc)
                continue
            cycle.succeeded += 1
            cycle.add(run.items)
            cycle.cursor.update(run.cursor)
            cycle.more |= run.more
            if run.error is not None:
                cycle.fail(label, run.error)
        return cycle.batch()

    def _pager(
        self, cycle: Cycle, term: str
    ) -> Callable[[str | None, Mark | None], Page[RawMention]]:
        def page(token: str | None, mark: Mark | None) -> Page[RawMention]:
            filters = []
            if mark is not None:
                filters.append(f"created_at_i>{int(mark.time) - 1}")
            if token:
                filters.append(f"created_at_i<={token}")
            params = {"query": term, "tags": TAGS, "hitsPerPage": self.settings.hits_per_page}
            if filters:
                params["numericFilters"] = ",".join(filters)
            body = self._get(cycle, "search_by_date", params, f"searching {term}")
            hits = body.get("hits")
            if not isinstance(hits, list):
                raise UpstreamError(f"Hacker News answered without a list of hits for {term}")
            items: list[tuple[Mark, RawMention]] = []
            for hit in hits:
                try:
                    items.append(hit_mention(hit, source=self.name))
                except PayloadError as exc:
                    cycle.problems.append(f"search {term}: {exc}; skipped")
            full = len(hits) >= self.settings.hits_per_page or _int(body.get("nbPages")) > 1
            oldest = min((int(m.time) for m, _ in items), default=None)
            return Page(items, str(oldest) if full and oldest is not None else None)

        return page

    def _get(self, cycle: Cycle, path: str, params: dict[str, Any], what: str) -> Mapping[str, Any]:
        cycle.take(self._clock())
        url = f"{self.api_url}/{path}"
        try:
            response = self._session.get(url, params=params, timeout=self.settings.timeout_seconds)
        except requests.Timeout:
            seconds = self.settings.timeout_seconds
            raise UpstreamError(
                f"Hacker News did not answer within {seconds:g} s while {what}"
            ) from None
        except requests.RequestException as exc:
            raise UpstreamError(
                f"cannot reach Hacker News at {self.api_url} while {what} ({type(exc).__name__})"
            ) from None
        status = response.status_code
        if status == 429 or status >= 500:
            wait = seconds_until_reset(response.headers, self._clock())
            reason = (
                "rate limit was reached (HTTP 429)" if status == 429 else f"failed (HTTP {status})"
            )
            raise UpstreamError(
                f"Hacker News' {reason} while {what}"
                + (f"; retry in {wait:.0f} s" if wait is not None else ""),
                retry_after=wait,
            )
        if status in (400, 404):
            raise ConfigError(
                f"Hacker News answered HTTP {status} while {what}: check sources.hackernews.api_url"
            )
        if status >= 300:
            raise UpstreamError(f"Hacker News answered HTTP {status} while {what}")
        try:
            body = response.json()
        except ValueError:
            raise UpstreamError(
                f"Hacker News sent a malformed or truncated answer while {what}"
            ) from None
        if not isinstance(body, Mapping):
            raise UpstreamError(f"Hacker News sent something other than a JSON object while {what}")
        return body


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
