"""Opening hours answered for the day asked, in the location's time zone, from the book only."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from responders.brandbook import (
    BrandBook,
    HoursAnswer,
    hours_answer,
    open_status,
    parse_book,
    resolve_days,
)
from responders.brandbook.hours import parse_day

WEEK = {
    "mon": "09:00-17:00",
    "tue": "09:00-17:00",
    "wed": "09:00-17:00",
    "thu": "09:00-17:00",
    "fri": "09:00-17:00",
    "sat": "10:00-16:00",
    "sun": "closed",
}


def location(name: str, zone: str, hours: dict[str, str] | None = None, extra: str = "") -> str:
    table = "".join(f'{day} = "{value}"\n' for day, value in (hours or WEEK).items())
    return (
        f'[[locations]]\nname = "{name}"\ntimezone = "{zone}"\n{extra}'
        f"\n[locations.hours]\n{table}\n"
    )


def exception(day: str, hours: str, note: str) -> str:
    return f'[[locations.exceptions]]\ndate = {day}\nhours = "{hours}"\nnote = "{note}"\n\n'


def book_of(*parts: str) -> BrandBook:
    return parse_book("".join(parts))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def days_of(answer: HoursAnswer) -> list[tuple[str, date | None, str]]:
    return [(d.location, d.day, d.text()) for d in answer.days]


# --- parsing -----------------------------------------------------------------------------


def test_several_ranges_and_overnight_ranges_parse() -> None:
    split = parse_day("09:00-12:00,13:00-17:00")
    assert [(r.start, r.end) for r in split] == [(540, 720), (780, 1020)]
    [late] = parse_day("18:00-02:00")
    assert late.overnight and late.end == 26 * 60
    assert parse_day("closed") == ()


# --- which day ---------------------------------------------------------------------------


def test_today_is_the_local_date_where_the_location_is() -> None:
    book = book_of(location("London", "Europe/London"), location("Tokyo", "Asia/Tokyo"))
    # Friday 20 Nov 2026 23:30 UTC is already Saturday 08:30 in Tokyo
    moment = utc(2026, 11, 20, 23, 30)
    london = hours_answer(book, "are you open today in London?", moment)
    tokyo = hours_answer(book, "are you open today in Tokyo?", moment)
    assert days_of(london) == [("London", date(2026, 11, 20), "09:00–17:00")]
    assert days_of(tokyo) == [("Tokyo", date(2026, 11, 21), "10:00–16:00")]


def test_tomorrow_follows_the_local_date_too() -> None:
    book = book_of(location("Tokyo", "Asia/Tokyo"))
    answer = hours_answer(book, "open tomorrow?", utc(2026, 11, 20, 23, 30))
    assert days_of(answer) == [("Tokyo", date(2026, 11, 22), "closed")]
    assert answer.days[0].closed


def test_the_local_date_changes_an_hour_earlier_in_british_summer_time() -> None:
    book = book_of(location("London", "Europe/London"))
    # 24 Oct 2026 23:30 UTC is 00:30 BST on Sunday 25 Oct (clocks go back at 01:00 UTC)
    answer = hours_answer(book, "open today?", utc(2026, 10, 24, 23, 30))
    assert days_of(answer) == [("London", date(2026, 10, 25), "closed")]
    winter = hours_answer(book, "open today?", utc(2026, 11, 21, 23, 30))
    assert days_of(winter) == [("London", date(2026, 11, 21), "10:00–16:00")]


def test_weekday_names_resolve_to_the_next_such_day() -> None:
    wednesday = date(2026, 11, 18)
    [ref] = resolve_days("are you open on Saturday?", wednesday)
    assert ref.day == date(2026, 11, 21) and ref.weekday == "sat"
    [same] = resolve_days("open on wednesday?", wednesday)
    assert same.day == wednesday
    [following] = resolve_days("open next wednesday?", wednesday)
    assert following.day == date(2026, 11, 25)


def test_a_weekday_in_the_plural_asks_for_the_usual_hours_not_a_date() -> None:
    christmas = exception("2026-11-22", "closed", "Refit")
    book = book_of(location("Shop", "Europe/London", {**WEEK, "sun": "10:00-14:00"}), christmas)
    answer = hours_answer(book, "what time do you open on sundays?", utc(2026, 11, 18, 12))
    assert days_of(answer) == [("Shop", None, "10:00–14:00")]
    dated = hours_answer(book, "are you open on sunday?", utc(2026, 11, 18, 12))
    assert days_of(dated) == [("Shop", date(2026, 11, 22), "closed")]
    assert dated.days[0].exception and dated.days[0].note == "Refit"


def test_short_day_names_count_only_where_they_mean_a_day() -> None:
    monday = date(2026, 11, 16)
    assert [r.weekday for r in resolve_days("open on sun?", monday)] == ["sun"]
    assert [r.weekday for r in resolve_days("sun", monday)] == ["sun"]
    assert resolve_days("sat in the sun with a coffee", monday) == []


def test_this_weekend_is_saturday_and_sunday_or_only_sunday_on_a_sunday() -> None:
    friday, sunday = date(2026, 11, 20), date(2026, 11, 22)
    assert [r.day for r in resolve_days("open this weekend?", friday)] == [
        date(2026, 11, 21),
        sunday,
    ]
    assert [r.day for r in resolve_days("open this weekend?", sunday)] == [sunday]


def test_tonight_is_today() -> None:
    [ref] = resolve_days("are you open tonight", date(2026, 11, 20))
    assert ref.day == date(2026, 11, 20) and ref.label == "tonight"


# --- holidays and dated exceptions -------------------------------------------------------


def test_a_dated_exception_wins_over_the_weekly_hours() -> None:
    book = book_of(
        location("Shop", "Europe/London"),
        exception("2026-12-24", "09:00-13:00", "Christmas Eve: closing early"),
        exception("2026-12-25", "closed", "Christmas Day"),
    )
    answer = hours_answer(book, "are you open on christmas eve?", utc(2026, 12, 1, 10))
    assert days_of(answer) == [("Shop", date(2026, 12, 24), "09:00–13:00")]
    assert answer.days[0].note == "Christmas Eve: closing early"
    both = hours_answer(book, "open over christmas?", utc(2026, 12, 1, 10))
    assert days_of(both) == [
        ("Shop", date(2026, 12, 24), "09:00–13:00"),
        ("Shop", date(2026, 12, 25), "closed"),
    ]
    by_date = hours_answer(book, "open on 25th December?", utc(2026, 12, 1, 10))
    assert days_of(by_date) == [("Shop", date(2026, 12, 25), "closed")]


def test_bank_holiday_resolves_to_the_next_exception_that_says_holiday() -> None:
    book = book_of(
        location("Shop", "Europe/London"),
        exception("2026-08-31", "closed", "Summer bank holiday"),
        exception("2026-12-28", "10:00-14:00", "Boxing Day bank holiday (substitute day)"),
    )
    answer = hours_answer(book, "is the shop open on bank holidays?", utc(2026, 11, 2, 9))
    assert days_of(answer) == [("Shop", date(2026, 12, 28), "10:00–14:00")]


def test_a_holiday_the_book_does_not_date_gets_no_answer() -> None:
    book = book_of(location("Shop", "Europe/London"))
    assert hours_answer(book, "open on the bank holiday?", utc(2026, 11, 2, 9)) is None
    assert hours_answer(book, "will you be open over christmas?", utc(2026, 11, 2, 9)) is None
    assert hours_answer(book, "what are your hours in december", utc(2026, 11, 2, 9)) is None


def test_past_exceptions_are_not_used() -> None:
    book = book_of(location("Shop", "Europe/London"), exception("2026-01-01", "closed", "New Year"))
    assert hours_answer(book, "open on new year?", utc(2026, 11, 2, 9)) is None


# --- open now ----------------------------------------------------------------------------


def test_open_now_closes_at_and_opens_at_in_local_time() -> None:
    book = book_of(location("Shop", "Europe/London"))
    shop = book.locations[0]
    inside = open_status(shop, utc(2026, 11, 20, 16, 30))
    assert inside.open and inside.closes_at.hour == 17
    after = open_status(shop, utc(2026, 11, 20, 17, 0))
    assert not after.open and after.opens_at == datetime(2026, 11, 21, 10, tzinfo=shop.zone)
    saturday_night = open_status(shop, utc(2026, 11, 21, 20))
    assert saturday_night.opens_at.date() == date(2026, 11, 23)  # Sunday closed


def test_open_now_uses_the_clock_of_the_day_across_the_autumn_change() -> None:
    book = book_of(location("Shop", "Europe/London", {**WEEK, "sun": "09:00-17:00"}))
    shop = book.locations[0]
    # 08:30 UTC is 09:30 BST on Sunday 18 Oct, but 08:30 GMT on Sunday 25 Oct
    assert open_status(shop, utc(2026, 10, 18, 8, 30)).open
    status = open_status(shop, utc(2026, 10, 25, 8, 30))
    assert not status.open and status.opens_at.astimezone(UTC) == utc(2026, 10, 25, 9, 0)


def test_an_overnight_range_across_the_spring_change_closes_on_the_wall_clock() -> None:
    bar = {**WEEK, "sat": "20:00-03:00"}
    book = book_of(location("Bar", "America/New_York", bar))
    place = book.locations[0]
    # Sunday 8 March 2026, 02:00 EST jumps to 03:00 EDT
    late = open_status(place, utc(2026, 3, 8, 6, 30))  # 01:30 EST
    assert late.open and late.closes_at.astimezone(UTC) == utc(2026, 3, 8, 7, 0)
    assert not open_status(place, utc(2026, 3, 8, 7, 30)).open  # 03:30 EDT


def test_no_day_named_means_today_and_whether_open_now() -> None:
    book = book_of(location("Shop", "Europe/London"))
    answer = hours_answer(book, "what time do you close?", utc(2026, 11, 20, 12))
    assert days_of(answer) == [("Shop", date(2026, 11, 20), "09:00–17:00")]
    assert answer.status[0].open


def test_unknown_hours_give_no_status_and_stop_the_search_for_an_opening() -> None:
    partial = {"mon": "09:00-17:00", "fri": "09:00-17:00"}
    book = book_of(location("Shop", "Europe/London", partial))
    shop = book.locations[0]
    assert open_status(shop, utc(2026, 11, 18, 12)) is None  # Wednesday: not in the book
    friday_evening = open_status(shop, utc(2026, 11, 20, 18))
    assert not friday_evening.open and friday_evening.opens_at is None


# --- several locations, offerings --------------------------------------------------------


def test_the_named_location_is_answered_and_ambiguity_is_flagged() -> None:
    book = book_of(
        location("Headrow", "Europe/London"),
        location(
            "Kirkstall",
            "Europe/London",
            {**WEEK, "sat": "08:30-16:00"},
            'aliases = ["Kirkstall Road"]\n',
        ),
    )
    moment = utc(2026, 11, 18, 12)
    named = hours_answer(book, "is the kirkstall road one open saturday?", moment)
    assert days_of(named) == [("Kirkstall", date(2026, 11, 21), "08:30–16:00")]
    assert not named.ambiguous
    both = hours_answer(book, "are you open saturday?", moment)
    assert both.ambiguous and [d.location for d in both.days] == ["Headrow", "Kirkstall"]


def test_offering_hours_override_the_location_but_not_its_exceptions() -> None:
    book = book_of(
        location("Garage", "Europe/Berlin"),
        exception("2026-12-25", "closed", "Christmas Day"),
        '[[offerings]]\nname = "MOT test"\naliases = ["MOT"]\n',
        '[offerings.hours]\nmon = "10:00-12:00"\n',
    )
    moment = utc(2026, 11, 18, 12)
    answer = hours_answer(book, "can I get an MOT on monday?", moment)
    assert days_of(answer) == [("Garage", date(2026, 11, 23), "10:00–12:00")]
    assert answer.days[0].offering == "MOT test"
    assert hours_answer(book, "MOT on tuesday?", moment) is None  # offering hours say nothing
    closed = hours_answer(book, "MOT on christmas day?", moment)
    assert days_of(closed) == [("Garage", date(2026, 12, 25), "closed")]
    assert days_of(hours_answer(book, "open on tuesday?", moment)) == [
        ("Garage", date(2026, 11, 24), "09:00–17:00")
    ]


def test_a_book_without_hours_answers_nothing() -> None:
    book = parse_book('[[locations]]\nname = "Online"\ntimezone = "UTC"\n')
    assert hours_answer(book, "open today?", utc(2026, 11, 18, 12)) is None
    assert hours_answer(parse_book(""), "open today?", utc(2026, 11, 18, 12)) is None


def test_a_naive_time_is_refused() -> None:
    book = book_of(location("Shop", "Europe/London"))
    with pytest.raises(ValueError, match="aware"):
        hours_answer(book, "open today?", datetime(2026, 11, 18, 12))


def test_hours_questions_are_told_from_other_questions() -> None:
    from responders.brandbook import asks_about_hours

    assert asks_about_hours("what time do you close on fridays?")
    assert asks_about_hours("are you open on bank holidays")
    assert not asks_about_hours("is the hot chocolate vegan?")
    assert asks_about_hours("is kirkstall open yet this morning?")
    assert asks_about_hours("open over christmas?")
    assert not asks_about_hours("the opener of the show was great")
    assert not asks_about_hours("open mic again soon?")
    assert not asks_about_hours("DMs open, in confidence")
    assert not asks_about_hours("need somewhere to work for a couple of hours")


def test_an_offering_asked_for_at_another_site_gets_no_answer() -> None:
    book = book_of(
        location("Workshop", "Europe/Berlin"),
        location("Showroom", "Europe/Amsterdam"),
        '[[offerings]]\nname = "MOT test"\nlocation = "Workshop"\n',
        '[offerings.hours]\nmon = "10:00-12:00"\n',
    )
    moment = utc(2026, 11, 18, 12)
    assert days_of(hours_answer(book, "MOT test on monday?", moment)) == [
        ("Workshop", date(2026, 11, 23), "10:00–12:00")
    ]
    assert hours_answer(book, "MOT test at the showroom on monday?", moment) is None
