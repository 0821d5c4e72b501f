"""Reddit half of the generator: users, thread ids, submissions and comments."""

from __future__ import annotations

from datetime import datetime, timedelta

from .common import BRAND_REDDIT, END, START
from .people import CUSTOMERS, REDDIT_ADJ, REDDIT_FIXED, REDDIT_HANDLES, REDDIT_NOUN
from .text import B36, b36, esc, make_slug, md_to_html
from .threads import REDDIT_THREADS


class RedditBuilder:
    """Reddit methods of ``Gen``, kept apart so each file stays readable on its own.

    They share ``Gen``'s state (``self.rng``, ``self.cust``, ``self.x_users``...), and are
    called after the X half so the random stream, and so the output, never changes.
    """

    # -- Reddit ------------------------------------------------------------------------
    def build_reddit_users(self) -> None:
        r = self.rng
        self.r_users: dict[str, dict] = {"brand": dict(BRAND_REDDIT)}
        for c in CUSTOMERS:
            if c["reddit_api"]:
                self.r_users["cust:" + c["key"]] = dict(
                    author=c["reddit_api"],
                    author_fullname="t2_"
                    + "".join(r.choice(B36) for _ in range(r.choice([5, 8, 8]))),
                )
        for name, full in REDDIT_FIXED.items():
            self.r_users["r:" + name] = dict(author=name, author_fullname=full)
        names = list(REDDIT_HANDLES)
        while len(names) < 48:
            n = f"{r.choice(REDDIT_ADJ)}-{r.choice(REDDIT_NOUN)}-{r.randint(100, 9999)}"
            if n not in names:
                names.append(n)
        self.r_generic = []
        for n in names:
            k = "gr:" + n
            self.r_users[k] = dict(
                author=n,
                author_fullname="t2_"
                + "".join(r.choice(B36) for _ in range(r.choice([6, 8, 8, 9]))),
            )
            self.r_generic.append(k)
        r.shuffle(self.r_generic)
        self._r_cursor = 0

    def next_generic_r(self, avoid: set[str]) -> str:
        while self._r_cursor < len(self.r_generic):
            k = self.r_generic[self._r_cursor]
            self._r_cursor += 1
            if k not in avoid:
                return k
        choices = [k for k in self.r_generic if k not in avoid]
        return self.rng.choice(choices)

    def reddit_id(self, t: datetime, kind: str) -> str:
        secs = (t - START).total_seconds()
        if kind == "t3":
            n = int("1qa0000", 36) + int(secs * 0.45) + self.rng.randrange(3)
        else:
            n = int("nk00000", 36) + int(secs * 31) + self.rng.randrange(31)
        while b36(n) in self._r_ids:
            n += 1
        self._r_ids.add(b36(n))
        return b36(n)

    def build_reddit(self) -> None:
        self.build_reddit_users()
        self._r_ids: set[str] = set()
        items: list[dict] = []
        for th in REDDIT_THREADS:
            sub = th["sub"]
            op = th["author"] or self.next_generic_r(set())
            t_sub = self.sample_time(*th["window"])
            link_id = self.reddit_id(t_sub, "t3")
            slug = make_slug(th["title"])
            permalink = f"/r/{sub}/comments/{link_id}/{slug}/"
            in_thread = {op}
            thread_items: list[dict] = []
            # authors first (so texts can refer to them), then times
            for c in th["comments"]:
                if c["author"] is None:
                    c["_who"] = self.next_generic_r(in_thread)
                elif c["author"] == "op":
                    c["_who"] = op
                else:
                    c["_who"] = c["author"]
                in_thread.add(c["_who"])
            keyed = {c["key"]: c for c in th["comments"] if c["key"]}
            for c in th["comments"]:
                parent = keyed[c["parent"]] if c["parent"] else None
                base = parent["_time"] if parent else t_sub
                t = base + timedelta(hours=self.rng.uniform(*c["hours"]))
                if t >= END:
                    t = base + (END - base) * self.rng.uniform(0.3, 0.9)
                c["_time"] = t.replace(microsecond=0)
            for c in sorted(th["comments"], key=lambda c: c["_time"]):
                cid = self.reddit_id(c["_time"], "t1")
                c["_id"] = cid
                parent = keyed[c["parent"]] if c["parent"] else None
                text = c["text"]
                if "{hacked_author}" in text:
                    text = text.replace(
                        "{hacked_author}", self.r_users[keyed["hacked"]["_who"]]["author"]
                    )
                who = c["_who"]
                data: dict = {"id": cid, "name": "t1_" + cid}
                if who == "deleted":
                    data["author"] = "[deleted]"
                else:
                    data["author"] = self.r_users[who]["author"]
                    data["author_fullname"] = self.r_users[who]["author_fullname"]
                score = self.comment_score(c["cat"])
                data.update(
                    {
                        "body": esc(text),
                        "body_html": esc('<div class="md">' + md_to_html(text) + "\n</div>"),
                        "created_utc": float(int(c["_time"].timestamp())),
                        "permalink": f"{permalink}{cid}/",
                        "link_id": "t3_" + link_id,
                        "parent_id": ("t1_" + parent["_id"]) if parent else ("t3_" + link_id),
                        "subreddit": sub,
                        "subreddit_name_prefixed": "r/" + sub,
                        "score": score,
                        "ups": score,
                        "link_title": th["title"],
                        "is_submitter": who == op,
                        "distinguished": "moderator"
                        if who == "brand" and sub == "bramblecounter"
                        else None,
                        "stickied": False,
                    }
                )
                thread_items.append(
                    dict(
                        kind="t1",
                        data=data,
                        cat=c["cat"],
                        who=who,
                        text=text,
                        time=c["_time"],
                        thread=th["key"],
                    )
                )
            if th["cat"]:
                data = {
                    "id": link_id,
                    "name": "t3_" + link_id,
                    "author": self.r_users[op]["author"],
                    "author_fullname": self.r_users[op]["author_fullname"],
                    "title": th["title"],
                    "selftext": esc(th["selftext"]),
                    "selftext_html": (
                        esc(
                            '<!-- SC_OFF --><div class="md">'
                            + md_to_html(th["selftext"])
                            + "\n</div><!-- SC_ON -->"
                        )
                        if th["selftext"]
                        else None
                    ),
                    "created_utc": float(int(t_sub.timestamp())),
                    "permalink": permalink,
                    "url": th["url"] or ("https://www.reddit.com" + permalink),
                    "subreddit": sub,
                    "subreddit_name_prefixed": "r/" + sub,
                    "score": th["score"] if th["score"] is not None else self.rng.randint(3, 60),
                    "upvote_ratio": round(self.rng.uniform(0.78, 0.99), 2),
                    "num_comments": len(th["comments"]) + th["extra"],
                    "is_self": th["url"] is None,
                    "over_18": False,
                    "link_flair_text": th["flair"],
                    "distinguished": th["distinguished"],
                    "stickied": th["stickied"],
                }
                text = th["title"] + ("\n\n" + th["selftext"] if th["selftext"] else "")
                thread_items.append(
                    dict(
                        kind="t3",
                        data=data,
                        cat=th["cat"],
                        who=op,
                        text=text,
                        time=t_sub,
                        thread=th["key"],
                    )
                )
            items.extend(thread_items)
        items.sort(key=lambda it: (it["data"]["created_utc"], it["data"]["name"]))
        self.r_items = items

    def comment_score(self, cat: str) -> int:
        r = self.rng
        if cat == "spam":
            return -r.randint(2, 9)
        if cat in ("urgent", "own_post"):
            return r.randint(15, 120)
        return max(
            -3,
            int(r.lognormvariate(1.6, 1.0)) - (2 if cat == "complaint" and r.random() < 0.2 else 0),
        )
