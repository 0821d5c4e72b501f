"""Relevance: is a post about the brand, by the brand, or just using the word?"""

from __future__ import annotations

from config.settings import BrandSettings
from listener.scoring.relevance import BrandMatcher

BRAND = BrandSettings(
    name="Bramble",
    handles={"twitter": ["bramblecounter"], "reddit": ["bramble_counter"]},
    communities={"reddit": ["bramblecounter"]},
    keywords=["bramble"],
    required_terms=["coffee", "toastie", "latte"],
    exclusions=["brambles", "bramble jelly"],
)
matcher = BrandMatcher(BRAND)


def test_naming_our_account_is_always_about_us() -> None:
    assert matcher.check("@BrambleCounter made bramble jelly").relevant
    assert matcher.check("thanks u/bramble_counter").relevant


def test_the_brand_word_needs_a_required_term() -> None:
    assert matcher.check("best latte in town is at Bramble").relevant
    verdict = matcher.check("Bramble is my dog's name")
    assert not verdict.relevant and verdict.reason == "brand word without any required term"


def test_exclusions_drop_other_meanings() -> None:
    verdict = matcher.check("cut back the brambles before coffee")
    assert not verdict.relevant and "brambles" in verdict.reason


def test_a_thread_title_about_us_makes_a_short_reply_relevant() -> None:
    assert matcher.check(
        "it's fine but overpriced", context="Anyone tried the Bramble toastie?"
    ).relevant
    assert not matcher.check("it's fine but overpriced", context="Best pubs in Leeds?").relevant


def test_everything_in_our_own_community_is_about_us() -> None:
    assert matcher.check(
        "when do you open?", platform="reddit", community="BrambleCounter"
    ).relevant
    assert not matcher.check("when do you open?", platform="reddit", community="Leeds").relevant


def test_own_accounts_are_recognised_whatever_the_case() -> None:
    assert matcher.is_own("twitter", "@BrambleCounter")
    assert not matcher.is_own("reddit", "bramblecounter")


def test_keywords_match_whole_words_only() -> None:
    assert not matcher.check("scrambled eggs and coffee").relevant


def test_required_terms_accept_plurals() -> None:
    assert matcher.check("the toasties at Bramble are unreal").relevant
    assert matcher.check("two lattes from bramble please").relevant


def test_brand_word_inside_text_without_spaces_still_counts() -> None:
    assert matcher.check("リーズのBrambleでtoastieを食べた").relevant
