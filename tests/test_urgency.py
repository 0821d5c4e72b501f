"""Urgency classes: each class in the words of different trades, and the near-misses.

The texts are written for these tests (not copied from the labelled corpus), in the voices
of customers of many kinds of small business, so a rule that only knows cafés fails here.
"""

from __future__ import annotations

import pytest

from listener.scoring import urgency_cues, urgency_guards
from listener.scoring.cue_trie import expand as _expand
from listener.scoring.urgency import (
    URGENCY_CLASSES,
    URGENT_CLASSES,
    is_impersonator_request,
    is_urgent,
    urgency_classes,
)

SAFETY = [
    "EpiPen used, we're in A&E",
    "@corner_cafe told them about my son's peanut allergy, he ate the flapjack anyway and his "
    "lips started swelling",
    "anaphylaxis after your 'dairy free' brownie. ambulance came. how is this labelled vegan",
    "Found a shard of glass in my lasagne from @homecooked_uk tonight, bit right into it",
    "@pizzaplace there was a piece of metal wire in my calzone. nearly swallowed it",
    "picked the car up from @fastfix_garage after a brake job and the brakes failed on the "
    "hill. rolled into a wall",
    "@bikeworks collected my bike after a service and the front wheel came off at 20mph",
    "the phone charger I bought from @gadgetbarn was sparking and smelt of burning plastic",
    "smelled gas all evening after @warmhomes engineer 'fixed' our boiler. emergency line "
    "came out and capped it",
    "@gym_central the cable on the cable row snapped mid-set and the handle hit my face",
    "My daughter slipped on the wet floor by the pool at the hotel and hurt her wrist, no "
    "warning sign anywhere",
    "whole family has food poisoning after the Sunday roast at @thegreenman. vomiting all night",
    "@salon_lux chemical burn on my scalp from the bleach, it's blistered",
    "the shelf in the kids section at @pagesbooks came down on my toddler. he's got a lump on "
    "his head",
    "@quickfit_tyres wheel nuts were loose after you fitted my new tyres. could have been killed "
    "on the motorway",
    "@harbourhotel a man let himself into our room at 2am with a key card. we were asleep",
    "bed bugs at @harbourhotel, my kids are covered in bites all over",
]

PAYMENT = [
    "@brightbank you've taken my mortgage payment twice this month, £840 x2",
    "@shoe_hut charged twice for one pair of trainers, please refund the duplicate",
    "@streambox I cancelled in March and you're still charging me £9.99 every month",
    "@fastfood_app charged me £23 for an order I never placed",
    "@harbourhotel still waiting on the refund for the room you cancelled, 6 weeks now",
    "@citygarage refund promised a month ago has still not arrived",
    "@yogaspace charged me the cancellation fee even though I cancelled 3 days before",
    "@harbourhotel the £200 deposit still hasn't been returned, we checked out 3 weeks ago",
    "got double charged by @tickets4u for the same gig",
    "@brightbank my salary still hasn't arrived and it left my employer on Friday",
    "@brightbank you charged me an overdraft fee in error, I was never overdrawn",
    "@citygarage billed me for brake pads that were never actually fitted",
    "@streambox my premium renewed but the app still says basic. paid and got nothing",
    "@yogaspace paid for the 10-class pass but got nothing, no credits on my account",
]

SECURITY = [
    "@brightbank someone DMed me from @brightbank_support asking for my card number and the 3 "
    "digits on the back. is this you??",
    "got a text 'from @parcelco' saying pay a £1.99 redelivery fee with a weird link. phishing?",
    "@gamestore my account was hacked and someone bought £300 of gift cards on my saved card",
    "a caller claiming to be @brightbank fraud team asked me to read out the code they texted me",
    "there's a fake @hotelbelmont page on facebook taking deposits by bank transfer",
    "@phoneco someone ported my number without asking, now my bank account's been accessed",
    "@brightbank there are transactions on my account I don't recognise, £450 in Lagos",
    "there's a skimmer on the @brightbank cash machine on the high street",
    "@brightbank I got someone else's bank statement in the post today",
    # the impersonator's own post, in the brand's voice
    "@jo_b Hi, Brightbank Support here. Please send your card number to verify",
    "@sam_k StreamBox Help here! DM us your card details to get a refund",
    "@ali_r sorry for the trouble, message us with your long card number and we'll sort it",
]

LEGAL = [
    "@fastfix_garage my solicitor will be in touch about the gearbox",
    "taking @sofaking to small claims court over the sofa that never came",
    "I've reported @warmhomes to the ombudsman, 12 weeks and no answer",
    "@cheapflights see you in court",
    "reported @budgetgym to trading standards over that contract",
]

CHURN = [
    "after 9 years with @brightbank I'm moving my current account to Monzo",
    "@phoneco switching to giffgaff next week, the price rise did it",
    "cancelled @streambox after 6 years. moved to the other lot, cheaper",
    "sorry @corner_cafe, found a place round the corner that actually opens on time",
    "cancelling my app account, the booking page never works",
    "@streambox cancelling my premium sub. not worth it. bye",
    "going to cancel my gym membership, the showers have been broken for a month",
    "that's it, done with Brightbank. moving to the one across the road",
    "@phoneco officially done with you lot",
]

NEAR_MISSES = [
    # words that also name a harm, a fraud or a charge in other sentences
    "the breakfast of someone who has stopped pretending",
    "£4.35 for a latte is pushing it, might have to cut back",
    "why do you still charge 45p for oat milk in 2026",
    "@corner_cafe the toast was burnt and the coffee stone cold. not happy",
    "@pizzaplace 50 minutes late and the driver was rude",
    "this new update is killing me @taskapp 😩",
    "that playlist @radiohits is sick 🔥🔥",
    "these cinnamon buns are dangerously good @bakehouse",
    "@shoe_hut what's your refund policy on sale items?",
    "@citygarage charged £45 for the MOT, fair enough, all passed",
    "@streambox how do I switch to the annual plan?",
    "@harbourhotel the food court next door is always busy",
    "@gym_central that leg day nearly killed me 😂",
    "@salon_lux new colour is on fire 🔥 love it",
    "@brightbank the new app is slow and keeps logging me out, annoying",
    "@tickets4u ta for sorting my double charge so fast yesterday 👍",
    "Sue at @pagesbooks recommended the best thriller, thank you!",
    "@parcelco do you deliver on Sundays?",
    # cancelling one order or booking is not leaving; being done with the day is not either
    "@shoe_hut cancelling my order, wrong size",
    "@streambox how do I cancel my subscription?",
    "how can I cancel my plan before it renews @phoneco",
    "@harbourhotel cancelling my booking for friday, can I move it to next month?",
    "done with work, off to @corner_cafe",
    "i'm done with work, off to @corner_cafe for a flat white",
    "finally done with my exams, celebrating at @pizzaplace",
    "@streambox paid and got the upgrade straight away, nice",
    "@shoe_hut can you send me the discount code from the email?",
    "@tallyapp can my accountant have her own login or do I share my password?",
    "@shoe_hut please send your order number and we'll check",
]


@pytest.mark.parametrize("text", SAFETY)
def test_safety_is_found_in_every_trade(text: str) -> None:
    assert urgency_classes(text)[:1] == ("safety",), urgency_classes(text)


@pytest.mark.parametrize("text", PAYMENT)
def test_payment_problems_are_payment_not_security(text: str) -> None:
    classes = urgency_classes(text)
    assert "payment" in classes and "security" not in classes, classes


@pytest.mark.parametrize("text", SECURITY)
def test_phishing_impersonation_and_takeover_are_security(text: str) -> None:
    assert "security" in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", LEGAL)
def test_legal_threats_are_legal(text: str) -> None:
    assert "legal" in urgency_classes(text), urgency_classes(text)


@pytest.mark.parametrize("text", CHURN)
def test_leaving_for_a_competitor_is_churn_and_not_urgent(text: str) -> None:
    classes = urgency_classes(text)
    assert classes == ("churn",), classes
    assert not is_urgent(classes)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_quality_problems_slang_and_questions_are_not_urgent(text: str) -> None:
    assert urgency_classes(text) == (), urgency_classes(text)


def test_a_harm_told_to_praise_how_it_was_handled_is_not_an_alert() -> None:
    praise = (
        "Shout out to the night team at @harbourhotel: my dad fainted at breakfast and they "
        "called the ambulance and stayed with him. Above and beyond."
    )
    assert "safety" not in urgency_classes(praise)
    still_wrong = (
        "staff were brilliant after my son's allergic reaction but nobody had checked the "
        "allergen list @corner_cafe"
    )
    assert urgency_classes(still_wrong)[:1] == ("safety",)


def test_classes_come_gravest_first() -> None:
    text = (
        "@fastfix_garage the brakes failed after your service, you charged me twice for it, "
        "and my solicitor is writing to you. switching to Mill Lane Motors"
    )
    assert urgency_classes(text) == ("safety", "payment", "legal", "churn")
    assert URGENCY_CLASSES == ("safety", "payment", "security", "legal", "churn")
    assert {"safety", "payment", "security", "legal"} == URGENT_CLASSES


def test_a_link_is_not_read_as_words() -> None:
    assert urgency_classes("menu here https://t.co/fire-hazard-sue") == ()


def test_hostile_and_empty_text_do_not_crash() -> None:
    assert urgency_classes("") == ()
    assert urgency_classes("\x00" * 50 + "🙃" * 500) == ()
    assert urgency_classes("glass " * 5000) == ()


def test_no_urgency_cue_piece_starts_or_ends_with_a_space() -> None:
    """A piece ending in a space can never match: the word-end check sees the next letter."""
    fragments = [*urgency_cues.URGENCY_CUES.values(), urgency_guards.PAYMENT_RESOLVED]
    pieces = [piece for fragment in fragments for piece in _expand(fragment)]
    assert [p for p in pieces if p != p.strip(" ")] == []


@pytest.mark.parametrize(
    "text",
    [
        "decaf? pregnant",
        "@corner_cafe is the decaf actually decaf? pregnant and craving a latte",
        "@corner_cafe do you do decaf oat lattes? I'm pregnant 🤰",
    ],
)
def test_a_decaf_question_from_a_pregnant_customer_is_a_question_not_a_complaint(
    text: str,
) -> None:
    """The issue's demo case: a question, not a complaint, and nothing urgent about it."""
    from listener.scoring.sentiment import get_scorer

    assert urgency_classes(text) == ()
    result = get_scorer().score(text)
    assert result.intent == "question" and not result.is_complaint
    assert result.urgency == "normal"


@pytest.mark.parametrize(
    "text",
    [
        "@jo_b Hi, Brightbank Support here. Please send your card number to verify",
        "@sam_k StreamBox Help here! DM us your card details to get a refund",
    ],
)
def test_an_impersonators_own_request_for_card_details_is_marked_as_one(text: str) -> None:
    assert "security" in urgency_classes(text)
    assert is_impersonator_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "someone called Brightbank Support DMd me asking for my card number. is that you?",
        "got a DM saying 'send your card number to verify', is this legit @brightbank?",
        "@streambox beware, an account is replying to people: DM us your card details. scam",
        "@shoe_hut please send your order number and we'll check",
    ],
)
def test_a_customer_reporting_or_quoting_the_request_is_not_the_impersonator(text: str) -> None:
    assert not is_impersonator_request(text)
