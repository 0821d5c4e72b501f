"""Read texts from CSV/TSV/JSONL files, classify them, and measure the rules against labels.

Used by the ``classify`` and ``eval`` commands. Reading never stops at a bad row: a row
that cannot be used is reported in ``problems`` (``"path:line: what is wrong"``, for the
CLI to print to stderr) and, where it still has a line number worth keeping, yielded as a
``Row`` whose ``error`` is set. Only a file-level mistake (unreadable file, unknown format,
missing column, UTF-16) raises, when ``read_texts`` is called: ``InputFileError``, which
is both the CLI's ``InputError`` (exit code 2, no traceback) and a ``ValueError``.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from config.errors import InputError
from listener.scoring.sentiment import Scorer, get_scorer, label_for, normalise

log = logging.getLogger(__name__)

FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}
TASKS = ("complaint", "sentiment", "intent")
CLASSES = {
    "complaint": ("complaint", "not_complaint"),
    "sentiment": ("positive", "negative", "neutral"),
    "intent": ("complaint", "question", "praise", "suggestion", "other"),
}
_TRUE = {"1", "1.0", "true", "t", "yes", "y", "complaint", "is_complaint"}
_FALSE = {
    "0",
    "0.0",
    "false",
    "f",
    "no",
    "n",
    "not_complaint",
    "not complaint",
    "not-complaint",
    "non-complaint",
    "non_complaint",
    "non complaint",
    "noncomplaint",
    "no_complaint",
    "no complaint",
}
_SENTIMENT = {
    "positive": "positive",
    "pos": "positive",
    "negative": "negative",
    "neg": "negative",
    "neutral": "neutral",
    "neu": "neutral",
}
_MAX_MISTAKES = 20


class InputFileError(InputError, ValueError):
    """A file, column or set of labels the user handed us cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class Row:
    """One input record: its line number, text, requested extra columns, or why it is unusable."""

    line: int
    text: str
    extra: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None


def _report(problems: list[str] | None, message: str) -> None:
    if problems is None:
        log.warning("%s", message)
    else:
        problems.append(message)


def read_texts(
    path: Path,
    *,
    text_column: str = "text",
    extra_columns: Sequence[str] = (),
    problems: list[str] | None = None,
) -> Iterator[Row]:
    """Open ``path`` and return an iterator of ``Row`` in file order.

    The format comes from the extension: .csv, .tsv, or JSON lines (.jsonl, .ndjson,
    .json with one object per line). Files are UTF-8, with or without a BOM; a line that
    is not valid UTF-8 is decoded with U+FFFD replacements and reported. Column names
    match exactly or, failing that, ignoring case and surrounding spaces. Problems go to
    ``problems`` if given, otherwise to this module's logger.
    """
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InputFileError(
            f"{path}: unknown file type {path.suffix!r}; use one of {', '.join(sorted(FORMATS))}"
        )
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputFileError(f"{path}: cannot open ({exc.strerror or exc})") from None
    try:
        if handle.peek(2)[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise InputFileError(f"{path}: file is UTF-16; save it as UTF-8 (CSV UTF-8 in Excel)")
        lines = _decoded_lines(handle, path, problems)
        columns = (text_column, *extra_columns)
        if kind == "jsonl":
            rows = _json_rows(lines, path, columns, problems)
        else:
            rows = _csv_rows(lines, path, columns, "\t" if kind == "tsv" else ",", problems)
    except BaseException:
        handle.close()
        raise
    return _closing(rows, handle)


def _closing(rows: Iterator[Row], handle: BinaryIO) -> Iterator[Row]:
    with handle:
        yield from rows


def _decoded_lines(
    handle: BinaryIO, path: Path, problems: list[str] | None
) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(handle, start=1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", errors="replace")
            _report(
                problems,
                f"{path}:{number}: invalid UTF-8 at byte {exc.start + 1}, replaced with U+FFFD",
            )
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        yield number, text


def _match_columns(
    header: Sequence[str], wanted: Sequence[str], path: Path, what: str
) -> dict[str, str]:
    """Map each wanted column to the header name it matches; ValueError if one is missing."""
    loose = {}
    for name in header:
        loose.setdefault(name.strip().lower(), name)
    found: dict[str, str] = {}
    for column in wanted:
        if column in header:
            found[column] = column
        elif column.strip().lower() in loose:
            found[column] = loose[column.strip().lower()]
        else:
            present = ", ".join(repr(name) for name in header) or "none"
            raise InputFileError(f"{path}: no {what} {column!r}; {what}s present: {present}")
    return found


def _csv_rows(
    lines: Iterator[tuple[int, str]],
    path: Path,
    columns: Sequence[str],
    delimiter: str,
    problems: list[str] | None,
) -> Iterator[Row]:
    numbers: list[int] = [0]

    def texts() -> Iterator[str]:
        for number, text in lines:
            numbers[0] = number
            yield text

    reader = csv.reader(texts(), delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise InputFileError(
            f"{path}: empty file; expected a header row with column {columns[0]!r}"
        )
    index = {name: i for i, name in enumerate(header)}
    found = _match_columns(header, columns, path, "column")
    positions = [(column, index[found[column]]) for column in columns]
    return _csv_records(reader, numbers, positions, len(header), path, problems)


def _csv_records(
    reader: Iterator[list[str]],
    numbers: list[int],
    positions: list[tuple[str, int]],
    width: int,
    path: Path,
    problems: list[str] | None,
) -> Iterator[Row]:
    (text_column, text_at), extras = positions[0], positions[1:]
    while True:
        start = numbers[0] + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            _report(problems, f"{path}:{start}: unreadable CSV record ({exc}); skipped")
            continue
        if not record or (len(record) == 1 and not record[0].strip() and width > 1):
            continue  # blank line
        if len(record) != width:
            _report(
                problems,
                f"{path}:{start}: {len(record)} fields but the header has {width}"
                " (an unquoted comma or quote?)",
            )
        if text_at >= len(record):
            yield Row(start, "", error=f"no value for column {text_column!r}")
            continue
        extra = {name: record[i] if i < len(record) else None for name, i in extras}
        yield Row(start, record[text_at], extra)


def _json_rows(
    lines: Iterator[tuple[int, str]],
    path: Path,
    columns: Sequence[str],
    problems: list[str] | None,
) -> Iterator[Row]:
    parsed = _json_objects(lines, path, problems)
    first = next(parsed, None)
    if first is None:
        return iter(())
    _line, value = first
    if isinstance(value, dict):
        _match_columns(list(value), columns, path, "field")  # the first record sets the schema
    return (_json_row(line, value, columns) for line, value in chain([first], parsed))


def _json_objects(
    lines: Iterator[tuple[int, str]], path: Path, problems: list[str] | None
) -> Iterator[tuple[int, Any]]:
    first = True
    for number, text in lines:
        if not text.strip():
            continue
        if first and text.strip() == "[":
            raise InputFileError(
                f"{path}: a JSON array; write one JSON object per line (JSON lines)"
            )
        first = False
        try:
            yield number, json.loads(text)
        except json.JSONDecodeError as exc:
            _report(
                problems,
                f"{path}:{number}: not valid JSON ({exc.msg} at column {exc.colno}); skipped",
            )


def _json_row(line: int, value: Any, columns: Sequence[str]) -> Row:
    if not isinstance(value, dict):
        return Row(line, "", error=f"expected a JSON object, got {type(value).__name__}")
    text_column, extras = columns[0], columns[1:]
    lowered = {str(key).strip().lower(): key for key in value}

    def get(column: str) -> Any:
        key = column if column in value else lowered.get(column.strip().lower(), column)
        return value.get(key)

    text = get(text_column)
    if text is None:
        return Row(line, "", error=f"no value for field {text_column!r}")
    if isinstance(text, dict | list):
        return Row(line, "", error=f"field {text_column!r} is not text")
    return Row(line, str(text), {column: get(column) for column in extras})


def classify_rows(rows: Iterable[Row], scorer: Scorer) -> Iterator[dict[str, Any]]:
    """One JSON-able dict per row, in order: the line, every ``Score`` field, extra columns.

    A row with ``error`` yields ``{"line", "error"}`` so output lines still match input
    rows. Extra columns are copied under their own names, prefixed ``input_`` if a name
    clashes with a score field.
    """
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _CHUNK:
            yield from _classified(batch, scorer)
            batch = []
    yield from _classified(batch, scorer)


_CHUNK = 500


def _classified(rows: list[Row], scorer: Scorer) -> Iterator[dict[str, Any]]:
    """``classify_rows`` for one chunk, scored in one batch (the model vectorises it)."""
    good = [row for row in rows if row.error is None]
    scores = iter(scorer.score_many([row.text for row in good]))
    for row in rows:
        if row.error is not None:
            yield {"line": row.line, "error": row.error}
            continue
        score = next(scores)
        out: dict[str, Any] = {
            "line": row.line,
            "compound": score.compound,
            "pos": score.pos,
            "neu": score.neu,
            "neg": score.neg,
            "label": score.label,
            "intent": score.intent,
            "is_complaint": score.is_complaint,
            "urgency": score.urgency,
            "urgency_reasons": list(score.urgency_reasons),
            "is_spam": score.is_spam,
            "mood": score.mood,
            "lang": score.lang,
            "lang_supported": score.lang_supported,
            "model_version": score.model_version,
        }
        for name, value in row.extra.items():
            out[f"input_{name}" if name in out else name] = value
        yield out


# --- evaluation -----------------------------------------------------------------------


def parse_label(value: Any, task: str) -> str | None:
    """Normalise a gold label for ``task``; None when it is not a label of that task."""
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip().lower()
    if task == "complaint":
        return "complaint" if text in _TRUE else "not_complaint" if text in _FALSE else None
    if task == "sentiment":
        if text in _SENTIMENT:
            return _SENTIMENT[text]
        try:
            number = float(text)
        except ValueError:
            return None
        return "positive" if number > 0 else "negative" if number < 0 else "neutral"
    return text if text in CLASSES["intent"] else None


def infer_task(labels: Iterable[Any]) -> str:
    """Guess the task from label values: booleans, sentiments/numbers, or intents.

    0/1 alone means complaint; any other number (or -1/0/1) means sentiment.
    """
    values = {str(v).strip().lower() for v in labels if v is not None and str(v).strip()}
    if not values:
        raise InputFileError("no labels to evaluate against")
    for task in TASKS:
        if all(parse_label(v, task) is not None for v in values):
            return task
    shown = ", ".join(sorted(values)[:8])
    raise InputFileError(
        f"cannot tell the task from the labels ({shown}); pass task= one of {', '.join(TASKS)}"
    )


def _metrics(gold: Sequence[str], predicted: Sequence[str], classes: Sequence[str]) -> dict:
    """Per-class precision/recall/F1/support, macro-F1 and accuracy (rounded to 4 places).

    A class absent from both gold and predictions is left out of the macro average;
    precision is 0 for a class never predicted.
    """
    pairs = Counter(zip(gold, predicted, strict=True))
    per_class: dict[str, dict[str, float | int]] = {}
    f1s: list[float] = []
    for cls in classes:
        tp = pairs[(cls, cls)]
        support = sum(n for (g, _p), n in pairs.items() if g == cls)
        predicted_n = sum(n for (_g, p), n in pairs.items() if p == cls)
        if support == 0 and predicted_n == 0:
            continue
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        per_class[cls] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    n = len(gold)
    correct = sum(n for (g, p), n in pairs.items() if g == p)
    return {
        "accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
        "per_class": per_class,
    }


def _items(
    rows: Iterable[Row | tuple[str, Any]], label_column: str | None, skipped: Counter[str]
) -> Iterator[tuple[int, str, Any]]:
    for position, item in enumerate(rows, start=1):
        if isinstance(item, Row):
            if item.error is not None:
                skipped["unreadable"] += 1
                continue
            if label_column is not None:
                label = item.extra.get(label_column)
            elif len(item.extra) == 1:
                label = next(iter(item.extra.values()))
            else:
                raise InputFileError("rows carry no single label column; pass label_column=")
            yield item.line, item.text, label
        else:
            text, label = item
            yield position, text, label


def evaluate(
    rows_with_labels: Iterable[Row | tuple[str, Any]],
    scorer: Scorer,
    *,
    task: str | None = None,
    label_column: str | None = None,
) -> dict[str, Any]:
    """Measure ``scorer`` against gold labels; returns a JSON-able report.

    ``rows_with_labels`` holds ``Row`` objects (the label is ``extra[label_column]``, or the
    only extra column) or ``(text, label)`` pairs. ``task`` is "complaint", "sentiment" or
    "intent"; None infers it from the labels. Rows without a usable label are counted
    under "skipped". Baselines use plain VADER (no lexicon overrides): for complaints a
    negative label counts as a complaint; for sentiment its label is the prediction.
    """
    skipped: Counter[str] = Counter()
    items: list[tuple[int, str, Any]] = []
    for line, text, label in _items(rows_with_labels, label_column, skipped):
        if label is None or not str(label).strip():
            skipped["no_label"] += 1
        else:
            items.append((line, text, label))
    if task is None:
        task = infer_task(label for _line, _text, label in items)
    if task not in TASKS:
        raise InputFileError(f"unknown task {task!r}; use one of {', '.join(TASKS)}")
    plain = get_scorer()
    gold: list[str] = []
    predicted: list[str] = []
    baseline: list[str] = []
    unknown: Counter[str] = Counter()
    mistakes: list[dict[str, Any]] = []
    usable = []
    for line, text, raw_label in items:
        label = parse_label(raw_label, task)
        if label is None:
            unknown[str(raw_label)] += 1
        else:
            usable.append((line, text, label))
    scores = scorer.score_many([text for _line, text, _label in usable])  # one batch: fast
    for (line, text, label), score in zip(usable, scores, strict=True):
        vader_label = label_for(plain.polarity(normalise(text))["compound"])
        if task == "complaint":
            guess = "complaint" if score.is_complaint else "not_complaint"
            base = "complaint" if vader_label == "negative" else "not_complaint"
        elif task == "sentiment":
            guess, base = score.label, vader_label
        else:
            guess, base = score.intent, "other"
        gold.append(label)
        predicted.append(guess)
        baseline.append(base)
        if guess != label and len(mistakes) < _MAX_MISTAKES:
            mistakes.append({"line": line, "gold": label, "predicted": guess, "text": text[:200]})
    if not gold:
        raise InputFileError(f"no rows with a usable {task} label")
    classes = CLASSES[task]
    majority = Counter(gold).most_common(1)[0][0]
    baselines = {"majority_class": _metrics(gold, [majority] * len(gold), classes)}
    if task == "complaint":
        baselines["vader_negative"] = _metrics(gold, baseline, classes)
    elif task == "sentiment":
        baselines["vader"] = _metrics(gold, baseline, classes)
    confusion = {
        g: dict(Counter(p for gg, p in zip(gold, predicted, strict=True) if gg == g))
        for g in classes
        if g in gold
    }
    skipped["unknown_label"] = sum(unknown.values())
    return {
        "task": task,
        "n": len(gold),
        "model_version": scorer.version if scorer.use_model else scorer.rules_version,
        "lexicon_overrides": len(scorer.lexicon),
        **_metrics(gold, predicted, classes),
        "confusion": confusion,
        "baselines": baselines,
        "skipped": {key: skipped[key] for key in ("unreadable", "no_label", "unknown_label")},
        "unknown_labels": [value for value, _n in unknown.most_common(5)],
        "mistakes": mistakes,
    }


def format_report(report: Mapping[str, Any]) -> str:
    """Render an ``evaluate`` report as a plain-text table for people."""
    out = [
        f"task: {report['task']}   rows: {report['n']}   model: {report['model_version']}",
        "",
        f"{'class':<16}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}",
    ]
    for cls, m in report["per_class"].items():
        out.append(
            f"{cls:<16}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['support']:>9}"
        )
    out.append(f"{'macro-F1':<16}{report['macro_f1']:>26.3f}")
    out.append(f"{'accuracy':<16}{report['accuracy']:>26.3f}")
    out.append("")
    out.append(f"{'baseline':<22}{'macro-F1':>10}{'accuracy':>10}")
    for name, m in report["baselines"].items():
        out.append(f"{name:<22}{m['macro_f1']:>10.3f}{m['accuracy']:>10.3f}")
    skipped = {k: v for k, v in report.get("skipped", {}).items() if v}
    if skipped:
        out.append("")
        out.append(
            "skipped rows: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in skipped.items())
        )
        if report.get("unknown_labels"):
            out.append("unknown labels: " + ", ".join(map(repr, report["unknown_labels"])))
    if report.get("mistakes"):
        out.append("")
        out.append(f"first {len(report['mistakes'])} mistakes (line, gold -> predicted):")
        for m in report["mistakes"]:
            text = " ".join(str(m["text"]).split())[:90]
            out.append(f"  {m['line']:>6}  {m['gold']} -> {m['predicted']}: {text}")
    return "\n".join(out)
