"""The explicit registry of sources (STYLE.md #1): adding a platform is one package, one line.

Only real sources are listed: ``fake.FakeSource`` is for tests and no setting can enable it.
"""

from __future__ import annotations

from config.settings import Settings
from listener.sources.base import Batch, RawMention, Replyable, Source
from listener.sources.bluesky import BlueskySource
from listener.sources.hackernews import HackerNewsSource
from listener.sources.mastodon import MastodonSource
from listener.sources.reddit import RedditSource
from listener.sources.replay import ReplaySource
from listener.sources.rss import RssSource
from listener.sources.twitter import TwitterSource

SOURCE_CLASSES = (
    ReplaySource,
    TwitterSource,
    RedditSource,
    BlueskySource,
    MastodonSource,
    HackerNewsSource,
    RssSource,
)


def build_sources(settings: Settings, *, only_enabled: bool = True) -> dict[str, Source]:
    """Instantiate every registered source (the enabled ones, by default) from settings."""
    built: dict[str, Source] = {}
    for cls in SOURCE_CLASSES:
        section = getattr(settings.sources, cls.name)
        if only_enabled and not section.enabled:
            continue
        built[cls.name] = cls.from_settings(settings)
    return built


__all__ = ["SOURCE_CLASSES", "Batch", "RawMention", "Replyable", "Source", "build_sources"]
