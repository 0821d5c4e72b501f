"""rules-33 from the eleventh week set's misreadings, in other trades' words.

Urgency: money spent elsewhere "from now on" and a rival signed up with "instead" are churn; a
regulator that free-flowed after our service is safety; how long a hold "hangs around" is a
calm question; a harm at a drop zone or a farm park long ago, and choking on a scone told with
a laughing face, are no report; "a detached" is a house; buyers' solicitors are a house sale.
Intent: "or is the hold music just there for vibes", "is anyone actually going to ring me
back", "how many more weeks" are complaints; "a step backwards" is a fault; "adore" and "the
best in Plymouth" open a fan's complaint. Each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import asked_as_complaint, fond_but_fault, prepare
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import urgency_classes
from listener.text import normalize


def _view(text: str) -> str:
    return prepare(normalize(text))[0]


@pytest.mark.parametrize(
    "text",
    [
        "15 yrs buying from @oldmill. I'll be spending my money at Hexham fair from now on.",
        "6 years on the gold plan at @glowco and I've just signed up at Sk:n in town instead",
    ],
)
def test_money_taken_elsewhere_is_churn(text: str) -> None:
    assert "churn" in urgency_classes(normalize(text))


def test_money_spent_with_the_brand_is_not_churn() -> None:
    assert "churn" not in urgency_classes("spending my money at the @oldmill sale this weekend")


def test_a_regulator_that_free_flowed_after_our_service_is_safety() -> None:
    text = (
        "had my regulator serviced at @deepblue last week and it went into full free-flow at"
        " 20m on Sunday. buddy got me up"
    )
    assert "safety" in urgency_classes(text)
    exhaust = "@quickfit fitted a free-flow exhaust on the golf last week, sounds mint"
    assert "safety" not in urgency_classes(exhaust)


def test_how_long_a_hold_hangs_around_is_a_calm_question() -> None:
    text = (
        "@deepblue there's a £100 pending on my card for the kit hire deposit from Saturday."
        " normal? how long does it usually hang around for"
    )
    assert "payment" not in get_scorer().score(normalize(text)).urgency_reasons


@pytest.mark.parametrize(
    "text",
    [
        "Broke my ankle in a bad landing at a drop zone in Spain back in 2016. @flyzone got me"
        " back in the tunnel at my own pace",
        "Years ago I fell off a trailer ride at a farm park in Devon, but the @hillvines tractor"
        " tour had proper seats and rails. lovely",
        "nearly choked on my scone when the guide opened the fizz with a sabre 😂 @hillvines",
        "They quoted £1,100 for EPS bead on a detached in Todmorden, is bead worth it?",
    ],
)
def test_what_only_sounds_like_harm_is_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(normalize(text))


def test_a_bead_that_came_off_a_toy_is_still_safety() -> None:
    text = "a bead detached from the baby rattle we bought from @toybox and she nearly swallowed it"
    assert "safety" in urgency_classes(text)


def test_a_house_sales_solicitors_are_not_a_legal_threat() -> None:
    text = "Selling up - what paperwork do buyers' solicitors want for the @warmfit cavity fill?"
    assert "legal" not in urgency_classes(text)
    assert "legal" in urgency_classes("@warmfit my solicitor will be in touch about the damp")


@pytest.mark.parametrize(
    "text",
    [
        "@flyzone does the contact form on your site lead anywhere or is it decorative",
        "@oldmill is anyone actually going to ring me back about the dresser I paid a deposit on"
        " in JUNE??",
        "@warmfit how many more weeks am I meant to keep the spare room cleared for this install?",
    ],
)
def test_a_question_that_is_a_complaint(text: str) -> None:
    assert asked_as_complaint(_view(text))
    assert get_scorer().score(normalize(text)).is_complaint


def test_a_plain_either_or_question_is_not() -> None:
    text = "@flyzone is the tunnel open on bank holidays or is it just weekends?"
    assert not asked_as_complaint(_view(text))


def test_a_step_backwards_is_a_complaint() -> None:
    text = "the new @flyzone booking site is a step backwards, can't see slots past a week"
    assert get_scorer().score(normalize(text)).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "adore @nibco, best shop in town hands down BUT the card machine has been broken every"
        " saturday for a month",
        "@deepblue crew are the best in Plymouth, but the coffee on the boat is undrinkable and"
        " the flask went missing again",
    ],
)
def test_a_fans_opening_turned_onto_a_fault(text: str) -> None:
    assert fond_but_fault(_view(text))
    assert get_scorer().score(normalize(text)).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "It's been 6 weeks since my piercing, is it ok to change the bar now?",
        "Is the 20% off actually in store or is it just online?",
        "can anyone recommend a wetsuit size for 5ft10 or should I just go large?",
        "how many more days is the summer sale on?",
        "How does the sofa bed turn into a double?",
        "does the footpath behind the hotel lead anywhere?",
        "I sent 3 emails in total and they answered every one",
    ],
)
def test_an_ordinary_question_or_count_is_not_asked_as_a_complaint(text: str) -> None:
    assert not asked_as_complaint(_view(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my son was crying and couldn't breathe after your satay", "safety"),
        ("almost choked on a shard of glass in my pint 😂 not funny actually", "safety"),
        ("your bouncy castle collapsed with kids inside at a venue in Hull last summer", "safety"),
        (
            "GP said it should get better in a week but I can't open my eye after your lash lift",
            "safety",
        ),
        ("exemplary safety standards, the lid flew off and burned my son's hand", "safety"),
        (
            "you've taken £60 today and there's another £60 pending for the same class. not a"
            " complaint, just confirming",
            "payment",
        ),
        (
            "I entered my card on a site pretending to be @gymco and now there's £1.00 pending, is"
            " that just a card check? not worried",
            "security",
        ),
    ],
)
def test_a_real_harm_beside_a_calm_or_laughing_word_keeps_its_class(text: str, kind: str) -> None:
    assert kind in get_scorer().score(normalize(text)).urgency_reasons


@pytest.mark.parametrize(
    "text",
    [
        "serviced the gutters and the downpipe free flows now, great job",
        "paid £12 for the 9:00 spin class and then again at 10:30 for my daughter's",
        "20 years with @heatco and going to Spain for a month",
        "the real account manager never called me back",
        "we booked from the brochure instead",
    ],
)
def test_ordinary_posts_raise_no_urgency(text: str) -> None:
    classes = urgency_classes(normalize(text))
    assert not set(classes) & {"safety", "payment", "security", "churn"}, classes
