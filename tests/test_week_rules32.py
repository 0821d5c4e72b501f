"""rules-32 from the tenth week set's misreadings, in other trades' words.

Urgency: "£900 for a double" is a bed, not a double taking; a dentist who "said the result
looks solid" reports no harm; "the real @brand never messaged me" is an impersonation; the
same line at two clock times is a double taking; a rival ordered from "instead" or moved to
after the years is churn; a harm "two summers ago" or "last year" elsewhere is no report;
"no choking on bends" is a guitar's action; a calm question about a card check is no security
alarm. Intent: a question that offers its own sarcastic answer ("… or should I just get comfy
on the airbed") and "how does X turn into Y??" are complaints; trade talk praise ("aren't half
bad", "out like a light"); a fan's complaint with a request after it is a complaint. Each
beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import asked_as_complaint, complaint_points, prepare
from listener.scoring.sentiment import get_scorer
from listener.scoring.urgency import urgency_classes
from listener.text import normalize


def _points(text: str) -> float:
    return complaint_points(prepare(normalize(text))[0], compound=0.0)


def test_a_double_bed_is_not_a_double_taking() -> None:
    assert "payment" not in urgency_classes("Budget around £900 for a double, any tips? @snoozeco")
    assert "payment" in urgency_classes("@snoozeco you charged me double for one mattress, £1,800")


def test_a_dentist_who_praises_the_result_reports_no_harm() -> None:
    text = "Finished my aligners with @brightline, my dentist said the result looks great"
    assert "safety" not in urgency_classes(text)
    hurt = "my dentist said your aligner tray cut my gum and it's now infected @brightline"
    assert "safety" in urgency_classes(hurt)


def test_the_real_account_that_never_messaged_is_an_impersonation() -> None:
    text = (
        "an insta account called cornerbikes.deals DM'd me, took a £150 deposit for a bike."
        " turns out the real @cornerbikes never messaged me"
    )
    assert "security" in urgency_classes(text)
    calm = "the real @cornerbikes never replied about saturday opening, bit slow"
    assert "security" not in urgency_classes(calm)


def test_the_same_line_at_two_clock_times_is_a_double_taking() -> None:
    text = "@deskhub bank app has DESKHUB -£40.00 at 09:12 and the exact same line at 09:13"
    assert "payment" in urgency_classes(text)
    calm = "@deskhub booked the room at 09:12 and the same room for friday at 10 30, thanks"
    assert "payment" not in urgency_classes(calm)


@pytest.mark.parametrize(
    "text",
    [
        "8 yrs, every sofa in this house came from @loungeco. Just ordered from DFS instead.",
        "6 years with @keyclean and that's me done. Moving to Sparkle Squad from June",
        "Eleven years with @ledgerline. Signed up with Crunch this morning, cheaper and quicker",
    ],
)
def test_a_rival_moved_to_after_the_years_is_churn(text: str) -> None:
    assert "churn" in urgency_classes(normalize(text))


def test_a_plan_changed_with_the_brand_is_not_churn() -> None:
    text = "5 years with @keyclean and moving to the fortnightly plan from June"
    assert "churn" not in urgency_classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "After food poisoning from a kebab place two summers ago I stopped eating out, but"
        " @saffronhouse were brilliant and showed me the kitchen",
        "Years ago my son got a zap off an amp from a car boot (nothing to do with @ampshop);"
        " they checked his new one for free",
        "action so low now, no choking on bends, cheers @fretfix",
    ],
)
def test_harm_elsewhere_or_only_a_word_is_not_safety(text: str) -> None:
    assert "safety" not in urgency_classes(normalize(text))


@pytest.mark.parametrize(
    "text",
    [
        "two summers ago your zipline snapped and my son broke his arm @highropes",
        "my son was choking on a bit of plastic from your toy kit @toybox",
    ],
)
def test_a_harm_told_at_the_brand_is_still_safety(text: str) -> None:
    assert "safety" in urgency_classes(normalize(text))


def test_a_calm_question_about_a_card_check_raises_no_alarm() -> None:
    text = (
        "@binbright hi, just signed up and there's a £1.00 pending from you on my card. Is that"
        " just a card check thing? not worried, just curious"
    )
    score = get_scorer().score(normalize(text))
    assert score.urgency == "normal"
    assert score.intent == "question"


@pytest.mark.parametrize(
    "text",
    [
        "@snoozeco is anybody actually going to ring me back about the exchange or should I just"
        " get comfy on the airbed for another fortnight",
        "@tacovan is the van actually coming to the market today or are we all just standing in"
        " the rain again",
        "how does 'ready in 3 days' turn into two and a half weeks @shoefix??",
    ],
)
def test_a_question_that_answers_itself_is_a_complaint(text: str) -> None:
    assert asked_as_complaint(prepare(normalize(text))[0])
    assert _points(text) >= 1.0
    score = get_scorer().score(normalize(text))
    assert score.is_complaint
    assert score.intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "does anyone know if @tacovan do a veggie option or is it just the pork?",
        "@snoozeco do you deliver on saturdays or is it just weekdays?",
    ],
)
def test_a_real_either_or_question_is_not(text: str) -> None:
    assert not asked_as_complaint(prepare(normalize(text))[0])
    assert _points(text) < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "these @binbright lads aren't half bad. bin doesn't smell. that's all I wanted",
        "new pillows from @snoozeco and I'm out like a light by 10 every night 😴",
        "@ledgerline came in clutch with the VAT return, buzzing",
    ],
)
def test_understated_trade_talk_is_praise(text: str) -> None:
    score = get_scorer().score(normalize(text))
    assert score.intent == "praise"
    assert not score.is_complaint


def test_a_fans_complaint_with_a_request_after_it_is_a_complaint() -> None:
    text = "huge fan of @brightline but support took 9 days to reply. please hire more humans 🙏"
    score = get_scorer().score(normalize(text))
    assert score.is_complaint
    assert score.intent == "complaint"
