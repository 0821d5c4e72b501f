"""How drafting reads the classifier's output: one intent and one mood per mention, robust to
the disagreements a live classifier produces on a brand it has never seen.

The understanding step stores several signals that a real model does not always keep in
step: the intent, the complaint flag, the label, the mood (the model's own grade) and the
VADER scores (compound, and ``neg``: the share of negative words). Drafting used to take the
intent and the mood at face value, so one wrong signal picked the wrong family ("sorry" to a
fan the model graded unhappy) or the wrong strength. These rules settle the disagreements
the same way for every brand, with no brand words:

* **Intent.** The complaint flag wins; "praise" the model grades unhappy or furious is a
  complaint (sarcasm) only when a person labelled it negative, or the text has negative
  words and the label is not positive; else it stays praise (a fan is never apologised
  to); a mention with no clear intent that is negative by label and by mood is a
  complaint (someone unhappy with us deserves a reply even when the model found no
  complaint cue), and one positive by label and by mood is praise.
* **Mood**, given that intent: praise is at least warm (delighted when the model gave no
  positive grade and VADER is strong, compound ≥ 0.6), and delighted when the model says so
  or VADER is very strong (compound ≥ 0.8); a complaint is furious when the model or a
  strong VADER score (compound ≤ −0.6) says so; a suggestion is answered calmly (neutral)
  unless its author is unhappy, because the warmth a model reads in "I'd love…" or
  "please add…" belongs to the request, not to a feeling about us. A mood a person set by
  hand is never changed.

``reply_intent`` and ``reply_mood`` are used by the family choice, the tone, triage and the
queue priority, so all four agree. docs/drafting.md §2 has the table.
"""

from __future__ import annotations

from store.models import Mention

INTENTS = ("complaint", "question", "praise", "suggestion", "other")
NEGATIVE_MOODS = ("furious", "unhappy")
POSITIVE_MOODS = ("warm", "delighted")
# VADER compound strengths that mark a strong feeling (the same cut as the moods' fallback).
# Praise: the model's warm/delighted grade is trusted unless VADER is very strong (several
# strong positive words); 0.6, the moods' own fallback cut, overrode too many "warm" grades.
VERY_STRONG_POSITIVE = 0.8
STRONG_POSITIVE = 0.6
STRONG_NEGATIVE = -0.6


def _manual(mention: Mention) -> dict:
    return dict(getattr(mention, "manual_label", None) or {})


def has_negative_evidence(mention: Mention) -> bool:
    """True when the text itself reads negative: a person labelled the mention negative, or
    VADER found negative words and the label is not positive."""
    manual = _manual(mention).get("label")
    if manual:
        return manual == "negative"  # a person's reading wins
    return mention.label != "positive" and float(getattr(mention, "neg", 0.0) or 0.0) > 0.0


def reply_intent(mention: Mention) -> str:
    """complaint / question / praise / suggestion / other, as drafting answers the mention."""
    from responders.drafting.context import mood_of

    intent = "complaint" if mention.is_complaint else (mention.intent or "other")
    if intent not in INTENTS:
        intent = "other"
    mood = mood_of(mention)
    if intent == "praise" and mood in NEGATIVE_MOODS and has_negative_evidence(mention):
        return "complaint"  # sarcastic "praise"
    if intent == "other" and mood in NEGATIVE_MOODS and mention.label == "negative":
        return "complaint"  # unhappy with us, no cue the model knew
    if intent == "other" and mood in POSITIVE_MOODS and mention.label == "positive":
        return "praise"  # pleased with us, no cue the model knew
    return intent


def reply_mood(mention: Mention, intent: str | None = None) -> str:
    """furious / unhappy / neutral / warm / delighted for the reply to ``mention``."""
    from responders.drafting.context import mood_of

    mood = mood_of(mention)
    if "mood" in _manual(mention) or mention.urgency == "high":
        return mood
    intent = intent or reply_intent(mention)
    compound = float(mention.compound or 0.0)
    if intent == "praise":
        if mood not in POSITIVE_MOODS:  # a fan is never answered as neutral or unhappy
            mood = "delighted" if compound >= STRONG_POSITIVE else "warm"
        if compound >= VERY_STRONG_POSITIVE:
            mood = "delighted"
    elif intent == "complaint":
        if mood == "unhappy" and compound <= STRONG_NEGATIVE:
            mood = "furious"
    elif intent == "suggestion" and mood in POSITIVE_MOODS:
        mood = "neutral"
    return mood
