"""Fakes for the notification tests (STYLE.md #9): a real SMTP server (aiosmtpd), a local HTTP
receiver for webhooks, a server that accepts and never answers, an injected clock, and a
helper that stores scored mentions through the real pipeline. Everything on 127.0.0.1."""

from __future__ import annotations

import email
import json
import socket
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from config.settings import Settings
from listener.pipeline import Pipeline
from listener.sources.base import Batch, RawMention

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Clock:
    """An injected clock: ``clock()`` is now; ``clock.advance(seconds=…)`` moves it."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


class _Handler:
    def __init__(self, inbox: list[Received]) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.inbox.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server(port: int | None = None) -> Iterator[tuple[int, list[Received]]]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1; yields its port and its inbox."""
    inbox: list[Received] = []
    port = port or free_port()
    controller = Controller(_Handler(inbox), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """Accepts connections and never says a word: an SMTP server that times out."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            held.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(sock.getsockname()[1])
    finally:
        stop.set()
        thread.join(2)
        for conn in held:
            conn.close()
        sock.close()


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Records every request; answers with the next status in ``statuses`` (then 200)."""

    port: int
    hits: list[Hit] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    on_hit: Any = None

    def url(self, scheme: str = "json", path: str = "/hook") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"


@contextmanager
def http_receiver(statuses: Sequence[int] = ()) -> Iterator[Receiver]:
    """A local HTTP server standing in for Slack, Mattermost or a JSON webhook."""
    receiver = Receiver(port=0, statuses=list(statuses))

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            hit = Hit(self.path, dict(self.headers.items()), body)
            receiver.hits.append(hit)
            if receiver.on_hit is not None:
                receiver.on_hit(hit)
            status = receiver.statuses.pop(0) if receiver.statuses else 200
            payload = b'{"ok": true}' if status < 400 else b'{"error": "boom"}'
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.port = int(server.server_address[1])
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(2)


_SEQ = iter(range(1, 10**9))


def mention(
    text: str,
    *,
    at: datetime = T0,
    handle: str | None = None,
    author_id: str | None = None,
    followers: int | None = None,
    platform: str = "twitter",
    url: str | None = None,
) -> RawMention:
    """A mention as a source would hand it over; ids are unique per test run."""
    n = next(_SEQ)
    handle = handle or f"user{n}"
    return RawMention(
        platform=platform,
        external_id=f"x{n}",
        text=text,
        author_id=author_id or f"id-{handle}",
        author_handle=handle,
        author_name=handle.title(),
        author_followers=followers,
        created_at=at,
        url=url if url is not None else f"https://x.com/{handle}/status/{n}",
    )


def store(
    factory: Any, settings: Settings, mentions: Sequence[RawMention], *, now: datetime = T0
) -> int:
    """Ingest through the real pipeline (scoring, linking) with the clock at ``now``."""
    pipeline = Pipeline(factory, settings, clock=lambda: now)
    try:
        report = pipeline.ingest(Batch(source="replay", mentions=tuple(mentions)))
    finally:
        pipeline.close()
    return report.stored


NEGATIVE = "@bramblecounter worst coffee ever, awful rude staff, I hate this place"
HOSTILE = (
    '<script>alert("x")</script> @everyone [click](javascript:alert(1)) '
    "bramble coffee was awful, terrible, disgusting\r\nBcc: victim@example.com"
)
