"""The review flow in process: undo window (and the publisher waiting for it), approve-and-next
answers, the overview, conversation thread, notes and resolve, presence, saved replies, age
colours, the assignment badge and e-mail; roles, CSRF, bounds and escaping on each."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import select, update

from config.settings import Settings
from responders import conversations, review
from responders.publishing import Publisher
from responders.web import accounts
from store.models import ConversationNote, Draft, Mention, OutboxMessage, utcnow
from tests.conftest import make_settings
from tests.webkit import CHEAP_HASHER, api_post, form_post, make_client, seed, signed_in


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "hasher", CHEAP_HASHER)
    monkeypatch.setattr(accounts, "_DUMMY", [])


@pytest.fixture
def web_settings() -> Settings:
    return make_settings(
        brand={"name": "Bramble"},
        review={"sla_minutes": 30, "assignee_emails": {"rita": "rita@example.com"}},
    )


@pytest.fixture
def world(factory: Any, web_settings: Settings) -> Any:
    world = seed(factory)
    with factory() as session, session.begin():  # group the seeded mentions
        for mention in session.scalars(select(Mention).order_by(Mention.created_at)):
            conversations.group(session, mention, settings=web_settings)
    return world


@pytest.fixture
def rita(web_settings: Settings, factory: Any, world: Any) -> Any:
    return signed_in(web_settings, factory, "rita")


@pytest.fixture
def ada(web_settings: Settings, factory: Any, world: Any) -> Any:
    return signed_in(web_settings, factory, "ada")


@pytest.fixture
def vic(web_settings: Settings, factory: Any, world: Any) -> Any:
    return signed_in(web_settings, factory, "vic")


def draft(factory: Any, draft_id: int) -> Draft:
    with factory() as session:
        return session.get(Draft, draft_id)


def test_approve_answers_undo_until_and_the_next_item_then_undo_puts_it_back(
    rita: Any, factory: Any, world: Any
) -> None:
    urgent = world.drafts["urgent"]
    answer = api_post(rita, f"/api/drafts/{urgent}/approve").json()
    assert answer["status"] == "approved" and answer["undo_until"]
    assert answer["next_draft_id"] == world.drafts["question"]
    undone = api_post(rita, f"/api/drafts/{urgent}/undo")
    assert undone.status_code == 200 and undone.json()["status"] == "pending"
    row = draft(factory, urgent)
    assert (row.status, row.approved_by, row.next_attempt_at) == ("pending", None, None)
    assert api_post(rita, f"/api/drafts/{urgent}/undo").status_code == 409


def test_undo_is_refused_after_the_window_and_for_viewers(
    rita: Any, vic: Any, factory: Any, world: Any
) -> None:
    urgent = world.drafts["urgent"]
    api_post(rita, f"/api/drafts/{urgent}/approve")
    assert api_post(vic, f"/api/drafts/{urgent}/undo").status_code == 403
    with factory() as session, session.begin():
        session.execute(
            update(Draft)
            .where(Draft.id == urgent)
            .values(next_attempt_at=utcnow() - timedelta(seconds=1))
        )
    response = api_post(rita, f"/api/drafts/{urgent}/undo")
    assert response.status_code == 409 and "can no longer" in response.json()["detail"]
    assert api_post(rita, "/api/drafts/0/undo").status_code == 422
    assert api_post(rita, f"/api/drafts/{2**63}/undo").status_code == 422
    assert api_post(rita, "/api/drafts/999999/undo").status_code == 404
    assert rita.post(f"/api/drafts/{urgent}/undo").status_code == 403  # no CSRF header


def test_the_publisher_takes_nothing_inside_the_undo_window(
    rita: Any, factory: Any, world: Any, web_settings: Settings
) -> None:
    urgent = world.drafts["urgent"]
    api_post(rita, f"/api/drafts/{urgent}/approve")
    now = utcnow()
    publisher = Publisher(factory, web_settings, {}, clock=lambda: now)
    assert publisher.run_once().outcomes == []
    assert draft(factory, urgent).status == "approved"
    later = Publisher(factory, web_settings, {}, clock=lambda: now + timedelta(seconds=31))
    assert [o.draft_id for o in later.run_once().outcomes] == [urgent]


def test_the_undo_form_works_without_javascript(rita: Any, factory: Any, world: Any) -> None:
    urgent = world.drafts["urgent"]
    form_post(rita, f"/drafts/{urgent}/approve")
    page = rita.get(f"/drafts/{urgent}").text
    assert 'id="undo-form"' in page
    response = form_post(rita, f"/drafts/{urgent}/undo")
    assert response.status_code == 303 and draft(factory, urgent).status == "pending"


def test_the_overview_shows_the_period_as_svg_without_script(vic: Any, web_settings: Any) -> None:
    page = vic.get("/")
    assert page.status_code == 200
    html = page.text
    assert "<svg" in html and "<rect" in html and "<script>" not in html
    for section in ("per-day", "themes", "waiting", "reply-time", "busiest"):
        assert f'id="{section}"' in html
    assert "Joanne" in html  # the busiest customer


def test_the_overview_needs_sign_in(web_settings: Settings, factory: Any, world: Any) -> None:
    response = make_client(web_settings, factory).get("/", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/login"


def test_the_draft_page_shows_the_thread_notes_and_details(
    rita: Any, factory: Any, world: Any, web_settings: Settings
) -> None:
    urgent = world.drafts["urgent"]
    with factory() as session, session.begin():
        first = session.get(Mention, world.mentions["urgent"])
        follow = Mention(
            platform=first.platform,
            external_id="follow-1",
            identity_id=first.identity_id,
            text="<i>still</i> waiting on that",
            text_normalized="still waiting on that",
            created_at=first.created_at - timedelta(minutes=1),
            status="skipped",
            triage_reason="other_off",
        )
        session.add(follow)
        session.flush()
        conversations.group(session, follow, settings=web_settings)
        conversation_id = first.conversation_id
    page = rita.get(f"/drafts/{urgent}").text
    assert 'id="thread"' in page and "&lt;i&gt;still&lt;/i&gt;" in page
    assert '<details class="details"' in page and "complaint/neutral" in page
    assert 'class="age late"' in page  # the seed's mentions are days old; the SLA is 30 min
    note = form_post(rita, f"/conversations/{conversation_id}/notes", {"text": "<b>called her</b>"})
    assert note.status_code == 303
    assert "&lt;b&gt;called her&lt;/b&gt;" in rita.get(f"/drafts/{urgent}").text
    data = rita.get(f"/api/conversations/{conversation_id}").json()
    assert [m["side"] for m in data["messages"]] == ["them", "them", "them"]
    assert data["notes"][0]["text"] == "<b>called her</b>"
    assert rita.get("/api/conversations/0").status_code == 422
    assert rita.get("/api/conversations/99999").status_code == 404


def test_notes_and_resolve_need_a_reviewer_and_csrf(
    rita: Any, vic: Any, factory: Any, world: Any
) -> None:
    with factory() as session:
        conversation_id = session.get(Mention, world.mentions["urgent"]).conversation_id
    assert (
        form_post(vic, f"/conversations/{conversation_id}/notes", {"text": "x"}).status_code == 403
    )
    assert (
        rita.post(f"/conversations/{conversation_id}/notes", data={"text": "x"}).status_code == 403
    )
    empty = form_post(rita, f"/conversations/{conversation_id}/notes", {"text": "   "})
    assert "empty" in unquote(empty.cookies.get("rapport_flash", ""))
    api = api_post(rita, f"/api/conversations/{conversation_id}/notes", {"text": "via api"})
    assert api.status_code == 201
    with factory() as session:
        assert [n.text for n in session.scalars(select(ConversationNote))] == ["via api"]
    resolved = form_post(rita, f"/conversations/{conversation_id}/resolve")
    assert resolved.status_code == 303
    assert draft(factory, world.drafts["urgent"]).status == "rejected"


def test_presence_tells_each_reviewer_who_else_has_the_draft_open(
    rita: Any, ada: Any, world: Any
) -> None:
    urgent = world.drafts["urgent"]
    rita.get(f"/drafts/{urgent}")
    page = ada.get(f"/drafts/{urgent}").text
    assert "rita also has this draft open." in page
    assert api_post(rita, f"/api/drafts/{urgent}/presence").json()["others"] == ["ada"]
    assert api_post(rita, "/api/drafts/999999/presence").status_code == 404


def test_saved_replies_come_from_the_brand_book_and_are_escaped(
    rita: Any, world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        review,
        "saved_replies",
        lambda session: [("Opening hours", "We open at <8>, every day.")],
    )
    page = rita.get(f"/drafts/{world.drafts['complaint']}").text
    assert 'data-title="Opening hours"' in page and "We open at &lt;8&gt;" in page


def test_saved_replies_are_the_brand_books_faq_answers_filled_in(factory: Any) -> None:
    from datetime import UTC, datetime
    from pathlib import Path

    from responders.brandbook.storage import import_book

    with factory() as session:
        assert review.saved_replies(session) == []  # no book yet: no saved replies
    book = (Path(__file__).resolve().parent.parent / "config/demo/brand_book.toml").read_text()
    with factory() as session, session.begin():
        import_book(session, book, "test")
    with factory() as session:
        pairs = review.saved_replies(session, now=datetime(2026, 11, 23, 12, tzinfo=UTC))
    assert pairs, "the demo book has FAQ entries"
    assert all(title and text and "{" not in text for title, text in pairs)


def test_assignment_shows_a_badge_and_emails_the_assignee_through_the_outbox(
    ada: Any, rita: Any, factory: Any, world: Any
) -> None:
    assert 'id="assigned-badge"' not in rita.get("/queue").text
    form_post(ada, f"/drafts/{world.drafts['question']}/assign", {"assignee": "rita"})
    api_post(ada, f"/api/drafts/{world.drafts['praise']}/assign", {"assignee": "rita"})
    page = rita.get("/queue").text
    assert 'id="assigned-badge"' in page and ">2</span>" in page
    with factory() as session:
        messages = list(session.scalars(select(OutboxMessage)))
    assert len(messages) == 2
    assert messages[0].payload["to"] == ["rita@example.com"]
    assert f"/drafts/{world.drafts['question']}" in messages[0].payload["text"]
    form_post(ada, f"/drafts/{world.drafts['urgent']}/assign", {"assignee": "ada"})
    with factory() as session:  # ada has no address: no e-mail
        assert len(list(session.scalars(select(OutboxMessage)))) == 2


def test_the_queue_shows_age_and_conversation_size(
    rita: Any, factory: Any, world: Any, web_settings: Settings
) -> None:
    page = rita.get("/queue").text
    assert 'class="age late"' in page and "waiting" in page
    assert "2 messages</span>" in page  # Jo's urgent mention and praise, 2 min apart
    jsonl = rita.get("/api/queue").json()["items"][0]
    assert jsonl["conversation_id"] is not None


def test_links_in_alert_and_digest_emails_open_pages_that_exist(
    rita: Any, factory: Any, web_settings: Settings, world: Any
) -> None:
    from datetime import date

    from responders.notify.alerts.context import mention_views
    from responders.notify.digest import render_digest

    with factory() as session:
        _, payload = render_digest(session, date(2026, 11, 20), settings=web_settings, now=utcnow())
        mentions = list(session.scalars(select(Mention).limit(3)))
        views = mention_views(session, mentions, settings=web_settings)
    import re

    base = web_settings.web.base_url
    links = set(re.findall(re.escape(base) + r'(/[^"\s<>)]*)', payload["html"] + payload["text"]))
    links |= {v["draft_url"].removeprefix(base) for v in views if v["draft_url"]}
    assert "/queue" in links
    for path in links:
        assert rita.get(path).status_code == 200, path


def test_a_superseded_draft_points_to_the_conversations_current_draft(
    rita: Any, factory: Any, world: Any
) -> None:
    urgent, praise = world.drafts["urgent"], world.drafts["praise"]  # Jo's, one conversation
    with factory() as session, session.begin():
        session.execute(update(Draft).where(Draft.id == urgent).values(status="superseded"))
    page = rita.get(f"/drafts/{urgent}").text
    assert 'id="superseded"' in page and f'href="/drafts/{praise}"' in page
    assert 'id="approve-form"' not in page
