"""rules-27 from the seventh week of mentions (``data/week_dev7``), in other trades' words.

The seventh week set (a board game café, a cobbler, a drain firm, a piano tuner, a surf school,
a tree surgeon, a tutoring agency, an upholsterer) was measured once as it came and then read.
What any trade meets: a page in the brand's name that took the money and that the real brand
disowned; a rival's better quote, then "we're going with them"; the same sum named again with
"again" further on; "the same £75 went out of my account"; and no alarm for a septic tank, a
fright told with a laughing face, "enough to not be a hazard", "the bit my son dreaded", the
wifi that "collapsed", a deposit put down, a price per head, a drain "blocked again 9 days
later", or a learned head's alarm on a calm question about a card hold. Beside them, what the
complaint rules read: the count of tries as a question, an app that "logs you out", "can't
upload".
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import classify
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import keeps_learned, urgency_classes
from listener.text import normalize

NO_ALARM = [
    "do you empty septic tanks out past Ludlow? ours is a 2 bed cottage @draincareltd",
    "the pedalo seats are so comfy I nearly died sitting down, sank right in 😂 @lakesidehire",
    "is a 2 hour taster enough to not be a hazard on the climbing wall? @peakblocwall",
    "fractions were the bit my daughter dreaded, and now she asks for more @brightsparktutors",
    "the wifi, the heating and the card machine all collapsed during quiz night. very on theme"
    " @thecrookedpint",
    "put £30 down on the new Carcassonne expansion in March, still not in @diceandmugcafe",
    "we got charged 3 x £8 entry for a baby who sat on my lap the whole time @splashzonepool",
    "paid £95 for the jetting, bathroom sink blocked again 9 days later @pipeworksuk",
]

ALARM = [
    (
        "security",
        "a facebook page called 'Brightspark Tutors Kent' took £120 off my sister as a 'booking"
        " fee'. when she rang the real @brightsparktutors they said nothing to do with us",
    ),
    (
        "churn",
        "11 years of @greenleafgardens doing the lawns. Mowright quoted £200 less and answered"
        " the phone, sorry Dave, we're going with them this year",
    ),
    (
        "payment",
        "@pipeworksuk £180 for the survey went out on the 2nd, all fine, thanks. Then £180 again"
        " this morning at 09:12, same invoice number",
    ),
    (
        "payment",
        "Paid the £60 deposit for the party when I booked on the 1st, then the same £60 went out"
        " of my account with the confirmation email @bowlarama",
    ),
    # the guards' near misses: a real harm beside the words that are cut out still alarms
    ("safety", "I nearly died when the ladder slipped off the gutter lol @pipeworksuk"),
    ("safety", "the septic tank overflowed into the garden and my son got sick from it"),
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_tanks_laughs_hopes_parts_deposits_and_prices_per_head_raise_no_urgency(
    text: str,
) -> None:
    assert urgency_classes(normalize(text)) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_impersonation_moves_and_repeated_sums_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(normalize(text))


def test_a_rivals_quote_kept_with_us_again_is_no_rule_churn() -> None:
    text = "9 years of @greenleafgardens. Mowright quoted less but we're going with them again"
    assert "churn" not in urgency_classes(normalize(text))


def test_a_learned_security_alarm_on_a_calm_card_hold_question_is_dropped() -> None:
    text = (
        "hi @greenleafgardens there's £250 pending from you on my card since friday's quote"
        " visit, is that just a pre-auth that drops off? no rush, just checking"
    )
    assert not keeps_learned(text, "security")


COMPLAINTS = [
    "how many times do I have to email before someone books my boiler service?? @heatwiseuk",
    "the new parents' app logs you out every time you open it @brightsparktutors",
    "can't upload the signed form on your website, third evening trying @greenleafgardens",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_the_count_of_tries_and_an_app_that_fails_are_complaint_evidence(text: str) -> None:
    n = normalize(text)
    assert classify(n, compound=get_scorer().polarity(n)["compound"]).is_complaint


def test_how_many_times_a_task_needs_doing_is_a_question() -> None:
    n = normalize("how many times do I need to water a new hedge in summer? @greenleafgardens")
    assert not classify(n, compound=get_scorer().polarity(n)["compound"]).is_complaint
