"""Bluesky's and Mastodon's length rules, and each platform's cap from the drafting settings."""

from __future__ import annotations

import pytest

from config.settings import DraftingSettings
from responders.drafting.textrules import (
    bluesky_length,
    length_on,
    mastodon_length,
    max_length,
    truncate_to,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        ("cafe\u0301", 4),  # e + combining accent is one grapheme
        ("👍🏽", 1),  # emoji with a skin tone
        ("👨‍👩‍👧‍👦", 1),  # a ZWJ family
        ("🇬🇧 flag", 6),  # a flag is one
        ("日本語", 3),
    ],
)
def test_bluesky_counts_graphemes(text: str, expected: int) -> None:
    assert bluesky_length(text) == expected
    assert length_on("bluesky", text) == expected


def test_the_300_grapheme_boundary_counts_emoji_once_where_x_counts_twice() -> None:
    text = "👍🏽" * 300
    assert bluesky_length(text) == 300 and bluesky_length(text + "a") == 301
    assert length_on("twitter", "👍🏽") == 2


def test_mastodon_counts_links_as_23_and_remote_handles_without_their_domain() -> None:
    assert mastodon_length("see https://example.com/a/very/long/path/indeed?x=1") == 4 + 23
    assert mastodon_length("@sam@mastodon.social thanks") == len("@sam thanks")
    assert mastodon_length("write to help@bramble.example") == len("write to help@bramble.example")
    assert length_on("mastodon", "x" * 500) == 500


def test_each_platform_has_its_cap() -> None:
    drafting = DraftingSettings(mastodon_max_length=1000)
    assert max_length("twitter", drafting) == 280
    assert max_length("bluesky", drafting) == 300
    assert max_length("mastodon", drafting) == 1000
    assert max_length("reddit", drafting) == 10000


def test_a_long_draft_is_cut_to_bluesky_graphemes() -> None:
    text = "Thank you so much for the kind words. " * 10
    cut = truncate_to(text, 300, bluesky_length)
    assert bluesky_length(cut) <= 300 and cut.endswith(".")
