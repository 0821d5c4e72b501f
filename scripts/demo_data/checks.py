"""--check: validate what was written against the intended quirks."""

from __future__ import annotations

import csv
import html
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from .common import END, EXPECTED_GAP_PAGES, PAGE_MAX, START
from .text import iso
from .writers import CSV_HEADER

if TYPE_CHECKING:
    from .engine import Gen


def check(out: Path, g: Gen) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(msg)

    # CSV
    with (out / "customers.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != CSV_HEADER:
        bad(f"csv header {rows[0]}")
    body = rows[1:]
    if not 28 <= len(body) <= 32:
        bad(f"csv has {len(body)} rows")
    if any(len(r) != len(CSV_HEADER) for r in body):
        bad("csv row with wrong field count")
    if {r[8] for r in body} - {"bronze", "silver", "gold", "platinum", ""}:
        bad("bad tier")
    if sum(r[9] == "yes" for r in body) != 2:
        bad("do-not-contact count")
    if not any("," in r[0] for r in body) or not any("\n" in r[7] for r in body):
        bad("missing comma name or multi-line note")

    # X
    pages = [
        json.loads(line)
        for line in (out / "mentions_x.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    seen: dict[str, dict] = {}
    repeats = []
    crypt0_id = g.x_users["sp:crypt0"]["id"]
    for n, page in enumerate(pages):
        data = page["data"]
        meta = page["meta"]
        if meta["result_count"] != len(data) or len(data) > PAGE_MAX:
            bad(f"page {n + 1}: result_count")
        if meta["newest_id"] != max(d["id"] for d in data) or meta["oldest_id"] != min(
            d["id"] for d in data
        ):
            bad(f"page {n + 1}: newest/oldest")
        if ("next_token" in meta) != (n != len(pages) - 1):
            bad(f"page {n + 1}: next_token")
        users = {u["id"] for u in page.get("includes", {}).get("users", [])}
        for tw in data:
            if tw["id"] in seen:
                repeats.append(tw["id"])
                if seen[tw["id"]] != tw:
                    bad(f"duplicate {tw['id']} differs")
            seen[tw["id"]] = tw
            if tw["author_id"] not in users:
                ok = (g.x_gaps.get(n) == "no includes") or (
                    n in g.x_gaps and tw["author_id"] == crypt0_id
                )
                if not ok:
                    bad(f"page {n + 1}: author {tw['author_id']} not in includes")
            plain = html.unescape(tw["text"])
            limit = 140 if tw["lang"] == "ja" else 280
            if len(plain) > limit:
                bad(f"tweet too long ({len(plain)}): {plain[:60]}")
            for ref in tw.get("referenced_tweets", []):
                if ref["id"] not in {s["id"] for s in g.x_specs}:
                    bad(f"dangling reference {ref}")
        if n > 0 and min(d["id"] for d in data) < pages[n - 1]["meta"]["oldest_id"]:
            bad(f"page {n + 1} is older than page {n}")
    if sorted(repeats) != sorted(s["id"] for s in g.x_duplicates):
        bad(f"unexpected repeats {len(repeats)}")
    uniq = sorted(seen.values(), key=lambda t: int(t["id"]))
    if [t["created_at"] for t in uniq] != sorted(t["created_at"] for t in uniq):
        bad("tweet ids do not increase with time")
    for t in uniq:
        if not (iso(START) <= t["created_at"] <= iso(END)):
            bad(f"tweet out of period {t['created_at']}")

    if {n + 1: v for n, v in g.x_gaps.items()} != EXPECTED_GAP_PAGES:
        bad(f"includes gaps moved to {g.x_gaps}; update EXPECTED_GAP_PAGES and the docstring")

    # Reddit
    things = [
        json.loads(line)
        for line in (out / "mentions_reddit.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    names = [t["data"]["name"] for t in things]
    if len(names) != len(set(names)):
        bad("reddit duplicate names")
    present = set(names)
    for t in things:
        d = t["data"]
        if t["kind"] == "t1":
            p = d["parent_id"]
            if p.startswith("t1_") and p not in present:
                bad(f"reddit parent {p} missing")
            if d["author"] == "[deleted]" and "author_fullname" in d:
                bad("deleted author has fullname")
        if not START.timestamp() <= d["created_utc"] <= END.timestamp():
            bad(f"reddit item out of period {d['name']}")
    if not any(t["data"]["author"] == "[deleted]" for t in things):
        bad("no deleted author")

    # texts distinct
    texts = [s["plain"] for s in g.x_specs if s["cat"] != "retweet"] + [
        it["text"] for it in g.r_items
    ]
    dupe_texts = [t for t, c in Counter(texts).items() if c > 1]
    if dupe_texts:
        bad(f"identical texts: {dupe_texts[:3]}")
    return problems
