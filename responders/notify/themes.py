"""Complaint themes for the digest: keywords clustered from the complaints themselves.

No fixed topic list: the words and two-word phrases that recur across the period's complaints
(after dropping stop words, the brand's own names and bare sentiment words) become themes,
most common first. A term whose complaints are mostly in a theme already picked joins that
theme's name instead ("app / stamp card"); each complaint then belongs to the most specific
theme it mentions (the one with the fewest complaints). Complaints in no theme are counted as
"other". Deterministic: the same complaints always give the same themes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’]+")
_DROP = re.compile(r"(?:https?://\S+|www\.\S+|[@#]\w+|u/\w+|r/\w+)")

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "almost",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "get",
        "gets",
        "getting",
        "got",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "let's",
        "like",
        "me",
        "more",
        "most",
        "much",
        "mustn't",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "really",
        "same",
        "shan't",
        "she",
        "should",
        "shouldn't",
        "so",
        "some",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they'd",
        "they'll",
        "they're",
        "they've",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "wasn't",
        "we",
        "we'd",
        "we'll",
        "we're",
        "we've",
        "were",
        "weren't",
        "what",
        "what's",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "won't",
        "would",
        "wouldn't",
        "yet",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "im",
        "ive",
        "dont",
        "cant",
        "wont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "thats",
        "theres",
        "youre",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "week",
        "day",
        "days",
        "time",
        "times",
        "still",
        "already",
        "always",
        "never",
        "again",
        "ago",
        "lol",
        "omg",
        "tbh",
        "ngl",
        "literally",
        "actually",
        "guys",
        "anyone",
        "someone",
        "something",
        "anything",
        "thing",
        "things",
        "way",
        "lot",
        "bit",
        "make",
        "made",
        "go",
        "going",
        "went",
        "gone",
        "come",
        "came",
        "say",
        "said",
        "says",
        "tell",
        "told",
        "ask",
        "asked",
        "know",
        "think",
        "want",
        "wanted",
        "need",
        "needs",
        "see",
        "seen",
        "look",
        "back",
        "new",
        "last",
        "first",
        "next",
        "two",
        "three",
        "minutes",
        "minute",
        "hour",
        "hours",
        "place",
        "bad",
        "terrible",
        "awful",
        "worst",
        "horrible",
        "disappointed",
        "disappointing",
        "disappointment",
        "annoyed",
        "angry",
        "furious",
        "rubbish",
        "shocking",
        "poor",
        "unacceptable",
        "ridiculous",
        "sad",
        "upset",
        "hate",
        "hated",
        "love",
        "good",
        "great",
        "nice",
        "fine",
        "thanks",
        "thank",
        "please",
        "sorry",
        "okay",
        "ok",
        "well",
        "yeah",
        "yes",
    ]
)


@dataclass
class Theme:
    """A theme: its name terms, the complaints in it (indexes), and up to two examples."""

    terms: list[str]
    members: list[int] = field(default_factory=list)
    examples: list[Any] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " / ".join(self.terms)

    @property
    def count(self) -> int:
        return len(self.members)


def _stem(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s").strip("'")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms_of(text: str, *, ignore: frozenset[str] = frozenset()) -> tuple[set[str], dict[str, str]]:
    """The stemmed words and two-word phrases of ``text``, with a surface form of each."""
    cleaned = _DROP.sub(" ", text.casefold())
    kept: list[tuple[str, str]] = []
    for raw in _WORD.findall(cleaned):
        word = raw.replace("’", "'")
        stem = _stem(word)
        if len(stem) < 3 or word in STOPWORDS or stem in STOPWORDS or stem in ignore:
            kept.append(("", ""))  # a gap: no phrase spans a dropped word
            continue
        kept.append((stem, word.removesuffix("'s")))
    found: set[str] = set()
    surface: dict[str, str] = {}
    for i, (stem, word) in enumerate(kept):
        if not stem:
            continue
        found.add(stem)
        surface.setdefault(stem, word)
        if i + 1 < len(kept) and kept[i + 1][0]:
            phrase = f"{stem} {kept[i + 1][0]}"
            found.add(phrase)
            surface.setdefault(phrase, f"{word} {kept[i + 1][1]}")
    return found, surface


def ignore_words(names: Iterable[str]) -> frozenset[str]:
    """Brand names, handles and keywords as stems, so "bramble" is never a theme."""
    words: set[str] = set()
    for name in names:
        for raw in _WORD.findall(name.casefold().replace("_", " ")):
            words.add(_stem(raw))
    return frozenset(words)


def cluster(
    texts: Sequence[str],
    *,
    max_themes: int = 6,
    ignore: frozenset[str] = frozenset(),
    min_count: int = 2,
) -> tuple[list[Theme], list[int]]:
    """Themes of ``texts`` (most common first) and the indexes in none of them."""
    doc_terms: list[set[str]] = []
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        found, surface = terms_of(text, ignore=ignore)
        doc_terms.append(found)
        for term, form in surface.items():
            surfaces[term][form] += 1
    frequency: Counter[str] = Counter(term for found in doc_terms for term in found)
    candidates = sorted(
        (t for t, n in frequency.items() if n >= min_count),
        key=lambda t: (-frequency[t], -t.count(" "), t),
    )
    # 1. Pick theme terms, most common first; a term whose complaints are mostly (more than
    #    half) in a theme already picked names that theme too instead of making a new one.
    themes: list[Theme] = []
    docs_of: dict[int, set[int]] = {}
    covered: set[int] = set()
    for term in candidates:
        docs = {i for i, found in enumerate(doc_terms) if term in found}
        owner = max(themes, key=lambda t: len(docs & docs_of[id(t)]), default=None)
        if owner is not None and len(docs & docs_of[id(owner)]) * 2 > len(docs):
            if len(owner.terms) < 2 and not _overlaps(owner.terms, term):
                owner.terms.append(_display(term, surfaces))
            docs_of[id(owner)] |= docs
            covered |= docs
            continue
        if len(docs - covered) < min_count or len(themes) >= max_themes:
            continue
        theme = Theme(terms=[_display(term, surfaces)])
        themes.append(theme)
        docs_of[id(theme)] = set(docs)
        covered |= docs
    # 2. Each complaint joins the most specific theme it mentions (the one with fewest
    #    complaints): "the app crashed, charged twice for my coffee" is about the app.
    for i in sorted(covered):
        fitting = [t for t in themes if i in docs_of[id(t)]]
        min(fitting, key=lambda t: (len(docs_of[id(t)]), themes.index(t))).members.append(i)
    kept = [t for t in themes if t.count >= min_count]
    themes_in_use = {id(t) for t in kept}
    for theme in themes:
        if id(theme) not in themes_in_use:
            for i in theme.members:  # too small on its own: the next best theme, or "other"
                fitting = [t for t in kept if i in docs_of[id(t)]]
                if fitting:
                    min(fitting, key=lambda t: len(docs_of[id(t)])).members.append(i)
    for theme in kept:
        theme.members.sort()
    kept.sort(key=lambda t: (-t.count, t.name))
    assigned = {i for t in kept for i in t.members}
    rest = [i for i in range(len(texts)) if i not in assigned]
    return kept, rest


def _display(term: str, surfaces: dict[str, Counter[str]]) -> str:
    forms = surfaces.get(term)
    return forms.most_common(1)[0][0] if forms else term


def _overlaps(names: Sequence[str], term: str) -> bool:
    words = set(term.split())
    return any(words & {_stem(w) for w in name.split()} for name in names)
