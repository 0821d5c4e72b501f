"""The outbox: once per channel, retries with exponential back-off, nothing lost when a server
is down or the process dies. Real SMTP (aiosmtpd) and HTTP servers on 127.0.0.1; the clock is
injected, so back-off is tested without waiting for it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from config.errors import ConfigError, InputError
from config.settings import NotifySettings, SmtpSettings
from responders.notify.channels import AppriseChannel, EmlChannel, SmtpChannel, expand_url
from responders.notify.outbox import backoff_seconds, deliver_due, enqueue, retry
from store.models import OutboxMessage
from tests.notify_fakes import T0, Clock, free_port, http_receiver, silent_server, smtp_server

ROOT = Path(__file__).resolve().parent.parent
PAYLOAD = {
    "subject": "[Bramble] Negative mention",
    "text": "plain body",
    "html": "<p>html body</p>",
    "chat": "**chat body**",
    "to": ["lead@bramble.example"],
}
NOTIFY = NotifySettings(backoff_base_seconds=30, backoff_max_seconds=600, max_attempts=4)


def queue(factory: Any, channels: list[str], key: str = "alert:1") -> list[str]:
    with factory() as session, session.begin():
        return enqueue(session, kind="alert", key=key, channels=channels, payload=PAYLOAD, now=T0)


def messages(factory: Any) -> list[OutboxMessage]:
    with factory() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def smtp(port: int, **extra: Any) -> SmtpChannel:
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", **extra)
    return SmtpChannel(settings, password=None)


def test_a_dedupe_key_is_queued_once_per_channel(factory: Any) -> None:
    assert queue(factory, ["email", "hook", "email"]) == ["alert:1:email", "alert:1:hook"]
    assert queue(factory, ["email", "hook"]) == []  # a re-run, a restart, a second instance
    assert [m.dedupe_key for m in messages(factory)] == ["alert:1:email", "alert:1:hook"]


def test_backoff_is_exponential_and_capped() -> None:
    assert [backoff_seconds(n, settings=NOTIFY) for n in (1, 2, 3, 4, 5, 99)] == [
        30,
        60,
        120,
        240,
        480,
        600,
    ]


def test_smtp_refusing_then_timing_out_then_back_delivers_exactly_once(factory: Any) -> None:
    clock = Clock(T0)
    port = free_port()  # nothing listens: connection refused
    queue(factory, ["email"])
    channels = {"email": smtp(port, timeout_seconds=0.3)}
    report = deliver_due(factory, channels, settings=NOTIFY, clock=clock)
    [message] = messages(factory)
    assert report.retrying == [message.id] and message.status == "pending"
    assert "ConnectionRefusedError" in message.last_error
    assert message.next_attempt_at == T0 + timedelta(seconds=30)
    # Not due yet: nothing is tried.
    clock.advance(seconds=10)
    assert deliver_due(factory, channels, settings=NOTIFY, clock=clock).retrying == []
    # A server that accepts and never greets: a timeout, the next back-off is twice as long.
    with silent_server() as mute:
        clock.now = T0 + timedelta(seconds=30)
        deliver_due(
            factory, {"email": smtp(mute, timeout_seconds=0.3)}, settings=NOTIFY, clock=clock
        )
    [message] = messages(factory)
    assert message.attempts == 2 and "timed out" in message.last_error.lower()
    assert message.next_attempt_at == clock() + timedelta(seconds=60)
    # The server comes back on its port.
    with smtp_server(port) as (_, inbox):
        clock.advance(seconds=60)
        report = deliver_due(factory, channels, settings=NOTIFY, clock=clock)
        assert report.sent == [message.id] and len(inbox) == 1
        clock.advance(hours=5)
        assert deliver_due(factory, channels, settings=NOTIFY, clock=clock).sent == []
        assert len(inbox) == 1
    [message] = messages(factory)
    assert message.status == "sent" and message.attempts == 3 and message.last_error is None


def test_smtp_delivery_is_multipart_with_a_stable_message_id(factory: Any) -> None:
    with smtp_server() as (port, inbox):
        queue(factory, ["email"], key="digest:2026-11-23")
        deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=Clock(T0))
    [received] = inbox
    message = received.message
    assert received.rcpt_tos == ["lead@bramble.example"]
    assert message["Subject"] == "[Bramble] Negative mention"
    assert message["Message-ID"] == "<digest.2026-11-23.email@localhost>"
    assert message.get_body(("plain",)).get_content().strip() == "plain body"
    assert message.get_body(("html",)).get_content().strip() == "<p>html body</p>"


def test_webhook_500_then_200_through_apprise(factory: Any) -> None:
    clock = Clock(T0)
    with http_receiver(statuses=[500]) as hook:
        channel = AppriseChannel("hook", hook.url("json", "/alerts"))
        queue(factory, ["hook"])
        first = deliver_due(factory, {"hook": channel}, settings=NOTIFY, clock=clock)
        [message] = messages(factory)
        assert first.retrying == [message.id] and "500" in (message.last_error or "")
        clock.advance(seconds=30)
        second = deliver_due(factory, {"hook": channel}, settings=NOTIFY, clock=clock)
        assert second.sent == [message.id]
        assert len(hook.hits) == 2
        body = hook.hits[-1].json()
        assert body["title"] == "[Bramble] Negative mention" and "chat body" in body["message"]


def test_after_max_attempts_a_message_fails_and_retry_makes_it_due(factory: Any) -> None:
    clock = Clock(T0)
    queue(factory, ["email"])
    dead = {"email": smtp(free_port(), timeout_seconds=0.3)}
    for _ in range(NOTIFY.max_attempts):
        deliver_due(factory, dead, settings=NOTIFY, clock=clock)
        clock.advance(hours=1)
    [message] = messages(factory)
    assert message.status == "failed" and message.attempts == NOTIFY.max_attempts
    assert deliver_due(factory, dead, settings=NOTIFY, clock=clock).retrying == []
    with factory() as session, session.begin():
        retry(session, message.id, now=clock())
    with smtp_server() as (port, inbox):
        report = deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
        assert report.sent == [message.id] and len(inbox) == 1
    with factory() as session, session.begin(), pytest.raises(InputError, match="already sent"):
        retry(session, message.id, now=clock())


def test_an_unknown_channel_waits_instead_of_vanishing(factory: Any) -> None:
    queue(factory, ["gone"])
    report = deliver_due(factory, {}, settings=NOTIFY, clock=Clock(T0))
    [message] = messages(factory)
    assert report.retrying == [message.id] and "not configured" in message.last_error


def test_a_message_left_sending_by_a_dead_process_is_sent_after_its_lease(factory: Any) -> None:
    queue(factory, ["eml"])
    with factory() as session, session.begin():
        message = session.scalar(select(OutboxMessage))
        message.status = "sending"  # claimed, then the process died before marking it
        message.attempts = 1
        message.next_attempt_at = T0 + timedelta(seconds=NOTIFY.sending_timeout_seconds)
    sent: list[str] = []

    class Capture:
        name = "eml"

        def send(self, payload: Any, *, kind: str, key: str) -> None:
            sent.append(key)

    clock = Clock(T0 + timedelta(seconds=60))
    assert deliver_due(factory, {"eml": Capture()}, settings=NOTIFY, clock=clock).sent == []
    clock.advance(seconds=NOTIFY.sending_timeout_seconds)
    report = deliver_due(factory, {"eml": Capture()}, settings=NOTIFY, clock=clock)
    assert report.reclaimed == 1 and sent == ["alert:1:eml"]


def test_the_process_killed_between_outbox_write_and_delivery_loses_nothing(
    tmp_path: Path,
) -> None:
    """A child process queues an alert with its mention, then is SIGKILLed before delivering;
    the next process delivers it once."""
    db = tmp_path / "rapport.db"
    script = f"""
import os, signal
from datetime import UTC, datetime
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from responders.notify.outbox import enqueue
engine = make_engine("sqlite:///{db}")
upgrade(engine)
factory = make_sessionmaker(engine)
with factory() as session, session.begin():
    enqueue(session, kind="alert", key="alert:7", channels=["email"],
            payload={{"subject": "s", "text": "t", "to": ["lead@bramble.example"]}},
            now=datetime.now(UTC))
os.kill(os.getpid(), signal.SIGKILL)
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, timeout=60
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    from store.db import make_engine, make_sessionmaker

    factory = make_sessionmaker(make_engine(f"sqlite:///{db}"))
    [message] = messages(factory)
    assert message.status == "pending"
    clock = Clock(message.next_attempt_at + timedelta(seconds=1))
    with smtp_server() as (port, inbox):
        assert deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock).sent
        deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
        assert len(inbox) == 1


def test_eml_channel_writes_one_file_per_key(tmp_path: Path) -> None:
    channel = EmlChannel(tmp_path / "outbox", sender="rapport@bramble.example")
    channel.send(PAYLOAD, kind="alert", key="alert:3:eml")
    channel.send(PAYLOAD, kind="alert", key="alert:3:eml")
    [path] = list((tmp_path / "outbox").iterdir())
    assert path.name == "alert_3_eml.eml"
    assert b"Subject: [Bramble] Negative mention" in path.read_bytes()


def test_channel_urls_read_secrets_from_the_environment() -> None:
    env = {"RAPPORT_CHANNEL_SLACK": "T000/B000/XXXX"}
    assert expand_url("slack", "slack://${RAPPORT_CHANNEL_SLACK}", env) == "slack://T000/B000/XXXX"
    with pytest.raises(ConfigError, match="RAPPORT_CHANNEL_TEAMS is not set"):
        expand_url("teams", "${RAPPORT_CHANNEL_TEAMS}", env)
    with pytest.raises(ConfigError, match="apprise does not understand"):
        AppriseChannel("odd", "nosuchscheme://x")


def test_outbox_cli_lists_and_retries(tmp_path: Path) -> None:
    db = tmp_path / "rapport.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env["RAPPORT_DATABASE_URL"] = f"sqlite:///{db}"
    env["RAPPORT_NOTIFY_EML_DIR"] = str(tmp_path / "outbox")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "run_bot.py"), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )

    assert cli("db", "upgrade").returncode == 0
    from store.db import make_engine, make_sessionmaker

    factory = make_sessionmaker(make_engine(f"sqlite:///{db}"))
    queue(factory, ["eml"])
    with factory() as session, session.begin():
        session.scalar(select(OutboxMessage)).status = "failed"
    listed = cli("outbox", "list", "--status", "failed")
    assert listed.returncode == 0 and "alert:1:eml" in listed.stdout
    retried = cli("outbox", "retry", "1")
    assert retried.returncode == 0, retried.stderr
    assert "is due again" in retried.stdout and "1 sent" in retried.stdout
    assert (tmp_path / "outbox" / "alert_1_eml.eml").exists()
    again = cli("outbox", "retry", "1")
    assert again.returncode == 2 and "already sent" in again.stderr
