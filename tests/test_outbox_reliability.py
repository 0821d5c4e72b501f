"""Mail is never silently lost: refused recipients, drops after accept, failures, catch-up.

Against a real SMTP server (aiosmtpd, tests/notify_fakes.py) on 127.0.0.1: recipients the
server refuses are retried alone and end ``failed`` with the server's reason; a failure
after the server accepted the message counts as sent (no second copy); a message given up
on raises a notice on another channel and a banner in the web UI; and at start the bot
sends every missed digest period (up to 7), oldest first, once each.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from commands import jobs
from commands.app import App
from config.settings import Settings, SmtpSettings
from responders.notify.channels import SmtpChannel
from responders.notify.failures import failure_notifier
from responders.notify.outbox import deliver_due, enqueue
from store.models import OutboxMessage
from tests.conftest import make_settings
from tests.notify_fakes import T0, Clock, Received, _Handler, free_port, mention, store

NOTIFY = make_settings(notify={"max_attempts": 3, "backoff_base_seconds": 60}).notify


class Refusing(_Handler):
    """Refuses RCPT for ``refuse`` (a set that a test may empty to let them through)."""

    def __init__(self, inbox: list[Received], refuse: set[str]) -> None:
        super().__init__(inbox)
        self.refuse = refuse

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class HangsUpAfterAccept(_Handler):
    """Accepts DATA (250), then ``mode``: answers QUIT with an error, or drops the line."""

    def __init__(self, inbox: list[Received], mode: str) -> None:
        super().__init__(inbox)
        self.mode = mode

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        status = await super().handle_DATA(server, session, envelope)
        if self.mode == "drop":
            # The 250 is written first; the connection is cut before QUIT can be sent.
            asyncio.get_running_loop().call_soon(server.transport.abort)
        return status

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        return "421 4.3.0 shutting down, try again"


@contextmanager
def server(handler_of: Any) -> Iterator[tuple[int, list[Received], Any]]:
    inbox: list[Received] = []
    handler = handler_of(inbox)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox, handler
    finally:
        controller.stop()


def smtp(port: int) -> SmtpChannel:
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout_seconds=5)
    return SmtpChannel(settings, password=None)


def queue(factory: Any, to: list[str], *, key: str = "alert:1") -> None:
    with factory() as session, session.begin():
        payload = {"subject": "Spike", "text": "body", "to": to}
        enqueue(session, kind="alert", key=key, channels=["email"], payload=payload, now=T0)


def message(factory: Any, key: str = "alert:1:email") -> OutboxMessage:
    with factory() as session:
        found = session.scalar(select(OutboxMessage).where(OutboxMessage.dedupe_key == key))
        assert found is not None
        return found


def copies(inbox: list[Received], address: str) -> int:
    return sum(address in r.rcpt_tos for r in inbox)


def test_refused_recipients_are_retried_alone_until_they_succeed(factory: Any) -> None:
    refuse = {"bad@bramble.example"}
    with server(lambda inbox: Refusing(inbox, refuse)) as (port, inbox, _handler):
        queue(factory, ["ok@bramble.example", "bad@bramble.example"])
        clock = Clock()
        first = deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
        assert first.retrying and not first.sent
        pending = message(factory)
        assert pending.payload["delivered_to"] == ["ok@bramble.example"]
        assert "bad@bramble.example" in pending.last_error and "550" in pending.last_error
        refuse.clear()  # the mailbox comes back
        clock.advance(minutes=5)
        second = deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
        assert second.sent
    assert copies(inbox, "ok@bramble.example") == 1
    assert copies(inbox, "bad@bramble.example") == 1
    assert inbox[1].rcpt_tos == ["bad@bramble.example"]  # the retry went to it alone


def test_a_recipient_refused_every_time_ends_failed_with_the_reason(factory: Any) -> None:
    refuse = {"gone@bramble.example"}
    with server(lambda inbox: Refusing(inbox, refuse)) as (port, inbox, _handler):
        queue(factory, ["ok@bramble.example", "gone@bramble.example"])
        clock = Clock()
        for _ in range(NOTIFY.max_attempts):
            deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
            clock.advance(hours=2)
    failed = message(factory)
    assert failed.status == "failed" and failed.attempts == NOTIFY.max_attempts
    assert "gone@bramble.example: 550" in failed.last_error
    assert copies(inbox, "ok@bramble.example") == 1  # never sent twice while retrying


def test_every_recipient_refused_is_a_failure_not_a_send(factory: Any) -> None:
    with server(lambda inbox: Refusing(inbox, {"a@x.example"})) as (port, inbox, _handler):
        queue(factory, ["a@x.example"])
        report = deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=Clock())
    assert report.retrying and not report.sent and not inbox
    assert "a@x.example: 550" in message(factory).last_error


@pytest.mark.parametrize("mode", ["quit-error", "drop"])
def test_a_failure_after_the_server_accepted_counts_as_sent(factory: Any, mode: str) -> None:
    with server(lambda inbox: HangsUpAfterAccept(inbox, mode)) as (port, inbox, _handler):
        queue(factory, ["team@bramble.example"])
        clock = Clock()
        report = deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
        clock.advance(hours=3)
        again = deliver_due(factory, {"email": smtp(port)}, settings=NOTIFY, clock=clock)
    assert report.sent and not again.sent and not again.retrying
    assert message(factory).status == "sent"
    assert len(inbox) == 1


class Capture:
    """A chat channel that records what it is asked to send."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[dict[str, Any]] = []

    def send(self, payload: Any, *, kind: str, key: str) -> None:
        self.sent.append({"key": key, **payload})


def test_a_message_that_fails_for_good_is_announced_on_another_channel(factory: Any) -> None:
    settings = make_settings(
        alerts={"routes": {"urgent": ["email", "team-chat"]}, "recipients": ["a@x.example"]},
        notify={"max_attempts": 1, "channels": {"team-chat": "json://127.0.0.1:9/hook"}},
    )
    chat = Capture("team-chat")
    with server(lambda inbox: Refusing(inbox, {"a@x.example"})) as (port, _inbox, _h):
        channels = {"email": smtp(port), "team-chat": chat}
        queue(factory, ["a@x.example"])
        hook = failure_notifier(settings, list(channels))
        clock = Clock()
        report = deliver_due(
            factory, channels, settings=settings.notify, clock=clock, on_failed=hook
        )
        assert report.failed
        deliver_due(factory, channels, settings=settings.notify, clock=clock, on_failed=hook)
    [notice] = chat.sent
    assert notice["key"].startswith("delivery-failed:") and notice["key"].endswith(":team-chat")
    assert "could not be delivered" in notice["subject"] and "email" in notice["subject"]
    assert "550" in notice["chat"]
    with factory() as session:
        keys = set(session.scalars(select(OutboxMessage.dedupe_key)))
    assert not any(k.startswith("delivery-failed:") and k.endswith(":email") for k in keys)


def test_reviewers_see_a_banner_linking_to_the_failed_notifications(factory: Any) -> None:
    from responders.web import accounts
    from tests.webkit import CHEAP_HASHER, seed, signed_in

    accounts_hasher, accounts.hasher = accounts.hasher, CHEAP_HASHER
    try:
        seed(factory)
        queue(factory, ["a@x.example"])
        with factory() as session, session.begin():
            session.scalars(select(OutboxMessage)).one().status = "failed"
        web_settings = make_settings(brand={"name": "Bramble"})
        reviewer = signed_in(web_settings, factory, "rita")
        page = reviewer.get("/queue").text
        assert "1 notification failed" in page and 'href="/outbox"' in page
        assert "alert" in reviewer.get("/outbox").text
        viewer = signed_in(web_settings, factory, "vic")
        assert "notification failed" not in viewer.get("/queue").text
    finally:
        accounts.hasher = accounts_hasher


# --- catch-up of missed digests ------------------------------------------------------------

DAY = date(2026, 11, 23)


def _digest_app(factory: Any, port: int) -> tuple[App, Settings]:
    settings = make_settings(
        brand={"name": "Bramble", "keywords": ["bramble"]},
        digest={"timezone": "UTC", "time": "18:00", "recipients": ["team@bramble.example"]},
        smtp={"host": "127.0.0.1", "port": port, "security": "none"},
    )
    app = App(settings=settings, actor="test")
    app.__dict__["factory"] = factory  # the cached property, given the test's database
    return app, settings


def _day_digests(inbox: list[Received]) -> list[str]:
    return [str(r.message["X-Rapport-Key"]).split(":")[1] for r in inbox]


def test_at_start_every_missed_digest_is_sent_oldest_first_once_each(factory: Any) -> None:
    with server(lambda inbox: _Handler(inbox)) as (port, inbox, _handler):
        app, settings = _digest_app(factory, port)
        for back in range(12):
            at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC) - timedelta(days=back)
            store(factory, settings, [mention("bramble coffee was lovely", at=at)], now=at)
        channels = {"email": smtp(port)}
        # The bot last sent the digest of 14 Nov, then was down until 23 Nov 19:00.
        jobs.digest_pass(app, channels, day=DAY - timedelta(days=9))
        inbox.clear()
        start = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
        jobs.digest_pass(app, channels, catch_up=True, now=start)
        expected = [(DAY - timedelta(days=n)).isoformat() for n in range(6, -1, -1)]
        assert _day_digests(inbox) == expected  # 7 periods, oldest first
        jobs.digest_pass(app, channels, catch_up=True, now=start + timedelta(minutes=5))
        assert _day_digests(inbox) == expected  # once each


def test_a_first_start_sends_only_the_latest_digest(factory: Any) -> None:
    with server(lambda inbox: _Handler(inbox)) as (port, inbox, _handler):
        app, settings = _digest_app(factory, port)
        for back in range(5):
            at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC) - timedelta(days=back)
            store(factory, settings, [mention("bramble coffee", at=at)], now=at)
        start = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
        jobs.digest_pass(app, {"email": smtp(port)}, catch_up=True, now=start)
    assert _day_digests(inbox) == [DAY.isoformat()]
