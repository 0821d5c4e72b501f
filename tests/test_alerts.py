"""Alert rules, grouping, cooldowns, quiet hours, spikes and silence; delivered for real to a
local SMTP server and a local webhook. Time is injected; nothing sleeps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from commands.scheduler import BotScheduler, Job
from config.settings import Settings
from responders.notify.alerts import QuietHours, run_alerts, spike_stats, tier_rank
from responders.notify.channels import build_channels
from responders.notify.outbox import deliver_due
from store.models import Alert, AlertItem, Customer, Mention, OutboxMessage
from tests.conftest import make_settings
from tests.notify_fakes import (
    HOSTILE,
    NEGATIVE,
    T0,
    Clock,
    http_receiver,
    mention,
    smtp_server,
    store,
)

ROOT = Path(__file__).resolve().parent.parent
BRAND = {
    "name": "Bramble",
    "handles": {"twitter": ["bramblecounter"]},
    "keywords": ["bramble", "bramblecounter"],
    "required_terms": ["coffee", "latte", "staff", "place", "service"],
}


def alert_settings(**sections: dict[str, Any]) -> Settings:
    values: dict[str, dict[str, Any]] = {
        "brand": BRAND,
        "alerts": {"recipients": ["lead@bramble.example"], "silence_minutes": 0},
        "notify": {"channels": {}},
        "web": {"base_url": "https://rapport.example"},
    }
    for section, update in sections.items():
        values[section] = {**values.get(section, {}), **update}
    return make_settings(**values)


def run(factory: Any, settings: Settings, now: datetime, available: Any = ("email",)) -> Any:
    with factory() as session, session.begin():
        return run_alerts(session, settings=settings, now=now, available=list(available))


def outbox(factory: Any) -> list[OutboxMessage]:
    with factory() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


# --- rules ---------------------------------------------------------------------------------


def test_rules_match_most_serious_first_and_skip_own_spam_and_old(factory: Any) -> None:
    settings = alert_settings()
    store(
        factory,
        settings,
        [
            mention("bramble coffee gave me food poisoning, I was sick all night, disgusting"),
            mention(NEGATIVE, followers=50_000),
            mention(NEGATIVE),
            mention("@bramblecounter lovely coffee today"),
            mention(NEGATIVE, handle="bramblecounter"),  # our own account
            mention(NEGATIVE, at=T0 - timedelta(days=3)),  # a back-fill: history, not news
        ],
    )
    report = run(factory, settings, T0 + timedelta(seconds=5))
    assert report.checked == 6
    assert dict(report.matched) == {"urgent": 1, "reach": 1, "negative": 1}
    assert sorted(rule for _, rule, _ in report.alerts) == ["negative", "reach", "urgent"]
    # Looked at once: a second pass matches nothing new.
    again = run(factory, settings, T0 + timedelta(minutes=10))
    assert again.checked == 0 and not again.alerts


def test_a_known_customer_of_the_tier_or_above_is_its_own_rule(factory: Any) -> None:
    settings = alert_settings()
    store(factory, settings, [mention(NEGATIVE, handle="jo"), mention(NEGATIVE, handle="al")])
    with factory() as session, session.begin():
        for customer in session.scalars(select(Customer)):
            handle = customer.identities[0].handle
            customer.is_known = True
            customer.name = {"jo": "Joanne Baker", "al": "Al Bronze"}[handle]
            customer.tier = {"jo": "Platinum", "al": "bronze"}[handle]
    report = run(factory, settings, T0 + timedelta(seconds=5))
    assert dict(report.matched) == {"customer": 1, "negative": 1}
    [message] = [m for m in outbox(factory) if "customer" in m.payload["subject"].lower()]
    assert "Joanne Baker" in message.payload["text"] and "Platinum" in message.payload["text"]
    assert tier_rank("GOLD", ["bronze", "gold"]) == 1 and tier_rank("wood", ["gold"]) == -1


# --- grouping, cooldowns, quiet hours ------------------------------------------------------


def test_a_burst_of_100_makes_one_grouped_alert_and_one_spike_alert(factory: Any) -> None:
    settings = alert_settings()
    burst = [mention(NEGATIVE, at=T0 + timedelta(seconds=i)) for i in range(100)]
    store(factory, settings, burst, now=T0 + timedelta(seconds=100))
    report = run(factory, settings, T0 + timedelta(seconds=101))
    assert sorted((rule, n) for _, rule, n in report.alerts) == [("negative", 100), ("spike", 1)]
    messages = outbox(factory)
    assert [m.channel for m in messages] == ["email", "email"]
    grouped = next(m for m in messages if "100 mentions" in m.payload["subject"])
    assert "… and 80 more" in grouped.payload["text"]  # alerts.max_listed = 20
    spike = next(m for m in messages if "Spike" in m.payload["subject"])
    assert "100 negative mentions in the last 15 minutes" in spike.payload["text"]
    # The spike is not raised again while the burst is still in its window.
    store(factory, settings, [mention(NEGATIVE, at=T0 + timedelta(seconds=200))])
    again = run(factory, settings, T0 + timedelta(minutes=4))
    assert [rule for _, rule, _ in again.alerts] == ["negative"]


def test_spike_needs_more_than_the_baseline_of_the_past_days(factory: Any) -> None:
    settings = alert_settings(alerts={"spike_min_count": 3})
    # Every day at this hour the brand gets 6 angry posts (a daily rush): 6 today is no spike.
    history = [
        mention(NEGATIVE, at=T0 - timedelta(days=d, minutes=m))
        for d in range(1, 15)
        for m in range(6)
    ]
    store(factory, settings, history, now=T0 - timedelta(hours=1))
    store(factory, settings, [mention(NEGATIVE, at=T0 - timedelta(minutes=m)) for m in range(6)])
    with factory() as session:
        stats = spike_stats(session, settings=settings, now=T0)
    assert stats["count"] == 6 and stats["mean"] == 6.0 and not stats["is_spike"]
    store(factory, settings, [mention(NEGATIVE, at=T0 - timedelta(seconds=s)) for s in range(6)])
    with factory() as session:
        assert spike_stats(session, settings=settings, now=T0)["is_spike"]


def test_rule_and_subject_cooldowns_hold_matches_and_group_them_later(factory: Any) -> None:
    settings = alert_settings(
        alerts={"cooldown_seconds": {"negative": 120}, "subject_cooldown_minutes": 30}
    )
    clock = Clock(T0)
    store(factory, settings, [mention(NEGATIVE, handle="ann")], now=clock())
    assert [r for _, r, _ in run(factory, settings, clock.advance(seconds=1)).alerts] == [
        "negative"
    ]
    # Within the rule's cooldown: held, not lost.
    store(factory, settings, [mention(NEGATIVE, handle="bob", at=clock())], now=clock())
    held = run(factory, settings, clock.advance(seconds=30))
    assert not held.alerts and held.waiting == 1
    # Ann again, and Bob waiting: after the rule cooldown Bob goes out; Ann's subject is cooling.
    store(factory, settings, [mention(NEGATIVE, handle="ann", at=clock())], now=clock())
    later = run(factory, settings, clock.advance(seconds=100))
    assert [(r, n) for _, r, n in later.alerts] == [("negative", 1)] and later.waiting == 1
    with factory() as session:
        sent_to = session.scalars(
            select(Mention.text).join(AlertItem).where(AlertItem.alert_id == later.alerts[0][0])
        ).all()
    assert len(sent_to) == 1
    # 30 minutes after Ann's first alert her second complaint goes out.
    final = run(factory, settings, T0 + timedelta(minutes=31))
    assert [(r, n) for _, r, n in final.alerts] == [("negative", 1)] and final.waiting == 0


def test_quiet_hours_hold_all_but_urgent_and_send_one_morning_rollup(factory: Any) -> None:
    settings = alert_settings(alerts={"quiet_hours": "22:00-07:00", "timezone": "Europe/London"})
    night = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    store(
        factory,
        settings,
        [
            mention(NEGATIVE, at=night),
            mention(NEGATIVE, at=night),
            mention("bramble coffee gave me food poisoning, I was sick all night", at=night),
        ],
        now=night,
    )
    report = run(factory, settings, night + timedelta(seconds=5))
    assert [r for _, r, _ in report.alerts] == ["urgent"] and report.waiting == 2
    store(factory, settings, [mention(NEGATIVE, at=night + timedelta(hours=3))])
    assert not run(factory, settings, night + timedelta(hours=3)).alerts
    morning = datetime(2026, 11, 24, 7, 0, 30, tzinfo=UTC)
    rollup = run(factory, settings, morning)
    assert [(r, n) for _, r, n in rollup.alerts] == [("rollup", 3)]
    message = outbox(factory)[-1]
    assert "Morning roll-up: 3 held during quiet hours" in message.payload["subject"]
    assert "Negative mention: 3" in message.payload["text"]
    quiet = QuietHours.parse("22:00-07:00", "UTC")
    assert quiet.contains(night) and not quiet.contains(morning)


def test_a_silent_source_is_alerted_once_per_silence(factory: Any) -> None:
    settings = alert_settings(alerts={"silence_minutes": 60})
    store(factory, settings, [mention("@bramblecounter lovely coffee today")], now=T0)

    def check(now: datetime) -> Any:
        with factory() as session, session.begin():
            return run_alerts(
                session,
                settings=settings,
                now=now,
                available=["email"],
                sources=["replay", "reddit"],
                started_at=T0,
            )

    assert not check(T0 + timedelta(minutes=59)).alerts
    first = check(T0 + timedelta(minutes=61))
    assert [(r, n) for _, r, n in first.alerts] == [("silence", 2)]
    text = outbox(factory)[-1].payload["text"]
    assert 'Source "replay" has stored nothing for 61 minutes' in text
    assert not check(T0 + timedelta(hours=12)).alerts  # the same silence, never twice


# --- content, escaping, delivery -----------------------------------------------------------


def test_alert_content_escapes_hostile_text_and_links_to_original_and_draft(
    factory: Any,
) -> None:
    settings = alert_settings()
    store(
        factory,
        settings,
        [mention(HOSTILE, handle="mallory", url="javascript:alert(1)")],
    )
    with factory() as session, session.begin():
        from store.models import Draft

        stored = session.scalar(select(Mention))
        session.add(Draft(mention_id=stored.id, text="sorry", template_key="t", tone="warm"))
    run(factory, settings, T0 + timedelta(seconds=5), available=["email", "chat"])
    [message] = outbox(factory)
    payload = message.payload
    assert "<script>" not in payload["html"] and "&lt;script&gt;" in payload["html"]
    assert 'href="javascript' not in payload["html"]
    assert "https://rapport.example/drafts/1" in payload["html"]
    assert "\r" not in payload["subject"] and "\n" not in payload["subject"]
    chat = payload["chat"]
    assert "<script>" not in chat and "\\<script\\>" in chat
    assert "@everyone" not in chat and "@\u200beveryone" in chat
    assert "](javascript" not in chat


def test_collect_stores_a_negative_mention_and_alerts_once_per_channel(tmp_path: Path) -> None:
    """The whole path: ``run_bot.py collect`` → stored → alert → SMTP and webhook, once each."""
    feed = tmp_path / "mentions.jsonl"
    config = tmp_path / "rapport.toml"
    db = tmp_path / "rapport.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    with smtp_server() as (port, inbox), http_receiver() as hook:
        env["RAPPORT_CHANNEL_HOOK"] = hook.url("json", "/escalations")
        config.write_text(
            "[brand]\nname = 'Bramble'\nkeywords = ['bramble']\n"
            f"[sources.replay]\nenabled = true\npaths = ['{feed}']\n"
            f"[database]\nurl = 'sqlite:///{db}'\n"
            "[alerts]\nrecipients = ['lead@bramble.example']\nsilence_minutes = 0\n"
            "routes = { negative = ['hook', 'email'], urgent = ['hook'] }\n"
            "[notify]\nchannels = { hook = '${RAPPORT_CHANNEL_HOOK}' }\n"
            f"[smtp]\nhost = '127.0.0.1'\nport = {port}\nsecurity = 'none'\n"
            "sender = 'rapport@bramble.example'\n"
        )
        now = datetime.now(UTC)
        line = {
            "platform": "twitter",
            "external_id": "1",
            "text": "bramble coffee was cold and the staff were rude, awful service",
            "author_handle": "ann",
            "created_at": now.isoformat(),
            "url": "https://x.com/ann/status/1",
        }
        feed.write_text(json.dumps(line) + "\n")

        def collect() -> str:
            proc = subprocess.run(
                [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config), "collect"],
                capture_output=True,
                text=True,
                env=env,
                cwd=tmp_path,
                timeout=120,
            )
            assert proc.returncode == 0, proc.stderr
            return proc.stdout

        out = collect()
        assert "1 stored" in out and "alerts #1 negative (1)" in out and "2 sent" in out
        assert len(inbox) == 1 and len(hook.hits) == 1
        assert inbox[0].rcpt_tos == ["lead@bramble.example"]
        assert hook.hits[0].path == "/escalations"
        assert "cold and the staff were rude" in hook.hits[0].json()["message"]
        again = collect()  # nothing new: nothing sent again
        assert "0 stored" in again
        assert len(inbox) == 1 and len(hook.hits) == 1


def test_alert_reaches_smtp_and_a_slack_compatible_webhook(factory: Any) -> None:
    """Slack's own URL has a fixed host; Mattermost takes the same incoming-webhook payload
    at a host of our choosing, so apprise's mmost:// stands in for Slack here."""
    with smtp_server() as (port, inbox), http_receiver() as hook:
        settings = alert_settings(
            alerts={"routes": {"negative": ["email", "slack"]}},
            notify={"channels": {"slack": f"mmost://127.0.0.1:{hook.port}/escalationstoken"}},
            smtp={"host": "127.0.0.1", "port": port, "security": "none"},
        )
        channels = build_channels(settings, environ={})
        store(factory, settings, [mention(HOSTILE, handle="mallory")])
        run(factory, settings, T0 + timedelta(seconds=1), available=channels)
        report = deliver_due(
            factory, channels, settings=settings.notify, clock=Clock(T0 + timedelta(seconds=2))
        )
        assert len(report.sent) == 2
        [received] = inbox
        message = received.message
        assert received.rcpt_tos == ["lead@bramble.example"]
        assert message["Subject"].startswith("[Bramble] Negative mention: Mallory on twitter")
        assert message["To"] == "lead@bramble.example" and message["Bcc"] is None
        assert message.get_content_type() == "multipart/alternative"
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert "<script>" in text  # plain text is inert: shown as typed
        assert "<script>" not in html and "&lt;script&gt;" in html
        assert "https://x.com/mallory/status/" in html
        [hit] = hook.hits
        assert hit.path == "/hooks/escalationstoken"
        body = hit.json()
        assert "<script>" not in body["text"] and "@everyone" not in body["text"]


def test_the_scheduler_runs_alerts_after_ingest_and_the_digest_on_its_cron(
    sqlite_engine: Any, sqlite_factory: Any, settings: Settings
) -> None:
    from apscheduler.triggers.cron import CronTrigger

    from listener.pipeline import IngestReport, Pipeline

    cron = CronTrigger(hour=18, minute=0, timezone="Europe/London")
    scheduler = BotScheduler(
        settings=settings,
        engine=sqlite_engine,
        pipeline=Pipeline(sqlite_factory, settings),
        sources={},
        jobs=[
            Job("alerts", lambda: None, 60),
            Job("outbox", lambda: None, 30, after_ingest=False),
            Job("digest", lambda: None, 86400, trigger=cron, after_ingest=False),
        ],
    )
    scheduler.scheduler.start(paused=True)
    try:
        jobs = {job.id: job for job in scheduler.scheduler.get_jobs()}
        assert jobs["job:digest"].trigger is cron and jobs["job:digest"].misfire_grace_time is None
        next_digest = cron.get_next_fire_time(None, datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
        assert next_digest.astimezone(UTC).hour == 17  # 18:00 in London is 17:00 UTC in summer
        before = {name: jobs[name].next_run_time for name in jobs}
        scheduler._after_ingest(IngestReport(source="replay", stored=1))
        after = {job.id: job.next_run_time for job in scheduler.scheduler.get_jobs()}
        assert after["job:alerts"] >= before["job:alerts"]
        assert after["job:outbox"] == before["job:outbox"]
        assert after["job:digest"] == before["job:digest"]
    finally:
        scheduler.scheduler.shutdown(wait=False)


@pytest.mark.parametrize("rule", ["spike", "urgent"])
def test_routes_send_each_rule_to_its_own_channels(factory: Any, rule: str) -> None:
    settings = alert_settings(
        alerts={"routes": {"urgent": ["escalations"], "spike": ["escalations", "email"]}},
        notify={"channels": {"escalations": "json://127.0.0.1:9/x"}},
    )
    texts = (
        ["bramble coffee gave me food poisoning, I was sick all night"]
        if rule == "urgent"
        else [NEGATIVE] * 6
    )
    store(factory, settings, [mention(t) for t in texts])
    run(factory, settings, T0 + timedelta(seconds=1), available=["email", "escalations"])
    with factory() as session:
        alert = session.scalar(select(Alert).where(Alert.rule == rule))
        keys = session.scalars(
            select(OutboxMessage.dedupe_key).where(
                OutboxMessage.dedupe_key.like(f"alert:{alert.id}:%")
            )
        ).all()
        assert session.scalar(select(func.count(Alert.id))) >= 1
    expected = ["escalations"] if rule == "urgent" else ["escalations", "email"]
    assert sorted(k.rsplit(":", 1)[1] for k in keys) == sorted(expected)


def test_the_demo_writes_its_alerts_and_digest_as_eml_files(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "run_bot.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=300,
        )

    demo = cli("demo", "--no-serve", "--db", str(tmp_path / "demo.db"))
    assert demo.returncode == 0, demo.stderr
    files = sorted(p.name for p in (tmp_path / "var" / "outbox").glob("*.eml"))
    assert any(name.startswith("alert_") for name in files)
    assert any(name.startswith("digest_") for name in files)
    for name in files:
        assert f"wrote var/outbox/{name}" in demo.stdout
    # The alerts were sent once: a second pass over the same database finds nothing new.
    again = cli(
        "--config",
        str(ROOT / "config/demo/rapport.toml"),
        "--database-url",
        f"sqlite:///{tmp_path / 'demo.db'}",
        "alerts",
    )
    assert again.returncode == 0, again.stderr
    assert "0 mention(s) checked" in again.stdout
