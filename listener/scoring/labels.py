"""A human's correction of a mention's sentiment or intent, and rescoring around it.

The model's output lives in ``model_*`` columns; the effective ``label``, ``intent`` and
``is_complaint`` are the model's unless a person corrected them (``manual_label``), and a
correction survives every rescore.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from config.errors import InputError
from listener.people.stage import refresh_customers
from listener.scoring.sentiment import Scorer
from store import audit
from store.models import Identity, Mention, utcnow

LABELS = ("positive", "negative", "neutral")
INTENTS = ("complaint", "question", "praise", "suggestion", "other")
MOODS = ("furious", "unhappy", "neutral", "warm", "delighted")


def relabel(
    session: Session,
    mention_id: int,
    *,
    actor: str,
    label: str | None = None,
    intent: str | None = None,
    is_complaint: bool | None = None,
    mood: str | None = None,
) -> Mention:
    """Store a person's correction; it wins over the model from now on (audited).

    The correction is also a labelled example of this brand: ``run_bot.py model train``
    reads every ``manual_label`` (``listener.scoring.corrections``) and folds them into the
    brand's model. Kept on the mention rather than in a table of its own, so it follows the
    mention: erasing a person (GDPR) erases their examples too, and there is one current
    correction per mention, never a stale copy.
    """
    mention = session.get(Mention, mention_id)
    if mention is None:
        raise InputError(f"no mention with id {mention_id}")
    if label is not None and label not in LABELS:
        raise InputError(f"label must be one of {LABELS}")
    if intent is not None and intent not in INTENTS:
        raise InputError(f"intent must be one of {INTENTS}")
    if mood is not None and mood not in MOODS:
        raise InputError(f"mood must be one of {MOODS}")
    before = dict(mention.manual_label or {})
    manual = dict(before)
    for key, value in (
        ("label", label),
        ("intent", intent),
        ("is_complaint", is_complaint),
        ("mood", mood),
    ):
        if value is not None:
            manual[key] = value
    if intent == "complaint" and is_complaint is None:
        manual["is_complaint"] = True
    elif intent is not None and is_complaint is None:
        manual["is_complaint"] = False  # a question or praise, by a person's reading
    manual.update(by=actor, at=utcnow().isoformat())
    mention.manual_label = manual
    _apply_effective(mention)
    audit.record(
        session,
        actor=actor,
        action="mention.relabel",
        subject=f"mention:{mention.id}",
        before=before or None,
        after=manual,
    )
    if mention.identity_id:
        customer_id = session.scalar(
            select(Identity.customer_id).where(Identity.id == mention.identity_id)
        )
        refresh_customers(session, [customer_id])
    return mention


def _apply_effective(mention: Mention) -> None:
    manual: dict[str, Any] = mention.manual_label or {}
    mention.label = manual.get("label", mention.model_label)
    mention.intent = manual.get("intent", mention.model_intent)
    mention.is_complaint = manual.get("is_complaint", mention.model_is_complaint)
    if "mood" in manual:
        mention.mood = manual["mood"]


def rescore(
    factory: sessionmaker[Session], scorer: Scorer, *, all_rows: bool = False, chunk: int = 1000
) -> int:
    """Score stored mentions again (those of an older model version, or all); keep corrections."""
    changed = 0
    for ids in _id_chunks(factory, scorer.version if not all_rows else None, chunk):
        with factory() as session, session.begin():
            mentions = session.scalars(select(Mention).where(Mention.id.in_(ids))).all()
            scores = scorer.score_many([m.text_normalized for m in mentions])
            for mention, score in zip(mentions, scores, strict=True):
                mention.compound, mention.pos = score.compound, score.pos
                mention.neu, mention.neg = score.neu, score.neg
                mention.model_label = score.label
                mention.model_intent = score.intent
                mention.model_is_complaint = score.is_complaint
                mention.urgency = score.urgency
                mention.urgency_reasons = list(score.urgency_reasons)
                mention.is_spam = score.is_spam
                mention.mood = score.mood
                mention.lang_supported = score.lang_supported
                if score.lang != "und":
                    mention.lang = score.lang
                mention.model_version = score.model_version
                _apply_effective(mention)
                changed += 1
    return changed


def _id_chunks(
    factory: sessionmaker[Session], current_version: str | None, size: int
) -> Iterator[list[int]]:
    last = 0
    while True:
        with factory() as session:
            stmt = select(Mention.id).where(Mention.id > last).order_by(Mention.id).limit(size)
            if current_version is not None:
                stmt = stmt.where(Mention.model_version != current_version)
            ids = list(session.scalars(stmt))
        if not ids:
            return
        yield ids
        last = ids[-1]
