# ruff: noqa: E501  -- the README template keeps its markdown lines whole
"""Writers: the CRM CSV, JSONL files and the README with its tables."""

from __future__ import annotations

import csv
import html
import io
import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from .common import CATEGORIES, END, PAGE_MAX, SEED, START
from .people import CUSTOMERS
from .text import iso

if TYPE_CHECKING:
    from .engine import Gen

CSV_HEADER = [
    "Full name",
    "Goes by",
    "Email",
    "X handle",
    "Reddit username",
    "Likes",
    "Dislikes",
    "Notes",
    "Loyalty tier",
    "Do not contact",
]


def write_csv(path: Path) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)  # QUOTE_MINIMAL, \r\n line ends, like most CRM exports
    w.writerow(CSV_HEADER)
    for c in CUSTOMERS:
        w.writerow(
            [
                c["full"],
                c["goes"],
                c["email"],
                c["x"],
                c["reddit"],
                c["likes"],
                c["dislikes"],
                c["notes"],
                c["tier"],
                c["dnc"],
            ]
        )
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def tally(g: Gen) -> dict:
    x = Counter(s["cat"] for s in g.x_specs)
    rd = Counter(it["cat"] for it in g.r_items)
    per_person: dict[str, Counter] = defaultdict(Counter)
    for s in g.x_specs:
        if s["author"].startswith("cust:"):
            per_person[s["author"][5:]]["x"] += 1
    for it in g.r_items:
        if str(it["who"]).startswith("cust:"):
            per_person[it["who"][5:]]["reddit"] += 1
    strangers_x = {s["author"] for s in g.x_specs if not s["author"].startswith(("cust:", "brand"))}
    strangers_r = {
        it["who"] for it in g.r_items if not str(it["who"]).startswith(("cust:", "brand"))
    }
    emoji = sum(
        1
        for t in [s["plain"] for s in g.x_specs] + [it["text"] for it in g.r_items]
        if emoji_count(t) >= 5
    )
    return dict(
        x=x,
        reddit=rd,
        per_person=per_person,
        strangers_x=len(strangers_x),
        strangers_r=len(strangers_r),
        emoji_heavy=emoji,
    )


def emoji_count(text: str) -> int:
    return sum(
        1 for ch in text if unicodedata.category(ch) == "So" or 0x1F300 <= ord(ch) <= 0x1FAFF
    )


def category_table(t: dict, dups: int) -> str:
    rows = ["| category | X | Reddit | total | share |", "| --- | ---: | ---: | ---: | ---: |"]
    total = sum(t["x"].values()) + sum(t["reddit"].values())
    for cat in CATEGORIES:
        a, b = t["x"].get(cat, 0), t["reddit"].get(cat, 0)
        rows.append(f"| {cat} | {a} | {b} | {a + b} | {100 * (a + b) / total:.1f}% |")
    rows.append(
        f"| **distinct items** | {sum(t['x'].values())} | {sum(t['reddit'].values())} | {total} | 100% |"
    )
    rows.append(f"| duplicate (page overlap, same id) | {dups} | 0 | {dups} | |")
    return "\n".join(rows)


def people_table(g: Gen, t: dict) -> str:
    rows = [
        "| CRM name | X username (API) | Reddit username (API) | tier | X | Reddit | story |",
        "| --- | --- | --- | --- | ---: | ---: | --- |",
    ]
    stories = {
        "jo": "long-time happy regular, first bad visit near the end",
        "dave": "long-time happy regular, first bad visit near the end",
        "priya": "gold tier, let down (stamp card, double charge) and leaves for Costa",
        "sam": "Do not contact = yes, still posts",
        "hannah": "nut allergy (CRM note); worried after the label mix-up",
    }
    for c in CUSTOMERS:
        pp = t["per_person"].get(c["key"])
        if not pp:
            continue
        rows.append(
            f"| {c['full']} | {c['x_api'] or ''} | {c['reddit_api'] or ''} | {c['tier'] or '(blank)'} | "
            f"{pp['x']} | {pp['reddit']} | {stories.get(c['key'], 'mostly happy regular')} |"
        )
    return "\n".join(rows)


README_TEMPLATE = """# Demo data: Bramble (Leeds)

Bundled, generated demo data for Rapport. **Bramble** is a small coffee-and-sandwich counter
in Leeds with two sites (Headrow and Kirkstall), a paper stamp card and an order-ahead
"Bramble app". Its own accounts are X `@bramblecounter` (user id `1500000000000000001`,
"Bramble Coffee & Sandwiches") and Reddit `u/bramble_counter` (`t2_bramble01`), and it
moderates r/bramblecounter. The period covered is {start} to {end}.

Everything here is fiction written for the demo; any resemblance to real people is accidental.

## Regenerate

```
.venv/bin/python scripts/build_demo_data.py           # rewrites the four files below
.venv/bin/python scripts/build_demo_data.py --check   # ...and validates them
```

The generator uses only the standard library, a fixed seed ({seed}) and hand-written text
pools, so the output is byte-for-byte the same on every run. It prints the table below.
`--labels PATH` additionally writes the ground-truth category of every item (not bundled).

## Files

### `customers.csv`: CRM export

UTF-8, comma separated, `\\r\\n` line ends, one header row:

`{header}`

{n_customers} people. `Likes`/`Dislikes` are `;`-separated menu items. `Loyalty tier` is
`bronze`/`silver`/`gold`/`platinum` or blank; `Do not contact` is `yes`/`no`/blank. As in a
real export the handles are messy: `X handle` with or without a leading `@`, `Reddit
username` with or without `u/`, and the case may differ from what the platforms report
(CRM `@JoBakes`, X username `jobakes`). Some people have only X, some only Reddit, some
both, two neither. One name contains a comma (quoted field) and one note contains a line
break (quoted field).

### `mentions_x.jsonl`: X (Twitter) mentions

One **X API v2 `GET /2/tweets/search/recent`** response page per line, as returned with
`expansions=author_id`, `tweet.fields=created_at,conversation_id,in_reply_to_user_id,referenced_tweets,lang,public_metrics,author_id`
and `user.fields=username,name,public_metrics,verified` (see the X API v2 docs: "Search
Posts", "Post object", "User object", "Pagination"):

```
{{"data": [tweet, ...],
 "includes": {{"users": [user, ...]}},
 "meta": {{"newest_id": "...", "oldest_id": "...", "result_count": N, "next_token": "..."}}}}
```

* {n_pages} pages of at most {page_max} tweets. Pages are ordered **oldest page first**; inside
  a page tweets are **newest first**, like the API. The last page has no `next_token`.
* A tweet has `id` (19-digit snowflake string, increasing with `created_at`), `text`,
  `author_id`, `created_at` (`2026-11-09T08:14:03.000Z`), `conversation_id`, `lang`,
  `edit_history_tweet_ids`, `public_metrics` (retweet/reply/like/quote/bookmark/impression
  counts), and where relevant `in_reply_to_user_id` and `referenced_tweets`
  (`retweeted`, `quoted`, `replied_to`). Retweets read `RT @bramblecounter: ...`.
* `text` is HTML-escaped as the API does (`&amp;`, `&lt;`, `&gt;`): unescape before use.
* `lang` is a BCP 47 code (`en`, `es`, `fr`, `de`, `pt`, `pl`, `ja`, `ar`) or `und`.

Intended irregularities, to exercise the reader:

* **Page overlap:** {n_dups} tweets appear again, same id and text, at the start of the next
  page (pages {dup_pages}). De-duplicate by id.
* **Users missing from `includes`:** {gap_list}. The missing user is a suspended spam
  account; the "errors" variant carries the API's `Not Found Error` object.
* An account named `bramblecounter_gift` impersonates the brand, and a dog account's display
  name is "Bramble".

### `mentions_reddit.jsonl`: Reddit mentions

One Reddit **thing** per line, exactly as the children of a Reddit API listing (see the
Reddit API docs: "listings", "comment" (`t1`) and "link" (`t3`) objects), oldest first:

```
{{"kind": "t1", "data": {{"id", "name", "author", "author_fullname", "body", "body_html",
                       "created_utc", "permalink", "link_id", "parent_id", "subreddit",
                       "subreddit_name_prefixed", "score", "ups", "link_title",
                       "is_submitter", "distinguished", "stickied"}}}}
{{"kind": "t3", "data": {{"id", "name", "author", "author_fullname", "title", "selftext",
                       "selftext_html", "created_utc", "permalink", "url", "subreddit",
                       "subreddit_name_prefixed", "score", "upvote_ratio", "num_comments",
                       "is_self", "over_18", "link_flair_text", "distinguished", "stickied"}}}}
```

* `body` and `selftext` escape `&`, `<`, `>` like the API; `body_html`/`selftext_html` are
  escaped HTML (so their text is escaped twice). One post has the `&amp;#x200B;` artefact.
* Threads: several comments often share one `link_id`; `parent_id` is `t3_...` for top-level
  comments and `t1_...` for replies. Where only the comments matched the search, the
  submission itself is not in the file (its title is in `link_title`).
* One comment's account was deleted: `author` is `"[deleted]"` and there is no
  `author_fullname`. Our own posts in r/bramblecounter are `distinguished: "moderator"`;
  the price-rise post is `stickied`.
* Markdown-heavy long posts (a sandwich review, an app review, a cocktail recipe, the price
  post) and one rant of {rant_len} characters.

## Mix produced

{category_table}

Categories: `praise`, `complaint` (cold food, queues, wrong orders, double charges, rude
staff, the price rise, stamp card refused, soup gone, no oat milk...), `urgent` (nut-allergy
reaction after a label swap, food poisoning, a burn from a loose lid, glass in a sandwich,
unauthorised app charges, a hacked app account, trading standards / solicitor, "switching to
Costa", a journalist asking about illness), `question`, `suggestion`, `neutral`, `sarcasm`,
`spam` (bots, crypto, follow-back, promo links), `not_brand` ("bramble" the plant, jam,
cocktail, a dog, a cat), `own_post` (ours), `retweet` (plain retweets of ours),
`foreign_language` (every non-English text: Spanish, French, German, Portuguese, Polish,
Japanese, Arabic). Plain retweets of the same post share their text, as on X. Also: {emoji_heavy} emoji-heavy
posts, one `<script>alert(1)</script>` text, {n_replies} X replies and {n_quotes} quote tweets.

Authors: {n_regulars} CRM customers post ({n_regular_posts} items); {strangers_x} other X
accounts and {strangers_r} other Reddit accounts (including a food blogger with 48,000
followers and a Yorkshire Evening Post journalist with 21,000).

### Regulars

{people_table}

Storyline, in order: pumpkin loaf gone after Halloween; price rise announced Mon 2 Nov, in
force Mon 9 Nov; oat milk shortage Wed 4 – Mon 9 Nov; burn from a loose lid Fri 6 Nov; app
double-charging Tue 10 Nov (apology Wed 11); nut-label swap Thu 12 Nov; new hot chocolate with
free oat from Sat 14 Nov; glass in a BLT Sun 15 Nov; the Kirkstall rant Mon 16 Nov;
food-poisoning reports from Wed 18 Nov (Tuesday lunch) and a journalist asking Thu 19 Nov;
Jo's and Dave's first bad visits Thu 19 / Fri 20 Nov.
"""


def write_readme(g: Gen, t: dict, pages: list[dict], path: Path) -> None:
    gap_names = {
        "no includes": "no `includes` key at all",
        "suspended user missing, with errors": "a user absent from `includes.users`, with an `errors` array",
        "suspended user missing, no errors": "a user absent from `includes.users`, no `errors`",
    }
    gap_list = "; ".join(f"page {n + 1}: {gap_names[v]}" for n, v in sorted(g.x_gaps.items()))
    dup_pages = ", ".join(str(n + 1) for n, _ in sorted(g.dup_pages.items()))
    rant = next(it for it in g.r_items if it["thread"] == "rant" and it["kind"] == "t3")
    n_replies = sum(1 for s in g.x_specs if s["ref_type"] == "replied_to")
    n_quotes = sum(1 for s in g.x_specs if s["ref_type"] == "quoted")
    text = README_TEMPLATE.format(
        start=iso(START),
        end=iso(END),
        seed=SEED,
        header=",".join(CSV_HEADER),
        n_customers=len(CUSTOMERS),
        n_pages=len(pages),
        page_max=PAGE_MAX,
        n_dups=len(g.x_duplicates),
        dup_pages=dup_pages,
        gap_list=gap_list,
        rant_len=len(html.unescape(rant["data"]["selftext"])),
        category_table=category_table(t, len(g.x_duplicates)),
        emoji_heavy=t["emoji_heavy"],
        n_replies=n_replies,
        n_quotes=n_quotes,
        n_regulars=len(t["per_person"]),
        n_regular_posts=sum(sum(c.values()) for c in t["per_person"].values()),
        strangers_x=t["strangers_x"],
        strangers_r=t["strangers_r"],
        people_table=people_table(g, t),
    )
    path.write_text(text, encoding="utf-8")


def write_jsonl(path: Path, objs: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False, separators=(", ", ": ")) + "\n")
