"""Deterministic synthetic mentions for benchmarks: varied, tweet-sized, many authors."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from listener.sources.base import RawMention

OPENERS = (
    "@bramblecounter",
    "just had",
    "honestly",
    "ok so",
    "anyone else think",
    "third day in a row",
    "quick one for @bramblecounter:",
    "not gonna lie",
    "",
)
ITEMS = (
    "the flat white",
    "an oat latte",
    "the Hedgerow toastie",
    "a cortado",
    "the soup of the day",
    "a cinnamon bun",
    "the vegan sausage roll",
    "filter coffee",
    "the app",
    "my stamp card",
)
VERDICTS = (
    "was absolutely lovely, thank you",
    "was cold and the queue took 25 minutes",
    "is the best in Leeds",
    "charged me twice, please sort it",
    "was fine I guess",
    "made my morning 😍",
    "has gone up in price again?",
    "- do you do it at Kirkstall?",
    "was wrong AGAIN, third time this week",
    "you should bring back the pumpkin loaf",
    "is why I keep coming back",
    "tasted burnt, really disappointed",
)
EXTRAS = (
    "Was in at the Headrow site around 8 before work.",
    "Kirkstall was packed as usual but the staff were on it.",
    "Ordered through the app to skip the queue.",
    "Second visit this week, might be getting a habit.",
    "Paid £3.40 which feels steep for a small one.",
    "Sat by the window for an hour and nobody rushed us.",
    "My partner had the Forager and wouldn't share.",
    "Not sure what changed but it tasted different today.",
    "The new barista with the green apron was lovely.",
    "Took about 15 minutes to get served.",
    "Used my stamp card, nearly at a free one.",
    "",
    "",
)
TAILS = ("", " #coffee", " https://t.co/abc123XYZ", " 🙏", " !!", " lol", " cheers")


def _sentence(text: str) -> str:
    return text if text[-1] in ".?!)" or not text[-1].isalnum() else text + "."


def generate(count: int, *, seed: int = 7, authors: int = 5000) -> list[RawMention]:
    """``count`` mentions over ``authors`` people, X and Reddit, ids unique.

    Texts are one to three sentences (about 110 characters on average, like real mentions
    of a brand), combined from hand-written parts with a fixed seed.
    """
    rng = random.Random(seed)
    start = datetime(2026, 10, 1, tzinfo=UTC)
    mentions = []
    for i in range(count):
        author = rng.randrange(authors)
        platform = "twitter" if author % 3 else "reddit"
        parts = (
            rng.choice(OPENERS),
            rng.choice(ITEMS),
            _sentence(rng.choice(VERDICTS)),
            rng.choice(EXTRAS),
            rng.choice(EXTRAS) if rng.random() < 0.3 else "",
        )
        text = " ".join(part for part in parts if part) + rng.choice(TAILS)
        mentions.append(
            RawMention(
                platform=platform,
                external_id=(f"t1_{i:x}" if platform == "reddit" else str(1_800_000_000 + i)),
                text=text,
                author_id=f"t2_{author}" if platform == "reddit" else str(9_000_000 + author),
                author_handle=f"person{author}",
                author_followers=(12, 150, 900, 2400, 51000)[author % 5],
                created_at=start + timedelta(seconds=40 * i),
                source="bench",
            )
        )
    return mentions
