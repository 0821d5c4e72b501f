"""Alerts: the brand lead hears about a bad moment within a minute, without a flood.

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

The parts, one module each: ``rules`` (step 1), ``grouping`` (step 2: cooldowns and quiet
hours), ``context`` (what the alert templates show) and ``run`` (the pass that ties them
together and queues step 3).
"""

from responders.notify.alerts.context import RULE_TITLES, alert_context, mention_views
from responders.notify.alerts.grouping import QuietHours, group_pending, pending_counts
from responders.notify.alerts.rules import (
    check_mentions,
    check_silence,
    check_spike,
    match_mention,
    spike_stats,
    tier_rank,
)
from responders.notify.alerts.run import AlertReport, run_alerts

__all__ = [
    "RULE_TITLES",
    "AlertReport",
    "QuietHours",
    "alert_context",
    "check_mentions",
    "check_silence",
    "check_spike",
    "group_pending",
    "match_mention",
    "mention_views",
    "pending_counts",
    "run_alerts",
    "spike_stats",
    "tier_rank",
]
