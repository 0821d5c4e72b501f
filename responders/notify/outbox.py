"""The notification outbox: alerts and digests are rows first, deliveries second.

``enqueue`` writes an ``OutboxMessage`` inside the caller's transaction, so a message exists
exactly when what caused it was committed (an alert with its items, a digest for its period).
Its ``dedupe_key`` ("alert:17:email", "digest:2026-11-23:email") is unique in the database:
re-running a job, restarting the bot or two instances racing never queue a message twice.

``deliver_due`` then sends what is due, one message at a time, outside any transaction:
claim (pending → sending, a conditional update), send through the channel, mark sent; on an
error the message goes back to pending with ``next_attempt_at`` pushed out exponentially
(``notify.backoff_base_seconds`` × 2^(attempt−1), at most ``notify.backoff_max_seconds``),
and after ``notify.max_attempts`` it is marked failed (``run_bot.py outbox retry ID``), and
the hook ``on_failed`` queues a notice of it on another channel. Recipients an SMTP server
refused while it took the message for others are retried alone: those that have it are
kept in ``payload["delivered_to"]``. A
process killed mid-send leaves the message "sending" with a lease; when the lease
(``notify.sending_timeout_seconds``) runs out it is sent again. So delivery is at least once;
e-mails carry a Message-ID derived from the dedupe key, which mail clients use to drop the
rare repeat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from config.errors import InputError
from config.settings import NotifySettings
from store import bulk
from store.models import OutboxMessage

logger = logging.getLogger(__name__)

STATUSES = ("pending", "sending", "sent", "failed")


class DeliveryError(Exception):
    """A channel could not deliver a message now; the outbox will try again later."""


class PartialDelivery(DeliveryError):
    """Some recipients took the message and others were refused.

    ``delivered`` are remembered on the message (``payload["delivered_to"]``), so the next
    attempt goes only to the refused ones; ``refused`` maps each to the server's reason.
    """

    def __init__(self, *, delivered: Sequence[str], refused: Mapping[str, str]) -> None:
        reasons = "; ".join(f"{who}: {why}" for who, why in sorted(refused.items()))
        super().__init__(f"refused by the server: {reasons}"[:2000])
        self.delivered = list(delivered)
        self.refused = dict(refused)


# A message's ``payload`` key listing the recipients that already have it.
DELIVERED = "delivered_to"
# Called in the transaction that marks a message failed for good (a failure alert).
OnFailed = Callable[[Session, OutboxMessage, datetime], object]


class Channel(Protocol):
    """Somewhere messages go: SMTP, an apprise URL, a folder of .eml files."""

    name: str

    def send(self, message: Mapping[str, Any], *, kind: str, key: str) -> None:
        """Deliver ``message`` (a rendered payload) or raise ``DeliveryError``."""
        ...


def enqueue(
    session: Session,
    *,
    kind: str,
    key: str,
    channels: Sequence[str],
    payload: Mapping[str, Any],
    now: datetime,
) -> list[str]:
    """Queue ``payload`` once per channel under ``key:channel``; return the keys added.

    Runs in the caller's transaction. A key that is already queued (or sent) is skipped, so
    calling this twice for the same alert or period changes nothing.
    """
    rows = [
        {
            "kind": kind,
            "dedupe_key": f"{key}:{channel}"[:200],
            "channel": channel,
            "payload": dict(payload),
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        }
        for channel in dict.fromkeys(channels)
    ]
    if not rows:
        return []
    existing = set(
        session.scalars(
            select(OutboxMessage.dedupe_key).where(
                OutboxMessage.dedupe_key.in_([r["dedupe_key"] for r in rows])
            )
        )
    )
    fresh = [r for r in rows if r["dedupe_key"] not in existing]
    if fresh:
        bulk.insert_ignore(session, OutboxMessage.__table__, fresh, conflict=("dedupe_key",))
    return [r["dedupe_key"] for r in fresh]


def backoff_seconds(attempts: int, *, settings: NotifySettings) -> int:
    """Seconds before attempt ``attempts + 1``: base × 2^(attempts−1), capped."""
    exponent = max(0, attempts - 1)
    if exponent > 30:
        return settings.backoff_max_seconds
    return int(min(settings.backoff_base_seconds * 2**exponent, settings.backoff_max_seconds))


@dataclass
class DeliveryReport:
    """What one ``deliver_due`` pass did."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    reclaimed: int = 0

    def summary(self) -> str:
        return (
            f"outbox: {len(self.sent)} sent, {len(self.retrying)} to retry, "
            f"{len(self.failed)} failed"
            + (f", {self.reclaimed} reclaimed after a crash" if self.reclaimed else "")
        )


def deliver_due(
    factory: sessionmaker[Session],
    channels: Mapping[str, Channel],
    *,
    settings: NotifySettings,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    kinds: Sequence[str] | None = None,
    only: Sequence[int] | None = None,
    on_failed: OnFailed | None = None,
) -> DeliveryReport:
    """Send every due message (at most ``notify.batch_size``), oldest first.

    ``kinds`` or ``only`` (message ids) narrow the pass. A channel's error never escapes:
    it becomes ``last_error`` and a later ``next_attempt_at``. ``on_failed`` runs in the
    transaction that gives a message up, so whoever should hear of it
    (``responders.notify.failures``) is queued exactly when the failure is recorded.
    """
    report = DeliveryReport()
    now = clock()
    with factory() as session, session.begin():
        # A lease that ran out: the process that claimed the message died while sending.
        result = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == "sending", OutboxMessage.next_attempt_at <= now)
            .values(status="pending")
        )
        report.reclaimed = result.rowcount or 0
        stmt = (
            select(OutboxMessage.id)
            .where(
                OutboxMessage.status == "pending",
                or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
            )
            .order_by(OutboxMessage.id)
            .limit(settings.batch_size)
        )
        if kinds:
            stmt = stmt.where(OutboxMessage.kind.in_(list(kinds)))
        if only:
            stmt = stmt.where(OutboxMessage.id.in_(list(only)))
        due = list(session.scalars(stmt))
    for message_id in due:
        _deliver_one(
            factory,
            channels,
            message_id,
            settings=settings,
            clock=clock,
            report=report,
            on_failed=on_failed,
        )
    if due:
        logger.info(report.summary())
    return report


def _deliver_one(
    factory: sessionmaker[Session],
    channels: Mapping[str, Channel],
    message_id: int,
    *,
    settings: NotifySettings,
    clock: Callable[[], datetime],
    report: DeliveryReport,
    on_failed: OnFailed | None = None,
) -> None:
    now = clock()
    lease = now + timedelta(seconds=settings.sending_timeout_seconds)
    with factory() as session, session.begin():
        claimed = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == message_id, OutboxMessage.status == "pending")
            .values(status="sending", attempts=OutboxMessage.attempts + 1, next_attempt_at=lease)
        ).rowcount
        if not claimed:  # another instance took it
            return
        message = session.get(OutboxMessage, message_id)
        assert message is not None
        payload, kind, key = dict(message.payload), message.kind, message.dedupe_key
        channel_name, attempts = message.channel, message.attempts
    channel = channels.get(channel_name)
    error: str | None = None
    delivered: list[str] = []
    try:
        if channel is None:
            raise DeliveryError(f"channel {channel_name!r} is not configured")
        channel.send(payload, kind=kind, key=key)
    except PartialDelivery as exc:
        delivered = exc.delivered
        error = str(exc)
    except DeliveryError as exc:
        error = str(exc) or type(exc).__name__
    except Exception as exc:  # a channel bug must not stop the other messages
        logger.exception("channel %s raised while sending message %d", channel_name, message_id)
        error = f"{type(exc).__name__}: {exc}"
    done = clock()
    with factory() as session, session.begin():
        message = session.get(OutboxMessage, message_id)
        assert message is not None
        if message.status != "sending" or message.attempts != attempts:
            # Our lease ran out and another worker took the message over (and may have sent
            # it): its outcome stands, ours is only logged.
            logger.warning(
                "outcome for %s arrived after the claim moved on (%s); not recorded",
                key,
                "sent" if error is None else error,
            )
            return
        if delivered:
            # Remembered whatever happens next: a retry goes only to the refused recipients.
            done_before = list(message.payload.get(DELIVERED) or [])
            message.payload = {
                **message.payload,
                DELIVERED: list(dict.fromkeys(done_before + delivered)),
            }
        if error is None:
            message.status = "sent"
            message.sent_at = done
            message.last_error = None
            message.next_attempt_at = None
            report.sent.append(message_id)
            logger.info("sent %s through %s", key, channel_name)
            return
        message.last_error = error[:2000]
        if attempts >= settings.max_attempts:
            message.status = "failed"
            message.next_attempt_at = None
            report.failed.append(message_id)
            logger.error("giving up on %s after %d attempts: %s", key, attempts, error)
            if on_failed is not None:
                on_failed(session, message, done)
        else:
            delay = backoff_seconds(attempts, settings=settings)
            message.status = "pending"
            message.next_attempt_at = done + timedelta(seconds=delay)
            report.retrying.append(message_id)
            logger.warning(
                "%s via %s failed (%s); next try in %ds", key, channel_name, error, delay
            )


def list_messages(
    session: Session, *, status: str | None = None, limit: int = 50
) -> list[OutboxMessage]:
    """Newest messages first, optionally only those in ``status``."""
    stmt = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
    if status:
        stmt = stmt.where(OutboxMessage.status == status)
    return list(session.scalars(stmt))


def retry(session: Session, message_id: int, *, now: datetime) -> OutboxMessage:
    """Make a failed (or waiting) message due now, with a fresh count of attempts."""
    message = session.get(OutboxMessage, message_id)
    if message is None:
        raise InputError(f"no outbox message with id {message_id}")
    if message.status == "sent":
        raise InputError(f"outbox message {message_id} was already sent at {message.sent_at}")
    if message.status == "sending" and message.next_attempt_at and message.next_attempt_at > now:
        raise InputError(f"outbox message {message_id} is being sent right now")
    message.status = "pending"
    message.attempts = 0
    message.next_attempt_at = now
    return message
