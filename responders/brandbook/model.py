"""The brand book's typed shape: what a brand tells Rapport about itself, and nothing else.

The TOML section and key names here are fixed by issue 10 so other tools can write a book:
``[[locations]]``, ``[contact]``, ``[[people]]``, ``[[offerings]]``, ``[policies]``,
``[accounts]``, ``[[faq]]``, ``[playbooks]`` and ``never_say``. Unknown keys are errors
(``extra="forbid"``): a misspelt ``timezon`` must fail the import, not silently drop a fact.
Extensions beyond the issue's list are optional keys (top-level ``name``, a location's
``aliases``, an offering's ``location``). Models are frozen: the drafting job shares one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from responders.brandbook.hours import WEEKDAYS, TimeRange, normalize_day, parse_day

PLAYBOOK_KINDS = ("safety", "payment", "security", "legal")


def _text_list(value: Any) -> Any:
    """Accept one string where a list of strings is expected (``notes = "..."``)."""
    return [value] if isinstance(value, str) else value


def _stripped(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _iso_date(value: Any) -> Any:
    """A TOML date (``2026-12-25``) or its ISO text (from the stored JSON); never a datetime."""
    if isinstance(value, datetime):
        raise ValueError("give a date without a time, like 2026-12-25")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a date like 2026-12-25") from None
    raise ValueError(f"{value!r} is not a date like 2026-12-25")


def _fact(value: Any) -> Any:
    if isinstance(value, str | bool | int | float):
        return value.strip() if isinstance(value, str) else value
    raise ValueError("a fact is text, a number or true/false")


def _handle(value: Any) -> Any:
    """Handles are stored without the ``@`` people often type (``@bramblecounter``)."""
    return value.strip().removeprefix("@").removeprefix("u/") if isinstance(value, str) else value


Text = Annotated[str, BeforeValidator(_stripped), Field(min_length=1)]
TextList = Annotated[list[Text], BeforeValidator(_text_list)]
DayHoursText = Annotated[str, BeforeValidator(normalize_day)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]
FactValue = Annotated[Any, BeforeValidator(_fact)]
Handle = Annotated[str, BeforeValidator(_handle), Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class WeekHours(_Strict):
    """Hours per weekday; a day left out is unknown (never guessed), ``"closed"`` is closed."""

    mon: DayHoursText | None = None
    tue: DayHoursText | None = None
    wed: DayHoursText | None = None
    thu: DayHoursText | None = None
    fri: DayHoursText | None = None
    sat: DayHoursText | None = None
    sun: DayHoursText | None = None

    def ranges(self, weekday: str) -> tuple[TimeRange, ...] | None:
        """Parsed ranges for ``"mon"``…``"sun"``; ``None`` when the book does not say."""
        value = getattr(self, weekday) if weekday in WEEKDAYS else None
        return None if value is None else parse_day(value)


class HoursException(_Strict):
    """A dated exception to the weekly hours: a holiday, a refit, a late night."""

    date: IsoDate
    hours: DayHoursText
    note: str | None = None


class Location(_Strict):
    """One site. ``timezone`` is an IANA name; every hours answer is resolved in it."""

    name: Text
    address: str | None = None
    timezone: str
    hours: WeekHours | None = None
    exceptions: list[HoursException] = Field(default_factory=list)
    notes: TextList = Field(default_factory=list)
    aliases: TextList = Field(default_factory=list)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r}: use an IANA name such as 'Europe/London'"
            ) from None
        return value

    @field_validator("exceptions")
    @classmethod
    def _one_per_date(cls, value: list[HoursException]) -> list[HoursException]:
        seen: set[date] = set()
        for item in value:
            if item.date in seen:
                raise ValueError(f"two exceptions for {item.date.isoformat()}")
            seen.add(item.date)
        return value

    @property
    def zone(self) -> ZoneInfo:
        """The location's time zone object."""
        return ZoneInfo(self.timezone)

    def exception_on(self, day: date) -> HoursException | None:
        """The dated exception for ``day``, if the book has one."""
        return next((item for item in self.exceptions if item.date == day), None)


class Contact(_Strict):
    """How people reach the brand privately; replies point here instead of inventing a route."""

    email: str | None = None
    phone: str | None = None
    booking_url: str | None = None

    @field_validator("email")
    @classmethod
    def _email_shape(cls, value: str | None) -> str | None:
        if value is not None and (value.count("@") != 1 or " " in value.strip()):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value.strip() if value else value

    @field_validator("booking_url")
    @classmethod
    def _url_shape(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError(f"{value!r} must start with https:// or http://")
        return value


class Person(_Strict):
    """Someone a reply may name; ``decides_money`` marks who settles refunds and gestures."""

    name: Text
    role: str | None = None
    decides_money: bool = False


class Offering(_Strict):
    """A product or service, the words people use for it, and what is known about it."""

    name: Text
    aliases: TextList = Field(default_factory=list)
    facts: dict[str, FactValue] = Field(default_factory=dict)
    hours: WeekHours | None = None
    location: str | None = None

    def terms(self) -> list[str]:
        """Name and aliases, the words a mention may use for this offering."""
        return [self.name, *self.aliases]


class Policies(_Strict):
    """What a reply may say about returns, and what it must never promise or ask for."""

    returns: str | None = None
    never_promise: TextList = Field(default_factory=list)
    never_ask: TextList = Field(default_factory=list)
    other: TextList = Field(default_factory=list)


class FaqEntry(_Strict):
    """A question the brand answers often: the cues that recognise it and the answer text."""

    cues: Annotated[list[Text], BeforeValidator(_text_list), Field(min_length=1)]
    answer: Text


class Playbooks(_Strict):
    """What the brand does for each urgent class; the drafting job follows, never improvises."""

    safety: str | None = None
    payment: str | None = None
    security: str | None = None
    legal: str | None = None
    # where someone in crisis finds help now ("Samaritans are there day and night on 116
    # 123."): said in the reply to a person who says they see no point in going on
    crisis: str | None = None


class BrandBook(_Strict):
    """The whole book. Empty sections are allowed: what is missing is simply not answered."""

    name: str | None = None
    locations: list[Location] = Field(default_factory=list)
    contact: Contact = Field(default_factory=Contact)
    people: list[Person] = Field(default_factory=list)
    offerings: list[Offering] = Field(default_factory=list)
    policies: Policies = Field(default_factory=Policies)
    accounts: dict[str, Annotated[list[Handle], BeforeValidator(_text_list)]] = Field(
        default_factory=dict
    )
    faq: list[FaqEntry] = Field(default_factory=list)
    playbooks: Playbooks = Field(default_factory=Playbooks)
    never_say: TextList = Field(default_factory=list)

    def location_named(self, name: str) -> Location | None:
        """The location called ``name`` (case-insensitive, name or alias)."""
        wanted = name.strip().casefold()
        for location in self.locations:
            if wanted in {t.casefold() for t in (location.name, *location.aliases)}:
                return location
        return None

    def document(self) -> dict[str, Any]:
        """The JSON-safe document stored in the database (dates as ISO text, no nulls)."""
        return self.model_dump(mode="json", exclude_none=True)
