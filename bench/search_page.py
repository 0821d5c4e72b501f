"""Mentions inbox (search page) server time at 1,000,000 mentions on SQLite.

Run with ``make bench`` (or ``python -m bench.search_page``). Builds the database as
``bench.queue_page`` does (bulk inserts into the migrated schema; the full-text index is kept by
its triggers), marks a fifth of the mentions skipped and tags one in twenty, then signs in
through the real app and requests ``/mentions``: the newest page, searches for a word in every
mention, a word in one, two words, searches with filters, each filter alone, and a walk of 30
pages of a search by the "older" links. Server time is the app's own ``Server-Timing``. The
budget is a p95 of 100 ms. The last line reads ``search_p95_ms=<ms>
search_p95_vs_budget=<ratio>``. Results are saved as JSON in ``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.queue_page import NOW, RESULTS, _percentile, build, signed_in_timer

BUDGET_MS = 100.0


PENDING_NEWEST = (
    "UPDATE drafts SET status = CASE WHEN id > (SELECT max(id) FROM drafts) - ? THEN 'pending' "
    "WHEN id % 3 = 0 THEN 'rejected' ELSE 'sent' END"
)


def prepare(path: Path, *, mentions: int, pending: int) -> None:
    """As in a live inbox: the newest drafts wait (the queue bench puts them first), a fifth
    of the other mentions were skipped with a reason, one mention in twenty has a tag."""
    now = NOW.strftime("%Y-%m-%d %H:%M:%S.%f")
    with sqlite3.connect(path) as db:
        db.execute(PENDING_NEWEST, (pending,))
        db.execute(
            "UPDATE mentions SET status = 'skipped', triage_reason = 'praise_off' "
            "WHERE id % 5 = 0 AND id NOT IN (SELECT mention_id FROM drafts)"
        )
        db.execute("INSERT INTO tags (id, name, created_at) VALUES (1, 'press', ?)", (now,))
        db.executemany(
            "INSERT INTO mention_tags (mention_id, tag_id, tagged_by, tagged_at) "
            "VALUES (?, 1, 'bench', ?)",
            ((n, now) for n in range(1, mentions + 1, 20)),
        )
        db.execute("ANALYZE")


def measure(path: Path, *, repeat: int, mentions: int) -> dict[str, Any]:
    get, engine, _factory = signed_in_timer(path, "vic", "viewer")
    for _ in range(5):
        get("/mentions?q=flat")
    scenarios: dict[str, list[tuple[float, float]]] = {}

    def run(name: str, url: str) -> None:
        for _ in range(repeat):
            server, wall, _text = get(url)
            scenarios.setdefault(name, []).append((server, wall))

    rare = mentions // 3
    day = NOW.date().isoformat()
    for name, query in (
        ("newest page", ""),
        ("a word in every mention", "q=flat"),
        ("a word in one mention", f"q={rare}"),
        ("two words", "q=white+negative"),
        ("search + intent", "q=flat&intent=suggestion"),
        ("search + platform + sentiment", "q=white&platform=reddit&sentiment=positive"),
        ("status skipped", "status=skipped"),
        ("status waiting", "status=waiting"),
        ("status handled", "status=handled"),
        ("tag", "tag=press"),
        ("customer", "customer=4242"),
        ("one day", f"since={day}&until={day}"),
        ("search + tag", "q=flat&tag=press"),
    ):
        run(name, f"/mentions?{query}")
    url = "/mentions?q=flat"
    for _ in range(30):
        server, wall, text = get(url)
        scenarios.setdefault("30 pages of a search", []).append((server, wall))
        found = re.search(r'id="next-page" href="([^"]+)"', text)
        url = found.group(1).replace("&amp;", "&") if found else "/mentions?q=flat"
    engine.dispose()
    every = [s for samples in scenarios.values() for s, _ in samples]
    walls = [w for samples in scenarios.values() for _, w in samples]
    return {
        "scenarios": {
            name: {
                "n": len(samples),
                "server_p50_ms": round(statistics.median(s for s, _ in samples), 2),
                "server_p95_ms": round(_percentile([s for s, _ in samples], 0.95), 2),
                "wall_p95_ms": round(_percentile([w for _, w in samples], 0.95), 2),
            }
            for name, samples in scenarios.items()
        },
        "requests": len(every),
        "server_p50_ms": round(statistics.median(every), 2),
        "server_p95_ms": round(_percentile(every, 0.95), 2),
        "wall_p95_ms": round(_percentile(walls, 0.95), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=20, help="requests per scenario")
    parser.add_argument("--db", help="keep the database here instead of a temporary folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "search.db"
        build_s = 0.0
        if path.exists():
            print(f"reusing {path}")
        else:
            started = time.perf_counter()
            counts = build(path, mentions=args.mentions, pending=args.pending, people=args.people)
            prepare(path, mentions=args.mentions, pending=args.pending)
            build_s = time.perf_counter() - started
            print(f"built {path.name} in {build_s:.1f} s: {counts}")
        timing = measure(path, repeat=args.repeat, mentions=args.mentions)
    result = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "mentions": args.mentions,
        "build_seconds": round(build_s, 1),
        **timing,
        "budget_ms": BUDGET_MS,
    }
    result["search_p95_vs_budget"] = round(result["server_p95_ms"] / BUDGET_MS, 3)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"search_page-{result['at'].replace(':', '')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{'scenario':40} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'wall p95':>9}")
    for name, row in timing["scenarios"].items():
        print(
            f"{name:40} {row['n']:>4} {row['server_p50_ms']:>8.2f} {row['server_p95_ms']:>8.2f} "
            f"{row['wall_p95_ms']:>9.2f}"
        )
    print(
        f"all {result['requests']} requests: server p50 {result['server_p50_ms']} ms, "
        f"p95 {result['server_p95_ms']} ms; budget p95 < {BUDGET_MS:.0f} ms"
    )
    print(f"saved {out.relative_to(RESULTS.parent.parent)}")
    print(
        f"search_p95_ms={result['server_p95_ms']} "
        f"search_p95_vs_budget={result['search_p95_vs_budget']}"
    )


if __name__ == "__main__":
    main()
