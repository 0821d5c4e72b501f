"""Bluesky (AT Protocol): brand search, our notifications and replies; see ``source``."""

from listener.sources.bluesky.source import BlueskySource

__all__ = ["BlueskySource"]
