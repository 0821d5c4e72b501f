"""rules-23 from the fourth week of mentions (``data/week_dev4``), in other trades' words.

The fourth week set (a bathroom fitter, a blinds firm, a boat hire, a camera shop, a fitness
equipment shop, a gutter cleaner, a party shop, a scaffolder) was measured once as it came and
then read. What any trade meets: two statement lines of one sum, "another £899 at 11:04", a
rival booked "for next year" after nine summers; and no alarm for a refund asked about as a
condition ("deposit back if it's more than 8 weeks out"), a checkout's payment page failing
three times, "nearly gave myself a heart attack" at a surprise, a scaffold taken down, and
harms long ago at a shop since closed, a firm that went bust, "his old bath", "in '98".
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import urgency_classes

NO_ALARM = [
    "can I get the deposit back from @oakandlinen if I cancel more than 4 weeks out?",
    "@tyretowne your website dumped my basket at the payment page three times tonight",
    "walked into a kitchen full of cake and nearly gave myself a heart attack 😭 best surprise"
    " ever @crumbandcoil",
    "when the marquee came down there was a scuff on the patio, not a big deal @tentsbytom",
    "my nan tripped on the step of her old house in 2020, so @stairwisefit's grab rails were a"
    " must. brilliant fitter",
    "ten years ago a garage in Leeds (long closed) fitted a dodgy battery that burned my dad's"
    " hand. @tyretowne tested everything in front of us",
    "my uncle fell off a roof in '97 working for some firm that went bust years ago, so I watched"
    " @topslateroofs' harnesses like a hawk. spotless",
]

ALARM = [
    (
        "payment",
        "hi @oakandlinen, my statement has two separate lines of £640 to OAK AND LINEN on the 2nd"
        " and 3rd. could I have one back please",
    ),
    (
        "payment",
        "@tyretowne tyres £380, paid at 10:02, then there's another £380 at 10:05. only one set"
        " of tyres",
    ),
    (
        "churn",
        "9 summers of camping with @pitchupparks. Booked with Firefly Camps for next year. Sian"
        " knows why.",
    ),
    # a refund waited for past its promise is still a payment alarm
    (
        "payment",
        "@oakandlinen promised my refund within 5 days, it's now 3 weeks and nothing",
    ),
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_conditions_checkouts_surprises_and_old_harms_raise_no_urgency(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_cases_told_plainly_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(text)
