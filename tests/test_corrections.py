"""Learning from people: a relabel re-triages and re-drafts at once; `model train` folds
corrections into the brand's own model and reports before/after on held-back ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Settings
from listener.scoring import model
from listener.scoring.corrections import HOLD_BACK_EVERY, corrections, train_brand_model
from listener.scoring.labels import relabel
from listener.scoring.sentiment import Scorer, get_scorer
from responders.drafting.job import draft_new_mentions
from responders.drafting.redraft import redraft_after_relabel
from store.db import make_engine
from store.models import AuditEvent, Base, Customer, Draft, Identity, Mention

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
SETTINGS = Settings()


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        yield db
    engine.dispose()


def add_mention(db: Session, n: int, text: str, **fields: object) -> Mention:
    person = Identity(
        platform="twitter",
        platform_user_id=f"u{n}",
        handle=f"h{n}",
        handle_key=f"h{n}",
        customer=Customer(name=f"Sam {n}", stage="new", first_seen=NOW - timedelta(days=90)),
    )
    score = get_scorer().score(text)
    values = {
        "platform": "twitter",
        "external_id": f"m{n}",
        "text": text,
        "text_normalized": text,
        "created_at": NOW - timedelta(minutes=n),
        "compound": score.compound,
        "model_label": score.label,
        "label": score.label,
        "model_intent": score.intent,
        "intent": score.intent,
        "model_is_complaint": score.is_complaint,
        "is_complaint": score.is_complaint,
        "mood": score.mood,
        "status": "new",
        **fields,
    }
    mention = Mention(id=n, identity=person, **values)
    db.add(mention)
    db.flush()
    return mention


def test_a_relabel_redrafts_the_pending_draft_at_once_with_an_audit_event(
    session: Session,
) -> None:
    # read by the model as praise; a person knows it is sarcasm about a failed repair
    mention = add_mention(session, 1, "wow, what a job you did on my bike. truly amazing")
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    draft = session.scalars(select(Draft).where(Draft.mention_id == mention.id)).one()
    assert draft.template_key.startswith("praise/")
    before = draft.text

    relabel(session, mention.id, actor="rita", label="negative", intent="complaint")
    outcome = redraft_after_relabel(session, mention, settings=SETTINGS, actor="rita", now=NOW)

    assert outcome == "redrafted"
    assert draft.status == "pending" and draft.template_key.startswith("complaint/")
    assert draft.text != before
    event = session.scalars(select(AuditEvent).where(AuditEvent.action == "draft.redrafted")).one()
    assert event.actor == "rita" and event.before["text"] == before
    assert event.after["text"] == draft.text


def test_a_relabel_that_removes_the_reason_to_reply_withdraws_the_draft(session: Session) -> None:
    mention = add_mention(session, 2, "@bramble the oat latte was cold again", status="new")
    draft_new_mentions(session, settings=SETTINGS.model_copy(), now=NOW)
    relabel(session, mention.id, actor="rita", intent="other", label="neutral")
    outcome = redraft_after_relabel(session, mention, settings=SETTINGS, actor="rita", now=NOW)
    draft = session.scalars(select(Draft).where(Draft.mention_id == mention.id)).one()
    assert outcome == "superseded" and draft.status == "rejected"
    assert mention.status == "skipped" and mention.triage_reason == "other_off"
    actions = session.scalars(select(AuditEvent.action)).all()
    assert "draft.superseded" in actions


def test_a_decided_draft_is_history_and_never_rewritten(session: Session) -> None:
    mention = add_mention(session, 3, "@bramble best flat white in town")
    draft_new_mentions(session, settings=SETTINGS, now=NOW)
    draft = session.scalars(select(Draft).where(Draft.mention_id == mention.id)).one()
    draft.status = "approved"
    text = draft.text
    relabel(session, mention.id, actor="rita", intent="complaint")
    assert redraft_after_relabel(session, mention, settings=SETTINGS, actor="rita", now=NOW) == (
        "kept"
    )
    assert draft.text == text and draft.status == "approved"


def test_every_relabel_is_kept_as_a_labelled_example(session: Session) -> None:
    mention = add_mention(session, 4, "is the decaf actually decaf? asking for a pregnant friend")
    relabel(session, mention.id, actor="rita", intent="question", label="neutral", mood="neutral")
    [(mention_id, example)] = corrections(session)
    assert mention_id == mention.id
    assert example.labels == {
        "intent": "question",
        "sentiment": "neutral",
        "mood": "neutral",
        "complaint": "no",
    }
    assert example.weight > 1


@pytest.mark.slow
def test_model_train_folds_corrections_in_and_reports_before_and_after(
    session: Session, tmp_path: Path
) -> None:
    # a brand whose customers call a slow reply "a proper Tuesday" (their in-joke complaint)
    texts = [f"@bramble order {n} took ages, a proper Tuesday again" for n in range(1, 31)]
    for n, text in enumerate(texts, start=10):
        add_mention(session, n, text)
        relabel(session, n, actor="rita", intent="complaint", label="negative", mood="unhappy")
    shipped = (model.BASE_DIR / "weights.npz").read_bytes()
    folder = tmp_path / "model"

    report = train_brand_model(session, folder=folder, current=get_scorer(), base_trades=("cafe",))

    held = sum(1 for n in range(10, 40) if n % HOLD_BACK_EVERY == 0)
    assert report.held_back == held and report.trained_on == 30 - held
    assert set(report.before) == set(report.after) == {"complaint", "intent", "mood", "sentiment"}
    assert all(report.after[task] >= report.before[task] for task in report.after)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["corrections"] == report.trained_on
    assert (model.BASE_DIR / "weights.npz").read_bytes() == shipped  # never overwritten
    brand = Scorer(model_dir=folder)
    assert brand.version.endswith(f"+model-{report.version[:8]}")
    assert brand.score("@bramble my latte took ages, a proper Tuesday").is_complaint


def test_a_brand_model_from_another_version_is_ignored_not_fatal(tmp_path: Path) -> None:
    from listener.scoring.model import brand_model_dir

    folder = tmp_path / "model"
    settings = Settings.model_validate({"ingest": {"model_dir": str(folder)}})
    assert brand_model_dir(settings) is None  # nothing trained yet
    folder.mkdir()
    (folder / "manifest.json").write_text(json.dumps({"features": {"words": "old"}}))
    assert brand_model_dir(settings) is None
    (folder / "manifest.json").write_text("{not json")
    assert brand_model_dir(settings) is None
