"""rules-35 from the twelfth week set's misreadings, in other trades' words.

Urgency: "spark out" (asleep), "not a single blister", an "Injury Clinic", a "kids shoe
fitting", a piercer's needle and ears "done with a gun" are no safety report or churn; a harm
"years ago" at "a jeweller in Ipswich (not this lot)" is long ago and elsewhere; "if I cancel
…, is it still charged" imagines a cancellation; "@x.offers (with the dot) is NOT the real
shop" is an impersonation; "opened a trade account with" a rival, "not renewing" and "that's
us done" are churn, "instead of ringing up" and "never ordering again" with no rival are not.
Intent: a closing verdict of praise after a fix ("Running again. Top bloke.") is praise; "how
many emails does it take", "how is a cup of tea £6", "or has my deposit gone on the christmas
do", "do I just ask google then", "still on read", "'ready friday' was two fridays ago" and "an
absolute state" are complaints; "these days" is no fault; "couldn't find fault" and "runs like
a dream" are praise slang. Each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import (
    asked_as_complaint,
    classify,
    complaint_points,
    praised_at_the_end,
    prepare,
)
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import urgency_classes
from listener.text import normalize


def _view(text: str) -> str:
    return prepare(normalize(text))[0]


def _rules(text: str):  # type: ignore[no-untyped-def]
    text = normalize(text)
    return classify(text, compound=get_scorer().polarity(text)["compound"])


@pytest.mark.parametrize(
    "text",
    [
        "Biscuit came back from @pawsome's group walk and was spark out on the sofa by 4",
        "not a single blister after 12 miles in the boots @trailfoot stretched for me",
        "no blisters at all this time, the new insoles from @trailfoot are ace",
        "these slippers from @homesole sparked joy tbh",
        "After six years of sessions at @knotfree I've moved to the Riverside Injury Clinic",
        "booked a kids shoe fitting at @trailfoot for saturday",
        "kids fitting booked for 10:15 at @trailfoot, can we bring the old pair to recycle?",
        "Rhi at @inkwell let the old hole close and re-pierced with a needle in the right spot",
    ],
)
def test_what_only_sounds_like_harm_is_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "sparks flying out of the socket your electrician fitted on monday",
        "my toddler started fitting in the car after the sweets from @popshop",
        "huge blister on my palm from the handle of the kettle you sold me, it leaks steam",
        "found a needle in the sandwich from @deliwise, thank god I saw it",
        "my son got injured on your climbing wall when the hold spun",
    ],
)
def test_the_harm_itself_is_still_safety(text: str) -> None:
    assert "safety" in urgency_classes(normalize(text))


def test_a_harm_long_ago_at_another_tradesman_is_no_report() -> None:
    text = (
        "Years ago a barber in Leeds (not this lot) nicked my ear and it bled everywhere, so I'm"
        " twitchy. Do @sharpco use guards on the clippers?"
    )
    assert "safety" not in urgency_classes(normalize(text))
    ours = "@sharpco nicked my ear with the clippers yesterday and it bled everywhere"
    assert "safety" in urgency_classes(ours)


def test_a_cancellation_imagined_is_no_payment_fault() -> None:
    asked = "what happens if I cancel on the morning of a lesson @drivewell, is it still charged"
    assert "payment" not in urgency_classes(normalize(asked))
    done = "I cancelled my membership in March and you are still charging me @gymco"
    assert "payment" in urgency_classes(done)
    gone = "cancelled the plan in May and the money still came out this month @gymco"
    assert "payment" in urgency_classes(gone)


def test_an_account_named_as_not_the_real_one_is_an_impersonation() -> None:
    text = (
        "PSA: insta account @lumen.photoz (with the z) is NOT the real studio. I paid £60 by bank"
        " transfer for a mini shoot and it's gone"
    )
    assert "security" in urgency_classes(normalize(text))
    assert "security" not in urgency_classes("@lumenphoto isn't the real deal anymore, sad")


@pytest.mark.parametrize(
    "text",
    [
        "Clients of @ledgerly since 2017. Three missed deadlines, so we've opened an account"
        " with Crunch today",
        "Not renewing my @fastlane track day membership after 5 seasons. Brands Hatch it is",
        "8 years of car servicing at @gearbox and I think that's us done. Kwik Fit do it for less",
        "we're done with @quickclean, going to Sparkle Bros from next week",
    ],
)
def test_a_rival_chosen_after_the_years_is_churn(text: str) -> None:
    assert "churn" in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "that's me done for the day, legs are jelly @ironworks",
        "my card is not renewing automatically on the @ironworks app, can you check?",
        "how do I open a trade account with @kilnlane? just gone self employed",
        "@trailfoot would be great if you had online booking for fittings instead of ringing up",
        "never ordering from @crustwell again, cold and soggy for the third time",
        "my ears were done with a gun at 13 and @inkwell fixed the wonky hole",
    ],
)
def test_no_rival_chosen_is_not_churn(text: str) -> None:
    assert "churn" not in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "Boiler kept tripping the fuse for a week. Sent a photo to @heatwise and Dan spotted the"
        " wiring fault in two minutes. Running again. Top bloke.",
        "forgot the gate code 🤦 Jo waited 20 mins while I found it and still did the full"
        " clean. legend @sparkle",
        "my clutch juddered for a year. @gearbox bled it, new slave cylinder, £90. magic",
        "took my nan's ring in with a snapped shank, @claspco rebuilt it in a week. highly"
        " recommend",
    ],
)
def test_a_fix_story_that_closes_on_praise_is_praise(text: str) -> None:
    assert praised_at_the_end(_view(text))
    rules = _rules(text)
    assert rules.fan_idiom
    score = get_scorer().score(normalize(text))
    assert score.intent == "praise"
    assert not score.is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "waited two hours on the phone to be told to ring back tomorrow. worth every penny 🙃",
        "@pocketmend a loan phone for longer repairs would be a lifesaver",
        "three weeks for a heel tip and they lost the receipt, what a result 🙄",
    ],
)
def test_a_snide_or_wished_verdict_is_not_praise(text: str) -> None:
    assert not praised_at_the_end(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "@knotfree how many emails does it take to get one receipt for my insurer? on number"
        " three now",
        "how is a bottle of water £3.50 at the @fastlane café?? is it from a glacier",
        "@railbits is the pre-order actually happening or has my £40 deposit gone on the"
        " staff party",
        "@inkwell sent you pics of the swelling on tuesday, still on read. do I just ask google"
        " then??",
    ],
)
def test_a_question_that_is_a_complaint(text: str) -> None:
    assert asked_as_complaint(_view(text)) or "on read" in text
    assert _rules(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "do I just pay at the door then?",
        "how is a mini session different from a full one?",
        "how many lessons does it take to pass, roughly?",
        "is the workshop open on sunday or has it gone to weekdays only?",
    ],
)
def test_an_ordinary_question_is_not_asked_as_a_complaint(text: str) -> None:
    assert not asked_as_complaint(_view(text))


def test_a_promised_day_long_past_is_a_complaint() -> None:
    text = "dropped the watch in a month ago. 'ready tuesday' was three tuesdays ago @tickco"
    assert _rules(text).is_complaint


def test_an_absolute_state_is_a_complaint() -> None:
    text = "my fringe from @snipco is a catastrophe. one side inches shorter. absolute state of it"
    assert _rules(text).is_complaint


def test_these_days_is_no_fault_in_a_price_question() -> None:
    text = "how much is a 30 min at @knotfree these days, still £38"
    assert complaint_points(_view(text), compound=0.0) < 1.0
    slow = "the @brightway desk is so slow these days, an hour in line again"
    assert _rules(slow).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "picked up a used loco from @railbits, runs like a dream. even the club pedants couldn't"
        " find fault",
        "flymo runs like new after @tufton had it, cheers",
    ],
)
def test_trade_praise_slang_is_not_a_fault(text: str) -> None:
    assert not _rules(text).is_complaint


def test_a_past_dream_that_died_is_still_a_fault() -> None:
    text = "the mower from @tufton ran like a dream for a week then died, won't start at all"
    assert _rules(text).is_complaint


# --- the review of rules-35, on sentences of its own: each piece's near misses ---


@pytest.mark.parametrize(
    "text",
    [
        "@gymzone £60 a month and half the machines broken. not worth every penny",
        "hotel room had mould on the ceiling and no hot water. would not highly recommend",
        "three visits from @flowright and the boiler still cuts out. not exactly chuffed",
        "bought a 'refurbished' laptop from @techbarn advertised as like new",
        "@partyco cancelled the day before the party. zero stars not five stars",
        "car went back to @gearbox twice, still makes the noise, so thats the end result",
    ],
)
def test_a_verdict_denied_or_quoted_is_no_praise(text: str) -> None:
    assert not praised_at_the_end(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "@laserclinic how many visits does it take to see results on the legs?",
        "@drivewell how many attempts does it take most people to pass?",
        "@giftbox how is the £5 voucher used online?",
        "@printhub is it still in the queue or have our photos gone to print yet?",
        "@shoebox do i just guess the size or is there a chart somewhere?",
    ],
)
def test_a_plain_question_near_the_new_pieces_is_not_asked_as_a_complaint(text: str) -> None:
    assert not asked_as_complaint(_view(text))


def test_a_price_of_two_digits_asked_as_outrage_is_a_complaint() -> None:
    assert asked_as_complaint(_view("how is a haircut £45 now @snipco??"))


def test_a_day_long_past_with_no_promise_is_no_fault() -> None:
    text = "the park run was 3 saturdays ago and my new trainers from @runhub still feel amazing"
    assert not _rules(text).is_complaint
    promised = "'sorted by the weekend' they said. that was 2 weekends ago @fixit"
    assert _rules(promised).is_complaint


def test_a_catastrophe_put_right_is_no_fault() -> None:
    text = "my garden was a total catastrophe before @greenthumb got their hands on it 😍"
    assert not _rules(text).is_complaint


def test_praise_slang_that_turns_is_still_a_fault() -> None:
    text = (
        "@photoapp the new update works like a charm... until you try to export, then it"
        " crashes every time"
    )
    assert _rules(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@vapeco the new coil sent sparks out the top when I pressed the button",
        "@trailfoot got a single blister the size of a 50p from the boots you fitted",
        "@nursery my toddler fitting at lunch and nobody rang me for an hour",
        "client since 2016 and today a groomer in your Hove salon cut Milo's ear, it bled"
        " everywhere",
        "@chargeit the charger you sent (not the same one I ordered years ago) caught fire",
    ],
)
def test_the_review_s_real_harms_are_still_safety(text: str) -> None:
    assert "safety" in urgency_classes(normalize(text))


def test_an_app_that_is_not_the_real_one_in_a_review_is_no_impersonation() -> None:
    text = "@budgetly the web version honestly isn't the real app, so clunky"
    assert "security" not in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "@northbank just opened a joint account with my partner, so easy",
        "@streamflix why is my sub not renewing?",
        "that's me done! passed first time with @drivewell",
    ],
)
def test_the_review_s_ordinary_posts_are_not_churn(text: str) -> None:
    assert "churn" not in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "@sleepinn never staying with you again, booked the premier inn for next month",
        "booking with Travelodge instead of waiting another week for your refund @sleepinn",
        "so done with a bank that charges £5 for a letter. moving to nationwide",
    ],
)
def test_the_review_s_rivals_are_churn(text: str) -> None:
    assert "churn" in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "@cafeco new loyalty card: spend £400, get a free biscuit. dunno how they can afford to"
        " spoil us like this",
        "10/10 would recommend waiting 40 mins past your appointment in a corridor @dentco",
        "one phone case in a box the size of a microwave and a metre of bubble wrap. the planet"
        " thanks you @caseco",
    ],
)
def test_sarcastic_praise_of_a_fault_is_a_complaint(text: str) -> None:
    assert _rules(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "would recommend waiting for the january sale at @caseco, half price",
        "the planet thanks you for the paper straws @cafeco 🌍",
    ],
)
def test_sincere_advice_and_thanks_are_not_sarcasm(text: str) -> None:
    assert not _rules(text).is_complaint


def test_an_invoice_above_the_quote_with_nothing_taken_is_no_payment_fault() -> None:
    billed = "Quote for the boiler service: £90. Invoice for the boiler service: £140. @heatwise"
    assert "payment" not in urgency_classes(normalize(billed))
    taken = "quoted £90 for the boiler service, £140 came out of my account today @heatwise"
    assert "payment" in urgency_classes(normalize(taken))
    card = (
        "quoted £70 for the thermostat, the engineer typed the card machine himself and I only"
        " noticed later it was £170 @fixco"
    )
    assert "payment" in urgency_classes(normalize(card))
