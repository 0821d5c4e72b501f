"""Which sources can do what: every source reads, only platform sources answer."""

from __future__ import annotations

from listener.sources import SOURCE_CLASSES, build_sources
from listener.sources.base import Replyable, Source
from listener.sources.fake import FakeSource
from listener.sources.replay import ReplaySource
from tests.conftest import make_settings


def test_platform_sources_read_and_answer_but_a_file_only_reads() -> None:
    settings = make_settings(brand={"name": "Bramble", "keywords": ["bramble"]})
    built = build_sources(settings, only_enabled=False)
    assert all(isinstance(source, Source) for source in built.values())
    assert isinstance(built["twitter"], Replyable) and built["twitter"].platform == "twitter"
    assert isinstance(built["reddit"], Replyable) and built["reddit"].platform == "reddit"
    for name in ("bluesky", "mastodon"):
        assert isinstance(built[name], Replyable) and built[name].platform == name
    assert isinstance(built["replay"], ReplaySource)
    for name in ("replay", "hackernews", "rss"):  # read-only: nothing to answer through
        assert not isinstance(built[name], Replyable), name


def test_the_fake_source_is_both_and_never_registered() -> None:
    fake = FakeSource("reddit")
    assert isinstance(fake, Source) and isinstance(fake, Replyable)
    assert FakeSource not in SOURCE_CLASSES
