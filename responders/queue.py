"""The review queue's state machine, shared by the CLI (and later the web UI and API).

pending → approved → sending → sent | failed;  pending → rejected | snoozed (→ pending);
pending | snoozed → expired (``expire_pending``, `queue expire --before TIME`).
Every transition by a person is a conditional update on the current status (so a double
click or two reviewers cannot both win) and an ``AuditEvent`` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session, joinedload

from config.errors import ReviewError
from store import audit
from store.models import Customer, Draft, Identity, Mention, utcnow

REVIEWABLE = ("pending", "snoozed")
# A draft the publisher gave up on (responders/publishing/) can be approved again or rejected.
DECIDABLE = (*REVIEWABLE, "failed")


@dataclass(frozen=True)
class QueueFilter:
    platform: str | None = None
    intent: str | None = None
    label: str | None = None
    assigned_to: str | None = None
    tier: str | None = None


def pending_query(now: datetime, filters: QueueFilter | None = None) -> Any:
    """Drafts waiting for a decision (snoozes that have run out included), best first."""
    f = filters or QueueFilter()
    stmt = (
        select(Draft)
        .join(Mention, Draft.mention_id == Mention.id)
        .where(
            or_(
                Draft.status == "pending",
                and_(Draft.status == "snoozed", Draft.snoozed_until <= now),
            )
        )
        .options(
            joinedload(Draft.mention).joinedload(Mention.identity),
            joinedload(Draft.customer),
        )
        .order_by(Draft.priority.desc(), Draft.id.desc())
    )
    return _filtered(stmt, f)


def _filtered(stmt: Any, f: QueueFilter) -> Any:
    """Apply the queue filters to a statement that already joins Mention when it needs to."""
    if f.platform:
        stmt = stmt.where(Mention.platform == f.platform)
    if f.intent:
        stmt = stmt.where(Mention.intent == f.intent)
    if f.label:
        stmt = stmt.where(Mention.label == f.label)
    if f.assigned_to:
        stmt = stmt.where(Draft.assigned_to == f.assigned_to)
    if f.tier:
        stmt = stmt.join(Customer, Draft.customer_id == Customer.id).where(Customer.tier == f.tier)
    return stmt


def list_pending(
    session: Session,
    *,
    now: datetime | None = None,
    filters: QueueFilter | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Sequence[Draft]:
    """One page of the queue."""
    stmt = pending_query(now or utcnow(), filters).limit(limit).offset(offset)
    return session.scalars(stmt).unique().all()


@dataclass(frozen=True)
class Page:
    """One keyset page of the queue; ``next_key`` is the ``after`` of the next page or None."""

    drafts: list[Draft]
    next_key: tuple[int, int] | None


def page_pending(
    session: Session,
    *,
    now: datetime | None = None,
    filters: QueueFilter | None = None,
    after: tuple[int, int] | None = None,
    limit: int = 50,
) -> Page:
    """One page of the queue after the key ``(priority, id)`` of the previous page's last row.

    A conversation has at most one pending draft, made for its newest message, so this lists
    conversations: highest priority first, newest message (newest draft) first within one.
    Keyset paging on (priority DESC, id DESC) reads the ``ix_drafts_queue`` index in order, so
    the thousandth page costs what the first does. Pending drafts and snoozes that have run
    out are read by two ordered queries (one index range each) and merged: an OR of the two
    would make the database sort every pending draft.
    """
    when = now or utcnow()
    f = filters or QueueFilter()
    rows: list[tuple[int, int]] = []
    for status_clause in (
        Draft.status == "pending",
        and_(Draft.status == "snoozed", Draft.snoozed_until <= when),
    ):
        stmt = select(Draft.priority, Draft.id).where(status_clause)
        if f.platform or f.intent or f.label:
            stmt = stmt.join(Mention, Draft.mention_id == Mention.id)
        stmt = _filtered(stmt, f)
        if after is not None:
            priority, last_id = after
            stmt = stmt.where(
                Draft.priority <= priority,
                or_(Draft.priority < priority, Draft.id < last_id),
            )
        stmt = stmt.order_by(Draft.priority.desc(), Draft.id.desc()).limit(limit + 1)
        rows.extend((p, i) for p, i in session.execute(stmt))
    rows.sort(key=lambda row: (-row[0], -row[1]))
    keys = rows[: limit + 1]
    ids = [i for _, i in keys[:limit]]
    loaded = {
        d.id: d
        for d in session.scalars(
            select(Draft)
            .where(Draft.id.in_(ids))
            .options(
                joinedload(Draft.mention).joinedload(Mention.identity),
                joinedload(Draft.customer).selectinload(Customer.identities),
            )
        ).unique()
    }
    drafts = [loaded[i] for i in ids if i in loaded]
    next_key = keys[limit - 1] if len(keys) > limit else None
    return Page(drafts, next_key)


def count_pending(session: Session, *, now: datetime | None = None) -> int:
    """Drafts waiting for a decision (index-only count)."""
    when = now or utcnow()
    pending = session.scalar(
        select(func.count()).select_from(Draft).where(Draft.status == "pending")
    )
    woken = session.scalar(
        select(func.count())
        .select_from(Draft)
        .where(Draft.status == "snoozed", Draft.snoozed_until <= when)
    )
    return int(pending or 0) + int(woken or 0)


def get_draft(session: Session, draft_id: int) -> Draft:
    draft = session.get(
        Draft,
        draft_id,
        options=[
            joinedload(Draft.mention).joinedload(Mention.identity),
            joinedload(Draft.customer),
        ],
    )
    if draft is None:
        raise ReviewError(f"no draft with id {draft_id}")
    return draft


def _transition(
    session: Session,
    draft_id: int,
    *,
    allowed: Sequence[str],
    actor: str,
    action: str,
    values: dict[str, Any],
) -> Draft:
    draft = get_draft(session, draft_id)
    before = {"status": draft.status, "text": draft.text, "assigned_to": draft.assigned_to}
    result = session.execute(
        update(Draft)
        .where(Draft.id == draft_id, Draft.status.in_(allowed))
        .values(updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.refresh(draft)
        raise ReviewError(
            f"draft {draft_id} is {draft.status}; {action} needs it to be {' or '.join(allowed)}"
        )
    session.refresh(draft)
    audit.record(
        session,
        actor=actor,
        action=f"draft.{action}",
        subject=f"draft:{draft_id}",
        before=before,
        after={k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in values.items()},
    )
    return draft


def approve(
    session: Session,
    draft_id: int,
    *,
    actor: str,
    text: str | None = None,
    undo_seconds: int = 0,
) -> Draft:
    """Approve (optionally with edited text); the publisher posts it exactly once later.

    A ``failed`` draft may be approved again: its attempts start over (the publisher first
    checks the platform for an earlier attempt's reply, so this never posts it twice).
    ``undo_seconds`` (``publishing.undo_seconds`` in the web UI) makes the draft due only that
    much later: the publisher claims nothing before ``next_attempt_at``, so ``undo`` can take
    it back until then.
    """
    now = utcnow()
    values: dict[str, Any] = {
        "status": "approved",
        "approved_by": actor,
        "approved_at": now,
        "attempts": 0,
        "next_attempt_at": now + timedelta(seconds=undo_seconds) if undo_seconds > 0 else None,
    }
    if text is not None:
        values.update(text=_checked_text(text), edited_by=actor)
    else:
        current = session.get(Draft, draft_id)
        if current is not None and not (current.text or "").strip():
            raise ReviewError("this draft has no text yet: write the reply, then approve it")
    return _transition(
        session, draft_id, allowed=DECIDABLE, actor=actor, action="approve", values=values
    )


def expire_pending(session: Session, *, before: datetime, actor: str) -> int:
    """Expire every pending (or snoozed) draft created before ``before``: old drafts leave the
    queue without being rejected, and their sentences stop counting for the no-repeat rule.
    One audit event records how many and which. Returns the count."""
    ids = list(
        session.scalars(
            select(Draft.id).where(Draft.status.in_(REVIEWABLE), Draft.created_at < before)
        )
    )
    if not ids:
        return 0
    session.execute(
        update(Draft)
        .where(Draft.id.in_(ids))
        .values(status="expired", updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    audit.record(
        session,
        actor=actor,
        action="draft.expire",
        subject=f"drafts:before:{before.isoformat()}",
        before={"status": "pending"},
        after={"status": "expired", "count": len(ids), "draft_ids": ids[:1000]},
    )
    return len(ids)


def undo_approval(session: Session, draft_id: int, *, actor: str) -> Draft:
    """Take an approval back while the undo window runs: the draft is pending again.

    Only a draft the publisher has not tried (``attempts == 0``) and that is not yet due
    (``next_attempt_at`` in the future) qualifies; otherwise a ``ReviewError`` (409 in the API).
    """
    now = utcnow()
    draft = get_draft(session, draft_id)
    before = {"status": draft.status, "approved_by": draft.approved_by}
    result = session.execute(
        update(Draft)
        .where(
            Draft.id == draft_id,
            Draft.status == "approved",
            Draft.attempts == 0,
            Draft.next_attempt_at > now,
        )
        .values(
            status="pending",
            approved_by=None,
            approved_at=None,
            next_attempt_at=None,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        session.refresh(draft)
        raise ReviewError(
            f"draft {draft_id} can no longer be taken back (it is {draft.status}; "
            "the undo window has passed or the publisher has it)"
        )
    session.refresh(draft)
    audit.record(
        session,
        actor=actor,
        action="draft.undo",
        subject=f"draft:{draft_id}",
        before=before,
        after={"status": "pending"},
    )
    return draft


def reject(session: Session, draft_id: int, *, actor: str, reason: str) -> Draft:
    """Reject with a reason, which is kept for the team's learning."""
    if not reason.strip():
        raise ReviewError("a rejection needs a reason")
    values = {"status": "rejected", "rejected_by": actor, "reject_reason": reason.strip()[:2000]}
    return _transition(
        session, draft_id, allowed=DECIDABLE, actor=actor, action="reject", values=values
    )


def edit(
    session: Session, draft_id: int, *, actor: str, text: str, acronyms: Sequence[str] = ()
) -> Draft:
    """Change a pending draft's text; the hype lint runs again on the new text.

    ``acronyms`` are capitalised words that are not shouting (the brand's name, say).
    """
    from responders.drafting.textrules import lint

    checked = _checked_text(text)
    platform = session.scalar(
        select(Mention.platform)
        .join(Draft, Draft.mention_id == Mention.id)
        .where(Draft.id == draft_id)
    )
    findings = lint(checked, acronyms=acronyms, platform=platform or "")
    values = {"text": checked, "edited_by": actor, "lint": findings}
    return _transition(
        session, draft_id, allowed=REVIEWABLE, actor=actor, action="edit", values=values
    )


def snooze(session: Session, draft_id: int, *, actor: str, until: datetime) -> Draft:
    values = {"status": "snoozed", "snoozed_until": until}
    return _transition(
        session, draft_id, allowed=REVIEWABLE, actor=actor, action="snooze", values=values
    )


def assign(session: Session, draft_id: int, *, actor: str, assignee: str | None) -> Draft:
    values = {"assigned_to": assignee or None}
    return _transition(
        session, draft_id, allowed=REVIEWABLE, actor=actor, action="assign", values=values
    )


def _checked_text(text: str) -> str:
    cleaned = text.replace("\x00", "").strip()
    if not cleaned:
        raise ReviewError("a reply cannot be empty")
    if len(cleaned) > 40_000:
        raise ReviewError("a reply cannot be longer than 40,000 characters")
    return cleaned


def draft_record(draft: Draft) -> dict[str, Any]:
    """The JSON shape of ``queue list --format jsonl`` (and, later, the API)."""
    mention = draft.mention
    identity: Identity | None = mention.identity
    return {
        "draft_id": draft.id,
        "conversation_id": mention.conversation_id,
        "status": draft.status,
        "platform": mention.platform,
        "external_id": mention.external_id,
        "url": mention.url,
        "author": identity.handle if identity else None,
        "customer_id": draft.customer_id,
        "customer_name": draft.customer.display_name if draft.customer else None,
        "mention_text": mention.text,
        "label": mention.label,
        "compound": round(mention.compound, 4),
        "intent": mention.intent,
        "urgency": mention.urgency,
        "urgency_reasons": mention.urgency_reasons,
        "priority": draft.priority,
        "text": draft.text,
        "template_key": draft.template_key,
        "tone": draft.tone,
        "alternatives": draft.alternatives,
        "lint": draft.lint,
        "manager_note": draft.manager_note,
        "assigned_to": draft.assigned_to,
    }
