"""Conversations: grouping by thread and time window, one pending draft per conversation,
the superseded draft kept and audited, states open → waiting → resolved."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from config.settings import Settings
from responders import conversations, queue
from responders.drafting import job
from responders.drafting.job import draft_new_mentions
from store.models import AuditEvent, Conversation, Draft, Mention
from tests.test_drafting import NOW, add_mention, add_person


def settings(**conv: Any) -> Settings:
    return Settings.model_validate({"conversations": conv} if conv else {})


def drafts_of(session: Any, *mentions: Mention) -> list[Draft]:
    ids = [m.id for m in mentions]
    return list(session.scalars(select(Draft).where(Draft.mention_id.in_(ids)).order_by(Draft.id)))


@pytest.fixture
def captured(monkeypatch: pytest.MonkeyPatch) -> list[list[dict[str, Any]]]:
    """The ``conversation`` each plan_reply call received."""
    seen: list[list[dict[str, Any]]] = []
    real = job.plan_reply

    def spy(mention: Mention, **kwargs: Any) -> Any:
        seen.append(list(kwargs.get("conversation", ())))
        return real(mention, **kwargs)

    monkeypatch.setattr(job, "plan_reply", spy)
    return seen


def test_a_follow_up_supersedes_the_pending_draft_and_redrafts_with_the_whole_conversation(
    factory: Any, captured: list[list[dict[str, Any]]]
) -> None:
    with factory() as session, session.begin():
        jo = add_person(session)
        first = add_mention(
            session, jo, text="double charged for my latte", created_at=NOW - timedelta(hours=5)
        )
        draft_new_mentions(session, settings=settings(), now=NOW)
        (old,) = drafts_of(session, first)
        queue.assign(session, old.id, actor="ada", assignee="rita")
        second = add_mention(
            session, jo, text="still no refund for the double charge", created_at=NOW
        )
        draft_new_mentions(session, settings=settings(), now=NOW)
        old, new = drafts_of(session, first, second)
        assert (old.status, new.status) == ("superseded", "pending")
        assert first.conversation_id == second.conversation_id is not None
        assert new.assigned_to == "rita"
        assert new.priority >= old.priority
        assert [m["text"] for m in captured[-1]] == ["double charged for my latte"]
        assert captured[-1][0]["side"] == "them"
        event = session.scalar(
            select(AuditEvent).where(
                AuditEvent.action == "draft.supersede", AuditEvent.subject == f"draft:{old.id}"
            )
        )
        assert event is not None and event.after["by_mention"] == second.id


def test_posts_further_apart_than_the_window_are_separate_conversations(factory: Any) -> None:
    with factory() as session, session.begin():
        jo = add_person(session)
        first = add_mention(session, jo, created_at=NOW - timedelta(hours=80))
        second = add_mention(session, jo, created_at=NOW)
        draft_new_mentions(session, settings=settings(window_hours=72), now=NOW)
        assert first.conversation_id != second.conversation_id
        assert [d.status for d in drafts_of(session, first, second)] == ["pending", "pending"]


def test_a_reply_in_the_same_thread_joins_it_even_after_the_window(factory: Any) -> None:
    with factory() as session, session.begin():
        jo = add_person(session, platform="reddit", handle="jo_r")
        root = add_mention(
            session, jo, external_id="t3_a", thread_id="t3_a", created_at=NOW - timedelta(days=9)
        )
        later = add_mention(
            session, jo, external_id="t1_b", thread_id="t3_a", parent_id="t3_a", created_at=NOW
        )
        elsewhere = add_mention(
            session, jo, external_id="t1_c", thread_id="t3_z", parent_id="t3_z", created_at=NOW
        )
        draft_new_mentions(session, settings=settings(), now=NOW)
        assert root.conversation_id == later.conversation_id
        assert elsewhere.conversation_id != root.conversation_id


def test_two_people_never_share_a_conversation(factory: Any) -> None:
    with factory() as session, session.begin():
        jo = add_person(session)
        sam = add_person(session, handle="sam_x", name="Sam", preferred_name="Sam")
        a = add_mention(session, jo, created_at=NOW - timedelta(minutes=9))
        b = add_mention(session, sam, created_at=NOW)
        draft_new_mentions(session, settings=settings(), now=NOW)
        assert a.conversation_id != b.conversation_id


def test_states_go_open_waiting_resolved_and_a_new_message_reopens(factory: Any) -> None:
    with factory() as session, session.begin():
        jo = add_person(session)
        first = add_mention(session, jo, created_at=NOW - timedelta(hours=1))
        draft_new_mentions(session, settings=settings(), now=NOW)
        (draft,) = drafts_of(session, first)
        conversation = session.get(Conversation, first.conversation_id)
        assert conversation.state == "open"
        draft.status, draft.sent_at = "sent", NOW
        session.flush()
        s = settings(resolve_after_days=3)
        assert conversations.refresh_states(session, settings=s, now=NOW) == (1, 0)
        session.refresh(conversation)
        assert conversation.state == "waiting"
        later = NOW + timedelta(days=4)
        assert conversations.refresh_states(session, settings=s, now=later) == (0, 1)
        session.refresh(conversation)
        assert conversation.state == "resolved"
        again = add_mention(session, jo, created_at=later)
        draft_new_mentions(session, settings=s, now=later)
        assert again.conversation_id != first.conversation_id  # resolved stays resolved
        jo_reply = add_mention(
            session,
            jo,
            external_id="r1",
            thread_id=first.external_id,
            parent_id=first.external_id,
            created_at=later,
        )
        draft_new_mentions(session, settings=s, now=later)
        session.refresh(conversation)
        assert jo_reply.conversation_id == conversation.id and conversation.state == "open"


def test_resolving_by_hand_rejects_the_pending_draft_and_is_audited(factory: Any) -> None:
    with factory() as session, session.begin():
        jo = add_person(session)
        first = add_mention(session, jo)
        draft_new_mentions(session, settings=settings(), now=NOW)
        conversations.resolve(session, first.conversation_id, actor="rita")
        (draft,) = drafts_of(session, first)
        assert (draft.status, draft.rejected_by) == ("rejected", "rita")
        assert session.scalar(select(AuditEvent).where(AuditEvent.action == "conversation.resolve"))


def test_the_thread_lists_both_sides_oldest_first(factory: Any) -> None:
    with factory() as session, session.begin():
        jo = add_person(session)
        first = add_mention(session, jo, text="cold latte", created_at=NOW - timedelta(hours=2))
        draft_new_mentions(session, settings=settings(), now=NOW - timedelta(hours=2))
        (draft,) = drafts_of(session, first)
        draft.status, draft.sent_at = "sent", NOW - timedelta(hours=1)
        add_mention(session, jo, text="thanks, all sorted", created_at=NOW)
        draft_new_mentions(session, settings=settings(), now=NOW)
        thread = conversations.messages(session, first.conversation_id)
        assert [m.side for m in thread] == ["them", "us", "them"]
        assert thread[0].text == "cold latte" and thread[2].text == "thanks, all sorted"


def test_mentions_from_before_conversations_are_grouped_and_keep_one_pending_draft(
    factory: Any,
) -> None:
    """An upgraded database: drafted mentions without a conversation, two pending drafts."""
    with factory() as session, session.begin():
        jo = add_person(session)
        older = add_mention(session, jo, created_at=NOW - timedelta(hours=3))
        newer = add_mention(session, jo, created_at=NOW - timedelta(hours=1))
        draft_new_mentions(session, settings=settings(), now=NOW)
        for mention in (older, newer):
            mention.conversation_id = None
        for draft in drafts_of(session, older, newer):
            draft.status = "pending"
        session.flush()
        draft_new_mentions(session, settings=settings(), now=NOW)
        assert older.conversation_id == newer.conversation_id is not None
        assert [d.status for d in drafts_of(session, older, newer)] == ["superseded", "pending"]
