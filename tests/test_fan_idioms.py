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
]

STILL_COMPLAINTS = [
    "nothing beats waiting 40 minutes for a cold coffee 🙃 @kilnroasters",
    "nothing beats the smell of fresh bread but the queue today was a joke @hearthbakes",
    "the new owners killed it, menu's half the size @gullrock",
    "the app update killed it, won't even open now @tidewash",
    "nothing compares to the old recipe, the new one tastes like cardboard @hearthbakes",
]


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
