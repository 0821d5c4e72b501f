"""Mastodon statuses and notifications (as Mastodon.py returns them) as ``RawMention`` objects.

Mastodon.py hands back the API's JSON as dict subclasses with times already parsed; both the
parsed and the raw form are accepted. Ids are the instance's own (the ones ``in_reply_to_id``
takes); the author's handle is always the full ``user@domain`` (a local account's ``acct`` is
only ``user``, so the domain of its profile URL is added), which stays true when the same
person is read through another instance.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from listener.sources.base import RawMention
from listener.sources.markup import html_to_text
from listener.sources.payloads import PayloadError, parse_time


def _map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _str(value: Any) -> str:
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else ""


def when(value: Any, field: str = "created_at") -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return parse_time(value, field=field)


def full_acct(account: Mapping[str, Any]) -> str:
    """``user@domain`` for any account; a local ``acct`` gets its profile URL's domain."""
    acct = _str(account.get("acct")) or _str(account.get("username"))
    if not acct or "@" in acct:
        return acct
    host = urlsplit(_str(account.get("url"))).hostname
    return f"{acct}@{host}" if host else acct


def id_key(ident: str) -> tuple[int, str]:
    """Mastodon ids are numbers in strings (snowflakes): order by length, then text."""
    return len(ident), ident


def status_mention(status: Any, *, source: str) -> RawMention:
    """One status as a ``RawMention``; a reblog is stored as the post it shares."""
    if not isinstance(status, Mapping):
        raise PayloadError("status is not an object")
    ident = _str(status.get("id"))
    if not ident:
        raise PayloadError("status without an id")
    shared = status.get("reblog")
    account = _map(status.get("account"))
    body = _full_mentions(html_to_text(_str(status.get("content"))), status.get("mentions"))
    warning = _str(status.get("spoiler_text")).strip()
    text = f"{warning}\n\n{body}" if warning else body
    followers = account.get("followers_count")
    parent = _str(status.get("in_reply_to_id")) or None
    return RawMention(
        platform="mastodon",
        external_id=ident,
        text=text,
        author_id=_str(account.get("id")) or None,
        author_handle=full_acct(account),
        author_name=_str(account.get("display_name")) or None,
        author_followers=followers if isinstance(followers, int) and followers >= 0 else None,
        author_is_bot=account.get("bot") if isinstance(account.get("bot"), bool) else None,
        created_at=when(status.get("created_at")),
        url=_str(status.get("url")) or _str(status.get("uri")) or None,
        lang=_str(status.get("language")) or None,
        thread_id=None if parent else ident,
        parent_id=parent,
        is_repost=isinstance(shared, Mapping),
        repost_of_author=full_acct(_map(shared).get("account") or {}) or None
        if isinstance(shared, Mapping)
        else None,
        kind="repost" if isinstance(shared, Mapping) else ("reply" if parent else "post"),
        source=source,
    )


def _full_mentions(text: str, mentions: Any) -> str:
    """``@user`` as Mastodon displays a mention becomes ``@user@domain`` (from the status's
    ``mentions``), so the text says whom it addresses and our handle is recognised in it."""
    for account in mentions if isinstance(mentions, list) else []:
        if not isinstance(account, Mapping):
            continue
        name, full = _str(account.get("username")), full_acct(account)
        if name and "@" in full:
            text = re.sub(rf"(?<![\w@])@{re.escape(name)}(?![\w@.\-])", f"@{full}", text)
    return text


def notification_status(note: Any) -> Mapping[str, Any] | None:
    """The status a mention notification carries, or None for other kinds."""
    if not isinstance(note, Mapping) or note.get("type") not in ("mention", "quote"):
        return None
    status = note.get("status")
    return status if isinstance(status, Mapping) else None
