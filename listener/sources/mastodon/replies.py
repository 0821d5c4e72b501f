"""Replying on Mastodon as our account, and finding a reply we may already have posted.

``POST /api/v1/statuses`` with ``in_reply_to_id``; the text starts with the author's
``@user@domain`` and is measured as Mastodon counts (links 23, ``@user@domain`` as ``@user``)
against the instance's ``max_characters`` before anything is sent. The request carries an
``Idempotency-Key`` made of the mention and the text: Mastodon answers a repeated key with the
status it already created, so a retry after a lost answer cannot post twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from config.errors import ReviewError, UpstreamError
from listener.sources.base import RawMention
from listener.sources.markup import html_to_text
from listener.sources.mastodon.client import MastodonClient

_LEADING_MENTIONS = re.compile(r"^\s*(?:@[\w.\-]+(?:@[\w.\-]+)?\s+)+")


def post_reply(client: MastodonClient, mention: RawMention, text: str) -> str:
    """Post ``text`` as our reply to ``mention``; returns the new status id."""
    if mention.platform != "mastodon":
        raise ReviewError(f"cannot reply on Mastodon to a {mention.platform} mention")
    # The length rule lives with the other platforms' in the drafting rules (responders sits
    # above listener, so it is imported when a reply is sent, not when the source loads).
    from responders.drafting.textrules import mastodon_length

    body = addressed(mention, text)
    limit = client.instance_limit()
    if mastodon_length(body) > limit:
        raise ReviewError(
            f"the reply is {mastodon_length(body)} characters as Mastodon counts them; "
            f"{client.host} allows {limit}"
        )
    key = hashlib.sha256(f"{mention.external_id}\n{body}".encode()).hexdigest()[:32]
    posted = client.call(
        lambda m: m.status_post(body, in_reply_to_id=mention.external_id, idempotency_key=key),
        "posting the reply",
        posting=True,
    )
    ident = posted.get("id") if isinstance(posted, Mapping) else None
    if not ident:
        raise UpstreamError(f"{client.host} accepted the reply but sent back no id")
    return str(ident)


def addressed(mention: RawMention, text: str) -> str:
    """``text`` starting with the author's ``@user@domain`` (Mastodon notifies only those
    mentioned), unless it already names them."""
    handle = mention.author_handle.lstrip("@")
    if not handle or f"@{handle}".casefold() in text.casefold():
        return text
    return f"@{handle} {text}"


def find_reply(client: MastodonClient, mention: RawMention, text: str) -> str | None:
    """Our recent status replying to ``mention`` (same text first), or None."""
    ours = client.me()
    recent = client.call(
        lambda m: m.account_statuses(ours, limit=40, exclude_reblogs=True),
        "reading our recent statuses",
    )
    wanted = _comparable(text)
    found: list[str] = []
    for status in recent if isinstance(recent, list) else []:
        if not isinstance(status, Mapping) or str(status.get("in_reply_to_id")) != str(
            mention.external_id
        ):
            continue
        ident = str(status.get("id"))
        if _comparable(html_to_text(str(status.get("content") or ""))) == wanted:
            return ident
        found.append(ident)
    return found[0] if found else None


def _comparable(text: str) -> str:
    return " ".join(_LEADING_MENTIONS.sub("", text).split())
