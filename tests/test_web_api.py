"""The JSON API under /api/: the same actions and rules as the pages, with session or token
auth, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from config.settings import Settings
from responders.web import accounts
from store.models import AuditEvent, Customer, Draft, Mention
from tests.conftest import make_settings
from tests.webkit import CHEAP_HASHER, api_post, make_client, seed, signed_in


@pytest.fixture(autouse=True)
def cheap_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "hasher", CHEAP_HASHER)


@pytest.fixture
def web_settings() -> Settings:
    return make_settings(brand={"name": "Bramble"}, web={"page_size": 5})


@pytest.fixture
def world(factory: Any) -> Any:
    return seed(factory)


def token_client(web_settings: Settings, factory: Any, username: str) -> Any:
    with factory() as session, session.begin():
        token = accounts.issue_token(session, accounts.find_user(session, username), actor="test")
    client = make_client(web_settings, factory)
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def test_openapi_schema_is_served_to_signed_in_people(
    web_settings: Settings, factory: Any, world: Any
) -> None:
    anonymous = make_client(web_settings, factory)
    assert anonymous.get("/api/openapi.json").status_code == 401
    client = token_client(web_settings, factory, "vic")
    schema = client.get("/api/openapi.json").json()
    for path in (
        "/api/queue",
        "/api/drafts/{draft_id}/approve",
        "/api/drafts/{draft_id}/reject",
        "/api/customers/{customer_id}",
        "/api/customers/{customer_id}/export",
        "/api/customers/import",
        "/api/audit",
    ):
        assert path in schema["paths"], path
    assert not any(p.startswith(("/queue", "/drafts", "/login")) for p in schema["paths"])


def test_a_token_needs_no_csrf_and_keeps_the_role_rules(
    web_settings: Settings, factory: Any, world: Any
) -> None:
    reviewer = token_client(web_settings, factory, "rita")
    draft_id = world.drafts["question"]
    response = reviewer.post(f"/api/drafts/{draft_id}/approve", json={})
    assert response.status_code == 200 and response.json()["status"] == "approved"
    assert response.json()["approved_by"] == "rita"
    viewer = token_client(web_settings, factory, "vic")
    refused = viewer.post(f"/api/drafts/{world.drafts['praise']}/reject", json={"reason": "no"})
    assert refused.status_code == 403
    bad = make_client(web_settings, factory)
    bad.headers["Authorization"] = "Bearer rpt_not-a-real-token"
    assert bad.get("/api/me").status_code == 401
    assert bad.get("/api/me").headers["www-authenticate"] == "Bearer"


def test_review_actions_through_the_api(web_settings: Settings, factory: Any, world: Any) -> None:
    client = token_client(web_settings, factory, "rita")
    urgent, praise, complaint = (world.drafts[k] for k in ("urgent", "praise", "complaint"))
    edited = client.post(f"/api/drafts/{urgent}/edit", json={"text": "We are so sorry, Jo."})
    assert edited.json()["text"] == "We are so sorry, Jo." and edited.json()["edited_by"] == "rita"
    snoozed = client.post(f"/api/drafts/{praise}/snooze", json={"preset": "tomorrow"})
    assert snoozed.json()["status"] == "snoozed" and snoozed.json()["snoozed_until"]
    assigned = client.post(f"/api/drafts/{complaint}/assign", json={"assignee": "ada"})
    assert assigned.json()["assigned_to"] == "ada"
    rejected = client.post(f"/api/drafts/{complaint}/reject", json={"reason": "spam"})
    assert rejected.json()["status"] == "rejected" and rejected.json()["reject_reason"] == "spam"
    empty = client.post(f"/api/drafts/{urgent}/reject", json={"reason": ""})
    assert empty.status_code == 422
    missing = client.post("/api/drafts/99999/approve", json={})
    assert missing.status_code == 404
    detail = client.get(f"/api/drafts/{urgent}").json()
    assert detail["customer"]["name"] == "Joanne Baker"
    assert {row["draft"]["id"] for row in detail["history"] if row["draft"]} == {urgent, praise}
    assert len(detail["alternatives"]) == 2 and detail["max_length"] == 280
    queue = client.get("/api/queue").json()
    assert praise not in [i["draft_id"] for i in queue["items"]]
    with factory() as session:
        actions = {e.action for e in session.scalars(select(AuditEvent))}
    assert {"draft.edit", "draft.snooze", "draft.assign", "draft.reject"} <= actions


def test_relabel_through_the_api(web_settings: Settings, factory: Any, world: Any) -> None:
    client = token_client(web_settings, factory, "rita")
    mention_id = world.mentions["praise"]
    response = client.post(
        f"/api/mentions/{mention_id}/relabel", json={"sentiment": "neutral", "intent": "other"}
    )
    body = response.json()
    assert body["sentiment"] == "neutral" and body["intent"] == "other"
    assert body["manual_label"]["by"] == "rita"
    assert (
        client.post(f"/api/mentions/{mention_id}/relabel", json={"sentiment": "meh"}).status_code
        == 422
    )
    with factory() as session:
        assert session.get(Mention, mention_id).model_label == "positive"


def test_customers_through_the_api(web_settings: Settings, factory: Any, world: Any) -> None:
    reviewer = token_client(web_settings, factory, "rita")
    admin = token_client(web_settings, factory, "ada")
    jo, anon = world.customers["jo"], world.customers["anon"]
    found = reviewer.get("/api/customers", params={"q": "jobakes"}).json()["items"]
    assert [c["id"] for c in found] == [jo]
    patched = reviewer.patch(f"/api/customers/{jo}", json={"notes": "Regular", "tier": "Gold"})
    assert patched.json()["notes"] == "Regular" and patched.json()["tier"] == "gold"
    merged = reviewer.post(f"/api/customers/{jo}/merge", json={"other_id": anon}).json()
    handles = {i["handle"] for i in merged["customer"]["identities"]}
    assert handles == {"JoBakes", "someone42"}
    undone = reviewer.post(f"/api/merges/{merged['merge_id']}/unmerge").json()
    assert undone["restored_id"] == anon
    assert reviewer.get(f"/api/customers/{jo}/export").status_code == 403
    export = admin.get(f"/api/customers/{jo}/export").json()
    assert export["customer"]["notes"] == "Regular"
    erased = admin.delete(f"/api/customers/{anon}").json()
    assert erased["erased"] and erased["mentions"] == 1
    assert reviewer.get(f"/api/customers/{anon}").status_code == 404
    with factory() as session:
        assert session.get(Customer, anon).deleted_at is not None
        draft = session.get(Draft, world.drafts["suggestion"])
        assert draft.status == "rejected" and draft.text == ""


def test_csv_import_through_the_api(web_settings: Settings, factory: Any, world: Any) -> None:
    admin = token_client(web_settings, factory, "ada")
    csv_text = "Name,Handle\nLee Park,leep\n"
    response = admin.post(
        "/api/customers/import",
        data={"mapping": "name=Name\ntwitter=Handle"},
        files={"file": ("crm.csv", csv_text.encode(), "text/csv")},
    )
    assert response.status_code == 200, response.text
    assert response.json()["created"] == 1
    broken = admin.post(
        "/api/customers/import",
        data={"mapping": "nonsense=Name"},
        files={"file": ("crm.csv", csv_text.encode(), "text/csv")},
    )
    assert broken.status_code == 400 and "unknown field" in broken.json()["detail"]


def test_session_clients_use_the_csrf_header(
    web_settings: Settings, factory: Any, world: Any
) -> None:
    client = signed_in(web_settings, factory, "rita")
    me = client.get("/api/me").json()
    assert me == {
        "username": "rita",
        "role": "reviewer",
        "via": "session",
        "csrf_token": me["csrf_token"],
    }
    response = api_post(client, f"/api/drafts/{world.drafts['urgent']}/approve")
    assert response.status_code == 200


def test_users_and_audit_for_admins(web_settings: Settings, factory: Any, world: Any) -> None:
    admin = token_client(web_settings, factory, "ada")
    added = admin.post(
        "/api/users", json={"username": "nia", "role": "viewer", "password": "long-password"}
    )
    assert added.status_code == 201
    names = {u["username"] for u in admin.get("/api/users").json()["items"]}
    assert names == {"ada", "rita", "vic", "nia"}
    first = admin.get("/api/audit", params={"limit": 2}).json()
    older = admin.get("/api/audit", params={"limit": 2, "before": first["next_before"]}).json()
    ids = [e["id"] for e in first["items"] + older["items"]]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 4
