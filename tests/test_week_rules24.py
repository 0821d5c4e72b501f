"""rules-24 from the fifth week of mentions (``data/week_dev5``), in other trades' words.

The fifth week set (an EV leasing broker, a firewood supplier, a driving range, a home-brew
shop, a martial arts club, a sewing-machine shop, a ski shop, a vintage clothes shop) was
measured once as it came and then read. What any trade meets: "two £46.00 payments to X"
(the word view writes "£46 00"), a rival booked "for the rest of the season" after a long
story of years, a habit of years told before the move ("every autumn since 2014 my skis have
gone to @x"), and no alarm for a hole drilled for a cable that was then run, a child upset
"after she fell over", or an old harm at a neighbour's or a market stall.
"""

from __future__ import annotations

import pytest

from listener.scoring.churn_direction import directed, own_names
from listener.scoring.urgency import urgency_classes

NO_ALARM = [
    "@sparkhomeev the installer drilled through the wall, cable in proper trunking, tidy job",
    "shouted at in front of everyone for crying after she fell over. she's five @littlekicksdojo",
    "my neighbour's cheap charger caught fire in 2020 (nobody hurt), so what should I ask"
    " @sparkhomeev's fitter to check?",
    "years ago I got a rash from a jumper off a random market stall (nothing to do with"
    " @threadbarevintage). do you wash your stock?",
]

ALARM = [
    (
        "payment",
        "@threadbarevintage my bank app has two £38.00 payments to THREADBARE LTD, one monday one"
        " today, I only bought the one jacket",
    ),
    # a child who fell over and was hurt is still a report
    (
        "safety",
        "my son cried after he fell over on your mats and cut his head open @littlekicksdojo",
    ),
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_fitting_words_upsets_and_others_harms_raise_no_urgency(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_cases_told_plainly_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(text)


def test_a_rival_booked_after_a_long_story_of_years_is_churn_not_a_move_to_us() -> None:
    text = (
        "Eleven seasons with Snowline and I'm done. Every autumn since 2014 my skis have gone to"
        " @snowlineski for a full service. This year they took nine days, didn't ring when"
        " they were ready, and when I went in nobody could find them for twenty minutes."
        " Nothing against the people, they did brilliant work for years, but I've booked in"
        " with Alpine Works for the rest of the season and probably beyond."
    )
    names = own_names(["snowlineski"], ["Snowline"])
    assert "churn" in directed(text, urgency_classes(text), names)
    assert "churn" not in directed(
        "moving the family's skis over to @snowlineski", ("churn",), names
    )
