"""The review queue's state machine: conditional transitions, reasons, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from config.errors import ReviewError
from responders import queue
from store.models import AuditEvent, Customer, Draft, Mention

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def add_draft(session: Any, n: int, *, priority: int = 0, status: str = "pending") -> int:
    customer = Customer(likes=[], dislikes=[], tags=[], notes="")
    mention = Mention(
        platform="twitter",
        external_id=str(n),
        text=f"mention {n}",
        text_normalized=f"mention {n}",
        created_at=T0,
    )
    session.add_all([customer, mention])
    session.flush()
    draft = Draft(
        mention_id=mention.id,
        customer_id=customer.id,
        text=f"reply {n}",
        template_key="t",
        tone="warm",
        priority=priority,
        status=status,
    )
    session.add(draft)
    session.flush()
    return draft.id


def test_pending_drafts_are_listed_by_priority_then_newest_first(factory: Any) -> None:
    with factory() as session, session.begin():
        low = add_draft(session, 1, priority=10)
        high = add_draft(session, 2, priority=90)
        same = add_draft(session, 3, priority=10)
        add_draft(session, 4, priority=99, status="rejected")
    with factory() as session:
        assert [d.id for d in queue.list_pending(session)] == [high, same, low]


def test_approve_records_who_and_is_audited(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    with factory() as session, session.begin():
        draft = queue.approve(session, draft_id, actor="sam", text="Edited reply")
        assert (draft.status, draft.approved_by, draft.edited_by) == ("approved", "sam", "sam")
    with factory() as session:
        event = session.scalar(select(AuditEvent))
        assert (event.actor, event.action, event.subject) == (
            "sam",
            "draft.approve",
            f"draft:{draft_id}",
        )
        assert event.before["status"] == "pending" and event.after["text"] == "Edited reply"


def test_a_second_approval_or_a_late_rejection_is_refused(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    with factory() as session, session.begin():
        queue.approve(session, draft_id, actor="sam")
    with pytest.raises(ReviewError, match="is approved"), factory() as session:
        queue.approve(session, draft_id, actor="alex")
    with pytest.raises(ReviewError, match="is approved"), factory() as session:
        queue.reject(session, draft_id, actor="alex", reason="too late")


def test_rejection_needs_a_reason(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    with pytest.raises(ReviewError, match="reason"), factory() as session:
        queue.reject(session, draft_id, actor="sam", reason="  ")
    with factory() as session, session.begin():
        draft = queue.reject(session, draft_id, actor="sam", reason="already answered by DM")
        assert draft.status == "rejected" and draft.reject_reason == "already answered by DM"


def test_snoozed_draft_returns_to_the_queue_when_its_time_comes(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    with factory() as session, session.begin():
        queue.snooze(session, draft_id, actor="sam", until=T0 + timedelta(hours=2))
    with factory() as session:
        assert queue.list_pending(session, now=T0 + timedelta(hours=1)) == []
        assert [d.id for d in queue.list_pending(session, now=T0 + timedelta(hours=3))] == [
            draft_id
        ]


def test_unknown_draft_and_empty_text_are_review_errors(factory: Any) -> None:
    with pytest.raises(ReviewError, match="no draft"), factory() as session:
        queue.approve(session, 999, actor="sam")
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    with pytest.raises(ReviewError, match="empty"), factory() as session:
        queue.approve(session, draft_id, actor="sam", text="   ")


def test_draft_record_has_the_fields_of_queue_list_jsonl(factory: Any) -> None:
    with factory() as session, session.begin():
        draft_id = add_draft(session, 1)
    with factory() as session:
        record = queue.draft_record(queue.get_draft(session, draft_id))
    for key in (
        "draft_id",
        "platform",
        "external_id",
        "customer_id",
        "intent",
        "urgency",
        "priority",
        "text",
        "alternatives",
        "lint",
        "manager_note",
    ):
        assert key in record
