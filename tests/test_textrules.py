"""Platform length rules (X weighted length, truncation) and the hype lint."""

from __future__ import annotations

import pytest

from responders.drafting.textrules import (
    X_LINK_FINDING,
    count_emoji,
    length_on,
    lint,
    normalize_sentence,
    sentence_key,
    split_sentences,
    truncate_to,
    x_weighted_length,
)

# --- X weighted length (twitter-text v3) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is a test.", 15),
        ("", 0),
        ("café", 4),
        ("cafe\u0301", 4),  # NFC first: e + combining acute is one character
        ("—“”", 3),  # U+2010–U+201F weigh 1
        ("…", 2),  # U+2026 is outside the light ranges
        ("日本語", 6),  # CJK weighs 2
        ("한국어", 6),
        ("english text 日本語 😷 https://example.com", 46),  # twitter-text's own example
    ],
)
def test_x_weighted_length_of_plain_cjk_and_mixed_text(text: str, expected: int) -> None:
    assert x_weighted_length(text) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com",
        "http://a.co",
        "https://example.com/a/very/long/path/that/goes/on/and/on?with=query&and=more#frag",
        "example.com",
        "bramble.coffee/menu",
        "shop.example.co.uk",
    ],
)
def test_every_url_counts_as_23(url: str) -> None:
    assert x_weighted_length(url) == 23
    assert x_weighted_length(f"see {url} now") == 4 + 23 + 4


def test_url_trailing_punctuation_is_not_part_of_the_url() -> None:
    assert x_weighted_length("Menu: https://example.com/menu.") == len("Menu: ") + 23 + 1


def test_an_email_address_is_not_a_url() -> None:
    assert x_weighted_length("help@bramble.coffee") == len("help@bramble.coffee")


@pytest.mark.parametrize(
    "emoji",
    [
        "😷",
        "🙋🏽",  # skin tone
        "👨‍👩‍👧‍👦",  # ZWJ family
        "🧑‍🧑‍🧒",  # a newer ZWJ sequence
        "🇬🇧",  # flag
        "1️⃣",  # keycap
        "❤️",  # text-default symbol with VS16
        "🫠",
    ],
)
def test_each_emoji_sequence_counts_as_2(emoji: str) -> None:
    assert x_weighted_length(emoji) == 2
    assert count_emoji(emoji) == 1


def test_mixed_emoji_sequence_conformance_example() -> None:
    assert x_weighted_length("H🐱☺👨‍👩‍👧‍👦") == 7
    assert x_weighted_length("🙋🏽🙋🏽") == 4


def test_the_280_boundary() -> None:
    assert x_weighted_length("a" * 280) == 280
    assert x_weighted_length("a" * 281) == 281
    assert x_weighted_length("日" * 140) == 280
    assert x_weighted_length("日" * 140 + "a") == 281
    assert x_weighted_length("a" * 256 + " https://example.com") == 280


def test_length_on_reddit_is_characters() -> None:
    assert length_on("reddit", "日本語 https://example.com") == len("日本語 https://example.com")
    assert length_on("twitter", "日本語") == 6


# --- sentences and truncation --------------------------------------------------------------


def test_split_sentences() -> None:
    assert split_sentences("Sorry, Jo. Can you DM us? Thanks!  See you") == [
        "Sorry, Jo.",
        "Can you DM us?",
        "Thanks!",
        "See you",
    ]


def test_sentence_key_ignores_case_punctuation_and_spacing() -> None:
    assert sentence_key("Thanks for telling us.") == sentence_key("thanks  for telling us!")
    assert sentence_key("Thanks for telling us.") != sentence_key("Thanks for telling me.")
    assert len(sentence_key("x")) == 64
    assert normalize_sentence("  Hi, JO — ok? ") == "hi jo ok"


def test_truncate_keeps_whole_sentences_that_fit() -> None:
    text = "First sentence here. Second one is here. Third is the longest of them all."
    cut = truncate_to(text, 45, len)
    assert cut == "First sentence here. Second one is here."


def test_truncate_cuts_words_with_an_ellipsis_when_no_sentence_fits() -> None:
    cut = truncate_to("A very long opening sentence without any stop at all", 20, len)
    assert len(cut) <= 20
    assert cut.endswith("…")
    assert cut.startswith("A very long")


def test_truncate_handles_one_enormous_word() -> None:
    cut = truncate_to("x" * 1000, 30, x_weighted_length)
    assert x_weighted_length(cut) <= 30


def test_truncate_leaves_text_that_fits() -> None:
    assert truncate_to("Short.", 280, x_weighted_length) == "Short."


# --- hype lint -----------------------------------------------------------------------------


def test_clean_text_has_no_findings() -> None:
    text = "Sorry, Jo, that's not the flat white we want you to have. Can you DM us which site?"
    assert lint(text) == []


def test_shouting_word_is_flagged() -> None:
    assert any(f.startswith("shouting: AMAZING") for f in lint("This is AMAZING news."))


def test_known_acronyms_and_the_brand_are_not_shouting() -> None:
    assert lint("Your GDPR request and the HTTPS link are fine.") == []
    assert lint("Thanks from everyone at IKEA.", acronyms=["IKEA"]) == []
    assert lint("Thanks from everyone at IKEA.")


def test_mostly_capitals_is_shouting() -> None:
    assert any("capital letters" in f for f in lint("WE ARE SO SAD AND MAD, you see"))


def test_double_exclamation_is_flagged() -> None:
    assert 'exclamation storm: "!!"' in lint("Thanks!!")


def test_more_than_one_exclamation_mark_is_flagged() -> None:
    assert any("exclamation" in f for f in lint("Thanks! See you soon!"))
    assert lint("Thanks so much, Jo!") == []


@pytest.mark.parametrize(
    "text",
    [
        "Buy now while it lasts.",
        "Limited time only.",
        "Use promo code JO10.",
        "Get 20% off your next coffee.",
        "Don't miss our exclusive offer.",
        "Order now for a free gift.",
        "Great deals this week.",
    ],
)
def test_sales_language_is_flagged(text: str) -> None:
    assert any(f.startswith("sales language") for f in lint(text))


@pytest.mark.parametrize(
    "text",
    [
        "We'll refund your order.",
        "Here's a voucher for next time.",
        "Your next coffee is on us.",
        "Next one's on us.",
        "Drinks on us next time.",
        "Have a free coffee next visit.",
        "We'll make it up to you.",
        "We'd like to offer compensation.",
        "We can send a replacement.",
        "A gift card is on its way.",
        "You'll get a discount next time.",
        "That one's on the house.",
    ],
)
def test_promises_of_gift_discount_refund_or_compensation_are_flagged(text: str) -> None:
    assert any(f.startswith("promises a gift") for f in lint(text))


@pytest.mark.parametrize(
    "text",
    [
        "Feel free to DM us.",
        "We have gluten-free options.",
        "The oat milk is free from nuts.",
        "Thanks for not giving up on us.",
        "You can count on us.",
    ],
)
def test_ordinary_uses_of_free_are_not_promises(text: str) -> None:
    assert lint(text) == []


def test_more_than_two_emoji_is_flagged() -> None:
    assert lint("Thanks 😀😀") == []
    assert any(f.startswith("too many emoji") for f in lint("Thanks 😀😀👨‍👩‍👧‍👦"))


@pytest.mark.parametrize(
    "text",
    [
        "Dear valued customer, thanks.",
        "We apologize for any inconvenience.",
        "Sorry for any inconvenience caused.",
        "Your call is important to us.",
        "Rest assured we are looking into it.",
        "Kindly send us a DM.",
    ],
)
def test_canned_corporate_phrases_are_flagged(text: str) -> None:
    assert any(f.startswith("canned corporate phrase") for f in lint(text))


def test_asking_for_personal_details_in_public_is_flagged() -> None:
    assert any(f.startswith("asks for personal") for f in lint("Please reply with your phone."))
    assert lint("Please send us a DM with your order number.") == []
    assert lint("Please don't share card details here.") == []


def test_lint_survives_hostile_text() -> None:
    findings = lint("<script>alert(1)</script>\x00" + "A" * 100_000)
    assert isinstance(findings, list)


def test_a_link_in_an_x_reply_is_flagged_because_x_bills_it() -> None:
    text = "Our opening hours are at https://bramble.example/hours"
    assert X_LINK_FINDING in lint(text, platform="twitter")
    assert X_LINK_FINDING in lint("Menu at bramble.co.uk/menu", platform="twitter")
    assert X_LINK_FINDING not in lint(text, platform="reddit")
    assert lint("Email hello@bramble.com and we will sort it", platform="twitter") == []
