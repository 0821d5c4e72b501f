"""What a drafting pass remembers per customer: recent sentences and earlier good and bad.

The no-repeat rule needs the sentences (and template lines) each customer was sent within
``drafting.repeat_window_days``; the gesture note needs when their first bad mention and
their third positive one were. Both are loaded with one grouped query per chunk of new
customers, once per pass, and kept current as the pass drafts.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from responders.drafting.notes import Earlier
from store.models import Draft, Identity, Mention, SentenceUse


def _bad_clause() -> Any:
    return or_(Mention.label == "negative", Mention.is_complaint.is_(True))


def earlier_facts(
    session: Session, customer_ids: set[int]
) -> tuple[dict[int, datetime], dict[int, datetime]]:
    """Per customer: when their first bad mention was, and when their third positive one was."""
    if not customer_ids:
        return {}, {}
    usable = and_(
        Identity.customer_id.in_(customer_ids),
        Mention.is_spam.is_(False),
        Mention.is_relevant.is_(True),
    )
    first_bad = dict(
        session.execute(
            select(Identity.customer_id, func.min(Mention.created_at))
            .join(Mention, Mention.identity_id == Identity.id)
            .where(usable, _bad_clause())
            .group_by(Identity.customer_id)
        ).all()
    )
    ranked = (
        select(
            Identity.customer_id.label("customer_id"),
            Mention.created_at.label("created_at"),
            func.row_number()
            .over(partition_by=Identity.customer_id, order_by=(Mention.created_at, Mention.id))
            .label("rank"),
        )
        .join(Mention, Mention.identity_id == Identity.id)
        .where(usable, Mention.label == "positive")
        .subquery()
    )
    third = dict(
        session.execute(
            select(ranked.c.customer_id, ranked.c.created_at).where(ranked.c.rank == 3)
        ).all()
    )
    return first_bad, third


def mention_times(session: Session, customer_ids: set[int]) -> dict[int, list[datetime]]:
    """Per customer: when each of their usable mentions was made, oldest first (for the
    familiarity threshold: how many came before the one being answered)."""
    times: dict[int, list[datetime]] = {cid: [] for cid in customer_ids}
    if not customer_ids:
        return times
    rows = session.execute(
        select(Identity.customer_id, Mention.created_at)
        .join(Mention, Mention.identity_id == Identity.id)
        .where(
            Identity.customer_id.in_(customer_ids),
            Mention.is_spam.is_(False),
            Mention.is_relevant.is_(True),
        )
        .order_by(Mention.created_at)
    ).all()
    for customer_id, created_at in rows:
        times[customer_id].append(created_at)
    return times


# Drafts whose sentences the person has read or will read: the no-repeat rule counts these
# (and sentences recorded without a draft, by ``remember_sentences``), never a rejected,
# expired or merely pending draft.
COUNTED_STATUSES = ("approved", "sending", "sent", "failed")


def recent_uses(
    session: Session, customer_ids: set[int], since: datetime
) -> dict[int, dict[str, datetime]]:
    """Per customer: each sentence (or template-line) key approved or sent since ``since``,
    and when last."""
    used: dict[int, dict[str, datetime]] = {cid: {} for cid in customer_ids}
    if not customer_ids:
        return used
    counted = or_(SentenceUse.draft_id.is_(None), Draft.status.in_(COUNTED_STATUSES))
    rows = session.execute(
        select(SentenceUse.customer_id, SentenceUse.sentence_key, func.max(SentenceUse.used_at))
        .outerjoin(Draft, Draft.id == SentenceUse.draft_id)
        .where(SentenceUse.customer_id.in_(customer_ids), SentenceUse.used_at >= since, counted)
        .group_by(SentenceUse.customer_id, SentenceUse.sentence_key)
    ).all()
    for customer_id, key, used_at in rows:
        used[customer_id][key] = used_at
    return used


@dataclass
class CustomerMemory:
    """Per-customer lookups for one drafting pass, loaded once per customer, not per chunk.

    ``used``: sentence and template-line keys drafted within the repeat window (``since``;
    None turns the rule off), kept current as this pass drafts. ``first_bad`` and
    ``third_positive``: when the customer's first bad and third good mention were; stored
    mentions do not change during a pass, so these stay true.
    """

    since: datetime | None
    used: dict[int, dict[str, datetime]] = field(default_factory=dict)
    first_bad: dict[int, datetime] = field(default_factory=dict)
    third_positive: dict[int, datetime] = field(default_factory=dict)
    times: dict[int, list[datetime]] = field(default_factory=dict)
    loaded: set[int] = field(default_factory=set)
    max_customers: int = 50_000

    def load(self, session: Session, customer_ids: set[int]) -> None:
        missing = customer_ids - self.loaded
        if not missing:
            return
        if len(self.loaded) + len(missing) > self.max_customers:
            self.used, self.first_bad, self.third_positive, self.times = {}, {}, {}, {}
            self.loaded = set()
            missing = set(customer_ids)
        if self.since is not None:
            self.used.update(recent_uses(session, missing, self.since))
        first_bad, third = earlier_facts(session, missing)
        self.first_bad.update(first_bad)
        self.third_positive.update(third)
        self.times.update(mention_times(session, missing))
        self.loaded |= missing

    def used_by(self, customer_id: int | None) -> dict[str, datetime]:
        if customer_id is None or self.since is None:
            return {}
        return self.used.setdefault(customer_id, {})

    def facts(self, customer_id: int | None) -> tuple[datetime | None, datetime | None]:
        if customer_id is None:
            return None, None
        return self.first_bad.get(customer_id), self.third_positive.get(customer_id)

    def earlier(self, customer_id: int | None, before: datetime) -> Earlier:
        """What this customer's mentions before ``before`` say, for the gesture note."""
        bad_at, third_at = self.facts(customer_id)
        times = self.times.get(customer_id, []) if customer_id is not None else []
        return Earlier(
            had_bad=bad_at is not None and bad_at < before,
            positives=3 if third_at is not None and third_at < before else 0,
            count=bisect_left(times, before),
        )
