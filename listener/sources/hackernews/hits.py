"""Hacker News search hits (the Algolia HN API's JSON) as ``RawMention`` objects.

A hit is a story (title, optional ``story_text`` in HTML, optional ``url``) or a comment
(``comment_text`` in HTML, with its story's title). Ids are HN item ids (``objectID``); the
thread is the story, the parent the item answered. HN has no user ids beyond the username.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from listener.sources.base import RawMention
from listener.sources.markup import html_to_text
from listener.sources.newest_first import Mark
from listener.sources.payloads import PayloadError, parse_time

ITEM_URL = "https://news.ycombinator.com/item?id={}"


def _str(value: Any) -> str:
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""


def hit_mention(hit: Any, *, source: str) -> tuple[Mark, RawMention]:
    """One hit and its position (``created_at_i``, ``objectID``) in newest-first order."""
    if not isinstance(hit, Mapping):
        raise PayloadError("hit is not an object")
    ident = _str(hit.get("objectID"))
    if not ident:
        raise PayloadError("hit without an objectID")
    seconds = hit.get("created_at_i")
    created = parse_time(seconds if seconds is not None else hit.get("created_at"))
    tags = hit.get("_tags") if isinstance(hit.get("_tags"), list) else []
    comment = "comment" in tags or (hit.get("comment_text") and not hit.get("title"))
    if comment:
        text = html_to_text(_str(hit.get("comment_text")))
        kind, context = "comment", _str(hit.get("story_title")) or None
    else:
        title = html_to_text(_str(hit.get("title")))
        body = html_to_text(_str(hit.get("story_text")))
        link = _str(hit.get("url"))
        text = "\n\n".join(part for part in (title, body, link) if part)
        kind, context = "story", None
    if not text:
        raise PayloadError(f"item {ident} has no text")
    story = _str(hit.get("story_id")) or (ident if not comment else "")
    author = _str(hit.get("author"))
    mention = RawMention(
        platform="hackernews",
        external_id=ident,
        text=text,
        author_id=None,
        author_handle=author,
        created_at=created,
        url=ITEM_URL.format(ident),
        thread_id=story or None,
        parent_id=_str(hit.get("parent_id")) or None,
        kind=kind,
        source=source,
        context=context,
    )
    return Mark.at(created, ident), mention
