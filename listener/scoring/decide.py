"""Combine the model's probabilities with the precise rules into one decision per mention.

Rules keep what they are precise at: spam (a spam post is never a complaint and never gets a
warm reply), and grave urgency (a safety, payment or security report is always a complaint,
read as negative, and never a happy mood). Everything else is the model's call. The few
guards below only stop combinations that contradict each other (a complaint in a delighted
mood, a sarcastic "thanks" read as warm), and a sarcasm cue with the rules' complaint evidence
makes a complaint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np

GRAVE = frozenset({"safety", "payment", "security"})
"""Urgency classes that make a mention a complaint whatever the model says."""
INTENTS = ("complaint", "question", "praise", "suggestion", "other")
MOODS = ("furious", "unhappy", "neutral", "warm", "delighted")
LABELS = ("negative", "neutral", "positive")


class Decision(NamedTuple):
    intent: str
    is_complaint: bool
    mood: str
    label: str


class Reading(NamedTuple):
    """What ``decide`` reads of one mention's model probabilities, as plain Python values."""

    label: int  # argmax of the sentiment block
    complaint_p: float  # mean of the complaint model's "yes" and the intent model's complaint
    intent_top: int  # argmax of the intent block
    intent_other: int  # argmax of the intent block without complaint, plus one
    mood: int  # argmax of the mood block


def readings(probs: Mapping[str, np.ndarray]) -> list[Reading]:
    """``Reading`` of every row of a batch's probabilities (one ``(n, classes)`` array per task).

    Why: the arg-maxes and the mean are taken for the whole batch in a few array operations
    instead of five small NumPy calls per mention; the values are exactly those of one row
    (float32 made float64 exactly, then added and halved as Python floats would be).
    """
    intent = probs["intent"]
    complaint_p = (
        probs["complaint"][:, 1].astype(np.float64) + intent[:, 0].astype(np.float64)
    ) / 2
    return list(
        map(
            Reading._make,
            zip(
                np.argmax(probs["sentiment"], axis=1).tolist(),
                complaint_p.tolist(),
                np.argmax(intent, axis=1).tolist(),
                (1 + np.argmax(intent[:, 1:], axis=1)).tolist(),
                np.argmax(probs["mood"], axis=1).tolist(),
                strict=True,
            ),
        )
    )


NEAR_TIE = 0.45
"""A complaint probability in [NEAR_TIE, 0.5) is a near tie the rules' verdict breaks
(rules-26). Retraining moves a plain fault report near the bar by a few hundredths either way
("the heating didn't come on at all this morning" read 0.50 with one model and 0.49 with the
next, though the rules' case is a strong cue); from 0.45 up, the rules decide. On the fifth
and sixth week sets and the dev tweets' tuning split it changed no reading; from 0.40 up it
lost intent on both week sets."""


def combine(
    reading: Reading,
    *,
    spam: bool,
    urgency: Sequence[str],
    sarcastic: bool,
    rules_complaint: bool = False,
    broke_after_work: bool = False,
    fan_idiom: bool = False,
    sure_intent: str = "",
    fond_but_fault: bool = False,
    damning: bool = False,
) -> Decision:
    """One mention's labels from what the model read (``readings``) and the rules.

    Complaint is the mean of the binary model's and the intent model's complaint
    probability (two views of one question, so one never contradicts the other); when the
    two disagree, the rules' verdict breaks the tie. A fan's idiom with no fault beside it
    (``classify._fan_idiom``) is praise whatever the model read; a post that says what it is
    (``classify.sure_intent``: opens as a suggestion, a job advert, a calm question about a
    card hold) keeps that intent and is no complaint. A fault after the business's
    own work (``after_work``: "fixed my laptop and now the keyboard doesn't work") is a
    complaint whatever the model read: the words of a repair are, in the corpus, the words of
    thanks. A fan's opening turned onto a fault (``fond_but_fault``: "love you lot but the
    app logs me out") is a complaint whatever intent the model read (rules-32: a fan's
    complaint with a request after it, "… please hire more humans 🙏", is a complaint, not a
    suggestion; the flag needs the rules' own fault evidence after the turn). A damning
    verdict with no praise, question or fix (``damning``: "the app logged me out and lost my
    stamp card, useless"), or a question asked as a complaint (``asked_as_complaint``), beside
    the rules' complaint case, is a complaint.
    """
    label = LABELS[reading.label]
    if spam:
        return Decision("other", False, "neutral", label)
    grave = not GRAVE.isdisjoint(urgency)
    # sarcasm cues plus the rules' complaint evidence ("great, another delay, thanks"):
    # praise words that mean the opposite, which n-grams alone read as praise
    complaint = (
        reading.complaint_p >= 0.5 or grave or broke_after_work or (sarcastic and rules_complaint)
    )
    if (
        not complaint
        and rules_complaint
        and (reading.intent_top == 0 or reading.complaint_p >= NEAR_TIE)
    ):
        # the two models disagree and the intent model agrees with the rules, or the model is
        # all but undecided: the rules break the tie
        complaint = True
    if not complaint and fond_but_fault:
        # "love you lot but…": the praise's n-grams outweighed the fault's; and (rules-32) a
        # fan's complaint with a request after it ("… pls get a 2nd person on the window 🙏")
        # is a complaint, not a suggestion (87 readable rows with the flag, all complaints)
        complaint = True
    if not complaint and damning:
        complaint = True  # "…lost my stamp card, useless": a verdict, not a story of a fix
    # a fan's idiom with no fault beside it ("nothing beats the smell on a cold morning")
    fond = fan_idiom and not (grave or broke_after_work or sarcastic)
    if fond:
        complaint = False
    # a suggestion, a job advert or a calm question about a hold, said as such (rules-20)
    sure = sure_intent if not (grave or broke_after_work or sarcastic or fond) else ""
    if sure:
        complaint = False
    intent = sure or ("complaint" if complaint else INTENTS[reading.intent_other])
    mood = MOODS[reading.mood]
    if sure:
        mood = "neutral" if mood in ("furious", "unhappy") or sure == "other" else mood
        label = "neutral" if label == "negative" or sure == "other" else label
    if fond:
        # praise, unless it asks or suggests beside it ("no notes, when's the loaf back?")
        intent = intent if intent in ("question", "suggestion") else "praise"
        label = "positive"
        mood = "warm" if mood in ("furious", "unhappy", "neutral") else mood
    if grave:
        label = "negative"
        if mood in ("neutral", "warm", "delighted"):
            mood = "unhappy"
    elif broke_after_work and mood == "neutral":
        # a fault after our own work is a problem for the customer, however calmly told; the
        # model's mood head splits such posts between neutral and unhappy (0.34 / 0.33 for
        # "had the car in for a service yesterday and now the check engine light is on")
        mood = "unhappy"
    if complaint and mood == "delighted":
        mood = "warm"  # "love you guys but…": a complaint from a warm relationship
    if sarcastic and complaint and mood in ("warm", "delighted"):
        mood = "unhappy"
    if sarcastic and complaint and label == "positive":
        label = "negative"
    return Decision(intent, complaint, mood, label)


def rules_mood(*, label: str, compound: float, is_complaint: bool, text: str) -> str:
    """Mood from the rules alone (no model): the baseline ``run_bot.py eval`` compares with.

    Furious needs strong negativity plus shouting ("!!", capitals) or a very low compound;
    delighted a very high compound; a complaint is never warmer than unhappy.
    """
    letters = sum(ch.isalpha() for ch in text) or 1
    shouting = "!!" in text or sum(ch.isupper() for ch in text) / letters > 0.3
    if label == "negative" or is_complaint:
        return "furious" if compound <= -0.7 or (compound <= -0.3 and shouting) else "unhappy"
    if label == "positive":
        return "delighted" if compound >= 0.85 else "warm"
    return "neutral"
