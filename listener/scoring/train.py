"""Build the model's weights from the labelled corpus (``make model``), reproducibly.

Why logistic regression: on ~2,000 labelled mentions a linear model over n-grams is
as good as anything heavier, trains in seconds, and its weights are plain arrays. Every
input is sorted and every solver deterministic (lbfgs, no random start), so the same corpus
and parameters give the same ``weights.npz`` byte for byte; ``version`` in the manifest is a
hash of both. Only the TRAIN trades are used: the EVAL trades measure, they never teach.

Run as ``python -m listener.scoring.train`` (``--cv`` prints leave-one-trade-out scores on
the TRAIN trades, the way parameters were chosen).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from listener.scoring import model
from listener.scoring.datasets import (
    CORPUS_DIR,
    DATA_DIR,
    TRAIN_TRADES,
    URGENCY_DEV_HEADS,
    URGENCY_DEV_TRADES,
    WEEK_SETS,
    WEEK_WEIGHTS,
)
from listener.scoring.sentiment import get_scorer, normalise

URGENCY_BUDGET = 0.002
"""Each urgency head's threshold is the lowest at which, out of fold, it adds at most this
share of the TRAIN trades' calm mentions as false urgent beyond the rules (docs/evaluation.md)."""
PARAMS = {
    "C": {"intent": 20.0, "complaint": 20.0, "mood": 20.0, "sentiment": 20.0},
    "max_iter": 3000,
    "bare_copy_weight": 0.5,  # see examples_of
    # every class weighs the same in total, however many examples it has: complaints are
    # 40% of the corpus and suggestions 7%, and a model fitted to the corpus's own mix leans
    # to its frequent classes, a habit of the corpus more than of brands' mentions; chosen
    # on leave-one-trade-out over the TRAIN trades (docs/evaluation.md)
    "class_weight": "balanced",
    # the urgency heads: chosen out of fold (leave one trade out over the TRAIN trades and the
    # urgency tuning halves) at the false-alarm budget: 3, 10, 30, 100, 300 tried; 100 found
    # the most safety, payment, security and churn rows (docs/classification.md, rules-15)
    "C_urgency": 100.0,
}


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text; ``weight`` > 1 for a brand's own corrections."""

    text: str
    labels: Mapping[str, str]  # task -> class, only the tasks this example teaches
    weight: float = 1.0
    trade: str = ""


def read_corpus(trades: Iterable[str], folder: Path = CORPUS_DIR) -> list[dict]:
    """The corpus rows of ``trades``, in id order (file order never matters)."""
    rows = []
    for trade in sorted(trades):
        path = folder / f"{trade}.jsonl"
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return sorted(rows, key=lambda row: row["id"])


_LEADING_HANDLES = re.compile(r"^(?:\s*@\w+)+[\s,:]*")


def examples_of(row: Mapping) -> list[Example]:
    """A corpus row, and the same text without its leading @handles when it has some.

    Mentions found by keyword name the brand without addressing it; in the corpus most short
    posts address the brand, so without the copy the model would learn "addressed" as a sign
    of a complaint and read an unaddressed short complaint as praise.
    """
    example = example_of(row)
    bare = _LEADING_HANDLES.sub("", row["text"], count=1)
    if bare == row["text"] or not bare.strip():
        return [example]
    copy_weight = example.weight * PARAMS["bare_copy_weight"]
    return [example, Example(bare, example.labels, copy_weight, example.trade)]


def example_of(row: Mapping) -> Example:
    """A corpus row as an example of all four tasks and the urgency heads."""
    return Example(
        text=row["text"],
        labels={
            "intent": row["intent"],
            "complaint": "yes" if row["is_complaint"] else "no",
            "mood": row["mood"],
            "sentiment": row["sentiment"],
            **urgency_labels(row),
        },
        trade=row.get("trade", ""),
    )


def urgency_labels(row: Mapping) -> dict[str, str]:
    """One yes/no label per urgency head from a row's ``urgency`` class."""
    return {
        f"urgent_{name}": "yes" if row.get("urgency") == name else "no"
        for name in model.LEARNED_URGENCY
    }


def urgency_dev_examples(data: Path = DATA_DIR) -> list[Example]:
    """The urgency dev sets' tuning trades as examples of the urgency heads only (of some
    heads for ``URGENCY_DEV_HEADS``)."""
    out = []
    for folder, trades in sorted(URGENCY_DEV_TRADES.items()):
        for row in read_corpus(trades, data / folder):
            out.append(Example(row["text"], urgency_labels(row), trade=f"{folder}/{row['trade']}"))
    for folder, (trades, heads) in sorted(URGENCY_DEV_HEADS.items()):
        wanted = {f"urgent_{name}" for name in heads}
        for row in read_corpus(trades, data / folder):
            labels = {task: v for task, v in urgency_labels(row).items() if task in wanted}
            out.append(Example(row["text"], labels, trade=f"{folder}/{row['trade']}"))
    return out


def week_examples(data: Path = DATA_DIR) -> list[Example]:
    """The week sets' taught trades as examples of the four tasks only (no urgency head)."""
    out = []
    for name, trades in WEEK_SETS.items():
        for row in read_corpus(trades, data / name):
            for ex in examples_of(row):
                labels = {task: v for task, v in ex.labels.items() if task in model.TASKS}
                weight = ex.weight * WEEK_WEIGHTS.get(name, 1.0)
                out.append(Example(ex.text, labels, weight, f"{name}/{row['trade']}"))
    return out


def base_examples(trades: Iterable[str] = (), folder: Path = CORPUS_DIR) -> list[Example]:
    """What every model is trained on: the corpus rows of ``trades`` (all tasks, and their
    handle-less copies), the week sets' taught trades (the four tasks) and the urgency dev
    examples (urgency heads only)."""
    rows = read_corpus(trades or TRAIN_TRADES, folder)
    return (
        [ex for row in rows for ex in examples_of(row)]
        + week_examples(folder.parent)
        + urgency_dev_examples(folder.parent)
    )


def features_of(texts: Sequence[str]):  # type: ignore[no-untyped-def]
    """The vocabulary of ``texts`` (sorted) and their features, as run time computes them."""
    from listener.scoring.understand import inputs_of

    clean = [normalise(text) for text in texts]
    polarities, rules, sarcasm, _langs, _foreign = inputs_of(get_scorer(), clean)
    vocabulary = sorted({token for text in clean for token in model.word_tokens(text)})
    index = {token: i for i, token in enumerate(vocabulary)}
    return vocabulary, model.featurize(clean, polarities, rules, sarcasm, index)


def fit(
    examples: Sequence[Example],
    params: Mapping = PARAMS,
    version: str = "",
    thresholds: Mapping[str, float] | None = None,
    featurised: tuple | None = None,
) -> model.Weights:
    """Train one linear model per task and stack them into one ``Weights``.

    The urgency heads are fitted only when some example teaches them, on the word features
    alone (``model.URGENCY_DENSE`` zeroed); ``thresholds`` are theirs. ``featurised`` is
    ``features_of`` of the examples' texts when the caller has it already.
    """
    vocabulary, features = featurised or features_of([ex.text for ex in examples])
    tasks = dict(model.TASKS)
    if any(task in ex.labels for ex in examples for task in model.URGENCY_TASKS):
        tasks.update(model.URGENCY_TASKS)
    blind = _words_only(features, len(vocabulary))
    blocks, biases = [], []
    for task, classes in tasks.items():
        rows = [i for i, ex in enumerate(examples) if task in ex.labels]
        clf = _head(task, params)
        _fit_head(clf, blind if task in model.URGENCY_TASKS else features, examples, rows, task)
        coef, bias = _full_classes(clf, len(classes))
        blocks.append(coef)
        biases.append(bias)
    coef = np.hstack(blocks).astype(np.float16).astype(np.float32)
    words = len(vocabulary)
    kept = np.flatnonzero(np.abs(coef[:words]).max(axis=1) > 0)  # n-grams that weigh
    rows = np.concatenate([kept, np.arange(words, coef.shape[0])])
    return model.Weights(
        version=version,
        vocabulary=tuple(vocabulary[i] for i in kept),
        coef=coef[rows],
        bias=np.concatenate(biases).astype(np.float32),
        classes=tasks,
        thresholds=dict(thresholds or {}),
    )


def _head(task: str, params: Mapping) -> LogisticRegression:
    """The classifier of one task (urgency heads: one-vs-rest, their own C, balanced)."""
    urgent = task in model.URGENCY_TASKS
    return LogisticRegression(
        C=params["C_urgency"] if urgent else params["C"][task],
        max_iter=params["max_iter"],
        tol=1e-4,
        class_weight="balanced" if urgent else params.get("class_weight"),
    )


def _fit_head(  # type: ignore[no-untyped-def]
    clf: LogisticRegression, features, examples: Sequence[Example], rows: list[int], task: str
) -> None:
    classes = model.URGENCY_TASKS.get(task) or model.TASKS[task]
    y = np.array([classes.index(examples[i].labels[task]) for i in rows])
    weight = np.array([examples[i].weight for i in rows], dtype=np.float64)
    # One BLAS thread whatever the environment: lbfgs stops at a tolerance, and on the flat
    # directions of the mood head a multi-threaded BLAS (another order of summation) stopped
    # up to 0.3 away in a coefficient, so `make model` and a rebuild under pytest differed.
    with threadpool_limits(limits=1):
        clf.fit(features[rows], y, sample_weight=weight)


def _words_only(features, words: int):  # type: ignore[no-untyped-def]
    """``features`` with the dense columns zeroed: what the urgency heads learn from."""
    keep = np.ones(features.shape[1])
    keep[words + np.array(model.URGENCY_DENSE, dtype=np.int64)] = 0.0
    return features.multiply(keep).tocsr()


def urgency_thresholds(
    examples: Sequence[Example],
    budget: float = URGENCY_BUDGET,
    params: Mapping = PARAMS,
    featurised: tuple | None = None,
) -> dict[str, float]:
    """Each urgency head's threshold, chosen out of fold (leave one trade out).

    For every trade, the heads are trained on the others and score it; a head's threshold
    is then the lowest (in steps of 0.01, from 0.5) at which it flags at most ``budget`` of
    the corpus's calm mentions (no safety/payment/security/legal label) that the rules left
    calm. Why out of fold: on its own training rows a head is sure of everything.
    """
    from listener.scoring.urgency import urgency_classes

    vocabulary, features = featurised or features_of([ex.text for ex in examples])
    blind = _words_only(features, len(vocabulary))
    trades = np.array([ex.trade for ex in examples])
    oof = {name: np.zeros(len(examples)) for name in model.LEARNED_URGENCY}
    for trade in sorted(set(trades.tolist())):
        teach = np.flatnonzero(trades != trade).tolist()
        held = np.flatnonzero(trades == trade)
        for name in model.LEARNED_URGENCY:
            task = f"urgent_{name}"
            clf = _head(task, params)
            taught = [i for i in teach if task in examples[i].labels]
            _fit_head(clf, blind, examples, taught, task)
            oof[name][held] = clf.predict_proba(blind[held])[:, 1]
    # the calm corpus rows the rules leave calm: what a head's false alarms are counted on
    # (for the churn head: the calm rows that are not churn either, and that the rules do
    # not already call churn; the budget is a share of the same calm rows for every head)
    # (rows labelled for the heads only: the week set teaches the four tasks, not the heads)
    corpus = [
        i
        for i, ex in enumerate(examples)
        if "intent" in ex.labels and "urgent_safety" in ex.labels and ex.weight == 1.0
    ]
    calm = [i for i in corpus if not _GRAVE_TASKS & _said_yes(examples[i])]
    rules = {i: set(urgency_classes(examples[i].text)) for i in calm}
    quiet = [i for i in calm if not _GRAVE & rules[i]]
    quiet_churn = [
        i for i in quiet if "urgent_churn" not in _said_yes(examples[i]) and "churn" not in rules[i]
    ]
    out = {}
    for name in model.LEARNED_URGENCY:
        scores = oof[name][quiet_churn if name == "churn" else quiet]
        for step in range(50, 100):
            bar = step / 100
            if (scores >= bar).sum() <= budget * len(calm):
                out[name] = bar
                break
        else:
            out[name] = 1.01  # never: no threshold keeps this head within the budget
    return out


_GRAVE = frozenset(model.LEARNED_URGENCY) - {"churn"}
_GRAVE_TASKS = frozenset(f"urgent_{name}" for name in _GRAVE)


def _said_yes(example: Example) -> set[str]:
    """The urgency heads ``example`` teaches "yes"."""
    return {task for task in model.URGENCY_TASKS if example.labels.get(task) == "yes"}


def _full_classes(clf: LogisticRegression, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients (features × n classes) even when a class was absent or the task binary.

    A binary model's one weight vector w becomes two columns -w/2 and w/2: their softmax is
    exactly the sigmoid of w. A class never seen gets a very low bias.
    """
    if clf.coef_.shape[0] == 1:
        w, b = clf.coef_[0], clf.intercept_[0]
        pair_coef = np.stack([-w / 2, w / 2], axis=1)
        pair_bias = np.array([-b / 2, b / 2])
        coef = np.zeros((w.shape[0], n))
        bias = np.full(n, -30.0)
        for j, cls in enumerate(clf.classes_):
            coef[:, cls], bias[cls] = pair_coef[:, j], pair_bias[j]
        return coef, bias
    coef = np.zeros((clf.coef_.shape[1], n))
    bias = np.full(n, -30.0)
    for j, cls in enumerate(clf.classes_):
        coef[:, cls], bias[cls] = clf.coef_[j], clf.intercept_[j]
    return coef, bias


def corpus_hash(trades: Iterable[str], folder: Path = CORPUS_DIR) -> str:
    """sha256 over the corpus files of ``trades``, the urgency dev files the heads learn from,
    the week sets taught and their weights, and the parameters and feature config."""
    digest = hashlib.sha256()
    for trade in sorted(trades):
        digest.update(trade.encode())
        digest.update((folder / f"{trade}.jsonl").read_bytes())
    for name, dev_trades in sorted(URGENCY_DEV_TRADES.items()):
        for trade in dev_trades:
            digest.update(f"{name}/{trade}".encode())
            digest.update((folder.parent / name / f"{trade}.jsonl").read_bytes())
    for name, week_trades in WEEK_SETS.items():
        for trade in week_trades:
            digest.update(f"{name}/{trade}".encode())
            digest.update((folder.parent / name / f"{trade}.jsonl").read_bytes())
    for name, (dev_trades, heads) in sorted(URGENCY_DEV_HEADS.items()):
        digest.update(f"{name}:{','.join(heads)}".encode())
        for trade in dev_trades:
            digest.update(f"{name}/{trade}".encode())
            digest.update((folder.parent / name / f"{trade}.jsonl").read_bytes())
    digest.update(
        json.dumps(
            [PARAMS, model.FEATURE_CONFIG, URGENCY_BUDGET, model.URGENCY_DENSE, WEEK_WEIGHTS],
            sort_keys=True,
        ).encode()
    )
    return digest.hexdigest()


def build(out: Path = model.BASE_DIR, folder: Path = CORPUS_DIR) -> dict:
    """Train on the TRAIN trades and write the shipped model; returns the manifest."""
    rows = read_corpus(TRAIN_TRADES, folder)
    version = corpus_hash(TRAIN_TRADES, folder)
    examples = base_examples(TRAIN_TRADES, folder)
    featurised = features_of([ex.text for ex in examples])  # VADER and the rules, once
    thresholds = urgency_thresholds(examples, featurised=featurised)
    weights = fit(examples, version=version, thresholds=thresholds, featurised=featurised)
    manifest = {
        "version": version,
        "trained_on": list(TRAIN_TRADES),
        "examples": len(rows),
        "params": PARAMS,
        "features": model.FEATURE_CONFIG,
        "classes": [[task, list(classes)] for task, classes in weights.classes.items()],
        "vocabulary": len(weights.vocabulary),
        "urgency_trained_on": {k: list(v) for k, v in URGENCY_DEV_TRADES.items()},
        "urgency_trained_on_heads": {
            k: {"trades": list(trades), "heads": list(heads)}
            for k, (trades, heads) in URGENCY_DEV_HEADS.items()
        },
        "week_trained_on": {name: list(trades) for name, trades in WEEK_SETS.items()},
        "week_weights": {name: WEEK_WEIGHTS.get(name, 1.0) for name in WEEK_SETS},
        "urgency_budget": URGENCY_BUDGET,
        "urgency_thresholds": thresholds,
    }
    model.save(out, weights, manifest)
    return manifest


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=model.BASE_DIR)
    parser.add_argument("--cv", action="store_true", help="leave-one-trade-out on TRAIN trades")
    args = parser.parse_args(argv)
    if args.cv:
        from listener.scoring.measure import cross_validate, format_table

        print(format_table(cross_validate(TRAIN_TRADES)))
        return
    manifest = build(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(
        f"model {manifest['version'][:8]}: {manifest['examples']} examples, "
        f"{manifest['vocabulary']} n-grams, {size / 1e6:.1f} MB in {args.out}"
    )


if __name__ == "__main__":
    main()
