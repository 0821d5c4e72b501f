"""Placeholders in FAQ answers and playbooks: ``{contact.email}``, ``{hours.today}``...

A placeholder is a name in braces filled from the book when the answer is used, so an
answer never goes stale when the book changes. The import rejects an unknown placeholder
and one whose value the book lacks (``{contact.phone}`` with no phone): better a clear
import error than a reply with a hole in it. Filling returns ``None`` when a value cannot be
known for this mention (``{hours.today}`` while several locations are possible).

Known names: ``brand.name``, ``contact.email``, ``contact.phone``, ``contact.booking_url``,
``location.name``, ``location.address``, ``hours.today``, ``hours.tomorrow``,
``people.money`` (who decides money matters), ``policies.returns`` and
``accounts.PLATFORM`` (the official handles on that platform, for the security playbook).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from responders.brandbook.answers import day_hours
from responders.brandbook.days import DayRef
from responders.brandbook.hours import weekday_key
from responders.brandbook.lookup import money_people
from responders.brandbook.model import BrandBook, Location

PLACEHOLDER_RE = re.compile(r"\{([a-z_]+(?:\.[a-z0-9_]+)?)\}")
FIXED = (
    "brand.name", "contact.email", "contact.phone", "contact.booking_url", "location.name",
    "location.address", "hours.today", "hours.tomorrow", "people.money", "policies.returns",
)  # fmt: skip


def placeholders(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order."""
    return PLACEHOLDER_RE.findall(text)


def _section(raw: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = raw.get(name)
    return value if isinstance(value, Mapping) else {}


def _list(raw: Mapping[str, Any], name: str) -> list[Any]:
    value = raw.get(name)
    return value if isinstance(value, list) else []


def missing_value(raw: Mapping[str, Any], name: str) -> str | None:
    """Why ``name`` cannot be filled from the (raw, maybe invalid) book; ``None`` if it can."""
    locations = [loc for loc in _list(raw, "locations") if isinstance(loc, Mapping)]
    section, _, key = name.partition(".")
    if section == "accounts":
        return None if _section(raw, "accounts").get(key) else f"[accounts] has no {key!r}"
    if name not in FIXED:
        known = ", ".join(f"{{{n}}}" for n in FIXED)
        return f"unknown placeholder {{{name}}} (known: {known}, {{accounts.PLATFORM}})"
    if section == "brand":
        return None if raw.get("name") else "the book has no top-level name"
    if section in ("contact", "policies"):
        return None if _section(raw, section).get(key) else f"[{section}] has no {key!r}"
    if section == "location":
        if not locations:
            return "the book has no [[locations]]"
        if key == "address" and not all(loc.get("address") for loc in locations):
            return "a location has no address"
        return None
    if section == "hours":
        if not locations or not all(isinstance(loc.get("hours"), Mapping) for loc in locations):
            return "a location has no hours"
        return None
    if section == "people":
        people = [p for p in _list(raw, "people") if isinstance(p, Mapping)]
        return (
            None
            if any(p.get("decides_money") is True for p in people)
            else ("no [[people]] entry has decides_money = true")
        )
    return None


def check(raw: Mapping[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    """Every placeholder problem in FAQ answers and playbooks, as (key path, message)."""
    problems: list[tuple[tuple[str | int, ...], str]] = []
    texts: list[tuple[tuple[str | int, ...], Any]] = [
        (("faq", index, "answer"), entry.get("answer"))
        for index, entry in enumerate(_list(raw, "faq"))
        if isinstance(entry, Mapping)
    ]
    texts += [(("playbooks", kind), text) for kind, text in _section(raw, "playbooks").items()]
    for path, text in texts:
        if not isinstance(text, str):
            continue
        for name in dict.fromkeys(placeholders(text)):
            reason = missing_value(raw, name)
            if reason:
                problems.append((path, f"placeholder {{{name}}}: {reason}"))
    return problems


def fill(
    text: str,
    book: BrandBook,
    *,
    now: datetime,
    location: Location | None = None,
) -> str | None:
    """``text`` with its placeholders filled for a mention made at ``now`` (aware).

    ``location`` is the one the mention is about; with none given the book's only location
    is used. Returns ``None`` when any placeholder cannot be known (no single location, or
    hours the book does not have), so the caller falls back instead of sending a gap.
    """
    if location is None and len(book.locations) == 1:
        location = book.locations[0]
    values: dict[str, str] = {}
    for name in dict.fromkeys(placeholders(text)):
        value = _value(name, book, now=now, location=location)
        if value is None:
            return None
        values[name] = value
    return PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _value(name: str, book: BrandBook, *, now: datetime, location: Location | None) -> str | None:
    section, _, key = name.partition(".")
    if section == "accounts":
        handles = book.accounts.get(key) or []
        return ", ".join(f"@{h}" for h in handles) or None
    if section == "brand":
        return book.name
    if section == "contact":
        return getattr(book.contact, key, None)
    if section == "policies" and key == "returns":
        return book.policies.returns
    if section == "people" and key == "money":
        names = [p.name for p in money_people(book)]
        return " or ".join(names) if names else None
    if location is None:
        return None
    if section == "location":
        return location.name if key == "name" else location.address
    if section == "hours":
        day = now.astimezone(location.zone).date() + timedelta(days=1 if key == "tomorrow" else 0)
        label = "tomorrow" if key == "tomorrow" else "today"
        found = day_hours(location, DayRef(weekday=weekday_key(day), label=label, day=day))
        return found.text() if found else None
    return None
