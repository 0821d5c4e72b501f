"""Prove a speed change left every score the same: fingerprint all scores, then compare.

Why: ingest speed-ups rewrite hot paths (VADER steps, the model's features, the decision
step, the worker protocol); the only acceptable result is the same ``Score`` for every text,
field by field, floats bit for bit. Run it once with the old code and once with the new:

    git worktree add /tmp/old <old-commit>
    PYTHONPATH=/tmp/old .venv/bin/python scripts/score_identity.py dump /tmp/old.jsonl
    .venv/bin/python scripts/score_identity.py dump /tmp/new.jsonl
    .venv/bin/python scripts/score_identity.py compare /tmp/old.jsonl /tmp/new.jsonl

Texts: every corpus row (all trades: EVAL rows are scored for this check only, never printed
or read by anyone), the benchmark's generated mentions, the labelled tweets in tests/data,
and a few hostile strings. Each is scored three ways: ``Scorer.score_many`` in chunks (the
ingest path), in-process ``pool.prepare`` with the brand lexicon, and ``Scorer.polarity``
(VADER alone). Only the index and the differing field names are printed on a mismatch.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = [
    "",
    " ",
    "\x00\x01 nul and friends \u202e rtl",
    "😡😡😡 🙃",
    "ＦＵＬＬＷＩＤＴＨ café cafe\u0301",
    "a" * 6000,
    "BUT but But not NOT never kind of sort of",
    "<script>alert(1)</script> http://t.co/x www.example.com @brand #tag",
]


def _texts() -> list[str]:
    from bench.generate import generate
    from listener.text import normalize

    texts: list[str] = []
    for path in sorted((ROOT / "listener/scoring/data/corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    with (ROOT / "tests/data/labelled_customer_tweets.csv").open(encoding="utf-8") as handle:
        texts.extend(row["text"] for row in csv.DictReader(handle))
    texts.extend(m.text for m in generate(20_000))
    texts.extend(HOSTILE)
    return texts + [normalize(t) for t in texts]


def _fields(score: Any) -> dict[str, Any]:
    return {name: getattr(score, name) for name in type(score).__dataclass_fields__}


def _exact(value: Any) -> Any:
    """JSON-safe and exact: floats as their hex form, tuples as lists."""
    if isinstance(value, float):
        return value.hex()
    if isinstance(value, tuple | list):
        return [_exact(v) for v in value]
    return value


def dump(out: Path) -> None:
    """Write one JSON line per text: the three ways of scoring it, exactly."""
    from bench.ingest import SETTINGS
    from listener.scoring.pool import items_of, prepare
    from listener.scoring.relevance import BrandMatcher
    from listener.scoring.sentiment import get_scorer
    from listener.sources.base import RawMention

    texts = _texts()
    plain = get_scorer()
    branded = get_scorer({"bliss": 0.0, "crush": 0.0, "meh": -1.5})
    matcher = BrandMatcher(SETTINGS.brand)
    chunk = 500
    scores = []
    for start in range(0, len(texts), chunk):
        scores.extend(plain.score_many(texts[start : start + chunk]))
    prepared = []
    for start in range(0, len(texts), chunk):
        part = texts[start : start + chunk]
        mentions = [_raw(RawMention, i, text) for i, text in enumerate(part)]
        prepared.extend(prepare(items_of(mentions), branded, matcher))
    with out.open("w", encoding="utf-8") as handle:
        for text, score, ready in zip(texts, scores, prepared, strict=True):
            row = {
                "sha": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                "score": {k: _exact(v) for k, v in _fields(score).items()},
                "prepared": _exact(list(ready[:5]) + list(ready.score)),
                "polarity": {k: _exact(v) for k, v in plain.polarity(text).items()},
            }
            handle.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"{len(texts)} texts scored into {out}")


def _raw(cls: Any, index: int, text: str) -> Any:
    from datetime import UTC, datetime

    return cls(
        platform="twitter",
        external_id=str(index),
        text=text,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        author_id=None,
        author_handle="someone",
    )


def compare(old: Path, new: Path) -> int:
    """0 when both dumps are identical line by line; otherwise list where (not what) differs."""
    bad = 0
    with old.open(encoding="utf-8") as a, new.open(encoding="utf-8") as b:
        lines = 0
        for index, (left, right) in enumerate(zip(a, b, strict=True)):
            lines += 1
            if left == right:
                continue
            bad += 1
            one, two = json.loads(left), json.loads(right)
            if bad <= 20:
                differing = [k for k in one if one[k] != two.get(k)]
                inner = [
                    f"{part}.{key}"
                    for part in ("score", "polarity")
                    if part in differing
                    for key in one[part]
                    if one[part][key] != two[part].get(key)
                ]
                print(f"text #{index}: differs in {differing} {inner}")
    print(f"{lines} texts compared, {bad} differ")
    return 1 if bad else 0


def main() -> int:
    if str(ROOT) not in sys.path:  # after PYTHONPATH, so an old tree given there wins
        sys.path.append(str(ROOT))
    command, *paths = sys.argv[1:]
    if command == "dump":
        dump(Path(paths[0]))
        return 0
    if command == "compare":
        return compare(Path(paths[0]), Path(paths[1]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
