"""A scripted source for tests, shipped beside the real ones (as errbot ships its test backend).

``FakeSource`` is a ``Source`` and a ``Replyable`` that never touches a network: ``fetch``
returns batches it was given (or raises errors it was given), ``reply`` records each post and
answers with an id, and ``find_reply`` looks in that record, as a platform's search would.
Failures are injected per call, so the scheduler's back-off and the publisher's exactly-once
rules can be tested against every way a real platform fails. It is deliberately not in
``SOURCE_CLASSES``: no setting can turn it on in production.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from listener.sources.base import Batch, RawMention


class Post(NamedTuple):
    """One reply the fake platform took: what it answers, its text, and the id it got."""

    in_reply_to: str
    text: str
    external_id: str


@dataclass(frozen=True)
class PostThenRaise:
    """A ``reply_plan`` step: the post goes through, then the caller sees ``error``.

    This is a timeout after the platform took the reply, or a process dying before it
    recorded it: the reply is live but whoever called ``reply`` was not told.
    """

    error: BaseException


def _default_id(platform: str, n: int) -> str:
    return f"{platform}-reply-{n + 1}"


class FakeSource:
    """A source whose answers are scripted; it records every call made to it.

    ``fetch_plan`` holds what the next ``fetch`` calls do, in order: a ``Batch`` to return
    or an exception to raise. When it is empty, ``then(cursor)`` makes the batch (default:
    nothing new, the cursor unchanged). ``reply_plan`` holds what the next ``reply`` calls do:
    ``"ok"``, an exception to raise before posting, or ``PostThenRaise``; ``find_plan`` holds
    exceptions (or ``"ok"``) for the next ``find_reply`` calls. ``during_reply`` runs after a
    post is made and before ``reply`` returns (another publisher acting meanwhile, say).
    ``next_id(n)`` makes the id of the n-th post (from 0), in the platform's own shape.
    """

    def __init__(
        self,
        platform: str = "twitter",
        *,
        name: str | None = None,
        can_post: bool = True,
        fetch_plan: list[Batch | BaseException] | None = None,
        then: Callable[[Mapping[str, str]], Batch] | None = None,
        next_id: Callable[[int], str] | None = None,
    ) -> None:
        self.platform = platform
        self.name = name or platform
        self.can_post = can_post
        self.fetch_plan: list[Batch | BaseException] = list(fetch_plan or [])
        self.then = then
        self.next_id = next_id or (lambda n: _default_id(platform, n))
        self.fetch_calls: list[dict[str, str]] = []
        self.posts: list[Post] = []
        self.reply_calls: list[RawMention] = []
        self.find_calls: list[tuple[str, str]] = []
        self.reply_plan: list[str | BaseException | PostThenRaise] = []
        self.find_plan: list[str | BaseException] = []
        self.during_reply: Callable[[], None] | None = None
        self._lock = threading.Lock()  # publishers in threads share one fake platform

    # -- Source --

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        """The next scripted batch or error; then ``then(cursor)`` or an empty batch."""
        self.fetch_calls.append(dict(cursor))
        if self.fetch_plan:
            step = self.fetch_plan.pop(0)
            if isinstance(step, BaseException):
                raise step
            return step
        if self.then is not None:
            return self.then(cursor)
        return Batch(source=self.name, mentions=(), cursor=dict(cursor))

    def describe(self) -> Mapping[str, str]:
        return {
            "name": self.name,
            "platform": self.platform,
            "replies": "yes (recorded, not posted)" if self.can_post else "no",
        }

    # -- Replyable --

    def reply(self, mention: RawMention, text: str) -> str:
        """Record the post and return its id, or fail as the plan says."""
        with self._lock:
            self.reply_calls.append(mention)
            step = self.reply_plan.pop(0) if self.reply_plan else "ok"
            if isinstance(step, BaseException):
                raise step
            new_id = self.next_id(len(self.posts))
            self.posts.append(Post(mention.external_id, text, new_id))
        if self.during_reply is not None:
            self.during_reply()
        if isinstance(step, PostThenRaise):
            raise step.error
        return new_id

    def find_reply(self, mention: RawMention, text: str) -> str | None:
        """The id of a recorded post answering ``mention`` with ``text``, else None."""
        with self._lock:
            self.find_calls.append((mention.external_id, text))
            step = self.find_plan.pop(0) if self.find_plan else "ok"
            if isinstance(step, BaseException):
                raise step
            for post in self.posts:
                if post.in_reply_to == mention.external_id and post.text == text:
                    return post.external_id
            return None

    def posts_for(self, external_id: str) -> int:
        """How many replies the fake platform holds for the post ``external_id``."""
        return sum(1 for post in self.posts if post.in_reply_to == external_id)
