"""End-to-end understanding of one mention: model + precise rules, as ingest stores it.

Pins the issue-9 demo cases, each urgency class through ``Scorer.score``, sarcasm, mixed
feelings from a fan, languages (supported, unsupported), and spam staying a rule.
"""

from __future__ import annotations

import pytest

from config.settings import Settings
from listener.scoring.sentiment import Score, get_scorer
from responders.drafting.context import mood_of
from responders.drafting.triage import priority
from store.models import Mention


def score(text: str) -> Score:
    return get_scorer().score(text)


def test_an_anaphylaxis_report_is_urgent_safety_negative_and_a_complaint() -> None:
    s = score("@bramblecounter EpiPen used, we're in A&E")
    assert s.urgency == "high" and s.urgency_reasons[0] == "safety"
    assert s.label == "negative" and s.is_complaint and s.intent == "complaint"
    assert s.mood in ("unhappy", "furious")


def test_burnt_food_is_a_complaint_but_not_a_safety_case() -> None:
    s = score("@bramblecounter my toast was burnt and the coffee cold. not happy")
    assert s.is_complaint and s.label == "negative"
    assert s.urgency == "normal" and "safety" not in s.urgency_reasons


def test_a_double_charge_is_payment_not_fraud_or_security() -> None:
    s = score("@bramblecounter you charged me twice for the same order this morning")
    assert s.urgency_reasons == ("payment",) and s.urgency == "high"
    assert s.is_complaint


def test_a_pregnant_customer_asking_about_decaf_is_a_question() -> None:
    s = score("@bramblecounter is the decaf actually decaf? I'm pregnant")
    assert s.intent == "question" and not s.is_complaint and s.urgency == "normal"


@pytest.mark.parametrize(
    ("text", "urgency_class"),
    [
        ("@northgate_garage brakes failed on the motorway two days after your service", "safety"),
        ("@fernwave I cancelled in March and you still took £38 this month", "payment"),
        (
            "@tallybirdapp someone called tallybird_help DMed me asking for my login code, "
            "is that you??",
            "security",
        ),
        ("@kilnstreetgym my solicitor will be in touch about the contract", "legal"),
    ],
)
def test_each_urgent_class_is_found_flagged_high_and_read_as_a_complaint(
    text: str, urgency_class: str
) -> None:
    s = score(text)
    assert urgency_class in s.urgency_reasons, s
    assert s.urgency == "high"
    assert s.is_complaint and s.label == "negative"


def test_churn_alone_is_high_value_but_not_urgent() -> None:
    s = score("@fernwave after 6 years I'm switching to another provider, you've lost me")
    assert s.urgency_reasons == ("churn",)
    assert s.urgency == "normal"


@pytest.mark.parametrize(
    "text",
    [
        "great, third time the app logged me out today 🙃",
        "thanks for the £400 'repair' that lasted a week 🙃",
        "great, another delay, thanks @Southern_Rail",
    ],
)
def test_sarcastic_thanks_is_a_negative_complaint_never_warm(text: str) -> None:
    s = score(text)
    assert s.is_complaint and s.intent == "complaint"
    assert s.label == "negative"
    assert s.mood in ("unhappy", "furious")


def test_a_fans_complaint_is_a_complaint_from_a_warm_relationship() -> None:
    s = score("love you guys but the new app is unusable")
    assert s.is_complaint and s.intent == "complaint"
    assert s.mood in ("warm", "unhappy")
    assert s.mood not in ("delighted", "furious")


def test_praise_naming_a_fixed_problem_is_praise() -> None:
    s = score("@munchrun had a billing mixup, sorted in 5 min, thanks Dana! 🙌")
    assert s.intent == "praise" and not s.is_complaint
    assert s.mood in ("warm", "delighted") and s.label == "positive"


def test_furious_shouting_is_furious() -> None:
    s = score(
        "@flyskylark THREE HOURS on the tarmac and NOBODY tells us anything!!! disgusting. "
        "NEVER AGAIN"
    )
    assert s.is_complaint and s.mood == "furious"


def test_spam_stays_a_rule_never_a_complaint_never_warm() -> None:
    s = score("Buy 10k real followers cheap 🚀 DM me 👉 http://a.co/x http://b.co/y @bramble")
    assert s.is_spam and s.intent == "other" and not s.is_complaint and s.mood == "neutral"


def test_a_supported_foreign_language_gets_its_own_sentiment_scores() -> None:
    s = score("@bramble el café estaba frío y el camarero fue muy grosero, qué vergüenza")
    assert s.lang == "es" and s.lang_supported
    assert s.compound < 0 and s.label == "negative"


def test_an_unsupported_language_is_flagged_not_read_as_neutral_english() -> None:
    s = score("@bramble ottimo caffè ma il personale oggi era davvero scortese, peccato")
    assert s.lang == "it"
    assert s.lang_supported is False


def test_a_batch_scores_like_one_text_at_a_time() -> None:
    texts = ["@bramble love it", "@bramble where are you?", "@bramble cold coffee again"]
    assert get_scorer().score_many(texts) == [score(text) for text in texts]


def _stored(text: str) -> Mention:
    s = score(text)
    return Mention(
        text=text,
        compound=s.compound,
        label=s.label,
        intent=s.intent,
        is_complaint=s.is_complaint,
        urgency=s.urgency,
        urgency_reasons=list(s.urgency_reasons),
        mood=s.mood,
    )


def test_the_anaphylaxis_report_ranks_first_in_the_queue() -> None:
    texts = [
        "@bramblecounter my toast was burnt and the coffee cold. not happy",
        "@bramblecounter you charged me twice for the same order this morning",
        "@bramblecounter is the decaf actually decaf? I'm pregnant",
        "@bramblecounter EpiPen used, we're in A&E",
        "@bramblecounter best flat white in leeds, thank you!",
    ]
    ranks = {t: priority(_stored(t), None, None, settings=Settings()) for t in texts}
    assert max(ranks, key=ranks.__getitem__) == texts[3]
    assert ranks[texts[1]] > ranks[texts[0]]  # a double charge before burnt toast


def test_drafting_uses_the_stored_mood_unless_a_person_relabelled_the_other_way() -> None:
    fan = _stored("love you guys but the new app is unusable")
    assert fan.mood == "warm" and mood_of(fan) == "warm"
    fan.manual_label, fan.label = {"label": "positive"}, "positive"
    assert mood_of(fan) == "warm"  # a positive correction agrees with a warm mood
    fan.manual_label, fan.label = {"label": "neutral"}, "neutral"
    assert mood_of(fan) == "neutral"  # the person's label disagrees: the label decides
    legacy = Mention(label="negative", compound=-0.8, urgency="normal", mood=None)
    assert mood_of(legacy) == "furious"  # stored before moods: derived from the label


def test_score_fields_are_score_many_as_tuples_in_field_order() -> None:
    """Ingest's workers send ``score_fields`` tuples that the writer reads by ``Score``'s field
    names: the two must be the same scores, field for field."""
    from listener.scoring.sentiment import get_scorer

    texts = [
        "@brand charged me twice and nobody answers 😡",
        "love the new oat latte, thank you!",
        "¿dónde está mi pedido? llevo una semana esperando",
        "",
    ]
    scorer = get_scorer()
    as_tuples = [tuple(vars_of(s)) for s in scorer.score_many(texts)]
    assert scorer.score_fields(texts) == as_tuples


def vars_of(score: object) -> list[object]:
    return [getattr(score, name) for name in type(score).__dataclass_fields__]


def test_ascii_token_rule_finds_what_the_unicode_one_does_on_every_ascii_character() -> None:
    """The model tokenises ASCII text with an ASCII-only rule (faster); it must cut exactly
    where the Unicode rule does, around and between every ASCII character."""
    from listener.scoring.model import _ASCII_TOKEN_RE, _TOKEN_RE

    for code in range(128):
        ch = chr(code)
        for other in (" ", "a", ".", "'", "\x1c"):
            sample = f"{ch}{other}{ch}x{ch}"
            assert _ASCII_TOKEN_RE.findall(sample) == _TOKEN_RE.findall(sample), repr(sample)
