"""Measure understanding on the labelled corpus, per trade: rules only, the model, plain VADER.

Used by ``run_bot.py eval`` and ``python -m listener.scoring.train --cv``. Figures:
intent accuracy and macro-F1, complaint F1 and macro-F1, urgency recall per class and the
false-urgent rate (mentions with no urgent class that were flagged urgent), mood agreement,
and sentiment three-class macro-F1. "vader" is VADER's label for sentiment and "VADER
negative" for complaint; it has no intent or mood.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from listener.scoring.decide import INTENTS, LABELS, MOODS
from listener.scoring.evaluate import _metrics
from listener.scoring.sentiment import Scorer, label_for, normalise
from listener.scoring.understand import URGENT, score_batch

URGENCY = ("safety", "payment", "security", "legal", "churn")
SYSTEMS = ("rules", "model", "vader")


def predictions(rows: Sequence[Mapping], scorer: Scorer, system: str, weights=None) -> list[dict]:  # type: ignore[no-untyped-def]
    """What ``system`` says about each corpus row (intent, complaint, urgency, mood, label)."""
    texts = [normalise(row["text"]) for row in rows]
    if system == "vader":
        out = []
        for text in texts:
            label = label_for(scorer.polarity(text)["compound"])
            out.append({"label": label, "complaint": label == "negative"})
        return out
    scores = score_batch(scorer, texts, use_model=system == "model", weights=weights)
    return [
        {
            "intent": s.intent,
            "complaint": s.is_complaint,
            "urgency": s.urgency_reasons,
            "urgent": s.urgency == "high",
            "mood": s.mood,
            "label": s.label,
        }
        for s in scores
    ]


def metrics(rows: Sequence[Mapping], preds: Sequence[Mapping]) -> dict[str, Any]:
    """The figures for one set of rows (see the module docstring); None where not applicable."""
    gold_c = ["complaint" if r["is_complaint"] else "not_complaint" for r in rows]
    pred_c = ["complaint" if p["complaint"] else "not_complaint" for p in preds]
    complaint = _metrics(gold_c, pred_c, ("complaint", "not_complaint"))
    sentiment = _metrics([r["sentiment"] for r in rows], [p["label"] for p in preds], LABELS)
    out: dict[str, Any] = {
        "n": len(rows),
        "complaint_f1": complaint["per_class"].get("complaint", {}).get("f1", 0.0),
        "complaint_macro_f1": complaint["macro_f1"],
        "sentiment_macro_f1": sentiment["macro_f1"],
    }
    if "intent" not in preds[0]:
        return out
    intent = _metrics([r["intent"] for r in rows], [p["intent"] for p in preds], INTENTS)
    mood = _metrics([r["mood"] for r in rows], [p["mood"] for p in preds], MOODS)
    recall: dict[str, list[int]] = {name: [0, 0] for name in URGENCY}
    false_urgent = calm = 0
    for row, pred in zip(rows, preds, strict=True):
        gold = row["urgency"]
        if gold in recall:
            recall[gold][1] += 1
            recall[gold][0] += gold in pred["urgency"]
        if gold not in URGENT:
            calm += 1
            false_urgent += pred["urgent"]
    out.update(
        intent_accuracy=intent["accuracy"],
        intent_macro_f1=intent["macro_f1"],
        mood_agreement=mood["accuracy"],
        urgency_recall={k: (f"{a}/{b}" if b else "-") for k, (a, b) in recall.items()},
        false_urgent_rate=round(false_urgent / calm, 4) if calm else 0.0,
    )
    return out


def evaluate_trades(
    rows: Sequence[Mapping], scorer: Scorer, systems: Sequence[str] = SYSTEMS
) -> dict[str, dict[str, dict[str, Any]]]:
    """{system: {trade or "overall": figures}} for corpus ``rows``."""
    report: dict[str, dict[str, dict[str, Any]]] = {}
    for system in systems:
        preds = predictions(rows, scorer, system)
        report[system] = _by_trade(rows, preds)
    return report


def _by_trade(rows: Sequence[Mapping], preds: Sequence[Mapping]) -> dict[str, dict[str, Any]]:
    out = {}
    for trade in sorted({row["trade"] for row in rows}):
        idx = [i for i, row in enumerate(rows) if row["trade"] == trade]
        out[trade] = metrics([rows[i] for i in idx], [preds[i] for i in idx])
    out["overall"] = metrics(rows, preds)
    return out


def cross_validate(trades: Sequence[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """Leave one trade out: train on the others, predict it; rules and VADER alongside."""
    from listener.scoring import model, train
    from listener.scoring.sentiment import get_scorer

    scorer = get_scorer()
    rows = train.read_corpus(trades)
    preds: list[dict] = [{} for _ in rows]
    dev = [*train.week_examples(), *train.urgency_dev_examples()]
    thresholds = model.weights_at(model.BASE_DIR).thresholds
    for held in sorted(trades):
        idx = [i for i, row in enumerate(rows) if row["trade"] == held]
        teach = [ex for row in rows if row["trade"] != held for ex in train.examples_of(row)]
        weights = train.fit([*teach, *dev], thresholds=thresholds)
        held_out = predictions([rows[i] for i in idx], scorer, "model", weights)
        for i, pred in zip(idx, held_out, strict=True):
            preds[i] = pred
    report = evaluate_trades(rows, scorer, ("rules", "vader"))
    report["model"] = _by_trade(rows, preds)
    return report


_COLUMNS = (
    ("intent_accuracy", "int.acc"),
    ("intent_macro_f1", "int.F1"),
    ("complaint_f1", "cpl.F1"),
    ("complaint_macro_f1", "cpl.mF1"),
    ("mood_agreement", "mood"),
    ("sentiment_macro_f1", "sent.mF1"),
    ("false_urgent_rate", "f.urg"),
)


def format_table(report: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> str:
    """A plain-text table: one line per system and trade, urgency recall on the right."""
    head = f"{'system':<7}{'trade':<14}{'n':>5}" + "".join(f"{t:>9}" for _k, t in _COLUMNS)
    lines = [head + "  urgency recall (safety payment security legal churn)"]
    for system, trades in report.items():
        for trade, figures in trades.items():
            cells = []
            for key, _title in _COLUMNS:
                value = figures.get(key)
                cells.append(f"{value:>9.3f}" if isinstance(value, float) else f"{'-':>9}")
            recall = figures.get("urgency_recall")
            tail = " ".join(recall[k] for k in URGENCY) if recall else ""
            lines.append(f"{system:<7}{trade:<14}{figures['n']:>5}" + "".join(cells) + "  " + tail)
    return "\n".join(lines)
