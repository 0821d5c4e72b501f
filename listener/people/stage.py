"""Relationship stage and profile counters, derived from the stored history.

Relationship stage (also in docs/architecture.md):
- ``relationship``: at least 8 interactions over at least 21 days, positive ones more than
  twice the negative ones;
- ``connection``: at least 4 interactions over at least 7 days, positive at least negative;
- ``transaction``: at least 2 interactions, or a known customer from the CRM with a tier;
- ``new``: everyone else.
An interaction is a stored, relevant, non-spam mention by any of the person's identities.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from listener.people.records import aware, chunks
from store.models import Customer, Identity, Mention

STAGES = ("new", "transaction", "connection", "relationship")


def stage_for(*, interactions: int, positive: int, negative: int, tenure_days: float) -> str:
    """The relationship stage for a history; see the module docstring for the rule."""
    if interactions >= 8 and tenure_days >= 21 and positive > 2 * negative:
        return "relationship"
    if interactions >= 4 and tenure_days >= 7 and positive >= negative:
        return "connection"
    if interactions >= 2:
        return "transaction"
    return "new"


def refresh_customers(session: Session, customer_ids: Iterable[int]) -> None:
    """Recompute history counters, first/last seen and stage from stored mentions.

    One aggregate query per 500 customers; called by the pipeline for the customers a batch
    touched, and after merges, unmerges and manual relabels.
    """
    ids = sorted(set(customer_ids))
    for chunk in chunks(ids, 500):
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
            first = aware(first)
            last = aware(last)
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
