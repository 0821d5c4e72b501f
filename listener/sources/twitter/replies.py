"""The X source's ``Replyable`` ability: posting a reply, and finding one we posted.

``find_reply`` settles a post whose outcome is unknown; X hands back the text changed
(HTML escapes, links rewritten to t.co, the @handles it answers prepended), so the comparison
ignores exactly those differences. Like praw's ``ReplyableMixin``, ``XReplies`` is mixed into
the source class and uses its client, credentials and error translation.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import requests
import tweepy

from config.errors import RapportError, UpstreamError
from listener.sources.base import RawMention
from listener.sources.twitter.client import BadRequest, raw, redact

_URL = re.compile(r"https?://\S+")
_LEADING_MENTIONS = re.compile(r"^\s*(?:@\w{1,15}\s+)+")


def comparable(text: str) -> str:
    """Text as X may return it: links become t.co URLs, ``&`` comes back as ``&amp;``, and a
    reply starts with the @handles it answers, which our draft text does not."""
    text = _LEADING_MENTIONS.sub("", html.unescape(text))
    return " ".join(_URL.sub("<url>", text).split())


def our_reply(tweets: Iterable[Any], in_reply_to: str, text: str) -> str | None:
    """The id of the post among ``tweets`` replying to ``in_reply_to`` with ``text``.

    Any reply of ours to this very post counts when none has the text (an edited text, or a
    person who answered from the X app): posting another would answer the customer twice.
    """
    wanted = comparable(text)
    ours: list[str] = []
    for tweet in tweets:
        data = raw(tweet)
        refs = data.get("referenced_tweets") or []
        replied = {
            str(r.get("id"))
            for r in refs
            if isinstance(r, Mapping) and r.get("type") == "replied_to"
        }
        if in_reply_to not in replied:
            continue
        if comparable(data.get("text", "")) == wanted:
            return str(data["id"])
        ours.append(str(data["id"]))
    return ours[0] if ours else None


class _Host(Protocol):
    """What ``XReplies`` needs from the source it is mixed into."""

    handles: list[str]
    _user_context: tuple[str, ...]

    @property
    def _client(self) -> tweepy.Client: ...

    def _require(self, missing: list[str], what: str) -> None: ...

    def _missing_quartet(self) -> list[str]: ...

    def _rate_limited(self, what: str, seconds: int | None) -> UpstreamError: ...

    def _seconds_to_reset(self, exc: tweepy.TooManyRequests) -> int | None: ...

    def _translate(self, what: str, exc: Exception) -> RapportError: ...

    def _own_username(self) -> str: ...


class XReplies:
    """``reply`` and ``find_reply`` for ``TwitterSource``, which provides ``_Host``."""

    def reply(self: _Host, mention: RawMention, text: str) -> str:
        """Post ``text`` as a reply to ``mention`` and return the new post's id.

        Not budgeted (posting is human-approved and rare). A timeout may hide a post that
        went through: reconcile with ``find_reply`` before posting again.
        """
        self._require(self._missing_quartet(), "post replies")
        if mention.platform != "twitter":
            raise ValueError(f"cannot reply on X to a {mention.platform} mention")
        try:
            response = self._client.create_tweet(
                text=text, in_reply_to_tweet_id=mention.external_id, user_auth=True
            )
        except tweepy.TooManyRequests as exc:
            raise self._rate_limited("reply", self._seconds_to_reset(exc)) from None
        except tweepy.Forbidden as exc:
            # Not the credentials as a rule: a duplicate text or a conversation closed to us.
            detail = redact(" ".join(str(exc).split()), {*self._user_context} - {""})[:300]
            raise UpstreamError(f"X refused the reply ({detail})") from None
        except Exception as exc:
            error = self._translate("reply", exc)
            if isinstance(error, BadRequest):
                error = UpstreamError(str(error))
            elif isinstance(exc, requests.Timeout):
                error = UpstreamError(
                    f"{error}; the reply may have been posted: check with find_reply before "
                    "posting again"
                )
            raise error from None
        data = raw(response.data)
        if not isinstance(data, Mapping) or not data.get("id"):
            raise UpstreamError("X accepted the reply but sent back no post id")
        return str(data["id"])

    def find_reply(self: _Host, mention: RawMention, text: str) -> str | None:
        """Our reply to ``mention`` with ``text``, if it was posted: its id, else ``None``.

        Searches the conversation (``conversation_id:… from:<our handle>``, last 7 days) for a
        post of ours replying to ``mention`` whose text matches, ignoring whitespace, HTML
        escapes and link rewriting. Used to reconcile a crash while publishing.
        """
        self._require(self._missing_quartet(), "look up replies")
        handle = self.handles[0] if self.handles else self._own_username()
        conversation = mention.thread_id or mention.external_id
        try:
            response = self._client.search_recent_tweets(
                f"conversation_id:{conversation} from:{handle}",
                max_results=100,
                tweet_fields=["referenced_tweets", "conversation_id", "created_at"],
                user_auth=True,
            )
        except tweepy.TooManyRequests as exc:
            raise self._rate_limited("find_reply", self._seconds_to_reset(exc)) from None
        except Exception as exc:
            raise self._translate("find_reply", exc) from None
        return our_reply(response.data or [], mention.external_id, text)

    def _own_username(self: _Host) -> str:
        try:
            response = self._client.get_me(user_auth=True)
        except Exception as exc:
            raise self._translate("get_me", exc) from None
        user = raw(response.data)
        if not isinstance(user, Mapping) or not user.get("username"):
            raise UpstreamError("X answered get_me without a username")
        return str(user["username"])
