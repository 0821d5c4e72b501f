"""Hacker News (read-only) through the Algolia HN search API; see ``source``."""

from listener.sources.hackernews.source import HackerNewsSource

__all__ = ["HackerNewsSource"]
