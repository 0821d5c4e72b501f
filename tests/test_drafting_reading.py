"""How drafting reads a live classifier's disagreeing signals: one rule per test."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Settings
from responders.drafting.job import draft_new_mentions
from responders.drafting.reading import reply_intent, reply_mood
from responders.drafting.triage import priority, triage, urgent_class
from store.db import make_engine
from store.models import Base, Customer, Draft, Identity, Mention

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
SETTINGS = Settings()


def said(**fields: Any) -> Mention:
    """A mention as the understanding step stored it (no database needed)."""
    defaults: dict[str, Any] = {
        "platform": "twitter",
        "external_id": "1",
        "text": "hello",
        "text_normalized": "hello",
        "lang": "en",
        "label": "neutral",
        "intent": "other",
        "is_complaint": False,
        "urgency": "normal",
        "urgency_reasons": [],
        "compound": 0.0,
        "neg": 0.0,
        "mood": "neutral",
        "is_spam": False,
        "is_relevant": True,
        "is_own": False,
        "is_repost": False,
        "created_at": NOW,
        "status": "new",
    }
    owner = Customer(name="Jo Bloggs", stage="new", do_not_contact=False)
    identity = Identity(
        platform="twitter", handle="jo", handle_key="jo", is_bot=False, is_own=False,
        customer=owner,
    )  # fmt: skip
    return Mention(identity=identity, **{**defaults, **fields})


# --- intent --------------------------------------------------------------------------------


def test_praise_the_model_grades_unhappy_stays_praise_without_negative_words() -> None:
    # "the new widget is so handy": no negative word, yet graded unhappy.
    handy = said(intent="praise", label="negative", mood="unhappy", neg=0.0)
    assert reply_intent(handy) == "praise"
    assert reply_mood(handy) == "warm"  # and a fan is never answered as unhappy


def test_praise_with_a_positive_label_stays_praise_whatever_the_mood() -> None:
    # "collected the faulty unit and left a new one. proper service"
    fixed = said(intent="praise", label="positive", mood="unhappy", neg=0.2, compound=-0.3)
    assert reply_intent(fixed) == "praise"


def test_praise_with_negative_words_and_a_negative_label_is_sarcasm() -> None:
    sour = said(intent="praise", label="negative", mood="unhappy", neg=0.3, compound=0.2)
    assert reply_intent(sour) == "complaint"


def test_a_persons_negative_label_makes_unhappy_praise_a_complaint() -> None:
    corrected = said(
        intent="praise", label="positive", mood="unhappy", manual_label={"label": "negative"}
    )
    assert reply_intent(corrected) == "complaint"


def test_a_negative_mention_with_no_clear_intent_is_answered_as_a_complaint() -> None:
    sweet = said(intent="other", label="negative", mood="unhappy", compound=0.4, neg=0.0)
    assert reply_intent(sweet) == "complaint"
    assert triage(sweet, settings=SETTINGS).reason == "complaint"  # drafted, not other_off
    calm = said(intent="other", label="neutral", mood="neutral")
    assert triage(calm, settings=SETTINGS).reason == "other_off"


def test_a_positive_mention_with_no_clear_intent_is_answered_as_praise() -> None:
    # "Fitted three of them this week. Easiest install on the market"
    pleased = said(intent="other", label="positive", mood="delighted", compound=0.42)
    assert reply_intent(pleased) == "praise"
    assert triage(pleased, settings=SETTINGS).reason == "praise"
    lukewarm = said(intent="other", label="neutral", mood="warm", compound=0.1)
    assert triage(lukewarm, settings=SETTINGS).reason == "other_off"


# --- mood ----------------------------------------------------------------------------------


def test_praise_is_at_least_warm_and_delighted_when_the_score_is_strong() -> None:
    assert reply_mood(said(intent="praise", label="positive", mood="neutral")) == "warm"
    plain = said(intent="praise", label="positive", mood="neutral", compound=0.64)
    assert reply_mood(plain) == "delighted"  # the model gave no positive grade: VADER decides
    assert reply_mood(said(intent="praise", mood="warm", compound=0.7)) == "warm"
    assert reply_mood(said(intent="praise", mood="warm", compound=0.84)) == "delighted"


def test_a_complaint_with_a_very_negative_score_is_furious() -> None:
    angry = said(intent="complaint", is_complaint=True, label="negative", mood="unhappy")
    angry.compound = -0.85
    assert reply_mood(angry) == "furious"
    angry.compound = -0.4
    assert reply_mood(angry) == "unhappy"


def test_a_suggestion_is_answered_calmly_unless_its_author_is_unhappy() -> None:
    wish = said(intent="suggestion", label="positive", mood="warm", compound=0.83)
    assert reply_mood(wish) == "neutral"  # "would love a…" is the request, not a feeling
    cross = said(intent="suggestion", label="negative", mood="unhappy", compound=-0.4)
    assert reply_mood(cross) == "unhappy"


def test_a_mood_a_person_set_and_urgent_moods_are_never_changed() -> None:
    corrected = said(
        intent="suggestion", label="positive", mood="warm", manual_label={"mood": "warm"}
    )
    assert reply_mood(corrected) == "warm"
    urgent = said(
        intent="praise", mood="neutral", urgency="high", urgency_reasons=["safety"],
        compound=0.9,
    )  # fmt: skip
    assert reply_mood(urgent) == "unhappy"


# --- triage, priority, urgent replies ------------------------------------------------------


def test_a_language_without_reply_templates_goes_to_a_person_whatever_its_intent() -> None:
    german = said(lang="de", intent="other", text="Der Kaffee war heute kalt")
    assert triage(german, settings=SETTINGS).reason == "unsupported_language"
    spanish = said(lang="es", intent="other")  # we have Spanish templates
    assert triage(spanish, settings=SETTINGS).reason == "other_off"


def test_sarcastic_praise_ranks_as_the_complaint_it_is_answered_as() -> None:
    sour = said(intent="praise", label="negative", mood="unhappy", neg=0.3, compound=0.25)
    fan = said(intent="praise", label="positive", mood="warm", compound=0.6)
    assert priority(sour, None, None, settings=SETTINGS) >= 100_000
    assert priority(fan, None, None, settings=SETTINGS) < 100_000


def test_money_a_stranger_took_or_asked_for_gets_the_security_reply() -> None:
    fee = said(urgency="high", urgency_reasons=["payment", "security"])
    assert urgent_class(fee) == "security"
    double = said(urgency="high", urgency_reasons=["payment"])
    assert urgent_class(double) == "payment"


def test_the_legal_reply_wins_over_safety_and_payment_but_not_security() -> None:
    slip = said(urgency="high", urgency_reasons=["safety", "legal"])
    assert urgent_class(slip) == "legal"
    charged = said(urgency="high", urgency_reasons=["payment", "legal"])
    assert urgent_class(charged) == "legal"
    scam = said(urgency="high", urgency_reasons=["security", "legal"])
    assert urgent_class(scam) == "security"
    burn = said(urgency="high", urgency_reasons=["safety"])
    assert urgent_class(burn) == "safety"
    phished = said(urgency="high", urgency_reasons=["payment", "security", "legal"])
    assert urgent_class(phished) == "security"
    assert priority(slip, None, None, settings=SETTINGS) > priority(
        said(urgency="high", urgency_reasons=["legal"]), None, None, settings=SETTINGS
    )  # the queue still ranks by the gravest class


def test_drafts_for_misgraded_praise_never_apologise_and_legal_notes_keep_safety() -> None:
    engine = make_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        handy = said(
            text="the new widget in the app is so handy", intent="praise", label="negative",
            mood="unhappy", external_id="a",
        )  # fmt: skip
        slip = said(
            text="I slipped on your wet floor and my solicitor will be in touch",
            intent="complaint", is_complaint=True, label="negative", mood="furious",
            urgency="high", urgency_reasons=["safety", "legal"], external_id="b",
        )  # fmt: skip
        db.add_all([handy, slip])
        db.flush()
        draft_new_mentions(db, settings=SETTINGS, now=NOW)
        drafts = {d.mention_id: d for d in db.scalars(select(Draft))}
        fan = drafts[handy.id]
        assert fan.template_key.startswith("praise/") and "sorry" not in fan.text.casefold()
        legal = drafts[slip.id]
        assert legal.template_key.startswith("urgent/legal")
        note = (legal.manager_note or "").casefold()
        assert "legal" in note or "admission" in note
        assert "safety" in note
    engine.dispose()
