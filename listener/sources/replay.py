"""The file source: JSONL or CSV exports of mentions, read incrementally by byte offset.

A real feature (bring in mentions from another tool, or replay a recording) and the demo's
source. Each file keeps two cursor keys: the byte offset just past the last complete record
read, and the line number there (so problems name absolute line numbers). Lines may hold an
X API v2 response page, a single tweet, a Reddit thing or Listing, or a flat record
(``platform, external_id, text, author_handle, created_at, ...``); CSV files hold flat rows.
Malformed records are reported with their line number and skipped; the rest is stored.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from config.settings import Settings
from listener.sources import payloads
from listener.sources.base import Batch, RawMention

MAX_RECORDS_PER_FETCH = 5000
MAX_LINE_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class _Record:
    line: int
    end_offset: int
    mentions: tuple[RawMention, ...]
    problems: tuple[str, ...]


class ReplaySource:
    """Reads mention exports. Only a ``Source``, not ``Replyable``: a file has no one to answer;
    the live source of a replayed mention's platform answers it."""

    name = "replay"

    def __init__(
        self,
        paths: list[str | Path],
        *,
        default_platform: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_records: int = MAX_RECORDS_PER_FETCH,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self.default_platform = default_platform
        self._clock = clock
        self.max_records = max_records

    @classmethod
    def from_settings(cls, settings: Settings) -> ReplaySource:
        return cls(list(settings.sources.replay.paths))

    def describe(self) -> Mapping[str, str]:
        return {
            "name": self.name,
            "configured": "yes" if self.paths else "no (sources.replay.paths is empty)",
            "paths": ", ".join(str(p) for p in self.paths) or "-",
            "replies": "not supported (a file has no one to answer)",
        }

    def fetch(self, cursor: Mapping[str, str]) -> Batch:
        """Read every complete record after each file's offset, up to ``max_records``."""
        mentions: list[RawMention] = []
        problems: list[str] = []
        new_cursor = dict(cursor)
        budget = self.max_records
        more = False
        for path in self.paths:
            if budget <= 0:
                more = True
                break
            key = str(path.resolve())
            offset = int(cursor.get(f"offset:{key}", "0") or 0)
            line = int(cursor.get(f"line:{key}", "0") or 0)
            try:
                size = path.stat().st_size
            except OSError as exc:
                problems.append(f"{path}: cannot read ({exc.strerror or exc})")
                continue
            if size < offset:
                problems.append(f"{path}: file is shorter than the cursor; reading it again")
                offset, line = 0, 0
            count = 0
            for record in self._records(path, offset, line):
                mentions.extend(record.mentions)
                problems.extend(f"{path}:{p}" for p in record.problems)
                new_cursor[f"offset:{key}"] = str(record.end_offset)
                new_cursor[f"line:{key}"] = str(record.line)
                count += 1
                if count >= budget:
                    more = True
                    break
            budget -= count
        return Batch(
            source=self.name,
            mentions=tuple(mentions),
            cursor=new_cursor,
            problems=tuple(problems),
            more=more,
        )

    def _records(self, path: Path, offset: int, line: int) -> Iterator[_Record]:
        if path.suffix.lower() in (".csv", ".tsv"):
            yield from self._csv_records(path, offset, line)
        else:
            yield from self._jsonl_records(path, offset, line)

    def _jsonl_records(self, path: Path, offset: int, line: int) -> Iterator[_Record]:
        with path.open("rb") as handle:
            handle.seek(offset)
            position = offset
            for raw in handle:
                if not raw.endswith(b"\n"):
                    # Possibly still being written by another tool: read it next time.
                    return
                line += 1
                position += len(raw)
                yield self._parse_json_line(raw, line, position)

    def _parse_json_line(self, raw: bytes, line: int, end: int) -> _Record:
        def problem(message: str) -> _Record:
            return _Record(line, end, (), (f"line {line}: {message}; skipped",))

        if len(raw) > MAX_LINE_BYTES:
            return problem(f"line is {len(raw):,} bytes, over the {MAX_LINE_BYTES:,} limit")
        try:
            text = raw.decode("utf-8-sig" if line == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            return problem(f"not valid UTF-8 (byte {exc.start + 1})")
        if not text.strip():
            return _Record(line, end, (), ())
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            return problem(f"not valid JSON ({exc.msg} at column {exc.colno})")
        if not isinstance(record, dict):
            return problem("expected a JSON object")
        found, problems = self._mentions_from(record)
        return _Record(
            line, end, tuple(found), tuple(f"line {line}: {p}; skipped" for p in problems)
        )

    def _mentions_from(self, record: Mapping[str, Any]) -> tuple[list[RawMention], list[str]]:
        found: list[RawMention] = []
        problems: list[str] = []
        now = self._clock()
        try:
            if payloads.is_reddit_thing(record):
                for thing in payloads.reddit_things(record):
                    try:
                        found.append(payloads.reddit_mention(thing, source=self.name))
                    except payloads.PayloadError as exc:
                        problems.append(str(exc))
            elif payloads.is_x_page(record):
                for item in payloads.x_page_mentions(record, source=self.name, fallback_time=now):
                    if isinstance(item, payloads.PayloadError):
                        problems.append(str(item))
                    else:
                        found.append(item)
            elif payloads.is_x_tweet(record) and "platform" not in record:
                found.append(
                    payloads.x_tweet_mention(record, {}, source=self.name, fallback_time=now)
                )
            else:
                found.append(
                    payloads.flat_mention(
                        record, source=self.name, default_platform=self.default_platform
                    )
                )
        except payloads.PayloadError as exc:
            problems.append(str(exc))
        return found, problems

    def _csv_records(self, path: Path, offset: int, line: int) -> Iterator[_Record]:
        """CSV rows after ``offset``; the header is always read from the top of the file."""
        with path.open("rb") as handle:
            header_raw = handle.readline()
            try:
                header_text = header_raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                yield _Record(1, len(header_raw), (), ("line 1: header is not valid UTF-8",))
                return
            delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
            header = next(csv.reader([header_text], delimiter=delimiter), [])
            header = [h.strip() for h in header]
            missing = payloads.missing_flat_columns(header, default_platform=self.default_platform)
            if missing:
                yield _Record(
                    1, offset, (), (f"line 1: the header lacks {'; '.join(missing)}; file skipped",)
                )
                return
            if offset < len(header_raw):
                offset, line = len(header_raw), 1
            handle.seek(offset)
            pending: list[bytes] = []
            start_line = line + 1
            position = offset
            for raw in handle:
                if not raw.endswith(b"\n"):
                    return
                line += 1
                position += len(raw)
                pending.append(raw)
                joined = b"".join(pending)
                try:
                    chunk = joined.decode("utf-8")
                except UnicodeDecodeError as exc:
                    pending = []
                    yield _Record(
                        line,
                        position,
                        (),
                        (f"line {start_line}: not valid UTF-8 (byte {exc.start + 1}); skipped",),
                    )
                    start_line = line + 1
                    continue
                if chunk.count('"') % 2 == 1:
                    continue  # a quoted field spans lines: the record is not complete yet
                pending = []
                rows = list(csv.reader(io.StringIO(chunk), delimiter=delimiter))
                record_line = start_line
                start_line = line + 1
                if not rows or not any(cell.strip() for cell in rows[0]):
                    yield _Record(line, position, (), ())
                    continue
                row = rows[0]
                if len(row) != len(header):
                    yield _Record(
                        line,
                        position,
                        (),
                        (
                            f"line {record_line}: {len(row)} fields, the header has "
                            f"{len(header)}; skipped",
                        ),
                    )
                    continue
                try:
                    mention = payloads.flat_mention(
                        dict(zip(header, row, strict=True)),
                        source=self.name,
                        default_platform=self.default_platform,
                    )
                except payloads.PayloadError as exc:
                    yield _Record(line, position, (), (f"line {record_line}: {exc}; skipped",))
                    continue
                yield _Record(line, position, (mention,), ())
