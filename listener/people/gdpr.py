"""GDPR rights on one customer: export everything held (access) and erase it (erasure).

``export_customer`` gathers everything held on a person as JSON (GDPR access request).
``erase_customer`` removes the person's data (GDPR erasure) and keeps anonymous counts: the
mentions stay as rows with their platform, time, sentiment and intent but without text,
author, link or post id; the drafts stay with their status but without text; identities,
sentence history and the personal parts of merges and audit events are gone. Profiles merged
into the person are erased with them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from config.errors import InputError
from listener.people.records import PROFILE_FIELDS, chunks, live_customer
from store import audit
from store.models import (
    AuditEvent,
    Customer,
    CustomerMerge,
    Draft,
    Identity,
    Mention,
    SentenceUse,
    utcnow,
)

ERASED_REASON = "customer data erased"


# --- GDPR export ---------------------------------------------------------------------------


def _with_merged(session: Session, customer_id: int) -> list[int]:
    """The customer and every profile merged into it, at any depth."""
    ids = [customer_id]
    frontier = [customer_id]
    while frontier:
        found = list(
            session.scalars(select(Customer.id).where(Customer.merged_into_id.in_(frontier)))
        )
        frontier = [i for i in found if i not in ids]
        ids.extend(frontier)
    return ids


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _row(obj: Any, fields: Iterable[str]) -> dict[str, Any]:
    return {f: _iso(getattr(obj, f)) for f in fields}


_CUSTOMER_FIELDS = (
    "id",
    *PROFILE_FIELDS,
    "stage",
    "interactions",
    "positive_interactions",
    "negative_interactions",
    "first_seen",
    "last_seen",
    "created_at",
    "updated_at",
    "merged_into_id",
)
_IDENTITY_FIELDS = (
    "id",
    "platform",
    "platform_user_id",
    "handle",
    "display_name",
    "followers",
    "verified",
    "is_bot",
    "first_seen",
    "customer_id",
)
_MENTION_FIELDS = (
    "id",
    "platform",
    "external_id",
    "url",
    "kind",
    "text",
    "lang",
    "created_at",
    "collected_at",
    "thread_id",
    "parent_id",
    "community",
    "is_repost",
    "compound",
    "label",
    "intent",
    "is_complaint",
    "urgency",
    "urgency_reasons",
    "manual_label",
    "status",
    "triage_reason",
)
_DRAFT_FIELDS = (
    "id",
    "mention_id",
    "text",
    "alternatives",
    "manager_note",
    "status",
    "assigned_to",
    "approved_by",
    "rejected_by",
    "reject_reason",
    "created_at",
    "approved_at",
    "sent_at",
    "posted_external_id",
)


def export_customer(session: Session, customer_id: int) -> dict[str, Any]:
    """Everything held on one person, as JSON-ready data (profile, merged profiles,
    identities, mentions, drafts and replies, sentences used, merges, audit events)."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise InputError(f"no customer with id {customer_id}")
    ids = _with_merged(session, customer_id)
    customers = list(session.scalars(select(Customer).where(Customer.id.in_(ids))))
    identities = list(
        session.scalars(select(Identity).where(Identity.customer_id.in_(ids)).order_by(Identity.id))
    )
    identity_ids = [i.id for i in identities]
    mentions = list(
        session.scalars(
            select(Mention)
            .where(Mention.identity_id.in_(identity_ids))
            .order_by(Mention.created_at, Mention.id)
        )
    )
    mention_ids = [m.id for m in mentions]
    drafts = list(
        session.scalars(
            select(Draft)
            .where(or_(Draft.customer_id.in_(ids), Draft.mention_id.in_(mention_ids)))
            .order_by(Draft.id)
        )
    )
    uses = list(
        session.scalars(
            select(SentenceUse)
            .where(SentenceUse.customer_id.in_(ids))
            .order_by(SentenceUse.used_at, SentenceUse.id)
        )
    )
    merges = list(
        session.scalars(
            select(CustomerMerge)
            .where(or_(CustomerMerge.survivor_id.in_(ids), CustomerMerge.merged_id.in_(ids)))
            .order_by(CustomerMerge.id)
        )
    )
    subjects = _subjects(ids, [d.id for d in drafts], mention_ids)
    events = []
    for chunk in chunks(subjects, 500):
        events += list(session.scalars(select(AuditEvent).where(AuditEvent.subject.in_(chunk))))
    events.sort(key=lambda e: e.id)
    return {
        "exported_at": utcnow().isoformat(),
        "customer": _row(customer, _CUSTOMER_FIELDS),
        "merged_profiles": [_row(c, _CUSTOMER_FIELDS) for c in customers if c.id != customer_id],
        "identities": [_row(i, _IDENTITY_FIELDS) for i in identities],
        "mentions": [_row(m, _MENTION_FIELDS) for m in mentions],
        "drafts_and_replies": [_row(d, _DRAFT_FIELDS) for d in drafts],
        "sentences_used": [
            {"sentence": u.sentence, "draft_id": u.draft_id, "used_at": _iso(u.used_at)}
            for u in uses
        ],
        "merges": [
            _row(
                m,
                (
                    "id",
                    "survivor_id",
                    "merged_id",
                    "identity_ids",
                    "merged_profile",
                    "actor",
                    "merged_at",
                    "undone_at",
                    "undone_by",
                ),
            )
            for m in merges
        ],
        "audit_events": [
            _row(e, ("id", "actor", "action", "subject", "before", "after", "at")) for e in events
        ],
    }


def _subjects(
    customer_ids: Sequence[int], draft_ids: Sequence[int], mention_ids: Sequence[int]
) -> list[str]:
    return (
        [f"customer:{i}" for i in customer_ids]
        + [f"draft:{i}" for i in draft_ids]
        + [f"mention:{i}" for i in mention_ids]
    )


# --- GDPR erasure --------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureReport:
    customers: int
    identities: int
    mentions: int
    drafts: int
    drafts_cancelled: int
    audit_events: int

    def summary(self) -> str:
        return (
            f"erased {self.customers} profile(s), {self.identities} account(s), "
            f"{self.mentions} mention(s), {self.drafts} draft(s) "
            f"({self.drafts_cancelled} not yet sent were cancelled)"
        )


def erased_id(platform: str, external_id: str) -> str:
    """The id an erased mention keeps: a one-way hash, so ingest can still recognise it."""
    digest = hashlib.sha256(f"{platform}:{external_id}".encode()).hexdigest()[:40]
    return f"erased-{digest}"


def erase_customer(session: Session, customer_id: int, *, actor: str) -> ErasureReport:
    """Remove a person's data and keep anonymous counts (see the module docstring).

    Drafts not yet posted (pending, snoozed, approved) are cancelled as ``rejected`` with
    the reason "customer data erased"; a draft being sent right now keeps its status for the
    publisher to settle. The erasure itself is audited with counts only.
    """
    live_customer(session, customer_id)
    ids = _with_merged(session, customer_id)
    now = utcnow()
    identity_ids = list(session.scalars(select(Identity.id).where(Identity.customer_id.in_(ids))))
    mentions = list(
        session.execute(
            select(Mention.id, Mention.platform, Mention.external_id).where(
                Mention.identity_id.in_(identity_ids)
            )
        )
    )
    mention_ids = [m.id for m in mentions]
    draft_ids = list(
        session.scalars(
            select(Draft.id).where(
                or_(Draft.customer_id.in_(ids), Draft.mention_id.in_(mention_ids))
            )
        )
    )
    cancelled = 0
    for chunk in chunks(draft_ids, 500):
        cancelled += session.execute(
            update(Draft)
            .where(Draft.id.in_(chunk), Draft.status.in_(("pending", "snoozed", "approved")))
            .values(status="rejected", rejected_by=actor, reject_reason=ERASED_REASON)
            .execution_options(synchronize_session=False)
        ).rowcount
        session.execute(
            update(Draft)
            .where(Draft.id.in_(chunk))
            .values(
                text="",
                alternatives=[],
                lint=[],
                manager_note=None,
                customer_id=None,
                last_error=None,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        session.execute(
            update(Draft)
            .where(Draft.id.in_(chunk), Draft.reject_reason != ERASED_REASON)
            .values(reject_reason=None)
            .execution_options(synchronize_session=False)
        )
    for mention_id, platform, external_id in mentions:
        session.execute(
            update(Mention)
            .where(Mention.id == mention_id)
            .values(
                external_id=erased_id(platform, external_id),
                url=None,
                identity_id=None,
                text="",
                text_normalized="",
                text_truncated=False,
                thread_id=None,
                parent_id=None,
                context=None,
                repost_of_author=None,
            )
            .execution_options(synchronize_session=False)
        )
    session.execute(SentenceUse.__table__.delete().where(SentenceUse.customer_id.in_(ids)))
    merges = session.scalars(
        select(CustomerMerge).where(
            or_(CustomerMerge.survivor_id.in_(ids), CustomerMerge.merged_id.in_(ids))
        )
    )
    for merge in merges:
        merge.identity_ids = []
        merge.draft_ids = []
        merge.merged_profile = {"erased": True}
        if merge.undone_at is None:
            merge.undone_at, merge.undone_by = now, f"{actor} (erasure)"
    scrubbed = 0
    for chunk in chunks(_subjects(ids, draft_ids, mention_ids), 500):
        scrubbed += session.execute(
            update(AuditEvent)
            .where(AuditEvent.subject.in_(chunk))
            .values(before={"erased": True}, after={"erased": True})
            .execution_options(synchronize_session=False)
        ).rowcount
    session.execute(Identity.__table__.delete().where(Identity.id.in_(identity_ids)))
    for customer in session.scalars(select(Customer).where(Customer.id.in_(ids))):
        customer.name = customer.preferred_name = customer.email = customer.crm_key = None
        customer.likes, customer.dislikes, customer.tags = [], [], []
        customer.notes = ""
        customer.tier = None
        customer.do_not_contact = True
        customer.is_known = False
        customer.deleted_at = now
    session.flush()
    report = ErasureReport(
        customers=len(ids),
        identities=len(identity_ids),
        mentions=len(mention_ids),
        drafts=len(draft_ids),
        drafts_cancelled=cancelled,
        audit_events=scrubbed,
    )
    audit.record(
        session,
        actor=actor,
        action="customer.delete",
        subject=f"customer:{customer_id}",
        after=asdict(report),
    )
    session.expire_all()
    return report
