"""The gate of the urgency rules: one pattern that rules out the usual mention cheaply.

Why its own pattern: before any class pattern runs, one scan must say "no urgency cue can
match here" for the ~90% of mentions that have none. The gate needs only to match wherever
some class pattern would (a superset), so a cue piece that starts with a very common word is
anchored in the gate on its first rare word instead; the class patterns in
``listener.scoring.urgency`` keep every piece whole, so the classes found never change, only
what a mention costs (docs/classification.md, "Speed").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words so common in mentions that a cue starting with one is tried at nearly every mention
# (measured on the corpus, the labelled tweets and the ingest benchmark: in 4 % or more of
# texts); a partial word is a literal start that stops inside a word ("i'?m", "£\\S*").
_COMMON_STARTS_TEXT = (
    "$ € £ 0 1 2 3 4 5 6 7 8 9 @ a about after again all an and app are as at back be been"
    " before burnt but by can card charg charge charged co coming different do don e email"
    " every fine flat for free from get getting gone gonna got green had has have he how i in"
    " is it just k keep made me might my nearly new no nobody not now ok on one order ordered"
    " out pack paid partner please price re really rush said sat second served should site"
    " small so some sort staff still that the their them there they this to took twice two up"
    " us used was we were what which white window with would wouldn wrong you your"
)
# Words too common to anchor the gate on, though a cue may start with one: the gate taken
# from them let through many more mentions than the whole pieces do (found by letting the
# gate through the corpus and the ingest benchmark until at most 1 % more mentions pass).
# Both lists were counted on every corpus file, EVAL trades included ("bank", "hotel",
# "bookshop", "garage" are here partly for them): they change only speed, never a class
# (the gate only decides whether the class patterns run at all, and it passes a superset).
_POOR_ANCHORS_TEXT = (
    "account actually advertised agent agreed alarm allerg already amount asked baby bank"
    " banks booked bookshop boot bottle box buggy burn bus business cable came cancelled cap"
    " car caught changed child chose claim closed coach company connect crashed dad"
    " dangerous daughter deposit details device died dog done door double down drip during"
    " elsewhere ended energy enter even extra extractor fell field fire fitted fitting"
    " flying fraud garage garages girl give go grandad gym gyms hair hand hands hard head"
    " hotel hotels husband ill instead invoice invoices kid kids know late leak leg lid"
    " light lights line list locked logo loose lot mechanic meter mid missed money more"
    " moved moving mum name nan never nothing of off overdue packaging pavement payment"
    " payments pendant penny photos picked pictures plug pocket practice pram prescription"
    " provider providers qr quote quoted ran real receipt refund refunded refunds replaced"
    " returned reviews right road room salon same scam selected service sick signed smoke"
    " snapped son sound spots stand sticker stitches street strength supplier suppliers"
    " surgery switch tablets taxi team then time toddler top traffic transactions van vet"
    " walk wall went while who wife within without work year yrs"
)
_COMMON_STARTS = frozenset(_COMMON_STARTS_TEXT.split())
_POOR_ANCHORS = frozenset(_POOR_ANCHORS_TEXT.split())
# a word span inside a cue: "(?:\\S+ ){0,8}?", "(?:\\w+ )?", "(?:(?!but )\\S+ ){0,2}?"
_SPAN_RE = re.compile(
    r"\(\?:(?:\(\?!(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))?\\[Sw][+*] \)"
    r"(?:\?\??|\{\d*,?\d*\}\??)?"
)
_BACKREFERENCE_RE = re.compile(r"\(\?P=|\\[1-9]")


def _start_word(piece: str) -> str:
    """The first word of a piece's literal start ("took" for "took (?:\\S+ )?..."), or the
    literal start itself when it stops inside a word ("i" for "i'?m bleeding"); "" for none."""
    from listener.scoring.cue_trie import LOOKBEHIND_RE as _LOOKBEHIND_RE
    from listener.scoring.cue_trie import literal_head as _literal_head

    while match := _LOOKBEHIND_RE.match(piece):
        piece = piece[match.end() :]
    literal, _rest = _literal_head(piece)
    return literal.split(" ")[0]


def _later_starts(piece: str) -> list[str]:
    """Tails of ``piece`` that begin right after a space any match of it contains: after a
    literal space, or after a word span that itself follows one."""
    spaced: set[int] = set()
    depth, i, in_class = 0, 0, False
    while i < len(piece):
        ch = piece[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
            i += 1
            continue
        if depth == 0 and i in spaced and (span := _SPAN_RE.match(piece, i)):
            spaced.add(span.end())
            i = span.end()
            continue
        if ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == " " and depth == 0 and piece[i + 1 : i + 2] not in ("?", "*", "+", "{"):
            spaced.add(i + 1)
        i += 1
    return [piece[start:] for start in sorted(spaced) if start < len(piece)]


def gate_pieces(fragments: Iterable[str]) -> list[str]:
    """The cue pieces for the gate that rules out the usual mention, each anchored on a rare
    word.

    A piece that starts with a common word ("took (?:\\S+ ){0,8}?full ...", "£\\S* (?:\\S+
    ){0,14}?nobody ...") is tried, span and all, at almost every mention. The gate only has
    to rule mentions out: it takes such a piece from its first later word that is not common
    ("full (?:\\S+ ){0,2}?..."), which matches wherever the whole piece does (the rest
    begins after a space the whole match contains). The per-class patterns keep every piece
    whole, so the classes found are the same; only a mention the gate lets through costs more.
    """
    from listener.scoring.cue_trie import expand as _expand

    pieces = []
    for fragment in fragments:
        for piece in _expand(fragment):
            start = _start_word(piece)
            if start in _COMMON_STARTS or not start:
                # a piece with no literal start at all ("\\S+'s on a drip") is tried at every
                # word: any later literal start is better
                poor = _POOR_ANCHORS | _COMMON_STARTS if start else frozenset()
                piece = next(
                    (
                        later
                        for later in _later_starts(piece)
                        if not _BACKREFERENCE_RE.search(later)
                        and all(
                            (word := _start_word(alt)) and word not in poor
                            for alt in _expand(later)
                        )
                    ),
                    piece,
                )
            pieces.append(piece)
    return pieces
