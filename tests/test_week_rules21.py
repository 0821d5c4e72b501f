"""rules-21 from the second week of mentions (``data/week_dev2``), in other trades' words.

The second week set (a landscaper, a wine merchant, a bridal shop, a mobility shop, a
windscreen firm, a print shop, a caterer, an aquarium shop) was measured once as it came and
then read. Its misreadings that any trade meets: choking told inside laughter, money idioms
("stung on the price", "bleeding me dry", "£38 down the sink"), a limit said three times read as
a sum taken three times, a calm question how long a card hold takes to clear, a harm long ago
told with "back in the 90s", "in 2016" or "long before any of this"; and, the other way, a
second sum for the one job with the same reference, a scam the brand itself disowned, a
fitted part that gave at speed, and a move to a rival told as "gone over to". Each is written
here for another trade (a roofer, a dog groomer, a tyre fitter, a bakery, a furniture shop),
beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import prepare, sure_intent
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import urgency_classes

NO_ALARM = [
    # choking inside laughter
    "@crumbandcoil the baker's Mary Berry impression 😂😂 I actually choked on a croissant."
    " best tenner I've spent",
    "lmao my son choked on his squash when the groomer told him the dog's new haircut name",
    # money idioms
    "honestly expected to get stung on the wheel alignment but @tyretowne charged what they"
    " quoted. fair play",
    "got stung for £90 on the callout at @topslateroofs, pricey but done in an hour",
    "the monthly fees at @pawsandsuds are bleeding me dry, any cheaper groomers?",
    "that sofa cover from @oakandlinen bobbled in a week. £60 down the drain",
    # a limit told three times
    "the salesman at @oakandlinen kept pushing the £3k sofas after I said my budget was £1,200"
    " three times. walked out",
    # a calm question how long a hold takes
    "@tyretowne hi, the £50 deposit hold from the van hire is still pending on my card, how many"
    " days does that usually take to clear? ta",
    # a harm long ago and elsewhere, told as the reason for care or praise
    "back in the 90s some cowboy roofer's slate came down on my grandad's head, so I was nervous"
    " watching @topslateroofs up there. They were spotless about safety",
    "my nan fell on the stairs in 2014, long before any of this, so the @stairwisefit fitter"
    " going through every safety feature with her meant a lot",
    "Food poisoning from a buffet at a party in 2016 (different caterer entirely) still haunts"
    " me. Does @crumbandcoil do plated?",
    "years back a cheap dog dryer off a market stall gave me a shock. does @pawsandsuds use"
    " proper kit?",
]

ALARM = [
    (
        "payment",
        "@topslateroofs the £640 invoice went out of my account on the 2nd and today there's a"
        " second £640 to TOPSLATE LTD, same ref. we only had the one roof done",
    ),
    (
        "security",
        "PSA: fake Oak & Linen 'clearance' page on Instagram. I paid £300 for a sofa and got"
        " blocked. Oak & Linen have confirmed it's nothing to do with them.",
    ),
    (
        "safety",
        "@tyretowne you fitted my tyres monday. on the M4 at 70 the rear wheel came loose and the"
        " car shook, pulled over with my kids in the back",
    ),
    (
        "safety",
        "the skylight @topslateroofs fitted last week cracked right across overnight. it could have"
        " come in on the kids",
    ),
    (
        "churn",
        "Eight years we had the dog groomed at Paws & Suds. We've gone over to Fluff Stop as of"
        " next month, the new staff don't know her.",
    ),
    # long ago, but a fault after our own work is still a report
    (
        "safety",
        "back in 2016 @topslateroofs fitted our chimney flashing and now the chimney stack is"
        " leaning and bricks fell into the garden",
    ),
]

NO_CLASS = [
    # another sum for something else, and a real advert's price
    ("payment", "another £20 for delivery on top of the sofa price @oakandlinen? cheeky"),
    # the same words about a channel, not a rival
    ("churn", "eight years with @pawsandsuds and we've gone over to the app for booking, so easy"),
    # a scam the customer disowns for the brand is not kept by the brand's own words
    ("safety", "the fog lifted on the M5 at 70 and the view was gorgeous"),
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_idioms_limits_holds_and_old_harms_raise_no_urgency(text: str) -> None:
    assert urgency_classes(text) == ()


@pytest.mark.parametrize(("name", "text"), ALARM)
def test_the_same_cases_told_plainly_raise_their_class(name: str, text: str) -> None:
    assert name in urgency_classes(text)


@pytest.mark.parametrize(("name", "text"), NO_CLASS)
def test_the_near_misses_of_the_new_rules_raise_no_class(name: str, text: str) -> None:
    assert name not in urgency_classes(text)


HOURS = [
    "u open sunday @topslateroofs",
    "@oakandlinen open bank hol monday",
    "open sat afternoons @pawsandsuds",
]
NOT_HOURS = [
    # a long post that opens so is a complaint about the hours, not a question
    "open sunday? door was locked at 2 and your sign says 4, wasted trip @crumbandcoil",
    "opening a second shop on sunday, good luck @oakandlinen",
]


@pytest.mark.parametrize("text", HOURS)
def test_the_opening_hours_asked_without_a_question_mark_are_a_question(text: str) -> None:
    assert sure_intent(prepare(text)[0]) == "question"
    assert get_scorer().score(text).intent == "question"


@pytest.mark.parametrize("text", NOT_HOURS)
def test_hours_in_a_complaint_or_news_are_no_sure_question(text: str) -> None:
    assert sure_intent(prepare(text)[0]) == ""


FAN_IDIOMS = [
    "new fence from @topslateroofs went up in a day. their lads don't mess about",
    "that Malbec @crumbandcoil recommended is an absolute smasher",
    "the wedding cake @crumbandcoil made saved my bacon after the other baker let us down",
    "@pawsandsuds groomed the dog in an hour, worth every penny",
]


@pytest.mark.parametrize("text", FAN_IDIOMS)
def test_trade_praise_idioms_are_no_complaint(text: str) -> None:
    score = get_scorer().score(text)
    assert not score.is_complaint
    assert score.intent == "praise"
