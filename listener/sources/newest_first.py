"""Reading a newest-first listing (a search, a notification list) without skipping or repeating.

Bluesky's ``searchPosts`` and ``listNotifications``, Mastodon's status search and the Hacker
News search all answer newest first and page *backwards* (an opaque cursor, ``max_id``, or a
narrower time window). A *run* reads from the top down to the newest item of the previous
complete run (the listing's *mark*, a time and an id) and then moves the mark to the newest
item it saw. Cursor keys, per listing key ``K``:

``K:top``
    ``"<epoch seconds>|<id>"``: the newest item of the last complete run. The first read (no
    mark yet) reads at most ``max_pages`` pages back from the newest and is then complete: the
    bot listens from then on, it does not walk the listing's whole history.
``K:page`` and ``K:next_top``
    Where an unfinished run resumes (the platform's page token) and the newest item that run
    saw; both ``""`` when no run is pending. A run stops early at ``max_pages`` (``more``) or on
    an error after some pages: what it read is returned with these keys, so the next fetch
    carries on where it stopped and nothing between is skipped. Anything read twice is dropped
    by the store's unique key.

An item is *old* when it is older than the mark, or is the mark's own item; a page holding an
old item ends the run (the listing is sorted, so the rest is older still). A page without a
next token, an empty page, or a token that repeats also ends it, so a server that ignores the
paging parameters cannot make a run loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

from config.errors import RapportError

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class Mark:
    """A position in a newest-first listing: the item's time (epoch seconds) and id."""

    time: float
    id: str = ""

    def encode(self) -> str:
        return f"{self.time!r}|{self.id}"

    @classmethod
    def decode(cls, value: str | None) -> Mark | None:
        head, sep, ident = (value or "").partition("|")
        try:
            return cls(float(head), ident) if sep else None
        except ValueError:
            return None

    @classmethod
    def at(cls, moment: datetime, ident: str = "") -> Mark:
        return cls(moment.timestamp(), ident)

    def covers(self, other: Mark) -> bool:
        """True when ``other`` was read by the run that ended at this mark."""
        return other.time < self.time or (other.time == self.time and other.id == self.id)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One answer: items (newest first) with their marks, and the token of the next page."""

    items: Sequence[tuple[Mark, T]]
    token: str | None


@dataclass
class Run(Generic[T]):
    """What one fetch of a listing read, the cursor keys to store, and how it ended."""

    items: list[T] = field(default_factory=list)
    cursor: dict[str, str] = field(default_factory=dict)
    pages: int = 0
    more: bool = False
    error: RapportError | None = None


def read_run(
    key: str,
    cursor: Mapping[str, str],
    fetch: Callable[[str | None, Mark | None], Page[T]],
    *,
    max_pages: int,
) -> Run[T]:
    """Read listing ``key`` from its stored position; ``fetch(token, mark)`` gets one page.

    ``fetch`` receives the page token (None for the top) and the mark the run reads down to
    (None on the first read), which it may pass on as a ``since`` filter. A ``RapportError``
    on the first page is raised; after some pages it is returned in ``Run.error`` with the
    pages read and a resumable cursor.
    """
    top = Mark.decode(cursor.get(f"{key}:top"))
    token = cursor.get(f"{key}:page") or None
    newest = Mark.decode(cursor.get(f"{key}:next_top"))
    run: Run[T] = Run()
    while True:
        if run.pages >= max_pages:
            if top is None:  # the first read ends here
                break
            run.more = True
            break
        try:
            page = fetch(token, top)
        except RapportError as exc:
            if run.pages == 0:
                raise
            run.error = exc
            break
        run.pages += 1
        reached = False
        for mark, item in page.items:
            if top is not None and top.covers(mark):
                reached = True
                continue
            run.items.append(item)
            newest = max(newest, mark) if newest else mark
        if reached or not page.items or not page.token or page.token == token:
            return _complete(run, key, newest or top)
        token = page.token
    if top is None and run.error is None:
        return _complete(run, key, newest)
    run.cursor = {
        f"{key}:top": top.encode() if top else "",
        f"{key}:page": token or "",
        f"{key}:next_top": newest.encode() if newest else "",
    }
    return run


def _complete(run: Run[T], key: str, mark: Mark | None) -> Run[T]:
    run.cursor = {
        f"{key}:top": mark.encode() if mark else "",
        f"{key}:page": "",
        f"{key}:next_top": "",
    }
    return run
