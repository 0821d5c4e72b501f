"""rules-25 from the sixth week of mentions (``data/week_dev6``), in other trades' words.

The sixth week set (a coach-tour operator, a campervan hire, a dance school, a driving-school
agency, a meal-prep delivery, a tile shop, a towbar fitter, a website builder) was measured
once as it came and then read. What any trade meets: a trade customer's move told "from this
month I'm buying through X"; and no alarm for "I kept the books" near a deposit, a refund that
was made ("they did refund, but"), a "fitting service", "also took the trouble", a hem
"hanging down", and old harms on another company's coach, at a different school, from a van
bought off Facebook, or on kit someone put on himself.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

NO_ALARM = [
    "the lad explained what a deposit is, very slowly. I kept the accounts for a bank for 30"
    " years @coachlinetours",
    "@vanlifehire swapped our van two days before. they did refund, but it's August and every"
    " other van is gone",
    "how is a 'fitting service' meant to work if the fitter never turns up @tilesandco",
    "Mr Shah also took the trouble to show me how to check the tyre pressures. most obliging"
    " @towtech",
    "collected the show costume and the hem is hanging down one side already @steptimedance",
    "years ago on another company's coach the brakes went on a hill, nobody hurt. @coachlinetours"
    " drivers are so careful, thank you",
    "broke my wrist at a dance class in 2010 (different school, different city). @steptimedance"
    " adult beginners has been so gentle",
    "back in 1996 a roof box he'd put on himself came off my dad's car on the M4. so I paid"
    " @towtech to fit ours properly",
]

ALARM = [
    (
        "churn",
        "15 years with a trade account at @tilesandco. From this month I'm buying through Tile"
        " Depot's trade desk, they answer the phone",
    ),
    # a deposit the business kept is still a payment alarm
    ("payment", "@vanlifehire cancelled on us and kept the £300 deposit, three weeks now"),
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_customers_words_made_refunds_and_old_harms_raise_no_urgency(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_cases_told_plainly_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(text)
