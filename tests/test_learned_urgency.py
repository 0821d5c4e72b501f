"""The learned urgency heads: a second opinion beside the urgency rules (rules-9, model heads).

The rules find the wordings someone listed; on trades nobody wrote rules for they missed
about a third of the urgent cases. The heads (one-vs-rest logistic regression over the
words, trained on the corpus and the urgency dev sets' tuning trades) add a class when their
probability reaches a threshold chosen out of fold at a fixed false-alarm budget, and never
where the rules' own near-miss guards would drop it.
"""

from __future__ import annotations

import numpy as np
import pytest

from listener.scoring import datasets, model, train
from listener.scoring.sentiment import get_scorer, normalise
from listener.scoring.understand import _with_learned, score_batch
from listener.scoring.urgency import urgency_classes


def test_shipped_model_has_an_urgency_head_and_threshold_per_class() -> None:
    weights = model.weights_at(model.BASE_DIR)
    for name in model.LEARNED_URGENCY:
        assert weights.classes[f"urgent_{name}"] == ("no", "yes")
        assert 0.5 <= weights.thresholds[name] <= 1.0, name


def test_heads_never_see_the_dense_features() -> None:
    """They learn wording only: every dense row of their weight columns is zero."""
    weights = model.weights_at(model.BASE_DIR)
    start = 0
    for task, classes in weights.classes.items():
        block = weights.coef[len(weights.vocabulary) :, start : start + len(classes)]
        start += len(classes)
        if task in model.URGENCY_TASKS:
            assert not np.any(block), task


def test_learned_urgency_takes_classes_over_their_threshold_gravest_first() -> None:
    probs = {
        "urgent_safety": np.array([[0.2, 0.8], [0.9, 0.1]]),
        "urgent_payment": np.array([[0.3, 0.7], [0.05, 0.95]]),
        "urgent_security": np.array([[0.9, 0.1], [0.9, 0.1]]),
    }
    thresholds = {"safety": 0.75, "payment": 0.9, "security": 0.5, "legal": 0.5}
    assert model.learned_urgency(probs, thresholds) == [("safety",), ("payment",)]


def test_a_model_without_heads_or_thresholds_adds_nothing() -> None:
    """An older brand model: the rules alone decide, as before."""
    probs = {"intent": np.full((2, 5), 0.2)}
    assert model.learned_urgency(probs, {"safety": 0.5}) == [(), ()]
    heads = {"urgent_safety": np.array([[0.0, 1.0]])}
    assert model.learned_urgency(heads, {}) == [()]


@pytest.mark.parametrize(
    ("text", "learned", "expected"),
    [
        ("someone took £40 off my card twice for one lesson", ("payment",), ("payment",)),
        ("sorted my double charge in 5 minutes, thanks!", ("payment",), ()),
        ("the checkout asked for my card number twice, glitchy", ("security",), ()),
        (
            "our cat ate a hair tie, the out-of-hours vet team was brilliant",
            ("safety",),
            (),
        ),
    ],
)
def test_the_rules_near_miss_guards_veto_a_learned_class(
    text: str, learned: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    assert _with_learned(normalise(text), (), learned) == expected


def test_learned_classes_join_the_rules_gravest_first() -> None:
    assert _with_learned("x", ("legal",), ("safety",)) == ("safety", "legal")


def test_heads_find_a_wording_no_rule_lists() -> None:
    """A fake redelivery text: no rule names it; the security head does."""
    text = "the parcel tracking text had a link asking me to pay 2.99 redelivery, is that yours"
    assert "security" not in urgency_classes(text)
    (score,) = score_batch(get_scorer(), [normalise(text)])
    assert "security" in score.urgency_reasons and score.urgency == "high"


def test_spam_never_gets_a_learned_urgency() -> None:
    text = "🎁 FREE crypto giveaway!! DM us your wallet and card details to claim now 🎁"
    (score,) = score_batch(get_scorer(), [normalise(text)])
    assert score.is_spam
    assert score.urgency_reasons == () and score.urgency == "normal"


def test_urgency_examples_come_only_from_tuning_trades() -> None:
    """The dev sets' held-out halves only measure; they must never teach the heads."""
    held_out = {
        "urgency_dev2": {"solar_installer", "tattoo_studio", "ride_hailing", "furniture_store"},
        "urgency_dev3": {
            "phone_repair",
            "gas_heating_engineer",
            "meal_kit_subscription",
            "leisure_centre",
        },
        "urgency_dev4": {"dog_groomer", "holiday_park", "money_transfer_app", "travel_agency"},
        "urgency_dev5": {
            "bike_share_scheme",
            "laptop_repair",
            "physio_clinic",
            "secondhand_marketplace",
        },
    }
    held_out["urgency_dev8"] = {"launderette", "mortgage_broker", "spa", "yoga_studio"}
    held_out["urgency_dev9"] = {
        "alarm_installer",
        "hearing_aid_clinic",
        "ice_rink",
        "student_accommodation",
    }
    for folder, trades in held_out.items():
        teaching = datasets.URGENCY_DEV_TRADES.get(folder) or datasets.URGENCY_DEV_HEADS[folder][0]
        assert not trades & set(teaching), folder
    taught = {ex.trade.split("/", 1)[1] for ex in train.urgency_dev_examples()}
    assert not taught & set().union(*held_out.values())
    assert not taught & set(datasets.EVAL_TRADES)


def test_a_post_read_as_positive_gets_no_learned_urgency() -> None:
    """A thank-you that tells how a lost purse was handed in is no safety report."""
    text = (
        "Shout out to the Headrow team\n\nLost my purse at Headrow on Saturday, got a call on "
        "Monday that someone had handed it in with everything still in it. The staff had kept "
        "it behind the till and recognised me as soon as I walked in.\n\nWhoever handed it "
        "in, thank you. Bramble team, you're stars 💚"
    )
    (score,) = score_batch(get_scorer(), [normalise(text)])
    assert score.label == "positive"
    assert score.urgency_reasons == () and score.urgency == "normal"


def test_a_learned_churn_joins_but_never_makes_a_mention_urgent() -> None:
    """Churn is high value, not urgent: the churn head adds the class, not an alert."""
    assert _with_learned("x", (), ("churn",)) == ("churn",)
    assert _with_learned("x", ("payment",), ("churn",)) == ("payment", "churn")


def test_the_churn_head_finds_leaving_no_churn_rule_lists() -> None:
    """Leaving told as a fact after years, with no "switching to" or "cancelling my": the
    churn rules miss it, the head reads it; the mention stays normal urgency."""
    text = "cancelled. 4 years and not one email answered. enjoy the silence @brightbox"
    assert "churn" not in urgency_classes(text)
    (score,) = score_batch(get_scorer(), [normalise(text)])
    assert "churn" in score.urgency_reasons and score.urgency == "normal"


def test_grave_heads_count_their_false_alarms_on_the_same_calm_rows_with_a_churn_head() -> None:
    """A churn row is calm for the grave heads' budget (it was before the churn head), and a
    churn head's own budget never counts churn rows as its false alarms."""
    assert "churn" in model.LEARNED_URGENCY
    assert {"safety", "payment", "security", "legal"} == train._GRAVE
    churn_row = {"urgency": "churn", "text": "t", "intent": "other"}
    said = train._said_yes(train.Example("t", train.urgency_labels(churn_row)))
    assert said == {"urgent_churn"} and not said & train._GRAVE_TASKS


@pytest.mark.parametrize(
    "text",
    [
        "3 years of oat lattes here and I'm still not bored. can't say that about most things",
        "ten years a member and still my favourite gym in town",
        "been with them since 2016 and honestly not going anywhere",
    ],
)
def test_a_long_time_customer_saying_they_stay_gets_no_learned_churn(text: str) -> None:
    """The churn head reads the years (most leaving is told "after N years"); a fan who says
    they stay must not be answered as someone leaving."""
    assert _with_learned(normalise(text), (), ("churn",)) == ()


def test_asking_for_a_job_is_not_leaving() -> None:
    """A relocation told in a job question ("moving to Leeds in Jan") is not "moving to" a
    rival, for the rules or the head."""
    text = "@bramblecounter are you hiring? 3 years barista experience and moving to Leeds in Jan"
    assert "churn" not in urgency_classes(text)
    assert _with_learned(normalise(text), (), ("churn",)) == ()
    assert "churn" in urgency_classes("5 years with you and I'm moving my account to Monzo")
