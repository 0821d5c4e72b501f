"""Alert rules: the brand lead hears about a bad moment within a minute, without a flood.

One pass (``run_alerts``, in the caller's transaction; the composition root runs it right
after every ingest and on ``alerts.interval_seconds``):
1. **Match.** Mentions not yet looked at (``alert_checked_at`` null) are matched against the
   mention rules, most serious first, so each mention is in at most one alert: ``urgent`` (a
   complaint with high urgency), ``customer`` (negative, from a known customer of
   ``customer_min_tier`` or above), ``reach`` (negative, author with more than
   ``reach_min_followers``), ``negative`` (compound ≤ ``negative_threshold``). A ``spike``
   is more negative mentions in the last window than mean + k·σ of the same window on the past
   days (and at least ``spike_min_count``); ``silence`` is an enabled source that stored
   nothing for ``silence_minutes``. Each match is an ``AlertItem`` with a unique key.
2. **Group.** Items still waiting are grouped per rule into one ``Alert``: ten negative
   mentions in a minute are one alert listing them. An item waits while its rule is in
   cooldown (``cooldown_seconds``: since the rule's last alert) or its subject is (a customer
   or source alerted by the same rule within ``subject_cooldown_minutes``; not for rules with
   no cooldown), and during ``quiet_hours`` unless its rule is in ``quiet_hours_except``;
   what quiet hours held goes out as one morning roll-up.
3. **Queue.** Each alert is rendered from ``config/templates/alerts`` and queued in the
   outbox once per channel of its route, in the same transaction (responders/notify/outbox.py).
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from config.settings import ALERT_RULES, Settings
from responders.notify.outbox import enqueue
from responders.notify.render import Renderer, safe_url
from store.models import Alert, AlertItem, Customer, Draft, Identity, Mention, SourceState

logger = logging.getLogger(__name__)

RULE_TITLES = {
    "urgent": "Urgent complaint",
    "customer": "Unhappy customer",
    "reach": "Negative mention with reach",
    "negative": "Negative mention",
    "spike": "Spike in negative mentions",
    "silence": "Source gone silent",
    "rollup": "Morning roll-up",
}


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


# --- rules ---------------------------------------------------------------------------------


def tier_rank(tier: str | None, order: Sequence[str]) -> int:
    """Position of ``tier`` in ``alerts.tier_order`` (case-insensitive), −1 if absent."""
    folded = [t.strip().casefold() for t in order]
    key = (tier or "").strip().casefold()
    return folded.index(key) if key in folded else -1


def match_mention(mention: Mention, *, settings: Settings, now: datetime) -> str | None:
    """The first rule ``mention`` matches (urgent, customer, reach, negative), or None.

    Never: our own posts, spam, posts not about us, plain reposts, bots, and mentions posted
    more than ``alerts.max_age_hours`` ago (a back-fill is history, not news).
    """
    a = settings.alerts
    identity = mention.identity
    if mention.is_own or mention.is_spam or not mention.is_relevant or mention.is_repost:
        return None
    if identity is not None and (identity.is_own or identity.is_bot):
        return None
    if mention.created_at < now - timedelta(hours=a.max_age_hours):
        return None
    if a.urgent and mention.is_complaint and mention.urgency == "high":
        return "urgent"
    compound = float(mention.compound or 0.0)
    negative = mention.label == "negative" or compound <= a.negative_threshold
    customer = identity.customer if identity is not None else None
    if negative and a.customer_min_tier and customer is not None and customer.is_known:
        floor = tier_rank(a.customer_min_tier, a.tier_order)
        if floor >= 0 and tier_rank(customer.tier, a.tier_order) >= floor:
            return "customer"
    followers = identity.followers if identity is not None else None
    if negative and a.reach_min_followers and (followers or 0) > a.reach_min_followers:
        return "reach"
    if compound <= a.negative_threshold:
        return "negative"
    return None


def _subject(mention: Mention) -> str:
    identity = mention.identity
    if identity is not None and identity.customer_id is not None:
        return f"customer:{identity.customer_id}"
    if identity is not None:
        return f"identity:{identity.id}"
    return f"mention:{mention.id}"


def check_mentions(
    session: Session, *, settings: Settings, now: datetime, limit: int = 5000
) -> tuple[int, Counter[str]]:
    """Match mentions not looked at yet; mark them looked at; add an item per match."""
    stmt = (
        select(Mention)
        .where(Mention.alert_checked_at.is_(None))
        .order_by(Mention.id)
        .limit(limit)
        .options(joinedload(Mention.identity).joinedload(Identity.customer))
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True, of=Mention)
    mentions = list(session.scalars(stmt).unique())
    matched: Counter[str] = Counter()
    for mention in mentions:
        mention.alert_checked_at = now
        rule = match_mention(mention, settings=settings, now=now)
        if rule is None:
            continue
        matched[rule] += 1
        session.add(
            AlertItem(
                key=f"mention:{mention.id}",
                rule=rule,
                subject=_subject(mention),
                mention_id=mention.id,
                detail={},
                created_at=now,
            )
        )
    return len(mentions), matched


def _negative_between(session: Session, start: datetime, end: datetime) -> int:
    return int(
        session.scalar(
            select(func.count(Mention.id)).where(
                Mention.created_at > start,
                Mention.created_at <= end,
                Mention.label == "negative",
                Mention.is_relevant.is_(True),
                Mention.is_spam.is_(False),
                Mention.is_own.is_(False),
            )
        )
        or 0
    )


def spike_stats(session: Session, *, settings: Settings, now: datetime) -> dict[str, Any]:
    """Negative mentions in the window ending ``now`` and the same window on past days."""
    a = settings.alerts
    window = timedelta(minutes=a.spike_window_minutes)
    count = _negative_between(session, now - window, now)
    past = [
        _negative_between(session, now - timedelta(days=d) - window, now - timedelta(days=d))
        for d in range(1, a.spike_baseline_days + 1)
    ]
    mean = sum(past) / len(past)
    stdev = math.sqrt(sum((x - mean) ** 2 for x in past) / len(past))
    threshold = mean + a.spike_k * stdev
    return {
        "count": count,
        "window_minutes": a.spike_window_minutes,
        "baseline_days": a.spike_baseline_days,
        "mean": round(mean, 2),
        "stdev": round(stdev, 2),
        "threshold": round(threshold, 2),
        "min_count": a.spike_min_count,
        "is_spike": count >= a.spike_min_count and count > threshold,
    }


def check_spike(session: Session, *, settings: Settings, now: datetime) -> AlertItem | None:
    """An item for a spike, unless one was raised within the last window already."""
    stats = spike_stats(session, settings=settings, now=now)
    if not stats["is_spike"]:
        return None
    window = timedelta(minutes=settings.alerts.spike_window_minutes)
    recent = session.scalar(
        select(func.count(AlertItem.id)).where(
            AlertItem.rule == "spike", AlertItem.created_at > now - window
        )
    )
    if recent:
        return None
    item = AlertItem(
        key=f"spike:{now.strftime('%Y-%m-%dT%H:%M:%S')}",
        rule="spike",
        subject="brand",
        detail=stats,
        created_at=now,
    )
    session.add(item)
    return item


def check_silence(
    session: Session,
    *,
    settings: Settings,
    now: datetime,
    sources: Collection[str],
    started_at: datetime,
) -> list[AlertItem]:
    """An item per enabled source that stored nothing for ``alerts.silence_minutes``.

    A source is heard from when it stores a mention; one that never did counts from
    ``started_at`` (the bot's start). The key holds the last time it was heard from, so one
    silence is alerted once, whatever the restarts.
    """
    minutes = settings.alerts.silence_minutes
    if not minutes:
        return []
    items = []
    for source in sorted(sources):
        last = session.scalar(
            select(Mention.collected_at)
            .where(Mention.source == source)
            .order_by(Mention.id.desc())
            .limit(1)
        )
        reference = last or started_at
        if now - reference <= timedelta(minutes=minutes):
            continue
        key = f"silence:{source}:{last.isoformat() if last else 'never'}"
        if session.scalar(select(AlertItem.id).where(AlertItem.key == key)):
            continue
        state = session.get(SourceState, source)
        item = AlertItem(
            key=key[:200],
            rule="silence",
            subject=f"source:{source}",
            detail={
                "source": source,
                "last_heard": last.isoformat() if last else None,
                "silent_minutes": int((now - reference).total_seconds() // 60),
                "last_success_at": (
                    state.last_success_at.isoformat() if state and state.last_success_at else None
                ),
                "last_error": (state.last_error or "")[:500] if state else "",
                "consecutive_failures": state.consecutive_failures if state else 0,
            },
            created_at=now,
        )
        session.add(item)
        items.append(item)
    return items


# --- grouping, cooldowns, quiet hours ------------------------------------------------------


@dataclass(frozen=True)
class QuietHours:
    """A daily span of local time, possibly across midnight (22:00-07:00)."""

    start: time
    end: time
    tz: ZoneInfo

    @classmethod
    def parse(cls, spec: str, timezone: str) -> QuietHours | None:
        if not spec.strip():
            return None
        start, _, end = spec.partition("-")
        h1, m1 = (int(x) for x in start.strip().split(":"))
        h2, m2 = (int(x) for x in end.strip().split(":"))
        return cls(time(h1, m1), time(h2, m2), ZoneInfo(timezone))

    def contains(self, moment: datetime) -> bool:
        local = moment.astimezone(self.tz).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _last_alert_by_rule(session: Session) -> dict[str, datetime]:
    rows = session.execute(select(Alert.rule, func.max(Alert.created_at)).group_by(Alert.rule))
    return {rule: when for rule, when in rows}


def _last_alert_by_subject(
    session: Session, keys: Collection[tuple[str, str]]
) -> dict[tuple[str, str], datetime]:
    subjects = {subject for _, subject in keys}
    if not subjects:
        return {}
    found: dict[tuple[str, str], datetime] = {}
    for chunk in _chunks(sorted(subjects), 500):
        rows = session.execute(
            select(AlertItem.rule, AlertItem.subject, func.max(Alert.created_at))
            .join(Alert, Alert.id == AlertItem.alert_id)
            .where(AlertItem.subject.in_(chunk), Alert.rule != "rollup")
            .group_by(AlertItem.rule, AlertItem.subject)
        )
        for rule, subject, when in rows:
            found[(rule, subject)] = when
    return found


def _chunks(values: Sequence[str], size: int) -> list[Sequence[str]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def group_pending(
    session: Session, *, settings: Settings, now: datetime
) -> tuple[list[tuple[str, list[AlertItem]]], int]:
    """Decide which waiting items go out now, as (rule, items) groups; and how many wait."""
    a = settings.alerts
    pending = list(
        session.scalars(
            select(AlertItem).where(AlertItem.alert_id.is_(None)).order_by(AlertItem.id)
        )
    )
    if not pending:
        return [], 0
    quiet = QuietHours.parse(a.quiet_hours, a.timezone)
    quiet_now = quiet is not None and quiet.contains(now)
    groups: list[tuple[str, list[AlertItem]]] = []
    rest = pending
    if quiet is not None and not quiet_now:
        # Everything quiet hours held back goes out together, whatever the cooldowns.
        held = [
            i
            for i in pending
            if i.rule not in a.quiet_hours_except and quiet.contains(i.created_at)
        ]
        if held:
            groups.append(("rollup", held))
            rest = [i for i in pending if i not in held]
    by_rule_last = _last_alert_by_rule(session)
    by_subject_last = _last_alert_by_subject(session, {(i.rule, i.subject) for i in rest})
    subject_gap = timedelta(minutes=a.subject_cooldown_minutes)
    for rule in ALERT_RULES:
        items = [i for i in rest if i.rule == rule]
        if not items or (quiet_now and rule not in a.quiet_hours_except):
            continue
        cooldown = timedelta(seconds=a.cooldown(rule))
        last = by_rule_last.get(rule)
        if cooldown and last is not None and now - last < cooldown:
            continue
        if cooldown:
            items = [
                i
                for i in items
                if (when := by_subject_last.get((rule, i.subject))) is None
                or now - when >= subject_gap
            ]
        if items:
            groups.append((rule, items))
    going = sum(len(items) for _, items in groups)
    return groups, len(pending) - going


# --- rendering and queueing ----------------------------------------------------------------


def mention_views(
    session: Session, mentions: Sequence[Mention], *, settings: Settings
) -> list[dict[str, Any]]:
    """What templates show of each mention: text, author, customer, sentiment, links."""
    ids = [m.id for m in mentions]
    drafts: dict[int, int] = {}
    for chunk in [ids[i : i + 500] for i in range(0, len(ids), 500)]:
        rows = session.execute(
            select(Draft.mention_id, Draft.id).where(Draft.mention_id.in_(chunk))
        )
        drafts.update({mention_id: draft_id for mention_id, draft_id in rows})
    base = settings.web.base_url.rstrip("/")
    views = []
    for m in mentions:
        identity: Identity | None = m.identity
        customer: Customer | None = identity.customer if identity is not None else None
        known = customer is not None and customer.is_known
        draft_id = drafts.get(m.id)
        views.append(
            {
                "id": m.id,
                "platform": m.platform,
                "text": m.text,
                "author": (identity.display_name or identity.handle) if identity else None,
                "handle": identity.handle if identity else None,
                "followers": identity.followers if identity else None,
                "customer_name": (customer.name or customer.preferred_name) if known else None,
                "customer_tier": customer.tier if known else None,
                "customer_stage": customer.stage if customer is not None else None,
                "label": m.label,
                "compound": round(float(m.compound or 0.0), 2),
                "intent": m.intent,
                "is_complaint": m.is_complaint,
                "urgency": m.urgency,
                "urgency_reasons": list(m.urgency_reasons or []),
                "created_at": m.created_at,
                "url": safe_url(m.url),
                "draft_id": draft_id,
                "draft_url": f"{base}/drafts/{draft_id}" if draft_id else None,
            }
        )
    return views


def alert_context(
    session: Session,
    alert: Alert,
    items: Sequence[AlertItem],
    *,
    settings: Settings,
    now: datetime,
) -> dict[str, Any]:
    """The named variables of the alert templates (see config/templates/alerts/README.md)."""
    a = settings.alerts
    limit = a.max_listed
    order = {rule: n for n, rule in enumerate(ALERT_RULES)}
    with_mention = sorted(
        (i for i in items if i.mention_id is not None),
        key=lambda i: (order.get(i.rule, 99), i.id),
    )
    mentions = [i.mention for i in with_mention[:limit] if i.mention is not None]
    views = mention_views(session, mentions, settings=settings)
    for view, item in zip(views, with_mention, strict=False):
        view["rule"] = item.rule
        view["rule_title"] = RULE_TITLES[item.rule]
    spikes = [dict(i.detail) for i in items if i.rule == "spike"]
    if spikes:
        window = timedelta(minutes=a.spike_window_minutes)
        examples = list(
            session.scalars(
                select(Mention)
                .where(
                    Mention.created_at > now - window,
                    Mention.label == "negative",
                    Mention.is_relevant.is_(True),
                    Mention.is_spam.is_(False),
                )
                .order_by(Mention.compound, Mention.id)
                .limit(3)
                .options(joinedload(Mention.identity).joinedload(Identity.customer))
            ).unique()
        )
        spikes[-1]["examples"] = mention_views(session, examples, settings=settings)
    quiet = QuietHours.parse(a.quiet_hours, a.timezone)
    return {
        "brand": settings.brand.name,
        "alert": {
            "id": alert.id,
            "rule": alert.rule,
            "title": RULE_TITLES.get(alert.rule, alert.rule),
            "created_at": now,
            "count": len(items),
            "mention_count": len(with_mention),
            "rollup": alert.rule == "rollup",
            "by_rule": dict(Counter(RULE_TITLES[i.rule] for i in items)),
            "quiet_hours": str(quiet) if quiet else "",
        },
        "mentions": views,
        "more": max(0, len(with_mention) - limit),
        "spike": spikes[-1] if spikes else None,
        "silences": [dict(i.detail) for i in items if i.rule == "silence"],
        "review_url": settings.web.base_url.rstrip("/") + "/drafts",
        "timezone": a.timezone,
    }


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


def pending_counts(session: Session) -> Mapping[str, int]:
    """Items waiting per rule (for ``outbox list`` and the logs)."""
    rows = session.execute(
        select(AlertItem.rule, func.count())
        .where(AlertItem.alert_id.is_(None))
        .group_by(AlertItem.rule)
    )
    return {rule: n for rule, n in rows}
