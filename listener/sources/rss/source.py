"""The RSS / Atom source: feeds (Google Alerts, review sites, blogs) read with feedparser.

Read-only. One listing per URL in ``feeds``, each with its own cursor keys (``<key>`` is
``feed:<url>``, a digest for very long URLs):

``<key>:etag`` and ``<key>:modified``
    The ``ETag`` and ``Last-Modified`` of the last complete answer, sent back as
    ``If-None-Match`` / ``If-Modified-Since`` (a conditional GET): an unchanged feed answers
    ``304 Not Modified`` with no body, so a quiet cycle is one small request per feed.
``<key>:seen``
    Fingerprints of the entries of the last document read; only entries not among them become
    mentions, so a changed feed gives its new entries and nothing twice.

The document is fetched with ``requests`` (timeout, size cap, rate-limit headers) and parsed
by feedparser from the bytes. A document feedparser cannot read to the end (truncated or
malformed XML) gives what it could read, a problem line, and keeps the old ``ETag`` so the
next cycle reads it again in full. A feed that fails (404, a server error, a timeout) skips
only itself; 429 and 503 carry ``Retry-After`` to the scheduler when no feed could be read.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser
import requests

from config.errors import ConfigError, RapportError, UpstreamError
from config.settings import RssSourceSettings, Settings
from listener.sources.base import Batch
from listener.sources.cycle import Cycle
from listener.sources.limits import HourBudget, seconds_until_reset
from listener.sources.payloads import PayloadError
from listener.sources.rss import entries
from listener.sources.terms import listing_key

ACCEPT = "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5"
# feedparser's notes that leave the document fully read (wrong declared encoding and so on).
_HARMLESS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def feed_key(url: str) -> str:
    return listing_key("feed", url)


class RssSource:
    """Entries of RSS and Atom feeds (read-only: ``reply`` is refused)."""

    name = "rss"
    platform = "rss"
    can_post = False

    def __init__(
        self,
        settings: RssSourceSettings,
        *,
        clock: Callable[[], datetime] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.settings = settings
        self.feeds = list(dict.fromkeys(f.strip() for f in settings.feeds if f.strip()))
        self._clock = clock or (lambda: datetime.now(UTC))
        self._session = session or requests.Session()
        self._session.headers.update({"User-Agent": "Rapport feed reader", "Accept": ACCEPT})
        bad = [f for f in self.feeds if not f.startswith(("http://", "https://"))]
        self.setting_problems = (
            [f"sources.rss.feeds: {', '.join(bad)} are not http(s):// URLs"] if bad else []
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> RssSource:
        return cls(settings.sources.rss)

    @property
    def configured(self) -> bool:
        return bool(self.feeds) and not self.setting_problems

    def missing_credentials(self) -> list[str]:
        return []

    def describe(self) -> Mapping[str, str]:
        described = {
            "name": self.name,
            "configured": "yes" if self.configured else "no (sources.rss.feeds is empty)",
            "feeds": ", ".join(self.feeds) or "-",
            "reads": "new entries (conditional GET with ETag / Last-Modified); Google Alerts "
            "links unwrapped to the article",
            "replies": "not supported (a feed has no one to answer)",
            "limits": f"{self.settings.requests_per_hour} requests per hour, "
            f"{self.settings.timeout_seconds:g} s timeout, "
            f"{self.settings.max_bytes:,} bytes per feed",
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
        for url in self.feeds:
            if cycle.stopped:
                break
            try:
                self._read(cycle, url)
            except RapportError as exc:
                cycle.fail(url, exc)
                continue
            cycle.succeeded += 1
        return cycle.batch()

    def _read(self, cycle: Cycle, url: str) -> None:
        key = feed_key(url)
        headers = {}
        if cycle.cursor.get(f"{key}:etag"):
            headers["If-None-Match"] = cycle.cursor[f"{key}:etag"]
        if cycle.cursor.get(f"{key}:modified"):
            headers["If-Modified-Since"] = cycle.cursor[f"{key}:modified"]
        response = self._get(cycle, url, headers)
        if response is None:
            return  # 304: unchanged
        body, final_url, response_headers = response
        parsed = feedparser.parse(
            io.BytesIO(body),  # bytes, never taken for a file name or a URL to fetch
            response_headers={
                "content-type": response_headers.get("Content-Type", "application/xml"),
                "content-location": final_url,
            },
        )
        broken = parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), _HARMLESS)
        if broken and not parsed.entries:
            reason = type(parsed.get("bozo_exception")).__name__
            raise UpstreamError(f"{url} is not a readable feed ({reason}); nothing read")
        feed = parsed.get("feed") or {}
        title = feed.get("title") if isinstance(feed.get("title"), str) else None
        lang = feed.get("language") if isinstance(feed.get("language"), str) else None
        seen = set((cycle.cursor.get(f"{key}:seen") or "").split())
        now_seen: list[str] = []
        for entry in parsed.entries:
            try:
                entry_id = entries.entry_key(entry)
                mark = entries.digest(entry_id)
                now_seen.append(mark)
                if mark in seen:
                    continue
                cycle.add(
                    [
                        entries.entry_mention(
                            entry,
                            source=self.name,
                            feed_title=title,
                            lang=lang,
                            fallback_time=self._clock(),
                        )
                    ]
                )
            except PayloadError as exc:
                cycle.problems.append(f"{url}: {exc}; skipped")
        if broken:
            cycle.problems.append(
                f"{url}: the feed ends early or is malformed ({parsed.get('bozo_exception')}); "
                "read what was there, reading it again next cycle"
            )
            cycle.cursor[f"{key}:seen"] = " ".join(dict.fromkeys([*seen, *now_seen]))
            return
        cycle.cursor[f"{key}:seen"] = " ".join(dict.fromkeys(now_seen))
        cycle.cursor[f"{key}:etag"] = response_headers.get("ETag", "")
        cycle.cursor[f"{key}:modified"] = response_headers.get("Last-Modified", "")

    def _get(
        self, cycle: Cycle, url: str, headers: dict[str, str]
    ) -> tuple[bytes, str, Any] | None:
        cycle.take(self._clock())
        try:
            with self._session.get(
                url, headers=headers, timeout=self.settings.timeout_seconds, stream=True
            ) as response:
                status = response.status_code
                if status == 304:
                    return None
                if status == 429 or status >= 500:
                    wait = seconds_until_reset(response.headers, self._clock())
                    raise UpstreamError(
                        f"{url} answered HTTP {status}"
                        + (f"; retry in {wait:.0f} s" if wait is not None else ""),
                        retry_after=wait,
                    )
                if status >= 400:
                    raise ConfigError(f"{url} answered HTTP {status}: check sources.rss.feeds")
                body = bytearray()
                for chunk in response.iter_content(65536):
                    body.extend(chunk)
                    if len(body) > self.settings.max_bytes:
                        raise UpstreamError(
                            f"{url} is larger than sources.rss.max_bytes "
                            f"({self.settings.max_bytes:,} bytes); not read"
                        )
                return bytes(body), response.url or url, response.headers
        except requests.Timeout:
            raise UpstreamError(
                f"{url} did not answer within {self.settings.timeout_seconds:g} s"
            ) from None
        except requests.RequestException as exc:
            raise UpstreamError(f"cannot read {url} ({type(exc).__name__})") from None
