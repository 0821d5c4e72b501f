"""Draft-quality sets: mentions with what a demanding reviewer expects of their drafts.

A set is a JSONL file, one mention per line (format in config/demo/README.md, "Draft-quality
sets"): the text, platform, time, language, the author and their profile (with how many
earlier interactions they had), optionally the understanding (label, compound, intent,
complaint, urgency classes, mood), and ``expect``. ``run_set`` loads the set into a fresh
in-memory database with the brand book next to it, runs the real drafting job as of one
minute after the newest mention, and scores each outcome with
``responders.drafting.checks``. Without an ``understanding`` (or with ``classify=True``)
the mention is scored by the real scorer, so the set also measures the understanding step.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from config.errors import InputError
from config.settings import Settings
from listener.scoring.sentiment import normalise
from responders.brandbook import BrandBook, parse_book
from responders.drafting import textrules
from responders.drafting.checks import CheckResult, book_findings, expectation_checks, variety
from responders.drafting.job import draft_new_mentions
from store.db import make_engine
from store.models import Base, Customer, Draft, Identity, Mention


@dataclass
class ItemResult:
    """One mention of the set: its draft (or None) and its checks."""

    item: dict[str, Any]
    draft: dict[str, Any] | None
    checks: list[CheckResult]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)


@dataclass
class SetRun:
    """A whole set: per-item results, pass rate per check, the variety figure."""

    items: list[ItemResult] = field(default_factory=list)
    variety: tuple[float, str, int] = (0.0, "", 0)

    def rates(self) -> dict[str, tuple[int, int]]:
        """check name → (passed, total)."""
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for result in self.items:
            for check in result.checks:
                totals[check.name][0] += int(check.passed)
                totals[check.name][1] += 1
        return {name: (p, t) for name, (p, t) in sorted(totals.items())}

    def all_passed(self) -> int:
        return sum(1 for r in self.items if r.passed)


def load_set(path: Path) -> list[dict[str, Any]]:
    """The items of a set file; a clear error naming the line for a bad one."""
    items = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(f"{path}:{number}: an item needs a text")
        item.setdefault("id", f"line{number}")
        items.append(item)
    if not items:
        raise InputError(f"{path}: no items")
    return items


def set_settings(path: Path) -> Settings:
    """The brand's settings: ``rapport.toml`` next to the set when there is one."""
    config = path.parent / "rapport.toml"
    data = tomllib.loads(config.read_text("utf-8")) if config.exists() else {}
    data.pop("database", None)
    return Settings.model_validate(data)


def set_book(path: Path) -> BrandBook | None:
    """The brand book next to the set (``brand_book.toml``), validated."""
    book_path = path.parent / "brand_book.toml"
    if not book_path.exists():
        return None
    return parse_book(book_path.read_text("utf-8"), source=str(book_path))


def _when(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _understanding(item: dict[str, Any], scorer: Any, classify: bool) -> dict[str, Any]:
    given = {} if classify else dict(item.get("understanding") or {})
    needed = ("label", "compound", "intent", "is_complaint", "urgency", "urgency_reasons")
    if all(key in given for key in needed):
        return given
    score = scorer.score(item["text"])
    found = {
        "label": score.label,
        "compound": score.compound,
        "intent": score.intent,
        "is_complaint": score.is_complaint,
        "urgency": score.urgency,
        "urgency_reasons": list(score.urgency_reasons),
        "is_spam": score.is_spam,
        # What the ingest pipeline stores beside the scores (listener/pipeline.py), so a
        # classified run drafts from what a real brand's mentions carry.
        "mood": score.mood,
        "lang_supported": score.lang_supported,
        "detected_lang": score.lang,
    }
    return found | given


def _add_item(
    session: Session, item: dict[str, Any], number: int, scorer: Any, classify: bool
) -> Mention:
    created = _when(item.get("created_at", "2026-11-20T12:00:00Z"))
    platform = item.get("platform", "twitter")
    profile = dict(item.get("customer") or {})
    earlier = int(profile.pop("earlier", 0))
    earlier_bad = bool(profile.pop("earlier_bad", False))
    customer = Customer(
        name=profile.get("name"),
        preferred_name=profile.get("preferred_name"),
        likes=profile.get("likes", []),
        dislikes=profile.get("dislikes", []),
        notes=profile.get("notes", ""),
        tier=profile.get("tier"),
        stage=profile.get("stage", "new"),
        is_known=bool(profile),
        do_not_contact=bool(profile.get("do_not_contact", False)),
        first_seen=created - timedelta(days=30 * int(profile.get("months", 0))),
        interactions=earlier + 1,
    )
    handle = item.get("handle", f"person{number}")
    identity = Identity(
        platform=platform,
        platform_user_id=f"u{number}",
        handle=handle,
        handle_key=handle.casefold(),
        display_name=item.get("display_name"),
        followers=item.get("followers", 120),
        customer=customer,
        is_own=bool(item.get("is_own", False)),
    )
    session.add_all([customer, identity])
    for k in range(earlier):  # earlier interactions: good ones, the first bad when asked
        bad = earlier_bad and k == 0
        session.add(
            Mention(
                platform=platform, external_id=f"{number}-e{k}", identity=identity,
                text="earlier", text_normalized="earlier",
                created_at=created - timedelta(days=3 * (k + 1)),
                label="negative" if bad else "positive", compound=-0.5 if bad else 0.6,
                intent="complaint" if bad else "praise", is_complaint=bad, status="skipped",
            )
        )  # fmt: skip
    understood = _understanding(item, scorer, classify)
    polarity = scorer.polarity(normalise(item["text"]))  # stored by the pipeline for every row
    mention = Mention(
        platform=platform,
        external_id=f"{number}",
        identity=identity,
        text=item["text"],
        text_normalized=item["text"],
        lang=_stored_lang(understood.get("detected_lang", ""), item.get("lang", "en")),
        lang_supported=bool(understood.get("lang_supported", True)),
        created_at=created,
        label=understood["label"],
        compound=float(understood["compound"]),
        pos=polarity["pos"],
        neu=polarity["neu"],
        neg=polarity["neg"],
        intent=understood["intent"],
        is_complaint=bool(understood["is_complaint"]),
        urgency=understood["urgency"],
        urgency_reasons=list(understood["urgency_reasons"]),
        is_spam=bool(understood.get("is_spam", False)),
        is_repost=bool(item.get("is_repost", False)),
        is_relevant=bool(item.get("is_relevant", True)),
        status="new",
    )
    if "mood" in understood:
        mention.mood = understood["mood"]  # read by getattr until issue 9's column lands
    session.add(mention)
    return mention


def _stored_lang(detected: str, reported: str) -> str:
    """The language the pipeline would store: the detected one, else the platform's tag."""
    return detected if detected and detected != "und" else reported


def run_set(path: Path, *, classify: bool = False) -> SetRun:
    """Draft every mention of the set at ``path`` and score the drafts (module docstring)."""
    from listener.scoring.relevance import brand_names
    from listener.scoring.sentiment import Scorer

    items = load_set(path)
    settings = set_settings(path)
    book = set_book(path)
    scorer = Scorer(lexicon=settings.brand.lexicon or None, own=brand_names(settings.brand))
    engine = make_engine("sqlite:///:memory:")
    Base.metadata.create_all(engine)
    run = SetRun()
    with Session(engine) as session:
        mentions = [
            _add_item(session, item, n, scorer, classify) for n, item in enumerate(items, 1)
        ]
        session.flush()
        now = max(m.created_at for m in mentions) + timedelta(minutes=1)
        draft_new_mentions(session, settings=settings, now=now, book=book)
        session.flush()
        drafts = {d.mention_id: d for d in session.query(Draft).all()}
        days: list[tuple[Any, str]] = []
        for item, mention in zip(items, mentions, strict=True):
            draft = drafts.get(mention.id)
            outcome = None
            findings: list[str] = []
            if draft is not None:
                customer = mention.identity.customer if mention.identity else None
                family = draft.template_key.split("@", 1)[0].split(":", 1)[-1]
                outcome = {
                    "text": draft.text,
                    "family": "human" if draft.tone == "human" else family,
                    "tone": draft.tone,
                    "priority": draft.priority,
                    "manager_note": draft.manager_note,
                    "lang": _draft_lang(draft),
                    "platform": mention.platform,
                    "length_limit": textrules.max_length(mention.platform, settings.drafting),
                }
                findings = book_findings(
                    draft.text,
                    book,
                    dislikes=(customer.dislikes or []) if customer else [],
                    earlier_interactions=int((item.get("customer") or {}).get("earlier", 0)),
                    tier=(customer.tier or "") if customer else "",
                    notes=(customer.notes or "") if customer else "",
                )
                days.append((mention.created_at.date(), draft.text))
            checks = expectation_checks(item.get("expect", {}), outcome, findings=findings)
            run.items.append(ItemResult(item, outcome, checks))
        run.variety = variety(days, book)
    engine.dispose()
    return run


def _draft_lang(draft: Draft) -> str:
    if draft.tone == "human":
        return "human"
    head = draft.template_key.split("@", 1)[0]
    return head.split(":", 1)[0] if ":" in head else "en"


def summary_lines(run: SetRun) -> list[str]:
    """The report ``eval-drafts`` prints: each check's pass rate, then the totals."""
    lines = [f"{'check':14} {'passed':>8} {'rate':>7}"]
    for name, (passed, total) in run.rates().items():
        lines.append(f"{name:14} {passed:>4}/{total:<3} {100 * passed / total:6.1f}%")
    total = len(run.items)
    lines.append(
        f"all checks     {run.all_passed():>4}/{total:<3} "
        f"{100 * run.all_passed() / total:6.1f}% of mentions pass every check"
    )
    share, sentence, count = run.variety
    lines.append(
        f"variety        most repeated sentence in {100 * share:.1f}% of a day's drafts"
        + (f" ({sentence!r}, {count} drafts that day)" if sentence else "")
    )
    lines.append(f"outcomes       {Counter(bool(r.draft) for r in run.items)[True]} drafted")
    return lines
