"""Replying on Bluesky as our account, and finding a reply we may already have posted.

A reply is an ``app.bsky.feed.post`` record whose ``reply`` holds two strong references (URI
and CID): ``parent``, the post answered, and ``root``, the post that started its thread. The
parent's current CID and its own ``reply.root`` come from ``app.bsky.feed.getPosts``; the
record is written with ``com.atproto.repo.createRecord`` into our repository. Links in the text
become link facets, so they are clickable.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from atproto_client.models.utils import get_model_as_dict
from atproto_client.utils import facet_detection

from config.errors import ReviewError, UpstreamError
from listener.sources.base import RawMention
from listener.sources.bluesky import posts
from listener.sources.bluesky.client import BadRequest, BlueskyClient, models
from listener.sources.payloads import PayloadError


def post_reply(
    client: BlueskyClient, mention: RawMention, text: str, *, now: datetime, repo: str
) -> str:
    """Post ``text`` as our reply to ``mention``; returns the new post's id (``did/rkey``)."""
    parent_uri = post_uri_of(mention)
    try:
        body = client.query(
            "app.bsky.feed.getPosts",
            models.AppBskyFeedGetPosts.Params(uris=[parent_uri]),
            "looking up the post to answer",
        )
    except BadRequest as exc:
        raise ReviewError(str(exc)) from None
    found = [p for p in body.get("posts") or [] if isinstance(p, Mapping)]
    if not found or not found[0].get("cid"):
        raise ReviewError(
            f"the Bluesky post {mention.external_id} is gone (deleted, or hidden from us)"
        )
    parent = {"uri": str(found[0].get("uri") or parent_uri), "cid": str(found[0]["cid"])}
    record = found[0].get("record") if isinstance(found[0].get("record"), Mapping) else {}
    root = (record.get("reply") or {}).get("root") if isinstance(record, Mapping) else None
    if not (isinstance(root, Mapping) and root.get("uri") and root.get("cid")):
        root = parent
    post: dict[str, Any] = {
        "$type": posts.POST_COLLECTION,
        "text": text,
        "createdAt": iso(now),
        "reply": {
            "root": {"uri": str(root["uri"]), "cid": str(root["cid"])},
            "parent": parent,
        },
    }
    facets = [get_model_as_dict(f) for f in facet_detection.detect_facets(text)]
    if facets:
        post["facets"] = facets
    data = models.ComAtprotoRepoCreateRecord.Data(
        repo=client.did or repo,
        collection=posts.POST_COLLECTION,
        record=post,
    )
    try:
        created = client.procedure("com.atproto.repo.createRecord", data, "posting the reply")
    except BadRequest as exc:
        raise ReviewError(str(exc)) from None
    try:
        return posts.post_id(created.get("uri"))
    except PayloadError:
        raise UpstreamError("Bluesky accepted the reply but sent back no post URI") from None


def find_reply(client: BlueskyClient, mention: RawMention, text: str) -> str | None:
    """Our post replying to ``mention`` among our newest 100 (same text first), or None."""
    parent_uri = post_uri_of(mention)
    body = client.query(
        "com.atproto.repo.listRecords",
        models.ComAtprotoRepoListRecords.Params(
            repo=client.signed_in(),
            collection=posts.POST_COLLECTION,
            limit=100,
        ),
        "reading our recent posts",
    )
    wanted = " ".join(text.split())
    ours: list[str] = []
    for item in body.get("records") or []:
        value = item.get("value") if isinstance(item, Mapping) else None
        reply = value.get("reply") if isinstance(value, Mapping) else None
        parent = reply.get("parent") if isinstance(reply, Mapping) else None
        if not isinstance(parent, Mapping) or parent.get("uri") != parent_uri:
            continue
        try:
            ident = posts.post_id(item.get("uri"))
        except PayloadError:
            continue
        if " ".join(str(value.get("text", "")).split()) == wanted:
            return ident
        ours.append(ident)
    return ours[0] if ours else None


def post_uri_of(mention: RawMention) -> str:
    """The at:// URI of the post a stored Bluesky mention is; anything else is a ReviewError."""
    if mention.platform != "bluesky":
        raise ReviewError(f"cannot reply on Bluesky to a {mention.platform} mention")
    try:
        return posts.post_uri(mention.external_id)
    except ValueError as exc:
        raise ReviewError(str(exc)) from None


def iso(moment: datetime) -> str:
    """An aware time as the AT Protocol writes it: UTC with milliseconds and ``Z``."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
