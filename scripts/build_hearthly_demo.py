"""Write the second demo brand's data (Hearthly) in the payload shapes the replay source reads.

    .venv/bin/python scripts/build_hearthly_demo.py          # rewrites config/demo/hearthly/
    .venv/bin/python scripts/build_hearthly_demo.py --check  # ...and checks the counts

Input: ``scripts/demo_data/hearthly.py`` (hand-written people and posts). Output, next to
the brand book in config/demo/hearthly/: ``customers.csv`` (the CRM export, same columns as
Bramble's), ``mentions_x.jsonl`` (X API v2 recent-search pages, oldest page first, newest
tweet first inside a page, ``includes.users``, ``meta``) and ``mentions_reddit.jsonl`` (one
Reddit ``t1``/``t3`` thing per line, as the API returns them). Standard library only; the
output is the same on every run.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_data.hearthly import AUTHORS, BRAND_X, CUSTOMERS, POSTS, START, THREADS

OUT = Path(__file__).resolve().parent.parent / "config" / "demo" / "hearthly"
TWITTER_EPOCH_MS = 1288834974657
PAGE = 20
HEADER = [
    "Full name", "Goes by", "Email", "X handle", "Reddit username", "Likes", "Dislikes",
    "Notes", "Loyalty tier", "Do not contact",
]  # fmt: skip


def _digits(key: str, n: int) -> str:
    return str(int(hashlib.sha256(key.encode()).hexdigest(), 16))[:n]


def _b36(key: str, n: int) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    value = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    out = ""
    for _ in range(n):
        value, rest = divmod(value, 36)
        out += alphabet[rest]
    return out


def snowflake(when: datetime, seq: int) -> str:
    ms = int(when.timestamp() * 1000)
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (seq & 0xFFF))


def _when(day: int, clock: str) -> datetime:
    hours, minutes = (int(p) for p in clock.split(":"))
    return START + timedelta(days=day, hours=hours, minutes=minutes, seconds=(day * 7) % 60)


def write_customers() -> str:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(CUSTOMERS)
    return buf.getvalue()


def _user(key: str) -> dict:
    username, display, followers = AUTHORS[key]
    return {
        "id": _digits("x:" + key, 10),
        "name": display or username,
        "username": username,
        "verified": key == "tech1",
        "public_metrics": {
            "followers_count": followers, "following_count": 180 + followers % 300,
            "tweet_count": 900 + followers % 2000, "listed_count": followers // 500,
            "like_count": 2000 + followers % 5000,
        },
    }  # fmt: skip


def build_x() -> list[dict]:
    tweets = []
    for index, (day, clock, author, platform, text, lang) in enumerate(POSTS):
        if platform != "x":
            continue
        when = _when(day, clock)
        tid = snowflake(when, index)
        tweet = {
            "id": tid,
            "text": html.escape(text, quote=False),
            "author_id": _user(author)["id"],
            "created_at": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "conversation_id": tid,
            "lang": lang,
            "edit_history_tweet_ids": [tid],
            "public_metrics": {
                "retweet_count": 0, "reply_count": 0, "like_count": index % 7,
                "quote_count": 0, "bookmark_count": 0, "impression_count": 40 + index * 3,
            },
        }  # fmt: skip
        if text.startswith("RT @"):
            tweet["referenced_tweets"] = [{"type": "retweeted", "id": snowflake(when, 4095)}]
        elif text.startswith("@hearthlyhome"):
            tweet["in_reply_to_user_id"] = BRAND_X["id"]
        tweets.append((when, tweet, author))
    tweets.sort(key=lambda item: item[0])
    pages = []
    for start in range(0, len(tweets), PAGE):
        chunk = tweets[start : start + PAGE]
        users = {}
        for _, _, author in chunk:
            users[author] = _user(author)
        data = [t for _, t, _ in reversed(chunk)]
        meta = {
            "newest_id": data[0]["id"],
            "oldest_id": data[-1]["id"],
            "result_count": len(data),
        }
        if start + PAGE < len(tweets):
            meta["next_token"] = _b36(f"page{start}", 40)
        pages.append({"data": data, "includes": {"users": list(users.values())}, "meta": meta})
    return pages


def build_reddit() -> list[dict]:
    things = []
    for index, (day, clock, author, platform, text, _lang) in enumerate(POSTS):
        if not platform.startswith("reddit"):
            continue
        thread, _, body = text.partition("] ")
        key = thread.lstrip("[")
        sub, title = THREADS[key]
        link = _b36("thread:" + key, 7)
        slug = "_".join("".join(c for c in title.lower() if c.isalnum() or c == " ").split())[:50]
        username = AUTHORS[author][0]
        created = _when(day, clock).timestamp()
        common = {
            "author": username,
            "author_fullname": "t2_" + _b36("r:" + author, 8),
            "created_utc": created,
            "subreddit": sub,
            "subreddit_name_prefixed": f"r/{sub}",
            "score": 1 + index % 9,
            "distinguished": None,
            "stickied": False,
        }
        md = html.escape(body, quote=False)
        if platform == "reddit_post":
            things.append({"kind": "t3", "data": {
                "id": link, "name": f"t3_{link}", "title": title, "selftext": body,
                "selftext_html": f"&lt;!-- SC_OFF --&gt;&lt;div class=\"md\"&gt;&lt;p&gt;{md}"
                                 "&lt;/p&gt;\n&lt;/div&gt;&lt;!-- SC_ON --&gt;",
                "permalink": f"/r/{sub}/comments/{link}/{slug}/",
                "url": f"https://www.reddit.com/r/{sub}/comments/{link}/{slug}/",
                "upvote_ratio": 0.9, "num_comments": 5, "is_self": True, "over_18": False,
                "link_flair_text": None, **common,
            }})  # fmt: skip
            continue
        cid = _b36(f"c:{index}", 7)
        things.append({"kind": "t1", "data": {
            "id": cid, "name": f"t1_{cid}", "body": body,
            "body_html": f"&lt;div class=\"md\"&gt;&lt;p&gt;{md}&lt;/p&gt;\n&lt;/div&gt;",
            "permalink": f"/r/{sub}/comments/{link}/{slug}/{cid}/",
            "link_id": f"t3_{link}", "parent_id": f"t3_{link}", "ups": 1 + index % 9,
            "link_title": title, "is_submitter": False, **common,
        }})  # fmt: skip
    things.sort(key=lambda t: t["data"]["created_utc"])
    return things


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="also check the counts")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "customers.csv").write_text(write_customers(), encoding="utf-8", newline="")
    pages = build_x()
    reddit = build_reddit()
    with open(OUT / "mentions_x.jsonl", "w", encoding="utf-8") as handle:
        for page in pages:
            handle.write(json.dumps(page, ensure_ascii=False) + "\n")
    with open(OUT / "mentions_reddit.jsonl", "w", encoding="utf-8") as handle:
        for thing in reddit:
            handle.write(json.dumps(thing, ensure_ascii=False) + "\n")
    tweets = sum(len(p["data"]) for p in pages)
    print(
        f"customers {len(CUSTOMERS)}, tweets {tweets} on {len(pages)} pages, reddit {len(reddit)}"
    )
    if args.check:
        problems = []
        if len(CUSTOMERS) != 25:
            problems.append(f"{len(CUSTOMERS)} customers, expected 25")
        if tweets + len(reddit) != 150:
            problems.append(f"{tweets + len(reddit)} mentions, expected 150")
        for problem in problems:
            print("problem:", problem)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
