"""Shared by the web tests: a seeded database, signed-in test clients, a cheap password hash.

``seed`` writes a small but varied world: three users (admin ``ada``, reviewer ``rita``,
viewer ``vic``), customers on X and Reddit with tiers, and pending drafts of every intent and
sentiment, one of them from a hostile author whose text and link try to run script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from config.settings import Settings
from responders.web import accounts, create_app
from store.models import Customer, Draft, Identity, Mention

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORDS = {"ada": "password-ada-1", "rita": "password-rita-1", "vic": "password-vic-1"}
ROLES = {"ada": "admin", "rita": "reviewer", "vic": "viewer"}
HOSTILE_TEXT = '<script>alert("pwned")</script> your <b>coffee</b> & "service" stink'
HOSTILE_URL = "javascript:alert(1)"


@dataclass
class World:
    """Ids of what ``seed`` made, by name."""

    drafts: dict[str, int] = field(default_factory=dict)
    customers: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)


def add_person(
    session: Session,
    *,
    handle: str,
    platform: str = "twitter",
    name: str | None = None,
    tier: str | None = None,
    notes: str = "",
) -> Customer:
    customer = Customer(
        name=name,
        preferred_name=name.split()[0] if name else None,
        likes=["flat white"] if name else [],
        dislikes=[],
        tags=[],
        notes=notes,
        tier=tier,
        is_known=bool(name),
        first_seen=T0 - timedelta(days=30),
        last_seen=T0,
    )
    session.add(customer)
    session.flush()
    session.add(
        Identity(
            platform=platform,
            platform_user_id=f"uid-{handle}",
            handle=handle,
            handle_key=handle.lower(),
            display_name=name,
            customer_id=customer.id,
        )
    )
    session.flush()
    return customer


def add_mention_draft(
    session: Session,
    customer: Customer,
    n: int,
    *,
    text: str | None = None,
    url: str | None = None,
    label: str = "negative",
    intent: str = "complaint",
    urgency: str = "normal",
    priority: int = 0,
    status: str = "pending",
    reply: str | None = None,
    alternatives: list[dict[str, Any]] | None = None,
) -> Draft:
    identity = customer.identities[0]
    body = text or f"mention number {n} about the coffee"
    mention = Mention(
        platform=identity.platform,
        external_id=f"ext-{n}",
        url=url if url is not None else f"https://x.com/{identity.handle}/status/{n}",
        identity_id=identity.id,
        text=body,
        text_normalized=body.lower(),
        created_at=T0 - timedelta(minutes=n),
        label=label,
        model_label=label,
        intent=intent,
        model_intent=intent,
        is_complaint=intent == "complaint",
        urgency=urgency,
        urgency_reasons=["safety"] if urgency == "high" else [],
        compound=-0.6 if label == "negative" else 0.5 if label == "positive" else 0.0,
        status="drafted",
    )
    session.add(mention)
    session.flush()
    draft = Draft(
        mention_id=mention.id,
        customer_id=customer.id,
        text=reply or f"Thanks for telling us ({n}). We are looking into it.",
        template_key="complaint/neutral",
        tone="calm",
        alternatives=alternatives or [],
        lint=[],
        priority=priority,
        status=status,
        created_at=T0,
        updated_at=T0,
    )
    session.add(draft)
    session.flush()
    return draft


def seed(factory: sessionmaker[Session]) -> World:
    world = World()
    with factory() as session, session.begin():
        for name, password in PASSWORDS.items():
            accounts.add_user(session, name, role=ROLES[name], password=password, actor="test")
        jo = add_person(session, handle="JoBakes", name="Joanne Baker", tier="platinum")
        sam = add_person(session, handle="sam_r", platform="reddit", name="Sam Rowe", tier="gold")
        anon = add_person(session, handle="someone42")
        evil = add_person(session, handle="evil_eve", notes="<img src=x onerror=alert(2)>")
        world.customers.update(jo=jo.id, sam=sam.id, anon=anon.id, evil=evil.id)
        specs = [
            ("urgent", jo, dict(urgency="high", priority=900, label="negative")),
            ("question", sam, dict(intent="question", label="neutral", priority=500)),
            ("praise", jo, dict(intent="praise", label="positive", priority=100)),
            ("suggestion", anon, dict(intent="suggestion", label="neutral", priority=50)),
            ("complaint", sam, dict(priority=300)),
            (
                "hostile",
                evil,
                dict(text=HOSTILE_TEXT, url=HOSTILE_URL, priority=200, reply="Sorry to hear it."),
            ),
        ]
        for n, (key, person, options) in enumerate(specs, start=1):
            alternatives = [
                {
                    "text": f"Alternative A for {key}.",
                    "tone": "calm",
                    "template_key": "t",
                    "lint": [],
                },
                {
                    "text": f"Alternative B for {key}.",
                    "tone": "warm",
                    "template_key": "t",
                    "lint": [],
                },
            ]
            draft = add_mention_draft(session, person, n, alternatives=alternatives, **options)
            world.drafts[key] = draft.id
            world.mentions[key] = draft.mention_id
    return world


def login(client: TestClient, username: str, password: str | None = None) -> Any:
    """Sign in through the form, as a browser does; returns the response to the POST."""
    page = client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text)
    assert token, page.text[:500]
    return client.post(
        "/login",
        data={
            "username": username,
            "password": PASSWORDS.get(username, "") if password is None else password,
            "login_token": token.group(1),
            "next": "/queue",
        },
        follow_redirects=False,
    )


def csrf_of(client: TestClient) -> str:
    return client.get("/api/me").json()["csrf_token"]


def make_client(settings: Settings, factory: sessionmaker[Session], **kwargs: Any) -> TestClient:
    return TestClient(create_app(settings, factory), **kwargs)


def signed_in(settings: Settings, factory: sessionmaker[Session], username: str) -> TestClient:
    client = make_client(settings, factory)
    response = login(client, username)
    assert response.status_code == 303, response.text[:300]
    client.csrf = csrf_of(client)  # type: ignore[attr-defined]
    return client


def form_post(client: TestClient, url: str, data: dict[str, Any] | None = None) -> Any:
    """A form POST with the session's CSRF token, not following the redirect."""
    payload = {"csrf_token": client.csrf, **(data or {})}  # type: ignore[attr-defined]
    return client.post(url, data=payload, follow_redirects=False)


def api_post(client: TestClient, url: str, body: dict[str, Any] | None = None) -> Any:
    return client.post(url, json=body or {}, headers={"X-CSRF-Token": client.csrf})  # type: ignore[attr-defined]
