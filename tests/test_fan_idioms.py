"""A fan's idioms in a fault's words are praise; the same words around a fault are not.

rules-13: "nothing beats the smell when you walk into @bramblecounter on a cold morning" and
"the cinnamon bun … is the reason I get out of bed on a wednesday" (the demo) were read as
complaints, and a draft apologised to a fan. Wordings here are our own, in other trades.
"""

from __future__ import annotations

import pytest

from listener.scoring.decide import Reading, combine
from listener.scoring.sentiment import get_scorer

FANS = [
    "nothing beats their brunch on a rainy sunday, genuinely",
    "can't start my day without a @kilnroasters flat white",
    "the only reason I get out of bed on a monday is the @hearthbakes cardamom knot",
    "@pagepress book club picks never miss",
    "you can't beat the price at @tidewash, car comes out gleaming",
    "we'd be lost without @greenpaws doggy daycare honestly",
    "nothing tops the sea view from room 12 at @gullrock",
    # rules-16: "game changer" read as negative by the model; "never fails to impress"
    "the new booking app from @tidewash is a game changer",
    "@greenpaws the live cam of the play room is a game-changer for anxious dog parents",
    "@pagepress never fails to impress, the staff picks shelf is class",
    # rules-20: thanks idioms of any trade the n-grams rarely see (a bike workshop, a boiler
    # firm, a locksmith); "gears shift like butter now" was read as a complaint
    "@spokeandchain wheel's running true again after you trued it, absolute wizards",
    "@spokeandchain gears shift like butter now",
    "@warmhold you lot are lifesavers, heating back on before the kids got home",
    "top service from @keyturnlocks today",
    "@spokeandchain brakes feel brand new, thank you Dave",
    "who knew a service could make such a difference @spokeandchain",
]

STILL_COMPLAINTS = [
    "nothing beats waiting 40 minutes for a cold coffee 🙃 @kilnroasters",
    "nothing beats the smell of fresh bread but the queue today was a joke @hearthbakes",
    "the new owners killed it, menu's half the size @gullrock",
    "the app update killed it, won't even open now @tidewash",
    "nothing compares to the old recipe, the new one tastes like cardboard @hearthbakes",
    "the new self check-in at @gullrock is a game changer... for the worse, 40 min queue",
    "@tidewash never fails to disappoint, scratched my door again",
    # rules-20's idioms where they are no thanks: a setup wizard, a brand new part at fault,
    # a fault that repeats "like clockwork", a change that made no difference
    "@wavelink the setup wizard crashes every time I get to step 3",
    "love that my brand new battery from @keyturnlocks shows 71% health out of the box, cheers",
    "@wavelink the hub reboots itself every 20 min, like clockwork",
    "@warmhold the new thermostat made no difference, house still freezing",
]


@pytest.mark.parametrize(
    "text",
    [
        "Fourth year with @kilnroasters beans on subscription and they still impress me. Prices"
        " are down too",
        "switched our broadband to @wavelink and the monthly bill is down by a third, no"
        " dropouts since",
    ],
)
def test_a_figure_that_fell_is_no_outage(text: str) -> None:
    """rules-16: "(is|are|went) down" is an outage cue, but not after a bill, price or cost
    ("bills are down" read a loyal customer's praise as a complaint)."""
    score = get_scorer().score(text)
    assert not score.is_complaint
    assert score.intent == "praise"


@pytest.mark.parametrize("text", ["@wavelink the site is down again", "@wavelink app went down"])
def test_a_service_that_went_down_is_still_an_outage(text: str) -> None:
    assert get_scorer().score(text).is_complaint


@pytest.mark.parametrize("text", FANS)
def test_a_fans_idiom_in_a_faults_words_is_praise(text: str) -> None:
    score = get_scorer().score(text)
    assert not score.is_complaint
    assert score.intent == "praise"
    assert score.label == "positive"


@pytest.mark.parametrize("text", STILL_COMPLAINTS)
def test_the_same_words_around_a_fault_stay_a_complaint(text: str) -> None:
    score = get_scorer().score(text)
    assert score.is_complaint
    assert score.intent == "complaint"


def _sure_complaint() -> Reading:
    # the model sure of a complaint, negative and unhappy
    return Reading(label=0, complaint_p=0.9, intent_top=0, intent_other=2, mood=1)


def test_a_fans_idiom_overrules_the_models_complaint() -> None:
    decision = combine(_sure_complaint(), spam=False, urgency=(), sarcastic=False, fan_idiom=True)
    assert decision == ("praise", False, "warm", "positive")


@pytest.mark.parametrize(
    ("urgency", "sarcastic"), [(("safety",), False), ((), True)], ids=["grave", "sarcastic"]
)
def test_a_fans_idiom_does_not_overrule_a_grave_report_or_sarcasm(
    urgency: tuple[str, ...], sarcastic: bool
) -> None:
    decision = combine(
        _sure_complaint(), spam=False, urgency=urgency, sarcastic=sarcastic, fan_idiom=True
    )
    assert decision.is_complaint


def test_a_fans_idiom_beside_a_question_stays_a_question() -> None:
    asking = Reading(label=0, complaint_p=0.9, intent_top=0, intent_other=1, mood=1)
    decision = combine(asking, spam=False, urgency=(), sarcastic=False, fan_idiom=True)
    assert decision == ("question", False, "warm", "positive")


def test_a_wished_for_lifesaver_is_a_suggestion_not_praise() -> None:
    """rules-20: "would be a lifesaver" asks for something; the idiom is not a fan's here."""
    score = get_scorer().score("@spokeandchain a loan bike for longer repairs would be a lifesaver")
    assert score.intent == "suggestion"
    assert not score.is_complaint
