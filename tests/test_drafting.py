"""Drafting: templates + profile + mood → pending drafts, no repeats, fitted and linted."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import Settings
from responders.drafting import (
    SLOTS,
    Earlier,
    address_name,
    draft_new_mentions,
    load_templates,
    mood_of,
    plan_reply,
    remember_sentences,
    reply_context,
    variant_key,
)
from responders.textrules import lint, sentence_key, split_sentences, x_weighted_length
from store.db import make_engine
from store.models import Base, Customer, Draft, Identity, Mention, SentenceUse

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
SETTINGS = Settings()
PROMISE = re.compile(
    r"\b(gift|discount|refund|voucher|coupon|compensat\w*|reimburs\w*|on us|on the house|"
    r"free (?!to\b|from\b)\w+|for free|complimentary|replacement|make it up|% off|credit)\b",
    re.IGNORECASE,
)


def settings_with(**drafting: Any) -> Settings:
    return Settings.model_validate({"drafting": drafting})


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        yield db
    engine.dispose()


_ids = itertools.count(1)


def add_person(
    db: Session,
    *,
    platform: str = "twitter",
    handle: str = "jo_bean",
    followers: int | None = 150,
    **customer: Any,
) -> Identity:
    defaults: dict[str, Any] = {
        "name": "Joanna Bloggs",
        "preferred_name": "Jo",
        "likes": [],
        "dislikes": [],
        "stage": "new",
        "first_seen": NOW - timedelta(days=240),
    }
    owner = Customer(**{**defaults, **customer})
    n = next(_ids)
    identity = Identity(
        platform=platform,
        platform_user_id=f"u{n}",
        handle=handle,
        handle_key=handle.lower(),
        followers=followers,
        customer=owner,
    )
    db.add(identity)
    db.flush()
    return identity


def add_mention(db: Session, identity: Identity | None, **fields: Any) -> Mention:
    text = fields.pop("text", "the flat white was cold")
    defaults: dict[str, Any] = {
        "platform": identity.platform if identity is not None else "twitter",
        "external_id": f"m{next(_ids)}",
        "text": text,
        "text_normalized": text,
        "label": "negative",
        "intent": "complaint",
        "is_complaint": True,
        "compound": -0.5,
        "urgency": "normal",
        "urgency_reasons": [],
        "created_at": NOW - timedelta(minutes=5),
        "status": "new",
    }
    row = Mention(identity=identity, **{**defaults, **fields})
    db.add(row)
    db.flush()
    return row


def praise(**fields: Any) -> dict[str, Any]:
    base = {
        "label": "positive",
        "intent": "praise",
        "is_complaint": False,
        "compound": 0.8,
        "text": "best coffee in town",
    }
    return {**base, **fields}


def draft_of(db: Session, mention: Mention) -> Draft:
    return db.scalars(select(Draft).where(Draft.mention_id == mention.id)).one()


def body_sentences(text: str, signature: str = "") -> list[str]:
    if signature:
        text = text.removesuffix(signature).rstrip()
    return split_sentences(text)


# --- the job -------------------------------------------------------------------------------


def test_a_complaint_gets_one_pending_draft_with_alternatives(session: Session) -> None:
    m = add_mention(session, add_person(session))
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert report.drafted == 1
    draft = draft_of(session, m)
    assert draft.status == "pending"
    assert draft.customer_id == m.identity.customer_id
    assert m.status == "drafted" and m.triage_reason == "complaint"
    assert draft.tone == "unhappy"
    assert draft.template_key.startswith("complaint/unhappy@new:")
    assert "Jo" in draft.text and "DM" in draft.text
    assert len(draft.alternatives) == SETTINGS.drafting.alternatives
    texts = {draft.text, *(a["text"] for a in draft.alternatives)}
    assert len(texts) == 1 + SETTINGS.drafting.alternatives
    for alternative in draft.alternatives:
        assert set(alternative) == {"text", "template_key", "tone", "lint"}
    assert draft.lint == []


def test_skipped_mentions_are_marked_with_their_reason(session: Session) -> None:
    person = add_person(session)
    spam = add_mention(session, person, is_spam=True)
    other = add_mention(session, person, intent="other", is_complaint=False, label="neutral")
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert (spam.status, spam.triage_reason) == ("skipped", "spam")
    assert (other.status, other.triage_reason) == ("skipped", "other_off")
    assert report.skipped == {"spam": 1, "other_off": 1}
    assert session.scalar(select(func.count()).select_from(Draft)) == 0


def test_do_not_contact_is_never_drafted_even_when_urgent(session: Session) -> None:
    person = add_person(session, do_not_contact=True)
    add_mention(session, person)
    add_mention(session, person, urgency="high", urgency_reasons=["safety"])
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert report.drafted == 0
    assert report.skipped["do_not_contact"] == 2
    assert session.scalar(select(func.count()).select_from(Draft)) == 0


def test_rerunning_never_makes_a_second_draft(session: Session) -> None:
    m = add_mention(session, add_person(session))
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    session.commit()
    first = draft_of(session, m).text
    assert draft_new_mentions(session, settings=SETTINGS, now=NOW).seen == 0
    m.status = "new"  # e.g. a person reset it, or a crash left it "new"
    session.flush()
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW + timedelta(hours=1))
    assert (report.drafted, report.already_drafted) == (0, 1)
    assert session.scalar(select(func.count()).select_from(Draft)) == 1
    assert draft_of(session, m).text == first
    assert m.status == "drafted"


def test_job_takes_mentions_oldest_first_in_chunks_and_honours_limit(session: Session) -> None:
    settings = Settings.model_validate({"database": {"batch_size": 7}})
    person = add_person(session)
    mentions = [
        add_mention(session, person, created_at=NOW - timedelta(minutes=m))
        for m in (5, 40, 1, 33, 20, 8, 13, 2, 50, 27, 3, 17, 9, 44, 31, 6, 22, 11, 4, 36)
    ]
    report = draft_new_mentions(session, settings=settings, now=NOW, limit=12)
    assert report.seen == 12
    oldest = sorted(mentions, key=lambda m: m.created_at)
    assert all(m.status == "drafted" for m in oldest[:12])
    assert all(m.status == "new" for m in oldest[12:])
    drafts = session.scalars(select(Draft).order_by(Draft.id)).all()
    assert [d.mention_id for d in drafts] == [m.id for m in oldest[:12]]
    rest = draft_new_mentions(session, settings=settings, now=NOW)
    assert rest.drafted == 8


def test_sentence_uses_are_recorded_for_the_drafted_text(session: Session) -> None:
    m = add_mention(session, add_person(session))
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    draft = draft_of(session, m)
    uses = session.scalars(select(SentenceUse).where(SentenceUse.draft_id == draft.id)).all()
    keys = {u.sentence_key for u in uses}
    assert {sentence_key(s) for s in body_sentences(draft.text)} <= keys
    assert all(u.customer_id == draft.customer_id and u.used_at == NOW for u in uses)


def test_a_mention_without_an_author_is_drafted_without_a_customer(session: Session) -> None:
    m = add_mention(session, None, intent="question", is_complaint=False, label="neutral")
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    draft = draft_of(session, m)
    assert draft.customer_id is None
    assert "None" not in draft.text


# --- no repeat -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kinds",
    [
        ["praise"] * 10,
        ["complaint"] * 10,
        ["praise", "complaint", "question", "suggestion", "praise"] * 2,
    ],
)
def test_a_regular_with_ten_mentions_in_a_month_never_hears_a_sentence_twice(
    session: Session, kinds: list[str]
) -> None:
    person = add_person(session, stage="relationship", likes=["oat latte"], tier="gold")
    shapes = {
        "praise": praise(text="the oat latte at the station was lovely"),
        "complaint": {"text": "my latte was cold again"},
        "question": {
            "intent": "question",
            "is_complaint": False,
            "label": "neutral",
            "compound": 0.0,
            "text": "do you do decaf coffee?",
        },
        "suggestion": {
            "intent": "suggestion",
            "is_complaint": False,
            "label": "positive",
            "compound": 0.3,
            "text": "you should open earlier",
        },
    }
    seen: dict[str, str] = {}
    start = NOW - timedelta(days=29)
    for day, kind in enumerate(kinds):
        when = start + timedelta(days=day * 3)
        m = add_mention(session, person, created_at=when, **shapes[kind])
        draft_new_mentions(session, settings=SETTINGS, now=when + timedelta(minutes=1))
        draft = draft_of(session, m)
        assert not any("repeats" in f for f in draft.lint), draft.text
        for sentence in body_sentences(draft.text):
            key = sentence_key(sentence)
            assert key not in seen, f"{sentence!r} repeated (first in {seen.get(key)!r})"
            seen[key] = draft.text


def test_ten_mentions_drafted_in_one_pass_do_not_repeat_either(session: Session) -> None:
    person = add_person(session, stage="connection")
    mentions = [
        add_mention(session, person, created_at=NOW - timedelta(hours=h), **praise())
        for h in range(10)
    ]
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    sentences = [s for m in mentions for s in body_sentences(draft_of(session, m).text)]
    keys = [sentence_key(s) for s in sentences]
    assert len(keys) == len(set(keys))


def _mark_every_variant_used(
    db: Session, customer_id: int, family: str, when: datetime, *, newest: str | None = None
) -> None:
    templates = load_templates()
    for source in (family, "_history_good", "_history_bad", "_likes"):
        for slot in SLOTS:
            for i, block in enumerate(templates.blocks(source, slot)):
                used = when - timedelta(minutes=i) if block != newest else when - timedelta(days=9)
                db.add(
                    SentenceUse(
                        customer_id=customer_id,
                        sentence_key=variant_key(source, block),
                        sentence=block,
                        used_at=used,
                    )
                )
    db.flush()


def test_when_every_variant_repeats_the_least_recently_used_is_flagged(session: Session) -> None:
    person = add_person(session)
    _mark_every_variant_used(
        session, person.customer_id, "praise/delighted", NOW - timedelta(days=2), newest="opener_5"
    )
    m = add_mention(session, person, **praise())
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    draft = draft_of(session, m)
    assert "repeats a sentence sent to this customer within 30 days" in draft.lint
    assert "opener_5+" in draft.template_key  # used longest ago of the openers
    assert "reword" in (draft.manager_note or "")


def test_sentences_may_be_reused_after_the_repeat_window(session: Session) -> None:
    person = add_person(session)
    _mark_every_variant_used(
        session, person.customer_id, "praise/delighted", NOW - timedelta(days=31)
    )
    m = add_mention(session, person, **praise())
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert not any("repeats" in f for f in draft_of(session, m).lint)


def test_a_repeat_window_of_zero_turns_the_rule_off(session: Session) -> None:
    person = add_person(session)
    _mark_every_variant_used(
        session, person.customer_id, "praise/delighted", NOW - timedelta(hours=1)
    )
    m = add_mention(session, person, **praise())
    draft_new_mentions(session, settings=settings_with(repeat_window_days=0), now=NOW)
    assert draft_of(session, m).lint == []


# --- length --------------------------------------------------------------------------------


def test_drafts_fit_x_and_a_long_signature_is_dropped_before_anything_is_cut(
    session: Session,
) -> None:
    signature = "— " + "Sam from the very long named customer care team " * 5
    m = add_mention(session, add_person(session))
    draft_new_mentions(session, settings=settings_with(signature=signature), now=NOW)
    draft = draft_of(session, m)
    assert x_weighted_length(draft.text) <= 280
    assert "Sam from" not in draft.text
    assert draft.text.endswith((".", "?"))


def test_a_short_signature_is_appended_when_it_fits(session: Session) -> None:
    m = add_mention(session, add_person(session))
    draft_new_mentions(session, settings=settings_with(signature="— Sam at Bramble"), now=NOW)
    assert draft_of(session, m).text.endswith("\n— Sam at Bramble")


def test_over_long_drafts_drop_optional_parts_then_cut_at_a_sentence(session: Session) -> None:
    person = add_person(session, stage="relationship", likes=["oat latte"])
    m = add_mention(session, person, **praise(text="the latte was great"))
    settings = settings_with(twitter_max_length=60, signature="— Sam")
    draft_new_mentions(session, settings=settings, now=NOW)
    draft = draft_of(session, m)
    assert x_weighted_length(draft.text) <= 60
    assert "history_" not in draft.template_key and "like_" not in draft.template_key
    assert "Sam" not in draft.text
    for alternative in draft.alternatives:
        assert x_weighted_length(alternative["text"]) <= 60


def test_cjk_names_count_double_on_x(session: Session) -> None:
    person = add_person(session, preferred_name="美咲" * 10)
    m = add_mention(session, person, urgency="high", urgency_reasons=["safety"])
    draft_new_mentions(session, settings=settings_with(twitter_max_length=80), now=NOW)
    assert x_weighted_length(draft_of(session, m).text) <= 80


def test_reddit_replies_may_be_longer_and_use_the_username(session: Session) -> None:
    signature = "— Sam, community team. " + "We read everything here. " * 12
    person = add_person(
        session, platform="reddit", handle="Jo_Bean", preferred_name=None, name=None
    )
    m = add_mention(session, person)
    draft_new_mentions(session, settings=settings_with(signature=signature.strip()), now=NOW)
    draft = draft_of(session, m)
    assert "u/Jo_Bean" in draft.text
    assert "private message" in draft.text
    assert draft.text.endswith(signature.strip())  # fits Reddit's cap, would not fit X
    assert x_weighted_length(draft.text) > 280
    assert len(draft.text) <= SETTINGS.drafting.reddit_max_length


# --- tone, profile, specifics --------------------------------------------------------------


def test_mood_follows_the_label_and_the_strength_of_the_score() -> None:
    def m(label: str, compound: float, urgency: str = "normal") -> Mention:
        return Mention(label=label, compound=compound, urgency=urgency)

    assert mood_of(m("negative", -0.9)) == "furious"
    assert mood_of(m("negative", -0.3)) == "unhappy"
    assert mood_of(m("negative", 0.4)) == "unhappy"  # a person's correction wins
    assert mood_of(m("neutral", 0.0)) == "neutral"
    assert mood_of(m("positive", 0.3)) == "warm"
    assert mood_of(m("positive", 0.9)) == "delighted"
    assert mood_of(m("positive", 0.9, "high")) == "unhappy"


def test_urgent_drafts_are_short_apologetic_and_move_to_a_private_channel(
    session: Session,
) -> None:
    person = add_person(session, stage="relationship", likes=["oat latte"])
    for reason in ("safety", "fraud", "account_hacked", "legal", "churn_threat", None):
        m = add_mention(
            session,
            person,
            urgency="high",
            urgency_reasons=[reason] if reason else [],
            text="my oat latte...",
        )
        draft_new_mentions(session, settings=SETTINGS, now=NOW)
        draft = draft_of(session, m)
        assert draft.tone == "urgent"
        assert draft.template_key.startswith(f"urgent/{reason or 'general'}@")
        for text in (draft.text, *(a["text"] for a in draft.alternatives)):
            assert len(text) <= 200, text
            assert re.search(r"\bDM\b", text), text
            assert re.search(r"\bsorry\b|\bthank", text, re.IGNORECASE), text
            assert "oat latte" not in text
            assert lint(text) == [], text


def test_complaints_never_mention_a_like(session: Session) -> None:
    person = add_person(session, stage="relationship", likes=["oat latte"])
    m = add_mention(session, person, text="the oat latte was burnt")
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    draft = draft_of(session, m)
    assert all(
        "like_" not in t
        for t in [draft.template_key, *(a["template_key"] for a in draft.alternatives)]
    )


def test_a_relevant_like_is_used_and_an_irrelevant_one_is_not() -> None:
    relevant = _transient(praise(text="your coffee is the best"), likes=["oat latte"])
    texts = [c.text for c in plan_reply(relevant, settings=SETTINGS, now=NOW).candidates]
    assert any("oat latte" in t for t in texts)
    unrelated = _transient(praise(text="the new wifi is great"), likes=["oat latte"])
    texts = [c.text for c in plan_reply(unrelated, settings=SETTINGS, now=NOW).candidates]
    assert not any("oat latte" in t for t in texts)


def test_a_dislike_is_never_mentioned() -> None:
    m = _transient(
        praise(text="tried the croissant and the matcha"),
        dislikes=["croissant"],
        likes=["croissant", "sourdough"],
    )
    for candidate in plan_reply(m, settings=SETTINGS, now=NOW).candidates:
        assert "croissant" not in candidate.text.lower()


def test_praise_replies_name_the_item_and_the_site() -> None:
    settings = Settings()
    settings = settings.model_copy(
        update={"brand": settings.brand.model_copy(update={"places": ["Kings Cross"]})}
    )
    m = _transient(praise(text="the cortado at kings cross this morning was perfect"))
    texts = [c.text for c in plan_reply(m, settings=settings, now=NOW).candidates]
    assert any("cortado" in t for t in texts)
    context = reply_context(m, settings=settings, now=NOW, templates=load_templates())
    assert (context["item"], context["place"]) == ("cortado", "Kings Cross")


def test_regulars_get_their_history_acknowledged() -> None:
    m = _transient(praise(), stage="relationship", first_seen=datetime(2026, 3, 2, tzinfo=UTC))
    plan = plan_reply(m, settings=SETTINGS, now=NOW)
    assert all("history_" in c.template_key for c in plan.candidates)
    newcomer = _transient(praise(), stage="new")
    assert all(
        "history_" not in c.template_key
        for c in plan_reply(newcomer, settings=SETTINGS, now=NOW).candidates
    )
    context = reply_context(m, settings=SETTINGS, now=NOW, templates=load_templates())
    assert (context["since"], context["months"]) == ("March", 8)


@pytest.mark.parametrize(
    ("customer", "handle", "platform", "expected"),
    [
        ({"preferred_name": "Jo", "name": "Joanna Bloggs"}, "jo_bean", "twitter", "Jo"),
        ({"preferred_name": None, "name": "Joanna Bloggs"}, "jo_bean", "twitter", "Joanna"),
        ({"preferred_name": "", "name": "Dr. Joanna Bloggs"}, "jo_bean", "twitter", "Joanna"),
        ({"preferred_name": None, "name": None}, "jo_bean", "twitter", "jo_bean"),
        ({"preferred_name": None, "name": None}, "jo_bean", "reddit", "u/jo_bean"),
        ({"preferred_name": "None", "name": "null"}, "jo_bean", "twitter", "jo_bean"),
        ({"preferred_name": "<script>", "name": "{{ 7*7 }}"}, "jo_bean", "twitter", "jo_bean"),
        ({"preferred_name": None, "name": None}, "user84736251", "twitter", ""),
        ({"preferred_name": None, "name": None}, "", "twitter", ""),
        ({"preferred_name": "Anne-Marie", "name": None}, "x", "twitter", "Anne-Marie"),
        ({"preferred_name": "Zoë", "name": None}, "x", "twitter", "Zoë"),
    ],
)
def test_preferred_name_fallbacks(
    customer: dict[str, Any], handle: str, platform: str, expected: str
) -> None:
    identity = Identity(handle=handle, platform=platform, customer=Customer(**customer))
    assert address_name(identity.customer, identity, platform) == expected


def test_a_nameless_customer_is_never_called_none() -> None:
    m = _transient({}, preferred_name=None, name=None, handle="user84736251")
    for candidate in plan_reply(m, settings=SETTINGS, now=NOW).candidates:
        assert "None" not in candidate.text
        assert not re.search(r"(^|\s)[,.]", candidate.text), candidate.text
        assert candidate.text[0].isupper()


def test_a_foreign_language_mention_gets_a_manager_note() -> None:
    m = _transient({"lang": "de"})
    note = plan_reply(m, settings=SETTINGS, now=NOW).manager_note or ""
    assert "Customer wrote in German; consider replying in it" in note
    for lang in ("en", "en-GB", "und", None):
        note = plan_reply(_transient({"lang": lang}), settings=SETTINGS, now=NOW).manager_note
        assert "wrote in" not in (note or "")


def test_question_drafts_remind_the_reviewer_to_add_the_answer() -> None:
    m = _transient({"intent": "question", "is_complaint": False, "label": "neutral"})
    assert "Add the answer" in (plan_reply(m, settings=SETTINGS, now=NOW).manager_note or "")


# --- gestures ------------------------------------------------------------------------------


def test_a_regulars_first_bad_experience_suggests_a_gesture(session: Session) -> None:
    person = add_person(session, stage="connection", likes=["oat latte"])
    for days in (90, 60, 30):
        add_mention(
            session, person, created_at=NOW - timedelta(days=days), status="drafted", **praise()
        )
    first = add_mention(session, person, text="the croissant was stale", created_at=NOW)
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    note = draft_of(session, first).manager_note or ""
    assert "Consider a gesture: a regular of 8 months has their first bad experience" in note
    assert "their usual oat latte on us next visit" in note
    assert not PROMISE.search(draft_of(session, first).text)
    second = add_mention(session, person, text="cold again", created_at=NOW + timedelta(days=1))
    draft_new_mentions(session, settings=SETTINGS, now=NOW + timedelta(days=1))
    assert "first bad experience" not in (draft_of(session, second).manager_note or "")


def test_three_earlier_good_mentions_make_a_regular_for_gestures(session: Session) -> None:
    person = add_person(session, stage="transaction")
    for days in (9, 6, 3):
        add_mention(
            session, person, created_at=NOW - timedelta(days=days), status="drafted", **praise()
        )
    m = add_mention(session, person, text="my coffee was cold", created_at=NOW)
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    note = draft_of(session, m).manager_note or ""
    assert "first bad experience" in note
    assert "something small" in note  # their like would be about the item they complain of


def test_a_loyal_tier_complaint_and_a_safety_report_suggest_a_gesture(session: Session) -> None:
    gold = add_person(session, tier="Gold", handle="gold_one")
    add_mention(session, gold, created_at=NOW - timedelta(days=3), status="drafted")
    complaint = add_mention(session, gold)
    safety = add_mention(
        session, add_person(session, handle="hurt_one"), urgency="high", urgency_reasons=["safety"]
    )
    plain = add_mention(session, add_person(session, handle="plain_one"))
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert "Gold-tier customer is unhappy" in (draft_of(session, complaint).manager_note or "")
    assert "safety report" in (draft_of(session, safety).manager_note or "")
    assert draft_of(session, plain).manager_note is None


def test_priority_is_stored_on_the_draft(session: Session) -> None:
    urgent = add_mention(
        session, add_person(session, handle="a1"), urgency="high", urgency_reasons=["fraud"]
    )
    complaint = add_mention(session, add_person(session, handle="a2"), compound=-0.9)
    loyal = add_mention(session, add_person(session, handle="a3", tier="platinum"), **praise())
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    ranks = [draft_of(session, m).priority for m in (urgent, complaint, loyal)]
    assert ranks == sorted(ranks, reverse=True) and ranks[-1] > 0


# --- every template, many profiles ---------------------------------------------------------


def _transient(fields: dict[str, Any], **customer: Any) -> Mention:
    """A mention with an author, not in any database (plan_reply needs no session)."""
    platform = fields.pop("platform", "twitter")
    handle = customer.pop("handle", "jo_bean")
    profile: dict[str, Any] = {
        "id": 1,
        "name": "Joanna Bloggs",
        "preferred_name": "Jo",
        "likes": [],
        "dislikes": [],
        "stage": "new",
        "first_seen": NOW - timedelta(days=240),
        "tier": None,
    }
    owner = Customer(**{**profile, **customer})
    identity = Identity(platform=platform, handle=handle, customer=owner)
    text = fields.pop("text", "the flat white was cold")
    base: dict[str, Any] = {
        "id": 99,
        "platform": platform,
        "external_id": "x1",
        "text": text,
        "text_normalized": text,
        "label": "negative",
        "intent": "complaint",
        "is_complaint": True,
        "compound": -0.5,
        "urgency": "normal",
        "urgency_reasons": [],
        "created_at": NOW,
        "lang": None,
    }
    return Mention(identity=identity, **{**base, **fields})


CONTEXTS = [
    {
        "name": name,
        "item": item,
        "place": place,
        "regular": regular,
        "months": months,
        "since": since,
        "like": like,
        "platform": platform,
        "support_email": email,
    }
    for name, item, place, regular, months, since, like, platform, email in itertools.product(
        ["Jo", "", "u/jo_bean"],
        ["oat latte", "espresso", ""],
        ["Kings Cross", ""],
        [True, False],
        [0, 8, 30],
        ["", "March 2025"],
        ["oat latte"],
        ["twitter", "reddit"],
        ["", "help@example.com"],
    )
]


def _full_context(values: dict[str, Any]) -> dict[str, Any]:
    platform = values["platform"]
    return {
        "brand": "Bramble",
        "reddit": platform == "reddit",
        "twitter": platform == "twitter",
        "customer": {"preferred_name": values["name"]} if values["name"] else {},
        "stage": "relationship" if values["regular"] else "new",
        "returning": values["regular"],
        "gesture_like": "oat latte",
        "tier": "gold",
        "dm": "DM" if platform == "twitter" else "private message",
        "dm_us": "send us a DM" if platform == "twitter" else "send us a private message",
        "urgency_reason": "",
        **values,
    }


def test_every_template_variant_is_lint_clean_and_promises_nothing() -> None:
    templates = load_templates()
    sources = [*templates.families, "_history_good", "_history_bad", "_likes"]
    rendered = 0
    for source in sources:
        for slot in SLOTS:
            for block in templates.blocks(source, slot):
                for values in CONTEXTS[::23]:
                    text = templates.render(source, block, _full_context(values))
                    rendered += 1
                    where = f"{source}#{block}: {text!r}"
                    assert lint(text, acronyms=["Bramble"]) == [], where
                    assert not PROMISE.search(text), where
                    assert "None" not in text and "  " not in text, where
                    assert not re.search(r"\s[,.?]", text), where
                    if text:
                        assert text[0].isupper() or text.startswith("u/"), where
                        assert text[-1] in ".?!", where
                    if not source.startswith("praise/"):
                        assert "!" not in text, where
    assert rendered > 5000


def test_every_family_has_enough_variants_for_ten_mentions_a_month() -> None:
    templates = load_templates()
    for family in templates.families:
        for slot in ("opener", "body"):
            minimum = 8 if family.startswith(("urgent/", "other/")) else 12
            assert len(templates.blocks(family, slot)) >= minimum, (family, slot)
    for shared, slot in (
        ("_history_good", "history"),
        ("_history_bad", "history"),
        ("_likes", "like"),
    ):
        assert len(templates.blocks(shared, slot)) >= 12


SHAPES = [
    {
        "intent": intent,
        "is_complaint": intent == "complaint",
        "label": label,
        "compound": c,
        "urgency": urgency,
        "urgency_reasons": reasons,
        "platform": platform,
        "text": text,
    }
    for intent, (label, c), (urgency, reasons), platform, text in itertools.product(
        ["complaint", "question", "praise", "suggestion", "other"],
        [
            ("negative", -0.9),
            ("negative", -0.3),
            ("neutral", 0.0),
            ("positive", 0.4),
            ("positive", 0.9),
        ],
        [("normal", []), ("high", ["safety"]), ("high", ["churn_threat", "legal"])],
        ["twitter", "reddit"],
        ["the oat latte at kings cross", "wifi down", "<script>alert(1)</script>"],
    )
]
PROFILES = [
    {"preferred_name": None, "name": None, "handle": "user12345678"},
    {"stage": "relationship", "likes": ["oat latte", "window seat"], "tier": "gold"},
    {"stage": "connection", "preferred_name": "Anne-Marie", "dislikes": ["oat latte"]},
    {"stage": "transaction", "name": "Sam", "preferred_name": None, "likes": ["espresso"]},
]


@pytest.mark.parametrize("profile", PROFILES, ids=["nameless", "regular", "disliker", "casual"])
def test_no_draft_ever_promises_a_gift_discount_or_refund(profile: dict[str, Any]) -> None:
    settings = settings_with(reply_to_other=True, signature="— Sam at Bramble")
    for shape in SHAPES:
        m = _transient(dict(shape), **dict(profile))
        plan = plan_reply(m, settings=settings, now=NOW, earlier=Earlier(positives=3))
        assert len(plan.candidates) == 1 + settings.drafting.alternatives
        for candidate in plan.candidates:
            where = f"{plan.family}: {candidate.text!r}"
            assert not PROMISE.search(candidate.text), where
            assert candidate.lint == [], where
            assert candidate.text.count("!") <= 1, where
            assert x_weighted_length(candidate.text) <= 280 or shape["platform"] == "reddit"
            assert "None" not in candidate.text and "<script" not in candidate.text


# --- hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script> your coffee is great",
        "a" * 100_000,
        "flat white\x00\x00 was \x00cold",
        "\u202eesrever\u202c coffee \ufeff",
        "{{ 7*7 }} {% raw %} latte",
        "😀" * 5000,
    ],
    ids=["script", "100k", "nul", "bidi", "jinja", "emoji"],
)
def test_hostile_mention_text_never_breaks_drafting(session: Session, text: str) -> None:
    person = add_person(
        session,
        preferred_name="<img src=x onerror=alert(1)>",
        name="\x00Robert'); DROP TABLE customers;--",
        likes=["<b>latte</b>", "latte\x00", 42, None, "oat latte"],
        dislikes=[None, 3],
        tier="{{ gold }}",
    )
    m = add_mention(session, person, text=text, lang="<xx>")
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert (report.drafted, report.failed) == (1, 0)
    draft = draft_of(session, m)
    for output in (draft.text, draft.manager_note or "", *(a["text"] for a in draft.alternatives)):
        assert "<" not in output and "\x00" not in output and "{{" not in output
        assert "\u202e" not in output
    assert x_weighted_length(draft.text) <= 280


def test_sentences_a_person_actually_sent_are_remembered(session: Session) -> None:
    person = add_person(session)
    sent = "Thanks so much, Jo! Glad it hit the spot. See you soon.\n— Sam"
    added = remember_sentences(
        session, customer_id=person.customer_id, text=sent, now=NOW, signature="— Sam"
    )
    assert added == 3
    session.flush()
    keys = set(session.scalars(select(SentenceUse.sentence_key)))
    assert sentence_key("Glad it hit the spot.") in keys
    assert sentence_key("— Sam") not in keys
    m = add_mention(session, person, **praise(text="lovely visit"))
    draft_new_mentions(session, settings=SETTINGS, now=NOW + timedelta(hours=1))
    text = draft_of(session, m).text
    assert "Glad it hit the spot." not in text and "See you soon." not in text


@pytest.mark.slow
def test_fifty_thousand_new_mentions_are_worked_through_in_chunks(session: Session) -> None:
    person = add_person(session, stage="relationship")
    base = {
        "platform": "twitter",
        "identity_id": person.id,
        "text": "x",
        "label": "neutral",
        "intent": "other",
        "status": "new",
        "collected_at": NOW,
    }
    rows = [
        {
            **base,
            "external_id": f"bulk{n}",
            "text_normalized": "x",
            "is_spam": n % 500 != 0,
            "created_at": NOW - timedelta(seconds=50_000 - n),
            "intent": "question",
        }
        for n in range(50_000)
    ]
    session.execute(Mention.__table__.insert(), rows)
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert (report.drafted, report.skipped["spam"]) == (100, 49_900)
    assert session.scalar(select(func.count()).where(Mention.status == "new")) == 0
    texts = session.scalars(select(Draft.text)).all()
    keys = [sentence_key(s) for t in texts[:10] for s in body_sentences(t)]
    assert len(keys) == len(set(keys))


def test_report_summary_and_the_ingest_relevance_reason_is_kept(session: Session) -> None:
    person = add_person(session)
    off_topic = add_mention(
        session, person, is_relevant=False, triage_reason="excluded phrase 'bramble jam'"
    )
    add_mention(session, person)
    report = draft_new_mentions(session, settings=SETTINGS, now=NOW)
    assert off_topic.triage_reason == "not_relevant: excluded phrase 'bramble jam'"
    assert report.summary() == (
        "1 drafted, 0 already drafted, 0 failed; skipped 1 (not_relevant 1)"
    )
