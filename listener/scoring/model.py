"""The learned classifier at run time: features, weights loaded without pickle, batch scoring.

Why a model beside the rules: the rules were tuned on café text and did not transfer to other
trades; linear models over hashed word and character n-grams plus VADER's scores and a few
cheap cues learn wording the rules never listed, and still cost a sparse product per batch.

Features are stateless (``HashingVectorizer``), so running the model needs only its weights:
``data/model/weights.npz`` (plain arrays, read with ``allow_pickle=False``) and
``data/model/manifest.json`` (classes, feature configuration, version). ``listener.scoring.
train`` builds both from the corpus (``make model``); a brand's own model, trained on its
people's corrections by ``run_bot.py model train``, has the same format in the data directory.
Weights are loaded once per process, on first use.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import FeatureHasher
from sklearn.preprocessing import normalize

if TYPE_CHECKING:
    from config.settings import Settings

from listener.scoring.classify import Classification, classify
from listener.scoring.sarcasm import sarcasm_cues
from listener.scoring.urgency import urgency_classes

BASE_DIR = Path(__file__).resolve().parent / "data" / "model"
TASKS = {
    "intent": ("complaint", "question", "praise", "suggestion", "other"),
    "complaint": ("no", "yes"),
    "mood": ("furious", "unhappy", "neutral", "warm", "delighted"),
    "sentiment": ("negative", "neutral", "positive"),
}
WORD_FEATURES = 2**18
CHAR_FEATURES = 2**18
PREFIX = 5
CHAR_NGRAMS = (3, 5)
MAX_CHAR_WORDS = 60
"""Character n-grams cost most; a long post's first 60 words tell enough."""
URGENCY = ("safety", "payment", "security", "legal", "churn")
INTENTS = TASKS["intent"]
DENSE_NAMES = (
    "compound",
    "pos",
    "neg",
    "neu",
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
    "log_length",
    *(f"urgency_{name}" for name in URGENCY),
    "rules_spam",
    *(f"rules_{name}" for name in INTENTS),
)
DENSE_SCALE = 0.5
"""Dense features are multiplied by this so they weigh about what one n-gram block does."""

_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_HANDLE_RE = re.compile(r"@\w+")
_DIGITS_RE = re.compile(r"\d+")
_HAPPY = frozenset("😍🥰❤💕💖💯🔥✨🎉🙌👏😊😁😀😃😄🤩👍🥳💪🙏♥😎🤗")
_SAD = frozenset("😡🤬😤😠👎😢😭😞💔😔😟😕☹😣😖🤮🤢")
_FRUSTRATED = frozenset("🙃🙄😒🤦😑😩😫😬")


def canonical(text: str) -> str:
    """The text the n-grams see: links, @handles and digits made generic.

    Handles name the brand (a different one in every trade), so they are one token; amounts
    and dates become ``0`` so "£400" and "£40" share their n-grams.
    """
    text = _URL_RE.sub(" httpurl ", text)
    text = _HANDLE_RE.sub(" @user ", text)
    return _DIGITS_RE.sub("0", text)


_TOKEN_RE = re.compile(r"[\w']+|[^\w\s]")
_HASHER = FeatureHasher(n_features=WORD_FEATURES, input_type="string", alternate_sign=False)
_CHAR_HASHER = FeatureHasher(n_features=CHAR_FEATURES, input_type="string", alternate_sign=False)
FEATURE_CONFIG = {
    "words": {"n_features": WORD_FEATURES, "ngrams": [1, 2], "prefix": PREFIX, "norm": "l2"},
    "chars": {"n_features": CHAR_FEATURES, "ngrams": list(CHAR_NGRAMS), "norm": "l2"},
    "dense": list(DENSE_NAMES),
    "dense_scale": DENSE_SCALE,
    "hash": "murmurhash3_32 (sklearn FeatureHasher), non-negative",
}


def word_tokens(canon: str) -> list[str]:
    """Words, punctuation and emoji, their bigrams, and the first letters of long words.

    The prefixes ("~refun" for refund/refunded/refunding) stand in for a stemmer at the cost
    of a slice. Built by hand rather than by ``HashingVectorizer``'s analyzer: twice as fast.
    """
    words = _TOKEN_RE.findall(canon)
    tokens = words + [f"{a} {b}" for a, b in pairwise(words)]
    tokens += ["~" + word[:PREFIX] for word in words if len(word) > PREFIX + 1]
    return tokens


def char_grams(canon: str) -> list[str]:
    """Character n-grams of the text with runs of spaces made one (typos, slang, morphology)."""
    text = " " + " ".join(canon.split()[:MAX_CHAR_WORDS]) + " "
    low, high = CHAR_NGRAMS
    return [text[i : i + n] for n in range(low, high + 1) for i in range(len(text) - n + 1)]


def _encodable(text: str) -> str:
    """The hasher encodes to UTF-8: a lone surrogate (hostile input) becomes "?"."""
    if text.isascii():
        return text
    return text.encode("utf-8", "replace").decode("utf-8")


def dense_row(
    text: str, polarity: dict[str, float], urgency: Sequence[str], rules: Classification
) -> list[float]:
    """The cheap hand-made features of one text (see ``DENSE_NAMES``).

    The rules' own verdict (spam, intent) is a feature too: the model learns how far to
    trust it in each context instead of the rules and the model voting blindly.
    """
    compound = polarity["compound"]
    letters = sum(ch.isalpha() for ch in text) or 1
    caps = sum(ch.isupper() for ch in text) / letters
    emoji = set(text) if not text.isascii() else set()
    stripped = text.rstrip()
    row = [
        compound,
        polarity["pos"],
        polarity["neg"],
        polarity["neu"],
        float(compound >= 0.05),
        float(compound <= -0.05),
        caps if letters > 3 else 0.0,
        min(text.count("!"), 3) / 3,
        min(text.count("?"), 3) / 3,
        float(stripped.endswith("?")),
        float(bool(emoji & _HAPPY)),
        float(bool(emoji & _SAD)),
        float(bool(emoji & _FRUSTRATED)),
        min(len(sarcasm_cues(text)), 2) / 2,
        float(text.lstrip().startswith("@")),
        math.log1p(len(text)) / 7,
        *(float(name in urgency) for name in URGENCY),
        float(rules.is_spam),
        *(float(rules.intent == name) for name in INTENTS),
    ]
    return row


def featurize(
    texts: Sequence[str],
    polarities: Sequence[dict[str, float]],
    urgencies: Sequence[Sequence[str]] | None = None,
    rules: Sequence[Classification] | None = None,
) -> sparse.csr_matrix:
    """One sparse row per text: word n-grams | char n-grams | dense features, all at once."""
    if urgencies is None:
        urgencies = [urgency_classes(text) for text in texts]
    if rules is None:
        rules = [
            classify(t, compound=p["compound"]) for t, p in zip(texts, polarities, strict=True)
        ]
    canon = [_encodable(canonical(text).lower()) for text in texts]
    dense = np.array(
        [
            dense_row(t, p, u, r)
            for t, p, u, r in zip(texts, polarities, urgencies, rules, strict=True)
        ],
        dtype=np.float32,
    ).reshape(len(texts), len(DENSE_NAMES))
    return sparse.hstack(
        [
            normalize(_HASHER.transform(word_tokens(text) for text in canon)),
            normalize(_CHAR_HASHER.transform(char_grams(text) for text in canon)),
            sparse.csr_matrix(dense * DENSE_SCALE),
        ],
        format="csr",
    )


N_FEATURES = WORD_FEATURES + CHAR_FEATURES + len(DENSE_NAMES)


@dataclass(frozen=True)
class Weights:
    """One trained model: kept feature columns, their weights per class, biases, classes."""

    version: str
    columns: np.ndarray  # int32, sorted feature indices with a non-zero weight
    coef: np.ndarray  # float32, (len(columns), total classes)
    bias: np.ndarray  # float32, (total classes,)
    classes: dict[str, tuple[str, ...]]

    def decision(self, features: sparse.csr_matrix) -> np.ndarray:
        """Class scores (n × total classes): one sparse product for the whole batch."""
        return np.asarray(features[:, self.columns] @ self.coef) + self.bias

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

    ``numpy.savez`` stamps each member with the current time; members are written here
    with a fixed date so ``make model`` reproduces the file byte for byte.
    """
    import io
    import zipfile

    folder.mkdir(parents=True, exist_ok=True)
    arrays = {
        "columns": weights.columns.astype(np.int32),
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
        columns = data["columns"].astype(np.int64)
        coef = data["coef"].astype(np.float32)
        bias = data["bias"].astype(np.float32)
    # a list of [task, classes] pairs: the order of the weight columns (JSON objects are
    # written with sorted keys, so a dict would lose it)
    classes = {task: tuple(names) for task, names in manifest["classes"]}
    return Weights(manifest["version"], columns, coef, bias, classes)


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
    """The brand's own model folder (``ingest.model_dir``) once ``model train`` wrote one."""
    folder = Path(settings.ingest.model_dir)
    return folder if (folder / "manifest.json").is_file() else None


def forget(folder: Path) -> None:
    """Drop a cached model so the next use reads the folder again (after ``model train``)."""
    with _LOCK:
        _CACHE.pop(folder.resolve(), None)
