"""Cue fragments compiled into one trie-shaped regex that matches whole words of the word view.

Why a module of its own: every rule module (``classify``, ``urgency``, the urgency gate, the
cue report) compiles its cue lists this way, and ``classify`` imports ``urgency``; kept here,
the compiler has no dependency on either, so ``urgency`` needs no import inside functions.
A fragment is expanded into its alternatives (``expand``), grouped by literal head into a
trie (``whole_words``), and compiled once through the on-disk cache (``compile_cues``): the
pattern starts with a literal space, so ``re`` jumps from word to word instead of testing
every character (docs/classification.md, "Speed").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from listener.scoring.pattern_cache import compile_cached

_META = frozenset(".^$*+?{}[]|()")
_QUANTIFIERS = ("?", "*", "+", "{")
LOOKBEHIND_RE = re.compile(r"\(\?<!((?:[^()\\]|\\.)*)\)")
# what ``_split_top`` and ``_close_of`` look at: an escape (skipped whole), brackets, "|"
_SYNTAX_RE = re.compile(r"\\.|[\[\]()|]", re.DOTALL)


def _structure(pattern: str) -> Iterator[tuple[str, int, int]]:
    """(character, depth after it, index) for each ``(``, ``)`` and ``|`` of ``pattern``
    outside escapes and character classes: what ``_split_top`` and ``_close_of`` walk.

    Only the characters that matter are visited (``_SYNTAX_RE``): the cue patterns expand to
    megabytes of text, and a loop over every character cost seconds at start-up.
    """
    depth, in_class = 0, False
    for match in _SYNTAX_RE.finditer(pattern):
        ch = match.group()
        if len(ch) == 2:  # an escaped character
            continue
        if in_class:
            in_class = ch != "]"
            continue
        if ch == "[":
            in_class = True
            continue
        depth += 1 if ch == "(" else -1 if ch == ")" else 0
        yield ch, depth, match.start()


def _split_top(pattern: str) -> list[str]:
    """Split ``pattern`` on ``|`` outside groups and character classes."""
    parts, start = [], 0
    for ch, depth, i in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _close_of(pattern: str) -> int:
    """Index of the ``)`` closing the group that opens ``pattern``; -1 if none."""
    return next((i for ch, depth, i in _structure(pattern) if ch == ")" and depth == 0), -1)


def expand(fragment: str) -> list[str]:
    """Rewrite ``a|(?:b|c)?d`` as ``a``, ``bd``, ``cd``, ``d``: one alternative per literal start.

    Leading ``(?<!...)`` lookbehinds are carried onto every alternative.
    """
    out: list[str] = []
    for part in _split_top(fragment):
        _expand_part(part, out)
    return out


def _expand_part(part: str, out: list[str]) -> None:
    """Append the expansions of ``part``, which has no ``|`` outside groups, to ``out``.

    ``alternative + rest`` has no top-level ``|`` either, so it is expanded as it is, never
    split again: splitting the joined alternatives cost seconds of start-up.
    """
    behind = ""
    while match := LOOKBEHIND_RE.match(part):
        behind += match.group(0)
        part = part[match.end() :]
    end = _close_of(part) if part.startswith("(?:") else -1
    quantifier = part[end + 1 : end + 2] if end > 0 else ""
    if end > 0 and quantifier not in ("*", "+", "{"):
        alternatives = _split_top(part[3:end])
        rest = part[end + 1 :]
        if quantifier == "?":
            rest = rest[1:]
            alternatives.append("")
        expanded: list[str] = []
        for alternative in alternatives:
            _expand_part(alternative + rest, expanded)
        out.extend(behind + piece for piece in expanded)
    else:
        out.append(behind + part)


def literal_head(piece: str) -> tuple[str, str]:
    """Split a piece into its leading literal text and the regex that follows it."""
    literal: list[str] = []
    i = 0
    while i < len(piece):
        ch = piece[i]
        if ch == "\\":
            nxt = piece[i + 1 : i + 2]
            if not nxt or nxt.isalnum():
                break
            char, size = nxt, 2
        elif ch in _META:
            break
        else:
            char, size = ch, 1
        if piece[i + size : i + size + 1] in _QUANTIFIERS:
            break
        literal.append(char)
        i += size
    return "".join(literal), piece[i:]


def _trie(pieces: Iterable[str], tail: str) -> str:
    """Factor the pieces' literal heads into a trie so ``re`` tests each letter once."""
    root: dict[str, dict] = {}
    for piece in pieces:
        behind: list[str] = []
        while match := LOOKBEHIND_RE.match(piece):
            behind.append(match.group(1))
            piece = piece[match.end() :]
        literal, rest = literal_head(piece)
        # a lookbehind before the literal becomes one after it that includes the literal
        rest = "".join(f"(?<!{b}{re.escape(literal)})" for b in behind) + rest
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(rest + tail)

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        alts.extend(dict.fromkeys(node.get("", ())))  # ends last: prefer longer matches
        return alts[0] if len(alts) == 1 and "|" not in alts[0] else f"(?:{'|'.join(alts)})"

    return emit(root)


def whole_words(fragments: Iterable[str]) -> str:
    pieces = [piece for fragment in fragments for piece in expand(fragment)]
    return _trie(pieces, r"(?![\w'])")


def compile_cues(*fragments: str) -> re.Pattern[str]:
    """Compile cue fragments to match whole words in the word view (see module docstring)."""
    return compile_cached(" " + whole_words(fragments))
