"""Recognising our own reply in a conversation, as X returns it.

``find_reply`` settles a post whose outcome is unknown; X hands back the text changed
(HTML escapes, links rewritten to t.co, the @handles it answers prepended), so the comparison
ignores exactly those differences.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

from listener.sources.twitter.client import raw

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
