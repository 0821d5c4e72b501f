"""rules-13: everyday mishaps worded like harm, and the reports beside them that stay urgent.

Written for these tests in wordings of our own, in trades no corpus file uses (a greengrocer,
a bakery, a courier, a gift shop, a car wash, a hotel, a soft play), after the TRAIN trades'
short-tweet rows (2026-12-06) showed the safety and security cues firing on a word or two
in short posts that name no harm: fruit "bruised", a bag handle that "gave way", a part that
"came off in my hand", an order delivered "to hospital", "not a hair in the drain", money
that "caiu na conta" (arrived, in Portuguese), a child seat missing from a booking, milk that
"leaked", and "taking my dad to" an evening out read as leaving.
"""

from __future__ import annotations

import pytest

from listener.scoring.urgency import keeps_learned, urgency_classes

CALM_SAFETY = [
    "half the nectarines in the greengrocer box came bruised, bit disappointing",
    "bruised avocados again in this week's veg bag",
    "the paper bag handle gave way outside the bakery, croissants all over the pavement lol",
    "the wardrobe handle came off in my hand the first time I opened it, can you send a new one",
    "the little charm dropped off in my handbag on the way home, can it be reattached?",
    "can your courier deliver to the hospital reception? my mum's on ward 7",
    "do you send flowers to hospitals or only to home addresses",
    "room was spotless, not a single hair in the bathroom 👌",
    "bit of hair in the shower drain when we checked in, otherwise fine",
    "o dinheiro caiu na conta hoje de manhã, obrigada pela rapidez",
    "booked a car with a baby seat but the seat isn't on the booking confirmation",
]

STILL_SAFETY = [
    "the paper bag handle gave way and the glass jar smashed and cut my son's foot open",
    "the oven door came off in my hand and the hot tray fell on my wrist, burned badly",
    "delivered to the wrong house and my mum ended up in hospital after eating the peanut one",
    "found a hair in my sandwich and a bit of blue plastic, my daughter nearly choked",
    "my toddler fell off the slide at the soft play and hit his head, we went to hospital",
    "the baby seat wasn't fitted properly and came loose on the motorway",
]

CALM_SECURITY = [
    "the milk leaked all over the bag on the way home, can you double bag next time",
    "the bottle of shampoo leaked in the parcel, everything's sticky",
    "roof leaked over the weekend at the holiday cottage, bucket under it now",
]

STILL_SECURITY = [
    "my card details were leaked after I ordered from your site, there's a charge from Lagos",
    "your customer list has leaked, I'm getting scam texts quoting my order number",
    "the milk leaked everywhere AND someone's got into my account and changed the email",
]

CALM_OUTINGS = [
    "taking my dad to the car wash open day on saturday, he loves a gadget",
    "taking my kids to the soft play for half term, any discount for three?",
    "taking the whole family to the hotel's sunday lunch for gran's 90th",
]

STILL_LEAVING = [
    "taking my kids to another soft play from now on, this one's filthy",
    "moved my son to another driving school after the third cancelled lesson",
    "taking my business elsewhere, three wrong deliveries in a row",
]


@pytest.mark.parametrize("text", CALM_SAFETY)
def test_an_everyday_mishap_worded_like_harm_is_no_safety_alert(text: str) -> None:
    assert "safety" not in urgency_classes(text)
    assert not keeps_learned(text, "safety")


@pytest.mark.parametrize("text", STILL_SAFETY)
def test_a_harm_beside_an_everyday_mishap_stays_safety(text: str) -> None:
    assert "safety" in urgency_classes(text)
    assert keeps_learned(text, "safety")


@pytest.mark.parametrize("text", CALM_SECURITY)
def test_a_liquid_that_leaked_is_no_security_alert(text: str) -> None:
    assert "security" not in urgency_classes(text)
    assert not keeps_learned(text, "security")


@pytest.mark.parametrize("text", STILL_SECURITY)
def test_leaked_details_stay_security(text: str) -> None:
    assert "security" in urgency_classes(text)
    assert keeps_learned(text, "security")


@pytest.mark.parametrize("text", CALM_OUTINGS)
def test_taking_people_along_to_an_outing_is_not_churn(text: str) -> None:
    assert "churn" not in urgency_classes(text)


@pytest.mark.parametrize("text", STILL_LEAVING)
def test_taking_custom_elsewhere_is_still_churn(text: str) -> None:
    assert "churn" in urgency_classes(text)
