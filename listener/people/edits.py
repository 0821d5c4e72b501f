"""Edit a customer's profile: validate each field, record before and after in the audit log."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from config.errors import InputError
from listener.people.records import PROFILE_FIELDS, live_customer, profile_snapshot
from listener.people.stage import refresh_customers
from store import audit
from store.models import Customer, utcnow

EDITABLE = (
    "name",
    "preferred_name",
    "email",
    "likes",
    "dislikes",
    "notes",
    "tags",
    "tier",
    "do_not_contact",
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIMITS = {"name": 200, "preferred_name": 100, "email": 320, "tier": 40, "notes": 5000}


def _clean_list(value: Any, field: str) -> list[str]:
    items = re.split(r"[;\n]", value) if isinstance(value, str) else list(value or [])
    cleaned = [str(item).replace("\x00", "").strip()[:200] for item in items]
    out = list(dict.fromkeys(item for item in cleaned if item))
    if len(out) > 100:
        raise InputError(f"{field}: at most 100 entries")
    return out


def _clean_value(field: str, value: Any) -> Any:
    if field in ("likes", "dislikes", "tags"):
        return _clean_list(value, field)
    if field == "do_not_contact":
        return bool(value)
    text = "" if value is None else str(value).replace("\x00", "").strip()
    if len(text) > _LIMITS[field]:
        raise InputError(f"{field}: at most {_LIMITS[field]} characters")
    if field == "notes":
        return text
    if field == "email":
        text = text.lower()
        if text and not _EMAIL.match(text):
            raise InputError(f"email {text!r} is not an e-mail address")
    if field == "tier":
        text = text.lower()
    return text or None


def update_profile(
    session: Session, customer_id: int, *, actor: str, changes: Mapping[str, Any]
) -> Customer:
    """Apply ``changes`` (a subset of ``EDITABLE``) to a live customer; audited when it changed.

    Lists accept a list or a ``;``-separated string; empty strings clear a field. A changed
    tier recounts the relationship stage (a CRM customer with a tier is at least
    ``transaction``).
    """
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InputError(f"cannot edit {', '.join(unknown)}; editable: {', '.join(EDITABLE)}")
    customer = live_customer(session, customer_id)
    before = profile_snapshot(customer)
    for field, value in changes.items():
        setattr(customer, field, _clean_value(field, value))
    after = profile_snapshot(customer)
    if after != before:
        customer.updated_at = utcnow()
        session.flush()
        if before["tier"] != after["tier"]:
            refresh_customers(session, [customer.id])
        changed = [f for f in PROFILE_FIELDS if before[f] != after[f]]
        audit.record(
            session,
            actor=actor,
            action="customer.update",
            subject=f"customer:{customer.id}",
            before={f: before[f] for f in changed},
            after={f: after[f] for f in changed},
        )
    return customer
