"""Bluesky post views and notifications (raw XRPC JSON) as ``RawMention`` objects.

Ids: a post is ``at://<did>/app.bsky.feed.post/<rkey>``, about 70 characters, over the 64 the
``mentions`` table keeps for ids. Rapport stores the *post id* ``<did>/<rkey>`` instead (46
characters for a ``did:plc``), and ``post_uri`` gives the at:// URI back for replying. The
thread is the root post's id, the parent the replied-to post's id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from listener.sources.base import RawMention
from listener.sources.newest_first import Mark
from listener.sources.payloads import PayloadError, parse_time

POST_COLLECTION = "app.bsky.feed.post"
QUOTE_EMBEDS = ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia")
# The notification reasons that are posts about us; likes, follows and reposts are not.
POST_REASONS = ("mention", "reply", "quote")


def post_id(uri: str) -> str:
    """``at://did/app.bsky.feed.post/rkey`` → ``did/rkey``; anything else is a PayloadError."""
    if not isinstance(uri, str) or not uri.startswith("at://"):
        raise PayloadError(f"not an at:// URI: {uri!r}")
    parts = uri[len("at://") :].split("/")
    if len(parts) != 3 or parts[1] != POST_COLLECTION or not parts[0] or not parts[2]:
        raise PayloadError(f"not a post URI: {uri!r}")
    return f"{parts[0]}/{parts[2]}"


def post_uri(ident: str) -> str:
    """``did/rkey`` (or an at:// URI already) → the post's at:// URI."""
    if ident.startswith("at://"):
        return ident
    did, sep, rkey = ident.rpartition("/")
    if not sep or not did.startswith("did:") or not rkey:
        raise ValueError(f"not a Bluesky post id: {ident!r}")
    return f"at://{did}/{POST_COLLECTION}/{rkey}"


def _map(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _ref_id(ref: Any) -> str | None:
    uri = _map(ref).get("uri")
    try:
        return post_id(uri) if uri else None
    except PayloadError:
        return None


def sort_time(post: Mapping[str, Any]) -> datetime:
    """When the post sorts in "latest": the earlier of its own time and when it was indexed
    (a client clock ahead of the server cannot push a post to the top)."""
    record = _map(post.get("record") or post.get("value"))
    times = []
    for value in (record.get("createdAt"), post.get("indexedAt")):
        try:
            times.append(parse_time(value))
        except PayloadError:
            continue
    if not times:
        raise PayloadError("post without createdAt or indexedAt")
    return min(times)


def post_mention(
    post: Any, *, source: str, reason: str | None = None, when: datetime | None = None
) -> RawMention:
    """A ``postView`` (search, getPosts) or a post notification as a ``RawMention``."""
    if not isinstance(post, Mapping):
        raise PayloadError("post is not an object")
    ident = post_id(post.get("uri"))
    author = _map(post.get("author"))
    record = _map(post.get("record"))
    text = record.get("text")
    if not isinstance(text, str):
        raise PayloadError(f"post {ident} has no text")
    did = author.get("did") if isinstance(author.get("did"), str) else None
    handle = author.get("handle") if isinstance(author.get("handle"), str) else ""
    reply = _map(record.get("reply"))
    embed = _map(record.get("embed")).get("$type")
    kind = "reply" if reply else ("quote" if embed in QUOTE_EMBEDS else "post")
    if reason in ("mention", "reply", "quote") and kind == "post":
        kind = reason if reason != "mention" else "post"
    langs = record.get("langs")
    try:
        created = parse_time(record.get("createdAt"))
    except PayloadError:
        created = when or sort_time(post)
    rkey = ident.rpartition("/")[2]
    return RawMention(
        platform="bluesky",
        external_id=ident,
        text=text,
        author_id=did,
        author_handle=handle if handle and handle != "handle.invalid" else (did or ""),
        author_name=author.get("displayName") or None
        if isinstance(author.get("displayName"), str)
        else None,
        author_followers=None,
        created_at=created,
        url=f"https://bsky.app/profile/{handle or did}/post/{rkey}" if (handle or did) else None,
        lang=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        thread_id=_ref_id(reply.get("root")) or ident,
        parent_id=_ref_id(reply.get("parent")),
        kind=kind,
        source=source,
    )


def search_page(
    body: Mapping[str, Any], *, source: str
) -> Iterator[tuple[Mark, RawMention] | PayloadError]:
    """Each post of a ``searchPosts`` answer with its position in "latest" order."""
    for post in body.get("posts") or []:
        try:
            mention = post_mention(post, source=source)
            yield Mark.at(sort_time(post), mention.external_id), mention
        except PayloadError as exc:
            yield exc


def notification_page(
    body: Mapping[str, Any], *, source: str
) -> Iterator[tuple[Mark, RawMention | None] | PayloadError]:
    """Each notification with its position; the ones that are not posts about us give None
    (they still move the position, so a burst of likes is read once)."""
    for item in body.get("notifications") or []:
        if not isinstance(item, Mapping):
            yield PayloadError("notification is not an object")
            continue
        try:
            indexed = parse_time(item.get("indexedAt"), field="indexedAt")
            uri = str(item.get("uri") or "")
            mark = Mark.at(indexed, uri)
            if item.get("reason") not in POST_REASONS or f"/{POST_COLLECTION}/" not in uri:
                yield mark, None
                continue
            yield mark, post_mention(item, source=source, reason=str(item["reason"]), when=indexed)
        except PayloadError as exc:
            yield exc
