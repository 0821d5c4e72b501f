"""Importing a brand book: every problem reported at once, each with the line of its key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from responders.brandbook import BookError, parse_book
from responders.brandbook.lines import KeyLines

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
name = "Northwind Repairs"

[[locations]]
name = "Workshop"
timezone = "Europe/Berlin"
notes = "workshop closed Sundays"

[locations.hours]
mon = "09:00-12:00,13:00-17:00"
sun = "closed"

[[locations.exceptions]]
date = 2026-12-25
hours = "closed"
note = "Christmas Day"

[contact]
email = "help@northwind.example"
"""


def problems_of(text: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(BookError) as caught:
        parse_book(text)
    return [(p.line, p.key, p.message) for p in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing ``needle`` (so tests do not hard-code lines)."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_a_good_book_parses_into_typed_values() -> None:
    book = parse_book(GOOD)
    workshop = book.locations[0]
    assert workshop.hours is not None and workshop.hours.mon == "09:00-12:00,13:00-17:00"
    assert workshop.notes == ["workshop closed Sundays"]
    assert workshop.exceptions[0].date == date(2026, 12, 25)
    assert book.contact.email == "help@northwind.example"


def test_hours_are_normalized_so_a_reimport_compares_equal() -> None:
    book = parse_book(GOOD.replace('"09:00-12:00,13:00-17:00"', '"9:00 - 12:00, 13:00–17:00"'))
    assert book.locations[0].hours.mon == "09:00-12:00,13:00-17:00"


def test_toml_syntax_error_names_its_line() -> None:
    text = GOOD.replace('email = "help@northwind.example"', "email = help@northwind")
    [(line, _, message)] = problems_of(text)
    assert line == line_of(text, "email = help@northwind")
    assert message.startswith("TOML syntax")


def test_every_problem_is_reported_at_once_with_the_line_of_its_key() -> None:
    text = GOOD.replace('timezone = "Europe/Berlin"', 'timezone = "Europe/Berlni"')
    text = text.replace('sun = "closed"', 'sun = "9am-5pm"')
    text = text.replace("date = 2026-12-25", 'date = "25/12/2026"')
    text = text.replace('email = "help@northwind.example"', 'emial = "help@northwind.example"')
    found = problems_of(text)
    by_key = {key: (line, message) for line, key, message in found}
    assert by_key["locations[0].timezone"][0] == line_of(text, "Europe/Berlni")
    assert "unknown time zone" in by_key["locations[0].timezone"][1]
    assert by_key["locations[0].hours.sun"][0] == line_of(text, "9am-5pm")
    assert "bad hours" in by_key["locations[0].hours.sun"][1]
    assert by_key["locations[0].exceptions[0].date"][0] == line_of(text, "25/12/2026")
    assert "not a date" in by_key["locations[0].exceptions[0].date"][1]
    assert by_key["contact.emial"][0] == line_of(text, "emial")
    assert "did you mean 'email'" in by_key["contact.emial"][1]
    assert len(found) == 4


def test_unknown_top_level_section_is_an_error() -> None:
    text = GOOD + '\n[branding]\ncolour = "green"\n'
    [(line, key, message)] = problems_of(text)
    assert (line, key) == (line_of(text, "[branding]"), "branding")
    assert "unknown key" in message


def test_wrong_types_name_the_key_and_what_it_should_be() -> None:
    text = GOOD + '\n[[people]]\nname = "Ana"\ndecides_money = "yes"\n\n[accounts]\nx = 5\n'
    by_key = {key: (line, msg) for line, key, msg in problems_of(text)}
    assert by_key["people[0].decides_money"] == (
        line_of(text, "decides_money"),
        "should be true or false",
    )
    assert by_key["accounts.x"] == (line_of(text, "x = 5"), "should be a list [...]")


def test_a_missing_required_key_points_at_its_table() -> None:
    text = GOOD.replace('name = "Workshop"\n', "")
    by_key = {key: line for line, key, _ in problems_of(text)}
    assert by_key["locations[0].name"] == line_of(text, "[[locations]]")


def test_second_location_errors_point_into_the_second_location() -> None:
    text = GOOD + (
        '\n[[locations]]\nname = "Shop"\ntimezone = "Europe/Berlin"\n\n'
        '[[locations.exceptions]]\ndate = 2026-12-24\nhours = "25:00-26:00"\n'
    )
    [(line, key, _)] = problems_of(text)
    assert key == "locations[1].exceptions[0].hours"
    assert line == line_of(text, "25:00-26:00")


@pytest.mark.parametrize(
    "hours",
    ["9-17", "09:00-17:60", "24:30-25:00", "09:00-13:00,12:00-15:00", "open", "09:00 17:00"],
)
def test_bad_hours_strings_are_rejected(hours: str) -> None:
    text = GOOD.replace('sun = "closed"', f'sun = "{hours}"')
    [(_, key, message)] = problems_of(text)
    assert key == "locations[0].hours.sun" and "hours" in message


def test_a_datetime_is_not_a_date() -> None:
    [(_, key, message)] = problems_of(
        GOOD.replace("date = 2026-12-25", "date = 2026-12-25T10:00:00")
    )
    assert key == "locations[0].exceptions[0].date" and "without a time" in message


def test_two_exceptions_for_one_date_are_an_error() -> None:
    text = GOOD.replace(
        "[contact]",
        '[[locations.exceptions]]\ndate = 2026-12-25\nhours = "10:00-12:00"\n\n[contact]',
    )
    [(_, key, message)] = problems_of(text)
    assert key == "locations[0].exceptions" and "two exceptions" in message


def test_unknown_placeholder_in_an_faq_answer_is_an_error() -> None:
    text = GOOD + '\n[[faq]]\ncues = ["parking"]\nanswer = "Park at {location.car_park}."\n'
    [(line, key, message)] = problems_of(text)
    assert key == "faq[0].answer" and line == line_of(text, "Park at")
    assert "unknown placeholder {location.car_park}" in message


def test_placeholder_the_book_cannot_fill_is_an_error() -> None:
    text = GOOD + '\n[playbooks]\npayment = "Call us on {contact.phone}."\n'
    [(_, key, message)] = problems_of(text)
    assert key == "playbooks.payment" and "has no 'phone'" in message


def test_placeholders_the_book_can_fill_are_accepted() -> None:
    text = (
        GOOD
        + '\n[[faq]]\ncues = ["hours"]\n'
        + 'answer = "{location.name}: {hours.today}; {contact.email}"\n'
    )
    assert parse_book(text).faq[0].cues == ["hours"]


def test_one_alias_for_two_offerings_is_an_error() -> None:
    text = GOOD + (
        '\n[[offerings]]\nname = "Tune-up"\naliases = ["service"]\n'
        '\n[[offerings]]\nname = "Full service"\naliases = ["Service"]\n'
    )
    [(_, key, message)] = problems_of(text)
    assert key == "offerings[1]" and "names two offerings" in message


def test_offering_hours_need_a_time_zone_when_locations_differ() -> None:
    text = GOOD + (
        '\n[[locations]]\nname = "Tokyo"\ntimezone = "Asia/Tokyo"\n'
        '\n[[offerings]]\nname = "Repairs"\n[offerings.hours]\nmon = "10:00-16:00"\n'
    )
    [(line, key, message)] = problems_of(text)
    assert key == "offerings[0].hours" and line == line_of(text, "[offerings.hours]")
    assert "location" in message


def test_offering_location_must_exist() -> None:
    text = GOOD + '\n[[offerings]]\nname = "Repairs"\nlocation = "Basement"\n'
    [(_, key, message)] = problems_of(text)
    assert key == "offerings[0].location" and "Basement" in message


def test_empty_file_is_an_empty_book() -> None:
    book = parse_book("")
    assert book.locations == [] and book.faq == [] and book.never_say == []


def test_key_lines_follow_inline_tables_multiline_arrays_and_strings() -> None:
    text = (
        'never_say = [\n  "a",\n  "b = c",\n]\n'
        'note = """\nname = not a key\n"""\n'
        "[[offerings]]\n"
        'name = "Fix"\nfacts = { duration = "1h", "lead time" = "2 days" }\n'
    )
    lines = KeyLines(text)
    assert lines.line_of(("never_say",)) == 1
    assert ("name",) not in lines.lines
    assert lines.line_of(("offerings", 0, "facts", "lead time")) == 10
    assert lines.line_of(("offerings", 0, "facts", "duration")) == 10
    assert lines.line_of(("offerings", 0, "aliases")) == 8


@pytest.mark.parametrize("path", ["config/demo/brand_book.toml", "docs/brand-book.example.toml"])
def test_shipped_books_are_valid(path: str) -> None:
    book = parse_book((ROOT / path).read_text(encoding="utf-8"))
    assert book.locations and book.faq and book.never_say


def test_a_byte_order_mark_is_ignored_and_a_huge_file_is_refused() -> None:
    assert parse_book("\ufeff" + GOOD).name == "Northwind Repairs"
    [(_, _, message)] = problems_of("# " + "x" * 2_000_001)
    assert "characters" in message


def test_inline_and_dotted_hours_errors_point_at_their_line() -> None:
    text = (
        '[[locations]]\nname = "A"\ntimezone = "UTC"\n'
        'hours = { mon = "09:00-17:00", tue = "nine" }\n'
        '\n[[locations]]\nname = "B"\ntimezone = "UTC"\nhours.wed = "late"\n'
    )
    by_key = {key: line for line, key, _ in problems_of(text)}
    assert by_key == {"locations[0].hours.tue": 4, "locations[1].hours.wed": 9}


def test_an_faq_entry_needs_at_least_one_cue_and_an_answer() -> None:
    text = '[[faq]]\ncues = []\nanswer = "  "\n'
    by_key = {key: (line, message) for line, key, message in problems_of(text)}
    assert by_key["faq[0].cues"] == (2, "must not be empty")
    assert by_key["faq[0].answer"] == (3, "must not be empty")
