"""The nightly digest: its period, its content, once per period across restarts and a down
SMTP server, the CLI, and how it looks when rendered in Chromium."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from config.settings import Settings
from responders.notify.channels import SmtpChannel
from responders.notify.digest import latest_period, period_bounds, queue_digest, render_digest
from responders.notify.outbox import deliver_due
from responders.notify.themes import cluster, ignore_words
from store.models import Customer, Draft, Mention, OutboxMessage
from tests.conftest import make_settings
from tests.notify_fakes import HOSTILE, NEGATIVE, Clock, free_port, mention, smtp_server, store

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
DAY = date(2026, 11, 23)
# The period of 23 Nov in London: 22 Nov 18:00 to 23 Nov 18:00 (GMT = UTC in November).
IN_PERIOD = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
BEFORE = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)

COMPLAINTS = [
    "bramble oat milk latte was cold again, awful",
    "@bramblecounter my oat milk latte was lukewarm and the queue was terrible",
    "bramble app keeps crashing when I order, so annoying",
    "the bramble app logged me out and lost my stamp card, useless",
    "bramble app crashed at checkout, charged twice for my coffee",
    "@bramblecounter the queue at Headrow was 25 minutes for one coffee, terrible service",
]


def digest_settings(**sections: dict[str, Any]) -> Settings:
    values: dict[str, dict[str, Any]] = {
        "brand": {
            "name": "Bramble",
            "handles": {"twitter": ["bramblecounter"]},
            "keywords": ["bramble", "bramblecounter"],
        },
        "digest": {
            "timezone": "Europe/London",
            "recipients": ["team@bramble.example"],
        },
        "web": {"base_url": "https://rapport.example"},
        "smtp": {"host": "127.0.0.1", "port": 25, "security": "none"},
    }
    for section, update in sections.items():
        values[section] = {**values.get(section, {}), **update}
    return make_settings(**values)


def seed(factory: Any, settings: Settings) -> None:
    """A regular (four happy posts last week) turning unhappy, themed complaints, history."""
    regular = [
        mention(
            "@bramblecounter lovely flat white as always",
            handle="jo",
            at=BEFORE - timedelta(days=d),
        )
        for d in (2, 4, 6, 8)
    ]
    store(factory, settings, regular, now=BEFORE - timedelta(days=1))
    store(factory, settings, [mention(NEGATIVE, at=BEFORE)], now=BEFORE)
    today = [
        mention(text, at=IN_PERIOD + timedelta(minutes=7 * i)) for i, text in enumerate(COMPLAINTS)
    ]
    today.append(mention(HOSTILE, handle="mallory", at=IN_PERIOD))
    today.append(
        mention(
            "bramble coffee was cold and the staff ignored me, awful", handle="jo", at=IN_PERIOD
        )
    )
    today.append(mention("@bramblecounter lovely coffee today", at=IN_PERIOD + timedelta(hours=3)))
    store(factory, settings, today, now=IN_PERIOD + timedelta(hours=4))
    with factory() as session, session.begin():
        jo = None
        for customer in session.scalars(select(Customer)):
            if customer.identities and customer.identities[0].handle == "jo":
                customer.is_known, customer.name, customer.tier = True, "Joanne Baker", "gold"
                jo = customer
        assert jo is not None
        first = session.scalar(select(Mention).where(Mention.text == COMPLAINTS[0]))
        session.add(
            Draft(
                mention_id=first.id, text="sorry", template_key="t", tone="warm", status="approved"
            )
        )
        second = session.scalar(select(Mention).where(Mention.text == COMPLAINTS[1]))
        session.add(Draft(mention_id=second.id, text="sorry", template_key="t", tone="warm"))


def test_periods_end_at_digest_time_in_the_digest_time_zone() -> None:
    settings = digest_settings()
    start, end = period_bounds(DAY, settings=settings)
    assert (start.astimezone(UTC), end.astimezone(UTC)) == (
        datetime(2026, 11, 22, 18, 0, tzinfo=UTC),
        datetime(2026, 11, 23, 18, 0, tzinfo=UTC),
    )
    # The night the clocks go back the period is 25 hours long, and still ends at 18:00 local.
    start, end = period_bounds(date(2026, 10, 25), settings=settings)
    assert end - start == timedelta(hours=25)
    assert end.astimezone(ZoneInfo("Europe/London")).hour == 18
    assert latest_period(datetime(2026, 11, 23, 17, 59, tzinfo=UTC), settings=settings) == date(
        2026, 11, 22
    )
    assert latest_period(datetime(2026, 11, 23, 18, 0, tzinfo=UTC), settings=settings) == DAY


def test_the_digest_counts_themes_unresolved_regulars_and_hours(factory: Any) -> None:
    settings = digest_settings()
    seed(factory, settings)
    with factory() as session:
        context, payload = render_digest(
            session, DAY, settings=settings, now=datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
        )
    counts = context["counts"]
    assert counts["mentions"] == 9 and context["previous"]["mentions"] == 1
    assert counts["complaints"] == context["complaint_total"] == 8
    assert context["delta"]["mentions"] == 8
    themes = {t["name"]: t for t in context["themes"]}
    assert "app" in themes and themes["app"]["count"] == 3
    assert len(themes["app"]["examples"]) == 2
    assert any("latte" in name or "oat" in name for name in themes)
    assert all("bramble" not in name for name in themes)
    # The approved one is resolved; the pending draft is not.
    unresolved_texts = [m["text"] for m in context["unresolved"]]
    assert COMPLAINTS[0] not in unresolved_texts and COMPLAINTS[1] in unresolved_texts
    assert context["unresolved_total"] == 7 + 1  # today's seven, and yesterday's angry post
    [regular] = context["regulars"]
    assert regular["customer_display"] == "Joanne Baker" and regular["previous_mentions"] == 4
    hours = context["hours"]
    assert len(hours) == 24 and hours[0]["label"] == "18"
    assert sum(h["total"] for h in hours) == 9
    # Text and HTML, readable without images, hostile text escaped, links in place.
    assert payload["subject"].startswith(
        "Bramble digest, Mon 23 Nov: 8 complaints (+7), 9 mentions"
    )
    assert "COMPLAINTS BY THEME" in payload["text"] and "app: 3" in payload["text"]
    html = payload["html"]
    assert "<img" not in html and "src=" not in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "https://rapport.example/drafts/2" in html  # the pending draft
    assert "Joanne Baker" in html


def test_once_per_period_across_restarts_and_a_down_smtp_server(factory: Any) -> None:
    port = free_port()
    settings = digest_settings(smtp={"port": port, "timeout_seconds": 0.3})
    seed(factory, settings)
    channels = {"email": SmtpChannel(settings.smtp, password=None)}
    clock = Clock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    with factory() as session, session.begin():
        first = queue_digest(session, DAY, settings=settings, now=clock(), available=channels)
    assert first.queued == ["digest:2026-11-23:email"]
    deliver_due(factory, channels, settings=settings.notify, clock=clock)  # the server is down
    # The bot restarts (a new session, the same database) and the cron fires again.
    with factory() as session, session.begin():
        again = queue_digest(session, DAY, settings=settings, now=clock(), available=channels)
    assert again.queued == [] and again.already == ["digest:2026-11-23:email"]
    with smtp_server(port) as (_, inbox):
        for _ in range(3):
            clock.advance(minutes=5)
            deliver_due(factory, channels, settings=settings.notify, clock=clock)
        assert len(inbox) == 1
    [received] = inbox
    assert received.rcpt_tos == ["team@bramble.example"]
    message = received.message
    assert message["Subject"].startswith("Bramble digest, Mon 23 Nov")
    assert {p.get_content_type() for p in message.iter_parts()} == {"text/plain", "text/html"}
    with factory() as session:
        [row] = session.scalars(select(OutboxMessage)).all()
        assert row.status == "sent" and row.attempts == 2


def test_an_empty_period_sends_a_quiet_day_or_nothing(factory: Any) -> None:
    settings = digest_settings()
    now = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
    with factory() as session, session.begin():
        result = queue_digest(session, DAY, settings=settings, now=now, available=["email"])
        payload = session.scalar(select(OutboxMessage)).payload
    assert result.queued and "a quiet day" in payload["subject"]
    assert "A quiet day: no mentions in this period." in payload["text"]
    skip = digest_settings(digest={"skip_empty": True})
    with factory() as session, session.begin():
        none = queue_digest(
            session, DAY + timedelta(days=1), settings=skip, now=now, available=["email"]
        )
    assert none.skipped_empty and not none.queued


def test_themes_come_from_the_complaints_themselves() -> None:
    texts = [*COMPLAINTS, "parking outside is a nightmare"]
    themes, rest = cluster(texts, ignore=ignore_words(["Bramble", "bramblecounter"]))
    names = [t.name for t in themes]
    assert names[0] == "app" and themes[0].members == [2, 3, 4]
    assert any("oat" in n or "latte" in n for n in names)
    assert 6 in rest  # parking: one complaint is no theme
    again, _ = cluster(texts, ignore=ignore_words(["Bramble", "bramblecounter"]))
    assert [(t.name, t.members) for t in again] == [(t.name, t.members) for t in themes]


def test_digest_cli_preview_and_send_once(tmp_path: Path) -> None:
    db = tmp_path / "rapport.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env["RAPPORT_DATABASE_URL"] = f"sqlite:///{db}"
    env["RAPPORT_DIGEST_RECIPIENTS"] = '["team@bramble.example"]'

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "run_bot.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )

    preview = cli("digest", "--preview", str(tmp_path / "d.html"), "--date", "2026-11-23")
    assert preview.returncode == 0, preview.stderr
    assert "<html" in (tmp_path / "d.html").read_text() and (tmp_path / "d.txt").exists()
    with factory_for(db)() as session:
        assert session.scalar(select(OutboxMessage)) is None  # a preview sends nothing
    no_smtp = cli("digest", "--send")
    assert no_smtp.returncode == 2 and "smtp.host" in no_smtp.stderr
    with smtp_server() as (port, inbox):
        env.update(RAPPORT_SMTP_HOST="127.0.0.1", RAPPORT_SMTP_PORT=str(port))
        env["RAPPORT_SMTP_SECURITY"] = "none"
        sent = cli("digest", "--send", "--date", "2026-11-23")
        assert sent.returncode == 0, sent.stderr
        assert "queued for email" in sent.stdout and "1 sent" in sent.stdout
        twice = cli("digest", "--send", "--date", "2026-11-23")
        assert "already queued for email" in twice.stdout
        assert len(inbox) == 1


def factory_for(db: Path) -> Any:
    from store.db import make_engine, make_sessionmaker

    return make_sessionmaker(make_engine(f"sqlite:///{db}"))


def test_the_digest_renders_in_chromium(sqlite_factory: Any) -> None:
    """Saves tests/artifacts/digest.png (CI keeps it) and checks the page as a person sees it."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install -y chromium; .ci/run does)")
    playwright = pytest.importorskip("playwright.sync_api")
    settings = digest_settings()
    seed(sqlite_factory, settings)
    with sqlite_factory() as session:
        _, payload = render_digest(
            session, DAY, settings=settings, now=datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
        )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "digest.html").write_text(payload["html"], encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(viewport={"width": 760, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.set_content(payload["html"], wait_until="load")
            assert [u for u in requests if not u.startswith(("data:", "about:"))] == []
            assert page.locator("h2", has_text="Complaints by theme").is_visible()
            assert page.locator("text=Joanne Baker").first.is_visible()
            assert page.evaluate("document.querySelectorAll('script').length") == 0
            page.screenshot(path=str(ARTIFACTS / "digest.png"), full_page=True)
        finally:
            browser.close()
    assert (ARTIFACTS / "digest.png").stat().st_size > 10_000
