"""The book as TOML in the shape people write it: ``[[locations]]``, ``[locations.hours]``...

``tomli_w`` renders every value (escaping strings, dates, arrays) but folds short arrays of
tables into inline ``[{...}]`` lists, which reads badly and differs from the documented
layout. So the structure (headers, order) is laid out here and each key's value line is
rendered by ``tomli_w``. Sections follow the documented order; top-level keys come first,
as TOML requires.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import tomli_w

_ORDER = ("name", "never_say", "locations", "contact", "people", "offerings", "policies",
          "accounts", "faq", "playbooks")  # fmt: skip


def _key(name: str) -> str:
    return tomli_w.dumps({name: 0}).split(" = ", 1)[0]


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _ordered(table: Mapping[str, Any]) -> list[str]:
    known = [k for k in _ORDER if k in table]
    return known + [k for k in table if k not in known]


def _emit(table: Mapping[str, Any], prefix: str, out: list[str]) -> None:
    keys = _ordered(table)
    for name in keys:
        value = table[name]
        if not isinstance(value, Mapping) and not _is_table_list(value):
            out.append(tomli_w.dumps({name: value}).rstrip("\n"))
    for name in keys:
        value = table[name]
        path = f"{prefix}.{_key(name)}" if prefix else _key(name)
        if isinstance(value, Mapping):
            out.extend(["", f"[{path}]"])
            _emit(value, path, out)
        elif _is_table_list(value):
            for item in value:
                out.extend(["", f"[[{path}]]"])
                _emit(item, path, out)


def dumps(document: Mapping[str, Any]) -> str:
    """TOML text of ``document`` (a book as plain values: str, numbers, dates, lists, dicts)."""
    out: list[str] = []
    _emit(document, "", out)
    return "\n".join(out).lstrip("\n") + "\n"
