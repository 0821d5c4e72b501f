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
from responders.drafting.context import mood_of, reply_context
from responders.drafting.job import draft_new_mentions, remember_sentences
from responders.drafting.names import address_name, display_first_name
from responders.drafting.notes import Earlier
from responders.drafting.replies import plan_reply
from responders.drafting.templates import SLOTS, load_templates, variant_key
from responders.drafting.textrules import (
    X_LINK_FINDING,
    lint,
    normalize_sentence,
    sentence_key,
    split_sentences,
    x_weighted_length,
)
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
        draft.status = "sent"  # what the person read counts for the no-repeat rule
        session.flush()
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


def test_reddit_replies_may_be_longer_and_never_use_the_username(session: Session) -> None:
    signature = "— Sam, community team. " + "We read everything here. " * 12
    person = add_person(
        session, platform="reddit", handle="Jo_Bean", preferred_name=None, name=None
    )
    m = add_mention(session, person)
    draft_new_mentions(session, settings=settings_with(signature=signature.strip()), now=NOW)
    draft = draft_of(session, m)
    for text in (draft.text, *(a["text"] for a in draft.alternatives)):
        assert "Jo_Bean" not in text and "u/" not in text
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
    renamed = {"fraud": "payment", "account_hacked": "security"}
    for reason in ("safety", "fraud", "account_hacked", "legal", None):
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
        family = renamed.get(reason or "", reason or "general")
        assert draft.template_key.startswith(f"urgent/{family}@")
        for text in (draft.text, *(a["text"] for a in draft.alternatives)):
            assert len(text) <= 280, text
            if family == "security":  # our only accounts, we never ask, call the bank
                assert "never ask" in text and "bank" in text, text
            else:
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
    plan = plan_reply(m, settings=SETTINGS, now=NOW, earlier=Earlier(count=3))
    assert all("history_" in c.template_key for c in plan.candidates)
    newcomer = _transient(praise(), stage="new")
    assert all(
        "history_" not in c.template_key
        for c in plan_reply(newcomer, settings=SETTINGS, now=NOW).candidates
    )
    context = reply_context(m, settings=SETTINGS, now=NOW, templates=load_templates())
    assert (context["since"], context["months"]) == ("March", 8)


@pytest.mark.parametrize(
    ("customer", "display_name", "expected"),
    [
        ({"preferred_name": "Jo", "name": "Joanna Bloggs"}, "Joey ✨", "Jo"),
        ({"preferred_name": None, "name": "Joanna Bloggs"}, "Joey", "Joanna"),
        ({"preferred_name": "", "name": "Dr. Joanna Bloggs"}, None, "Joanna"),
        ({"preferred_name": "Anne-Marie", "name": None}, None, "Anne-Marie"),
        ({"preferred_name": "Zoë", "name": None}, None, "Zoë"),
        # no name on record: a first name from the display name, else nothing, never the handle
        ({"preferred_name": None, "name": None}, None, ""),
        ({"preferred_name": None, "name": None}, "Sam ✨", "Sam"),
        ({"preferred_name": "None", "name": "null"}, "Gaz 💛💙", "Gaz"),
        ({"preferred_name": "<script>", "name": "{{ 7*7 }}"}, "Kelly M", "Kelly"),
        ({"preferred_name": None, "name": None}, "jess", ""),
    ],
)
@pytest.mark.parametrize("platform", ["twitter", "reddit"])
def test_name_fallbacks_never_use_the_handle(
    customer: dict[str, Any], display_name: str | None, expected: str, platform: str
) -> None:
    identity = Identity(
        handle="jo_bean",
        platform=platform,
        display_name=display_name,
        customer=Customer(**customer),
    )
    assert address_name(identity.customer, identity) == expected


@pytest.mark.parametrize(
    ("display_name", "expected"),
    [
        ("Sam ✨", "Sam"),
        ("Gaz 💛💙", "Gaz"),
        ("Kelly M", "Kelly"),
        ("Fran K.", "Fran"),
        ("Rachel Dunmore | YEP", "Rachel"),
        ("Ellie (she/her)", "Ellie"),
        ("Dr Ellie Smith", "Ellie"),
        ("Siobhán Murphy", "Siobhán"),
        ("Anne-Marie", "Anne-Marie"),
        ("Jo de Souza", "Jo"),
        ("Ed", "Ed"),
        ("jess", ""),  # not capitalised
        ("em 🍂", ""),
        ("JESS", ""),  # all caps
        ("J", ""),  # too short
        ("Sam2024", ""),  # digits
        ("Leeds Coffee Deals", ""),  # brand / business words
        ("Coffee", ""),
        ("Official Bramble", ""),
        ("The Leeds Plate 🍽️", ""),
        ("Survived the Otley Run", ""),  # not shaped like a name
        ("Bramble", ""),  # our own name (passed by the caller)
        ("Headrow", ""),  # one of our places
        ("✨✨", ""),
        ("", ""),
        (None, ""),
        ("Maximiliano" * 2, ""),  # more than 20 letters
    ],
)
def test_a_first_name_is_taken_from_a_display_name_only_when_it_looks_like_one(
    display_name: str | None, expected: str
) -> None:
    assert display_first_name(display_name, not_names=["Bramble", "Headrow"]) == expected


def test_a_stranger_is_greeted_by_their_display_name_or_not_at_all() -> None:
    named = _transient(
        praise(), preferred_name=None, name=None, handle="leedsuni_sam", display_name="Sam ✨"
    )
    for candidate in plan_reply(named, settings=SETTINGS, now=NOW).candidates:
        assert "leedsuni_sam" not in candidate.text
    assert any("Sam" in c.text for c in plan_reply(named, settings=SETTINGS, now=NOW).candidates)
    brand = _transient(
        praise(), preferred_name=None, name=None, handle="leeds_deals", display_name="Leeds Deals"
    )
    for candidate in plan_reply(brand, settings=SETTINGS, now=NOW).candidates:
        assert "leeds_deals" not in candidate.text and "Leeds" not in candidate.text
        assert candidate.text[0].isupper() and not re.search(r"(^|\s)[,.]", candidate.text)


def test_a_nameless_customer_is_never_called_none() -> None:
    m = _transient({}, preferred_name=None, name=None, handle="user84736251")
    for candidate in plan_reply(m, settings=SETTINGS, now=NOW).candidates:
        assert "None" not in candidate.text
        assert not re.search(r"(^|\s)[,.]", candidate.text), candidate.text
        assert candidate.text[0].isupper()


def test_a_mention_in_a_language_without_templates_gets_a_note_for_a_human() -> None:
    plan = plan_reply(_transient({"lang": "de"}), settings=SETTINGS, now=NOW)
    assert plan.human_only and plan.candidates == []
    assert "Written in German" in (plan.manager_note or "")
    assert "reply by hand in German" in (plan.manager_note or "")
    for lang in ("en", "en-GB", "und", None):
        plan = plan_reply(_transient({"lang": lang}), settings=SETTINGS, now=NOW)
        assert not plan.human_only and plan.candidates
        assert "Written in" not in (plan.manager_note or "")


def test_questions_get_no_manager_note() -> None:
    m = _transient({"intent": "question", "is_complaint": False, "label": "neutral"})
    assert plan_reply(m, settings=SETTINGS, now=NOW).manager_note is None


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
    assert note == (
        "Jo is a regular and this is their first bad experience with us: "
        "consider a gesture, offered privately."
    )
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
    assert "consider a gesture, offered privately" in note


def test_a_loyal_tier_complaint_and_a_safety_report_suggest_a_gesture(session: Session) -> None:
    gold = add_person(session, tier="Gold", handle="gold_one")
    add_mention(session, gold, created_at=NOW - timedelta(days=3), status="drafted")
    complaint = add_mention(session, gold)
    safety = add_mention(
        session, add_person(session, handle="hurt_one"), urgency="high", urgency_reasons=["safety"]
    )
    plain = add_mention(session, add_person(session, handle="plain_one"))
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    note = draft_of(session, complaint).manager_note or ""
    assert note.startswith("Jo is a Gold-tier customer and we let them down")
    assert "consider a gesture, offered privately" in note
    assert "Safety report" in (draft_of(session, safety).manager_note or "")
    assert draft_of(session, plain).manager_note is None


def test_priority_is_stored_on_the_draft(session: Session) -> None:
    urgent = add_mention(
        session, add_person(session, handle="a1"), urgency="high", urgency_reasons=["payment"]
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
    display_name = customer.pop("display_name", None)
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
    identity = Identity(platform=platform, handle=handle, display_name=display_name, customer=owner)
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
        "service": service,
        "place": place,
        "about": about,
        "regular": regular,
        "months": months,
        "since": since,
        "like": like,
        "platform": platform,
        "support_email": email,
    }
    for name, item, service, place, about, regular, months, since, like, platform, email in (
        itertools.product(
            ["Jo", "", "Anne-Marie"],
            ["oat latte", "espresso", ""],
            ["", "stamp card"],
            ["Kings Cross", ""],
            [[], ["staff", "visit"], ["price"], ["diet"], ["app", "loyalty"]],
            [True, False],
            [0, 8, 30],
            ["", "March 2025"],
            ["oat latte", "window seat"],
            ["twitter", "reddit"],
            ["", "help@example.com"],
        )
    )
]


# What the brand book and the mention add: every shape of topic, answer and playbook value.
BOOK_VALUES = [
    {"topic": "the oat latte", "topic_specific": True, "answer": "", "money": "Pat or Ellie",
     "official": "@bramble on X", "playbook": "Pat or Ellie inspects the site the same day.",
     "check": "whether we have the blue one in size 10", "contact_email": "hi@example.com",
     "stop": "please stop using the oat latte", "care": "get medical help",
     "offering": "oat latte"},
    {"topic": "the double charge", "topic_specific": True, "answer": "", "money": "",
     "official": "", "playbook": "", "check": "the current price of the annual plan",
     "contact_email": "", "stop": "please don't eat or drink any more of it",
     "care": "get medical help", "offering": ""},
    {"topic": "what went wrong", "topic_specific": False,
     "answer": "Headrow is open 07:30–17:00 today (Monday).", "money": "Sam",
     "official": "@b on X and u/b on Reddit", "playbook": "", "check": "", "contact_email": "",
     "stop": "", "care": "get medical help", "offering": ""},
    {"topic": "how you were treated", "topic_specific": True, "answer": "", "money": "",
     "official": "", "playbook": "", "check": "the details on that", "contact_email": "",
     "stop": "please keep the rest of it well away from your pets",
     "care": "get them seen by a vet", "offering": ""},
    {"topic": "your idea for the Bramble app", "topic_specific": True,
     "answer": "We don't take bookings: it's first come, first served.", "money": "",
     "official": "", "playbook": "", "check": "", "contact_email": "x@example.com",
     "stop": "", "care": "get them seen by a vet", "offering": "Bramble app"},
]  # fmt: skip


def _full_context(values: dict[str, Any], index: int = 0) -> dict[str, Any]:
    platform = values["platform"]
    about = values["about"]
    visit = bool(values["place"] or values["item"] or {"staff", "visit"} & set(about))
    visit = visit and "app" not in about
    if values["place"]:
        ask = f"roughly when you were at {values['place']}"
    else:
        ask = "which site it was and roughly when" if visit else "a bit more detail"
    return {
        "brand": "Bramble",
        "reddit": platform == "reddit",
        "twitter": platform == "twitter",
        "customer": {"preferred_name": values["name"]} if values["name"] else {},
        "stage": "relationship" if values["regular"] else "new",
        "returning": values["regular"],
        "staff": "staff" in about,
        "team": "Aoife" if index % 2 else "the team",
        "visit": visit,
        "ask": ask,
        "gesture_like": "oat latte",
        "tier": "gold",
        "dm": "DM" if platform == "twitter" else "private message",
        "dm_us": "send us a DM" if platform == "twitter" else "send us a private message",
        "urgency_reason": "",
        "topic_source": "offering",
        "topic_kind": "",
        "hurried": False,
        "several_sites": True,
        "booking_url": "",
        "familiar": values["regular"],
        "intent": "other",
        "mood": "neutral",
        "lang": "en",
        **BOOK_VALUES[index % len(BOOK_VALUES)],
        **values,
    }


def test_every_template_variant_is_lint_clean_and_promises_nothing() -> None:
    templates = load_templates()
    sources = [*templates.families, "_history_good", "_history_bad", "_likes"]
    rendered = 0
    for source in sources:
        for slot in SLOTS:
            for block in templates.blocks(source, slot):
                for index, values in enumerate(CONTEXTS[::293]):
                    text = templates.render(source, block, _full_context(values, index))
                    rendered += 1
                    where = f"{source}#{block}: {text!r}"
                    assert lint(text, acronyms=["Bramble"]) == [], where
                    assert not PROMISE.search(text), where
                    assert "None" not in text and "  " not in text, where
                    assert not re.search(r"\s[,.?]", text), where
                    if text:
                        assert text[0].isupper(), where
                        assert text[-1] in ".?!", where
                    if not source.startswith("praise/"):
                        assert "!" not in text, where
    assert rendered > 5000


def test_every_family_has_enough_variants_for_ten_mentions_a_month() -> None:
    templates = load_templates()
    for family in templates.families:
        for slot in ("opener", "body"):
            minimum = 6 if family.startswith(("urgent/", "other/")) else 12
            assert len(templates.blocks(family, slot)) >= minimum, (family, slot)
    for shared, slot in (
        ("_history_good", "history"),
        ("_history_bad", "history"),
        ("_likes", "like"),
    ):
        assert len(templates.blocks(shared, slot)) >= 6


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
        [("normal", []), ("high", ["safety"]), ("high", ["churn", "legal"])],
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


# --- reading like a person ----------------------------------------------------------------


def _brand(**brand: Any) -> Settings:
    base = Settings()
    return base.model_copy(update={"brand": base.brand.model_copy(update=brand)})


BRAND = _brand(products=["stamp card", "Bramble app", "Hedgerow"], places=["Kirkstall"])
TWO_SITES = _brand(products=["stamp card", "Bramble app"], places=["Kirkstall", "Headrow"])


def _context_for(text: str) -> dict[str, Any]:
    m = _transient(praise(text=text))
    return reply_context(m, settings=BRAND, now=NOW, templates=load_templates())


def test_what_a_mention_is_about_items_services_visits_and_prices() -> None:
    both = _context_for("the stamp card and a flat white")
    assert (both["item"], both["service"]) == ("flat white", "stamp card")
    app = _context_for("the Bramble app is actually good")
    assert (app["item"], app["service"], app["visit"]) == ("", "Bramble app", False)
    staff = _context_for("the barista at kirkstall was lovely")
    assert staff["staff"] and staff["visit"]
    assert staff["ask"] == "roughly when you were at Kirkstall"
    # one location: never "which site"; an item alone is not a visit at a one-site brand
    assert _context_for("my flat white was cold")["ask"] == "a bit more detail"
    two = _transient(praise(text="my flat white was cold"))
    context = reply_context(two, settings=TWO_SITES, now=NOW, templates=load_templates())
    assert context["ask"] == "which location it was and roughly when"
    assert not _context_for("the app took my money twice for a latte")["visit"]
    price = _context_for("£4.35 for an oat latte is pushing it")
    assert "price" in price["about"] and not price["visit"]
    assert price["ask"] == "a bit more detail"
    assert "diet" in _context_for("is the hot chocolate vegan?")["about"]


@pytest.mark.parametrize(
    ("text", "label", "compound"),
    [
        ("the app charged me for an order I cancelled", "negative", -0.4),
        ("£4.35 for an oat latte is pushing it, might have to cut back", "neutral", 0.0),
        ("the price rise is a lot for a flat white", "negative", -0.3),
        ("how do I delete my app account", "negative", -0.7),
    ],
)
def test_complaints_ask_which_site_only_about_a_visit(
    text: str, label: str, compound: float
) -> None:
    m = _transient({"text": text, "label": label, "compound": compound})
    for candidate in plan_reply(m, settings=BRAND, now=NOW).candidates:
        assert "which site" not in candidate.text.lower(), candidate.text
        assert "roughly when" not in candidate.text, candidate.text
    visit = _transient({"text": "my flat white was cold", "label": "negative", "compound": -0.4})
    texts = [c.text for c in plan_reply(visit, settings=TWO_SITES, now=NOW).candidates]
    assert any("which location" in t for t in texts)
    texts = [c.text for c in plan_reply(visit, settings=BRAND, now=NOW).candidates]
    assert not any(re.search(r"which (site|location)", t) for t in texts)


def _slot_blocks(template_key: str) -> dict[str, str]:
    return dict(part.split("_", 1) for part in template_key.split(":", 1)[1].split("+"))


@pytest.mark.parametrize("profile", PROFILES, ids=["nameless", "regular", "disliker", "casual"])
def test_alternatives_differ_in_opener_and_body_and_never_echo_themselves(
    profile: dict[str, Any],
) -> None:
    settings = settings_with(reply_to_other=True)
    for shape in SHAPES[::3]:
        plan = plan_reply(_transient(dict(shape), **dict(profile)), settings=settings, now=NOW)
        blocks = [_slot_blocks(c.template_key) for c in plan.candidates]
        for slot in ("opener", "body"):
            assert len({b[slot] for b in blocks}) == len(blocks), (plan.family, slot, blocks)
        names = {"jo", "anne", "marie", "sam"}
        firsts = [
            next(w for w in normalize_sentence(c.text).split() if w not in names)
            for c in plan.candidates
        ]
        assert len(set(firsts)) == len(firsts), [c.text for c in plan.candidates]
        for candidate in plan.candidates:
            words = normalize_sentence(candidate.text).split()
            triples = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
            assert len(triples) == len(set(triples)), candidate.text


def test_one_personal_touch_their_like_or_their_history_never_both() -> None:
    m = _transient(
        praise(text="the croissant was lovely today"),
        stage="relationship",
        likes=["almond croissant"],
    )
    plan = plan_reply(m, settings=SETTINGS, now=NOW, earlier=Earlier(count=5))
    keys = [c.template_key for c in plan.candidates]
    assert not any("like_" in k and "history_" in k for k in keys)
    same = _transient(praise(text="the croissant was lovely today"), likes=["croissant"])
    for candidate in plan_reply(same, settings=SETTINGS, now=NOW).candidates:
        assert candidate.text.lower().count("croissant") <= 1, candidate.text


def test_questions_never_mention_a_like() -> None:
    question = {
        "intent": "question",
        "is_complaint": False,
        "label": "positive",
        "compound": 0.3,
        "text": "do you do the oat latte with decaf?",
    }
    m = _transient(question, likes=["oat latte"])
    assert all(
        "like_" not in c.template_key for c in plan_reply(m, settings=SETTINGS, now=NOW).candidates
    )


def test_dietary_questions_are_checked_never_answered() -> None:
    for label, compound in (("neutral", 0.0), ("positive", 0.4)):
        m = _transient(
            {
                "intent": "question",
                "is_complaint": False,
                "label": label,
                "compound": compound,
                "text": "is the Hedgerow vegetarian? rennet in the cheese?",
            }
        )
        plan = plan_reply(m, settings=BRAND, now=NOW)
        for candidate in plan.candidates:
            # says exactly what it will check, and never answers from memory
            assert "whether the Hedgerow is vegetarian" in candidate.text, candidate.text
            assert not re.search(r"\b(yes|no)\b", candidate.text, re.IGNORECASE), candidate.text
        assert plan.manager_note is None  # never a note on a question


def test_question_openers_never_sound_like_an_answer() -> None:
    templates = load_templates()
    for family in [f for f in templates.families if f.startswith("question/")]:
        for block in templates.blocks(family, "opener"):
            for values in CONTEXTS[::293]:
                text = templates.render(family, block, _full_context(values))
                assert not re.search(r"\b(sure|yes|no|of course|definitely)\b", text, re.I), text
                assert "kind words" not in text, text


def test_an_unhappy_idea_from_a_regular_is_not_a_bad_experience() -> None:
    idea = {
        "intent": "suggestion",
        "is_complaint": False,
        "label": "negative",
        "compound": -0.15,
        "text": "please bring the pumpkin loaf back, ward 18 is in mourning",
    }
    plan = plan_reply(
        _transient(idea, stage="relationship"),
        settings=SETTINGS,
        now=NOW,
        earlier=Earlier(positives=3),
    )
    assert all("history_" not in c.template_key for c in plan.candidates)
    assert "gesture" not in (plan.manager_note or "")


def test_praise_for_the_team_is_passed_on_to_the_team() -> None:
    m = _transient(praise(text="the staff at kirkstall dealt with a shouty man so calmly"))
    texts = [c.text for c in plan_reply(m, settings=BRAND, now=NOW).candidates]
    assert sum(bool(re.search(r"\bteam\b|\bcrew\b", t)) for t in texts) >= 2, texts


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


def test_an_x_draft_with_a_link_carries_the_cost_finding_and_a_reddit_one_does_not(
    session: Session,
) -> None:
    on_x = add_mention(session, add_person(session))
    on_reddit = add_mention(session, add_person(session, platform="reddit", handle="jo_r"))
    settings = settings_with(signature="— Sam, bramble.co.uk/help")
    draft_new_mentions(session, settings=settings, now=NOW)
    x_draft, reddit_draft = draft_of(session, on_x), draft_of(session, on_reddit)
    assert x_draft.text.endswith("bramble.co.uk/help")
    assert X_LINK_FINDING in x_draft.lint
    assert reddit_draft.text.endswith("bramble.co.uk/help")
    assert X_LINK_FINDING not in reddit_draft.lint


@pytest.mark.parametrize(
    ("like", "verb"),
    [("garden sheds", "are"), ("scones", "are"), ("oat latte", "is"), ("Christmas", "is"),
     ("hummus", "is"), ("window seat", "is"), ("glass", "is")],
)  # fmt: skip
def test_a_like_or_topic_that_names_several_things_takes_a_plural_verb(
    like: str, verb: str
) -> None:
    env = load_templates().env
    assert env.from_string('{{ like | verb("is", "are") }}').render(like=like) == verb
