"""rules-39 of drafting, from reading drafts of the sixteenth and seventeenth week sets.

An urgent double charge told as "took the same £95 again" was answered about "the login
trouble" ("Got locked out Saturday night" is out of one's home, to a locksmith); a draft named
praise slang as a thing ("Really glad you're enjoying the knees", "the real showstopper"), a
clause ("the stuck inside", "the walked past", "your idea about the put rough prices"), the
customer's shift, and a verb ("confirm the details on the ring"). Each beside what must still
be named.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from responders.drafting.bookcontext import book_context
from responders.drafting.topic import issue_of, keyphrase


def _context(text: str, urgency: str, intent: str = "complaint") -> dict[str, object]:
    return book_context(
        text=text,
        intent=intent,
        urgency=urgency,
        created_at=datetime(2026, 11, 20, 12, tzinfo=UTC),
        book=None,
        brand_name="Keyturn Locks",
        handles=["keyturnlocks"],
        lang="en",
        places=[],
    )


def test_an_urgent_payment_is_about_the_money_whatever_other_cue_is_found() -> None:
    text = (
        "Got locked out Saturday night, paid £95 on the card reader. This morning the app shows"
        " £95 at 23:41 and another £95 at 23:43 @keyturnlocks"
    )
    found = _context(text, "payment")
    assert found["topic_kind"] == "payment"
    assert "login" not in str(found["topic"])


def test_locked_out_of_ones_home_is_no_login_trouble() -> None:
    assert issue_of("got locked out Saturday night, back in within 10 mins") is None


@pytest.mark.parametrize(
    "text",
    [
        "I've been locked out of my account since the update @bankco",
        "the app locked me out again, password reset never arrives",
    ],
)
def test_locked_out_of_an_account_is_still_login_trouble(text: str) -> None:
    found = issue_of(text)
    assert found is not None and found[1] == "login"


@pytest.mark.parametrize(
    "text",
    [
        "the app charged again two minutes later, same ref @boxco",
        "the card reader charged again, two payments on my statement @cafeco",
    ],
)
def test_a_double_charge_in_other_words_is_still_the_double_charge(text: str) -> None:
    found = issue_of(text)
    assert found is not None and found[1] == "payment"


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("That 36-month Gouda from @cheeseco is the bee's knees. Crunchy little crystals.",
         "knees"),
        ("The cheese tower at our wedding was the real showstopper. Cracking job, Tom.",
         "showstopper"),
        ("Key snapped in the lock, half stuck inside. Dave was here in 35 mins, got the broken"
         " bit out", "stuck inside"),
        ("walked past the @lockco van on ecclesall rd, they've painted it yellow now lol",
         "walked"),
        ("Idea for @lockco: Put rough prices on the website. Even 'lockouts from £65' would"
         " help", "put"),
        ("that little click when you finally get home after a 14 hour shift >>> nothing better",
         "shift"),
        ("want to book the tasting evening for 4 on the 12th, is there a form or do I just ring",
         "ring"),
    ],
)  # fmt: skip
def test_the_drafts_of_the_sixteenth_and_seventeenth_weeks_name_no_such_thing(
    text: str, not_named: str
) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("That 36-month Gouda from @cheeseco is the bee's knees. Crunchy little crystals.",
         "crystals"),
        ("The cheese tower at our wedding was the real showstopper. Cracking job, Tom.",
         "cheese tower"),
        ("the engagement ring you resized is perfect, thank you", "ring"),
    ],
)  # fmt: skip
def test_the_thing_itself_is_still_named(text: str, named: str) -> None:
    assert named in keyphrase(text)
