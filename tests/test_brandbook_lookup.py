"""FAQ answers, offerings, facts, people and accounts: found in the book or not at all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from responders.brandbook import (
    BrandBook,
    fact,
    facts_asked,
    faq_answer,
    fill,
    find_locations,
    find_offerings,
    is_official,
    match_faq,
    money_people,
    never_ask,
    never_promise,
    never_say,
    offering_named,
    official_accounts,
    parse_book,
    person_with_role,
)

BOOK = """\
name = "Northwind Repairs"
never_say = ["no worries", "valued customer"]

[[locations]]
name = "Workshop"
address = "1 Mill Lane"
timezone = "Europe/Berlin"
[locations.hours]
mon = "09:00-17:00"
tue = "09:00-17:00"

[contact]
email = "help@northwind.example"
booking_url = "https://northwind.example/book"

[[people]]
name = "Ines"
role = "owner"
decides_money = true

[[people]]
name = "Tom"
role = "head mechanic"

[[offerings]]
name = "tea"
facts = { vegan = true }

[[offerings]]
name = "bike service"
aliases = ["service", "tune-up", "full service"]
facts = { duration = "about 2 hours", lead_time = "3 working days", price_from = 49 }

[[offerings]]
name = "wheel build"
aliases = ["wheels"]

[policies]
returns = "Parts unused and boxed can come back within 30 days."
never_promise = ["refund", "discount", "free"]
never_ask = ["card number", "PIN"]

[accounts]
twitter = ["@northwind"]
reddit = ["u/northwind_bikes"]

[[faq]]
cues = ["book", "booking", "appointment"]
answer = "Book a slot at {contact.booking_url}."

[[faq]]
cues = ["book a service", "service booking"]
answer = "Services are booked online at {contact.booking_url}; they take about two hours."

[[faq]]
cues = ["hours", "open today"]
answer = "{location.name} is open {hours.today} today."

[[faq]]
cues = ["returns", "return"]
answer = "{policies.returns} Questions: {contact.email}."

[playbooks]
payment = "{people.money} will look at it; never ask for card numbers in public."
security = "Our only accounts are {accounts.twitter} and {accounts.reddit}."
"""

MONDAY_NOON = datetime(2026, 11, 16, 11, tzinfo=UTC)


@pytest.fixture(scope="module")
def book() -> BrandBook:
    return parse_book(BOOK)


# --- FAQ ---------------------------------------------------------------------------------


def test_faq_picks_the_entry_whose_cues_cover_the_most_words(book: BrandBook) -> None:
    found = match_faq(book, "Can I book a service for next week?")
    assert found is not None and found.index == 1 and found.cues == ("book a service",)
    assert match_faq(book, "can I book for friday").index == 0


def test_faq_cues_match_whole_words_only(book: BrandBook) -> None:
    assert match_faq(book, "great notebook for rides") is None  # "book" inside "notebook"
    assert match_faq(book, "chours") is None
    assert match_faq(book, "BOOKING please") is not None


def test_faq_answer_fills_placeholders_from_the_book(book: BrandBook) -> None:
    assert faq_answer(book, "how do I book?", MONDAY_NOON) == (
        "Book a slot at https://northwind.example/book."
    )
    assert faq_answer(book, "are you open today", MONDAY_NOON) == (
        "Workshop is open 09:00–17:00 today."
    )
    assert faq_answer(book, "what's your returns policy", MONDAY_NOON) == (
        "Parts unused and boxed can come back within 30 days. Questions: help@northwind.example."
    )


def test_faq_answer_needing_hours_the_book_lacks_is_none(book: BrandBook) -> None:
    wednesday = datetime(2026, 11, 18, 11, tzinfo=UTC)
    assert faq_answer(book, "what are your hours", wednesday) is None


def test_no_matching_cue_is_no_answer(book: BrandBook) -> None:
    assert faq_answer(book, "do you sell scooters?", MONDAY_NOON) is None


def test_hours_placeholder_needs_one_location_when_several_exist() -> None:
    text = BOOK + '\n[[locations]]\nname = "Annex"\ntimezone = "Europe/Berlin"\n'
    text += '[locations.hours]\nmon = "10:00-12:00"\n'
    two = parse_book(text)
    assert faq_answer(two, "open today?", MONDAY_NOON) is None
    assert faq_answer(two, "is the annex open today?", MONDAY_NOON) == (
        "Annex is open 10:00–12:00 today."
    )


def test_playbooks_fill_people_and_accounts(book: BrandBook) -> None:
    assert fill(book.playbooks.payment, book, now=MONDAY_NOON).startswith("Ines will look")
    assert fill(book.playbooks.security, book, now=MONDAY_NOON) == (
        "Our only accounts are @northwind and @northwind_bikes."
    )


# --- offerings and facts -----------------------------------------------------------------


def test_offerings_are_found_by_name_and_alias_longest_first(book: BrandBook) -> None:
    assert [o.name for o in find_offerings(book, "Full service and new wheels")] == [
        "bike service",
        "wheel build",
    ]
    assert offering_named(book, "Tune-Up").name == "bike service"
    assert offering_named(book, "oil change") is None


@pytest.mark.parametrize(
    "text",
    ["the team were great", "steak night", "servicemen", "self-servicing", "wheelset", "tearful"],
)
def test_offerings_never_match_inside_another_word(book: BrandBook, text: str) -> None:
    assert find_offerings(book, text) == []


def test_plural_and_possessive_still_name_the_offering(book: BrandBook) -> None:
    assert [o.name for o in find_offerings(book, "two teas and the service's price")] == [
        "tea",
        "bike service",
    ]


def test_facts_come_from_the_book_and_unknown_facts_are_none(book: BrandBook) -> None:
    service = offering_named(book, "service")
    assert fact(service, "lead time") == "3 working days"
    assert fact(service, "duration") == "about 2 hours"
    assert fact(service, "warranty") is None
    assert fact(offering_named(book, "tea"), "vegan") is True
    asked = facts_asked(book, "how long is the lead time for a tune-up?")
    assert [(o.name, key, value) for o, key, value in asked] == [
        ("bike service", "lead_time", "3 working days")
    ]
    assert facts_asked(book, "do you have the blue one in size 10?") == []
    assert facts_asked(book, "is the wheel build vegan?") == []


def test_locations_are_found_by_whole_words(book: BrandBook) -> None:
    assert [loc.name for loc in find_locations(book, "at the workshop today")] == ["Workshop"]
    assert find_locations(book, "my workshopping group") == []


# --- people, accounts, lists -------------------------------------------------------------


def test_who_decides_money_and_roles(book: BrandBook) -> None:
    assert [p.name for p in money_people(book)] == ["Ines"]
    assert person_with_role(book, "mechanic").name == "Tom"
    assert person_with_role(book, "accountant") is None


def test_official_accounts_are_stored_without_at_signs(book: BrandBook) -> None:
    assert official_accounts(book) == {"twitter": ["northwind"], "reddit": ["northwind_bikes"]}
    assert is_official(book, "twitter", "@NorthWind")
    assert not is_official(book, "twitter", "northwind_support")
    assert not is_official(book, "mastodon", "northwind")


def test_lists_for_the_drafting_checks(book: BrandBook) -> None:
    assert never_say(book) == ["no worries", "valued customer"]
    assert never_promise(book) == ["refund", "discount", "free"]
    assert never_ask(book) == ["card number", "PIN"]
