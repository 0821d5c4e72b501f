"""Merge two customer profiles and undo it: explicit, audited and reversible.

Nothing is merged on a guess; a person on the team asks for it. The merged profile is kept
(``merged_into_id``) with a snapshot of both profiles, so ``unmerge`` can restore them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from config.errors import InputError
from listener.people.records import live_customer, profile_snapshot
from listener.people.stage import refresh_customers
from store import audit
from store.models import Customer, CustomerMerge, Draft, Identity


def merge(session: Session, survivor_id: int, merged_id: int, *, actor: str) -> CustomerMerge:
    """Move every identity and draft of ``merged_id`` onto ``survivor_id``; reversible.

    Profile fields the survivor lacks are filled from the merged profile; likes, dislikes
    and tags are united; do-not-contact wins if either says so. The merged profile is kept
    (marked ``merged_into_id``) so ``unmerge`` can restore both exactly.
    """
    if survivor_id == merged_id:
        raise InputError("cannot merge a customer into itself")
    survivor = live_customer(session, survivor_id)
    merged = live_customer(session, merged_id)
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
