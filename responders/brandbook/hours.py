"""Opening-hours strings of the brand book: parsing, formatting, and the intervals they span.

A day's hours are written ``"HH:MM-HH:MM"`` or ``"closed"``; several ranges of one day are
separated by commas (``"09:00-12:00,13:00-17:00"``). ``24:00`` may end a range, and a range
whose end is not after its start runs past midnight (``"18:00-02:00"``: a bar's Friday night
ends on Saturday). Parsing is strict so a typo fails the import instead of a reply quoting
nonsense; the parsed form is normalized (zero-padded, en dash free) so a re-import compares equal.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CLOSED = "closed"

_RANGE_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True, order=True)
class TimeRange:
    """One opening span of a day in minutes after local midnight; ``end`` may pass 1440."""

    start: int
    end: int

    @property
    def overnight(self) -> bool:
        """True when the span ends on the next calendar day."""
        return self.end > 24 * 60

    def text(self) -> str:
        """``"07:30-17:00"``; an overnight end is written as the clock shows it."""
        return f"{_clock(self.start)}-{_clock(self.end)}"


def _clock(minutes: int) -> str:
    if minutes == 24 * 60:
        return "24:00"
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_day(value: str) -> tuple[TimeRange, ...]:
    """The ranges of one day's hours string; ``()`` means closed.

    Raises ``ValueError`` naming what is wrong, for the import's line-numbered report.
    """
    if not isinstance(value, str):
        raise ValueError(f'hours must be text like "09:00-17:00" or "closed", not {value!r}')
    if value.strip().lower() == CLOSED:
        return ()
    ranges: list[TimeRange] = []
    for part in value.split(","):
        match = _RANGE_RE.match(part)
        if not match:
            raise ValueError(
                f'bad hours {value!r}: write "HH:MM-HH:MM", several joined by commas, or "closed"'
            )
        sh, sm, eh, em = (int(group) for group in match.groups())
        if sh > 23 or sm > 59 or em > 59 or eh > 24 or (eh == 24 and em != 0):
            raise ValueError(f"bad hours {value!r}: {part.strip()!r} is not a time of day")
        start, end = sh * 60 + sm, eh * 60 + em
        if end <= start:
            end += 24 * 60  # runs past midnight
        ranges.append(TimeRange(start, end))
    ranges.sort()
    for earlier, later in itertools.pairwise(ranges):
        if later.start < earlier.end:
            raise ValueError(f"bad hours {value!r}: the ranges overlap")
    if len(ranges) > 1 and ranges[-1].end > ranges[0].start + 24 * 60:
        raise ValueError(f"bad hours {value!r}: the ranges cover more than a day")
    return tuple(ranges)


def format_day(ranges: tuple[TimeRange, ...]) -> str:
    """The normalized hours string of ``ranges`` (``"closed"`` for none)."""
    return ",".join(r.text() for r in ranges) if ranges else CLOSED


def normalize_day(value: str) -> str:
    """Validate and normalize one day's hours string (``"9:00 - 17:00"`` → ``"09:00-17:00"``)."""
    return format_day(parse_day(value))


def weekday_key(day: date) -> str:
    """``"mon"``…``"sun"`` for a date."""
    return WEEKDAYS[day.weekday()]


def local_at(day: date, minutes: int, zone: tzinfo) -> datetime:
    """The aware local datetime ``minutes`` after midnight of ``day`` in ``zone``.

    Built from the wall clock, so across a DST change "09:00" stays nine on the clock; a wall
    time that does not exist (spring forward) resolves as zoneinfo does (fold=0).
    """
    base = datetime.combine(day + timedelta(days=minutes // (24 * 60)), time(), tzinfo=zone)
    rest = minutes % (24 * 60)
    return base.replace(hour=rest // 60, minute=rest % 60)


def intervals(
    day: date, ranges: tuple[TimeRange, ...], zone: tzinfo
) -> list[tuple[datetime, datetime]]:
    """The aware (start, end) datetimes ``ranges`` span when they are ``day``'s hours."""
    return [(local_at(day, r.start, zone), local_at(day, r.end, zone)) for r in ranges]
