"""What the alert templates show: one view per mention, and the named template variables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from config.settings import ALERT_RULES, Settings
from responders.notify.alerts.grouping import QuietHours
from responders.notify.render import safe_url
from store.models import Alert, AlertItem, Customer, Draft, Identity, Mention

RULE_TITLES = {
    "urgent": "Urgent complaint",
    "customer": "Unhappy customer",
    "reach": "Negative mention with reach",
    "negative": "Negative mention",
    "spike": "Spike in negative mentions",
    "silence": "Source gone silent",
    "rollup": "Morning roll-up",
}


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
                "mood": m.mood,
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
        "review_url": settings.web.base_url.rstrip("/") + "/queue",
        "timezone": a.timezone,
    }
