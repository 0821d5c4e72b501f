"""When the outbox gives a message up: tell someone, on a channel that still works.

A digest or alert that failed for good used to wait as ``failed`` and nobody was told. Now
the transaction that marks it failed also queues a notice (``kind="alert"``, dedupe key
``delivery-failed:<id>``, so once) on every other channel the alerts use, or, if they use
only the failed one, on any other configured channel. The web UI shows reviewers and admins
a banner with the count of failed messages (``failed_count``) linking to ``/outbox``.

A notice about a notice is never queued: if the fallback channel fails too, the banner and
``run_bot.py outbox list --status failed`` still show both.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import Settings
from responders.notify.outbox import OnFailed, enqueue
from responders.notify.render import Renderer
from store.models import OutboxMessage

KEY_PREFIX = "delivery-failed:"


def fallback_channels(settings: Settings, available: Collection[str], *, failed: str) -> list[str]:
    """Where to report a failure on ``failed``: the alert channels first, then any other.

    A channel is usable when it is configured (``available``); e-mail also needs
    ``alerts.recipients``. The failed channel is never among them.
    """

    def usable(name: str) -> bool:
        if name == failed or name not in available:
            return False
        return name != "email" or bool(settings.alerts.recipients)

    routed = [c for route in settings.alerts.routes for c in settings.alerts.route(route)]
    preferred = [c for c in dict.fromkeys(routed) if usable(c)]
    if preferred:
        return preferred
    return [c for c in available if usable(c)][:1]


def failure_notifier(settings: Settings, available: Collection[str]) -> OnFailed:
    """The ``on_failed`` hook of ``deliver_due`` for these settings and channels."""
    renderer = Renderer(
        templates_dir=settings.notify.templates_dir, timezone=settings.alerts.timezone
    )
    names = list(available)

    def notify(session: Session, message: OutboxMessage, now: datetime) -> list[str]:
        if message.dedupe_key.startswith(KEY_PREFIX):
            return []
        channels = fallback_channels(settings, names, failed=message.channel)
        if not channels:
            return []
        context = {
            "brand": settings.brand.name,
            "failed": {
                "id": message.id,
                "kind": message.kind,
                "channel": message.channel,
                "attempts": message.attempts,
                "subject": (message.payload or {}).get("subject"),
                "reason": message.last_error or "unknown",
                "created_at": message.created_at,
            },
            "outbox_url": settings.web.base_url.rstrip("/") + "/outbox",
        }
        payload = renderer.render("alerts", "delivery_failed", context)
        payload["to"] = list(settings.alerts.recipients)
        return enqueue(
            session,
            kind="alert",
            key=f"{KEY_PREFIX}{message.id}",
            channels=channels,
            payload=payload,
            now=now,
        )

    return notify


def failed_count(session: Session) -> int:
    """How many messages the outbox gave up on (the banner's number)."""
    return int(
        session.scalar(
            select(func.count()).select_from(OutboxMessage).where(OutboxMessage.status == "failed")
        )
        or 0
    )
