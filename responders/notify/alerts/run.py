"""One alert pass: match, group, then render and queue each alert in the outbox."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from config.settings import Settings
from responders.notify.alerts.context import alert_context
from responders.notify.alerts.grouping import group_pending
from responders.notify.alerts.rules import check_mentions, check_silence, check_spike
from responders.notify.outbox import enqueue
from responders.notify.render import Renderer
from store.models import Alert

logger = logging.getLogger(__name__)


@dataclass
class AlertReport:
    """What one pass did: mentions looked at, items matched, alerts queued, items waiting."""

    checked: int = 0
    matched: Counter[str] = field(default_factory=Counter)
    alerts: list[tuple[int, str, int]] = field(default_factory=list)
    queued: list[str] = field(default_factory=list)
    waiting: int = 0

    def summary(self) -> str:
        made = ", ".join(f"#{i} {rule} ({n})" for i, rule, n in self.alerts) or "none"
        return (
            f"alerts: {self.checked} mention(s) checked, "
            f"{sum(self.matched.values())} match(es), alerts {made}, "
            f"{len(self.queued)} message(s) queued, {self.waiting} item(s) waiting"
        )


def run_alerts(
    session: Session,
    *,
    settings: Settings,
    now: datetime,
    available: Collection[str],
    sources: Collection[str] = (),
    started_at: datetime | None = None,
    renderer: Renderer | None = None,
) -> AlertReport:
    """One alert pass in the caller's transaction; see the module docstring.

    ``available`` are the channel names that can deliver (routes to others are skipped);
    ``sources`` the enabled sources to watch for silence.
    """
    report = AlertReport()
    if not settings.alerts.enabled:
        return report
    report.checked, report.matched = check_mentions(session, settings=settings, now=now)
    if check_spike(session, settings=settings, now=now) is not None:
        report.matched["spike"] += 1
    silent = check_silence(
        session, settings=settings, now=now, sources=sources, started_at=started_at or now
    )
    if silent:
        report.matched["silence"] += len(silent)
    session.flush()
    groups, report.waiting = group_pending(session, settings=settings, now=now)
    if not groups:
        return report
    renderer = renderer or Renderer(
        templates_dir=settings.notify.templates_dir, timezone=settings.alerts.timezone
    )
    for rule, items in groups:
        channels = [c for c in settings.alerts.route(rule) if c in available]
        if "email" in channels and not settings.alerts.recipients:
            channels.remove("email")
        alert = Alert(rule=rule, items=len(items), channels=channels, created_at=now)
        session.add(alert)
        session.flush()
        for item in items:
            item.alert_id = alert.id
        report.alerts.append((alert.id, rule, len(items)))
        if not channels:
            logger.warning(
                "alert #%d (%s) has no deliverable channel; see alerts.routes", alert.id, rule
            )
            continue
        context = alert_context(session, alert, items, settings=settings, now=now)
        payload = renderer.render("alerts", "alert", context)
        payload["to"] = list(settings.alerts.recipients)
        report.queued += enqueue(
            session,
            kind="alert",
            key=f"alert:{alert.id}",
            channels=channels,
            payload=payload,
            now=now,
        )
    return report
