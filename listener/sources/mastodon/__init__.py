"""Mastodon (one instance, Mastodon.py): hashtags, search, our mentions and replies."""

from listener.sources.mastodon.source import MastodonSource

__all__ = ["MastodonSource"]
