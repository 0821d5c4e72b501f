"""Link every mention's author to a person: find or create Identity and light Customer rows.

One ``Customer`` has many platform ``Identity`` rows. An unknown author gets a light profile
that grows with every interaction; known customers come from a CRM import
(``listener/people/crm_import.py``). Nothing is merged on a guess: ids beat handles, and a
handle matches only an identity whose id was never learned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from listener.people.records import aware, chunks
from listener.sources.base import RawMention
from listener.text import handle_key
from store import bulk
from store.models import Customer, Identity

_BOT_HANDLE = re.compile(r"(?:bot|_bot\d*|bot_?\d+)$", re.IGNORECASE)
_BOT_NAME = re.compile(
    r"(?i:\bbot\b|\[bot\])"
    r"|(?:\b|(?<=[a-z]))(?:Deals?|DEALS?|Giveaways?|GIVEAWAYS?|Promos?|PROMOS?)\d*\b"
    r"|\b(?:deals?|giveaways?|promos?)\d*\b"
)


def looks_like_bot(handle: str, name: str | None, flagged: bool | None) -> bool:
    """A platform's own bot flag, or a handle/name that says so (``...bot``, ``Deals247``)."""
    if flagged:
        return True
    if len(handle) > 3 and _BOT_HANDLE.search(handle):
        return True
    return bool(name and _BOT_NAME.search(name))


def author_key(mention: RawMention) -> tuple[str, str] | None:
    """How a batch tells authors apart: the platform id if known, else the handle."""
    if mention.author_id:
        return (mention.platform, "id:" + mention.author_id)
    if mention.author_handle:
        return (mention.platform, "handle:" + handle_key(mention.author_handle))
    return None


@dataclass(frozen=True, slots=True)
class Link:
    identity_id: int
    customer_id: int
    is_bot: bool
    is_own: bool


_IDENTITY = Identity.__table__
_CUSTOMER = Customer.__table__
_IDENTITY_COLUMNS = (
    _IDENTITY.c.id,
    _IDENTITY.c.customer_id,
    _IDENTITY.c.platform,
    _IDENTITY.c.platform_user_id,
    _IDENTITY.c.handle,
    _IDENTITY.c.handle_key,
    _IDENTITY.c.display_name,
    _IDENTITY.c.followers,
    _IDENTITY.c.verified,
    _IDENTITY.c.is_bot,
    _IDENTITY.c.is_own,
    _IDENTITY.c.first_seen,
)
_UPDATABLE = (
    "platform_user_id",
    "handle",
    "handle_key",
    "display_name",
    "followers",
    "verified",
    "is_bot",
    "is_own",
    "first_seen",
)


def link_authors(
    session: Session,
    mentions: Sequence[RawMention],
    *,
    own: Any,
    now: datetime,
) -> dict[tuple[str, str], Link]:
    """Find or create the Identity (and light Customer) of every author in ``mentions``.

    Two queries find what exists, by platform user id, then by handle for identities that
    a CRM import created without an id; what is missing is created with two multi-row
    inserts and what changed (handle, followers, last seen) with one executemany update.
    Core statements, not ORM objects: this runs for every batch of every source. ``own`` is
    a ``BrandMatcher`` (``is_own(platform, handle)``).
    """
    latest: dict[tuple[str, str], RawMention] = {}
    for mention in mentions:
        key = author_key(mention)
        if key is None:
            continue
        seen = latest.get(key)
        if seen is None or mention.created_at >= seen.created_at:
            latest[key] = mention
    if not latest:
        return {}

    by_id: dict[tuple[str, str], dict[str, Any]] = {}
    by_handle: dict[tuple[str, str], dict[str, Any]] = {}
    ids_by_platform: dict[str, set[str]] = {}
    for (platform, _key), mention in latest.items():
        if mention.author_id:
            ids_by_platform.setdefault(platform, set()).add(mention.author_id)
    for platform, values in ids_by_platform.items():
        for row in _select_identities(session, platform, _IDENTITY.c.platform_user_id, values):
            by_id[(platform, row["platform_user_id"])] = row
    # Handles are looked up only for authors their id did not find: new accounts, id-less
    # payloads, and people a CRM import knows by handle alone.
    handles_by_platform: dict[str, set[str]] = {}
    for (platform, _key), mention in latest.items():
        if mention.author_handle and (platform, mention.author_id) not in by_id:
            handles_by_platform.setdefault(platform, set()).add(handle_key(mention.author_handle))
    for platform, values in handles_by_platform.items():
        for row in _select_identities(session, platform, _IDENTITY.c.handle_key, values):
            by_handle.setdefault((platform, row["handle_key"]), row)

    links: dict[tuple[str, str], Link] = {}
    updates: dict[int, dict[str, Any]] = {}
    new_keys: list[tuple[str, str]] = []
    new_rows: list[dict[str, Any]] = []
    for key, mention in latest.items():
        platform = mention.platform
        hkey = handle_key(mention.author_handle) if mention.author_handle else ""
        row = by_id.get((platform, mention.author_id)) if mention.author_id else None
        if row is None and hkey:
            candidate = by_handle.get((platform, hkey))
            # A handle match counts only for an identity whose id we never learned (a CRM
            # import) or, for id-less mentions, for the same handle: ids beat handles.
            if candidate is not None and (
                candidate["platform_user_id"] is None
                or not mention.author_id
                or candidate["platform_user_id"] == mention.author_id
            ):
                row = candidate
        if row is not None and _same_account_names(row, mention):
            # Flags derive from handle and name, which have not changed: keep the stored ones.
            is_bot = row["is_bot"] or bool(mention.author_is_bot)
            is_own = row["is_own"]
        else:
            is_bot = looks_like_bot(
                mention.author_handle, mention.author_name, mention.author_is_bot
            )
            is_own = bool(mention.author_handle) and own.is_own(platform, mention.author_handle)
        if row is None:
            fresh = {
                "platform": platform,
                "platform_user_id": mention.author_id,
                "handle": (mention.author_handle or f"user {mention.author_id}")[:100],
                "handle_key": hkey[:100],
                "display_name": (mention.author_name or None) and mention.author_name[:200],
                "followers": mention.author_followers,
                "verified": mention.author_verified,
                "is_bot": is_bot,
                "is_own": is_own,
                "first_seen": mention.created_at,
            }
            new_keys.append(key)
            new_rows.append(fresh)
            if hkey:
                by_handle[(platform, hkey)] = {**fresh, "id": None}
            if mention.author_id:
                by_id[(platform, mention.author_id)] = by_handle.get((platform, hkey), fresh)
            continue
        if row["id"] is None:  # an author new in this very batch under another key
            new_keys.append(key)
            new_rows.append(row)
            continue
        changed = _identity_changes(row, mention, is_bot=is_bot, is_own=is_own)
        if changed:
            row.update(changed)
            updates[row["id"]] = row
        links[key] = Link(row["id"], row["customer_id"], row["is_bot"], row["is_own"])

    if updates:
        bulk.update_by_id(
            session,
            _IDENTITY,
            [{"id": id_, **{n: row[n] for n in _UPDATABLE}} for id_, row in updates.items()],
        )
    if new_rows:
        _create_identities(session, new_keys, new_rows, links, now=now)
    return links


def _select_identities(
    session: Session, platform: str, column: Any, values: set[str]
) -> Iterator[dict[str, Any]]:
    names = [c.name for c in _IDENTITY_COLUMNS]
    ordered = sorted(values)
    if session.get_bind().dialect.name == "sqlite":
        yield from _select_identities_sqlite(session, platform, column.name, ordered)
        return
    for chunk in chunks(ordered, 500):
        stmt = select(*_IDENTITY_COLUMNS).where(_IDENTITY.c.platform == platform, column.in_(chunk))
        for row in session.execute(stmt):
            yield dict(zip(names, row, strict=True))


_SQLITE_SELECT = (
    f"SELECT {', '.join(c.name for c in _IDENTITY_COLUMNS)} FROM identities "  # noqa: S608
    "WHERE platform = ? AND {column} IN ({marks})"
)
_IDENTITY_NAMES = tuple(c.name for c in _IDENTITY_COLUMNS)
_BOOLEANS = ("verified", "is_bot", "is_own")


def _select_identities_sqlite(
    session: Session, platform: str, column: str, ordered: list[str]
) -> Iterator[dict[str, Any]]:
    """``_select_identities`` through the driver: the rows SQLAlchemy would give, for a
    fraction of its per-row cost (ingest reads every author of every batch).

    SQLite hands back booleans as 0/1 and times as naive UTC text; they are turned into what
    the ORM's types give (``bool``, an aware UTC ``datetime``).
    """
    if column not in ("platform_user_id", "handle_key"):
        raise ValueError(f"identities are not looked up by {column!r}")
    for chunk in chunks(ordered, 900):
        sql = _SQLITE_SELECT.format(column=column, marks=", ".join("?" * len(chunk)))
        for values in bulk.sqlite_rows(session, sql, (platform, *chunk)):
            row = dict(zip(_IDENTITY_NAMES, values, strict=True))
            for name in _BOOLEANS:
                if row[name] is not None:
                    row[name] = bool(row[name])
            row["first_seen"] = aware(row["first_seen"])
            yield row


# The columns of a new light customer and of a new identity, in the order of their tuples.
_NEW_CUSTOMER = (
    "likes",
    "dislikes",
    "tags",
    "notes",
    "do_not_contact",
    "is_known",
    "stage",
    "interactions",
    "positive_interactions",
    "negative_interactions",
    "first_seen",
    "last_seen",
    "created_at",
    "updated_at",
)
_NEW_IDENTITY = ("platform", *_UPDATABLE, "customer_id")


def _create_identities(
    session: Session,
    keys: list[tuple[str, str]],
    rows: list[dict[str, Any]],
    links: dict[tuple[str, str], Link],
    *,
    now: datetime,
) -> None:
    """One light customer per new identity; rows shared by two keys are created once."""
    unique: dict[int, dict[str, Any]] = {}
    for row in rows:
        unique.setdefault(id(row), row)
    fresh = list(unique.values())
    customer_ids = bulk.insert_returning_ids_tuples(
        session,
        _CUSTOMER,
        _NEW_CUSTOMER,
        [
            (
                [],
                [],
                [],
                "",
                False,
                False,
                "new",
                0,
                0,
                0,
                row["first_seen"],
                row["first_seen"],
                now,
                now,
            )
            for row in fresh
        ],
    )
    for row, customer_id in zip(fresh, customer_ids, strict=True):
        row["customer_id"] = customer_id
    identity_ids = bulk.insert_returning_ids_tuples(
        session,
        _IDENTITY,
        _NEW_IDENTITY,
        [tuple(map(row.__getitem__, _NEW_IDENTITY)) for row in fresh],
    )
    for row, identity_id in zip(fresh, identity_ids, strict=True):
        row["id"] = identity_id
    for key, row in zip(keys, rows, strict=True):
        links[key] = Link(row["id"], row["customer_id"], row["is_bot"], row["is_own"])


def _same_account_names(row: dict[str, Any], mention: RawMention) -> bool:
    return row["handle"] == mention.author_handle and (
        not mention.author_name or row["display_name"] == mention.author_name
    )


def _identity_changes(
    row: dict[str, Any], mention: RawMention, *, is_bot: bool, is_own: bool
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if mention.author_id and row["platform_user_id"] is None:
        changes["platform_user_id"] = mention.author_id
    if mention.author_handle and row["handle"] != mention.author_handle:
        changes["handle"] = mention.author_handle[:100]
        changes["handle_key"] = handle_key(mention.author_handle)[:100]
    if mention.author_name and row["display_name"] != mention.author_name:
        changes["display_name"] = mention.author_name[:200]
    if mention.author_followers is not None and row["followers"] != mention.author_followers:
        changes["followers"] = mention.author_followers
    if mention.author_verified is not None and row["verified"] != mention.author_verified:
        changes["verified"] = mention.author_verified
    if is_bot and not row["is_bot"]:
        changes["is_bot"] = True
    if is_own and not row["is_own"]:
        changes["is_own"] = True
    first = aware(row["first_seen"])
    if first is None or mention.created_at < first:
        changes["first_seen"] = mention.created_at
    return changes
