"""Where each Reddit listing stands, and the reads that move it.

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

Back-fill: the first read of a listing (no cursor yet) takes the newest page as its anchor and
then pages back with ``after=<fullname>`` through older items until ``backfill_items`` were
read or an item is older than ``backfill_hours`` before the start, whichever comes first, at
most ``limit`` items per fetch (``more`` until done). Where it stands is kept in
``<key>:backfill`` (JSON: the next ``after``, items read, the time bound) and stored with each
batch, so a crash resumes at the page after the last one stored; ``""`` when done. Later reads
are incremental from the anchor as above.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from config.errors import RapportError, UpstreamError
from listener.sources.reddit.client import number

PAGE_SIZE = 100  # Reddit serves at most 100 things per listing request


@dataclass(frozen=True)
class Listing:
    """One listing a cycle reads, and how (see ``RedditSource.listings``)."""

    key: str  # cursor key
    label: str  # for people: "new comments in r/a+b"
    kind: str  # search, comments, submissions, mentions
    subreddit: str = ""
    forward: bool = True  # supports before=<fullname>
    filtered: bool = False  # keep only what the brand matcher accepts
    isolated: bool = True  # a 403/404 concerns this listing only


@dataclass
class Read:
    """What reading one listing gave: the things, its new cursor keys, and a problem line."""

    things: list[Mapping[str, Any]]
    cursor: dict[str, str]
    more: bool = False
    problem: str | None = None


@dataclass(frozen=True)
class Backfill:
    """How far back a listing's first read goes: items, and a time (epoch seconds)."""

    items: int
    until: float


class ListingUnavailable(Exception):
    """One listing cannot be read (a private or missing subreddit); the others can."""

    def __init__(self, error: RapportError) -> None:
        super().__init__(str(error))
        self.error = error


class PageReader(Protocol):
    """Fetches one page of a listing (the source's ``_page``)."""

    def __call__(
        self,
        listing: Listing,
        *,
        limit: int,
        before: str | None = None,
        after: str | None = None,
    ) -> Mapping[str, Any]: ...


def read_listing(
    listing: Listing,
    cursor: Mapping[str, str],
    page: PageReader,
    *,
    limit: int,
    backfill: Backfill | None = None,
) -> Read:
    """Read ``listing`` from its cursor: forward with ``before``, or back to the anchor.

    ``page(listing, limit=..., before=..., after=...)`` fetches one Listing's data; at most
    ``limit`` items are read in a cycle. ``backfill`` (None: off) bounds a first read's
    look back, which goes on while ``<key>:backfill`` is set.
    """
    anchor = cursor.get(listing.key) or None
    since = number(cursor.get(f"{listing.key}:created"))
    state = cursor.get(f"{listing.key}:backfill") or ""
    if state or (anchor is None and since is None and backfill is not None):
        return _read_history(listing, state, page, limit, backfill)
    recheck_key = f"{listing.key}:recheck"
    if anchor is not None and listing.forward and cursor.get(recheck_key) != "1":
        read = _read_forward(listing, anchor, since, page, limit)
        if not read.things:
            read.cursor[recheck_key] = "1"
        return read
    read = _read_back(listing, anchor, since, page, limit)
    if cursor.get(recheck_key) == "1":
        read.cursor[recheck_key] = "0"
    return read


def _read_forward(
    listing: Listing, anchor: str, since: float | None, page: PageReader, limit: int
) -> Read:
    """Pages of items newer than ``anchor``, oldest page first, up to ``limit`` items."""
    things: list[Mapping[str, Any]] = []
    newest: Mapping[str, Any] | None = None
    budget, before, more = limit, anchor, False
    while True:
        data = page(listing, limit=min(budget, PAGE_SIZE), before=before)
        children = data["children"]
        fresh, reached = newer(children, anchor, since)
        things.extend(fresh)
        newest = newest_thing(fresh) or newest
        budget -= len(children)
        before = fullname(children[0]) if children else None
        if reached or not before or not data.get("before"):
            break
        if budget <= 0:
            more = True
            break
    return Read(things, cursor_of(listing, newest), more=more)


def _read_back(
    listing: Listing, anchor: str | None, since: float | None, page: PageReader, limit: int
) -> Read:
    """Newest first, paging back to the cursor's item or time, up to ``limit`` items.

    Without a cursor (a listing's first read) only the newest page is read: the bot
    listens from now on and does not back-fill a listing's history.
    """
    things: list[Mapping[str, Any]] = []
    first_read = anchor is None and since is None
    budget, after, reached = limit, None, False
    while budget > 0:
        data = page(listing, limit=min(budget, PAGE_SIZE), after=after)
        children = data["children"]
        fresh, reached = newer(children, anchor, since)
        things.extend(fresh)
        budget -= len(children)
        after = data.get("after")
        if reached or first_read or not children or not after:
            reached = True
            break
    problem = None
    if not reached:
        problem = (
            f"{listing.label}: more than {limit} new items since the last "
            "read; older ones were not read (raise sources.reddit.limit)"
        )
    return Read(things, cursor_of(listing, newest_thing(things)), problem=problem)


def _read_history(
    listing: Listing, state: str, page: PageReader, limit: int, backfill: Backfill | None
) -> Read:
    """One fetch's share of a back-fill: pages with ``after``, newest first, up to ``limit``.

    The first page's newest item becomes the listing's anchor (stored with that first batch),
    so what is posted meanwhile is read forward from it once the back-fill is done. Back-fill
    turned off while one is under way, or a state that cannot be read, ends it.
    """
    key = f"{listing.key}:backfill"
    after, done_items, until = _history_state(state, backfill)
    if backfill is None or until is None:
        return Read([], {key: ""})
    things: list[Mapping[str, Any]] = []
    cursor: dict[str, str] = {}
    budget, finished = limit, done_items >= backfill.items
    while budget > 0 and not finished:
        data = page(listing, limit=min(budget, PAGE_SIZE, backfill.items - done_items), after=after)
        children = data["children"]
        if after is None:  # the first page: its newest item anchors the later reads
            cursor.update(cursor_of(listing, newest_thing(children)))
        fresh, reached = newer(children, None, until)
        things.extend(fresh)
        done_items += len(children)
        budget -= len(children)
        after = data.get("after") if isinstance(data.get("after"), str) else None
        finished = reached or not children or not after or done_items >= backfill.items
    progress = {"after": after, "read": done_items, "until": until}
    cursor[key] = "" if finished else json.dumps(progress)
    return Read(things, cursor, more=not finished)


def _history_state(state: str, backfill: Backfill | None) -> tuple[str | None, int, float | None]:
    """(after, items read, time bound) from ``<key>:backfill``, or a fresh start."""
    if not state:
        return None, 0, backfill.until if backfill else None
    try:
        loaded = json.loads(state)
        after, done, until = loaded["after"], int(loaded["read"]), float(loaded["until"])
    except (ValueError, TypeError, KeyError):
        return None, 0, None
    return (after if isinstance(after, str) else None), done, until


def clean_subreddit(name: str) -> str:
    return name.strip().removeprefix("/").removeprefix("r/")


def join_subreddits(names: list[str]) -> str:
    """``a+b``, sorted, so reordering the setting keeps the listing's cursor."""
    cleaned = {n.casefold(): n for n in map(clean_subreddit, names) if n}
    return "+".join(cleaned[key] for key in sorted(cleaned))


def listing_key(kind: str, subs: str) -> str:
    """``comments:<subs>``; a long list keeps a digest so the key fits the cursor column."""
    if len(subs) <= 150:
        return f"{kind}:{subs}"
    return f"{kind}:{subs[:120]}~{hashlib.sha256(subs.encode()).hexdigest()[:12]}"


def fullname(thing: Any) -> str | None:
    data = thing.get("data") if isinstance(thing, Mapping) else None
    name = data.get("name") if isinstance(data, Mapping) else None
    return name if isinstance(name, str) and name else None


def newer(
    children: list[Any], anchor: str | None, since: float | None
) -> tuple[list[Mapping[str, Any]], bool]:
    """Children (newest first) before the cursor's item or the first one older than it."""
    fresh: list[Mapping[str, Any]] = []
    for thing in children:
        data = thing.get("data") if isinstance(thing, Mapping) else None
        data = data if isinstance(data, Mapping) else {}
        if anchor is not None and data.get("name") == anchor:
            return fresh, True
        created = number(data.get("created_utc"))
        if since is not None and created is not None and created < since:
            return fresh, True
        fresh.append(thing)
    return fresh, False


def newest_thing(things: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The first (newest) item with a fullname and a time: the next cursor."""
    for thing in things:
        data = thing.get("data")
        if fullname(thing) and isinstance(data, Mapping) and number(data.get("created_utc")):
            return thing
    return None


def cursor_of(listing: Listing, newest: Mapping[str, Any] | None) -> dict[str, str]:
    if newest is None:
        return {}
    created = number(newest["data"].get("created_utc"))
    return {listing.key: str(fullname(newest)), f"{listing.key}:created": repr(created)}


def listing_data(body: Any, label: str) -> Mapping[str, Any]:
    data = body.get("data") if isinstance(body, Mapping) else None
    if (
        not isinstance(body, Mapping)
        or body.get("kind") != "Listing"
        or not isinstance(data, Mapping)
        or not isinstance(data.get("children"), list)
    ):
        raise UpstreamError(f"Reddit sent something other than a listing for {label}")
    return data


def with_inbox_links(thing: Any) -> Any:
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
