"""Triage rules one by one, and the queue priority formula."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from config.settings import Settings
from responders.drafting.triage import priority, triage
from store.models import Customer, Identity, Mention

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def person(**customer: Any) -> Identity:
    defaults: dict[str, Any] = {"name": "Jo Bloggs", "stage": "new", "do_not_contact": False}
    identity_fields = {
        k: customer.pop(k) for k in ("is_bot", "handle", "followers") if k in customer
    }
    owner = Customer(**{**defaults, **customer})
    return Identity(
        platform="twitter",
        handle=identity_fields.get("handle", "jo_bean"),
        handle_key="jo_bean",
        is_bot=identity_fields.get("is_bot", False),
        is_own=False,
        followers=identity_fields.get("followers"),
        customer=owner,
    )


def mention(identity: Identity | None = None, **fields: Any) -> Mention:
    defaults: dict[str, Any] = {
        "platform": "twitter",
        "external_id": "1",
        "text": "hello",
        "text_normalized": "hello",
        "label": "neutral",
        "intent": "other",
        "is_complaint": False,
        "urgency": "normal",
        "urgency_reasons": [],
        "compound": 0.0,
        "is_spam": False,
        "is_relevant": True,
        "is_own": False,
        "is_repost": False,
        "created_at": NOW,
        "status": "new",
    }
    return Mention(
        identity=identity if identity is not None else person(), **{**defaults, **fields}
    )


SETTINGS = Settings()


@pytest.mark.parametrize("intent", ["complaint", "question", "suggestion", "praise"])
def test_replies_to_complaints_questions_suggestions_and_praise(intent: str) -> None:
    decision = triage(mention(intent=intent, is_complaint=intent == "complaint"), settings=SETTINGS)
    assert decision.reply
    assert decision.reason == intent


def test_praise_from_a_stranger_gets_a_reply() -> None:
    stranger = person(name=None, stage="new", interactions=0)
    assert triage(mention(stranger, intent="praise", label="positive"), settings=SETTINGS).reply


def test_praise_is_skipped_when_reply_to_praise_is_off() -> None:
    settings = Settings.model_validate({"drafting": {"reply_to_praise": False}})
    decision = triage(mention(intent="praise"), settings=settings)
    assert (decision.reply, decision.reason) == (False, "praise_off")


def test_other_is_skipped_by_default_and_drafted_when_switched_on() -> None:
    assert triage(mention(intent="other"), settings=SETTINGS).reason == "other_off"
    settings = Settings.model_validate({"drafting": {"reply_to_other": True}})
    assert triage(mention(intent="other"), settings=settings).reply


def test_a_complaint_flag_makes_any_intent_a_complaint() -> None:
    decision = triage(mention(intent="question", is_complaint=True), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (True, "complaint")


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"is_spam": True, "intent": "complaint", "is_complaint": True}, "spam"),
        ({"is_relevant": False, "intent": "question"}, "not_relevant"),
        ({"is_own": True, "intent": "praise"}, "own_post"),
        ({"is_repost": True, "intent": "complaint", "is_complaint": True}, "repost"),
    ],
)
def test_never_replies_to_spam_irrelevant_own_posts_or_reposts(
    fields: dict[str, Any], reason: str
) -> None:
    decision = triage(mention(**fields), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, reason)


def test_never_replies_to_bots() -> None:
    decision = triage(mention(person(is_bot=True), intent="question"), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, "bot")


def test_never_replies_to_our_own_accounts() -> None:
    own = person()
    own.is_own = True
    assert triage(mention(own, intent="praise"), settings=SETTINGS).reason == "own_post"
    settings = Settings.model_validate({"brand": {"handles": {"twitter": ["@Jo_Bean"]}}})
    assert triage(mention(person(), intent="praise"), settings=settings).reason == "own_post"


def test_never_replies_to_do_not_contact_customers() -> None:
    identity = person(do_not_contact=True)
    decision = triage(mention(identity, intent="complaint", is_complaint=True), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, "do_not_contact")


def test_never_replies_to_deleted_customers() -> None:
    identity = person(deleted_at=NOW)
    decision = triage(mention(identity, intent="question"), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, "deleted_customer")


def test_urgent_wins_over_intent() -> None:
    urgent = mention(intent="other", urgency="high", urgency_reasons=["churn", "safety"])
    decision = triage(urgent, settings=SETTINGS)
    assert decision.reply
    assert decision.reason == "urgent:safety"  # the gravest reason names it
    assert (
        triage(
            mention(intent="praise", urgency="high"),
            settings=Settings.model_validate({"drafting": {"reply_to_praise": False}}),
        ).reason
        == "urgent:general"
    )


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: mention(person(do_not_contact=True), urgency="high"), "do_not_contact"),
        (lambda: mention(is_own=True, urgency="high"), "own_post"),
        (lambda: mention(is_spam=True, urgency="high"), "spam"),
        (lambda: mention(is_repost=True, urgency="high"), "repost"),
        (lambda: mention(person(is_bot=True), urgency="high"), "bot"),
    ],
)
def test_urgent_never_wins_over_do_not_contact_own_spam_bots_or_reposts(
    make: Any, reason: str
) -> None:
    decision = triage(make(), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, reason)


def test_a_mention_without_an_author_profile_can_still_be_drafted() -> None:
    orphan = mention(intent="question")
    orphan.identity = None
    assert triage(orphan, settings=SETTINGS).reply


# --- priority ------------------------------------------------------------------------------


def rank(m: Mention) -> int:
    identity = m.identity
    return priority(m, identity.customer if identity else None, identity, settings=SETTINGS)


def test_priority_orders_urgent_then_negative_complaint_then_loyal_then_reach() -> None:
    urgent = mention(urgency="high", urgency_reasons=["legal"], intent="other")
    complaint = mention(intent="complaint", is_complaint=True, label="negative", compound=-0.1)
    loyal = mention(person(tier="Gold", stage="relationship"), intent="question")
    reach = mention(person(followers=5_000_000), intent="question")
    plain = mention(person(followers=200), intent="question")
    ranks = [rank(m) for m in (urgent, complaint, loyal, reach, plain)]
    assert ranks == sorted(ranks, reverse=True)
    assert len(set(ranks)) == 5


def test_a_loyal_customer_never_outranks_a_negative_complaint_and_reach_never_outranks_loyal() -> (
    None
):
    huge_loyal = mention(
        person(tier="platinum", stage="relationship", followers=900_000_000), intent="praise"
    )
    mild_complaint = mention(intent="complaint", is_complaint=True, label="negative", compound=0.0)
    assert rank(mild_complaint) > rank(huge_loyal)
    famous = mention(person(followers=900_000_000), intent="praise")
    assert rank(mention(person(tier="gold"), intent="praise")) > rank(famous)


def test_angrier_complaints_rank_higher() -> None:
    def complaint(c: float) -> Mention:
        return mention(intent="complaint", is_complaint=True, label="negative", compound=c)

    assert rank(complaint(-0.95)) > rank(complaint(-0.5)) > rank(complaint(-0.05))


def test_graver_urgency_ranks_higher() -> None:
    def urgent(reason: str) -> Mention:
        return mention(urgency="high", urgency_reasons=[reason])

    assert rank(urgent("safety")) > rank(urgent("payment")) > rank(urgent("security"))
    assert rank(urgent("security")) > rank(urgent("legal")) > rank(urgent("churn"))
    # names stored before the rename rank as their new names
    assert rank(urgent("fraud")) == rank(urgent("payment"))
    assert rank(urgent("account_hacked")) == rank(urgent("security"))


def test_churn_is_high_value_but_not_urgent() -> None:
    churn = mention(urgency="high", urgency_reasons=["churn_threat"], intent="complaint")
    assert triage(churn, settings=SETTINGS).reason == "churn"
    assert rank(churn) < 100_000_000  # never in the urgent band
    calm = mention(urgency="normal", urgency_reasons=["churn"], intent="other")
    assert triage(calm, settings=SETTINGS) == triage(churn, settings=SETTINGS)


def test_reach_counts_only_above_the_threshold_and_is_log_scaled() -> None:
    below = rank(mention(person(followers=9_999), intent="question"))
    at = rank(mention(person(followers=10_000), intent="question"))
    big = rank(mention(person(followers=1_000_000), intent="question"))
    assert below == 0
    assert at == 4000
    assert big == 6000


def test_priority_fits_a_postgresql_integer() -> None:
    worst = mention(
        person(tier="gold", stage="relationship", followers=10**12),
        urgency="high",
        urgency_reasons=list(("safety", "payment", "security", "legal", "churn")),
        intent="complaint",
        is_complaint=True,
        label="negative",
        compound=-1.0,
    )
    assert 0 < rank(worst) < 2**31


@pytest.mark.parametrize("platform", ["hackernews", "rss"])
def test_no_draft_on_a_platform_nobody_can_answer_on_even_when_urgent(platform: str) -> None:
    urgent = mention(
        platform=platform,
        intent="complaint",
        is_complaint=True,
        urgency="high",
        urgency_reasons=["safety"],
    )
    decision = triage(urgent, settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, "read_only")


@pytest.mark.parametrize("platform", ["bluesky", "mastodon"])
def test_platforms_we_can_answer_on_get_drafts(platform: str) -> None:
    asked = mention(platform=platform, intent="question")
    assert triage(asked, settings=SETTINGS).reply


def test_never_replies_to_an_impersonator_asking_for_card_details_but_answers_a_report() -> None:
    """The scammer's post stays security (the alert goes out) but gets no warm reply."""
    scam = "@jo_b Hi, Brightbank Support here. Please send your card number to verify"
    report = "someone called Brightbank Support DMd me asking for my card number. is that you?"
    fields = {"urgency": "high", "urgency_reasons": ["security"], "intent": "praise"}
    decision = triage(mention(text=scam, **fields), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (False, "impersonation")
    decision = triage(mention(text=report, **fields), settings=SETTINGS)
    assert (decision.reply, decision.reason) == (True, "urgent:security")
