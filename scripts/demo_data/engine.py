"""The generator: turns the data pools into X users, tweets and search-result pages."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

from .common import (
    BRAND_X,
    COFFEES,
    FOODS,
    HOUR_WEIGHTS,
    PAGE_MAX,
    SEED,
    SITES,
    SPAN_DAYS,
    START,
    TWITTER_EPOCH_MS,
)
from .people import CUSTOMERS, FIRST_NAMES, SURNAMES, X_HANDLES, X_SPECIAL_USERS
from .posts import OWN_X, REGULAR_X, RETWEETS, X_POOLS
from .reddit import RedditBuilder
from .text import ALNUM, B36, PLACEHOLDER_RE, day_of, esc, iso, parse_tags


class Gen(RedditBuilder):
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.cust = {c["key"]: c for c in CUSTOMERS}

    # -- small helpers -----------------------------------------------------------------
    def tco(self) -> str:
        return "https://t.co/" + "".join(self.rng.choice(ALNUM) for _ in range(10))

    def fill(self, text: str) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "link":
                return self.tco()
            if name == "site":
                return self.rng.choice(SITES)
            if name == "coffee":
                return self.rng.choice(COFFEES)
            if name == "food":
                return self.rng.choice(FOODS)
            return str(self.rng.choice([15, 18, 20, 22, 25, 25, 30, 35]))

        return PLACEHOLDER_RE.sub(sub, text)

    def sample_time(self, lo: float, hi: float, hour: int | None = None) -> datetime:
        lo, hi = max(0.0, lo), min(SPAN_DAYS, hi)
        if hi <= lo:
            hi = min(SPAN_DAYS, lo + 0.05)
        fixed_hour = hour
        for _ in range(2000):
            d0 = int(self.rng.uniform(lo, hi))
            hour = (
                fixed_hour
                if fixed_hour is not None
                else self.rng.choices(range(24), HOUR_WEIGHTS)[0]
            )
            secs = d0 * 86400 + hour * 3600 + self.rng.randrange(3600)
            if lo * 86400 <= secs < hi * 86400:
                return START + timedelta(seconds=secs)
        return START + timedelta(seconds=int(self.rng.uniform(lo, hi) * 86400))

    def x_user_id(self) -> str:
        if self.rng.random() < 0.45:
            return str(self.rng.randint(14_000_000, 3_300_000_000))
        ms = self.rng.randint(1_430_000_000_000, 1_760_000_000_000)  # 2015..2025
        return str(((ms - TWITTER_EPOCH_MS) << 22) | self.rng.getrandbits(22))

    def lognorm(self, mu: float, sigma: float, lo: int, hi: int) -> int:
        return max(lo, min(hi, int(self.rng.lognormvariate(mu, sigma))))

    # -- X users -----------------------------------------------------------------------
    def build_x_users(self) -> None:
        self.x_users: dict[str, dict] = {}
        b = BRAND_X
        self.x_users["brand"] = dict(
            id=b["id"],
            name=b["name"],
            username=b["username"],
            verified=b["verified"],
            public_metrics=dict(
                followers_count=b["followers"],
                following_count=b["following"],
                tweet_count=b["tweets"],
                listed_count=b["listed"],
                like_count=b["likes"],
            ),
        )
        for c in CUSTOMERS:
            if c["x_api"]:
                f = c["followers"] or self.lognorm(5.5, 1.0, 20, 3000)
                self.x_users["cust:" + c["key"]] = self._x_user(
                    c["full"] if "," not in c["full"] else "Dave Okafor", c["x_api"], f
                )
        self.x_users["cust:jose"]["name"] = "José M. 🇪🇸"
        self.x_users["cust:gosia"]["name"] = "Gosia Nowak"
        self.x_users["cust:zoe"]["name"] = "zoë ☕📚"
        self.x_users["cust:shiv"]["name"] = "Siobhán 🍀"
        for key, s in X_SPECIAL_USERS.items():
            u = self._x_user(s["name"], s["username"], s["followers"])
            u["verified"] = s.get("verified", False)
            pm = u["public_metrics"]
            pm["following_count"] = s["following"]
            pm["tweet_count"] = s["tweets"]
            pm["listed_count"] = s["listed"]
            self.x_users["sp:" + key] = u
        generic = list(X_HANDLES)
        used = {h.lower() for h, _ in generic}
        while len(generic) < 80:
            first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
            style = self.rng.randrange(5)
            if style == 0:
                h = f"{first}{last}".lower()
            elif style == 1:
                h = f"{first.lower()}_{last.lower()}{self.rng.randint(1, 99)}"
            elif style == 2:
                h = f"{first.lower()}{last[0].lower()}{self.rng.randint(84, 2005)}"
            elif style == 3:
                h = f"{first}{last}"
            else:
                h = f"{first.lower()}{self.rng.choice(['_lds', '_leeds', 'xo', '__', '_uk'])}"
            h = h[:15]
            if h.lower() in used:
                continue
            used.add(h.lower())
            name = self.rng.choice([f"{first} {last}", first, f"{first} {last[0]}.", first.lower()])
            generic.append((h, name))
        self.x_generic = []
        for h, n in generic:
            u = self._x_user(n, h, self.lognorm(5.3, 1.2, 3, 9000))
            self.x_users["gx:" + h] = u
            self.x_generic.append("gx:" + h)
        self.rng.shuffle(self.x_generic)
        self._generic_cursor = 0

    def _x_user(self, name: str, username: str, followers: int) -> dict:
        return dict(
            id=self.x_user_id(),
            name=name,
            username=username,
            verified=False,
            public_metrics=dict(
                followers_count=followers,
                following_count=self.lognorm(5.6, 0.9, 10, 5000),
                tweet_count=self.lognorm(7.2, 1.3, 12, 90000),
                listed_count=self.lognorm(0.5, 1.2, 0, 60) if followers > 100 else 0,
                like_count=self.lognorm(7.5, 1.5, 5, 150000),
            ),
        )

    def next_generic_x(self) -> str:
        """Each generic stranger posts at least once before anyone posts twice."""
        if self._generic_cursor < len(self.x_generic):
            k = self.x_generic[self._generic_cursor]
            self._generic_cursor += 1
            return k
        return self.rng.choice(self.x_generic)

    # -- X tweets ----------------------------------------------------------------------
    def build_x(self) -> None:
        self.build_x_users()
        specs: list[dict] = []

        def add(author: str, cat: str, raw: str, lo=0.0, hi=SPAN_DAYS, fixed=None):
            text, tags = parse_tags(raw)
            lo = float(tags.get("after", lo))
            hi = float(tags.get("before", hi))
            specs.append(
                dict(
                    author=author,
                    cat=cat,
                    text=self.fill(text),
                    tags=tags,
                    lo=lo,
                    hi=hi,
                    fixed=fixed,
                    key=tags.get("key"),
                    lang=tags.get("lang", "en"),
                    hour=int(tags["hour"]) if "hour" in tags else None,
                    ref_type=None,
                    ref_key=None,
                    time=None,
                )
            )

        for okey, at, raw in OWN_X:
            add("brand", "own_post", raw, fixed=at)
            specs[-1]["key"] = okey
        for ckey, cat, lo, hi, raw in REGULAR_X:
            add("cust:" + ckey, cat, raw, lo, hi)
        for cat, pool in X_POOLS.items():
            for raw in pool:
                _, tags = parse_tags(raw)
                author = "sp:" + tags["by"] if "by" in tags else None
                add(author, cat, raw)
        for okey, who in RETWEETS:
            specs.append(
                dict(
                    author=who,
                    cat="retweet",
                    text=None,
                    tags={"rt": okey},
                    lo=0,
                    hi=SPAN_DAYS,
                    fixed=None,
                    key=None,
                    lang="en",
                    ref_type="retweeted",
                    ref_key=okey,
                    time=None,
                )
            )
        for s in specs:
            if "re" in s["tags"]:
                s["ref_type"], s["ref_key"] = "replied_to", s["tags"]["re"]
            elif "qt" in s["tags"]:
                s["ref_type"], s["ref_key"] = "quoted", s["tags"]["qt"]
        # strangers in a fixed order so that everyone posts once before anyone twice
        for s in specs:
            if s["author"] is None:
                s["author"] = self.next_generic_x()

        # times: independent ones first, then dependants once their target has a time
        by_key = {s["key"]: s for s in specs if s["key"]}
        pending = list(specs)
        while pending:
            rest = []
            for s in pending:
                if s["fixed"] is not None:
                    s["time"] = START + timedelta(days=s["fixed"], seconds=self.rng.randrange(60))
                elif s["ref_key"]:
                    tgt = by_key[s["ref_key"]]
                    if tgt["time"] is None:
                        rest.append(s)
                        continue
                    t0 = day_of(tgt["time"])
                    if s["author"] == "brand":
                        s["time"] = tgt["time"] + timedelta(minutes=self.rng.randint(25, 170))
                    else:
                        lo = max(s["lo"], t0 + 0.01)
                        hi = min(s["hi"], t0 + (1.5 if s["ref_type"] != "retweeted" else 3.0))
                        s["time"] = self.sample_time(lo, hi)
                else:
                    s["time"] = self.sample_time(s["lo"], s["hi"], s.get("hour"))
            if len(rest) == len(pending):
                raise SystemExit("unresolvable reply chain: " + str([s["ref_key"] for s in rest]))
            pending = rest

        # ids from time (snowflakes), unique and increasing with time
        specs.sort(key=lambda s: s["time"])
        seen: set[str] = set()
        for s in specs:
            ms = int(s["time"].timestamp() * 1000) + self.rng.randrange(1000)
            while True:
                tid = str(((ms - TWITTER_EPOCH_MS) << 22) | self.rng.getrandbits(22))
                if tid not in seen:
                    break
            seen.add(tid)
            s["id"] = tid
        self.x_specs = specs
        self.x_by_key = by_key

        # tweet objects
        for s in specs:
            user = self.x_users[s["author"]]
            tw: dict = {"id": s["id"]}
            conv = s["id"]
            extra: dict = {}
            if s["ref_type"] == "retweeted":
                orig = by_key[s["ref_key"]]
                body = orig["text"]
                if len(body) > 120:
                    body = body[:117].rstrip() + "…"
                text = f"RT @{BRAND_X['username']}: {body}"
                extra["referenced_tweets"] = [{"type": "retweeted", "id": orig["id"]}]
            elif s["ref_type"] == "replied_to":
                tgt = by_key[s["ref_key"]]
                text = s["text"]
                conv = tgt.get("conv", tgt["id"])
                extra["in_reply_to_user_id"] = self.x_users[tgt["author"]]["id"]
                extra["referenced_tweets"] = [{"type": "replied_to", "id": tgt["id"]}]
            elif s["ref_type"] == "quoted":
                tgt = by_key[s["ref_key"]]
                text = s["text"] + " " + self.tco()
                extra["referenced_tweets"] = [{"type": "quoted", "id": tgt["id"]}]
            else:
                text = s["text"]
            s["conv"] = conv
            s["plain"] = text
            tw["text"] = esc(text)
            tw["author_id"] = user["id"]
            tw["created_at"] = iso(s["time"])
            tw["conversation_id"] = conv
            tw.update(extra)
            tw["lang"] = s["lang"]
            tw["edit_history_tweet_ids"] = [s["id"]]
            tw["public_metrics"] = self.tweet_metrics(s, user)
            s["tweet"] = tw
        # a retweet shows the original's retweet_count
        for s in specs:
            if s["ref_type"] == "retweeted":
                orig = by_key[s["ref_key"]]["tweet"]["public_metrics"]
                s["tweet"]["public_metrics"]["retweet_count"] = orig["retweet_count"]

    def tweet_metrics(self, s: dict, user: dict) -> dict:
        r = self.rng
        followers = user["public_metrics"]["followers_count"]
        if s["ref_type"] == "retweeted":
            return dict(
                retweet_count=0,
                reply_count=0,
                like_count=0,
                quote_count=0,
                bookmark_count=0,
                impression_count=0,
            )
        boost = {"urgent": r.uniform(6, 30), "own_post": r.uniform(1.5, 3), "spam": 0.2}.get(
            s["cat"], 1.0
        )
        imp = int((followers * r.uniform(0.04, 0.3) + r.randint(3, 70)) * boost)
        likes = int(imp * r.uniform(0.0, 0.035 if s["cat"] != "spam" else 0.002))
        rts = int(likes * r.uniform(0.0, 0.25 if s["cat"] != "urgent" else 0.9))
        replies = int(likes * r.uniform(0.0, 0.3)) + (
            r.randint(3, 40) if s["cat"] == "urgent" else 0
        )
        quotes = int(rts * r.uniform(0.0, 0.3))
        bookmarks = int(likes * r.uniform(0.0, 0.2))
        return dict(
            retweet_count=rts,
            reply_count=replies,
            like_count=likes,
            quote_count=quotes,
            bookmark_count=bookmarks,
            impression_count=imp,
        )

    # -- X pages -----------------------------------------------------------------------
    def page_x(self) -> list[dict]:
        r = self.rng
        tweets = self.x_specs  # chronological
        # page index -> number of tweets of the previous page repeated at its start. An
        # overlap that would repeat the suspended account's tweet moves to the next page.
        overlap_plan = {2: 3, 5: 2, 8: 3, 12: 2}
        pages: list[list[dict]] = []
        self.dup_pages = {}
        carry = 0
        i = 0
        while i < len(tweets):
            d = (overlap_plan.get(len(pages), 0) + carry) if pages else 0
            carry = 0
            if d and any(s["author"] == "sp:crypt0" for s in pages[-1][-d:]):
                carry, d = d, 0
            new = min(r.randint(15, PAGE_MAX - d), len(tweets) - i)
            page = (pages[-1][-d:] if d else []) + tweets[i : i + new]
            if d:
                self.dup_pages[len(pages)] = d
            pages.append(page)
            i += new
        self.x_duplicates = [s for p, d in self.dup_pages.items() for s in pages[p][:d]]
        self.x_pages = pages

        crypt0 = self.x_users["sp:crypt0"]
        crypt0_pages = [
            n for n, p in enumerate(pages) if any(s["author"] == "sp:crypt0" for s in p)
        ]
        assert len(crypt0_pages) == 2, crypt0_pages
        candidates = [n for n in range(3, len(pages) - 2) if n not in crypt0_pages]
        no_includes = candidates[len(candidates) // 2]
        self.x_gaps = {
            no_includes: "no includes",
            crypt0_pages[0]: "suspended user missing, with errors",
            crypt0_pages[1]: "suspended user missing, no errors",
        }

        out = []
        for n, page in enumerate(pages):
            data = [s["tweet"] for s in sorted(page, key=lambda s: s["tweet"]["id"], reverse=True)]
            users, seen = [], set()
            for s in sorted(page, key=lambda s: s["tweet"]["id"], reverse=True):
                u = self.x_users[s["author"]]
                if u["id"] in seen:
                    continue
                seen.add(u["id"])
                if n in crypt0_pages and u["id"] == crypt0["id"]:
                    continue
                users.append(u)
            body: dict = {"data": data}
            if n != no_includes:
                body["includes"] = {"users": users}
            if n == crypt0_pages[0]:
                body["errors"] = [
                    {
                        "value": crypt0["id"],
                        "detail": f"Could not find user with id: [{crypt0['id']}].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "id",
                        "resource_id": crypt0["id"],
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            meta = {
                "newest_id": data[0]["id"],
                "oldest_id": data[-1]["id"],
                "result_count": len(data),
            }
            if n != len(pages) - 1:
                meta["next_token"] = "b26v89c19zqg8o3f" + "".join(r.choice(B36) for _ in range(29))
            body["meta"] = meta
            out.append(body)
        return out
