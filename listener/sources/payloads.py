"""Turn real API payloads (X API v2 tweets, Reddit things) into ``RawMention`` objects.

One place knows the platforms' JSON shapes (like praw's objector): the file source reads
exported payloads with it, and the live sources pass their responses' raw dicts through it.
Missing optional fields are normal (the API omits what was not asked for, suspended users
vanish from ``includes``), so every lookup has a fallback; a missing id is an error.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from listener.sources.base import PLATFORMS, RawMention

_RT_PREFIX = re.compile(r"^RT @(\w{1,15}):")


class PayloadError(ValueError):
    """A record that does not have the shape of the payload it claims to be."""


def parse_time(value: Any, *, field: str = "created_at") -> datetime:
    """ISO-8601 (with ``Z``) or Unix seconds → aware UTC datetime; anything else (including
    NaN, infinities and times outside years 1..9999) is a ``PayloadError``, never a crash."""
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return _from_epoch(float(value), field)
        if isinstance(value, str) and value.strip():
            text = value.strip()
            try:
                seconds = float(text)
            except ValueError:
                seconds = None
            if seconds is not None:
                return _from_epoch(seconds, field)
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise PayloadError(f"{field} {value!r} is not a usable time") from exc
    raise PayloadError(f"{field} is missing")


def _from_epoch(seconds: float, field: str) -> datetime:
    if not math.isfinite(seconds):
        raise PayloadError(f"{field} {seconds!r} is not a time")
    return datetime.fromtimestamp(seconds, UTC)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


MAX_COUNT = 2**63 - 1


def _int(value: Any) -> int | None:
    """A count (followers) as an int the database can hold; anything else is unknown."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if 0 <= number <= MAX_COUNT else None


# --- X / Twitter API v2 --------------------------------------------------------------------


def is_x_page(record: Mapping[str, Any]) -> bool:
    return isinstance(record.get("data"), list) or (
        "meta" in record and "data" not in record and "result_count" in record.get("meta", {})
    )


def is_x_tweet(record: Mapping[str, Any]) -> bool:
    return (
        "id" in record
        and "text" in record
        and ("author_id" in record or "edit_history_tweet_ids" in record)
    )


def users_by_id(includes: Any) -> dict[str, Mapping[str, Any]]:
    """``includes.users`` as a dict by id; an absent or odd ``includes`` gives ``{}``."""
    if not isinstance(includes, Mapping):
        return {}
    users = includes.get("users")
    if not isinstance(users, list):
        return {}
    return {str(u["id"]): u for u in users if isinstance(u, Mapping) and "id" in u}


def x_page_mentions(
    page: Mapping[str, Any], *, source: str, fallback_time: datetime
) -> Iterator[RawMention | PayloadError]:
    """Every tweet of one search/mentions response page; bad tweets come back as errors."""
    users = users_by_id(page.get("includes"))
    for tweet in page.get("data") or []:
        try:
            yield x_tweet_mention(tweet, users, source=source, fallback_time=fallback_time)
        except PayloadError as exc:
            yield exc


def x_tweet_mention(
    tweet: Any,
    users: Mapping[str, Mapping[str, Any]],
    *,
    source: str,
    fallback_time: datetime,
) -> RawMention:
    """One X API v2 tweet object (plus the page's users) as a ``RawMention``."""
    if not isinstance(tweet, Mapping) or not tweet.get("id"):
        raise PayloadError("tweet without an id")
    tweet_id = str(tweet["id"])
    note = tweet.get("note_tweet")
    raw_text = _text(note.get("text")) if isinstance(note, Mapping) else ""
    text = html.unescape(raw_text or _text(tweet.get("text")))
    author_id = str(tweet["author_id"]) if tweet.get("author_id") else None
    user = users.get(author_id or "", {})
    handle = _text(user.get("username"))
    metrics = user.get("public_metrics") if isinstance(user.get("public_metrics"), Mapping) else {}
    refs = (
        tweet.get("referenced_tweets") if isinstance(tweet.get("referenced_tweets"), list) else []
    )
    ref_types = {r.get("type"): str(r.get("id")) for r in refs if isinstance(r, Mapping)}
    is_repost = "retweeted" in ref_types or (not ref_types and text.startswith("RT @"))
    rt = _RT_PREFIX.match(text)
    created = parse_time(tweet["created_at"]) if tweet.get("created_at") else fallback_time
    url = (
        f"https://x.com/{handle}/status/{tweet_id}"
        if handle
        else f"https://x.com/i/web/status/{tweet_id}"
    )
    return RawMention(
        platform="twitter",
        external_id=tweet_id,
        text=text,
        author_id=author_id,
        author_handle=handle,
        author_name=_text(user.get("name")) or None,
        author_followers=_int(metrics.get("followers_count")),
        author_verified=user.get("verified") if isinstance(user.get("verified"), bool) else None,
        created_at=created,
        url=url,
        lang=_text(tweet.get("lang")) or None,
        thread_id=str(tweet["conversation_id"]) if tweet.get("conversation_id") else None,
        parent_id=ref_types.get("replied_to"),
        is_repost=is_repost,
        repost_of_author=rt.group(1) if (is_repost and rt) else None,
        kind="repost" if is_repost else ("reply" if "replied_to" in ref_types else "post"),
        source=source,
    )


# --- Reddit --------------------------------------------------------------------------------


def is_reddit_thing(record: Mapping[str, Any]) -> bool:
    return record.get("kind") in ("t1", "t3", "Listing") and isinstance(record.get("data"), Mapping)


def reddit_things(record: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """A thing, or each child of a Listing."""
    if record.get("kind") == "Listing":
        for child in record["data"].get("children") or []:
            if isinstance(child, Mapping):
                yield child
    else:
        yield record


def reddit_mention(thing: Mapping[str, Any], *, source: str) -> RawMention:
    """A Reddit comment (t1) or submission (t3) as a ``RawMention``.

    Reddit escapes ``&``, ``<`` and ``>`` in bodies unless asked for ``raw_json=1`` (as praw
    does); unescaping both is harmless, so stored text is always what the person typed.
    """
    kind = thing.get("kind")
    data = thing.get("data")
    if kind not in ("t1", "t3") or not isinstance(data, Mapping):
        raise PayloadError(f"not a Reddit comment or submission (kind {kind!r})")
    thing_id = _text(data.get("id"))
    fullname = _text(data.get("name")) or (f"{kind}_{thing_id}" if thing_id else "")
    if not fullname:
        raise PayloadError("Reddit thing without id or name")
    author = _text(data.get("author")) or "[deleted]"
    deleted = author in ("[deleted]", "[removed]")
    if kind == "t1":
        text = html.unescape(_text(data.get("body")))
        thread_id = _text(data.get("link_id")) or None
        parent_id = _text(data.get("parent_id")) or None
        kind_name = "comment"
    else:
        title = html.unescape(_text(data.get("title")))
        body = html.unescape(_text(data.get("selftext")))
        text = f"{title}\n\n{body}" if body else title
        thread_id, parent_id, kind_name = fullname, None, "submission"
    permalink = _text(data.get("permalink"))
    return RawMention(
        platform="reddit",
        external_id=fullname,
        text=text,
        author_id=None if deleted else (_text(data.get("author_fullname")) or None),
        author_handle="" if deleted else author,
        author_name=None,
        created_at=parse_time(data.get("created_utc"), field="created_utc"),
        url=f"https://www.reddit.com{permalink}"
        if permalink.startswith("/")
        else permalink or None,
        lang=None,
        thread_id=thread_id,
        parent_id=parent_id,
        is_repost=bool(data.get("crosspost_parent")),
        kind=kind_name,
        source=source,
        community=_text(data.get("subreddit")) or None,
        context=html.unescape(_text(data.get("link_title"))) or None,
    )


# --- Flat rows (Rapport's own export, other tools' CSV) --------------------------------------

FLAT_ALIASES = {
    "external_id": ("external_id", "id", "post_id", "tweet_id"),
    "text": ("text", "body", "content", "message"),
    "author_handle": ("author_handle", "author", "username", "handle", "screen_name"),
    "author_id": ("author_id", "user_id", "author_fullname"),
    "created_at": ("created_at", "date", "timestamp", "created_utc", "time"),
}


def missing_flat_columns(header: list[str], *, default_platform: str | None) -> list[str]:
    """Required flat columns a CSV header lacks, each named with the spellings accepted."""
    present = set(header)
    missing = [
        f"a {field} column ({', '.join(FLAT_ALIASES[field])})"
        for field in ("external_id", "text", "created_at")
        if not present & set(FLAT_ALIASES[field])
    ]
    if "platform" not in present and default_platform is None:
        missing.append("a platform column (or pass --platform)")
    return missing


def _pick(row: Mapping[str, Any], field: str) -> Any:
    for alias in FLAT_ALIASES.get(field, (field,)):
        value = row.get(alias)
        if value not in (None, ""):
            return value
    return None


def flat_mention(
    row: Mapping[str, Any], *, source: str, default_platform: str | None
) -> RawMention:
    """A flat record (CSV row or simple JSON object) as a ``RawMention``."""
    platform = _text(row.get("platform")).strip().lower() or (default_platform or "")
    if platform in ("x", "tweet", "twitter"):
        platform = "twitter"
    if platform not in PLATFORMS:
        raise PayloadError(f"platform {platform or 'missing'!r}; expected {', '.join(PLATFORMS)}")
    external_id = _pick(row, "external_id")
    if external_id in (None, ""):
        raise PayloadError("external_id is missing")
    text = _pick(row, "text")
    if not isinstance(text, str):
        raise PayloadError("text is missing")
    followers_int = _int(row.get("author_followers") or row.get("followers"))
    repost = str(row.get("is_repost", "")).strip().lower() in ("1", "true", "yes")
    author_id = _pick(row, "author_id")
    return RawMention(
        platform=platform,
        external_id=str(external_id),
        text=text,
        author_id=str(author_id) if author_id not in (None, "") else None,
        author_handle=_text(_pick(row, "author_handle")).lstrip("@"),
        author_name=_text(row.get("author_name")) or None,
        author_followers=followers_int,
        created_at=parse_time(_pick(row, "created_at")),
        url=_text(row.get("url")) or None,
        lang=_text(row.get("lang")) or None,
        thread_id=_text(row.get("thread_id")) or None,
        parent_id=_text(row.get("parent_id")) or None,
        is_repost=repost,
        kind=_text(row.get("kind")) or "post",
        source=source,
        community=_text(row.get("community")) or None,
        context=_text(row.get("context")) or None,
    )
