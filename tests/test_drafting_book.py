"""Drafting from the brand book: topic, answers, playbooks, tone, languages, no-repeat, variety.

Each test pins one rule of issue 10 (docs/drafting.md): hours resolved in the brand's time
zone and holidays, unknown facts never invented, each urgent playbook, dislikes honoured,
the familiarity threshold, CRM data never recited, the no-repeat rule counting only what
was approved or sent, variety across a day's drafts, Spanish templates and the note for a
language without templates, and the draft-quality sets of both example brands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Settings, load_settings
from responders import queue
from responders.brandbook import BrandBook, parse_book
from responders.drafting.checks import book_findings, variety
from responders.drafting.evalset import run_set
from responders.drafting.job import draft_new_mentions
from responders.drafting.notes import Earlier
from responders.drafting.replies import plan_reply
from responders.drafting.topic import find_topic, keyphrase
from store.db import make_engine
from store.models import AuditEvent, Base, Customer, Draft, Identity, Mention

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "config" / "demo"
NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)  # a Friday
SETTINGS = Settings.model_validate({"brand": {"name": "Bramble"}})

BOOK = parse_book(
    """
name = "Kettle & Co"
never_say = ["valued customer"]

[[locations]]
name = "Shibuya"
timezone = "Asia/Tokyo"
[locations.hours]
mon = "09:00-18:00"
tue = "09:00-18:00"
wed = "09:00-18:00"
thu = "09:00-18:00"
fri = "09:00-18:00"
sat = "10:00-16:00"
sun = "closed"
[[locations.exceptions]]
date = 2026-11-23
hours = "closed"
note = "Labour Thanksgiving Day holiday"

[contact]
email = "help@kettle.example"

[[people]]
name = "Yuki"
role = "owner"
decides_money = true

[[offerings]]
name = "gooseneck kettle"
aliases = ["kettle", "gooseneck"]
facts = { warranty = "three years" }

[policies]
never_promise = ["refund", "discount"]
never_ask = ["card number"]

[accounts]
twitter = ["kettleco"]
reddit = ["kettle_co"]

[[faq]]
cues = ["ship abroad", "international shipping"]
answer = "We ship to Japan, Korea and Taiwan only for now."

[playbooks]
safety = "Ask them to unplug it. We will collect the kettle and test it the same week."
payment = "{people.money} looks at every billing problem."
security = "Our only accounts are {accounts.twitter}."
legal = "No admission. Say Yuki will be in touch."
""",
    source="test book",
)

_ids = itertools.count(1)


def mention(
    text: str,
    *,
    intent: str = "question",
    label: str = "neutral",
    compound: float = 0.0,
    urgency: str = "normal",
    reasons: tuple[str, ...] = (),
    lang: str | None = "en",
    created_at: datetime = NOW,
    **customer: Any,
) -> Mention:
    """A mention with an author, outside any database (plan_reply needs none)."""
    profile = {"name": "Sam Lee", "preferred_name": "Sam", "likes": [], "dislikes": []}
    owner = Customer(id=next(_ids), **{**profile, **customer})
    identity = Identity(platform="twitter", handle="sam", customer=owner)
    return Mention(
        id=next(_ids),
        platform="twitter",
        external_id=f"x{next(_ids)}",
        text=text,
        text_normalized=text,
        label=label,
        intent=intent,
        is_complaint=intent == "complaint",
        compound=compound,
        urgency=urgency,
        urgency_reasons=list(reasons),
        created_at=created_at,
        lang=lang,
        identity=identity,
    )


def texts(m: Mention, *, book: BrandBook | None = BOOK, **kwargs: Any) -> list[str]:
    plan = plan_reply(m, settings=SETTINGS, now=NOW, book=book, **kwargs)
    return [c.text for c in plan.candidates]


# --- hours ----------------------------------------------------------------------------------


def test_tomorrow_is_resolved_in_the_brands_time_zone_not_utc() -> None:
    # 23:30 UTC on Friday is already 08:30 on Saturday in Tokyo: "tomorrow" means Sunday.
    late = mention("are you open tomorrow?", created_at=datetime(2026, 11, 20, 23, 30, tzinfo=UTC))
    for text in texts(late):
        assert "closed tomorrow (Sunday)" in text, text
    # the same words at 10:00 UTC on Friday (19:00 in Tokyo) mean Saturday
    early = mention("are you open tomorrow?", created_at=datetime(2026, 11, 20, 10, tzinfo=UTC))
    for text in texts(early):
        assert "open 10:00–16:00 tomorrow (Saturday)" in text, text


def test_a_holiday_in_the_book_overrides_the_weekly_hours() -> None:
    monday = mention("are you open on monday?", created_at=datetime(2026, 11, 21, 3, tzinfo=UTC))
    for text in texts(monday):
        assert "Shibuya is closed on Monday (Labour Thanksgiving Day holiday)" in text, text


def test_asked_after_closing_time_says_it_is_closed_for_the_day() -> None:
    evening = mention(
        "what time do you close tonight?", created_at=datetime(2026, 11, 20, 10, tzinfo=UTC)
    )
    for text in texts(evening):  # 19:00 in Tokyo, open until 18:00
        assert "closed for the day now" in text, text


def test_a_hurried_question_gets_the_answer_alone_in_one_sentence() -> None:
    quick = mention("quick q, open now?", created_at=datetime(2026, 11, 20, 2, tzinfo=UTC))
    plan = plan_reply(quick, settings=SETTINGS, now=NOW, book=BOOK)
    assert plan.tone == "hurried"
    for candidate in plan.candidates:
        assert candidate.text == "Shibuya is open now until 18:00."


# --- answers and unknowns ---------------------------------------------------------------------


def test_faq_and_offering_facts_are_answered_from_the_book() -> None:
    assert any("Japan, Korea and Taiwan" in t for t in texts(mention("do you ship abroad?")))
    warranty = texts(mention("how long is the warranty on the gooseneck?"))
    assert all("three years" in t for t in warranty), warranty


GARDEN = parse_book(
    """
name = "Fern & Co"

[[locations]]
name = "Fern & Co"
timezone = "Europe/London"
[locations.hours]
mon = "09:00-17:00"
tue = "09:00-17:00"
wed = "09:00-17:00"
thu = "09:00-17:00"
fri = "09:00-17:00"
sat = "09:00-17:00"
sun = "10:30-16:30"
[[locations.exceptions]]
date = 2026-12-03
hours = "09:00-20:00"
note = "Late-night Christmas shopping"
[[locations.exceptions]]
date = 2026-12-10
hours = "09:00-20:00"
note = "Late-night Christmas shopping"
[[locations.exceptions]]
date = 2026-12-17
hours = "09:00-20:00"
note = "Late-night Christmas shopping"

[[offerings]]
name = "Potting Shed Café"
aliases = ["café", "cafe"]
[offerings.hours]
mon = "09:30-16:00"
tue = "09:30-16:00"
wed = "09:30-16:00"
thu = "09:30-16:00"
fri = "09:30-16:00"
sat = "09:30-16:00"
sun = "10:30-16:00"

[[faq]]
cues = ["gluten free", "gluten-free", "coeliac"]
answer = "The café has gluten-free bread and a gluten-free brownie every day."
""",
    source="test garden book",
)


def test_a_holiday_word_inside_a_product_is_not_a_question_about_hours() -> None:
    """ "christmas tree shopping" names no day: the café's gluten-free answer, not its
    hours on three late-night Christmas openings."""
    asked = mention(
        "does the café do anything gluten free? fancy a treat after christmas tree shopping"
    )
    for text in texts(asked, book=GARDEN):
        assert "gluten-free brownie" in text, text
        assert "20:00" not in text


def test_a_question_about_a_pending_sum_is_not_answered_with_hours_or_an_faq() -> None:
    """rules-20 (the week set): "a pending £45 from booking the café for Saturday, does that
    come off when we pay?" asks about the money; the café's Saturday hours or its gluten-free
    answer would be a reply to another question. We say what we will check instead."""
    asked = mention(
        "there's a pending £45 on my card from booking the gluten free table at the café for"
        " saturday, does that come off when we pay or get released? no rush"
    )
    for text in texts(asked, book=GARDEN):
        assert "what happens to the pending £45 on your card" in text, text
        assert "16:00" not in text and "brownie" not in text, text


def test_a_question_about_an_offerings_day_still_gets_its_hours() -> None:
    for text in texts(mention("is the café open on saturday?"), book=GARDEN):
        assert "09:30" in text, text


def test_days_sharing_one_exception_name_are_said_once_by_their_dates() -> None:
    for text in texts(mention("what are your hours over christmas?"), book=GARDEN):
        assert "Thursday 3, 10 and 17 December (Late-night Christmas shopping)" in text, text
        assert text.count("Late-night Christmas shopping") == 1


def test_an_answer_too_long_for_x_loses_the_greeting_before_any_of_the_answer() -> None:
    long_answer = "The café has gluten-free bread, " + "cakes, " * 45 + "and brownies."
    book = parse_book(
        f"""
name = "Fern & Co"
[[faq]]
cues = ["gluten free"]
answer = "{long_answer}"
""",
        source="test long answer",
    )
    for text in texts(mention("anything gluten free?"), book=book):
        assert "gluten-free bread" in text, text
        assert not text.startswith(("Hi", "Hello", "Hey")), text


@pytest.mark.parametrize(
    ("question", "check"),
    [
        ("do you have the blue one in size 10?", "whether we have the blue one in size 10"),
        ("is the matte black kettle in stock?", "whether the matte black kettle is in stock"),
        ("how much is the gooseneck kettle?", "the current price of the gooseneck kettle"),
        ("when will the copper kettle be back?", "when the copper kettle will be back"),
    ],
)
def test_what_the_book_does_not_know_is_never_invented(question: str, check: str) -> None:
    for text in texts(mention(question)):
        assert check in text, text
        assert not re.search(r"[£$€¥]|\d+\s?(yen|pounds|days|weeks)|\byes\b|\bno\b", text), text


def test_a_keyphrase_topic_never_names_a_handle_a_feeling_or_the_brand() -> None:
    assert keyphrase("@kettleco love love love the amazing service https://x.co") == ""
    assert keyphrase("Kettle & Co dark mode please", banned=frozenset({"kettle", "co"})) == (
        "dark mode"
    )
    topic = find_topic("you were charged twice, I mean I was", book=BOOK, intent="complaint")
    assert topic.phrase == "the double charge"
    assert find_topic("ok", book=BOOK, intent="question").phrase == "your question"


def test_a_deposit_not_returned_is_named_as_the_deposit() -> None:
    text = "cancelled our job 5 weeks ago and still no sign of our £840 deposit"
    assert find_topic(text, book=BOOK, intent="complaint").phrase == "your deposit"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("love you lot (2nd thermostat with you!) but the new app logs me out", "Hearthly app"),
        ("best thermostat I've owned, but the radiator valves are offline", "radiator valves"),
        ("the thermostat keeps dropping wifi, the app is fine though", "Hearthly Thermostat"),
        ("the app is great but the thermostat keeps dropping wifi", "Hearthly Thermostat"),
    ],
)
def test_a_fans_complaint_names_what_is_wrong_after_the_turn_not_what_is_praised(
    text: str, named: str
) -> None:
    hearthly = parse_book((DEMO / "hearthly" / "brand_book.toml").read_text(), source="hearthly")
    assert find_topic(text, book=hearthly, intent="complaint").phrase.endswith(named)


@pytest.mark.parametrize(
    "text",
    [
        "Online order went wrong, sorted by next morning. Box turned up with the ice packs melted"
        " and they sent a new one the same day",
        "Update: they made it right on the squeaky orthotics, new pair posted, no charge",
    ],
)
def test_a_thank_you_for_a_fix_names_no_fault(text: str) -> None:
    topic = find_topic(text, book=None, intent="praise")
    assert not topic.specific, topic


def test_a_keyphrase_is_never_a_verb_told_or_a_unit() -> None:
    assert keyphrase("took my dad for his first oyster, the face he pulled") != "pulled"
    assert "mins" not in keyphrase("renewal took 2 mins. ta, easiest thing all week")


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("the bulgogi bao slap so hard, best lunch on the block", "slap"),
        ("best way to reheat leftover bao without them going rubbery", "reheat"),
        ("the spicy wings are the best thing on SE Hawthorne", "hawthorne"),
        ("Strat with a neck like a baseball bat and it's loud unplugged", "baseball"),
        (
            "got sent 12s instead of 10s, Marnie swapped them on the spot + threw in some picks",
            "spot",
        ),
        (
            "got sent 12s instead of 10s, Marnie swapped them on the spot + threw in some picks",
            "threw",
        ),
        ("How much are Jess's lessons these days, is it 30 min or an hour?", "jess"),
        ("the best guitar shop in Sheffield, full stop. friendly lads", "full stop"),
        ("@deepblue open boxing day for fills", "open"),
        ("do u rent torches or bring my own for the night dive thurs", "thurs"),
        ("do u rent torches or bring my own for the night dive", "rent"),
        ("thank u @deepblue for getting a panicky swimmer all the way thru 😭🙏", "swimmer"),
        (
            "my son got a nasty zap off a cheap practice amp we'd picked up at a car boot. they"
            " checked his new one for free",
            "practice amp",
        ),
    ],
)
def test_a_keyphrase_is_never_a_verb_a_place_a_simile_a_name_or_another_firms_thing(
    text: str, not_named: str
) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("loved the book club last night", "book club"),
        ("the store card is handy", "store card"),
        ("the spa break was perfect", "spa break"),
        ("the garlic nan is unreal", "garlic nan"),
        ("the kids party was brilliant", "kids party"),
        ("the Americano was perfect", "americano"),
        ("I'd like a birthday cake for saturday", "birthday cake"),
        ("lemon drizzle is better than the other place", "lemon drizzle"),
        ("best flat white in the city, the other shops don't come close", "flat white"),
        ("the torches you rent out are brilliant", "torches"),
    ],
)
def test_a_keyphrase_still_names_an_ordinary_product(text: str, named: str) -> None:
    assert keyphrase(text) == named


def test_a_keyphrase_keeps_the_thing_without_the_verb() -> None:
    brand = frozenset({"smoke", "sesame"})
    assert keyphrase("smoke & sesame kimchi fries slap so hard", banned=brand) == "kimchi fries"


def test_a_question_is_not_about_a_problem_it_only_mentions() -> None:
    text = "Does the truck keep doing the Sunday farmers market once it gets cold?"
    assert find_topic(text, book=None, intent="question").phrase != "how it came out"
    deposit = "is my deposit refundable if we move the date?"
    assert find_topic(deposit, book=None, intent="question").phrase == "your deposit"


def test_a_keyphrase_topic_is_never_internet_slang() -> None:
    assert "ngl" not in keyphrase("the christmas shop is lowkey a vibe ngl, the light tunnel!!")
    assert keyphrase("lowkey a vibe ngl tbh") == ""


# --- playbooks ------------------------------------------------------------------------------


def urgent(text: str, reason: str) -> Mention:
    return mention(text, intent="complaint", label="negative", compound=-0.6, urgency="high",
                   reasons=(reason,))  # fmt: skip


def test_safety_playbook_stop_using_what_we_do_and_a_private_channel() -> None:
    for text in texts(urgent("the kettle sparked and burnt my hand", "safety")):
        assert re.search(r"stop using the gooseneck kettle|don't use", text), text
        assert "We will collect the kettle and test it the same week." in text, text
        assert re.search(r"\bDM\b|help@kettle.example", text), text
        assert "Ask them" not in text  # instructions to the writer are never quoted


def test_safety_reply_asks_to_stop_using_only_what_is_in_their_hands() -> None:
    """Our work near them or an accident in our shop is nothing they can stop using."""
    accident = urgent(
        "a shelf of kettles in your shop fell on my son, he needed stitches", "safety"
    )
    for text in texts(accident):
        assert "stop using" not in text and "eat or drink" not in text, text
        assert "medical help" in text, text


def test_a_hot_drink_spilt_on_a_hand_gets_care_not_stop_using_the_drink() -> None:
    book = parse_book(
        """
name = "Fern & Co"
[[offerings]]
name = "hot chocolate"
aliases = ["cocoa"]
""",
        source="test served",
    )
    spill = urgent(
        "lid popped off my hot chocolate and it went all over my hand, blistered", "safety"
    )
    for text in texts(spill, book=book):
        assert "stop using" not in text and "medical help" in text, text


def test_a_pet_harmed_gets_a_vet_not_a_doctor() -> None:
    pet = urgent("our puppy ate one of your kettle descaler tablets, we're at the vets", "safety")
    for text in texts(pet):
        assert "vet" in text and "medical help" not in text, text
        assert "don't eat or drink" not in text, text


def test_payment_playbook_names_who_decides_and_never_asks_for_card_details() -> None:
    plan = plan_reply(urgent("charged twice for one kettle", "fraud"), settings=SETTINGS,
                      now=NOW, book=BOOK)  # fmt: skip
    assert plan.family == "urgent/payment"  # the old name is read as the new one
    for candidate in plan.candidates:
        assert "Yuki" in candidate.text, candidate.text
        assert re.search(r"(card|payment) details", candidate.text), candidate.text
        assert not book_findings(candidate.text, BOOK), candidate.text
    assert "Yuki decides on refunds" in (plan.manager_note or "")


def test_security_playbook_names_our_only_accounts_and_the_bank() -> None:
    for text in texts(urgent("someone as kettle support asked for my card number", "security")):
        assert "@kettleco on X and u/kettle_co on Reddit" in text, text
        # "we never ask for card numbers", or "card numbers … we never ask for them"
        assert re.search(r"never ask for card numbers|card numbers.*never ask for them", text), text
        assert "bank" in text, text


def test_access_or_privacy_failure_gets_an_apology_not_the_scam_reply() -> None:
    """A room key given to a stranger or someone else's records sent to the customer is our
    failure, not a scam: "we never ask for card numbers" or "that wasn't us" would insult."""
    for report in (
        "the shop gave my kettle order, address and phone number to another customer",
        "your courier handed my parcel keys to a man who just said my name",
        "got sent someone else's invoice with their home address on it",
    ):
        plan = plan_reply(urgent(report, "security"), settings=SETTINGS, now=NOW, book=BOOK)
        assert plan.family == "urgent/security_access", report
        for candidate in plan.candidates:
            text = candidate.text
            assert not re.search(r"card numbers|wasn't us|only accounts|bank", text), text
            assert re.search(r"\bDM\b|private message", text), text
        assert "data breach" in (plan.manager_note or ""), report


def test_a_person_in_crisis_gets_help_and_a_person_not_the_injury_reply() -> None:
    """ "Didn't see the point in carrying on" is no injury: no "stop using", no inspection,
    no "medical help"; where to find help now, a private channel and a person today."""
    report = "told your loans team i didn't see the point in carrying on any more, no reply"
    plan = plan_reply(urgent(report, "safety"), settings=SETTINGS, now=NOW, book=BOOK)
    assert plan.family == "urgent/safety_crisis"
    for candidate in plan.candidates:
        text = candidate.text
        assert not re.search(r"stop using|medical help|inspect|look into it", text), text
        assert re.search(r"emergency services|crisis line", text), text
        assert re.search(r"\bDM\b|private message", text), text
        assert "today" in text, text
    assert "safeguarding" in (plan.manager_note or "")
    assert "playbooks.crisis" in (plan.manager_note or "")  # BOOK names no crisis line


def test_the_brand_books_crisis_line_is_said_to_a_person_in_crisis() -> None:
    book = BrandBook.model_validate(
        {
            **BOOK.model_dump(),
            "playbooks": {"crisis": "Samaritans are there day and night on 116 123."},
        }
    )
    report = "honestly better off dead than dealing with your billing again"
    plan = plan_reply(urgent(report, "safety"), settings=SETTINGS, now=NOW, book=book)
    assert plan.family == "urgent/safety_crisis"
    for candidate in plan.candidates:
        assert "116 123" in candidate.text, candidate.text


def test_legal_playbook_admits_nothing_and_the_person_who_decides_will_be_in_touch() -> None:
    for text in texts(urgent("my lawyer will be in touch about the burn", "legal")):
        assert "Yuki will" in text, text
        assert not re.search(r"\b(sorry|our fault|apologi|admit)\b", text, re.IGNORECASE), text


def test_churn_is_warm_never_pleading_and_gets_a_note() -> None:
    plan = plan_reply(mention("cancelling, going to another brand", intent="complaint",
                              label="negative", compound=-0.4, reasons=("churn",)),
                      settings=SETTINGS, now=NOW, book=BOOK)  # fmt: skip
    assert plan.family == "urgent/churn" and plan.tone == "warm"
    for candidate in plan.candidates:
        assert not re.search(r"please (don't|stay)|don't want to lose|discount", candidate.text)
    assert "personal word from Yuki" in (plan.manager_note or "")


# --- tone, dislikes, familiarity, records ------------------------------------------------------


def test_furious_complaints_get_two_sentences_and_no_pleasantries() -> None:
    angry = mention("the kettle leaks everywhere, absolutely furious", intent="complaint",
                    label="negative", compound=-0.9)  # fmt: skip
    for text in texts(angry):
        assert len(re.findall(r"[.!?](\s|$)", text)) <= 2, text
        assert not re.search(r"thanks for reaching out|hope you|have a (great|lovely)", text, re.I)


def test_fans_hear_what_they_praised_and_never_an_apology() -> None:
    fan = mention("the gooseneck kettle is gorgeous", intent="praise", label="positive",
                  compound=0.8)  # fmt: skip
    for text in texts(fan):
        assert "gooseneck kettle" in text, text
        assert not re.search(r"\bsorry|apologi", text, re.IGNORECASE), text


def test_praise_for_one_of_our_people_is_passed_on_to_them_by_name() -> None:
    praise = mention(
        "Yuki spent twenty minutes helping me pick a kettle, proper old-school service",
        intent="praise",
        label="positive",
        compound=0.8,
    )
    drafts = texts(praise)
    assert any("Yuki" in text for text in drafts), drafts
    assert not any("sorry" in text.casefold() for text in drafts), drafts


def test_dislikes_are_honoured_no_exclamation_no_emoji_no_upsell() -> None:
    dislikes = ["exclamation marks", "emoji", "upselling"]
    fan = mention(
        "love the kettle", intent="praise", label="positive", compound=0.9, dislikes=dislikes,
        likes=["kettle"],
    )  # fmt: skip
    plan = plan_reply(fan, settings=SETTINGS, now=NOW, book=BOOK, earlier=Earlier(count=5))
    for candidate in plan.candidates:
        assert "!" not in candidate.text, candidate.text
        assert (
            "like_" not in candidate.template_key
        )  # no like line for someone who dislikes upselling


def test_familiarity_needs_three_earlier_interactions() -> None:
    fan = mention("love the kettle", intent="praise", label="positive", compound=0.6,
                  stage="relationship")  # fmt: skip
    two = plan_reply(fan, settings=SETTINGS, now=NOW, book=BOOK, earlier=Earlier(count=2))
    assert not any("history_" in c.template_key for c in two.candidates)
    three = plan_reply(fan, settings=SETTINGS, now=NOW, book=BOOK, earlier=Earlier(count=3))
    assert all("history_" in c.template_key for c in three.candidates)


def test_crm_notes_and_tier_are_never_recited() -> None:
    notes = "Ran the charity bake sale with us (raised £1,240)"
    for intent, label, compound in (("praise", "positive", 0.8), ("complaint", "negative", -0.5)):
        m = mention("the kettle", intent=intent, label=label, compound=compound, tier="gold",
                    notes=notes, likes=["kettle"], stage="relationship")  # fmt: skip
        plan = plan_reply(m, settings=SETTINGS, now=NOW, book=BOOK, earlier=Earlier(count=9))
        for candidate in plan.candidates:
            assert "gold" not in candidate.text.lower() and "bake sale" not in candidate.text
            assert not re.search(r"had you down|if memory serves|our records", candidate.text)
    assert book_findings("As a gold member you know we care", None, tier="gold")


def test_the_books_own_answer_naming_a_tier_is_not_reciting_their_record() -> None:
    book = parse_book(
        """
name = "Fern & Co"
[[faq]]
cues = ["gold card"]
answer = "Spend £500 in a year and you're a gold friend, with 10% off plants."
""",
        source="test tier faq",
    )
    answer = "Hi Preet. Spend £500 in a year and you're a gold friend, with 10% off plants."
    assert book_findings(answer, book, tier="gold friend") == []
    assert book_findings("As a gold friend you know we care.", book, tier="gold friend")


def test_manager_notes_are_plain_words_and_only_when_warranted() -> None:
    bad = mention("the kettle leaks", intent="complaint", label="negative", compound=-0.5,
                  tier="gold", stage="relationship")  # fmt: skip
    settings = Settings.model_validate({"drafting": {"loyal_tiers": ["gold"]}})
    note = plan_reply(
        bad, settings=settings, now=NOW, book=BOOK, earlier=Earlier(count=4)
    ).manager_note
    assert note == (
        "Sam is a gold regular and this is their first bad experience with us: "
        "consider a gesture, offered privately."
    )
    for intent in ("question", "suggestion"):
        quiet = mention("the kettle?", intent=intent, tier="gold", stage="relationship")
        assert plan_reply(quiet, settings=settings, now=NOW, book=BOOK,
                          earlier=Earlier(count=4)).manager_note is None  # fmt: skip


# --- languages -----------------------------------------------------------------------------


def test_a_spanish_mention_gets_a_spanish_draft() -> None:
    plan = plan_reply(mention("me cobraron dos veces el pedido", intent="complaint",
                              label="negative", compound=-0.5, lang="es"),
                      settings=SETTINGS, now=NOW, book=BOOK)  # fmt: skip
    assert plan.candidates and not plan.human_only
    for candidate in plan.candidates:
        assert candidate.template_key.startswith("es:")
        assert re.search(r"\b(lo sentimos|perdona|gracias|cuéntanos|escríbenos|nos escribes)\b",
                         candidate.text, re.IGNORECASE), candidate.text  # fmt: skip
        assert not re.search(r"\b(sorry|thanks|please)\b", candidate.text, re.IGNORECASE)


def test_an_unsupported_language_gets_a_note_for_a_human_not_an_english_draft() -> None:
    german = plan_reply(mention("Der Wasserkocher ist kaputt", lang="de"), settings=SETTINGS,
                        now=NOW, book=BOOK)  # fmt: skip
    assert german.human_only and not german.candidates
    assert "Written in German" in (german.manager_note or "")
    flagged = mention("hello kettle", lang="en")
    flagged.lang_supported = False  # what issue 9's understanding step stores
    assert plan_reply(flagged, settings=SETTINGS, now=NOW, book=BOOK).human_only


# --- the job: no-repeat, expiry, reproducible runs ----------------------------------------------


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        yield db
    engine.dispose()


def _stored(
    db: Session, person: Identity | None, text: str, when: datetime, external_id: str = ""
) -> Mention:
    row = Mention(
        platform="twitter", external_id=external_id or f"m{next(_ids)}", identity=person, text=text,
        text_normalized=text, label="positive", intent="praise", compound=0.8,
        created_at=when, status="new",
    )  # fmt: skip
    db.add(row)
    db.flush()
    return row


def _person(db: Session) -> Identity:
    owner = Customer(name="Sam Lee", preferred_name="Sam", likes=[], dislikes=[])
    identity = Identity(platform="twitter", handle=f"h{next(_ids)}", handle_key="h", customer=owner)
    db.add(identity)
    db.flush()
    return identity


def _sentences_of(db: Session, m: Mention) -> set[str]:
    draft = db.scalars(select(Draft).where(Draft.mention_id == m.id)).one()
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+", draft.text) if s.strip()}


def test_no_repeat_counts_only_what_was_approved_or_sent(session: Session) -> None:
    from responders.drafting.memory import recent_uses

    person = _person(session)
    since = NOW - timedelta(days=30)
    first = _stored(session, person, "the gooseneck kettle is lovely", NOW - timedelta(days=3))
    draft_new_mentions(session, settings=SETTINGS, now=NOW - timedelta(days=3), book=BOOK)
    rejected = session.scalars(select(Draft).where(Draft.mention_id == first.id)).one()
    # pending: not sent to anyone yet, so it does not count
    assert recent_uses(session, {person.customer_id}, since)[person.customer_id] == {}
    queue.reject(session, rejected.id, actor="test", reason="not now")
    assert recent_uses(session, {person.customer_id}, since)[person.customer_id] == {}
    second = _stored(session, person, "the gooseneck kettle is lovely", NOW - timedelta(days=2))
    draft_new_mentions(session, settings=SETTINGS, now=NOW - timedelta(days=2), book=BOOK)
    sent = session.scalars(select(Draft).where(Draft.mention_id == second.id)).one()
    queue.approve(session, sent.id, actor="test")
    assert recent_uses(session, {person.customer_id}, since)[person.customer_id]
    third = _stored(session, person, "the gooseneck kettle is lovely", NOW - timedelta(days=1))
    draft_new_mentions(session, settings=SETTINGS, now=NOW - timedelta(days=1), book=BOOK)
    assert not _sentences_of(session, third) & _sentences_of(session, second)


def test_queue_expire_clears_old_pending_drafts_and_audits_it(session: Session) -> None:
    old = _stored(session, _person(session), "kettle is lovely", NOW - timedelta(days=9))
    new = _stored(session, _person(session), "kettle is great", NOW)
    draft_new_mentions(session, settings=SETTINGS, now=NOW - timedelta(days=9), book=BOOK,
                       limit=1)  # fmt: skip
    draft_new_mentions(session, settings=SETTINGS, now=NOW, book=BOOK)
    count = queue.expire_pending(session, before=NOW - timedelta(days=1), actor="sam")
    assert count == 1
    statuses = {
        m.id: session.scalars(select(Draft.status).where(Draft.mention_id == m.id)).one()
        for m in (old, new)
    }
    assert statuses == {old.id: "expired", new.id: "pending"}
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "draft.expire")).one()
    assert event.actor == "sam" and event.after["count"] == 1


def test_a_human_only_draft_cannot_be_approved_until_someone_writes_it(session: Session) -> None:
    m = _stored(session, _person(session), "Der Wasserkocher ist toll", NOW)
    m.lang = "de"
    draft_new_mentions(session, settings=SETTINGS, now=NOW, book=BOOK)
    draft = session.scalars(select(Draft).where(Draft.mention_id == m.id)).one()
    assert draft.text == "" and draft.tone == "human" and "German" in draft.manager_note
    with pytest.raises(Exception, match="no text yet"):
        queue.approve(session, draft.id, actor="sam")
    assert queue.approve(session, draft.id, actor="sam", text="Danke!").status == "approved"


def test_the_same_data_and_clock_draft_the_same_replies() -> None:
    def run_once() -> list[str]:
        engine = make_engine("sqlite:///:memory:")
        Base.metadata.create_all(engine)
        with Session(engine) as db:
            person = _person(db)
            for k, text in enumerate(("kettle is lovely", "do you ship abroad?", "kettle!")):
                _stored(db, person, text, NOW - timedelta(hours=k), external_id=f"fixed{k}")
            draft_new_mentions(db, settings=SETTINGS, now=NOW, book=BOOK)
            found = list(db.scalars(select(Draft.text).order_by(Draft.mention_id)))
        engine.dispose()
        return found

    assert run_once() == run_once()


# --- whole brands: variety and the draft-quality sets -----------------------------------------


def _demo_drafts(folder: Path) -> tuple[list[tuple[Any, str]], BrandBook]:
    """Replay an example brand's recorded mentions through the real pipeline and draft them."""
    from listener.people.crm_import import import_customers
    from listener.pipeline import Pipeline, collect
    from listener.sources.replay import ReplaySource
    from store.db import make_sessionmaker

    settings = load_settings(config_file=str(folder / "rapport.toml"))
    settings = settings.model_copy(
        update={"database": settings.database.model_copy(update={"url": "sqlite:///:memory:"})}
    )
    engine = make_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    factory = make_sessionmaker(engine)
    book = parse_book((folder / "brand_book.toml").read_text("utf-8"))
    with factory() as db, db.begin():
        import_customers(db, folder / "customers.csv", actor="test")
    files = [
        p for p in (folder / "mentions_x.jsonl", folder / "mentions_reddit.jsonl") if p.exists()
    ]
    collect(ReplaySource(files), Pipeline(factory, settings))
    with factory() as db, db.begin():
        last = max(db.scalars(select(Mention.created_at)))
        draft_new_mentions(db, settings=settings, now=last + timedelta(minutes=1), book=book)
        rows = db.execute(
            select(Mention.created_at, Draft.text).join(Draft, Draft.mention_id == Mention.id)
        ).all()
    engine.dispose()
    return [(created.date(), text) for created, text in rows], book


@pytest.mark.parametrize("folder", [DEMO, DEMO / "hearthly"], ids=["bramble", "hearthly"])
def test_no_sentence_is_in_more_than_three_percent_of_a_days_drafts(folder: Path) -> None:
    drafts, book = _demo_drafts(folder)
    assert len(drafts) > 100
    share, sentence, count = variety(drafts, book)
    assert share <= 0.03, (sentence, count)


@pytest.mark.parametrize(
    "path",
    [DEMO / "draft_eval.jsonl", DEMO / "hearthly" / "draft_eval.jsonl"],
    ids=["bramble", "hearthly"],
)
def test_each_example_brand_passes_every_check_of_its_draft_quality_set(path: Path) -> None:
    run = run_set(path)
    assert len(run.items) >= 60
    failures = [(r.item["id"], [c.name for c in r.checks if not c.passed]) for r in run.items
                if not r.passed]  # fmt: skip
    assert failures == []
    assert run.variety[0] <= 0.03


def test_draft_now_and_queue_expire_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from commands.cli import main
    from store.db import make_sessionmaker

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--database-url", url, "draft", "--now", "2026-11-20T12:00Z"]) == 0
    engine = make_engine(url)
    with make_sessionmaker(engine)() as db, db.begin():
        _stored(db, _person(db), "the kettle is lovely", NOW - timedelta(days=2))
    engine.dispose()
    assert main(["--database-url", url, "draft", "--now", "2026-11-18T12:05Z"]) == 0
    assert "1 drafted" in capsys.readouterr().out
    args = ["--database-url", url, "--actor", "sam", "queue", "expire", "--before"]
    assert main([*args, "2026-11-19T00:00Z"]) == 0
    assert "1 pending draft(s)" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exited:
        main([*args, "not a time"])
    assert exited.value.code == 2
    assert "use ISO 8601" in capsys.readouterr().err
