"""A local HTTP server that answers recorded API bodies by method, path and query.

The SDKs of the newer sources talk over different transports (atproto over httpx, Mastodon.py,
requests and feedparser's input over requests), so their tests run them against a real socket
on 127.0.0.1 instead of patching each transport. Routes are tried in the order added; a route
with ``times`` is used that many times, then skipped. Everything asked is in ``seen``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Route:
    method: str
    path: str
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    when: Callable[[Seen], bool] | None = None
    times: int | None = None


class LocalApi(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: list[Route] = []
        self.seen: list[Seen] = []
        self.date: str | None = None  # the Date header to send (a fixed clock); None: now
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def add(
        self,
        method: str,
        path: str,
        body: Any,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        when: Callable[[Seen], bool] | Mapping[str, str | None] | None = None,
        times: int | None = None,
        content_type: str = "application/json; charset=utf-8",
    ) -> None:
        """Answer ``method path`` with ``body`` (bytes, str, or JSON-able) when ``when`` holds:
        a predicate, or query values that must match (None: the parameter must be absent)."""
        if isinstance(body, bytes):
            raw = body
        elif isinstance(body, str):
            raw = body.encode()
        else:
            raw = json.dumps(body).encode()
        if isinstance(when, Mapping):
            wanted = dict(when)

            def when(seen: Seen, wanted: dict[str, str | None] = wanted) -> bool:
                return all(seen.arg(k) == v for k, v in wanted.items())

        all_headers = {"Content-Type": content_type, **(headers or {})}
        self.routes.append(Route(method, path, raw, status, all_headers, when, times))

    def calls(self, path: str | None = None) -> list[Seen]:
        return [s for s in self.seen if path is None or s.path == path]

    def __enter__(self) -> LocalApi:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: LocalApi
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        seen = Seen(
            self.command,
            url.path,
            parse_qs(url.query, keep_blank_values=True),
            {k.lower(): v for k, v in self.headers.items()},
            body,
        )
        self.server.seen.append(seen)
        for route in self.server.routes:
            if (route.method, route.path) != (self.command, url.path):
                continue
            if route.times is not None and route.times <= 0:
                continue
            if route.when is not None and not route.when(seen):
                continue
            if route.times is not None:
                route.times -= 1
            self._answer(route.status, route.body, route.headers)
            return
        self._answer(404, b'{"error":"NotFound","message":"no such route"}', {})

    do_GET = _serve
    do_POST = _serve

    def _answer(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Type" not in headers:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            self.wfile.write(body)

    def date_time_string(self, timestamp: float | None = None) -> str:
        return self.server.date or super().date_time_string(timestamp)

    def log_message(self, format: str, *args: Any) -> None:
        pass
