"""Alert rules: which mentions, spikes and silent sources deserve an alert item.

Mentions not yet looked at are matched against the mention rules, most serious first, so
each mention is in at most one alert: ``urgent``, ``customer``, ``reach``, ``negative``. A
``spike`` compares the last window with the same window on past days; ``silence`` is an
enabled source that stored nothing for a while. Each match is an ``AlertItem`` with a unique
key, so a re-run adds nothing twice.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from config.settings import Settings
from store.models import AlertItem, Identity, Mention, SourceState


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
