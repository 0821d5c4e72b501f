"""Fixed settings of the demo world: seed, period, brand accounts, categories, menu."""

from __future__ import annotations

from datetime import UTC, datetime

SEED = 20261122

START = datetime(2026, 10, 26, tzinfo=UTC)  # a Monday; the UK is on GMT (= UTC)
END = datetime(2026, 11, 22, 20, 0, 0, tzinfo=UTC)
SPAN_DAYS = (END - START).total_seconds() / 86400

ESCAPE_ENTITIES = True
TWITTER_EPOCH_MS = 1288834974657
PAGE_MAX = 20
# 1-based page (line) numbers in mentions_x.jsonl with includes gaps; see the docstring.
EXPECTED_GAP_PAGES = {
    5: "suspended user missing, with errors",
    11: "no includes",
    17: "suspended user missing, no errors",
}

BRAND_X = {
    "id": "1500000000000000001",
    "username": "bramblecounter",
    "name": "Bramble Coffee & Sandwiches",
    "verified": False,
    "followers": 3412,
    "following": 388,
    "tweets": 2197,
    "listed": 41,
    "likes": 5120,
}
BRAND_REDDIT = {"author": "bramble_counter", "author_fullname": "t2_bramble01"}

CATEGORIES = (
    "praise",
    "complaint",
    "urgent",
    "question",
    "suggestion",
    "neutral",
    "sarcasm",
    "spam",
    "not_brand",
    "own_post",
    "retweet",
    "foreign_language",
)

# Sliding "hour of day" weights (GMT): mornings busy, lunch bump, quiet nights.
HOUR_WEIGHTS = [
    1.0,
    0.5,
    0.3,
    0.2,
    0.2,
    0.4,
    1.5,
    5.0,
    7.0,
    6.0,
    4.0,
    4.0,
    6.0,
    5.0,
    3.0,
    3.0,
    3.0,
    3.0,
    3.0,
    3.0,
    3.0,
    2.5,
    2.0,
    1.5,
]

# Menu, for light composition of a few texts.
COFFEES = ["flat white", "oat latte", "cortado", "filter coffee", "chai", "hot chocolate"]
FOODS = ["Hedgerow", "Forager", "BLT", "vegan sausage roll", "almond croissant", "cinnamon bun"]
SITES = ["Headrow", "Kirkstall"]
