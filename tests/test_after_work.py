"""A fault after the business's own work is a complaint, whatever the model reads.

The words of a repair ("fixed", "replaced", "serviced") are, in the labelled corpus, mostly
the words of thanks, so the model read "you fixed my laptop screen on Monday and now the
keyboard doesn't work" as praise, and a draft would have thanked a customer whose repair
failed. Found probing the kind of mention the issue names (equipment failing after our own
repair), in wordings of our own.
"""

from __future__ import annotations

import pytest

from listener.scoring.after_work import broke_after_work
from listener.scoring.classify import prepare
from listener.scoring.sentiment import get_scorer
from listener.scoring.understand import score_batch
from listener.text import normalize

FAULTS = [
    "you fixed my laptop screen on monday and now the keyboard doesn't work at all",
    "replaced my phone battery last week and it already dies at 40%",
    "had the car in for a service yesterday and now the check engine light is on",
    "they replaced the hinge and now the door won't close",
    "after the update the app keeps crashing",
]
NOT_FAULTS = [
    "thanks for the quick repair, runs like new 👍",
    "fixed my bike and now it doesn't squeak any more, cheers",
    "you fixed the leak and now it doesn't drip anymore which is great",
    "replaced the screen and now it works again, thank you",
    "serviced my boiler and it's now making a lovely quiet hum",
    "fixed my washing machine last month, still going strong",
]


@pytest.mark.parametrize("text", FAULTS)
def test_a_fault_after_our_work_is_a_complaint(text: str) -> None:
    assert broke_after_work(prepare(normalize(text))[0])
    (score,) = score_batch(get_scorer(), [normalize(text)])
    assert score.is_complaint and score.intent == "complaint"
    assert score.mood != "neutral"


@pytest.mark.parametrize("text", NOT_FAULTS)
def test_a_repair_that_worked_is_no_fault(text: str) -> None:
    assert not broke_after_work(prepare(normalize(text))[0])


@pytest.mark.parametrize(
    "text",
    [
        "had my boiler serviced by you on tuesday and now it's making a banging noise and the "
        "pilot keeps going out",
        "you replaced my brake pads last week and now the brakes are grinding and the car pulls "
        "hard to the left",
        "since your engineer fitted the new socket it's been buzzing and the plate is hot to touch",
        "after the repair the washing machine door opened mid cycle and flooded the floor, "
        "nearly slipped",
    ],
)
def test_a_dangerous_failure_after_our_work_is_safety_and_a_complaint(text: str) -> None:
    (score,) = score_batch(get_scorer(), [normalize(text)])
    assert "safety" in score.urgency_reasons and score.intent == "complaint"


def test_fitted_speakers_banging_and_a_customer_buzzing_are_no_alarm() -> None:
    for text in (
        "fitted the new speakers and the bass is banging",
        "you fitted my new kitchen last week and I'm buzzing with it",
    ):
        (score,) = score_batch(get_scorer(), [normalize(text)])
        assert "safety" not in score.urgency_reasons, text
