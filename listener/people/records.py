"""The customer record itself: look it up, search it, snapshot its editable fields.

Shared by the other modules of ``listener.people``: merges, edits and the GDPR export all
start from a live customer and record profile snapshots in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from config.errors import InputError
from store.models import Customer, Identity

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


def live_customer(session: Session, customer_id: int) -> Customer:
    """The customer, or an ``InputError`` for an unknown, erased or merged-away one."""
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


def chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    """``items`` in slices of ``size``, to keep ``IN (...)`` lists within driver limits."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def aware(value: Any) -> datetime | None:
    """A stored timestamp as an aware UTC datetime (SQLite hands back naive ones or text)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value
