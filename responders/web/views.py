"""What the pages and the API show, gathered once for both: the queue page, one draft with
its customer, one customer with their history. Plain reads; the changes live in
``responders/queue.py``, ``listener/people/`` (edits, merging, gdpr) and
``listener/scoring/labels.py``."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from config.settings import Settings
from listener.scoring.labels import INTENTS, LABELS
from responders import queue
from responders.drafting.textrules import length_on, lint, max_length
from responders.review import undo_until
from responders.web.bounds import MAX_ID
from responders.web.deps import NotFound, Principal
from store.models import Customer, CustomerMerge, Draft, Identity, Mention, User

PLATFORMS = ("twitter", "reddit", "bluesky", "mastodon", "hackernews", "rss")
PLATFORM_NAMES = {
    "twitter": "X",
    "reddit": "Reddit",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "hackernews": "Hacker News",
    "rss": "RSS",
}
PUBLISHING = ("approved", "sending", "sent", "failed")


# --- queue ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueParams:
    """Filters and position of a queue page, as given in the query string."""

    platform: str | None = None
    intent: str | None = None
    sentiment: str | None = None
    tier: str | None = None
    mine: bool = False
    after: tuple[int, int] | None = None

    @classmethod
    def parse(cls, query: dict[str, str]) -> QueueParams:
        """Lenient: an unknown value is ignored, so an old bookmark still opens."""

        def pick(name: str, allowed: tuple[str, ...] | None = None) -> str | None:
            value = (query.get(name) or "").strip()
            if not value or len(value) > 40:
                return None
            return value if allowed is None or value in allowed else None

        return cls(
            platform=pick("platform", PLATFORMS),
            intent=pick("intent", INTENTS),
            sentiment=pick("sentiment", LABELS),
            tier=pick("tier"),
            mine=query.get("mine") in ("1", "true", "on", "yes"),
            after=parse_key(query.get("after")),
        )

    def filters(self, principal: Principal) -> queue.QueueFilter:
        return queue.QueueFilter(
            platform=self.platform,
            intent=self.intent,
            label=self.sentiment,
            assigned_to=principal.username if self.mine else None,
            tier=self.tier,
        )

    def query(self, **changes: Any) -> dict[str, str]:
        """The query string of these filters (without ``after`` unless given)."""
        values = {
            "platform": self.platform,
            "intent": self.intent,
            "sentiment": self.sentiment,
            "tier": self.tier,
            "mine": "1" if self.mine else None,
        }
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v}

    @property
    def filtered(self) -> bool:
        return any((self.platform, self.intent, self.sentiment, self.tier, self.mine))


def parse_key(value: str | None) -> tuple[int, int] | None:
    """``"PRIORITY.ID"`` → (priority, id); anything else → None (the first page)."""
    if not value or len(value) > 40:
        return None
    priority, _, draft_id = value.partition(".")
    try:
        key = int(priority), int(draft_id)
    except ValueError:
        return None
    # Out of the database's integer range is no page of ours: the first page, not a 500.
    return key if abs(key[0]) <= MAX_ID and 1 <= key[1] <= MAX_ID else None


def format_key(key: tuple[int, int] | None) -> str | None:
    return f"{key[0]}.{key[1]}" if key else None


@dataclass
class QueuePage:
    drafts: list[Draft]
    next_after: str | None
    total: int
    params: QueueParams


def queue_page(
    session: Session, principal: Principal, params: QueueParams, *, size: int, now: datetime
) -> QueuePage:
    page = queue.page_pending(
        session, now=now, filters=params.filters(principal), after=params.after, limit=size
    )
    total = queue.count_pending(session, now=now)
    return QueuePage(page.drafts, format_key(page.next_key), total, params)


def known_tiers(session: Session, cache: dict[str, Any]) -> list[str]:
    """Customer tiers in use, for the filter; kept in ``cache`` (the app's) for five minutes."""
    cached = cache.get("tiers")
    if cached and time.monotonic() - cached[0] < 300:
        return list(cached[1])
    tiers = sorted(
        session.scalars(select(Customer.tier).where(Customer.tier.is_not(None)).distinct())
    )
    cache["tiers"] = (time.monotonic(), tiers)
    return tiers


# --- one draft -----------------------------------------------------------------------------


@dataclass
class Alternative:
    index: int
    text: str
    tone: str
    template_key: str
    lint: list[str]
    length: int


@dataclass
class DraftView:
    draft: Draft
    mention: Mention
    identity: Identity | None
    customer: Customer | None
    length: int
    max_length: int
    alternatives: list[Alternative]
    teammates: list[str]
    history: list[HistoryRow] = field(default_factory=list)
    merges: list[CustomerMerge] = field(default_factory=list)

    @property
    def platform_name(self) -> str:
        return PLATFORM_NAMES.get(self.mention.platform, self.mention.platform)

    @property
    def reviewable(self) -> bool:
        """Pending or snoozed: the text can still be edited."""
        return self.draft.status in queue.REVIEWABLE

    @property
    def decidable(self) -> bool:
        """Can be approved or rejected (also a draft the publisher gave up on)."""
        return self.draft.status in getattr(queue, "DECIDABLE", queue.REVIEWABLE)


def draft_view(session: Session, draft_id: int, *, settings: Settings) -> DraftView:
    try:
        draft = queue.get_draft(session, draft_id)
    except Exception as exc:  # ReviewError for an unknown id
        raise NotFound(f"no draft with id {draft_id}") from exc
    mention = draft.mention
    platform = mention.platform
    alternatives = [
        Alternative(
            index=n,
            text=str(alt.get("text", "")),
            tone=str(alt.get("tone", "")),
            template_key=str(alt.get("template_key", "")),
            lint=list(alt.get("lint") or []),
            length=length_on(platform, str(alt.get("text", ""))),
        )
        for n, alt in enumerate(draft.alternatives or [])
        if isinstance(alt, dict) and alt.get("text")
    ]
    customer = draft.customer
    view = DraftView(
        draft=draft,
        mention=mention,
        identity=mention.identity,
        customer=customer,
        length=length_on(platform, draft.text),
        max_length=max_length(platform, settings.drafting),
        alternatives=alternatives,
        teammates=teammates(session),
    )
    if customer is not None:
        view.history = history(session, customer.id)
    return view


def teammates(session: Session) -> list[str]:
    """People a draft can be assigned to: enabled reviewers and admins."""
    return list(
        session.scalars(
            select(User.username)
            .where(User.disabled.is_(False), User.role.in_(("reviewer", "admin")))
            .order_by(User.username)
        )
    )


def check_text(platform: str, text: str, *, settings: Settings) -> dict[str, Any]:
    """The live count and the hype lint for a reply being written."""
    limit = max_length(platform, settings.drafting)
    length = length_on(platform, text)
    return {
        "platform": platform,
        "length": length,
        "max_length": limit,
        "over": length > limit,
        "lint": lint(text, acronyms=brand_acronyms(settings), platform=platform),
    }


def brand_acronyms(settings: Settings) -> list[str]:
    """Capitalised words that are names, not shouting: the brand's name and handles."""
    words = settings.brand.name.split()
    for handles in settings.brand.handles.values():
        words.extend(handles)
    return words


# --- one customer --------------------------------------------------------------------------


@dataclass
class HistoryRow:
    mention: Mention
    draft: Draft | None


def history(session: Session, customer_id: int, *, limit: int = 50) -> list[HistoryRow]:
    """The person's latest mentions (all their accounts) with our reply to each, newest first."""
    rows = session.execute(
        select(Mention, Draft)
        .join(Identity, Mention.identity_id == Identity.id)
        .outerjoin(Draft, Draft.mention_id == Mention.id)
        .where(Identity.customer_id == customer_id)
        .order_by(Mention.created_at.desc(), Mention.id.desc())
        .limit(limit)
    ).all()
    return [HistoryRow(mention, draft) for mention, draft in rows]


@dataclass
class CustomerView:
    customer: Customer
    identities: list[Identity]
    history: list[HistoryRow]
    merges: list[CustomerMerge]
    merged_into: Customer | None


def customer_view(session: Session, customer_id: int) -> CustomerView:
    customer = session.get(Customer, customer_id, options=[selectinload(Customer.identities)])
    if customer is None or customer.deleted_at is not None:
        raise NotFound(f"no customer with id {customer_id}")
    merges = list(
        session.scalars(
            select(CustomerMerge)
            .where(
                (CustomerMerge.survivor_id == customer_id)
                | (CustomerMerge.merged_id == customer_id)
            )
            .order_by(CustomerMerge.id.desc())
        )
    )
    merged_into = (
        session.get(Customer, customer.merged_into_id) if customer.merged_into_id else None
    )
    return CustomerView(
        customer=customer,
        identities=sorted(customer.identities, key=lambda i: (i.platform, i.handle_key)),
        history=history(session, customer_id),
        merges=merges,
        merged_into=merged_into,
    )


def recent_customers(session: Session, *, limit: int = 50) -> list[Customer]:
    """Live customers seen most recently, for the customers page without a search."""
    return list(
        session.scalars(
            select(Customer)
            .where(Customer.merged_into_id.is_(None), Customer.deleted_at.is_(None))
            .options(selectinload(Customer.identities))
            .order_by(Customer.last_seen.desc().nulls_last(), Customer.id.desc())
            .limit(limit)
        )
    )


# --- JSON shapes of the API ----------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def draft_json(draft: Draft, *, settings: Settings | None = None) -> dict[str, Any]:
    """``queue.draft_record`` plus the review and publishing fields."""
    record = queue.draft_record(draft)
    record.update(
        mention_id=draft.mention_id,
        sentiment=record.get("label"),
        snoozed_until=_iso(draft.snoozed_until),
        edited_by=draft.edited_by,
        approved_by=draft.approved_by,
        approved_at=_iso(draft.approved_at),
        rejected_by=draft.rejected_by,
        reject_reason=draft.reject_reason,
        sent_at=_iso(draft.sent_at),
        posted_external_id=draft.posted_external_id,
        last_error=draft.last_error,
        created_at=_iso(draft.created_at),
        mention_created_at=_iso(draft.mention.created_at),
        undo_until=_iso(undo_until(draft)),
    )
    if settings is not None:
        record.update(
            length=length_on(draft.mention.platform, draft.text),
            max_length=max_length(draft.mention.platform, settings.drafting),
        )
    return record


def customer_json(customer: Customer) -> dict[str, Any]:
    return {
        "id": customer.id,
        "display_name": customer.display_name,
        "name": customer.name,
        "preferred_name": customer.preferred_name,
        "email": customer.email,
        "tier": customer.tier,
        "stage": customer.stage,
        "likes": customer.likes,
        "dislikes": customer.dislikes,
        "tags": customer.tags,
        "notes": customer.notes,
        "do_not_contact": customer.do_not_contact,
        "is_known": customer.is_known,
        "interactions": customer.interactions,
        "first_seen": _iso(customer.first_seen),
        "last_seen": _iso(customer.last_seen),
        "merged_into": customer.merged_into_id,
        "identities": [
            {
                "id": i.id,
                "platform": i.platform,
                "handle": i.handle,
                "display_name": i.display_name,
                "platform_user_id": i.platform_user_id,
                "followers": i.followers,
            }
            for i in customer.identities
        ],
    }


def history_json(rows: list[HistoryRow]) -> list[dict[str, Any]]:
    return [
        {
            "mention_id": row.mention.id,
            "platform": row.mention.platform,
            "url": row.mention.url,
            "text": row.mention.text,
            "created_at": _iso(row.mention.created_at),
            "sentiment": row.mention.label,
            "intent": row.mention.intent,
            "draft": None
            if row.draft is None
            else {
                "id": row.draft.id,
                "status": row.draft.status,
                "text": row.draft.text,
                "sent_at": _iso(row.draft.sent_at),
                "posted_external_id": row.draft.posted_external_id,
            },
        }
        for row in rows
    ]


def load_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id, options=[joinedload(Customer.identities)])
    if customer is None or customer.deleted_at is not None:
        raise NotFound(f"no customer with id {customer_id}")
    return customer
