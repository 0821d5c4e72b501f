"""rules-12's complaint cues: a fault said by degree or by a poor simile, and a fan's
"still not bored" that is no fault.

Why: after the balance rows (loyal fans, calm sums) the model read some understated
complaints as praise ("way too sweet lately", "like dishwater"); the rules' verdict is one of
the model's inputs, and a degree or a simile of a poor thing is a fault in any trade. And the
"still" cue ("still not fixed") read a fan's "still not bored" as a fault. Wordings here are
our own, in trades the corpus does not use.
"""

from __future__ import annotations

import pytest

from listener.scoring.cue_report import explain


def _cues(text: str) -> list[str]:
    return explain(text, compound=0.0)["cues"]  # type: ignore[return-value]


@pytest.mark.parametrize(
    "text",
    [
        "the new hand cream is way too greasy lately",
        "the jumper came a bit too tight across the shoulders",
        "waiting room was far too crowded this morning",
        "the lavender candle smells like soap, not lavender",
        "the sourdough has tasted like cardboard for a month",
        "rehearsal room felt like a sauna again",
    ],
)
def test_a_fault_said_by_degree_or_by_a_poor_simile_is_a_quality_cue(text: str) -> None:
    assert "quality" in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "not too sweet, just right",
        "never too busy on a weekday morning",
        "honestly too good to be true",
        "can I book a fitting on monday or is that too short notice",
        "the new van looks like a fridge on wheels",
    ],
)
def test_praise_and_plain_questions_with_too_or_like_are_no_quality_cue(text: str) -> None:
    assert "quality" not in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "five years of saturday swims and still not bored",
        "still no complaints after all this time",
        "still not had a bad pint there",
    ],
)
def test_a_fan_still_not_bored_is_no_still_cue(text: str) -> None:
    assert "still" not in _cues(text)


@pytest.mark.parametrize(
    "text", ["still not fixed after three visits", "still no reply to my email", "still not here"]
)
def test_a_fault_that_is_still_there_is_a_still_cue(text: str) -> None:
    assert "still" in _cues(text)
