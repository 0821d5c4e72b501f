"""The one shape every source speaks: ``RawMention`` batches behind the ``Source`` protocol.

Sources normalize at the edge: tweepy, praw or file records become frozen ``RawMention``
objects inside the source module, so nothing downstream imports a platform library.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

PLATFORMS = ("twitter", "reddit", "bluesky", "mastodon", "hackernews", "rss")
READ_ONLY_PLATFORMS = frozenset({"hackernews", "rss"})
"""Platforms Rapport reads but has no API to answer on: their mentions get no draft."""


@dataclass(frozen=True, slots=True)
class RawMention:
    """One post that mentions the brand, as the platform reported it.

    ``external_id`` is the platform's own id (tweet id, Reddit fullname such as ``t1_abc``),
    unique per ``platform``. ``author_id`` is the platform's stable user id when known; the
    handle alone can change, so linking prefers the id. Times are timezone-aware UTC.
    ``community`` is where it was posted (a subreddit); ``context`` is the title of the thread
    it sits in, which often says what a short reply is about.
    """

    platform: str
    external_id: str
    text: str
    author_id: str | None
    author_handle: str
    created_at: datetime
    author_name: str | None = None
    author_followers: int | None = None
    author_verified: bool | None = None
    author_is_bot: bool | None = None
    url: str | None = None
    lang: str | None = None
    thread_id: str | None = None
    parent_id: str | None = None
    is_repost: bool = False
    repost_of_author: str | None = None
    kind: str = "post"
    source: str = ""
    community: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    """What one ``fetch`` returns: the mentions and the cursor value that covers them.

    ``cursor`` is stored in the same transaction as the mentions, so it never moves past a
    mention that is not stored. ``problems`` are human-readable reports (for example a
    malformed line and its number) of records the source skipped. ``more`` says the source
    stopped early (a page or size limit) and another fetch right away would return more.
    """

    source: str
    mentions: tuple[RawMention, ...]
    cursor: Mapping[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    more: bool = False


@runtime_checkable
class Source(Protocol):
    """A platform or file that yields brand mentions since a cursor.

    Reading is all the pipeline and the scheduler need; answering is a separate ability
    (``Replyable``), so a file export is a full source without pretending it can post.
    """

    name: str

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        """Return the mentions newer than ``cursor`` and the cursor that covers them."""
        ...

    def describe(self) -> Mapping[str, str]:
        """Describe the source's settings and state for ``run_bot.py sources``."""
        ...


@runtime_checkable
class Replyable(Protocol):
    """A source that can answer mentions of ``platform`` as our account.

    The publisher depends on this ability alone (as praw's ``ReplyableMixin`` is one small
    typed unit of what a thing can do): a mention of a platform no ``Replyable`` source speaks
    for cannot be answered, whichever source stored it. ``find_reply`` settles an attempt whose
    outcome is unknown (a crash or a timeout while posting), so a reply is never posted twice.
    """

    platform: str

    @property
    def can_post(self) -> bool:
        """True when the posting credentials are present; False keeps the platform in dry run."""
        ...

    def reply(self, mention: RawMention, text: str) -> str:
        """Post ``text`` as a reply to ``mention`` and return the new post's platform id."""
        ...

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        """Our reply to ``mention`` (the same ``text`` preferred) if it is posted, else None."""
        ...


@runtime_checkable
class Metered(Protocol):
    """A source whose platform bills each post created (X's pay-per-use plan).

    The publisher asks what a posted reply cost and adds it to the source's cursor counters in
    the transaction that records the reply as sent, so the month's spend includes replies.
    """

    name: str

    def reply_spend(self, text: str, now: datetime) -> Mapping[str, int]:
        """Cursor keys of this source and the amounts to add to them for posting ``text``."""
        ...
