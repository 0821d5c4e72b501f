"""The Reddit source, one module per seam (as praw's ``models/reddit/subreddit``):

- ``source``: ``RedditSource``, the ``Source`` and ``Replyable`` the registry builds;
- ``query``: the search query built from ``[brand]``;
- ``budget``: Reddit's reported rate limit, so a cycle never sleeps inside prawcore;
- ``client``: credentials, praw's client and requestor, and what its errors mean;
- ``cursors``: the listings' cursor keys and the reads that move them;
- ``replies``: the ``Replyable`` ability, a reply's POST sent at most once.
"""

from __future__ import annotations

from listener.sources.reddit.client import ENV_PREFIX, LOGIN_HINT, REQUIRED, USER_AGENT_FORMAT
from listener.sources.reddit.cursors import PAGE_SIZE
from listener.sources.reddit.query import MAX_QUERY, build_query
from listener.sources.reddit.source import RedditSource

__all__ = [
    "ENV_PREFIX",
    "LOGIN_HINT",
    "MAX_QUERY",
    "PAGE_SIZE",
    "REQUIRED",
    "USER_AGENT_FORMAT",
    "RedditSource",
    "build_query",
]
