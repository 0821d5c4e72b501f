"""RSS and Atom feeds (read-only) through feedparser; see ``source``."""

from listener.sources.rss.source import RssSource

__all__ = ["RssSource"]
