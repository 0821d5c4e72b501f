"""The review web UI in process (FastAPI TestClient): sign-in, sessions, CSRF, roles,
escaping, the queue's paging and filters, the draft and customer pages and their actions."""

from __future__ import annotations

import io
import json
import re
from datetime import timedelta
from typing import Any

import pytest
from fastapi.routing import APIRoute
from sqlalchemy import func, select

from config.settings import Settings
from responders import queue
from responders.web import accounts
from responders.web import routes_auth as routes_auth_module
from store.models import (
    AuditEvent,
    Customer,
    Draft,
    Identity,
    LoginThrottle,
    Mention,
    SentenceUse,
    User,
    WebSession,
    utcnow,
)
from tests.conftest import make_settings
from tests.webkit import (
    CHEAP_HASHER,
    HOSTILE_TEXT,
    add_mention_draft,
    api_post,
    form_post,
    login,
    make_client,
    seed,
    signed_in,
)


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "hasher", CHEAP_HASHER)
    monkeypatch.setattr(accounts, "_DUMMY", [])


@pytest.fixture
def web_settings() -> Settings:
    return make_settings(brand={"name": "Bramble"}, web={"page_size": 5})


@pytest.fixture
def world(sqlite_factory: Any) -> Any:
    return seed(sqlite_factory)


@pytest.fixture
def rita(web_settings: Settings, sqlite_factory: Any, world: Any) -> Any:
    return signed_in(web_settings, sqlite_factory, "rita")


@pytest.fixture
def ada(web_settings: Settings, sqlite_factory: Any, world: Any) -> Any:
    return signed_in(web_settings, sqlite_factory, "ada")


@pytest.fixture
def vic(web_settings: Settings, sqlite_factory: Any, world: Any) -> Any:
    return signed_in(web_settings, sqlite_factory, "vic")


def draft_status(factory: Any, draft_id: int) -> str:
    with factory() as session:
        return session.get(Draft, draft_id).status


def audit_actions(factory: Any) -> list[tuple[str, str]]:
    with factory() as session:
        return [(e.actor, e.action) for e in session.scalars(select(AuditEvent))]


def flash_of(response: Any) -> str:
    from urllib.parse import unquote

    cookie = response.cookies.get("rapport_flash") or ""
    return unquote(cookie)


# --- every route is behind sign-in ----------------------------------------------------------------


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def all_routes(app: Any) -> list[APIRoute]:
    """Every route of the app's routers (FastAPI may wrap included routers)."""
    from responders.web import api, routes_admin, routes_auth, routes_customers, routes_queue

    modules = (routes_auth, routes_queue, routes_customers, routes_admin, api)
    routes = [r for module in modules for r in module.router.routes]
    routes += [r for r in app.routes if isinstance(r, APIRoute)]
    return [r for r in routes if isinstance(r, APIRoute)]


def test_every_page_and_api_route_needs_sign_in_except_login_and_healthz(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    checked = 0
    for route in all_routes(client.app):
        if route.path in ("/login", "/healthz", "/"):
            continue
        for method in route.methods:
            response = client.request(method, _concrete(route.path), follow_redirects=False)
            checked += 1
            if route.path.startswith("/api/"):
                assert response.status_code == 401, (method, route.path, response.status_code)
            else:
                assert response.status_code == 303, (method, route.path, response.status_code)
                assert response.headers["location"].startswith("/login")
    assert checked > 40
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/login").status_code == 200
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"


def test_a_page_asked_for_before_sign_in_opens_after_it(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    wanted = f"/drafts/{world.drafts['question']}"
    response = client.get(wanted, follow_redirects=False)
    assert response.headers["location"] == "/login?next=%2Fdrafts%2F" + str(
        world.drafts["question"]
    )
    page = client.get(response.headers["location"])
    token = re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
    assert f'name="next" value="{wanted}"' in page.text
    signed = client.post(
        "/login",
        data={
            "username": "rita",
            "password": "password-rita-1",
            "login_token": token,
            "next": wanted,
        },
        follow_redirects=False,
    )
    assert signed.headers["location"] == wanted


def test_next_cannot_point_to_another_site(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    page = client.get("/login?next=//evil.example/x")
    assert 'name="next" value="/queue"' in page.text
    page = client.get("/login?next=https://evil.example/")
    assert 'name="next" value="/queue"' in page.text


# --- sign-in, sessions, throttling ----------------------------------------------------------------


def test_sign_in_sets_an_httponly_samesite_cookie_and_is_audited(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    response = login(client, "rita")
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    cookie = response.headers["set-cookie"]
    assert "rapport_session=" in cookie and "HttpOnly" in cookie
    assert "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie
    assert ("rita", "user.login") in audit_actions(sqlite_factory)
    assert client.get("/queue").status_code == 200


def test_cookie_is_secure_over_https(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory, base_url="https://testserver")
    response = login(client, "rita")
    assert "Secure" in response.headers["set-cookie"]
    https_base = make_settings(web={"base_url": "https://rapport.example"})
    behind_proxy = make_client(https_base, sqlite_factory)
    assert "Secure" in login(behind_proxy, "rita").headers["set-cookie"]


def test_wrong_password_is_refused_and_audited(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    response = login(client, "rita", "not-her-password")
    assert response.status_code == 401 and "Wrong username or password" in response.text
    unknown = login(client, "nobody", "whatever-it-is")
    assert unknown.status_code == 401 and "Wrong username or password" in unknown.text
    assert "rapport_session" not in client.cookies
    assert ("rita", "user.login_failed") in audit_actions(sqlite_factory)


def test_the_sign_in_form_needs_its_token(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    client.get("/login")
    response = client.post(
        "/login",
        data={"username": "rita", "password": "password-rita-1", "login_token": "forged"},
        follow_redirects=False,
    )
    assert response.status_code == 403 and "rapport_session" not in client.cookies


def test_repeated_failures_lock_the_username_for_a_while(
    web_settings: Settings, sqlite_factory: Any, world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(web_settings, sqlite_factory)
    for _ in range(web_settings.web.login_max_failures - 1):
        assert login(client, "rita", "wrong-password").status_code == 401
    locked = login(client, "rita", "wrong-password")
    assert locked.status_code == 429 and "Too many failed sign-ins" in locked.text
    # Even the right password is refused while the lock holds ...
    assert login(client, "rita").status_code == 429
    # ... and other people can still sign in.
    assert login(make_client(web_settings, sqlite_factory), "ada").status_code == 303
    later = utcnow() + timedelta(seconds=web_settings.web.login_lockout_seconds + 1)
    monkeypatch.setattr(routes_auth_module, "utcnow", lambda: later)
    assert login(client, "rita").status_code == 303
    with sqlite_factory() as session:
        assert session.get(LoginThrottle, "user:rita") is None


def test_many_failures_from_one_address_lock_that_address(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = make_client(web_settings, sqlite_factory)
    limit = web_settings.web.login_max_failures * 4
    statuses = [login(client, f"guess{n}", "wrong-password").status_code for n in range(limit)]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {401}
    assert login(client, "ada").status_code == 429


def test_sign_out_ends_the_session_on_the_server(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = signed_in(web_settings, sqlite_factory, "rita")
    stolen = client.cookies.get("rapport_session")
    response = form_post(client, "/logout")
    assert response.status_code == 303 and response.headers["location"] == "/login"
    replay = make_client(web_settings, sqlite_factory)
    replay.cookies.set("rapport_session", stolen)
    assert replay.get("/queue", follow_redirects=False).status_code == 303
    with sqlite_factory() as session:
        assert session.scalar(select(func.count(WebSession.id))) == 0
    assert ("rita", "user.logout") in audit_actions(sqlite_factory)


def test_an_expired_or_disabled_users_session_stops_working(
    web_settings: Settings, sqlite_factory: Any, world: Any
) -> None:
    client = signed_in(web_settings, sqlite_factory, "rita")
    with sqlite_factory() as session, session.begin():
        user = accounts.find_user(session, "rita")
        accounts.update_user(session, user, actor="test", disabled=True)
    assert client.get("/queue", follow_redirects=False).status_code == 303
    other = signed_in(web_settings, sqlite_factory, "vic")
    with sqlite_factory() as session, session.begin():
        for row in session.scalars(select(WebSession)):
            row.expires_at = utcnow() - timedelta(seconds=1)
    assert other.get("/queue", follow_redirects=False).status_code == 303


# --- CSRF -----------------------------------------------------------------------------------------


def test_state_changes_without_the_csrf_token_are_refused(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    draft_id = world.drafts["question"]
    no_token = rita.post(f"/drafts/{draft_id}/approve", data={}, follow_redirects=False)
    assert no_token.status_code == 403
    wrong = rita.post(
        f"/drafts/{draft_id}/approve", data={"csrf_token": "x" * 43}, follow_redirects=False
    )
    assert wrong.status_code == 403
    api = rita.post(f"/api/drafts/{draft_id}/approve", json={})
    assert api.status_code == 403 and "form has expired" in api.json()["detail"]
    logout = rita.post("/logout", data={}, follow_redirects=False)
    assert logout.status_code == 403
    assert draft_status(sqlite_factory, draft_id) == "pending"
    assert form_post(rita, f"/drafts/{draft_id}/approve").status_code == 303
    assert draft_status(sqlite_factory, draft_id) == "approved"


def test_security_headers_are_on_every_page(rita: Any) -> None:
    response = rita.get("/queue")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["server-timing"].startswith("app;dur=")


# --- roles ----------------------------------------------------------------------------------------


def test_a_viewer_reads_but_changes_nothing(vic: Any, sqlite_factory: Any, world: Any) -> None:
    draft_id = world.drafts["question"]
    assert vic.get("/queue").status_code == 200
    page = vic.get(f"/drafts/{draft_id}")
    assert page.status_code == 200 and 'id="reply-text"' not in page.text
    assert ">Approve<" not in vic.get("/queue").text
    for url in (
        f"/drafts/{draft_id}/approve",
        f"/drafts/{draft_id}/reject",
        f"/drafts/{draft_id}/assign",
        f"/customers/{world.customers['jo']}/edit",
    ):
        assert form_post(vic, url, {"reason": "x"}).status_code == 403, url
    assert api_post(vic, f"/api/drafts/{draft_id}/approve").status_code == 403
    assert vic.get("/audit").status_code == 403
    assert draft_status(sqlite_factory, draft_id) == "pending"


def test_a_reviewer_reviews_but_cannot_administer(rita: Any, world: Any) -> None:
    customer = world.customers["jo"]
    for url in ("/audit", "/admin/users", "/admin/settings", "/customers/import"):
        assert rita.get(url).status_code == 403, url
    assert rita.get(f"/customers/{customer}/export").status_code == 403
    assert (
        form_post(rita, f"/customers/{customer}/delete", {"confirm": customer}).status_code == 403
    )
    assert rita.get("/api/audit").status_code == 403
    assert rita.get("/api/users").status_code == 403


def test_an_admin_sees_audit_users_and_settings(ada: Any) -> None:
    for url in ("/audit", "/admin/users", "/admin/settings", "/customers/import"):
        assert ada.get(url).status_code == 200, url
    settings_page = ada.get("/admin/settings").text
    assert "web.session_hours" in settings_page and "RAPPORT_SECRET_KEY" not in settings_page


# --- escaping -------------------------------------------------------------------------------------


def test_hostile_outside_text_is_shown_as_text_everywhere(rita: Any, world: Any) -> None:
    pages = [
        rita.get("/queue?sentiment=negative").text,
        rita.get(f"/drafts/{world.drafts['hostile']}").text,
        rita.get(f"/customers/{world.customers['evil']}").text,
        rita.get("/customers?q=evil").text,
    ]
    for html in pages:
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in pages[1]
    assert "&lt;img src=x onerror=alert(2)&gt;" in pages[2]
    record = rita.get(f"/api/drafts/{world.drafts['hostile']}").json()
    assert record["mention_text"] == HOSTILE_TEXT


# --- the queue: order, paging, filters ------------------------------------------------------------


def _page_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<li class="qrow[^"]*" data-id="(\d+)"', html)]


def _next_link(html: str) -> str | None:
    found = re.search(r'id="next-page" href="([^"]+)"', html)
    return found.group(1).replace("&amp;", "&") if found else None


def test_queue_pages_walk_every_pending_draft_once_in_priority_order(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    with sqlite_factory() as session, session.begin():
        person = session.get(Customer, world.customers["anon"])
        for n in range(100, 123):
            add_mention_draft(session, person, n, priority=[300, 200, 0][n % 3])
        add_mention_draft(session, person, 999, priority=10_000, status="rejected")
    with sqlite_factory() as session:
        expected = [d.id for d in queue.list_pending(session, limit=1000)]
    seen: list[int] = []
    url: str | None = "/queue"
    pages = 0
    while url:
        html = rita.get(url).text
        ids = _page_ids(html)
        assert 0 < len(ids) <= 5
        seen += ids
        url = _next_link(html)
        pages += 1
    assert seen == expected and len(seen) == 29 and pages == 6
    api_seen: list[int] = []
    after = None
    while True:
        body = rita.get("/api/queue", params={"limit": 7, **({"after": after} if after else {})})
        data = body.json()
        api_seen += [item["draft_id"] for item in data["items"]]
        after = data["next_after"]
        if not after:
            break
    assert api_seen == expected and data["total_pending"] == 29


def test_a_snooze_that_ran_out_is_back_in_its_place(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    with sqlite_factory() as session, session.begin():
        queue.snooze(
            session, world.drafts["urgent"], actor="t", until=utcnow() - timedelta(minutes=1)
        )
        queue.snooze(
            session, world.drafts["praise"], actor="t", until=utcnow() + timedelta(hours=1)
        )
    ids = _page_ids(rita.get("/queue").text)
    assert ids[0] == world.drafts["urgent"] and world.drafts["praise"] not in ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("platform=reddit", {"question", "complaint"}),
        ("intent=question", {"question"}),
        ("sentiment=positive", {"praise"}),
        ("tier=platinum", {"urgent", "praise"}),
        ("platform=twitter&sentiment=neutral", {"suggestion"}),
        ("intent=nonsense", {"urgent", "question", "complaint", "hostile", "praise"}),
    ],
)
def test_queue_filters(rita: Any, world: Any, query: str, expected: set[str]) -> None:
    ids = set(_page_ids(rita.get(f"/queue?{query}").text))
    assert ids == {world.drafts[k] for k in expected}


def test_assigned_to_me(rita: Any, world: Any) -> None:
    assert _page_ids(rita.get("/queue?mine=1").text) == []
    response = form_post(rita, f"/drafts/{world.drafts['praise']}/assign", {"assignee": "rita"})
    assert response.status_code == 303
    assert _page_ids(rita.get("/queue?mine=1").text) == [world.drafts["praise"]]
    data = rita.get("/api/queue?mine=true").json()
    assert [i["draft_id"] for i in data["items"]] == [world.drafts["praise"]]


def test_the_api_validates_filter_values(rita: Any) -> None:
    assert rita.get("/api/queue?intent=nonsense").status_code == 422
    assert rita.get("/api/queue?limit=0").status_code == 422


# --- the draft page and its actions ---------------------------------------------------------------


def test_draft_page_shows_mention_alternatives_length_and_customer(rita: Any, world: Any) -> None:
    html = rita.get(f"/drafts/{world.drafts['urgent']}").text
    assert "mention number 1 about the coffee" in html
    assert "Alternative A for urgent." in html and "Alternative B for urgent." in html
    assert re.search(r'id="length-n">\d+</span> / 280', html)
    assert "Joanne Baker" in html and "@JoBakes" in html and "platinum" in html
    assert "flat white" in html  # likes
    assert "urgent: safety" in html


def test_edit_then_approve_leaves_the_queue_and_shows_in_history(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    draft_id = world.drafts["complaint"]
    edited = form_post(rita, f"/drafts/{draft_id}/edit", {"text": "Sorry, Sam. AMAZING DEAL!!"})
    assert edited.status_code == 303
    with sqlite_factory() as session:
        draft = session.get(Draft, draft_id)
        assert draft.edited_by == "rita" and any("shouting" in f for f in draft.lint)
    new_text = "Sorry, Sam. We're on it and will reply properly today."
    response = form_post(rita, f"/drafts/{draft_id}/approve", {"text": new_text, "back": "/queue"})
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    assert "approved" in flash_of(response)
    assert draft_id not in _page_ids(rita.get("/queue").text)
    with sqlite_factory() as session:
        draft = session.get(Draft, draft_id)
        assert (draft.status, draft.text, draft.approved_by) == ("approved", new_text, "rita")
        remembered = session.scalars(
            select(SentenceUse.sentence).where(SentenceUse.draft_id == draft_id)
        ).all()
        assert "We're on it and will reply properly today." in remembered
    history = rita.get(f"/customers/{world.customers['sam']}").text
    assert "status-approved" in history and "will reply properly today." in history
    actions = audit_actions(sqlite_factory)
    assert ("rita", "draft.edit") in actions and ("rita", "draft.approve") in actions


def test_approving_text_over_the_platform_limit_is_refused(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    draft_id = world.drafts["urgent"]
    response = form_post(
        rita,
        f"/drafts/{draft_id}/approve",
        {"text": "word " * 80},
    )
    assert response.status_code == 303
    assert "the limit is 280" in flash_of(response)
    assert draft_status(sqlite_factory, draft_id) == "pending"
    api = api_post(rita, f"/api/drafts/{draft_id}/approve", {"text": "word " * 80})
    assert api.status_code == 409 and "limit is 280" in api.json()["detail"]


def test_a_second_approval_is_refused_with_a_message(rita: Any, ada: Any, world: Any) -> None:
    draft_id = world.drafts["question"]
    assert form_post(rita, f"/drafts/{draft_id}/approve").status_code == 303
    again = form_post(ada, f"/drafts/{draft_id}/approve")
    assert again.status_code == 303 and "is approved" in flash_of(again)
    api = api_post(ada, f"/api/drafts/{draft_id}/reject", {"reason": "late"})
    assert api.status_code == 409


def test_reject_needs_a_reason(rita: Any, sqlite_factory: Any, world: Any) -> None:
    draft_id = world.drafts["praise"]
    empty = form_post(rita, f"/drafts/{draft_id}/reject", {"reason": "  "})
    assert "needs a reason" in flash_of(empty)
    assert draft_status(sqlite_factory, draft_id) == "pending"
    done = form_post(rita, f"/drafts/{draft_id}/reject", {"reason": "Already answered"})
    assert done.status_code == 303
    with sqlite_factory() as session:
        draft = session.get(Draft, draft_id)
        assert (draft.status, draft.reject_reason, draft.rejected_by) == (
            "rejected",
            "Already answered",
            "rita",
        )


def test_snooze_by_preset_and_by_local_time(rita: Any, sqlite_factory: Any, world: Any) -> None:
    first, second = world.drafts["praise"], world.drafts["suggestion"]
    assert form_post(rita, f"/drafts/{first}/snooze", {"preset": "4h"}).status_code == 303
    local = (utcnow() + timedelta(days=2)).replace(second=0, microsecond=0)
    later = local.strftime("%Y-%m-%dT%H:%M")
    form_post(rita, f"/drafts/{second}/snooze", {"until": later, "tz_offset": "-60"})
    with sqlite_factory() as session:
        a, b = session.get(Draft, first), session.get(Draft, second)
        assert a.status == "snoozed" and a.snoozed_until > utcnow() + timedelta(hours=3)
        # 60 minutes ahead of UTC: the local time is an hour later than the UTC time.
        # Expected from the very time typed, so a minute turning mid-test cannot break it.
        assert b.snoozed_until.replace(tzinfo=None) == (local - timedelta(hours=1)).replace(
            tzinfo=None
        )
    ids = _page_ids(rita.get("/queue").text)
    assert first not in ids and second not in ids
    past = form_post(
        rita, f"/drafts/{world.drafts['urgent']}/snooze", {"until": "2020-01-01T00:00"}
    )
    assert "in the future" in flash_of(past)


def test_assign_only_to_people_who_review(rita: Any, sqlite_factory: Any, world: Any) -> None:
    draft_id = world.drafts["urgent"]
    bad = form_post(rita, f"/drafts/{draft_id}/assign", {"assignee": "vic"})
    assert "not a reviewer" in flash_of(bad)
    form_post(rita, f"/drafts/{draft_id}/assign", {"assignee": "ada"})
    with sqlite_factory() as session:
        assert session.get(Draft, draft_id).assigned_to == "ada"
    assert ("rita", "draft.assign") in audit_actions(sqlite_factory)


def test_correcting_sentiment_or_intent_stores_a_manual_label(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    mention_id = world.mentions["suggestion"]
    response = form_post(
        rita,
        f"/mentions/{mention_id}/relabel",
        {"sentiment": "positive", "intent": "suggestion", "back": "/queue"},
    )
    assert response.status_code == 303
    with sqlite_factory() as session:
        mention = session.get(Mention, mention_id)
        assert mention.label == "positive" and mention.model_label == "neutral"
        assert mention.manual_label["label"] == "positive" and "intent" not in mention.manual_label
    assert ("rita", "mention.relabel") in audit_actions(sqlite_factory)


def test_correcting_in_the_ui_redrafts_the_pending_draft_and_keeps_the_mood(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    mention_id = world.mentions["suggestion"]
    with sqlite_factory() as session:
        draft = session.query(Draft).filter_by(mention_id=mention_id).one()
        before = (draft.status, draft.template_key)
    response = form_post(
        rita,
        f"/mentions/{mention_id}/relabel",
        {"sentiment": "negative", "intent": "complaint", "mood": "furious", "back": "/queue"},
    )
    assert "pending draft was rewritten" in flash_of(response)
    with sqlite_factory() as session:
        mention = session.get(Mention, mention_id)
        assert mention.mood == "furious" and mention.manual_label["mood"] == "furious"
        draft = session.query(Draft).filter_by(mention_id=mention_id).one()
        assert before[0] == draft.status == "pending"
        assert draft.template_key.startswith("complaint/") and draft.template_key != before[1]
    assert ("rita", "draft.redrafted") in audit_actions(sqlite_factory)


def test_live_check_counts_like_the_platform_and_lints(rita: Any) -> None:
    url_text = "see https://example.com/a/very/long/path/that/is/longer/than/23 ok"
    x = api_post(rita, "/api/check", {"platform": "twitter", "text": url_text}).json()
    assert x["length"] == len("see ") + 23 + len(" ok") and x["max_length"] == 280
    hype = api_post(rita, "/api/check", {"platform": "reddit", "text": "BUY NOW!!"}).json()
    assert hype["max_length"] == 10000 and any("exclamation" in f for f in hype["lint"])


# --- customers ------------------------------------------------------------------------------------


def test_customer_search_and_edit_are_audited(rita: Any, sqlite_factory: Any, world: Any) -> None:
    found = rita.get("/customers?q=jobak").text
    assert "Joanne Baker" in found
    customer_id = world.customers["jo"]
    response = form_post(
        rita,
        f"/customers/{customer_id}/edit",
        {"notes": "Prefers oat milk", "likes": "flat white; cinnamon bun", "back": "/queue"},
    )
    assert response.status_code == 303 and response.headers["location"] == "/queue"
    with sqlite_factory() as session:
        customer = session.get(Customer, customer_id)
        assert customer.notes == "Prefers oat milk"
        assert customer.likes == ["flat white", "cinnamon bun"]
        assert customer.name == "Joanne Baker"  # fields not in the form are kept
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "customer.update"))
        assert event.before == {"likes": ["flat white"], "notes": ""}
    bad = form_post(rita, f"/customers/{customer_id}/edit", {"email": "not-an-address"})
    assert "not an e-mail address" in flash_of(bad)


def test_merge_and_unmerge_through_the_pages(rita: Any, sqlite_factory: Any, world: Any) -> None:
    jo, anon = world.customers["jo"], world.customers["anon"]
    response = form_post(rita, f"/customers/{jo}/merge", {"other_id": anon})
    assert response.status_code == 303
    page = rita.get(f"/customers/{jo}").text
    assert "@someone42" in page and "Undo" in page
    assert "merged into" in rita.get(f"/customers/{anon}").text
    merge_id = int(re.search(r"/merges/(\d+)/unmerge", page).group(1))
    form_post(rita, f"/merges/{merge_id}/unmerge")
    with sqlite_factory() as session:
        identity = session.scalar(select(Identity).where(Identity.handle == "someone42"))
        assert identity.customer_id == anon
    actions = audit_actions(sqlite_factory)
    assert ("rita", "customer.merge") in actions and ("rita", "customer.unmerge") in actions
    itself = form_post(rita, f"/customers/{jo}/merge", {"other_id": jo})
    assert "into itself" in flash_of(itself)


def test_gdpr_export_holds_everything_on_the_person(ada: Any, world: Any) -> None:
    response = ada.get(f"/customers/{world.customers['jo']}/export")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    data = json.loads(response.text)
    assert data["customer"]["name"] == "Joanne Baker"
    assert {i["handle"] for i in data["identities"]} == {"JoBakes"}
    assert len(data["mentions"]) == 2 and len(data["drafts_and_replies"]) == 2
    assert any(e["action"] == "customer.export" for e in ada.get("/api/audit").json()["items"])


def test_gdpr_delete_removes_the_person_and_keeps_anonymous_counts(
    ada: Any, sqlite_factory: Any, world: Any
) -> None:
    customer_id = world.customers["jo"]
    with sqlite_factory() as session:
        mentions_before = session.scalar(select(func.count(Mention.id)))
    unconfirmed = form_post(ada, f"/customers/{customer_id}/delete", {"confirm": "yes"})
    assert "Type the customer's number" in flash_of(unconfirmed)
    response = form_post(ada, f"/customers/{customer_id}/delete", {"confirm": str(customer_id)})
    assert response.status_code == 303
    with sqlite_factory() as session:
        customer = session.get(Customer, customer_id)
        assert customer.deleted_at is not None and customer.name is None and customer.likes == []
        assert session.scalar(select(Identity).where(Identity.handle == "JoBakes")) is None
        assert session.scalar(select(func.count(Mention.id))) == mentions_before
        erased = session.scalars(
            select(Mention).where(
                Mention.id.in_([world.mentions["urgent"], world.mentions["praise"]])
            )
        ).all()
        assert all(m.text == "" and m.url is None and m.identity_id is None for m in erased)
        assert sorted(m.label for m in erased) == ["negative", "positive"]
        draft = session.get(Draft, world.drafts["urgent"])
        assert draft.status == "rejected" and draft.text == "" and draft.customer_id is None
        dump = json.dumps(
            [e.before for e in session.scalars(select(AuditEvent))]
            + [e.after for e in session.scalars(select(AuditEvent))]
        )
        assert "Joanne" not in dump
    assert ada.get(f"/customers/{customer_id}").status_code == 404
    assert world.drafts["urgent"] not in _page_ids(ada.get("/queue").text)
    assert ("ada", "customer.delete") in audit_actions(sqlite_factory)


def test_csv_import_through_the_page(ada: Any, sqlite_factory: Any) -> None:
    good = "Full name,Email,X handle,Loyalty tier\nPriya Shah,priya@example.com,@priyacodes,gold\n"
    response = ada.post(
        "/customers/import",
        data={"csrf_token": ada.csrf},
        files={"file": ("crm.csv", good.encode(), "text/csv")},
    )
    assert response.status_code == 200 and "1 created" in response.text
    bad = "Full name,Email\nNo Mail,not-an-email\nFine Person,fine@example.com\n"
    refused = ada.post(
        "/customers/import",
        data={"csrf_token": ada.csrf},
        files={"file": ("crm.csv", bad.encode(), "text/csv")},
    )
    assert refused.status_code == 400 and "imported nothing" in refused.text
    assert "not an e-mail address" in refused.text
    with sqlite_factory() as session:
        assert session.scalar(select(Customer).where(Customer.email == "fine@example.com")) is None
    skipped = ada.post(
        "/customers/import",
        data={"csrf_token": ada.csrf, "skip_bad_rows": "true"},
        files={"file": ("crm.csv", bad.encode(), "text/csv")},
    )
    assert skipped.status_code == 200 and "1 created" in skipped.text
    no_csrf = ada.post("/customers/import", files={"file": ("crm.csv", good.encode(), "text/csv")})
    assert no_csrf.status_code == 403


# --- admin ----------------------------------------------------------------------------------------


def test_audit_page_lists_and_filters_events(rita: Any, ada: Any, world: Any) -> None:
    form_post(rita, f"/drafts/{world.drafts['question']}/reject", {"reason": "answered by phone"})

    def shown(url: str) -> set[str]:
        return set(re.findall(r'<span class="badge action">([^<]+)</span>', ada.get(url).text))

    assert shown("/audit?action=draft.") == {"draft.reject"}
    assert "user.login" in shown("/audit?action=user.")
    assert "draft.reject" not in shown("/audit?actor=ada")
    assert shown(f"/audit?subject=draft:{world.drafts['question']}") == {"draft.reject"}


def test_admin_adds_users_and_the_last_admin_keeps_the_role(ada: Any, sqlite_factory: Any) -> None:
    response = form_post(
        ada, "/admin/users", {"username": "newbie", "role": "viewer", "password": "long-enough-pw"}
    )
    assert response.status_code == 303
    short = form_post(ada, "/admin/users", {"username": "x", "role": "viewer", "password": "short"})
    assert "at least 10 characters" in flash_of(short)
    with sqlite_factory() as session:
        ada_id = session.scalar(select(User.id).where(User.username == "ada"))
        assert session.scalar(select(User.role).where(User.username == "newbie")) == "viewer"
    demote = form_post(ada, f"/admin/users/{ada_id}", {"role": "viewer", "disabled": "no"})
    assert "last enabled admin" in flash_of(demote)
    assert ("ada", "user.add") in audit_actions(sqlite_factory)


def test_own_api_token_from_the_account_page(
    web_settings: Settings, sqlite_factory: Any, rita: Any
) -> None:
    page = form_post(rita, "/account/token")
    token = re.search(r'id="new-token">([^<]+)<', page.text).group(1)
    client = make_client(web_settings, sqlite_factory)
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/me", headers=headers).json()["username"] == "rita"
    form_post(rita, "/account/token/revoke")
    assert client.get("/api/me", headers=headers).status_code == 401


# --- the command line -----------------------------------------------------------------------------


def test_users_command_adds_with_password_from_stdin_and_prints_a_token(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from commands.cli import main

    db = ["--database-url", f"sqlite:///{tmp_path / 'cli.db'}"]
    monkeypatch.setattr("sys.stdin", io.StringIO("a-good-password\n"))
    assert main([*db, "users", "add", "sam", "--role", "reviewer", "--password-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main([*db, "users", "add", "kim", "--role", "viewer", "--password-stdin"]) == 2
    assert main([*db, "users", "token", "sam"]) == 0
    out = capsys.readouterr()
    token = next(line for line in out.out.splitlines() if line.startswith("rpt_"))
    assert "at least 10 characters" in out.err
    assert main([*db, "users", "list"]) == 0
    listed = capsys.readouterr().out
    assert "sam" in listed and "reviewer" in listed and "kim" not in listed
    from store.db import make_engine, make_sessionmaker

    factory = make_sessionmaker(make_engine(f"sqlite:///{tmp_path / 'cli.db'}"))
    with factory() as session:
        assert accounts.user_for_token(session, token).username == "sam"
        assert accounts.verify_login(session, "sam", "a-good-password").ok


def test_the_users_command_asks_for_the_password_without_echo(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commands import web
    from commands.cli import main

    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return "typed-password-1"

    monkeypatch.setattr(web.getpass, "getpass", fake_getpass)
    db = ["--database-url", f"sqlite:///{tmp_path / 'cli.db'}"]
    assert main([*db, "users", "add", "pat", "--role", "admin"]) == 0
    assert asked == ["password: ", "again: "]


def test_a_failed_draft_shows_the_error_and_can_be_approved_again(
    rita: Any, sqlite_factory: Any, world: Any
) -> None:
    draft_id = world.drafts["praise"]
    with sqlite_factory() as session, session.begin():
        draft = session.get(Draft, draft_id)
        draft.status, draft.last_error, draft.attempts = "failed", "X said: 403 <forbidden>", 5
    page = rita.get(f"/drafts/{draft_id}").text
    assert "Publishing failed: X said: 403 &lt;forbidden&gt;" in page and "Approve again" in page
    history = rita.get(f"/customers/{world.customers['jo']}").text
    assert "status-failed" in history
    assert form_post(rita, f"/drafts/{draft_id}/approve").status_code == 303
    with sqlite_factory() as session:
        draft = session.get(Draft, draft_id)
        assert (draft.status, draft.attempts) == ("approved", 0)


def test_guessing_the_current_password_locks_like_the_sign_in_form(
    rita: Any, web_settings: Settings, sqlite_factory: Any
) -> None:
    for _ in range(web_settings.web.login_max_failures):
        form_post(rita, "/account/password", {"current": "guess", "new": "n3w-password-123"})
    response = form_post(rita, "/account/password", {"current": "guess", "new": "n3w-password-123"})
    assert response.status_code == 303
    follow = rita.get(response.headers["location"])
    assert "Too many wrong passwords" in follow.text
