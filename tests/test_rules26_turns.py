"""rules-26: a fan's opening turned onto a fault, and "love how" aimed at the brand's quoted words.

Both come from the model's misreadings of the fifth and sixth week sets, which it was not
taught: "love you lot (2nd car with you!) but the new app logs me out" read as praise, and
"love how the 'vintage experience' includes a heater that gave up in april" read as praise.
Pinned here in other trades' words, each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import fond_but_fault, prepare
from listener.scoring.sarcasm import sarcasm_cues
from listener.scoring.sentiment import get_scorer
from listener.text import normalize


def _turned(text: str) -> bool:
    return fond_but_fault(prepare(normalize(text))[0])


FAN_THEN_FAULT = [
    "love you lot @brightcove_vets (3rd dog with you!) but the new booking app logs me out every"
    " time I open it",
    "Big fan of @harbourbikes, honestly the friendliest shop in town, but the online shop has"
    " been broken since Tuesday",
    "been with @tidewaterbroadband since 2015 and I'd defend them to anyone, but the router keeps"
    " dropping the connection every evening",
]

FAN_NO_FAULT = [
    "love you lot @brightcove_vets, but I'll miss Dr Shah now she's retiring 💛",
    "Big fan of @harbourbikes, though I only go in for inner tubes",
    "love this place but I have to stop buying a cake every visit 😂",
    # a contrast with no fan before it: the model and the other rules decide
    "the new booking app logs me out but the vets themselves are lovely @brightcove_vets",
]


@pytest.mark.parametrize("text", FAN_THEN_FAULT)
def test_a_fans_opening_turned_onto_a_fault_is_found(text: str) -> None:
    assert _turned(text)


@pytest.mark.parametrize("text", FAN_NO_FAULT)
def test_a_fans_opening_with_no_fault_after_the_turn_is_not(text: str) -> None:
    assert not _turned(text)


@pytest.mark.parametrize("text", FAN_THEN_FAULT)
def test_a_fans_complaint_is_a_complaint_from_a_warm_relationship(text: str) -> None:
    s = get_scorer().score(normalize(text))
    assert s.is_complaint and s.intent == "complaint", s
    assert s.mood in ("warm", "unhappy"), s


def test_a_fans_suggestion_after_the_turn_stays_a_suggestion() -> None:
    s = get_scorer().score(
        normalize("@harbourbikes love you guys, but please put the prices on the website!")
    )
    assert s.intent == "suggestion" and not s.is_complaint, s


QUOTED_AFTER_LOVE_HOW = [
    "love how the 'express service' at @quickfitgarage includes a three day wait for a part",
    "Amazing how 'next day delivery' from @leafandloam turns into Thursday week once you've paid",
    'Love that "free returns" at @threadbarehq apparently means a £4.95 label',
]

QUOTED_SINCERE = [
    'love how the barista at @corner_roast remembered my "usual" after one visit!',
    "love that they named it 'the snug' @oldbellinn, perfect for a rainy afternoon",
    "love how friendly everyone at @quickfitgarage is",
]


@pytest.mark.parametrize("text", QUOTED_AFTER_LOVE_HOW)
def test_love_how_aimed_at_the_brands_quoted_words_is_a_sarcasm_cue(text: str) -> None:
    assert "love_how_quoted" in sarcasm_cues(normalize(text))


@pytest.mark.parametrize("text", QUOTED_SINCERE)
def test_love_how_beside_a_name_or_ones_own_word_is_not(text: str) -> None:
    assert "love_how_quoted" not in sarcasm_cues(normalize(text))


def test_a_sum_after_love_how_is_a_problem_even_after_a_space() -> None:
    # the old money piece needed a word character before the £ and never matched "over £50"
    assert "love_how" in sarcasm_cues("love how delivery is now over £50 @leafandloam")
    assert "love_how" not in sarcasm_cues("love how friendly the staff are @leafandloam")
