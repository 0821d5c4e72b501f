"""rules-31 from the ninth week set's misreadings, in other trades' words.

A calm question about a pending sum that disclaims a complaint ("not a complaint at all, just
curious") is a question; "I wish to record my thanks" and "arrived when promised" are praise,
not a wish and a broken promise; "no extra charge" is a kindness, not a fee; trade-talk praise
("top drawer", "ran like clockwork", "bang on") and a fix told as done on the spot lower the
complaint case; chasing counted out in a question is a complaint. For urgency: a gadget that
"died" and breath lost to laughter are no harm; a harm "when she was 5" from a supermarket cake
is long ago and elsewhere; someone who "came to my aid" is thanked; the same fee "again at
06:04" is a double taking; a rival of several words ordered from "instead" is churn. Each
beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import complaint_points, prepare, sure_intent
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import urgency_classes
from listener.text import normalize


def _points(text: str) -> float:
    return complaint_points(prepare(normalize(text))[0], compound=0.0)


def _sure(text: str) -> str:
    return sure_intent(prepare(normalize(text))[0])


@pytest.mark.parametrize(
    "text",
    [
        "@brightsmiles not a complaint at all, just curious: there's a £1.00 pending from you as"
        " well as the £60 deposit. guessing that's a card check?",
        "hi @cleanco my bank app still has £25 pending from booking. i assume it"
        " vanishes in a few days? just confirming there's nothing i need to do",
        "Banking app shows £120 'pending' to Oakway Storage. Is that the deposit, and will it"
        " come off the first month? Not worried @oakwaystore",
    ],
)
def test_a_calm_question_about_a_pending_sum_is_a_question(text: str) -> None:
    assert _sure(text) == "question"
    score = get_scorer().score(normalize(text))
    assert score.intent == "question"
    assert "payment" not in score.urgency_reasons  # nor from the learned payment head


@pytest.mark.parametrize(
    "text",
    [
        "@brightsmiles not a complaint, just confused: £60 pending AND £60 taken again today?",
        "@cleanco not worried but why is the £25 still pending after three weeks?",
    ],
)
def test_a_pending_sum_beside_a_second_taking_or_a_long_wait_is_not_sure_calm(text: str) -> None:
    assert _sure(text) != "question"


def test_a_formal_thank_you_is_not_a_wish() -> None:
    text = (
        "I wish to record my thanks to the staff of Pemberton Opticians for their patience"
        " with my late mother's new glasses. @pembertonopt"
    )
    score = get_scorer().score(normalize(text))
    assert score.intent == "praise"
    assert not score.is_complaint
    wish = "I wish @pembertonopt would open on Saturday afternoons for those of us who work"
    assert get_scorer().score(normalize(wish)).intent == "suggestion"


@pytest.mark.parametrize(
    ("kept", "broken"),
    [
        (
            "van arrived when promised, lads were careful with the stairs @moveright",
            "van was promised for 8, still nothing at 11 @moveright",
        ),
        (
            "they boxed in the pipes while they were there at no extra charge @tilecraft",
            "hidden extra charge of £40 on the final bill @tilecraft",
        ),
    ],
)
def test_a_promise_kept_and_no_extra_charge_are_no_fault(kept: str, broken: str) -> None:
    assert _points(kept) < 1.0
    assert _points(broken) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Used @moveright for the flat move. Ran like clockwork, not a scratch on anything. Top"
        " drawer.",
        "new wardrobe doors from @fitwell are bang on, lined up to the mm",
        "tip of the hat to @pembertonopt, they did right by my dad",
    ],
)
def test_trade_talk_praise_is_praise(text: str) -> None:
    score = get_scorer().score(normalize(text))
    assert score.intent == "praise"
    assert not score.is_complaint


def test_a_fault_that_repeats_like_clockwork_is_still_a_complaint() -> None:
    text = "the boiler @heatwiseuk fitted cuts out like clockwork every night at 10, third week"
    assert get_scorer().score(normalize(text)).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "card reader wouldn't take my card, Sam swapped it there and then. easy @cornerbikes",
        "quote had the wrong address, emailed at 9, fixed and reissued by 10 @roofright",
    ],
)
def test_a_fix_told_as_done_on_the_spot_is_no_complaint(text: str) -> None:
    assert not get_scorer().score(normalize(text)).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@roofright who do I have to email to get a date? 6 emails since the quote",
        "@printhub does the contact form go anywhere? fourth message about the banner since monday",
        "who do I speak to at @stonecraft about the proof? it's been 5 weeks since we paid and"
        " still nothing",
    ],
)
def test_chasing_counted_out_in_a_question_is_a_complaint(text: str) -> None:
    assert _points(text) >= 1.0
    assert get_scorer().score(normalize(text)).is_complaint


def test_a_plain_question_with_a_count_is_not() -> None:
    assert _points("@printhub how many emails do I get if I sign up?") < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "key fob died at 8am, Tom had a new one ready at the desk by 8:10 @deskhub",
        "my phone died at the gate and @stubtix found my booking in 2 mins",
        "the magician pulling a sock from grandad's ear 😂 I genuinely couldn't breathe",
        "When he was 4 a 'nut free' supermarket sandwich put him in hospital, so I was nervous,"
        " but @crumbandco talked me through everything and his birthday cake was perfect",
        "I want to thank the staff at @oakwaybooks who came to my aid when I slipped on the ice"
        " outside the bank next door. Exemplary kindness.",
    ],
)
def test_things_that_only_sound_like_harm_are_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't breathe after the satay from @saffronhouse, throat closing, ambulance called",
        "the brakes you fitted died at 40 on the bypass @quickfitgarage",
        "When she was 5 your 'nut free' cake put her in hospital, and now it's happened again"
        " @crumbandco",
    ],
)
def test_a_harm_beside_them_is_still_safety(text: str) -> None:
    assert "safety" in urgency_classes(normalize(text))


def test_the_same_fee_again_at_a_clock_time_is_a_double_taking() -> None:
    text = (
        "@deskhub my membership went out at 06:02 (£180, ref DH-221) and there it is again at"
        " 06:04. can one come back please"
    )
    assert "payment" in urgency_classes(normalize(text))
    calm = "@deskhub paid the £180 at 06:02, will be in again at 9 30 tomorrow"
    assert "payment" not in urgency_classes(normalize(calm))


def test_ordering_from_a_rival_of_several_words_instead_is_churn() -> None:
    text = "Ten years a regular but I've been ordering from Black Sheep Wools instead since May"
    assert "churn" in urgency_classes(normalize(text))
    assert "churn" not in urgency_classes(normalize("I've been ordering from you for ten years"))
