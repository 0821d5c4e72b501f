"""Conversations: a person's mentions grouped, so the team answers a conversation once.

A mention joins a conversation of the same person (customer) on the same platform:

* a reply in a thread (a reply chain, a comment under a Reddit submission): the
  conversation that already holds a mention of theirs from that thread (its root included);
* a post outside threads: their latest conversation on that platform that is not resolved
  and had a message within ``conversations.window_hours`` (default 72) before;
* else a new conversation starts. A mention with no known author is a conversation alone.

States: open (they wrote last) → waiting (we replied after their last message) → resolved
(no follow-up for ``conversations.resolve_after_days`` after our reply, or by hand). A new
message reopens a waiting or resolved conversation it joins.

At most one pending draft per conversation: when a new message is drafted, the pending (or
snoozed) draft of an earlier one is superseded (status ``superseded``, kept, audited) and the
new draft sees the whole conversation (``earlier_messages``). The drafting job calls
``group``, ``earlier_messages`` and ``supersede_pending``; ``refresh_states`` runs once per pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session, joinedload

from config.settings import Settings
from store import audit
from store.models import Conversation, Draft, Identity, Mention, utcnow

OPEN_DRAFT = ("pending", "snoozed")
# What counts as "our side" of a conversation: replies approved or on their way or posted.
OUR_REPLIES = ("approved", "sending", "sent")
MAX_CONTEXT_MESSAGES = 20


def _is_reply(mention: Mention) -> bool:
    if mention.parent_id:
        return True
    return bool(mention.thread_id) and mention.thread_id != mention.external_id


def _thread_key(mention: Mention) -> str:
    return mention.thread_id or mention.parent_id or mention.external_id


def group(session: Session, mention: Mention, *, settings: Settings) -> Conversation:
    """Put ``mention`` in its conversation (found or new) and return it; flushes."""
    if mention.conversation_id is not None:
        found = session.get(Conversation, mention.conversation_id)
        if found is not None:
            return found
    identity = mention.identity
    customer_id = identity.customer_id if identity is not None else None
    conversation = None
    if customer_id is not None:
        if _is_reply(mention):
            conversation = _same_thread(session, mention, customer_id)
        else:
            conversation = _recent(session, mention, customer_id, settings=settings)
    if conversation is None:
        conversation = Conversation(
            customer_id=customer_id,
            platform=mention.platform,
            root_key=f"thread:{_thread_key(mention)}"[:200],
            state="open",
            opened_at=mention.created_at,
            last_message_at=mention.created_at,
        )
        session.add(conversation)
        session.flush()
    elif mention.created_at >= conversation.last_message_at:
        conversation.last_message_at = mention.created_at
        conversation.state = "open"
        conversation.resolved_at = None
        conversation.resolved_by = None
    mention.conversation_id = conversation.id
    return conversation


def _same_thread(session: Session, mention: Mention, customer_id: int) -> Conversation | None:
    key = _thread_key(mention)
    conversation_id = session.scalar(
        select(Mention.conversation_id)
        .join(Identity, Mention.identity_id == Identity.id)
        .where(
            Identity.customer_id == customer_id,
            Mention.platform == mention.platform,
            Mention.conversation_id.is_not(None),
            Mention.id != mention.id,
            or_(Mention.thread_id == key, Mention.external_id == key),
        )
        .order_by(Mention.created_at.desc())
        .limit(1)
    )
    return session.get(Conversation, conversation_id) if conversation_id else None


def _recent(
    session: Session, mention: Mention, customer_id: int, *, settings: Settings
) -> Conversation | None:
    since = mention.created_at - timedelta(hours=settings.conversations.window_hours)
    return session.scalar(
        select(Conversation)
        .where(
            Conversation.customer_id == customer_id,
            Conversation.platform == mention.platform,
            Conversation.state != "resolved",
            Conversation.last_message_at >= since,
            Conversation.opened_at <= mention.created_at,
        )
        .order_by(Conversation.last_message_at.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class Handover:
    """What a superseded draft passes on to the new one: its assignee and its priority."""

    superseded: list[int]
    assigned_to: str | None = None
    priority: int = 0


def supersede_pending(
    session: Session, mention: Mention, *, actor: str = "drafting", now: datetime | None = None
) -> Handover:
    """Supersede the conversation's open drafts for other mentions, before ``mention`` gets one.

    Conditional updates (a reviewer who approves at the same moment wins; the draft is then
    not superseded) and one audit event per draft, in the caller's transaction.
    """
    if mention.conversation_id is None:
        return Handover([])
    when = now or utcnow()
    rows = session.execute(
        select(Draft.id, Draft.status, Draft.assigned_to, Draft.priority)
        .join(Mention, Draft.mention_id == Mention.id)
        .where(
            Mention.conversation_id == mention.conversation_id,
            Draft.mention_id != mention.id,
            Draft.status.in_(OPEN_DRAFT),
        )
        .order_by(Draft.id)
    ).all()
    done: list[int] = []
    assignee, top = None, 0
    for draft_id, status, assigned_to, priority in rows:
        result = session.execute(
            update(Draft)
            .where(Draft.id == draft_id, Draft.status == status)
            .values(status="superseded", updated_at=when)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            continue
        done.append(draft_id)
        assignee = assigned_to or assignee
        top = max(top, priority)
        audit.record(
            session,
            actor=actor,
            action="draft.supersede",
            subject=f"draft:{draft_id}",
            before={"status": status},
            after={"status": "superseded", "by_mention": mention.id},
        )
    if done:
        for draft in session.scalars(select(Draft).where(Draft.id.in_(done))):
            session.refresh(draft)
    return Handover(done, assignee, top)


@dataclass(frozen=True)
class Message:
    """One message of a conversation: theirs (a mention) or ours (an approved or sent reply)."""

    side: str
    text: str
    at: datetime
    mention: Mention | None = None
    draft: Draft | None = None

    def as_context(self) -> dict[str, Any]:
        return {"side": self.side, "text": self.text, "at": self.at.isoformat()}


def messages(session: Session, conversation_id: int, *, limit: int = 200) -> list[Message]:
    """The conversation, oldest first: every mention, and our replies that were approved,
    are being posted or were posted (placed at the time they were sent or approved)."""
    mentions = list(
        session.scalars(
            select(Mention)
            .where(Mention.conversation_id == conversation_id)
            .options(joinedload(Mention.identity))
            .order_by(Mention.created_at.desc(), Mention.id.desc())
            .limit(limit)
        )
    )
    thread = [Message("them", m.text, m.created_at, mention=m) for m in mentions]
    ids = [m.id for m in mentions]
    if ids:
        for draft in session.scalars(
            select(Draft).where(Draft.mention_id.in_(ids), Draft.status.in_(OUR_REPLIES))
        ):
            at = draft.sent_at or draft.approved_at or draft.updated_at
            thread.append(Message("us", draft.text, at, draft=draft))
    thread.sort(key=lambda m: (m.at, 0 if m.side == "them" else 1))
    return thread


def earlier_messages(session: Session, mention: Mention) -> list[dict[str, Any]]:
    """The messages before ``mention`` in its conversation, for the drafting context."""
    if mention.conversation_id is None:
        return []
    before = [
        m
        for m in messages(session, mention.conversation_id)
        if (m.mention is None or m.mention.id != mention.id) and m.at <= mention.created_at
    ]
    return [m.as_context() for m in before[-MAX_CONTEXT_MESSAGES:]]


def group_ungrouped(
    session: Session, *, settings: Settings, limit: int = 5000, now: datetime | None = None
) -> int:
    """Group mentions stored before conversations existed, oldest first, ``limit`` per call
    (the drafting job calls it every pass until none are left). Where that puts several open
    drafts in one conversation, all but the newest message's are superseded, so an upgraded
    database keeps the one-pending-draft rule too. Returns the mentions grouped."""
    mentions = list(
        session.scalars(
            select(Mention)
            .where(Mention.conversation_id.is_(None), Mention.status != "new")
            .options(joinedload(Mention.identity))
            .order_by(Mention.created_at, Mention.id)
            .limit(limit)
        )
    )
    touched: set[int] = set()
    for mention in mentions:
        touched.add(group(session, mention, settings=settings).id)
    session.flush()
    for conversation_id in sorted(touched):
        newest = session.scalar(
            select(Mention)
            .join(Draft, Draft.mention_id == Mention.id)
            .where(Mention.conversation_id == conversation_id, Draft.status.in_(OPEN_DRAFT))
            .order_by(Mention.created_at.desc(), Mention.id.desc())
            .limit(1)
        )
        if newest is not None:
            supersede_pending(session, newest, actor="conversations", now=now)
    return len(mentions)


def refresh_states(session: Session, *, settings: Settings, now: datetime) -> tuple[int, int]:
    """open → waiting where we replied after their last message; waiting → resolved after
    ``conversations.resolve_after_days`` without a follow-up. Returns (waiting, resolved)."""
    replied = (
        select(func.max(Draft.sent_at))
        .join(Mention, Draft.mention_id == Mention.id)
        .where(Mention.conversation_id == Conversation.id, Draft.status == "sent")
        .scalar_subquery()
    )
    answered = exists(
        select(Draft.id)
        .join(Mention, Draft.mention_id == Mention.id)
        .where(
            Mention.conversation_id == Conversation.id,
            Draft.status == "sent",
            Draft.sent_at >= Conversation.last_message_at,
        )
    )
    waiting = session.execute(
        update(Conversation)
        .where(Conversation.state == "open", answered)
        .values(state="waiting", replied_at=replied)
        .execution_options(synchronize_session=False)
    ).rowcount
    cutoff = now - timedelta(days=settings.conversations.resolve_after_days)
    resolved = session.execute(
        update(Conversation)
        .where(
            Conversation.state == "waiting",
            and_(Conversation.replied_at.is_not(None), Conversation.replied_at <= cutoff),
        )
        .values(state="resolved", resolved_at=now, resolved_by="auto")
        .execution_options(synchronize_session=False)
    ).rowcount
    return int(waiting or 0), int(resolved or 0)


def resolve(session: Session, conversation_id: int, *, actor: str) -> Conversation:
    """Resolve by hand; its pending draft (if any) is rejected, saying why. Audited."""
    from responders import queue

    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise LookupError(f"no conversation with id {conversation_id}")
    before = conversation.state
    conversation.state = "resolved"
    conversation.resolved_at = utcnow()
    conversation.resolved_by = actor
    open_drafts = session.scalars(
        select(Draft.id)
        .join(Mention, Draft.mention_id == Mention.id)
        .where(Mention.conversation_id == conversation_id, Draft.status.in_(OPEN_DRAFT))
    ).all()
    for draft_id in open_drafts:
        queue.reject(session, draft_id, actor=actor, reason="conversation resolved by hand")
    audit.record(
        session,
        actor=actor,
        action="conversation.resolve",
        subject=f"conversation:{conversation_id}",
        before={"state": before},
        after={"state": "resolved"},
    )
    return conversation
