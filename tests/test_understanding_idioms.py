"""Idiomatic praise, plain questions and sarcastic thanks, read end to end (model + rules).

Why: praise written without praise words ("no notes", "don't sleep on them", "ruined all
other buns for me") was read as a complaint, a plain request phrased as a question ("can I
cancel my plan and switch to annual?") as churn, and a regular's sarcastic thanks for being
talked down to as praise. Several wordings each, with brands and trades the corpus does not
use, so a fix that special-cases one string fails here.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import classify
from listener.scoring.mood_signs import sounds_fond, sounds_furious
from listener.scoring.sentiment import Score, get_scorer
from listener.text import normalize


def score(text: str) -> Score:
    return get_scorer().score(normalize(text))


def rules_intent(text: str) -> str:
    clean = normalize(text)
    return classify(clean, compound=get_scorer().polarity(clean)["compound"]).intent


IDIOMATIC_PRAISE = [
    "The cinnamon buns are the real star. Don't sleep on them.",
    "They have been converted.",
    "@pinewoodbakes the sausage rolls? no notes",
    "honestly the pho at @saigonstreet hits different after a long shift",
    "@lumenbooks you have ruined every other bookshop for me",
    "you've ruined all other croissants for me @flourco",
    "the brownies here are dangerously good",
    "the @velvetnails chrome set slaps",
    "was a skeptic about @zenyoga hot yoga. I'm converted",
    "shut up and take my money @retroarcade",
    "don't sleep on the lunch special at @noodlebar",
    "my mechanic at @gearheads is the real MVP, had me back on the road by lunch",
]


@pytest.mark.parametrize("text", IDIOMATIC_PRAISE)
def test_praise_without_praise_words_is_praise_not_a_complaint(text: str) -> None:
    s = score(text)
    assert not s.is_complaint and s.intent == "praise", s
    assert s.label == "positive" and s.mood in ("warm", "delighted"), s


@pytest.mark.parametrize("text", IDIOMATIC_PRAISE)
def test_the_rules_alone_read_praise_slang_as_praise(text: str) -> None:
    assert rules_intent(text) == "praise"


PLAIN_QUESTIONS = [
    "can I cancel my plan and switch to annual?",
    "@homely can I cancel my subscription and restart it in spring?",
    "@northrail can I change my ticket to the 5pm train?",
    "@bluefin how do I switch to paperless statements",
    "@clearline is it possible to switch my plan to the cheaper one mid-contract?",
    "@zapbank can I freeze my card temporarily from the app",
]


@pytest.mark.parametrize("text", PLAIN_QUESTIONS)
def test_a_plain_request_asked_as_a_question_is_a_neutral_question(text: str) -> None:
    s = score(text)
    assert not s.is_complaint and s.intent == "question", s
    assert s.label == "neutral", s


QUESTIONS_THAT_NAME_A_FAULT = [
    "@northbank why has my card been declined three times today when there's money in it?",
    "@fernwave is anyone fixing the broadband? no signal since friday and I work from home",
    "@brightbox can you tell me why my parcel is a week late and nobody answers the phone?",
    "@kilnstreetgym when is the broken treadmill getting fixed? it's been out of order for a month",
    "@tallybirdapp why does the app crash every time I open an invoice? been like this all week",
]


@pytest.mark.parametrize("text", QUESTIONS_THAT_NAME_A_FAULT)
def test_a_question_that_names_a_fault_is_still_a_complaint(text: str) -> None:
    s = score(text)
    assert s.is_complaint and s.intent == "complaint", s


def test_a_cancel_question_that_names_an_outage_is_a_complaint() -> None:
    s = score("@clearline can I cancel my plan? the internet has been down for 3 days")
    assert s.is_complaint and s.intent == "complaint"


SARCASTIC_THANKS = [
    "Thanks for making me feel like an idiot at the counter today. Been coming for 6 years.",
    "Thanks so much for the £600 repair that lasted a whole week 🙃",
    "Thanks for talking to me like I'm stupid @lumenbooks. Ten years a customer.",
    "thanks @gearheads for the £350 brake job that squeaks worse than before 🙃",
    "really appreciate being put on hold for an hour @clearline. great service",
    "cheers @northrail for cancelling my train with zero notice, love that for me",
]


@pytest.mark.parametrize("text", SARCASTIC_THANKS)
def test_sarcastic_thanks_from_a_customer_is_a_negative_complaint(text: str) -> None:
    s = score(text)
    assert s.is_complaint and s.intent == "complaint", s
    assert s.label == "negative" and s.mood in ("unhappy", "furious"), s


@pytest.mark.parametrize(
    "text",
    [
        "been coming to @gearheads for 8 years and today the new guy talked down to me",
        "@zenyoga the instructor patronised me in front of the whole class, 4 years a member",
        "always loved @pinewoodbakes but today's loaf was raw in the middle",
    ],
)
def test_a_loyal_customers_complaint_is_not_read_as_praise(text: str) -> None:
    s = score(text)
    assert s.is_complaint and s.intent == "complaint", s
    assert s.label != "positive", s


@pytest.mark.parametrize(
    "text",
    [
        "@clearline sick of the wifi dropping every evening",
        "the @flourco burger was dangerously undercooked, pink in the middle",
        "the cake was dangerously good but the coffee was stone cold again",
    ],
)
def test_negative_wording_near_praise_slang_stays_a_complaint(text: str) -> None:
    assert score(text).is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@hearthlyhome what happens to the heating if the wifi goes down?",
        "@skyline can I get a refund if my flight is cancelled?",
        "@skyline what if my connecting flight is delayed, do you rebook me?",
    ],
)
def test_a_question_about_an_imagined_fault_is_a_question(text: str) -> None:
    s = score(text)
    assert not s.is_complaint and s.intent == "question", s


def test_a_fault_reported_beside_an_if_clause_is_still_a_complaint() -> None:
    assert score("@skyline why is my flight delayed again if the weather is fine?").is_complaint


@pytest.mark.parametrize(
    "text",
    [
        "@bramblecounter my flat white was stone cold this morning",
        "@hearthlyhome the heating didn't come on at all this morning",
        "@kilnstreetgym the showers were freezing again tonight",
    ],
)
def test_a_plain_complaint_is_not_warm_without_a_sign_of_fondness(text: str) -> None:
    s = score(text)
    assert s.is_complaint and s.mood in ("unhappy", "furious"), s


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        ("love you guys but the new app is unusable", True),
        ("big fan of the place but the chairs are awful", True),
        ("usually spot on, today the toast was burnt", True),
        ("the heating didn't come on at all this morning", False),
        ("my flat white was stone cold", False),
    ],
)
def test_sounds_fond_finds_affection_not_incidental_words(text: str, fond: bool) -> None:
    assert sounds_fond(normalize(text)) is fond


@pytest.mark.parametrize(
    "text",
    [
        "@bramblecounter my flat white was stone cold this morning",
        "@bramblecounter you gave me the Forager instead of the Hedgerow and I'm vegetarian",
        "the BLT was late again @bramblecounter",
    ],
)
def test_a_calm_complaint_is_never_furious(text: str) -> None:
    """Furious gets the shortest reply, which names nothing: it needs a sign of fury."""
    s = score(text)
    assert s.is_complaint and s.mood != "furious", s


@pytest.mark.parametrize(
    ("text", "furious"),
    [
        ("THREE WEEKS for a back glass. THREE.", True),
        ("cold. soggy. 90 minutes. never ordering from you again", True),
        ("WHERE IS MY PIZZA", True),
        ("when?? between 10am and 2pm??", True),
        ("absolute cowboys, dust inside my camera now", True),
        ("the BLT was late", False),
        ("the SIM tray is missing after the repair", False),
        ("my flat white was stone cold this morning", False),
    ],
)
def test_sounds_furious_needs_shouting_angry_words_or_a_very_low_compound(
    text: str, furious: bool
) -> None:
    assert sounds_furious(text, compound=-0.3) is furious
    assert sounds_furious(text, compound=-0.7)


# Asked without the usual shape: "quick q" and "what time do you…" with no question mark,
# returning an item with "can I bring back…" (not a request to bring a product back), and
# "could do with" as a plain suggestion. Seen on a third example brand (a garden centre).
ASKED = [
    "quick q what time do you shut today @oakleafgc",
    "@tidewaterhotel quick q is breakfast included",
    "what time does the pool close tonight @harbourgym",
    "@fernhelp can I bring back a bird feeder I haven't used? lost the receipt",
    "could I bring back the jacket if it doesn't fit my son @northloop",
]


@pytest.mark.parametrize("text", ASKED)
def test_questions_without_the_usual_shape_are_questions(text: str) -> None:
    assert rules_intent(text) == "question"
    assert score(text).intent == "question"


SUGGESTED = [
    "The café could do with a water bowl for dogs by the terrace",
    "@northloop please bring back the corduroy range",
    "bring back the cinnamon swirls!! @pinewoodbakes",
    "your car park could really do with better lighting @harbourgym",
    "@hearthlyhome away mode should notice every phone in the house, not just mine",
    "the app should remember my last order @pinewoodbakes",
]


@pytest.mark.parametrize("text", SUGGESTED)
def test_could_do_with_bring_back_and_a_feature_that_should_do_more_are_suggestions(
    text: str,
) -> None:
    assert rules_intent(text) == "suggestion"


# Careful work praised by the harm it avoided, or a follow-up visit "two days later": the
# harm word and the delay are not complaint cues there; where harm did happen, they still are.
HARM_AVOIDED = [
    "movers from @shiftitvans were brilliant, nothing damaged, nothing missing, done by noon",
    "Shout out to Birchwood Trees. They took down a dead oak leaning over our conservatory, "
    "not a single pane broken, swept everything, and Tom came back two days later to check "
    "the stump. Fair price too.",
    "@glasshousecouriers the mirror arrived without a scratch, thank you",
]
HARM_DONE = [
    "@shiftitvans no damage to the box but the vase inside was broken",
    "@heatwiseboilers engineer came back two days later to check and still no hot water",
]


@pytest.mark.parametrize("text", HARM_AVOIDED)
def test_praise_for_harm_avoided_is_not_a_complaint(text: str) -> None:
    s = score(text)
    assert not s.is_complaint and s.intent == "praise", s


@pytest.mark.parametrize("text", HARM_DONE)
def test_harm_that_happened_beside_harm_avoided_is_still_a_complaint(text: str) -> None:
    assert score(text).is_complaint
