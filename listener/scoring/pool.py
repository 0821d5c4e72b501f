"""Text preparation and scoring, in-process or in worker processes a few chunks ahead.

Preparing a mention (clean the original, normalize, score with VADER and the rules, check
relevance to the brand) is pure Python that holds the GIL, so threads would not help;
worker processes do. The pool is started on the first large batch (``ingest.
parallel_min_batch``) and kept for the life of the pipeline; small batches, the usual case
of a scheduled collection, are prepared in-process where a pool would only add latency.
Workers are forked when the process runs a single thread (the CLI), and come from a
forkserver otherwise (scheduler and web threads could hold a lock at the moment of a fork).
Workers never touch the database.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import threading
from collections import deque, namedtuple
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

from config.settings import BrandSettings, Settings
from listener.scoring.model import brand_model_dir
from listener.scoring.relevance import BrandMatcher, brand_names
from listener.scoring.sentiment import Score, Scorer, get_scorer
from listener.text import clean_original, normalize

_LOOKAHEAD = 2
logger = logging.getLogger(__name__)

# What a worker needs of a mention: text, thread title, platform, community.
Item = tuple[str, str | None, str, str | None]


class Prepared(NamedTuple):
    """A mention's stored text, normalized text, relevance and score.

    A named tuple, not a dataclass: results cross a process boundary by pickle, and tuples
    of plain values pickle several times faster than objects.
    """

    text: str
    truncated: bool
    normalized: str
    relevant: bool
    reason: str
    score: tuple[Any, ...]  # Score's fields in order; ``ScoreFields._make`` names them


_SCORE_FIELDS = tuple(Score.__dataclass_fields__)
ScoreFields = namedtuple("ScoreFields", _SCORE_FIELDS)  # type: ignore[misc]
"""A ``Score``'s fields by name, read from the tuple without building a ``Score`` again
(a frozen dataclass costs several µs to build; the writer only reads the fields)."""


def prepare(items: Sequence[Item], scorer: Scorer, matcher: BrandMatcher) -> list[Prepared]:
    """Clean, normalize, score and check the relevance of each item, in order.

    The whole chunk is scored in one ``score_fields`` call: the model vectorises it at once.
    """
    cleaned = [clean_original(text) for text, _context, _platform, _community in items]
    normalized = [normalize(original) for original, _truncated in cleaned]
    scores = scorer.score_fields(normalized)
    prepared = []
    for (_text, context, platform, community), (original, truncated), norm, score in zip(
        items, cleaned, normalized, scores, strict=True
    ):
        relevance = matcher.check(norm, context=context, platform=platform, community=community)
        prepared.append(
            Prepared(
                original,
                truncated,
                norm,
                relevance.relevant,
                relevance.reason,
                score,
            )
        )
    return prepared


_worker: tuple[Scorer, BrandMatcher] | None = None


def _init_worker(
    lexicon: tuple[tuple[str, float], ...], brand: dict[str, Any], model_dir: str | None
) -> None:
    global _worker
    folder = Path(model_dir) if model_dir else None
    settings = BrandSettings.model_validate(brand)
    _worker = (get_scorer(dict(lexicon), folder, brand_names(settings)), BrandMatcher(settings))


def _prepare_in_worker(items: list[Item]) -> list[tuple[Any, ...]]:
    """Prepare in a worker; texts the worker did not change are sent back as None."""
    assert _worker is not None, "worker not initialised"
    out = []
    for (text, *_rest), ready in zip(items, prepare(items, *_worker), strict=True):
        same = ready.text is text or ready.text == text
        normalized = None if ready.normalized == ready.text else ready.normalized
        out.append((None if same else ready.text, ready.truncated, normalized, *ready[3:]))
    return out


def _restore(items: list[Item], packed: list[tuple[Any, ...]]) -> list[Prepared]:
    restored = []
    for (text, *_rest), (original, truncated, normalized, *rest) in zip(items, packed, strict=True):
        original = text if original is None else original
        restored.append(
            Prepared(original, truncated, original if normalized is None else normalized, *rest)
        )
    return restored


def _start_context() -> multiprocessing.context.BaseContext:
    """fork when this process runs a single thread, else a forkserver.

    Forking is fast (the workers inherit the loaded lexicon and compiled rules) and safe
    while no other thread can hold a lock at the moment of the fork: the CLI's ingest,
    collect and demo. Under the scheduler or the web server other threads exist, so workers
    come from a forkserver, which costs about a second once per process.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["listener.scoring.pool"])
    return context


class ParallelScorer:
    """Prepares chunks of mentions in order, in ``workers`` processes."""

    def __init__(
        self, *, workers: int, min_batch: int, brand: BrandSettings, model_dir: Path | None = None
    ) -> None:
        self.workers = workers
        self.model_dir = str(model_dir) if model_dir else None
        self.min_batch = min_batch
        self.lexicon = tuple(sorted(brand.lexicon.items()))
        self.brand = brand.model_dump()
        self._pool: ProcessPoolExecutor | None = None
        self.broken = False

    @classmethod
    def from_settings(cls, settings: Settings) -> ParallelScorer | None:
        """None when parallel scoring is off or the machine has a single core."""
        options = settings.ingest
        cores = os.cpu_count() or 1
        workers = options.workers or (min(cores, 4) if cores > 1 else 0)
        if not options.parallel_scoring or workers == 0:
            return None
        return cls(
            workers=workers,
            min_batch=options.parallel_min_batch,
            brand=settings.brand,
            model_dir=brand_model_dir(settings),
        )

    def worth_it(self, size: int) -> bool:
        return size >= self.min_batch

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # A pool left to the interpreter's exit prints "Bad file descriptor" from its
            # feeder thread; the App closes it, and this catches any other owner.
            atexit.register(self.close)
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=_start_context(),
                initializer=_init_worker,
                initargs=(self.lexicon, self.brand, self.model_dir),
            )
        return self._pool

    def prepare_chunks(
        self, chunks: Iterable[list[Item]], *, fallback: Callable[[list[Item]], list[Prepared]]
    ) -> Iterator[list[Prepared]]:
        """Yield each chunk's results in order, keeping the workers a few chunks ahead.

        ``chunks`` may be a lazy iterator: a chunk is taken only when a worker is free for it,
        so the caller can still be producing later chunks (ingest checks them for duplicates)
        while the first are scored. If the pool breaks (a worker killed by the OOM killer,
        say), the remaining chunks are prepared in-process with ``fallback`` and the pool is
        not used again: slower, but the batch is stored whole.
        """
        if self.broken:
            yield from (fallback(chunk) for chunk in chunks)
            return
        pool = self._ensure_pool()
        window = self.workers + _LOOKAHEAD
        source = iter(chunks)
        # [chunk, its future]; a chunk is listed before it is submitted, so a failed submit
        # cannot lose it
        pending: deque[list[Any]] = deque()
        while True:
            try:
                while len(pending) < window:
                    chunk = next(source, None)
                    if chunk is None:
                        break
                    pending.append([chunk, None])
                    pending[-1][1] = pool.submit(_prepare_in_worker, chunk)
                if not pending:
                    return
                packed = pending[0][1].result()
            except BrokenProcessPool:
                logger.warning("scoring workers failed; scoring in-process from now on")
                self.broken = True
                self.close()
                left = [chunk for chunk, _future in pending]
                yield from (fallback(chunk) for chunk in chain(left, source))
                return
            chunk, _future = pending.popleft()
            yield _restore(chunk, packed)

    def close(self) -> None:
        """Stop the workers (idempotent); waits for them unless the pool is broken."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            atexit.unregister(self.close)
            pool.shutdown(wait=not self.broken, cancel_futures=True)


def items_of(mentions: Sequence[Any]) -> list[Item]:
    """The parts of each ``RawMention`` that preparation needs (cheap to send to a worker)."""
    return [(m.text, m.context, m.platform, m.community) for m in mentions]
