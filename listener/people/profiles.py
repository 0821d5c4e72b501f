"""Customer profiles: link every author to a person, derive the relationship stage.

One ``Customer`` has many platform ``Identity`` rows. An unknown author gets a light profile
that grows with every interaction; known customers come from a CRM import
(``listener/people/crm_import.py``). Merging two profiles is explicit, audited and reversible
(``merge`` / ``unmerge``); nothing is merged on a guess.

Relationship stage, derived from history (also in docs/architecture.md):
- ``relationship``: at least 8 interactions over at least 21 days, positive ones more than
  twice the negative ones;
- ``connection``: at least 4 interactions over at least 7 days, positive at least negative;
- ``transaction``: at least 2 interactions, or a known customer from the CRM with a tier;
- ``new``: everyone else.
An interaction is a stored, relevant, non-spam mention by any of the person's identities.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from config.errors import InputError
from listener.sources.base import RawMention
from listener.text import handle_key
from store import audit, bulk
from store.models import Customer, CustomerMerge, Draft, Identity, Mention

STAGES = ("new", "transaction", "connection", "relationship")
_BOT_HANDLE = re.compile(r"(?:bot|_bot\d*|bot_?\d+)$", re.IGNORECASE)
_BOT_NAME = re.compile(
    r"(?i:\bbot\b|\[bot\])"
    r"|(?:\b|(?<=[a-z]))(?:Deals?|DEALS?|Giveaways?|GIVEAWAYS?|Promos?|PROMOS?)\d*\b"
    r"|\b(?:deals?|giveaways?|promos?)\d*\b"
)


def stage_for(*, interactions: int, positive: int, negative: int, tenure_days: float) -> str:
    """The relationship stage for a history; see the module docstring for the rule."""
    if interactions >= 8 and tenure_days >= 21 and positive > 2 * negative:
        return "relationship"
    if interactions >= 4 and tenure_days >= 7 and positive >= negative:
        return "connection"
    if interactions >= 2:
        return "transaction"
    return "new"


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
    for chunk in _chunks(ordered, 500):
        stmt = select(*_IDENTITY_COLUMNS).where(_IDENTITY.c.platform == platform, column.in_(chunk))
        for row in session.execute(stmt):
            yield dict(zip(names, row, strict=True))


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
    customer_ids = bulk.insert_returning_ids(
        session,
        _CUSTOMER,
        [
            {
                "likes": [],
                "dislikes": [],
                "tags": [],
                "notes": "",
                "do_not_contact": False,
                "is_known": False,
                "stage": "new",
                "interactions": 0,
                "positive_interactions": 0,
                "negative_interactions": 0,
                "first_seen": row["first_seen"],
                "last_seen": row["first_seen"],
                "created_at": now,
                "updated_at": now,
            }
            for row in fresh
        ],
    )
    for row, customer_id in zip(fresh, customer_ids, strict=True):
        row["customer_id"] = customer_id
    identity_ids = bulk.insert_returning_ids(
        session, _IDENTITY, [{k: v for k, v in row.items() if k != "id"} for row in fresh]
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
    first = _aware(row["first_seen"])
    if first is None or mention.created_at < first:
        changes["first_seen"] = mention.created_at
    return changes


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def refresh_customers(session: Session, customer_ids: Iterable[int]) -> None:
    """Recompute history counters, first/last seen and stage from stored mentions.

    One aggregate query per 500 customers; called by the pipeline for the customers a batch
    touched, and after merges, unmerges and manual relabels.
    """
    ids = sorted(set(customer_ids))
    for chunk in _chunks(ids, 500):
        counted = and_(Mention.is_relevant.is_(True), Mention.is_spam.is_(False))
        rows = session.execute(
            select(
                Identity.customer_id,
                func.count(Mention.id).filter(counted),
                func.count(Mention.id).filter(counted, Mention.label == "positive"),
                func.count(Mention.id).filter(counted, Mention.label == "negative"),
                func.min(Mention.created_at),
                func.max(Mention.created_at),
            )
            .join(Mention, Mention.identity_id == Identity.id)
            .where(Identity.customer_id.in_(chunk))
            .group_by(Identity.customer_id)
        ).all()
        stats = {row[0]: row[1:] for row in rows}
        customers = session.scalars(select(Customer).where(Customer.id.in_(chunk)))
        for customer in customers:
            total, positive, negative, first, last = stats.get(customer.id, (0, 0, 0, None, None))
            first = _aware(first)
            last = _aware(last)
            customer.interactions = total
            customer.positive_interactions = positive
            customer.negative_interactions = negative
            if first is not None and (customer.first_seen is None or first < customer.first_seen):
                customer.first_seen = first
            if last is not None and (customer.last_seen is None or last > customer.last_seen):
                customer.last_seen = last
            tenure = (
                (customer.last_seen - customer.first_seen).total_seconds() / 86400
                if customer.first_seen and customer.last_seen
                else 0.0
            )
            stage = stage_for(
                interactions=total, positive=positive, negative=negative, tenure_days=tenure
            )
            if stage == "new" and customer.is_known and customer.tier:
                stage = "transaction"
            customer.stage = stage


def refresh_for_new_mentions(session: Session) -> int:
    """Refresh the profiles of everyone with a mention not yet triaged (status ``new``).

    Ingest only links authors; counters, first/last seen and stage are recounted here, by
    the drafting job in the same transaction that triages those mentions, so a crash in
    between loses nothing and each customer is recounted once per pass, not per chunk.
    """
    ids = session.scalars(
        select(Identity.customer_id)
        .join(Mention, Mention.identity_id == Identity.id)
        .where(Mention.status == "new")
        .distinct()
    ).all()
    refresh_customers(session, ids)
    return len(ids)


def _aware(value: Any) -> datetime | None:
    from datetime import UTC

    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


# --- explicit merge and unmerge ----------------------------------------------------------

PROFILE_FIELDS = (
    "name",
    "preferred_name",
    "email",
    "likes",
    "dislikes",
    "notes",
    "tags",
    "tier",
    "do_not_contact",
    "is_known",
    "crm_key",
)


def profile_snapshot(customer: Customer) -> dict[str, Any]:
    """The editable profile fields as plain JSON, for the audit log and undo."""
    return {field: getattr(customer, field) for field in PROFILE_FIELDS}


def merge(session: Session, survivor_id: int, merged_id: int, *, actor: str) -> CustomerMerge:
    """Move every identity and draft of ``merged_id`` onto ``survivor_id``; reversible.

    Profile fields the survivor lacks are filled from the merged profile; likes, dislikes
    and tags are united; do-not-contact wins if either says so. The merged profile is kept
    (marked ``merged_into_id``) so ``unmerge`` can restore both exactly.
    """
    if survivor_id == merged_id:
        raise InputError("cannot merge a customer into itself")
    survivor = _live_customer(session, survivor_id)
    merged = _live_customer(session, merged_id)
    survivor_before = profile_snapshot(survivor)
    merged_before = profile_snapshot(merged)
    identity_ids = [i.id for i in merged.identities]
    draft_ids = list(session.scalars(select(Draft.id).where(Draft.customer_id == merged.id)))
    session.execute(
        update(Identity).where(Identity.customer_id == merged.id).values(customer_id=survivor.id)
    )
    session.execute(
        update(Draft).where(Draft.customer_id == merged.id).values(customer_id=survivor.id)
    )
    for field in ("name", "preferred_name", "email", "tier", "crm_key"):
        if not getattr(survivor, field) and getattr(merged, field):
            value = getattr(merged, field)
            if field == "crm_key":
                merged.crm_key = None
                session.flush()
            setattr(survivor, field, value)
    for field in ("likes", "dislikes", "tags"):
        combined = list(getattr(survivor, field) or [])
        combined += [v for v in getattr(merged, field) or [] if v not in combined]
        setattr(survivor, field, combined)
    if merged.notes and merged.notes not in survivor.notes:
        survivor.notes = (survivor.notes + "\n" + merged.notes).strip()
    survivor.do_not_contact = survivor.do_not_contact or merged.do_not_contact
    survivor.is_known = survivor.is_known or merged.is_known
    merged.merged_into_id = survivor.id
    record = CustomerMerge(
        survivor_id=survivor.id,
        merged_id=merged.id,
        identity_ids=identity_ids,
        draft_ids=draft_ids,
        merged_profile={"survivor_before": survivor_before, "merged_before": merged_before},
        actor=actor,
    )
    session.add(record)
    _settle(session, survivor, merged)
    # What the merge left on the survivor: unmerge restores a field only if nobody changed it
    # since, so later edits (a do-not-contact above all) survive an undo.
    record.merged_profile = {**record.merged_profile, "survivor_after": profile_snapshot(survivor)}
    audit.record(
        session,
        actor=actor,
        action="customer.merge",
        subject=f"customer:{survivor.id}",
        before={"survivor": survivor_before, "merged": merged_before, "merged_id": merged.id},
        after={"survivor": profile_snapshot(survivor), "merge_id": record.id},
    )
    return record


def unmerge(session: Session, merge_id: int, *, actor: str) -> CustomerMerge:
    """Undo a merge: identities and drafts go back, both profiles return to their before.

    Fields edited on the survivor since the merge keep their newer value (listed in the
    audit event as ``kept_since_merge``), and a do-not-contact is never lifted. Merges are
    undone newest first: a survivor that was merged again later must be unmerged from that
    later merge before.
    """
    record = session.get(CustomerMerge, merge_id)
    if record is None:
        raise InputError(f"no merge with id {merge_id}")
    if record.undone_at is not None:
        raise InputError(f"merge {merge_id} was already undone")
    survivor = session.get(Customer, record.survivor_id)
    merged = session.get(Customer, record.merged_id)
    assert survivor is not None and merged is not None
    if survivor.merged_into_id is not None:
        later = session.scalar(
            select(CustomerMerge.id).where(
                CustomerMerge.merged_id == survivor.id, CustomerMerge.undone_at.is_(None)
            )
        )
        raise InputError(
            f"customer {survivor.id} was itself merged into {survivor.merged_into_id} later; "
            f"undo merge {later} first (merges are undone newest first)"
        )
    before = profile_snapshot(survivor)
    if record.identity_ids:
        session.execute(
            update(Identity)
            .where(Identity.id.in_(record.identity_ids))
            .values(customer_id=merged.id)
        )
    if record.draft_ids:
        session.execute(
            update(Draft).where(Draft.id.in_(record.draft_ids)).values(customer_id=merged.id)
        )
    snapshot = record.merged_profile
    if survivor.crm_key and survivor.crm_key == snapshot["merged_before"].get("crm_key"):
        survivor.crm_key = None
        session.flush()
    after_merge = snapshot.get("survivor_after", {})
    kept: list[str] = []
    for field, value in snapshot["survivor_before"].items():
        current = getattr(survivor, field)
        if field in after_merge and current != after_merge[field]:
            kept.append(field)  # changed since the merge: the newer value wins
            continue
        if field == "do_not_contact" and current and not value:
            kept.append(field)  # an opt-out is never lifted by an undo
            continue
        setattr(survivor, field, value)
    for field, value in snapshot["merged_before"].items():
        setattr(merged, field, value)
    merged.merged_into_id = None
    record.undone_at = _now()
    record.undone_by = actor
    _settle(session, survivor, merged)
    audit.record(
        session,
        actor=actor,
        action="customer.unmerge",
        subject=f"customer:{survivor.id}",
        before={"survivor": before, "merge_id": record.id},
        after={
            "survivor": profile_snapshot(survivor),
            "restored_id": merged.id,
            "kept_since_merge": kept,
        },
    )
    return record


def _settle(session: Session, *customers: Customer) -> None:
    """After identities moved between customers: reload them and recount both histories."""
    session.flush()
    for customer in customers:
        session.expire(customer, ["identities"])
    refresh_customers(session, [c.id for c in customers])


def _now() -> datetime:
    from store.models import utcnow

    return utcnow()


def _live_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise InputError(f"no customer with id {customer_id}")
    if customer.merged_into_id is not None:
        raise InputError(
            f"customer {customer_id} was merged into {customer.merged_into_id}; use that one"
        )
    return customer


def find_customers(session: Session, query: str, *, limit: int = 20) -> list[Customer]:
    """Customers whose name, preferred name, email or any handle contains ``query``."""
    like = f"%{query.casefold()}%"
    ids = select(Identity.customer_id).where(Identity.handle_key.like(like))
    stmt = (
        select(Customer)
        .where(
            Customer.merged_into_id.is_(None),
            Customer.deleted_at.is_(None),
            or_(
                func.lower(Customer.name).like(like),
                func.lower(Customer.preferred_name).like(like),
                func.lower(Customer.email).like(like),
                Customer.id.in_(ids),
            ),
        )
        .order_by(case((Customer.is_known.is_(True), 0), else_=1), Customer.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))
