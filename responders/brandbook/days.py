"""Which day a mention asks about: "today", "tomorrow", "on Sunday", "this weekend", a holiday.

Everything is relative to the local date of the mention in the location's time zone (the
caller converts ``created_at``), so a post at 23:30 UTC asking about "tomorrow" already
means the day after next in Tokyo. A weekday in the plural ("on Sundays") asks about the
usual hours, not a date, so dated exceptions do not apply to it. Holidays are whatever the
brand book's dated exceptions say they are: "bank holiday" resolves to the next exception
whose note says "holiday", and an exception's name ("Christmas Day") or a date ("24 Dec")
in the text resolves to that date. Nothing is guessed: no reference means an empty list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from responders.brandbook.hours import WEEKDAYS
from responders.brandbook.model import HoursException
from responders.brandbook.words import contains, fold

_FULL_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHORT_DAYS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_NUM = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(rf"(?<!\w){_DAY_NUM}(?:\s+of)?\s+({_MONTH_ALT})\.?(?!\w)"),
    re.compile(rf"(?<!\w)({_MONTH_ALT})\.?\s+{_DAY_NUM}(?!\w)"),
)
_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NOW_CUES = ("now", "right now", "currently", "at the moment", "atm", "yet", "still open")
_TODAY_CUES = ("today", "tonight", "this morning", "this afternoon", "this evening")
_TOMORROW_CUES = ("tomorrow", "tmrw", "tmr", "tomoz")
_WEEKEND_CUES = ("this weekend", "the weekend", "weekend")
_HOLIDAY_CUES = ("bank holiday", "public holiday", "holiday")
_LOOKAHEAD_DAYS = 370
# Days people ask about that only the book can date: without a matching exception they make
# an hours answer impossible rather than "today's hours" by default.
_SPECIAL_DAY_CUES = (
    *_HOLIDAY_CUES, "christmas", "xmas", "boxing day", "new year", "new year's", "easter",
    "good friday", "eid", "diwali", "hanukkah", "thanksgiving", "half term", "festive",
    "hogmanay", "ramadan", "lunar new year", "national day", "independence day",
    *(name for name in _MONTHS if len(name) > 3),
)  # fmt: skip
# Words of an exception's name too common to identify it on their own ("Christmas Day").
_GENERIC_NAME_WORDS = frozenset(
    ("day", "eve", "bank", "public", "holiday", "holidays", "closed", "open", "opening",
     "early", "late", "the", "of", "and", "new", "hours", "stocktake", "refit"),
)  # fmt: skip


@dataclass(frozen=True)
class DayRef:
    """A day the text asks about: a date, or only a weekday for "on Sundays"."""

    weekday: str
    label: str
    day: date | None = None

    @property
    def usual(self) -> bool:
        """True for a weekday in general (the weekly hours), False for a dated day."""
        return self.day is None


# Phrases that ask about opening times on their own ...
_HOURS_PHRASES = (
    "opening hours", "opening times", "your hours", "what time", "how late", "how early",
    "closing time", "until when", "til when", "till when",
)  # fmt: skip
# ... and words that do only with a day or a "when" beside them ("open on sunday?" is about
# hours, "DMs open" and "open mic" are not).
_OPEN_WORDS = ("open", "opens", "opening", "close", "closes", "closing", "closed")
_WHEN_WORDS = ("when", "yet", "still", "now", "until", "til", "till", "late", "early")
_ANY_DAY = date(2001, 1, 1)  # resolve_days only to see whether a day is named at all


def asks_about_hours(text: str) -> bool:
    """True when the text asks about opening times; the drafting job asks before answering.

    A phrase such as "what time" or "opening hours" is enough; "open" or "closed" count only
    next to a day ("open on Sunday", "closed over Christmas") or a "when" word ("open yet").
    """
    if any(contains(text, phrase) for phrase in _HOURS_PHRASES):
        return True
    if not any(contains(text, word) for word in _OPEN_WORDS):
        return False
    if any(contains(text, word) for word in _WHEN_WORDS):
        return True
    return bool(resolve_days(text, _ANY_DAY)) or names_special_day(text)


def asks_about_now(text: str) -> bool:
    """True when the text asks whether the place is open at this moment."""
    return any(contains(text, cue) for cue in _NOW_CUES)


def names_special_day(text: str) -> bool:
    """True when the text names a holiday or a month: only the book's exceptions can date it."""
    return any(contains(text, cue) for cue in _SPECIAL_DAY_CUES)


def _on(day: date, label: str) -> DayRef:
    return DayRef(weekday=WEEKDAYS[day.weekday()], label=label, day=day)


def _next_weekday(today: date, index: int, *, skip_today: bool = False) -> date:
    ahead = (index - today.weekday()) % 7
    if ahead == 0 and skip_today:
        ahead = 7
    return today + timedelta(days=ahead)


def _weekday_refs(folded: str, today: date) -> list[tuple[int, DayRef]]:
    refs: list[tuple[int, DayRef]] = []
    for index, name in enumerate(_FULL_DAYS):
        for match in re.finditer(rf"(?<!\w)(next\s+)?{name}(s)?(?!\w)", folded):
            refs.append((match.start(), _weekday_ref(index, match, today)))
    short = "|".join(_SHORT_DAYS)
    # short names ("sun", "sat", "wed") are ordinary words too: only after on/this/next/every
    pattern = (
        rf"(?<!\w)(?:on|this|next|every|each|til|till|until)\s+(next\s+)?({short})(s)?\.?(?!\w)"
    )
    for match in re.finditer(pattern, folded):
        index = _SHORT_DAYS[match.group(2)]
        refs.append((match.start(2), _weekday_ref(index, match, today, group=3)))
    if folded.rstrip("?.! ") in _SHORT_DAYS:
        index = _SHORT_DAYS[folded.rstrip("?.! ")]
        refs.append((0, _on(_next_weekday(today, index), _FULL_DAYS[index].title())))
    return refs


def _weekday_ref(index: int, match: re.Match[str], today: date, *, group: int = 2) -> DayRef:
    title = _FULL_DAYS[index].title()
    if match.group(group):  # plural: the usual hours of that weekday
        return DayRef(weekday=WEEKDAYS[index], label=f"{title}s")
    skip = bool(match.group(1))
    return _on(_next_weekday(today, index, skip_today=skip), title)


def _upcoming(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= today:
            return candidate
    return None


def _date_refs(folded: str, today: date) -> list[tuple[int, DayRef]]:
    refs: list[tuple[int, DayRef]] = []
    for number, pattern in enumerate(_DATE_PATTERNS):
        for match in pattern.finditer(folded):
            day_text, month_text = match.groups() if number == 0 else match.groups()[::-1]
            found = _upcoming(today, _MONTHS[month_text], int(day_text))
            if found:
                refs.append((match.start(), _on(found, f"{found.day} {found.strftime('%B')}")))
    for match in _ISO_RE.finditer(folded):
        try:
            found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        refs.append((match.start(), _on(found, found.isoformat())))
    return refs


def _exception_name(note: str) -> str:
    """The name part of a note: "Christmas Day: closed" → "Christmas Day"."""
    return re.split(r"\s*[:(–—-]\s|\s*[:(]", note, maxsplit=1)[0].strip()


def _exception_refs(
    text: str,
    folded: str,
    today: date,
    exceptions: Iterable[HoursException],
    *,
    loose_names: bool = True,
) -> list[tuple[int, DayRef]]:
    upcoming = sorted(
        (e for e in exceptions if today <= e.date <= today + timedelta(days=_LOOKAHEAD_DAYS)),
        key=lambda e: e.date,
    )
    refs: list[tuple[int, DayRef]] = []
    asks_holiday = next((cue for cue in _HOLIDAY_CUES if contains(text, cue)), None)
    # the whole name first ("Christmas Eve"); one distinctive word ("christmas") only
    # when no whole name matched, so "christmas eve" does not also bring Christmas Day
    for whole in (True, False) if loose_names else (True,):
        for item in upcoming:
            name = _exception_name(item.note or "")
            if whole:
                hit = name if name and contains(text, name) else None
            else:
                words = [w for w in fold(name).split(" ") if len(w) > 2]
                words = [w for w in words if w not in _GENERIC_NAME_WORDS]
                hit = next((word for word in words if contains(text, word)), None)
            if hit:
                refs.append((folded.find(fold(hit).split(" ")[0]), _on(item.date, name)))
        if refs:
            break
    named = bool(refs)
    if asks_holiday and not named:
        for item in upcoming:
            if item.note and contains(item.note, "holiday"):
                label = _exception_name(item.note) or asks_holiday
                refs.append((folded.find(asks_holiday), _on(item.date, label)))
                break
    return refs


def resolve_days(
    text: str,
    today: date,
    exceptions: Iterable[HoursException] = (),
    *,
    loose_names: bool = True,
) -> list[DayRef]:
    """Every day ``text`` asks about, in the order it names them, relative to ``today``.

    ``today`` is the mention's local date where the location is; ``exceptions`` are the
    dated exceptions of the locations in question (they name holidays). Returns ``[]`` when
    the text names no day; the caller decides what that means (usually today).
    ``loose_names=False`` takes an exception only by its whole name ("Christmas Eve"), not by
    one distinctive word of it: for text that does not ask about hours, "christmas" in
    "christmas tree shopping" names a product, not the late-night Christmas openings.
    """
    folded = fold(text)
    refs: list[tuple[int, DayRef]] = []
    for cue in _TODAY_CUES:
        if contains(text, cue):
            refs.append((folded.find(cue), _on(today, cue)))
            break
    for cue in _TOMORROW_CUES:
        if contains(text, cue):
            refs.append((folded.find(cue), _on(today + timedelta(days=1), "tomorrow")))
            break
    for cue in _WEEKEND_CUES:
        if contains(text, cue):
            saturday = _next_weekday(today, 5)
            days = [today] if today.weekday() == 6 else [saturday, saturday + timedelta(days=1)]
            position = folded.find(cue)
            refs.extend((position, _on(day, _FULL_DAYS[day.weekday()].title())) for day in days)
            break
    refs.extend(_weekday_refs(folded, today))
    refs.extend(_date_refs(folded, today))
    refs.extend(_exception_refs(text, folded, today, exceptions, loose_names=loose_names))
    seen: set[tuple[str, date | None]] = set()
    ordered: list[DayRef] = []
    for _, ref in sorted(refs, key=lambda pair: pair[0]):
        key = (ref.weekday, ref.day)
        if key not in seen:
            seen.add(key)
            ordered.append(ref)
    return ordered
