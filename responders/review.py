"""What the review flow adds around one draft: its conversation (thread and internal notes),
who else has it open, how long the person has waited, the next item, saved replies, and the
notice to an assignee. Reads and small audited writes in the caller's transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from config.errors import ReviewError
from config.settings import Settings
from responders import conversations, queue
from store import audit
from store.models import Conversation, ConversationNote, Draft, DraftPresence, Mention, utcnow

PRESENCE_SECONDS = 45
# Where the brand book (another part of Rapport) may live; its FAQ answers are saved replies.


@dataclass
class ConversationView:
    conversation: Conversation
    messages: list[conversations.Message]
    notes: list[ConversationNote] = field(default_factory=list)


def conversation_view(session: Session, conversation_id: int) -> ConversationView | None:
    found = session.get(Conversation, conversation_id)
    if found is None:
        return None
    notes = list(
        session.scalars(
            select(ConversationNote)
            .where(ConversationNote.conversation_id == conversation_id)
            .order_by(ConversationNote.created_at, ConversationNote.id)
        )
    )
    return ConversationView(found, conversations.messages(session, conversation_id), notes)


def conversation_json(view: ConversationView) -> dict[str, Any]:
    c = view.conversation
    return {
        "id": c.id,
        "customer_id": c.customer_id,
        "platform": c.platform,
        "root_key": c.root_key,
        "state": c.state,
        "opened_at": c.opened_at.isoformat(),
        "last_message_at": c.last_message_at.isoformat(),
        "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None,
        "messages": [
            {
                "side": m.side,
                "text": m.text,
                "at": m.at.isoformat(),
                "mention_id": m.mention.id if m.mention else None,
                "draft_id": m.draft.id if m.draft else None,
                "draft_status": m.draft.status if m.draft else None,
            }
            for m in view.messages
        ],
        "notes": [
            {"id": n.id, "author": n.author, "text": n.text, "at": n.created_at.isoformat()}
            for n in view.notes
        ],
    }


def add_note(session: Session, conversation_id: int, text: str, *, actor: str) -> ConversationNote:
    """An internal note; audited (the text too: notes are the team's, not the customer's)."""
    if session.get(Conversation, conversation_id) is None:
        raise ReviewError(f"no conversation with id {conversation_id}")
    body = text.replace("\x00", "").strip()[:4000]
    if not body:
        raise ReviewError("a note cannot be empty")
    note = ConversationNote(conversation_id=conversation_id, author=actor, text=body)
    session.add(note)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="conversation.note",
        subject=f"conversation:{conversation_id}",
        after={"note_id": note.id, "text": body[:500]},
    )
    return note


def touch_presence(
    session: Session, draft_id: int, username: str, *, now: datetime | None = None
) -> list[str]:
    """Record that ``username`` has the draft open; return the others seen in the last 45 s.

    A row per (draft, person) in the database, so people on other instances see each other.
    """
    when = now or utcnow()
    updated = session.execute(
        update(DraftPresence)
        .where(DraftPresence.draft_id == draft_id, DraftPresence.username == username)
        .values(seen_at=when)
        .execution_options(synchronize_session=False)
    ).rowcount
    if not updated:
        try:
            with session.begin_nested():
                session.add(DraftPresence(draft_id=draft_id, username=username, seen_at=when))
        except IntegrityError:
            pass  # the same person's other tab inserted it a moment ago
    cutoff = when - timedelta(seconds=PRESENCE_SECONDS)
    session.execute(
        delete(DraftPresence)
        .where(DraftPresence.seen_at < when - timedelta(hours=1))
        .execution_options(synchronize_session=False)
    )
    return list(
        session.scalars(
            select(DraftPresence.username)
            .where(
                DraftPresence.draft_id == draft_id,
                DraftPresence.username != username,
                DraftPresence.seen_at >= cutoff,
            )
            .order_by(DraftPresence.username)
        )
    )


def message_counts(session: Session, conversation_ids: list[int | None]) -> dict[int, int]:
    """Messages (their mentions) per conversation, for the queue's "3 messages" badge."""
    ids = sorted({i for i in conversation_ids if i is not None})
    if not ids:
        return {}
    return {
        int(cid): int(n)
        for cid, n in session.execute(
            select(Mention.conversation_id, func.count())
            .where(Mention.conversation_id.in_(ids))
            .group_by(Mention.conversation_id)
        )
    }


def open_draft_of(session: Session, conversation_id: int | None) -> int | None:
    """The conversation's pending (or snoozed) draft, if any: where a superseded draft's page
    sends the reviewer."""
    if conversation_id is None:
        return None
    return session.scalar(
        select(Draft.id)
        .join(Mention, Draft.mention_id == Mention.id)
        .where(Mention.conversation_id == conversation_id, Draft.status.in_(("pending", "snoozed")))
        .order_by(Draft.id.desc())
        .limit(1)
    )


def waiting_minutes(mention: Mention, *, now: datetime) -> int:
    return max(0, int((now - mention.created_at).total_seconds() // 60))


def age_text(minutes: int) -> str:
    """ "waiting 5 min", "waiting 3 h", "waiting 2 d"."""
    if minutes < 60:
        return f"waiting {minutes} min"
    if minutes < 48 * 60:
        return f"waiting {minutes // 60} h"
    return f"waiting {minutes // (60 * 24)} d"


def is_late(mention: Mention, *, now: datetime, settings: Settings) -> bool:
    return waiting_minutes(mention, now=now) > settings.review.sla_minutes


def next_draft_id(
    session: Session, *, after: int | None = None, now: datetime | None = None
) -> int | None:
    """The item to review next: the top of the queue, skipping ``after`` (just decided)."""
    page = queue.page_pending(session, now=now or utcnow(), limit=2)
    for draft in page.drafts:
        if draft.id != after:
            return draft.id
    return None


def undo_until(draft: Draft) -> datetime | None:
    """Until when an approval can be taken back (None: it cannot)."""
    if draft.status == "approved" and draft.attempts == 0 and draft.next_attempt_at is not None:
        return draft.next_attempt_at if draft.next_attempt_at > utcnow() else None
    return None


def saved_replies(session: Session, *, now: datetime | None = None) -> list[tuple[str, str]]:
    """(title, text) pairs for the editor's ``/`` menu: the brand book's FAQ answers, filled.

    Placeholders are filled as of ``now`` (default: now). An answer that needs a location
    when the book has several (``{hours.today}``) is offered once per location, titled with
    it; one the book cannot fill at all is left out rather than offered with a gap. [] when
    no book was imported.
    """
    from responders.brandbook.placeholders import fill
    from responders.brandbook.storage import cached_book

    book = cached_book(session)
    if book is None:
        return []
    when = now or utcnow()
    pairs: list[tuple[str, str]] = []
    for entry in book.faq:
        title = entry.cues[0]
        text = fill(entry.answer, book, now=when)
        if text is not None:
            pairs.append((title[:200], text[:4000]))
            continue
        for location in book.locations:
            filled = fill(entry.answer, book, now=when, location=location)
            if filled is not None:
                pairs.append((f"{title} ({location.name})"[:200], filled[:4000]))
    return pairs


def assigned_count(session: Session, username: str, *, now: datetime | None = None) -> int:
    """Drafts waiting for a decision assigned to ``username`` (the navigation badge)."""
    when = now or utcnow()
    pending = session.scalar(
        select(func.count())
        .select_from(Draft)
        .where(Draft.assigned_to == username, Draft.status == "pending")
    )
    woken = session.scalar(
        select(func.count())
        .select_from(Draft)
        .where(
            Draft.assigned_to == username,
            Draft.status == "snoozed",
            Draft.snoozed_until <= when,
        )
    )
    return int(pending or 0) + int(woken or 0)


def notify_assignee(session: Session, draft: Draft, *, actor: str, settings: Settings) -> list[str]:
    """E-mail the assignee through the outbox when ``review.assignee_emails`` has them."""
    from responders.notify.outbox import enqueue

    name = draft.assigned_to
    address = settings.review.assignee_emails.get(name or "")
    if not name or not address or name == actor:
        return []
    link = f"{settings.web.base_url.rstrip('/')}/drafts/{draft.id}"
    subject = f"[{settings.brand.name}] {actor} assigned you draft #{draft.id}"
    text = (
        f"{actor} assigned you a draft reply to review.\n\n"
        f"They wrote: {draft.mention.text[:500]}\n\nOpen it: {link}\n"
    )
    payload = {
        "subject": subject,
        "text": text,
        "html": None,
        "to": [address],
    }
    return enqueue(
        session,
        kind="assignment",
        key=f"assign:{draft.id}:{name}:{int(utcnow().timestamp())}",
        channels=["email"],
        payload=payload,
        now=utcnow(),
    )
