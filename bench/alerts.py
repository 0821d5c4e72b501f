"""Alert latency: from a negative mention stored to its alert received by a webhook.

Run with ``make bench`` (after the ingest bench). 1,000 negative mentions from different
authors are stored one at a time through the real pipeline; after each, the alert pass that
``collect`` and the scheduler run (match, group, render, queue in the outbox, deliver) sends
the alert through apprise's ``json://`` to an HTTP receiver on 127.0.0.1. Cooldowns are off so
every mention makes its own alert. Latency is the receiver's clock minus the moment the
ingest committed. Prints p50, p90, p99 and max; the last line reads
``alert_latency_p50_ms=<ms> alert_latency_p99_ms=<ms>``; results go to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from config.settings import ALERT_RULES, load_settings
from listener.pipeline import Pipeline
from listener.sources.base import Batch, RawMention
from responders.notify.alerts import run_alerts
from responders.notify.channels import build_channels
from responders.notify.outbox import deliver_due
from store.db import make_engine, make_sessionmaker
from store.migrate import upgrade

RESULTS = Path(__file__).resolve().parent / "results"
TEXTS = [
    "@bramblecounter worst coffee ever, awful rude staff, I hate this place #{n}",
    "bramble coffee was cold and the staff were rude, terrible service #{n}",
    "@bramblecounter waited 40 minutes for a latte, disgusting service, never again #{n}",
]


class _Receiver:
    def __init__(self) -> None:
        self.arrivals: dict[str, float] = {}
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                now = time.perf_counter()
                message = json.loads(body).get("message", "")
                for token in message.replace("\\", "").split():
                    if token.startswith("#") and token[1:].isdigit():
                        with receiver.lock:
                            receiver.arrivals.setdefault(token[1:], now)
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> _Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def run(count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder, _Receiver() as receiver:
        settings = load_settings(
            environ={},
            overrides={
                ("brand", "keywords"): ["bramble", "bramblecounter"],
                ("brand", "handles"): {"twitter": ["bramblecounter"]},
                ("alerts", "cooldown_seconds"): {rule: 0 for rule in ALERT_RULES},
                ("alerts", "subject_cooldown_minutes"): 0,
                ("alerts", "silence_minutes"): 0,
                ("alerts", "routes"): {r: ["hook"] for r in (*ALERT_RULES, "rollup")},
                ("notify", "channels"): {"hook": f"json://127.0.0.1:{receiver.port}/alerts"},
            },
        )
        engine = make_engine(f"sqlite:///{Path(folder) / 'alerts.db'}")
        upgrade(engine)
        factory = make_sessionmaker(engine)
        channels = build_channels(settings, environ={})
        pipeline = Pipeline(factory, settings)
        stored_at: dict[str, float] = {}
        started = time.perf_counter()
        for n in range(count):
            mention = RawMention(
                platform="twitter",
                external_id=str(n),
                text=TEXTS[n % len(TEXTS)].format(n=n),
                author_id=f"a{n}",
                author_handle=f"author{n}",
                created_at=datetime.now(UTC),
            )
            report = pipeline.ingest(Batch(source="bench", mentions=(mention,)))
            assert report.stored == 1
            stored_at[str(n)] = time.perf_counter()
            with factory() as session, session.begin():
                run_alerts(
                    session, settings=settings, now=datetime.now(UTC), available=list(channels)
                )
            deliver_due(factory, channels, settings=settings.notify, kinds=["alert"])
        elapsed = time.perf_counter() - started
        pipeline.close()
        engine.dispose()
        missing = [k for k in stored_at if k not in receiver.arrivals]
        latencies = sorted(
            (receiver.arrivals[k] - stored_at[k]) * 1000 for k in stored_at if k not in missing
        )
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "mentions": count,
        "received": len(latencies),
        "missing": len(missing),
        "p50_ms": round(q[49], 1),
        "p90_ms": round(q[89], 1),
        "p99_ms": round(q[98], 1),
        "max_ms": round(latencies[-1], 1),
        "total_seconds": round(elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=1000)
    args = parser.parse_args()
    result = run(args.mentions)
    result.update(
        {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.machine(),
        }
    )
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"alerts-{stamp}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"alerts: {result['received']}/{result['mentions']} alerts received by the webhook, "
        f"latency from stored to received p50 {result['p50_ms']} ms, p90 {result['p90_ms']} ms, "
        f"p99 {result['p99_ms']} ms, max {result['max_ms']} ms "
        f"({result['total_seconds']} s in all)"
    )
    print(f"alert_latency_p50_ms={result['p50_ms']} alert_latency_p99_ms={result['p99_ms']}")


if __name__ == "__main__":
    main()
