"""Which way a move goes: to the brand is no churn, away from it is (churn_direction)."""

from __future__ import annotations

import pytest

from config.settings import load_settings
from listener.scoring.churn_direction import directed, own_names
from listener.scoring.relevance import brand_names
from listener.scoring.sentiment import Scorer
from listener.scoring.urgency import urgency_classes

NAMES = own_names(["larkspurenergy", "larkspur_help"], ["Larkspur Energy"])

TO_US = [
    "moving the flat's gas and electric to @larkspurenergy next week, any tips for the switch?",
    "switching my mum's account over to Larkspur Energy, how long does it take?",
    "moving my tariff from British Gas to @larkspurenergy, anyone done it?",
]
AWAY = [
    "leaving @larkspurenergy for Octopus, 9 years and done",
    "left Larkspur Energy after the third wrong bill and went to EDF",
    "ditching @larkspur_help for Ovo, the app is a joke",
]
NEITHER = [
    "leaving the house now, the @larkspurenergy engineer is booked for 2",
    "moving house next month, how do I give @larkspurenergy a meter reading?",
]


@pytest.mark.parametrize("text", TO_US)
def test_a_move_to_the_brand_is_no_churn(text: str) -> None:
    assert "churn" not in directed(text, (*urgency_classes(text), "churn"), NAMES)


@pytest.mark.parametrize("text", AWAY)
def test_leaving_the_brand_for_anyone_is_churn(text: str) -> None:
    assert "churn" in directed(text, urgency_classes(text), NAMES)


@pytest.mark.parametrize("text", NEITHER)
def test_a_move_that_is_no_switch_stays_as_it_was(text: str) -> None:
    classes = urgency_classes(text)
    assert directed(text, classes, NAMES) == classes


def test_leaving_a_rival_for_the_brand_is_no_churn() -> None:
    text = "finally leaving Octopus for @larkspurenergy, 3 years of estimated bills"
    assert "churn" not in directed(text, ("churn",), NAMES)


def test_without_the_brand_names_the_classes_are_untouched() -> None:
    text = "leaving @larkspurenergy for Octopus, 9 years and done"
    assert directed(text, (), ()) == ()


def test_the_scorer_that_knows_the_brand_reads_the_direction() -> None:
    settings = load_settings(
        environ={},
        overrides={
            ("brand", "keywords"): ["Larkspur Energy"],
            ("brand", "handles"): {"twitter": ["larkspurenergy"]},
        },
    )
    branded = Scorer(own=brand_names(settings.brand))
    plain = Scorer()
    joining = "moving our energy account to @larkspurenergy next week, any tips?"
    leaving = "leaving @larkspurenergy for Octopus, 9 years and done"
    assert "churn" in plain.score(joining).urgency_reasons  # read without the brand
    assert "churn" not in branded.score(joining).urgency_reasons
    assert "churn" in branded.score(leaving).urgency_reasons
    assert branded.score(leaving).urgency == "normal"  # churn is high value, not urgent
