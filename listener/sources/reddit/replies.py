"""The Reddit source's ``Replyable`` ability: posting a reply, and finding one we posted.

A reply is ``POST /api/comment``. prawcore retries a request after a timeout or a 5xx; for
that POST a retry could post twice, so ``_on_send`` lets it go out once per ``reply`` (only a
401, which proves nothing was posted, re-arms it) and otherwise raises ``ReplyUnconfirmed``:
``find_reply`` settles it. Like praw's ``ReplyableMixin``, ``RedditReplies`` is mixed into the
source class and uses its client, lock and error translation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import urlsplit

import praw

from config.errors import ConfigError, ReviewError, UpstreamError
from listener.sources.base import RawMention
from listener.sources.reddit.client import LOGIN_HINT, ReplyUnconfirmed
from listener.sources.reddit.cursors import PAGE_SIZE, listing_data


class _Host(Protocol):
    """What ``RedditReplies`` needs from the source it is mixed into."""

    _lock: threading.RLock
    _username: str | None
    _reply_state: str | None  # None, "ready" or "sent" while replying

    @property
    def can_post(self) -> bool: ...

    def missing_credentials(self) -> list[str]: ...

    def _client(self) -> praw.Reddit: ...

    def _call(
        self, func: Callable[[], Any], what: str, *, isolate: bool = False, posting: bool = False
    ) -> Any: ...

    def _target(self, mention: RawMention) -> tuple[str, str]: ...


class RedditReplies:
    """``reply`` and ``find_reply`` for ``RedditSource``, which provides ``_Host``."""

    def reply(self: _Host, mention: RawMention, text: str) -> str:
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

    def find_reply(self: _Host, mention: RawMention, text: str) -> str | None:
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
        page = listing_data(body, "our recent comments")
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

    def _target(self: _Host, mention: RawMention) -> tuple[str, str]:
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

    def _on_send(self: _Host, method: str, url: str) -> None:
        if self._reply_state is None or method.upper() != "POST":
            return
        if urlsplit(url).path.rstrip("/").endswith("/api/comment"):
            if self._reply_state == "sent":
                raise ReplyUnconfirmed
            self._reply_state = "sent"
