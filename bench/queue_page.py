"""Queue page server time with 100,000 pending drafts and 1,000,000 mentions on SQLite.

Run with ``make bench`` (or ``python -m bench.queue_page``). Builds the database with bulk
inserts (raw ``executemany`` into the migrated schema: 200,000 customers and accounts,
1,000,000 mentions, 100,000 pending drafts plus 30,000 decided ones), then signs in through
the real app with FastAPI's TestClient and requests the queue page: the first page, a walk
of 60 pages by the "next" links, pages deep in the queue, and every filter. Server time is
the app's own ``Server-Timing`` (handler, queries and template); wall time adds the test
client. The budget is a p95 of 50 ms. The last line reads
``queue_p95_ms=<ms> queue_p95_vs_budget=<ratio> keyset_vs_offset=<ratio>``, where the last
ratio compares a page 90% deep (90,000 drafts) read by OFFSET with the same page by keyset.
Results are saved as JSON in ``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"
BUDGET_MS = 50.0
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TIERS = ["gold"] * 2 + ["platinum"] + [None] * 97
INTENTS = ["complaint"] * 30 + ["question"] * 25 + ["praise"] * 25 + ["suggestion"] * 5
INTENTS += ["other"] * 15
LABELS = {"complaint": "negative", "question": "neutral", "praise": "positive"}


def _ts(value: datetime) -> str:
    """The text SQLAlchemy stores for a UTC datetime on SQLite."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert(db: sqlite3.Connection, table: str, rows: Iterator[dict[str, Any]]) -> int:
    first = next(rows)
    columns = list(first)
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    count = 0
    batch = [tuple(first.values())]
    for row in rows:
        batch.append(tuple(row.values()))
        if len(batch) >= 20_000:
            db.executemany(sql, batch)
            count += len(batch)
            batch = []
    db.executemany(sql, batch)
    return count + len(batch)


def build(path: Path, *, mentions: int, pending: int, people: int) -> dict[str, int]:
    """Create and fill the benchmark database; deterministic (seeded)."""
    from store.db import make_engine
    from store.migrate import upgrade

    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    rng = random.Random(7)
    db = sqlite3.connect(path)
    db.execute("PRAGMA synchronous=OFF")
    now = _ts(NOW)
    tiers = [rng.choice(TIERS) for _ in range(people)]

    def customers() -> Iterator[dict[str, Any]]:
        for n in range(1, people + 1):
            tier = tiers[n - 1]
            yield {
                "id": n,
                "name": f"Customer {n}" if tier else None,
                "preferred_name": None,
                "likes": "[]",
                "dislikes": "[]",
                "notes": "",
                "tags": "[]",
                "tier": tier,
                "do_not_contact": 0,
                "is_known": 1 if tier else 0,
                "stage": "transaction",
                "interactions": 5,
                "positive_interactions": 2,
                "negative_interactions": 1,
                "first_seen": now,
                "last_seen": now,
                "created_at": now,
                "updated_at": now,
            }

    def identities() -> Iterator[dict[str, Any]]:
        for n in range(1, people + 1):
            platform_name = "twitter" if n % 10 < 7 else "reddit"
            yield {
                "id": n,
                "platform": platform_name,
                "platform_user_id": str(10_000_000 + n),
                "handle": f"person_{n}",
                "handle_key": f"person_{n}",
                "display_name": f"Person {n}",
                "followers": rng.choice((12, 150, 900, 2500, 40_000)),
                "verified": 0,
                "is_bot": 0,
                "is_own": 0,
                "customer_id": n,
                "first_seen": now,
            }

    intents = [rng.choice(INTENTS) for _ in range(mentions)]
    authors = [rng.randrange(1, people + 1) for _ in range(mentions)]
    urgent = [rng.random() < 0.02 for _ in range(mentions)]

    def mention_rows() -> Iterator[dict[str, Any]]:
        for n in range(1, mentions + 1):
            intent = intents[n - 1]
            label = LABELS.get(intent, rng.choice(("neutral", "negative", "positive")))
            author = authors[n - 1]
            platform_name = "twitter" if author % 10 < 7 else "reddit"
            text = f"@bramblecounter mention {n}: the flat white was {label} today"
            yield {
                "id": n,
                "platform": platform_name,
                "external_id": str(1_800_000_000_000_000_000 + n),
                "source": "bench",
                "kind": "post",
                "url": f"https://x.com/person_{author}/status/{n}",
                "identity_id": author,
                "text": text,
                "text_normalized": text.lower(),
                "text_truncated": 0,
                "lang": "en",
                "created_at": _ts(NOW - timedelta(seconds=mentions - n)),
                "collected_at": now,
                "is_repost": 0,
                "is_own": 0,
                "is_relevant": 1,
                "is_spam": 0,
                "compound": -0.6 if label == "negative" else 0.6 if label == "positive" else 0.0,
                "pos": 0.0,
                "neu": 1.0,
                "neg": 0.0,
                "model_label": label,
                "model_intent": intent,
                "model_is_complaint": 1 if intent == "complaint" else 0,
                "label": label,
                "intent": intent,
                "is_complaint": 1 if intent == "complaint" else 0,
                "urgency": "high" if urgent[n - 1] else "normal",
                "urgency_reasons": '["safety"]' if urgent[n - 1] else "[]",
                "model_version": "bench",
                "status": "drafted",
            }

    if pending > mentions:
        raise SystemExit(f"--pending ({pending:,}) cannot exceed --mentions ({mentions:,})")
    # One draft per mention at most (drafts.mention_id is unique): with small sizes the
    # 30,000 decided drafts shrink to what is left.
    total = min(pending + 30_000, mentions)
    step = mentions // total

    def draft_rows() -> Iterator[dict[str, Any]]:
        for k in range(total):
            mention = 1 + k * step
            status = "pending" if k < pending else ("sent" if k % 3 else "rejected")
            intent = intents[mention - 1]
            priority = 0
            if urgent[mention - 1]:
                priority += (10 + rng.randrange(6)) * 100_000_000
            if intent == "complaint":
                priority += (1 + rng.randrange(100)) * 1_000_000
            tier = tiers[authors[mention - 1] - 1]
            priority += {"gold": 10_000, "platinum": 20_000}.get(tier or "", 0)
            if rng.random() < 0.1:
                priority += rng.randrange(4000, 7000)
            yield {
                "mention_id": mention,
                "customer_id": authors[mention - 1],
                "text": f"Thanks for telling us about mention {mention}. We're on it.",
                "template_key": "complaint/neutral",
                "tone": "calm",
                "alternatives": "[]",
                "lint": "[]",
                "priority": priority,
                "status": status,
                "assigned_to": "rita" if rng.random() < 0.05 else None,
                "created_at": now,
                "updated_at": now,
                "attempts": 0,
                "dry_run": 0,
            }

    counts = {}
    with db:
        counts["customers"] = _insert(db, "customers", customers())
        counts["identities"] = _insert(db, "identities", identities())
        counts["mentions"] = _insert(db, "mentions", mention_rows())
        counts["drafts"] = _insert(db, "drafts", _known_columns(db, "drafts", draft_rows()))
    db.close()
    return counts


def _known_columns(
    db: sqlite3.Connection, table: str, rows: Iterator[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """Drop columns a schema without them (an older migration) does not have."""
    names = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    for row in rows:
        yield {k: v for k, v in row.items() if k in names}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def signed_in_timer(path: Path, username: str, role: str) -> tuple[Any, Any, Any]:
    """A signed-in test client on the database at ``path``: (timed GET, engine, factory).

    The user is added unless a reused database has it. ``get(url)`` returns (server ms from
    the Server-Timing header, wall ms, body) and fails on anything but 200.
    """
    from fastapi.testclient import TestClient

    from config.settings import load_settings
    from responders.web import accounts, create_app
    from store.db import make_engine, make_sessionmaker

    settings = load_settings(environ={}, overrides={("brand", "name"): "Bramble"})
    engine = make_engine(f"sqlite:///{path}")
    factory = make_sessionmaker(engine)
    with factory() as session, session.begin():
        if accounts.find_user(session, username) is None:
            accounts.add_user(session, username, role=role, password="bench-password", actor="b")
    client = TestClient(create_app(settings, factory))
    login = client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', login.text).group(1)
    signed = client.post(
        "/login",
        data={"username": username, "password": "bench-password", "login_token": token},
        follow_redirects=False,
    )
    assert signed.status_code == 303, signed.text[:200]

    def get(url: str) -> tuple[float, float, str]:
        started = time.perf_counter()
        response = client.get(url)
        wall = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code)
        server = float(response.headers["server-timing"].split("dur=")[1])
        return server, wall, response.text

    return get, engine, factory


def measure(path: Path, *, repeat: int, depth: int) -> dict[str, Any]:
    """Sign in and time the queue page in every scenario; server and wall milliseconds."""
    get, engine, factory = signed_in_timer(path, "rita", "reviewer")
    for _ in range(5):
        get("/queue")  # warm caches, templates and the connection pool
    scenarios: dict[str, list[tuple[float, float]]] = {}

    def run(name: str, url: str, times: int = repeat) -> str:
        text = ""
        for _ in range(times):
            server, wall, text = get(url)
            scenarios.setdefault(name, []).append((server, wall))
        return text

    run("first page", "/queue")
    url: str | None = "/queue"
    for _ in range(60):  # walk page by page, as a person pressing "n" does
        server, wall, text = get(url)
        scenarios.setdefault("page walk", []).append((server, wall))
        found = re.search(r'id="next-page" href="([^"]+)"', text)
        url = found.group(1).replace("&amp;", "&") if found else "/queue"
    with sqlite3.connect(path) as db:
        deep = db.execute(
            "SELECT priority, id FROM drafts WHERE status='pending' "
            "ORDER BY priority DESC, id DESC LIMIT 1 OFFSET ?",
            (depth - 1,),
        ).fetchone()
    run(f"a page {depth:,} drafts deep", f"/queue?after={deep[0]}.{deep[1]}")
    for query in (
        "platform=reddit",
        "intent=question",
        "sentiment=negative",
        "tier=gold",
        "mine=1",
        "platform=twitter&intent=complaint&sentiment=negative",
    ):
        run(query, f"/queue?{query}")

    offset_ms, keyset_ms = _offset_vs_keyset(factory, deep, depth)
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
        "wall_p50_ms": round(statistics.median(walls), 2),
        "wall_p95_ms": round(_percentile(walls, 0.95), 2),
        "offset_deep_ms": round(offset_ms, 2),
        "keyset_deep_ms": round(keyset_ms, 2),
    }


def _offset_vs_keyset(factory: Any, deep: tuple[int, int], depth: int) -> tuple[float, float]:
    """The same page ``depth`` drafts deep, by OFFSET (queue.list_pending) and by keyset."""
    from responders import queue

    def best_of(fn: Any) -> float:
        times = []
        for _ in range(5):
            with factory() as session:
                started = time.perf_counter()
                fn(session)
                times.append((time.perf_counter() - started) * 1000)
        return min(times)

    offset = best_of(lambda s: queue.list_pending(s, now=NOW, limit=50, offset=depth))
    keyset = best_of(lambda s: queue.page_pending(s, now=NOW, after=deep, limit=50))
    return offset, keyset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=1_000_000)
    parser.add_argument("--pending", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=40, help="requests per scenario")
    parser.add_argument("--db", help="keep the database here instead of a temporary folder")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "queue.db"
        if path.exists():
            print(f"reusing {path}")
            counts: dict[str, int] = {}
            build_s = 0.0
        else:
            started = time.perf_counter()
            counts = build(path, mentions=args.mentions, pending=args.pending, people=args.people)
            build_s = time.perf_counter() - started
            print(f"built {path.name} in {build_s:.1f} s: {counts}")
        timing = measure(path, repeat=args.repeat, depth=int(args.pending * 0.9))
    result = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "mentions": args.mentions,
        "pending_drafts": args.pending,
        "build_seconds": round(build_s, 1),
        "rows": counts,
        **timing,
        "budget_ms": BUDGET_MS,
    }
    result["queue_p95_vs_budget"] = round(result["server_p95_ms"] / BUDGET_MS, 3)
    result["keyset_vs_offset"] = round(result["offset_deep_ms"] / result["keyset_deep_ms"], 1)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"queue_page-{result['at'].replace(':', '')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{'scenario':58} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'wall p95':>9}")
    for name, row in timing["scenarios"].items():
        print(
            f"{name:58} {row['n']:>4} {row['server_p50_ms']:>8.2f} {row['server_p95_ms']:>8.2f} "
            f"{row['wall_p95_ms']:>9.2f}"
        )
    print(
        f"all {result['requests']} requests: server p50 {result['server_p50_ms']} ms, "
        f"p95 {result['server_p95_ms']} ms (wall p95 {result['wall_p95_ms']} ms); "
        f"budget p95 < {BUDGET_MS:.0f} ms"
    )
    depth = int(args.pending * 0.9)
    print(
        f"a page {depth:,} drafts deep: OFFSET {result['offset_deep_ms']} ms, "
        f"keyset {result['keyset_deep_ms']} ms"
    )
    print(f"saved {out.relative_to(RESULTS.parent.parent)}")
    print(
        f"queue_p95_ms={result['server_p95_ms']} "
        f"queue_p95_vs_budget={result['queue_p95_vs_budget']} "
        f"keyset_vs_offset={result['keyset_vs_offset']}"
    )


if __name__ == "__main__":
    main()
