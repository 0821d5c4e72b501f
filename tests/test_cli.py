"""The command line as a user runs it: real processes, real files, exit codes, output."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "config" / "demo"


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    environment.update(env or {})
    result = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_classify_prints_one_json_object_per_row_in_input_order(tmp_path: Path) -> None:
    path = tmp_path / "texts.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "body"])
        writer.writerow(["1", "@airline my flight was cancelled and nobody will tell me why"])
        writer.writerow(["2", "thank you so much, the team were brilliant"])
        writer.writerow(["3", ""])
        writer.writerow(["4", "what time do you open on sundays?"])
    result = run("classify", str(path), "--text-column", "body", cwd=tmp_path)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4
    for key in ("compound", "label", "intent", "is_complaint", "urgency"):
        assert all(key in row for row in rows)
    assert rows[0]["is_complaint"] and rows[1]["label"] == "positive"
    assert rows[3]["intent"] == "question"


def test_classify_names_a_missing_column(tmp_path: Path) -> None:
    path = tmp_path / "texts.csv"
    path.write_text("body\nhello\n")
    result = run("classify", str(path), cwd=tmp_path, check=False)
    assert result.returncode == 2 and "text" in result.stderr and "Traceback" not in result.stderr


def test_eval_reports_precision_recall_f1(tmp_path: Path) -> None:
    path = tmp_path / "labelled.jsonl"
    rows = [
        {"text": "my order never arrived and support ignores me", "complaint": 1},
        {"text": "still waiting for my refund, third email", "complaint": 1},
        {"text": "love the new menu, great coffee", "complaint": 0},
        {"text": "what are your opening hours?", "complaint": 0},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = run("eval", str(path), "--label-column", "complaint", "--format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert report["n"] == 4
    text = run("eval", str(path), "--label-column", "complaint", cwd=tmp_path).stdout
    assert "precision" in text.lower() and "f1" in text.lower()


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    workdir = tmp_path_factory.mktemp("demo")
    result = run("demo", "--no-serve", "--db", str(workdir / "demo.db"), cwd=ROOT)
    return workdir, result.stdout


def test_demo_runs_the_whole_flow_and_prints_a_summary(demo_run: tuple[Path, str]) -> None:
    _, out = demo_run
    assert "customers: 30 created" in out
    assert "505 stored" in out and "10 duplicates" in out
    assert "second collect (nothing new): 0 stored" in out
    assert "by sentiment:" in out and "by intent:" in out
    assert "drafts waiting for review:" in out
    assert out.count("    draft:") == 3
    assert "review UI: http://127.0.0.1:8000/" in out
    assert "sign in as demo / " in out and "(reviewer)" in out
    assert "sign in as demo-admin / " in out and "(admin)" in out


def test_the_demo_leaves_at_most_one_pending_draft_per_conversation(
    demo_run: tuple[Path, str],
) -> None:
    import sqlite3

    workdir, _ = demo_run
    with sqlite3.connect(workdir / "demo.db") as db:
        worst = db.execute(
            "SELECT max(n) FROM (SELECT m.conversation_id, count(*) AS n FROM drafts d "
            "JOIN mentions m ON m.id = d.mention_id WHERE d.status = 'pending' GROUP BY 1)"
        ).fetchone()[0]
        superseded = db.execute("SELECT count(*) FROM drafts WHERE status = 'superseded'")
        ungrouped = db.execute("SELECT count(*) FROM mentions WHERE conversation_id IS NULL")
        assert worst == 1
        assert superseded.fetchone()[0] > 0 and ungrouped.fetchone()[0] == 0


def test_queue_list_says_how_many_it_left_out(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    db = ["--database-url", f"sqlite:///{workdir / 'demo.db'}"]
    table = run(*db, "queue", "list", "--limit", "5", cwd=ROOT).stdout.splitlines()
    assert len(table) == 6 and table[-1].startswith("5 of ") and "--limit N or --all" in table[-1]
    total = int(table[-1].split()[2])
    every = run(*db, "queue", "list", "--all", "--format", "jsonl", cwd=ROOT)
    assert len(every.stdout.splitlines()) == total and "shown" not in every.stderr
    assert all("conversation_id" in json.loads(line) for line in every.stdout.splitlines())


def test_queue_commands_work_on_the_demo_database(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    db = ["--database-url", f"sqlite:///{workdir / 'demo.db'}", "--actor", "sam"]
    listed = run(*db, "queue", "list", "--format", "jsonl", cwd=ROOT).stdout.splitlines()
    records = [json.loads(line) for line in listed]
    assert records
    for key in (
        "draft_id",
        "platform",
        "external_id",
        "customer_id",
        "intent",
        "urgency",
        "priority",
        "text",
        "alternatives",
        "lint",
        "manager_note",
    ):
        assert key in records[0]
    priorities = [r["priority"] for r in records]
    assert priorities == sorted(priorities, reverse=True)
    first = records[0]["draft_id"]
    run(*db, "queue", "approve", str(first), cwd=ROOT)
    again = run(*db, "queue", "approve", str(first), cwd=ROOT, check=False)
    assert again.returncode != 0 and "is approved" in again.stderr
    second = records[1]["draft_id"]
    no_reason = run(*db, "queue", "reject", str(second), "--reason", " ", cwd=ROOT, check=False)
    assert no_reason.returncode != 0
    run(*db, "queue", "reject", str(second), "--reason", "answered by phone", cwd=ROOT)
    remaining = run(*db, "queue", "list", "--format", "jsonl", cwd=ROOT).stdout
    ids = {json.loads(line)["draft_id"] for line in remaining.splitlines()}
    assert first not in ids and second not in ids


def test_demo_customers_are_linked_and_do_not_contact_is_respected(
    demo_run: tuple[Path, str],
) -> None:
    workdir, _ = demo_run
    import sqlite3

    with sqlite3.connect(workdir / "demo.db") as db:
        linked = db.execute(
            "SELECT count(DISTINCT c.id) FROM customers c JOIN identities i ON i.customer_id = c.id"
            " JOIN mentions m ON m.identity_id = i.id WHERE c.is_known"
        ).fetchone()[0]
        dnc_drafts = db.execute(
            "SELECT count(*) FROM drafts d JOIN customers c ON c.id = d.customer_id"
            " WHERE c.do_not_contact"
        ).fetchone()[0]
    assert linked >= 20
    assert dnc_drafts == 0


def test_importing_a_file_with_bad_rows_exits_2_and_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Full name,Email\nAna,ana@example.com\nBad,not-an-email\n")
    db = ["--database-url", f"sqlite:///{tmp_path / 'c.db'}"]
    result = run(*db, "customers", "import", str(path), cwd=tmp_path, check=False)
    assert result.returncode == 2
    assert "crm.csv:3:" in result.stderr and "imported nothing" in result.stdout
    ok = run(*db, "customers", "import", str(path), "--skip-bad-rows", cwd=tmp_path)
    assert "1 created" in ok.stdout and "1 skipped" in ok.stdout


def test_ingest_of_a_file_with_broken_lines_stores_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    good = {
        "platform": "twitter",
        "external_id": "1",
        "text": "hi @bramblecounter",
        "author_handle": "a",
        "created_at": "2026-11-01T09:00:00Z",
    }
    path.write_bytes(json.dumps(good).encode() + b"\n{broken\n\xff\xfe\n")
    db = ["--database-url", f"sqlite:///{tmp_path / 'i.db'}"]
    result = run(*db, "ingest", str(path), cwd=tmp_path)
    assert "1 stored" in result.stdout
    assert "line 2" in result.stderr and "line 3" in result.stderr


@pytest.mark.parametrize("platform", ["bluesky", "mastodon", "hackernews", "rss"])
def test_ingest_takes_every_platform_for_flat_rows(tmp_path: Path, platform: str) -> None:
    path = tmp_path / "m.csv"
    path.write_text(
        "external_id,text,author_handle,created_at\n"
        "p1,love the bramble counter toastie,someone,2026-11-01T09:00:00Z\n"
    )
    db = ["--database-url", f"sqlite:///{tmp_path / 'p.db'}"]
    assert "1 stored" in run(*db, "ingest", "--platform", platform, str(path), cwd=tmp_path).stdout
    exported = json.loads(run(*db, "export", "mentions", cwd=tmp_path).stdout.splitlines()[0])
    assert exported["platform"] == platform


def test_export_writes_stored_mentions_as_jsonl_and_csv(demo_run: tuple[Path, str]) -> None:
    workdir, _ = demo_run
    db = ["--database-url", f"sqlite:///{workdir / 'demo.db'}"]
    lines = run(*db, "export", "mentions", cwd=ROOT).stdout.splitlines()
    assert len(lines) == 505
    record = json.loads(lines[0])
    for key in ("author_handle", "customer_id", "label", "intent", "is_complaint", "urgency"):
        assert key in record
    recent = run(*db, "export", "mentions", "--since", "2026-11-20T00:00:00Z", cwd=ROOT)
    assert 0 < len(recent.stdout.splitlines()) < 505
    out = workdir / "m.csv"
    run(*db, "export", "mentions", "--format", "csv", "-o", str(out), cwd=ROOT)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 505
    assert not any(r["text"].startswith(("=", "+", "@")) for r in rows)


def test_collect_dry_run_prints_and_stores_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text(
        json.dumps(
            {
                "platform": "twitter",
                "external_id": "77",
                "text": "@bramblecounter dry run please",
                "author_handle": "sam",
                "created_at": "2026-11-01T09:00:00Z",
            }
        )
        + "\n"
    )
    config = tmp_path / "rapport.toml"
    config.write_text(
        f"[sources.replay]\nenabled = true\npaths = ['{path}']\n"
        f"[database]\nurl = 'sqlite:///{tmp_path / 'd.db'}'\n"
    )
    dry = run("--config", str(config), "collect", "--dry-run", cwd=tmp_path)
    assert "dry run please" in dry.stdout and "nothing stored" in dry.stdout
    exported = run("--config", str(config), "export", "mentions", cwd=tmp_path)
    assert exported.stdout == ""
    real = run("--config", str(config), "collect", cwd=tmp_path)
    assert "1 stored" in real.stdout


def test_serve_publishes_in_the_background_when_asked(tmp_path: Path) -> None:
    """An approval becomes a (dry-run) post while the web server runs, without `run`."""
    import time as clock

    from commands.app import App
    from commands.jobs import publish_in_background
    from config.settings import load_settings
    from store.db import make_engine, make_sessionmaker
    from store.migrate import upgrade
    from store.models import Customer, Draft, Mention

    url = f"sqlite:///{tmp_path / 'p.db'}"
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    with factory() as session, session.begin():
        customer = Customer(likes=[], dislikes=[], tags=[], notes="")
        mention = Mention(
            platform="twitter",
            external_id="42",
            text="hi",
            text_normalized="hi",
            created_at=datetime(2026, 11, 1, tzinfo=UTC),
        )
        session.add_all([customer, mention])
        session.flush()
        session.add(
            Draft(
                mention_id=mention.id,
                customer_id=customer.id,
                text="Thanks!",
                template_key="t",
                tone="warm",
                status="approved",
            )
        )
    settings = load_settings(environ={}, overrides={("database", "url"): url})
    app = App(settings=settings, actor="test")
    stop = publish_in_background(app, every_seconds=0.05)
    try:
        deadline = clock.monotonic() + 20
        status = None
        while clock.monotonic() < deadline and status != "sent":
            clock.sleep(0.05)  # waiting for the outcome, not timing it
            with factory() as session:
                status = session.scalar(select(Draft.status))
    finally:
        stop.set()
    assert status == "sent"


def test_a_relative_sqlite_path_in_a_config_file_is_next_to_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    config = folder / "rapport.toml"
    config.write_text("[database]\nurl = 'sqlite:///data/rapport.db'\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    first = run("--config", str(config), "queue", "list", cwd=elsewhere)
    assert (folder / "data" / "rapport.db").exists()
    assert not (elsewhere / "data").exists()
    assert "creating a new, empty database" in first.stderr
    again = run("--config", str(config), "queue", "list", cwd=tmp_path)
    assert "creating a new" not in again.stderr


def test_errors_about_the_database_url_name_the_flag(tmp_path: Path) -> None:
    bad = run("--database-url", "mysql://x", "queue", "list", cwd=tmp_path, check=False)
    assert bad.returncode == 2 and "--database-url" in bad.stderr and "--url" not in bad.stderr
    down = run(
        "--database-url",
        "postgresql+psycopg://nobody@127.0.0.1:1/none",
        "queue",
        "list",
        cwd=tmp_path,
        check=False,
    )
    assert down.returncode == 2 and "--database-url" in down.stderr


def test_digest_preview_without_date_uses_the_last_period_with_mentions(
    demo_run: tuple[Path, str],
) -> None:
    workdir, _ = demo_run
    db = ["--database-url", f"sqlite:///{workdir / 'demo.db'}"]
    out = workdir / "preview.html"
    result = run(
        *db, "--config", str(DEMO / "rapport.toml"), "digest", "--preview", str(out), cwd=ROOT
    )
    assert "using the last period with mentions" in result.stderr
    assert "2026-11-2" in result.stdout  # the demo's recorded month ends 2026-11-2x
    assert "quiet day" not in out.read_text().lower() or "mentions" in out.read_text()


def test_digest_preview_on_an_empty_database_says_the_period_is_empty(tmp_path: Path) -> None:
    db = ["--database-url", f"sqlite:///{tmp_path / 'e.db'}"]
    result = run(*db, "digest", "--preview", str(tmp_path / "p.html"), cwd=tmp_path)
    assert "the digest period is empty" in result.stderr
