"""Drafting fixes from reading drafts of the twelfth week set (a shoe shop, a dog walker) with a
brand's settings and no brand book, in other trades' words.

A general topic is named once ("Sorry about what went wrong. We'll get to the bottom of it."); a
keyphrase is never a clause cut after a past verb or an adverb ("the dev brought", "the shoes
long"), a thing that did not happen ("not a single blister"), a time ("mid-december"), a verb
that could be a thing ("can I return boots"), other businesses ("most shops"), a quantity
("loads of us"), or the customer ("puppy owner"); "can I return …" is checked as asked; a
question about prices is not "the current price of the prices"; "Back in 2019" is no date
question; dirt is "the cleanliness problem", not "the state of the place".
"""

from __future__ import annotations

import pytest

from responders.drafting.answers import check_phrase
from responders.drafting.replies import named_once
from responders.drafting.topic import find_topic, keyphrase


def test_a_general_topic_is_named_once_then_it() -> None:
    parts = [
        ("opener", "Sorry about what went wrong."),
        ("body", "We'll get to the bottom of what went wrong. Can you DM us?"),
        ("closer", "Thanks for telling us."),
    ]
    out = named_once(parts, "what went wrong")
    assert out[0][1] == "Sorry about what went wrong."
    assert out[1][1] == "We'll get to the bottom of it. Can you DM us?"
    assert out[2] == parts[2]


def test_a_topic_named_only_once_is_left_alone() -> None:
    parts = [("opener", "Sorry, that's a let-down."), ("body", "Let us look into what went wrong.")]
    assert named_once(parts, "what went wrong") == parts


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("i died 💀 Kev brought out a pair of size 18 clown shoes for my husband", "kev brought"),
        ("the kids grow out of their boots long before they wear out", "long"),
        ("wore the new walking boots from @trailco 12 miles, not a single blister", "blister"),
        ("zip went on my chelsea boots mid-december, fixed next day", "mid-december"),
        ("can i return trainers i've only worn round the house once?", "return"),
        ("I've got wide feet that defeat most shops, @trailco found me a pair", "shops"),
        ("Loads of us have older dogs who can't keep up with the big packs", "loads"),
        ("as a new puppy owner the pop-in visits have been a lifesaver", "owner"),
        ("Sam popped my dog straight onto the sofa after the walk", "straight"),
        ("love getting the 'walk complete' ping after 11 minutes", "complete"),
        ("Priya spotted a seed in my dog's paw, just want to give credit", "give credit"),
        ("On time every day this week, which is more than I manage", "manage"),
    ],
)
def test_a_keyphrase_is_never_a_cut_clause_a_denied_thing_a_time_or_a_verb(
    text: str, not_named: str
) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the return policy is confusing", "return policy"),
        ("the walking boots are the comfiest I own", "walking boots"),
        ("the chelsea boots are perfect", "chelsea boots"),
    ],
)
def test_a_keyphrase_still_names_the_thing(text: str, named: str) -> None:
    assert named in keyphrase(text)


def test_can_i_is_checked_as_asked_with_the_pronouns_turned() -> None:
    check = check_phrase("can i return boots i've only worn round the house once?", "the boots")
    assert check == "whether you can return boots you've only worn round the house once"


def test_a_price_topic_is_not_the_price_of_the_prices() -> None:
    # (rules-36: "how much for …" names what is priced)
    assert check_phrase("How much for a full resole? Price and how long", "the prices") == (
        "the current price of a full resole"
    )
    assert check_phrase("Price and how long do you keep them?", "the prices") == (
        "our current prices"
    )
    assert check_phrase("how much is the leather resole?", "the leather resole") == (
        "the current price of the leather resole"
    )


def test_back_in_a_year_is_no_question_about_a_date() -> None:
    text = "Back in 2019 our old walker let our terrier off lead. Do you keep new dogs on lead?"
    assert not check_phrase(text, "that").startswith("the date")
    assert check_phrase("is the blue lead back in stock soon?", "the blue lead") != ""


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("our collie comes home wired and filthy after the pack walks", "the cleanliness problem"),
        ("the hire van stank of smoke when we picked it up", "the problem with the smell"),
    ],
)
def test_dirt_is_named_in_words_that_fit_any_trade(text: str, phrase: str) -> None:
    topic = find_topic(text, book=None, intent="complaint")
    assert topic.phrase == phrase
    assert "state of the place" not in topic.phrase


def test_a_lower_back_is_no_question_about_stock() -> None:
    text = "is the 45 min enough for full legs plus lower back or do I need to book the 60?"
    assert "is back" not in check_phrase(text, "that")


def test_things_that_are_back_agree_with_their_verb() -> None:
    assert check_phrase("are the red boots back?", "the red boots") == (
        "whether the red boots are back"
    )
    assert check_phrase("is the glass back in stock?", "x") == "whether the glass is back in stock"


def test_a_phrase_with_a_verb_inside_is_no_thing() -> None:
    assert "feel" not in keyphrase("back on the bike tomorrow, legs feel brand new @physioco")


# --- the review of the round's drafting change, on sentences of its own ---


def test_named_once_replaces_whole_phrases_only() -> None:
    parts = [("opener", "Thanks for your question."), ("body", "We read all your questions.")]
    assert named_once(parts, "your question") == parts


@pytest.mark.parametrize(
    "text",
    [
        "Your customer service stinks, three emails and nothing",
        "stinking headache and your app won't let me log in",
    ],
)
def test_a_figurative_stink_is_no_smell(text: str) -> None:
    assert "smell" not in find_topic(text, book=None, intent="complaint").phrase


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The milk round is always early and reliable.", "milk round"),
        ("The coffee taste is rich and smooth.", "coffee taste"),
        ("The vintage feel of the cafe is so cosy.", "vintage feel"),
        ("The all-day breakfast is the best in town.", "all-day breakfast"),
        ("Got snow chains fitted before the trip", "snow chains"),
        ("The bridal bunch was exactly what I pictured", "bridal bunch"),
        ("Went to book club last night, great picks.", "book club"),
    ],
)
def test_the_review_s_products_are_still_named(text: str, named: str) -> None:
    assert keyphrase(text) == named


@pytest.mark.parametrize(
    ("question", "check"),
    [
        (
            "Can I book you for my wedding in June?",
            "whether you can book us for your wedding in June",
        ),
        ("can we bring our own wine?", "whether you can bring your own wine"),
        ("Can I bring my dog or is that not allowed?", "whether you can bring your dog"),
        ("Is the series available in hardback?", "whether the series is available in hardback"),
    ],
)
def test_can_i_questions_read_as_asked(question: str, check: str) -> None:
    assert check_phrase(question, "that") == check
