#!/usr/bin/env python3
# ruff: noqa: E501  -- hand-written text pools keep one post per line
"""Build Rapport's bundled demo data for "Bramble", a coffee-and-sandwich counter in Leeds.

Writes, deterministically (stdlib only, fixed seed, no network):

* ``config/demo/customers.csv``       -- a 30-row CRM export
* ``config/demo/mentions_x.jsonl``    -- X API v2 ``GET /2/tweets/search/recent`` response
  pages, one page per line, oldest page first (inside a page the tweets are newest first,
  as the real API returns them)
* ``config/demo/mentions_reddit.jsonl`` -- Reddit listing children (``t1`` comments and
  ``t3`` submissions), one thing per line, oldest first
* ``config/demo/README.md``           -- what the files are, plus the category table

Run from the repository root::

    .venv/bin/python scripts/build_demo_data.py            # writes config/demo/*
    .venv/bin/python scripts/build_demo_data.py --check    # also validates what it wrote
    .venv/bin/python scripts/build_demo_data.py --labels /tmp/labels.jsonl
                                                            # optional ground-truth labels

Intended quirks, kept on purpose to exercise the readers' robustness:

* **Pagination overlap.** About ten tweets appear a second time, same id and text, at the
  start of the next (newer) page, as happens when ``search/recent`` pages overlap.
* **Missing users in includes** (three pages; numbers are 1-based lines of the file and
  ``--check`` fails if they move, see ``EXPECTED_GAP_PAGES``):
  - page 11 has no ``includes`` key at all;
  - page 5 omits a suspended user (``crypt0_alerts_9``) from ``includes.users`` and
    carries the real API's ``errors`` array ("Could not find user with id: [...]");
  - page 17 omits the same suspended user with no ``errors`` array.
* **HTML entities.** Like the real APIs, X ``text`` and Reddit ``body``/``selftext``
  escape ``&``, ``<`` and ``>`` as ``&amp;``, ``&lt;``, ``&gt;`` (``ESCAPE_ENTITIES``);
  Reddit ``body_html``/``selftext_html`` are escaped HTML, so their text is escaped twice.
  One tweet carries ``<script>alert(1)</script>``; one Reddit post has the new-editor
  artefact ``&amp;#x200B;``.
* A Reddit comment by a deleted account (``author`` ``"[deleted]"``, no
  ``author_fullname``); an account ``bramblecounter_gift`` that impersonates the brand;
  a dog account whose display name is "Bramble"; tweets with ``lang`` ``und``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from demo_data.checks import check
from demo_data.engine import Gen
from demo_data.people import CUSTOMERS
from demo_data.writers import category_table, tally, write_csv, write_jsonl, write_readme

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "config" / "demo"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="output directory (default config/demo)")
    ap.add_argument("--check", action="store_true", help="validate the written files")
    ap.add_argument("--labels", type=Path, help="also write ground-truth labels (JSONL) here")
    args = ap.parse_args(argv)

    g = Gen()
    g.build_x()
    pages = g.page_x()
    g.build_reddit()
    args.out.mkdir(parents=True, exist_ok=True)
    write_csv(args.out / "customers.csv")
    write_jsonl(args.out / "mentions_x.jsonl", pages)
    write_jsonl(
        args.out / "mentions_reddit.jsonl",
        [{"kind": it["kind"], "data": it["data"]} for it in g.r_items],
    )
    t = tally(g)
    write_readme(g, t, pages, args.out / "README.md")

    print(f"wrote {args.out}/customers.csv ({len(CUSTOMERS)} rows)")
    print(
        f"wrote {args.out}/mentions_x.jsonl ({len(pages)} pages, {len(g.x_specs)} tweets + {len(g.x_duplicates)} repeats)"
    )
    print(f"wrote {args.out}/mentions_reddit.jsonl ({len(g.r_items)} things)")
    print(f"wrote {args.out}/README.md\n")
    print(category_table(t, len(g.x_duplicates)))
    print(
        f"\nregular customers posting: {len(t['per_person'])}; other X authors {t['strangers_x']}, "
        f"other Reddit authors {t['strangers_r']}; emoji-heavy {t['emoji_heavy']}"
    )
    print(
        "X pages with includes gaps: "
        + ", ".join(f"{n + 1} ({v})" for n, v in sorted(g.x_gaps.items()))
    )
    print(
        "X pages starting with repeats: "
        + ", ".join(f"{n + 1} (x{d})" for n, d in sorted(g.dup_pages.items()))
    )

    if args.labels:
        with args.labels.open("w", encoding="utf-8") as f:
            for s in g.x_specs:
                f.write(
                    json.dumps(
                        {
                            "platform": "twitter",
                            "id": s["id"],
                            "category": s["cat"],
                            "author": g.x_users[s["author"]]["username"],
                            "customer": s["author"][5:]
                            if s["author"].startswith("cust:")
                            else None,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
            for it in g.r_items:
                who = it["who"]
                f.write(
                    json.dumps(
                        {
                            "platform": "reddit",
                            "id": it["data"]["name"],
                            "category": it["cat"],
                            "author": it["data"]["author"],
                            "customer": who[5:] if str(who).startswith("cust:") else None,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        print(f"wrote labels to {args.labels}")

    if args.check:
        problems = check(args.out, g)
        for p in problems:
            print("CHECK FAILED:", p)
        print("checks: " + ("OK" if not problems else f"{len(problems)} problem(s)"))
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
