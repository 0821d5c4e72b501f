"""Feed entries (feedparser's view of RSS 0.9x-2.0, RSS 1.0 and Atom) as ``RawMention`` objects.

An entry is identified by its ``id`` (Atom ``<id>``, RSS ``<guid>``), else its link, else its
title and date; an identity longer than the 64 characters the ``mentions`` table keeps is
stored as ``sha256:<40 hex>`` of it, the same every time. Google Alerts wrap each link in a
``https://www.google.com/url?…&url=<the article>`` redirect: the real article's URL is kept.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from listener.sources.base import RawMention
from listener.sources.markup import html_to_text
from listener.sources.payloads import PayloadError

MAX_ID = 64
_GOOGLE_HOST = re.compile(r"^(?:www\.)?google\.[a-z.]{2,6}$", re.IGNORECASE)


def unwrap(link: str) -> str:
    """The article behind a Google redirect (``google.*/url?url=…`` or ``?q=…``), else ``link``."""
    parts = urlsplit(link)
    if parts.path == "/url" and _GOOGLE_HOST.match(parts.hostname or ""):
        query = parse_qs(parts.query)
        for name in ("url", "q"):
            target = (query.get(name) or [""])[0]
            if target.startswith(("http://", "https://")):
                return target
    return link


def entry_key(entry: Mapping[str, Any]) -> str:
    """What identifies ``entry``: its id, else its (unwrapped) link, else title and date."""
    ident, link = entry.get("id"), entry.get("link")
    if isinstance(ident, str) and ident.strip():
        return ident.strip()
    if isinstance(link, str) and link.strip():
        return unwrap(link.strip())
    title, date = entry.get("title"), entry.get("published") or entry.get("updated")
    if isinstance(title, str) and title.strip():
        return f"{title.strip()}|{date or ''}"
    raise PayloadError("entry without id, link or title")


def external_id(key: str) -> str:
    return key if len(key) <= MAX_ID else "sha256:" + hashlib.sha256(key.encode()).hexdigest()[:40]


def digest(key: str) -> str:
    """A short fingerprint of an entry key, for the cursor's list of entries already read."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _time(entry: Mapping[str, Any]) -> datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def entry_mention(
    entry: Mapping[str, Any],
    *,
    source: str,
    feed_title: str | None,
    lang: str | None,
    fallback_time: datetime,
) -> RawMention:
    """One entry as a ``RawMention``: title and summary (or content) as plain text."""
    key = entry_key(entry)
    title = html_to_text(entry.get("title") or "") if isinstance(entry.get("title"), str) else ""
    body = ""
    content = entry.get("content")
    if isinstance(content, list) and content and isinstance(content[0], Mapping):
        body = html_to_text(str(content[0].get("value") or ""))
    if not body and isinstance(entry.get("summary"), str):
        body = html_to_text(entry["summary"])
    text = title if not body or body == title else f"{title}\n\n{body}" if title else body
    if not text.strip():
        raise PayloadError(f"entry {key[:80]!r} has no title or text")
    link = entry.get("link") if isinstance(entry.get("link"), str) else ""
    url = unwrap(link) if link else (key if key.startswith(("http://", "https://")) else None)
    author = entry.get("author") if isinstance(entry.get("author"), str) else None
    return RawMention(
        platform="rss",
        external_id=external_id(key),
        text=text,
        author_id=None,
        author_handle="",
        author_name=author or None,
        created_at=_time(entry) or fallback_time,
        url=url,
        lang=lang or None,
        kind="article",
        source=source,
        community=(urlsplit(url).hostname or None) if url else None,
        context=feed_title or None,
    )
