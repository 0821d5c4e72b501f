"""Ingest throughput against raw VADER and against a naive one-commit-per-mention loop.

Run with ``make bench``. All three are measured in the same run on the same texts, so the
ratios hold on any machine; absolute numbers are printed too. The naive baseline runs on a
subset (one commit per mention is slow), reported as a rate. The last line reads
``ingest_vs_vader=<ratio> ingest_vs_naive=<ratio>``; results are saved as JSON in
``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from bench.generate import generate
from config.settings import load_settings
from listener.people.linking import link_authors
from listener.people.stage import refresh_customers
from listener.pipeline import Pipeline
from listener.scoring.relevance import BrandMatcher
from listener.scoring.sentiment import get_scorer
from listener.sources.base import Batch
from listener.text import clean_original, normalize
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade
from store.models import Mention

RESULTS = Path(__file__).resolve().parent / "results"
SETTINGS = load_settings(
    environ={},
    overrides={
        ("brand", "keywords"): ["bramble", "bramblecounter"],
        ("brand", "handles"): {"twitter": ["bramblecounter"]},
    },
)


def _fresh_factory(folder: Path, name: str):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{folder / name}")
    upgrade(engine)
    return make_sessionmaker(engine)


def bench_vader(texts: list[str]) -> float:
    analyzer = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    for text in texts:
        analyzer.polarity_scores(text)
    return len(texts) / (time.perf_counter() - started)


def bench_ingest(mentions: list, folder: Path) -> float:  # type: ignore[type-arg]
    factory = _fresh_factory(folder, "ingest.db")
    pipeline = Pipeline(factory, SETTINGS)
    started = time.perf_counter()
    report = pipeline.ingest(Batch(source="bench", mentions=tuple(mentions), cursor={"n": "1"}))
    elapsed = time.perf_counter() - started
    assert report.stored == len(mentions), report
    return len(mentions) / elapsed


def bench_naive(mentions: list, folder: Path) -> float:  # type: ignore[type-arg]
    """The obvious loop: score, link, add one ORM object, commit; per mention."""
    factory = _fresh_factory(folder, "naive.db")
    scorer = get_scorer()
    matcher = BrandMatcher(SETTINGS.brand)
    started = time.perf_counter()
    for mention in mentions:
        with factory() as session, session.begin():
            text, truncated = clean_original(mention.text)
            norm = normalize(text)
            score = scorer.score(norm)
            link = next(
                iter(link_authors(session, [mention], own=matcher, now=mention.created_at).values())
            )
            session.add(
                Mention(
                    platform=mention.platform,
                    external_id=mention.external_id,
                    text=text,
                    text_normalized=norm,
                    text_truncated=truncated,
                    created_at=mention.created_at,
                    identity_id=link.identity_id,
                    compound=score.compound,
                    label=score.label,
                    model_label=score.label,
                    intent=score.intent,
                    is_complaint=score.is_complaint,
                    urgency=score.urgency,
                    model_version=score.model_version,
                )
            )
            session.flush()
            refresh_customers(session, [link.customer_id])
    return len(mentions) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--naive-count", type=int, default=3_000)
    args = parser.parse_args()

    mentions = generate(args.count)
    texts = [normalize(m.text) for m in mentions]
    get_scorer().score_many(texts[:200])  # warm the analyzer and regexes
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as tmp:
        folder = Path(tmp)
        vader = bench_vader(texts)
        ingest = bench_ingest(mentions, folder)
        naive = bench_naive(generate(args.naive_count, seed=11), folder)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "mentions": args.count,
        "naive_mentions": args.naive_count,
        "vader_per_s": round(vader, 1),
        "ingest_per_s": round(ingest, 1),
        "naive_per_s": round(naive, 1),
        "ingest_vs_vader": round(ingest / vader, 3),
        "ingest_vs_naive": round(ingest / naive, 2),
        "peak_rss_mb": round(peak_mb, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"ingest-{result['at'].replace(':', '')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"raw VADER polarity_scores : {vader:10,.0f} texts/s")
    print(f"ingest (SQLite file)      : {ingest:10,.0f} mentions/s  ({args.count:,} mentions)")
    print(f"naive 1 commit/mention    : {naive:10,.0f} mentions/s  ({args.naive_count:,} mentions)")
    print(f"peak memory (RSS)         : {peak_mb:10,.0f} MB")
    print(f"saved {out.relative_to(RESULTS.parent.parent)}")
    print(
        f"ingest_vs_vader={result['ingest_vs_vader']} ingest_vs_naive={result['ingest_vs_naive']}"
    )


if __name__ == "__main__":
    main()
