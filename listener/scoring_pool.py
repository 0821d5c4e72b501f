"""Scoring in worker processes, a few chunks ahead of the database writes.

VADER and the classification rules are pure Python and hold the GIL, so threads would not
help; worker processes do. The pool is started on the first large batch (``ingest.
parallel_min_batch``) and kept for the life of the pipeline; small batches, the usual case
of a scheduled collection, are scored in-process where a pool would only add latency.
Workers are started by a forkserver, never forked from a process that may hold database
connections or scheduler threads.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from config.settings import Settings
from listener.sentiment import Score, get_scorer

_LOOKAHEAD = 2


def _score_in_worker(lexicon: tuple[tuple[str, float], ...], texts: list[str]) -> list[Score]:
    return get_scorer(dict(lexicon)).score_many(texts)


def _warm(lexicon: tuple[tuple[str, float], ...]) -> None:
    get_scorer(dict(lexicon))


class ParallelScorer:
    """Scores chunks of texts in order, in ``workers`` processes."""

    def __init__(self, *, workers: int, min_batch: int, lexicon: Mapping[str, float]) -> None:
        self.workers = workers
        self.min_batch = min_batch
        self.lexicon = tuple(sorted(lexicon.items()))
        self._pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> ParallelScorer | None:
        """None when parallel scoring is off or the machine has a single core."""
        options = settings.ingest
        cores = os.cpu_count() or 1
        workers = options.workers or (min(cores, 4) if cores > 1 else 0)
        if not options.parallel_scoring or workers == 0:
            return None
        return cls(
            workers=workers, min_batch=options.parallel_min_batch, lexicon=settings.brand.lexicon
        )

    def worth_it(self, size: int) -> bool:
        return size >= self.min_batch

    def _ensure_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["listener.sentiment", "listener.classify"])
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=context,
                initializer=_warm,
                initargs=(self.lexicon,),
            )
        return self._pool

    def score_chunks(self, chunks: Sequence[list[str]]) -> Iterator[list[Score]]:
        """Yield each chunk's scores in order, keeping the workers a few chunks ahead."""
        pool = self._ensure_pool()
        window = self.workers + _LOOKAHEAD
        pending: list[Future[list[Score]]] = []
        submitted = 0
        for index in range(len(chunks)):
            while submitted < len(chunks) and submitted < index + window:
                pending.append(pool.submit(_score_in_worker, self.lexicon, chunks[submitted]))
                submitted += 1
            yield pending.pop(0).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
