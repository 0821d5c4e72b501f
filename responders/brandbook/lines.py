"""Where each key of a TOML text is, so a validation error can name its line.

``tomllib`` returns plain values without positions, so this scans the text once and maps
every key path (``("locations", 1, "hours", "mon")``) to the line that sets it: table
headers (``[contact]``, ``[[locations]]``, ``[[locations.exceptions]]``, counted per parent
so the second location's first exception is ``("locations", 1, "exceptions", 0)``), keys
and dotted keys, and the keys of one-line inline tables. Lines inside multi-line strings and
arrays are skipped. It is a locator for a text ``tomllib`` already accepted, not a parser:
an unusual layout only makes an error point at the enclosing table's line.
"""

from __future__ import annotations

import re

Path = tuple[str | int, ...]

_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY_RE = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)
_INLINE_KEY_RE = re.compile(r"""[{,]\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=""")
_PART_RE = re.compile(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""")


def _parts(dotted: str) -> list[str]:
    return [p.strip("\"'") for p in _PART_RE.findall(dotted)]


def _strip_strings(line: str) -> str:
    """``line`` with string contents removed, to count brackets and see comments safely."""
    return re.sub(r'"(?:\\.|[^"\\])*"|\'[^\']*\'', '""', line)


class KeyLines:
    """Map of key paths to 1-based line numbers in one TOML text."""

    def __init__(self, text: str) -> None:
        self.lines: dict[Path, int] = {}
        self._scan(text)

    def line_of(self, path: Path) -> int | None:
        """The line of ``path`` or, failing that, of its nearest enclosing key or table."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None

    def _scan(self, text: str) -> None:
        table: Path = ()
        arrays: dict[Path, int] = {}  # array-of-tables path (with parents' indexes) → last index
        depth = 0  # open brackets of a multi-line array or inline table
        in_string: str | None = None
        for number, raw in enumerate(text.splitlines(), start=1):
            if in_string:
                if raw.count(in_string) % 2 == 1:
                    in_string = None
                continue
            if depth > 0:
                depth += self._bracket_balance(raw)
                continue
            header = _HEADER_RE.match(raw)
            if header and not _KEY_RE.match(raw):
                table = self._resolve(_parts(header.group(2)), arrays, header.group(1) == "[[")
                self.lines.setdefault(table, number)
                continue
            key = _KEY_RE.match(raw)
            if not key:
                continue
            path = table + tuple(_parts(key.group(1)))
            self.lines.setdefault(path, number)
            rest = raw[key.end() :]
            for inline in _INLINE_KEY_RE.findall(_strip_strings_keep_keys(rest)):
                self.lines.setdefault((*path, inline.strip("\"'")), number)
            for quote in ('"""', "'''"):
                if rest.count(quote) % 2 == 1:
                    in_string = quote
            if in_string is None:
                depth = max(0, self._bracket_balance(rest))

    @staticmethod
    def _bracket_balance(fragment: str) -> int:
        code = _strip_strings(fragment).split("#", 1)[0]
        return code.count("[") + code.count("{") - code.count("]") - code.count("}")

    @staticmethod
    def _resolve(names: list[str], arrays: dict[Path, int], is_array: bool) -> Path:
        path: Path = ()
        for position, name in enumerate(names):
            path = (*path, name)
            last = position == len(names) - 1
            if last and is_array:
                index = arrays.get(path, -1) + 1
                arrays[path] = index  # nested arrays count per element: their path has our index
                path = (*path, index)
            elif path in arrays:
                path = (*path, arrays[path])
        return path


def _strip_strings_keep_keys(fragment: str) -> str:
    """Blank out string values but keep quoted keys, so ``{ "a b" = "x" }`` still shows its key."""
    return re.sub(r'(=\s*)"(?:\\.|[^"\\])*"', r'\1""', fragment)
