"""The batch reading of model probabilities agrees with reading each row on its own."""

from __future__ import annotations

import numpy as np

from listener.scoring.decide import Reading, combine, readings


def _softmax(rng: np.random.Generator, rows: int, classes: int) -> np.ndarray:
    block = np.exp(rng.normal(size=(rows, classes))).astype(np.float32)
    return block / block.sum(axis=1, keepdims=True)


def test_readings_equal_each_rows_own_argmax_and_complaint_mean() -> None:
    rng = np.random.default_rng(3)
    probs = {
        "intent": _softmax(rng, 300, 5),
        "complaint": _softmax(rng, 300, 2),
        "mood": _softmax(rng, 300, 5),
        "sentiment": _softmax(rng, 300, 3),
    }
    probs["intent"][7] = probs["intent"][7, 0]  # a tie: the first class wins, as argmax does
    for i, reading in enumerate(readings(probs)):
        row = {task: block[i] for task, block in probs.items()}
        assert reading == Reading(
            int(np.argmax(row["sentiment"])),
            (float(row["complaint"][1]) + float(row["intent"][0])) / 2,
            int(np.argmax(row["intent"])),
            1 + int(np.argmax(row["intent"][1:])),
            int(np.argmax(row["mood"])),
        )
        assert type(reading.complaint_p) is float


def test_grave_urgency_makes_a_complaint_the_model_missed() -> None:
    calm = Reading(label=2, complaint_p=0.1, intent_top=2, intent_other=2, mood=4)
    decision = combine(calm, spam=False, urgency=("safety",), sarcastic=False)
    assert (decision.intent, decision.is_complaint, decision.label) == (
        "complaint",
        True,
        "negative",
    )
    assert decision.mood == "unhappy"
    assert combine(calm, spam=False, urgency=(), sarcastic=False).intent == "praise"
    assert combine(calm, spam=True, urgency=("safety",), sarcastic=False).intent == "other"
