"""Opening hours answered from the book for the day a mention asks about, or not at all.

``hours_answer`` finds the location (the one the text names, the offering's, the only one,
or every one when several exist and none is named: ``ambiguous`` tells the draft to say
which is which), the offering whose own hours override the location's, and the days asked
("today", "tomorrow", "on Sunday", "this weekend", a holiday), each resolved in the
location's time zone from the mention's ``created_at``. A dated exception wins over the
weekly hours. A day the book does not know makes no answer: ``None``, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from responders.brandbook.days import DayRef, asks_about_now, names_special_day, resolve_days
from responders.brandbook.hours import TimeRange, intervals, parse_day, weekday_key
from responders.brandbook.lookup import find_locations, find_offerings
from responders.brandbook.model import BrandBook, Location, Offering

_SEARCH_DAYS = 14


@dataclass(frozen=True)
class DayHours:
    """The hours of one location (or offering) on one day asked about."""

    location: str
    label: str
    weekday: str
    day: date | None
    ranges: tuple[TimeRange, ...]
    note: str | None = None
    exception: bool = False
    offering: str | None = None

    @property
    def closed(self) -> bool:
        """True when the place is closed all that day."""
        return not self.ranges

    def text(self) -> str:
        """Readable hours: ``"07:30–17:00"``, ``"09:00–12:00 and 13:00–17:00"``, ``"closed"``."""
        return hours_text(self.ranges)


@dataclass(frozen=True)
class OpenStatus:
    """Open or closed at the mention's moment, with the next change when the book knows it."""

    location: str
    open: bool
    closes_at: datetime | None = None
    opens_at: datetime | None = None


@dataclass(frozen=True)
class HoursAnswer:
    """Everything the book says about the hours asked for."""

    days: tuple[DayHours, ...]
    status: tuple[OpenStatus, ...] = ()
    ambiguous: bool = False


def hours_text(ranges: tuple[TimeRange, ...]) -> str:
    """The readable form of a day's ranges, for drafts and placeholders."""
    if not ranges:
        return "closed"
    return " and ".join(r.text().replace("-", "–") for r in ranges)


def day_hours(location: Location, ref: DayRef, offering: Offering | None = None) -> DayHours | None:
    """The hours for ``ref`` at ``location`` (the offering's own hours when it has them).

    A dated exception of the location wins (a holiday closes the workshop too); otherwise
    the weekly hours of the offering when it has an hours table, else of the location.
    ``None`` when the book does not say.
    """
    name = offering.name if offering else None
    if ref.day is not None:
        exception = location.exception_on(ref.day)
        if exception is not None:
            return DayHours(
                location.name, ref.label, ref.weekday, ref.day, parse_day(exception.hours),
                note=exception.note, exception=True, offering=name,
            )  # fmt: skip
    week = offering.hours if offering is not None and offering.hours is not None else location.hours
    ranges = week.ranges(ref.weekday) if week is not None else None
    if ranges is None:
        return None
    return DayHours(location.name, ref.label, ref.weekday, ref.day, ranges, offering=name)


def _spans(
    location: Location, offering: Offering | None, day: date
) -> list[tuple[datetime, datetime]] | None:
    hours = day_hours(location, DayRef(weekday=weekday_key(day), label="", day=day), offering)
    return None if hours is None else intervals(day, hours.ranges, location.zone)


def open_status(
    location: Location, instant: datetime, offering: Offering | None = None
) -> OpenStatus | None:
    """Open or closed at ``instant`` (aware), and when that changes; ``None`` if unknown.

    Yesterday's overnight range counts ("18:00-02:00" is open at 01:00). The next opening
    is searched for two weeks and stops at the first day the book does not know.
    """
    if instant.tzinfo is None:
        raise ValueError("open_status needs an aware datetime")
    moment = instant.astimezone(UTC)
    today = instant.astimezone(location.zone).date()
    yesterday = _spans(location, offering, today - timedelta(days=1)) or []
    todays = _spans(location, offering, today)
    if todays is None:
        return None
    for start, end in [*yesterday, *todays]:
        if start <= moment < end:
            return OpenStatus(location.name, True, closes_at=end.astimezone(location.zone))
    for offset in range(_SEARCH_DAYS):
        spans = todays if offset == 0 else _spans(location, offering, today + timedelta(offset))
        if spans is None:
            break
        upcoming = [start for start, _ in spans if start > moment]
        if upcoming:
            return OpenStatus(
                location.name, False, opens_at=min(upcoming).astimezone(location.zone)
            )
    return OpenStatus(location.name, False)


def _locations_for(
    book: BrandBook, text: str, location: Location | None, offering: Offering | None
) -> tuple[list[Location], bool]:
    if location is not None:
        return [location], False
    named = find_locations(book, text)
    if named:
        return named, False
    if offering is not None and offering.location:
        found = book.location_named(offering.location)
        return ([found] if found else []), False
    return list(book.locations), len(book.locations) > 1


def hours_answer(
    book: BrandBook,
    text: str,
    created_at: datetime,
    *,
    location: Location | None = None,
    offering: Offering | None = None,
) -> HoursAnswer | None:
    """The hours ``text`` asks about, as of ``created_at`` (the mention's time, aware).

    With no day named the answer is today's hours plus whether it is open now. A named
    holiday or month the book has no exception for gives ``None`` (today's hours would be
    an answer to another question). ``None`` too when the book lacks any hours asked for.
    """
    if created_at.tzinfo is None:
        raise ValueError("hours_answer needs an aware created_at")
    if offering is None:
        offering = next((o for o in find_offerings(book, text) if o.hours is not None), None)
    places, ambiguous = _locations_for(book, text, location, offering)
    days: list[DayHours] = []
    statuses: list[OpenStatus] = []
    home = book.location_named(offering.location) if offering and offering.location else None
    for place in places:
        if home is not None and place is not home:
            return None  # the book does not say this offering exists at the site named
        today = created_at.astimezone(place.zone).date()
        refs = resolve_days(text, today, place.exceptions)
        if not refs and names_special_day(text):
            return None
        if not refs or asks_about_now(text):
            status = open_status(place, created_at, offering)
            if status is None:
                return None
            statuses.append(status)
        for ref in refs or [DayRef(weekday=weekday_key(today), label="today", day=today)]:
            found = day_hours(place, ref, offering)
            if found is None:
                return None
            days.append(found)
    if not days:
        return None
    return HoursAnswer(days=tuple(days), status=tuple(statuses), ambiguous=ambiguous)
