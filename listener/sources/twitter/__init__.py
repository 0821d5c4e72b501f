"""The X / Twitter source, one module per seam (as praw's ``models/reddit/subreddit``):

- ``source``: ``TwitterSource``, the ``Source`` and ``Replyable`` the registry builds;
- ``query``: the recent-search query built from ``[brand]``, split when too long;
- ``budget``: requests per 15-minute window and month, and dollars per month, in the cursor;
- ``client``: tweepy's client, transport, requested fields, and what its errors mean;
- ``cursors``: the cursor keys and the pagination run that moves them;
- ``replies``: the ``Replyable`` ability, and recognising our own reply in a conversation.
"""

from __future__ import annotations

from listener.sources.twitter.budget import WINDOW_SECONDS, RequestBudget, Spend
from listener.sources.twitter.client import (
    BEARER_VAR,
    EXPANSIONS,
    TWEEPY_HOST,
    TWEET_FIELDS,
    USER_CONTEXT_VARS,
    USER_FIELDS,
)
from listener.sources.twitter.cursors import MENTIONS, SEARCH
from listener.sources.twitter.query import (
    MAX_QUERY_LENGTH,
    SearchPlan,
    build_search_query,
    own_handles,
    search_queries,
)
from listener.sources.twitter.source import TwitterSource

__all__ = [
    "BEARER_VAR",
    "EXPANSIONS",
    "MAX_QUERY_LENGTH",
    "MENTIONS",
    "SEARCH",
    "TWEEPY_HOST",
    "TWEET_FIELDS",
    "USER_CONTEXT_VARS",
    "USER_FIELDS",
    "WINDOW_SECONDS",
    "RequestBudget",
    "SearchPlan",
    "Spend",
    "TwitterSource",
    "build_search_query",
    "own_handles",
    "search_queries",
]
