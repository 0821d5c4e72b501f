"""Opening hours from the brand book, written as a reply sentence.

``hours_sentence`` turns a ``responders.brandbook.HoursAnswer`` into one sentence: "Headrow is
open 10:00–16:00 on Sunday", sites with the same hours that day named together ("Headrow and
Kirkstall are closed on Christmas Day"), an offering with its own hours "available" or not,
"open now until 20:00" / "closed now and opens at 08:00 on Monday" when no day was named,
and "was open … today and is closed for the day now" when asked after closing time. The
times are those of the location's own time zone (the caller passes the mention's time in it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

from responders.brandbook import DayHours, HoursAnswer, OpenStatus

_DAY_NAMES = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _day_label(label: str, weekday: str) -> str:
    day = _DAY_NAMES.get(weekday, weekday)
    label = "today" if label == "tonight" else label  # "open tonight" asks about today's hours
    if label in ("today", "tomorrow"):
        return f"{label} ({day})"
    if label.casefold().startswith(("this ", "next ", "on ")):
        return label
    return f"on {label or day}"


def _dates_text(dates: list[date]) -> str:
    """ "Thursday 3, 10 and 17 December"; "Thursday 31 December and Friday 1 January"."""
    dates = sorted(set(dates))
    if len({(d.weekday(), d.month, d.year) for d in dates}) == 1:
        first = dates[0]
        return f"{first:%A} " + _joined([str(d.day) for d in dates]) + f" {first:%B}"
    return _joined([f"{d:%A} {d.day} {d:%B}" for d in dates])


def _dated_repeats(answer: HoursAnswer) -> HoursAnswer:
    """Days that share one exception name ("Late-night Christmas shopping" on three
    Thursdays) said once, by their dates, with the name in brackets; not the name three
    times over ("open … on Late-night Christmas shopping; open … on Late-night …")."""
    dated = [d for d in answer.days if d.day is not None and d.exception]
    names = Counter(d.label for d in dated)
    repeated = {label for label, count in names.items() if count > 1}
    if not repeated:
        return answer
    merged: list[DayHours] = []
    dates: dict[tuple[str, str, str, str], list[date]] = {}
    for day in answer.days:
        if day.label not in repeated or day.day is None:
            merged.append(day)
            continue
        key = (day.label, day.text(), day.offering or "", day.location)
        if key not in dates:
            dates[key] = []
            merged.append(day)
        dates[key].append(day.day)
    days = []
    for day in merged:
        key = (day.label, day.text(), day.offering or "", day.location)
        if day.label in repeated and key in dates:
            note = day.note if day.note and day.note.casefold() != day.label.casefold() else ""
            shown = f"{day.label}: {note}" if note else day.label
            day = replace(day, label=f"on {_dates_text(dates[key])}", note=shown)
        days.append(day)
    return replace(answer, days=tuple(days))


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _status_clause(status: OpenStatus, created_at: datetime) -> str:
    """ "Support is open now until 20:00" / "… is closed now and opens at 08:00 on Monday"."""
    if status.open and status.closes_at is not None:
        return f"{status.location} is open now until {_clock(status.closes_at)}"
    if status.open:
        return f"{status.location} is open now"
    if status.opens_at is not None:
        local = created_at.astimezone(status.opens_at.tzinfo)
        when = (
            "today"
            if status.opens_at.date() == local.date()
            else (
                "tomorrow"
                if status.opens_at.date() == local.date() + timedelta(days=1)
                else f"on {status.opens_at.strftime('%A')}"
            )
        )
        return f"{status.location} is closed now and opens at {_clock(status.opens_at)} {when}"
    return f"{status.location} is closed now"


def _day_clause(day: DayHours, subjects: list[str], created_at: datetime, note: str) -> str:
    who = _joined(subjects)
    plural = len(subjects) > 1
    when = _day_label(day.label, day.weekday)
    if day.offering:
        if day.closed:
            return f"{who} {'aren' if plural else 'isn'}'t available {when}{note}"
        return f"{who} {'are' if plural else 'is'} available {day.text()} {when}{note}"
    verb = "are" if plural else "is"
    if day.closed:
        return f"{who} {verb} closed {when}{note}"
    if day.label in ("today", "tonight") and day.ranges:
        local = created_at
        last_end = max(r.end for r in day.ranges)
        now_minutes = local.hour * 60 + local.minute
        if day.day == local.date() and now_minutes >= last_end and not day.ranges[-1].overnight:
            was = "were" if plural else "was"
            today = f"today ({_DAY_NAMES.get(day.weekday, day.weekday)})"
            return f"{who} {was} open {day.text()} {today} and {verb} closed for the day now"
    return f"{who} {verb} open {day.text()} {when}{note}"


def hours_sentence(answer: HoursAnswer, created_at: datetime | None = None) -> str:
    """ "Headrow is open 10:00–16:00 today (Sunday)." One clause per day, sites with the same
    hours that day named together ("Headrow and Kirkstall are closed on Christmas Day"); an
    offering with its own hours is "available"; with no day named, open or closed now."""
    when_asked = created_at or datetime.now().astimezone()
    parts: list[str] = []
    if answer.status and all(d.label == "today" for d in answer.days):
        parts = [_status_clause(status, when_asked) for status in answer.status]
    else:
        answer = _dated_repeats(answer)
        grouped: dict[tuple[str, str, str, str, str], list[str]] = {}
        days: dict[tuple[str, str, str, str, str], DayHours] = {}
        for day in answer.days:
            note = ""
            label = _day_label(day.label, day.weekday)
            if day.exception and day.note and day.note.casefold() not in label.casefold():
                named, _, rest = day.note.partition(":")
                same = rest and named.strip().casefold() in label.casefold()
                shown = rest.strip() if same else day.note
                note = f" ({shown})"
            key = (label, day.text(), note, day.offering or "", str(day.day))
            grouped.setdefault(key, []).append(day.offering or day.location)
            days.setdefault(key, day)
        for key, subjects in grouped.items():
            subjects = list(dict.fromkeys(subjects))
            parts.append(_day_clause(days[key], subjects, when_asked, key[2]))
    if not parts:
        return ""
    text = parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + " and " + parts[-1]
    return text[:1].upper() + text[1:] + "."
