"""The learned classifier at run time: features, weights loaded without pickle, batch scoring.

Why a model beside the rules: the rules were tuned on café text and did not transfer to other
trades; linear models over word 1-2-grams and word prefixes plus VADER's scores, a few cheap
cues and the rules' own verdict learn wording the rules never listed, and cost one pass of
dictionary look-ups and one sparse product per batch.

The vocabulary is the model's: only n-grams that got a weight are kept (with their weights),
so run time needs nothing but ``data/model/weights.npz`` (plain arrays, read with
``allow_pickle=False``) and ``data/model/manifest.json`` (classes, feature configuration,
version). Character n-grams and feature hashing were tried: characters cost three times
VADER's time per mention, hashing twice the look-ups, for about two points of accuracy
(docs/evaluation.md). ``listener.scoring.train`` builds both files from the corpus
(``make model``); a brand's own model, trained on its people's corrections by ``run_bot.py
model train``, has the same format in the data directory. Loaded once per process.
"""

from __future__ import annotations

import io
import json
import logging
import re
import string
import threading
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise, repeat
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from listener.scoring.classify import Classification

if TYPE_CHECKING:
    from config.settings import Settings

log = logging.getLogger(__name__)
BASE_DIR = Path(__file__).resolve().parent / "data" / "model"
TASKS = {
    "intent": ("complaint", "question", "praise", "suggestion", "other"),
    "complaint": ("no", "yes"),
    "mood": ("furious", "unhappy", "neutral", "warm", "delighted"),
    "sentiment": ("negative", "neutral", "positive"),
}
PREFIX = 5
URGENCY = ("safety", "payment", "security", "legal", "churn")
LEARNED_URGENCY = ("safety", "payment", "security", "legal", "churn")
URGENCY_TASKS = {f"urgent_{name}": ("no", "yes") for name in LEARNED_URGENCY}
"""One-vs-rest urgency heads: a second opinion beside the urgency rules (docs/classification.md).

Trained on the corpus and the urgency dev sets' tuning trades on the words alone
(``URGENCY_DENSE``): they learn the wording, not the rules' verdicts.
"""
INTENTS = TASKS["intent"]
DENSE_NAMES = (
    "compound",
    "compound_pos",
    "compound_neg",
    "caps_ratio",
    "exclaims",
    "questions",
    "ends_question",
    "emoji_happy",
    "emoji_sad",
    "emoji_frustrated",
    "sarcasm",
    "addressed",
    *(f"urgency_{name}" for name in URGENCY),
    "rules_spam",
    *(f"rules_{name}" for name in INTENTS),
    "rules_evidence",
)
URGENCY_DENSE = tuple(range(len(DENSE_NAMES)))
"""Dense columns the urgency heads never see (zero in their training rows, so zero weight):
all of them. The heads read the words alone; with VADER's scores and the rules' verdicts
they grew sure of calm complaints about money, and their out-of-fold thresholds rose until
they added less (chosen out of fold on the dev trades, docs/evaluation.md)."""
DENSE_SCALE = 0.5
"""Dense features are multiplied by this so they weigh about what the n-gram block does."""

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE_RE = re.compile(r"@\w+")
_DIGITS_RE = re.compile(r"\d+")
# Full stops and commas are not tokens: how well a post is punctuated says how it was
# written (the corpus's complaints are often whole sentences), not what it means, and a
# model that learned "." as a complaint sign read "Love this. Good people." as one.
_TOKEN_RE = re.compile(r"[\w']+|[^\w\s.,]")
# The same tokens for an ASCII text, a third faster: ASCII classes, plus the four control
# characters (\x1c-\x1f) that Unicode's \s counts as spaces and ASCII's does not.
_ASCII_TOKEN_RE = re.compile(r"[\w']+|[^\w\s.,\x1c-\x1f]", re.ASCII)
_HAPPY = frozenset("😍🥰❤💕💖💯🔥✨🎉🙌👏😊😁😀😃😄🤩👍🥳💪🙏♥😎🤗")
_SAD = frozenset("😡🤬😤😠👎😢😭😞💔😔😟😕☹😣😖🤮🤢")
_FRUSTRATED = frozenset("🙃🙄😒🤦😑😩😫😬")
FEATURE_CONFIG = {
    "words": {"ngrams": [1, 2], "prefix": PREFIX, "value": "1/sqrt(tokens)", "skip": ".,"},
    "dense": list(DENSE_NAMES),
    "dense_scale": DENSE_SCALE,
}


def canonical(text: str) -> str:
    """The text the n-grams see: lower case, links, @handles and digits made generic.

    Handles name the brand (a different one in every trade), so they are one token; amounts
    and dates become ``0`` so "£400" and "£40" share their n-grams.
    """
    lowered = text.lower()
    if "http" in lowered or "www." in lowered:
        lowered = _URL_RE.sub(" httpurl ", lowered)
    if "@" in lowered:
        lowered = _HANDLE_RE.sub(" @user ", lowered)
    return _DIGITS_RE.sub("0", lowered)


def word_tokens(text: str) -> list[str]:
    """Words, punctuation and emoji, their bigrams, and the first letters of long words.

    The prefixes ("~refun" for refund/refunded/refunding) stand in for a stemmer at the cost
    of a slice.
    """
    seen = canonical(text)
    words = (_ASCII_TOKEN_RE if seen.isascii() else _TOKEN_RE).findall(seen)
    tokens = words + list(map(" ".join, pairwise(words)))  # "a b" bigrams, joined in C
    tokens += ["~" + word[:PREFIX] for word in words if len(word) > PREFIX + 1]
    return tokens


def dense_row(
    text: str, polarity: Mapping[str, float], rules: Classification, sarcasm: int
) -> list[float]:
    """The cheap hand-made features of one text (see ``DENSE_NAMES``).

    The rules' own verdict (spam, intent, urgency classes) is a feature too: the model
    learns how far to trust it instead of the rules and the model voting blindly; so is
    the strength of their complaint case (points, 0-3), so a question that names two
    faults is not read like a plain question.
    """
    compound = polarity["compound"]
    if text.isascii():
        # bytes.translate deletes in C; for ASCII, isalpha/isupper are exactly these letters
        raw = text.encode("ascii")
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        caps = upper / letters if letters > 3 else 0.0
        happy = sad = frustrated = 0.0
    else:
        # the ASCII characters as above, then only the others one by one (a tweet's few
        # emoji or accents): every emoji is one of the others
        raw = text.encode("ascii", "ignore")
        others = _NON_ASCII_RE.findall(text)
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        letters += sum(map(str.isalpha, others))
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        upper += sum(map(str.isupper, others))
        caps = upper / letters if letters > 3 else 0.0
        happy = float(not _HAPPY.isdisjoint(others))
        sad = float(not _SAD.isdisjoint(others))
        frustrated = float(not _FRUSTRATED.isdisjoint(others))
    urgency = rules.urgency_reasons
    return [
        compound,
        float(compound >= 0.05),
        float(compound <= -0.05),
        caps,
        min(text.count("!"), 3) / 3,
        min(text.count("?"), 3) / 3,
        float(text.rstrip().endswith("?")),
        happy,
        sad,
        frustrated,
        min(sarcasm, 2) / 2,
        float(text.lstrip().startswith("@")),
        *([float(name in urgency) for name in URGENCY] if urgency else _NO_URGENCY),
        float(rules.is_spam),
        *_ONE_HOT[rules.intent],
        min(max(rules.evidence, 0.0), 3.0) / 3,
    ]


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_NO_URGENCY = [0.0] * len(URGENCY)
_ONE_HOT = {name: [float(name == other) for other in INTENTS] for name in INTENTS}


def featurize(
    texts: Sequence[str],
    polarities: Sequence[Mapping[str, float]],
    rules: Sequence[Classification],
    sarcasm: Sequence[int],
    index: Mapping[str, int],
) -> sparse.csr_matrix:
    """One row per text: known n-grams (columns of ``index``) then the dense features.

    Each n-gram occurrence is worth 1/sqrt(number of n-grams in the text), whether the
    model knows it or not, so a long post weighs no more than a tweet and unknown words
    dilute the known ones exactly as they did in training.
    """
    width, rows = len(index), len(texts)
    get = index.get
    columns: list[int] = []  # every n-gram's column, -1 when the model does not know it
    counts: list[int] = []  # n-grams per text
    dense: list[list[float]] = []
    for text, polarity, verdict, cues in zip(texts, polarities, rules, sarcasm, strict=True):
        tokens = word_tokens(text)
        columns.extend(map(get, tokens, repeat(-1, len(tokens))))  # look-ups in C
        counts.append(len(tokens))
        dense.append(dense_row(text, polarity, verdict, cues))
    # the rest is array work: each known n-gram is worth its row's 1/sqrt(n-grams)
    sizes = np.array(counts, dtype=np.int64)
    weight = np.zeros(rows, dtype=np.float64)
    np.divide(1.0, np.sqrt(sizes), out=weight, where=sizes > 0)
    row_of = np.repeat(np.arange(rows, dtype=np.int64), sizes)
    found = np.array(columns, dtype=np.int64)
    known = found >= 0
    row_of, found = row_of[known], found[known]
    n_dense = len(DENSE_NAMES)
    dense_cols = np.tile(np.arange(width, width + n_dense, dtype=np.int64), rows)
    dense_rows = np.repeat(np.arange(rows, dtype=np.int64), n_dense)
    dense_values = np.array(dense, dtype=np.float64).reshape(-1) * DENSE_SCALE
    matrix = sparse.coo_matrix(
        (
            np.concatenate([weight[row_of], dense_values]).astype(np.float32),
            (np.concatenate([row_of, dense_rows]), np.concatenate([found, dense_cols])),
        ),
        shape=(rows, width + n_dense),
    ).tocsr()
    matrix.sum_duplicates()
    return matrix


@dataclass(frozen=True)
class Weights:
    """One trained model: its n-gram vocabulary, weights per class, biases, classes.

    ``coef`` has one row per vocabulary entry, then one per dense feature.
    """

    version: str
    vocabulary: tuple[str, ...]
    coef: np.ndarray  # float32, (len(vocabulary) + len(DENSE_NAMES), total classes)
    bias: np.ndarray  # float32, (total classes,)
    classes: dict[str, tuple[str, ...]]
    thresholds: dict[str, float] = field(default_factory=dict)  # urgency class -> P(yes) bar
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {t: i for i, t in enumerate(self.vocabulary)})

    def decision(self, features: sparse.csr_matrix) -> np.ndarray:
        """Class scores (n × total classes): one sparse product for the whole batch."""
        return np.asarray(features @ self.coef) + self.bias

    def probabilities(self, features: sparse.csr_matrix) -> dict[str, np.ndarray]:
        """Per task, an (n × classes) array of probabilities (softmax of its block)."""
        scores = self.decision(features)
        out: dict[str, np.ndarray] = {}
        start = 0
        for task, classes in self.classes.items():
            block = scores[:, start : start + len(classes)]
            start += len(classes)
            block = np.exp(block - block.max(axis=1, keepdims=True))
            out[task] = block / block.sum(axis=1, keepdims=True)
        return out


def save(folder: Path, weights: Weights, manifest: dict) -> None:
    """Write ``weights.npz`` (no pickle, fixed zip timestamps) and ``manifest.json``.

    The vocabulary is one UTF-8 byte array, entries separated by newlines (no n-gram holds
    one). ``numpy.savez`` stamps each member with the current time; members are written here
    with a fixed date so ``make model`` reproduces the file byte for byte.
    """
    folder.mkdir(parents=True, exist_ok=True)
    vocabulary = "\n".join(weights.vocabulary).encode("utf-8")
    arrays = {
        "vocabulary": np.frombuffer(vocabulary, dtype=np.uint8),
        "coef": weights.coef.astype(np.float16),
        "bias": weights.bias.astype(np.float32),
    }
    with zipfile.ZipFile(folder / "weights.npz", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buffer.getvalue())
    text = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (folder / "manifest.json").write_text(text, encoding="utf-8")


def load(folder: Path) -> Weights:
    """Read a model folder written by ``save``; arrays only, never pickle."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("features") != FEATURE_CONFIG:
        raise ValueError(f"{folder}: model built with other features; run `make model` again")
    with np.load(folder / "weights.npz", allow_pickle=False) as data:
        vocabulary = data["vocabulary"].tobytes().decode("utf-8")
        coef = data["coef"].astype(np.float32)
        bias = data["bias"].astype(np.float32)
    # a list of [task, classes] pairs: the order of the weight columns (JSON objects are
    # written with sorted keys, so a dict would lose it)
    classes = {task: tuple(names) for task, names in manifest["classes"]}
    words = tuple(vocabulary.split("\n")) if vocabulary else ()
    thresholds = {str(k): float(v) for k, v in manifest.get("urgency_thresholds", {}).items()}
    return Weights(manifest["version"], words, coef, bias, classes, thresholds)


def learned_urgency(
    probs: Mapping[str, np.ndarray], thresholds: Mapping[str, float]
) -> list[tuple[str, ...]]:
    """Per row, the urgency classes whose head's P(yes) reaches its threshold, gravest first.

    A model without urgency heads or thresholds (an older brand model) gives none: the rules
    alone decide, as before.
    """
    rows = len(next(iter(probs.values()))) if probs else 0
    found: list[list[str]] = [[] for _ in range(rows)]
    for name in LEARNED_URGENCY:
        task, bar = f"urgent_{name}", thresholds.get(name)
        if task not in probs or bar is None:
            continue
        for i in np.flatnonzero(probs[task][:, 1] >= bar).tolist():
            found[i].append(name)
    return [tuple(names) for names in found]


_CACHE: dict[Path, Weights] = {}
_LOCK = threading.Lock()


def weights_at(folder: Path = BASE_DIR) -> Weights:
    """The model in ``folder``, loaded once per process (workers load their own copy)."""
    folder = folder.resolve()
    with _LOCK:
        found = _CACHE.get(folder)
        if found is None:
            found = _CACHE[folder] = load(folder)
        return found


def base_version() -> str:
    """Short version of the shipped model (``model-<hash8>`` in ``MODEL_VERSION``)."""
    try:
        manifest = json.loads((BASE_DIR / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:  # before the first `make model`
        return "none"
    return str(manifest["version"])[:8]


def brand_model_dir(settings: Settings) -> Path | None:
    """The brand's own model folder (``ingest.model_dir``) once ``model train`` wrote one.

    A folder from another Rapport version (other features) or an unreadable one is ignored
    with a warning: the shipped model scores until ``model train`` runs again, and ingest
    never stops over it.
    """
    folder = Path(settings.ingest.model_dir)
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return None
    try:
        features = json.loads(manifest.read_text(encoding="utf-8")).get("features")
    except (OSError, ValueError) as exc:
        log.warning("brand model in %s is unreadable (%s); using the shipped model", folder, exc)
        return None
    if features != FEATURE_CONFIG:
        log.warning("brand model in %s has other features; run `model train` again", folder)
        return None
    return folder


def forget(folder: Path) -> None:
    """Drop a cached model so the next use reads the folder again (after ``model train``)."""
    with _LOCK:
        _CACHE.pop(folder.resolve(), None)
