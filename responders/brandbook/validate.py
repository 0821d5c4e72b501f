"""Reading a brand book from TOML: every problem at once, each with its line, or nothing.

An import is all-or-nothing: one bad key means no new version, and the operator sees every
problem of the file in one run (``line 12: locations[0].timezone: unknown time zone
'Europe/Lodnon'``) instead of fixing them one by one. Checks: TOML syntax (tomllib's own
line), unknown keys (with a near-miss suggestion), wrong types, bad hours strings, unknown
time zones, bad dates, and what involves several sections: duplicate location or offering
names, an offering's hours without a time zone to read them in, placeholders.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from config.errors import InputError
from responders.brandbook import model as m
from responders.brandbook.lines import KeyLines
from responders.brandbook.placeholders import check as check_placeholders
from responders.brandbook.words import fold

KeyPath = tuple[str | int, ...]
MAX_BOOK_CHARS = 2_000_000  # far above any real book; keeps a wrong file from eating memory

_TYPE_WORDS = {
    "string_type": "should be text in quotes",
    "bool_type": "should be true or false",
    "list_type": "should be a list [...]",
    "dict_type": "should be a table",
    "model_type": "should be a table",
    "date_type": "should be a date like 2026-12-25",
    "missing": "is required",
    "too_short": "must not be empty",
    "string_too_short": "must not be empty",
}


@dataclass(frozen=True, order=True)
class BookProblem:
    """One problem of a book file: its line (when known), the key path and what is wrong."""

    line: int | None
    key: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.key + ': ' if self.key else ''}{self.message}"


class BookError(InputError):
    """A brand book that cannot be imported; ``problems`` lists every reason."""

    def __init__(self, problems: list[BookProblem], *, source: str = "brand book") -> None:
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.key))
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{source} is not valid ({len(self.problems)} problems):\n{lines}")


def key_text(path: KeyPath) -> str:
    """``("locations", 0, "hours", "mon")`` → ``"locations[0].hours.mon"``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_MODELS: tuple[type[BaseModel], ...] = (
    m.BrandBook, m.Location, m.WeekHours, m.HoursException, m.Contact, m.Person, m.Offering,
    m.Policies, m.FaqEntry, m.Playbooks,
)  # fmt: skip


def _all_keys() -> list[str]:
    """Every key name the book knows, for "did you mean" suggestions."""
    return sorted({name for model in _MODELS for name in model.model_fields})


def _message(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        near = difflib.get_close_matches(name, _all_keys(), n=1, cutoff=0.75)
        return f"unknown key {name!r}" + (f" (did you mean {near[0]!r}?)" if near else "")
    if kind == "value_error":
        return re.sub(r"^Value error, ", "", error["msg"])
    return _TYPE_WORDS.get(kind, error["msg"])


def _cross_checks(raw: Mapping[str, Any]) -> list[tuple[KeyPath, str]]:
    """Rules across sections, checked on the raw document so they run even when it is invalid."""
    problems: list[tuple[KeyPath, str]] = []
    locations = [x for x in raw.get("locations", []) or [] if isinstance(x, Mapping)]
    offerings = [x for x in raw.get("offerings", []) or [] if isinstance(x, Mapping)]
    names: dict[str, int] = {}
    for index, location in enumerate(locations):
        for term in [location.get("name"), *(location.get("aliases") or [])]:
            if isinstance(term, str) and term.strip():
                if fold(term) in names and names[fold(term)] != index:
                    problems.append((("locations", index, "name"), f"{term!r} names two locations"))
                names.setdefault(fold(term), index)
    location_names = {fold(x["name"]) for x in locations if isinstance(x.get("name"), str)}
    terms: dict[str, int] = {}
    zones = {x.get("timezone") for x in locations}
    for index, offering in enumerate(offerings):
        for term in [offering.get("name"), *(offering.get("aliases") or [])]:
            if isinstance(term, str) and term.strip():
                if fold(term) in terms and terms[fold(term)] != index:
                    problems.append((("offerings", index), f"{term!r} names two offerings"))
                terms.setdefault(fold(term), index)
        where = offering.get("location")
        if isinstance(where, str) and fold(where) not in location_names:
            problems.append((("offerings", index, "location"), f"no location is named {where!r}"))
        if "hours" in offering and where is None and len(zones) != 1:
            need = 'a location = "..."' if locations else "a [[locations]] entry"
            problems.append((("offerings", index, "hours"), f"hours need {need} for the time zone"))
    problems.extend(check_placeholders(raw))
    return problems


def parse_book(text: str, *, source: str = "brand book") -> m.BrandBook:
    """The book in TOML ``text``; raises ``BookError`` with every problem and its line."""
    if len(text) > MAX_BOOK_CHARS:
        message = f"the file has {len(text):,} characters; a book may have {MAX_BOOK_CHARS:,}"
        raise BookError([BookProblem(None, "", message)], source=source)
    text = text.removeprefix("\ufeff")  # a byte-order mark some editors add
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+), column (\d+)", str(exc))
        line = int(found.group(1)) if found else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise BookError([BookProblem(line, "", f"TOML syntax: {message}")], source=source) from None
    lines = KeyLines(text)
    problems: list[BookProblem] = []
    book: m.BrandBook | None = None
    try:
        book = m.BrandBook.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            path = tuple(error["loc"])
            problems.append(BookProblem(lines.line_of(path), key_text(path), _message(error)))
    for path, message in _cross_checks(raw):
        problems.append(BookProblem(lines.line_of(path), key_text(path), message))
    if problems or book is None:
        raise BookError(problems, source=source)
    return book


def book_from_document(document: Mapping[str, Any]) -> m.BrandBook:
    """The book from its stored JSON document (already validated when it was imported)."""
    try:
        return m.BrandBook.model_validate(dict(document))
    except ValidationError as exc:
        problems = [BookProblem(None, key_text(tuple(e["loc"])), _message(e)) for e in exc.errors()]
        raise BookError(problems, source="stored brand book") from None
