"""Check and clean every field of a ``RawMention`` before the pipeline touches the database.

Sources are many (live APIs, files other tools wrote, new platforms) and any text field may
hold what a database refuses: lone surrogates (UTF-8 cannot encode them, so the driver fails
the whole transaction), NUL bytes (PostgreSQL refuses them), 100 KB strings (longer than the
column) or control characters. One bad field must never cost the rest of the batch, so the
decision is made here, per mention, before any query runs:

* free text (names, titles, community, URL, language, kind) is cleaned and capped to its
  column, and stored;
* the post's text is checked to be text; ``listener.text.clean_original`` cleans it during
  scoring;
* ids (external id, author id, thread and parent ids) are matched exactly, so an id that is
  not clean text of the column's size is not changed but the mention is rejected, with one
  line naming it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from listener.sources.base import PLATFORMS, RawMention
from listener.text import clean_field, id_problem, printable

# Column sizes of store.models (Mention, Identity): a value is capped to fit, never refused.
_CAPS = {
    "author_handle": 100,
    "author_name": 200,
    "repost_of_author": 100,
    "lang": 16,
    "kind": 20,
    "source": 40,
    "community": 100,
    "context": 500,
}
# Handles and URLs lose control characters instead of gaining a space in their place.
_NO_SPACES = frozenset({"author_handle", "repost_of_author", "lang", "kind"})
# What an empty or unusable field becomes (None for the nullable ones).
_EMPTY = {"author_handle": "", "source": "", "kind": "post"}
_URL_LIMIT = 2048
_IDS = (("author id", "author_id"), ("thread id", "thread_id"), ("parent id", "parent_id"))
# Identity.followers is a 32-bit integer on PostgreSQL.
MAX_FOLLOWERS = 2**31 - 1


def label(mention: RawMention) -> str:
    """``platform:external_id`` as a problem line can print it, whatever the id holds."""
    return f"{printable(mention.platform, limit=20)}:{printable(mention.external_id, limit=70)}"


def sanitize(mention: RawMention) -> tuple[RawMention | None, str | None]:
    """The mention made safe to store, or None and the reason it is rejected.

    A mention whose free-text fields needed cleaning is returned changed (a new frozen
    object); one that needed nothing is returned as it is, so the common case costs one pass
    of regular-expression searches.
    """
    if mention.platform not in PLATFORMS:
        return None, f"unknown platform {printable(mention.platform, limit=40)!r}"
    problem = id_problem(mention.external_id, limit=64)
    if problem:
        return None, f"external id {problem}"
    for name, attr in _IDS:
        value = getattr(mention, attr)
        if value is not None:
            problem = id_problem(value, limit=64)
            if problem:
                return None, f"{name} {problem}"
    if not isinstance(mention.created_at, datetime) or mention.created_at.tzinfo is None:
        return None, "created_at is not a time with a time zone"
    if not isinstance(mention.text, str):
        return None, "text is not a string"
    changes: dict[str, object] = {}
    for attr, limit in _CAPS.items():
        value = getattr(mention, attr)
        if value is None:
            continue
        cleaned = (
            clean_field(value, limit=limit, drop_controls=attr in _NO_SPACES)
            if isinstance(value, str)
            else ""
        )
        if not cleaned:
            cleaned = _EMPTY.get(attr)
        if cleaned != value:
            changes[attr] = cleaned
    if mention.url is not None:
        url = mention.url if isinstance(mention.url, str) else ""
        cleaned = clean_field(url, limit=_URL_LIMIT + 1, drop_controls=True)
        # A cut URL would link somewhere else: one that does not fit is dropped.
        if not cleaned or len(cleaned) > _URL_LIMIT:
            changes["url"] = None
        elif cleaned != url:
            changes["url"] = cleaned
    followers = mention.author_followers
    if followers is not None and (
        isinstance(followers, bool)
        or not isinstance(followers, int)
        or not 0 <= followers <= MAX_FOLLOWERS
    ):
        changes["author_followers"] = None
    for attr in ("author_verified", "author_is_bot"):
        if getattr(mention, attr) is not None and not isinstance(getattr(mention, attr), bool):
            changes[attr] = None
    if not isinstance(mention.is_repost, bool):
        changes["is_repost"] = bool(mention.is_repost)
    return (replace(mention, **changes) if changes else mention), None
