"""Notifications: what the team is told without opening the review UI, and how it reaches them.

Owns the alerts (``alerts/``: rules, grouping with cooldowns and quiet hours, the pass), the
nightly complaint digest (``digest.py``) and its complaint themes (``themes.py``), the
templates they are rendered from (``render.py``), and the one outbox every message goes
through (``outbox.py``) to its delivery channels (``channels.py``: SMTP, apprise, .eml
files). Alerts and digests are outbox rows first, deliveries second, so a dead channel
delays a message and never loses or doubles it.
"""
