"""The reply templates: families of numbered slot variants, their filters, and the vocabulary.

English lives in ``config/templates/replies/``; another language in a sub-directory named by
its ISO 639-1 code (``es/``) with the same layout. ``templates_for`` picks the set for a
mention's language, or none (then a person writes the reply: no English draft to someone who
wrote in another language).
``config/templates/replies/<intent>/<mood>.j2`` holds one family per intent × mood; each slot
(opener, history, body, like, closer) is a set of numbered Jinja2 blocks (``opener_1``,
``opener_2``…). ``TemplateSet`` loads a directory once, lists the blocks of a slot in order,
renders one block as plain text, and finds the family for an intent, mood and stage. The
README in that directory explains the layout; docs/drafting.md the rules.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "config" / "templates" / "replies"
SLOTS = ("opener", "history", "body", "like", "closer")
OPTIONAL_SLOTS = ("history", "like")  # left out rather than repeated; dropped first for length
MOODS = ("furious", "unhappy", "neutral", "warm", "delighted")
# Where to look when a family has no file for a mood: the nearest milder mood first.
MOOD_FALLBACK = {
    "furious": ("furious", "unhappy", "neutral"),
    "unhappy": ("unhappy", "neutral"),
    "neutral": ("neutral",),
    "warm": ("warm", "neutral"),
    "delighted": ("delighted", "warm", "neutral"),
}
_CONTROL_RE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)


def clean(text: str) -> str:
    """NFC, no control or bidi characters, single spaces."""
    text = _CONTROL_RE.sub("", unicodedata.normalize("NFC", text))
    return re.sub(r"\s+", " ", text).strip()


def _prefixed(value: Any, prefix: str) -> str:
    return f"{prefix}{value}" if value else ""


def _upfirst(value: Any) -> str:
    text = str(value or "")
    return text[:1].upper() + text[1:]


_SINGULAR_ENDINGS = ("ss", "us", "is", "as", "ics", "news")


def _plural(value: Any) -> bool:
    """True when a CRM phrase names several things ("garden sheds", "scones"), so a line says
    "the scones are", not "the scones is"; "Christmas", "hummus", "glass" stay singular."""
    words = str(value or "").split()
    last = words[-1].casefold() if words else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS)


def _verb(value: Any, singular: str, plural: str) -> str:
    """``{{ like | verb("is", "are") }}``: the verb form that agrees with ``value``."""
    return plural if _plural(value) else singular


def _indefinite(value: Any) -> str:
    text = str(value or "")
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text if text else ""


@dataclass(frozen=True)
class Vocabulary:
    """Item groups, hint words, service words and topics from ``vocabulary.toml``."""

    items: Mapping[str, tuple[str, ...]]
    hints: Mapping[str, tuple[str, ...]]
    topics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    services: tuple[str, ...] = ()

    def groups_of(self, terms: Iterable[str]) -> set[str]:
        """The item/hint groups any of ``terms`` belongs to ("oat latte" → {"coffee"})."""
        found = {t.casefold() for t in terms}
        groups = {*self.items, *self.hints}
        members = {
            g: {t.casefold() for t in (*self.items.get(g, ()), *self.hints.get(g, ()))}
            for g in groups
        }
        return {g for g in groups if found & members[g]}


class TemplateSet:
    """The reply templates of one directory: families, their slot variants, the notes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        # Plain text for platforms, never HTML: the review UI escapes when it shows a draft.
        self.env = Environment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=False,  # noqa: S701
            keep_trailing_newline=False,
        )
        self.env.filters.update(
            prefixed=_prefixed, upfirst=_upfirst, indefinite=_indefinite, verb=_verb
        )
        self.env.tests["plural"] = _plural
        self.families = sorted(
            path.relative_to(directory).with_suffix("").as_posix()
            for path in directory.glob("*/*.j2")
            if not path.name.startswith("_")
        )
        self._templates: dict[str, Template] = {}
        self._blocks: dict[tuple[str, str], list[str]] = {}
        vocab_path = directory / "vocabulary.toml"
        data = tomllib.loads(vocab_path.read_text("utf-8")) if vocab_path.exists() else {}
        words_path = directory / "words.toml"
        self.words: dict[str, Any] = (
            tomllib.loads(words_path.read_text("utf-8")) if words_path.exists() else {}
        )
        self.vocabulary = Vocabulary(
            items={g: tuple(v) for g, v in data.get("items", {}).items()},
            hints={g: tuple(v) for g, v in data.get("hints", {}).items()},
            topics={g: tuple(v) for g, v in data.get("topics", {}).items()},
            services=tuple(data.get("services", {}).get("terms", ())),
        )

    def template(self, name: str) -> Template:
        """The compiled template ``name`` (without ``.j2``), loaded once."""
        if name not in self._templates:
            self._templates[name] = self.env.get_template(name + ".j2")
        return self._templates[name]

    def blocks(self, name: str, slot: str) -> list[str]:
        """Block names of ``slot`` in template ``name`` in numeric order: body_1, body_2…"""
        if (name, slot) not in self._blocks:
            found = []
            for block in self.template(name).blocks:
                base, _, number = block.rpartition("_")
                if base == slot and number.isdigit():
                    found.append((int(number), block))
            self._blocks[name, slot] = [block for _, block in sorted(found)]
        return self._blocks[name, slot]

    def render(self, name: str, block: str, context: Mapping[str, Any]) -> str:
        """Render one block of template ``name`` as plain text (NFC, single spaces)."""
        template = self.template(name)
        text = "".join(template.blocks[block](template.new_context(dict(context))))
        return clean(text)

    def find_family(self, intent: str, mood: str, stage: str) -> str:
        """The most specific family file: ``intent/mood.stage``, ``intent/mood``, milder moods."""
        tried = []
        for each in MOOD_FALLBACK.get(mood, ("neutral",)):
            tried += [f"{intent}/{each}.{stage}", f"{intent}/{each}"]
        tried += [f"{intent}/neutral", f"{intent}/warm", "other/neutral"]
        for name in tried:
            if name in self.families:
                return name
        raise LookupError(f"no reply template for {intent}/{mood} in {self.directory}")

    def urgent_family(self, reason: str) -> str:
        """``urgent/<reason>``, else the class it refines (``safety_crisis`` → ``urgent/safety``:
        a language with no crisis template still gets its safety reply), else
        ``urgent/general``."""
        for name in (f"urgent/{reason}", f"urgent/{reason.split('_')[0]}", "urgent/general"):
            if name in self.families:
                return name
        raise LookupError("no urgent reply template (urgent/general.j2)")


_NO_LANGUAGE = {"", "und", "zxx", "qme", "qht", "qam", "qct", "qst", "art", "en"}


def language_of(mention: Any) -> str:
    """The ISO 639-1 code of the mention's language; "en" when unknown or undetermined.

    A mention the understanding step flagged as unsupported (``lang_supported`` False) keeps
    its code, so ``templates_for`` can send it to a person.
    """
    code = (getattr(mention, "lang", None) or "").strip().lower().replace("_", "-")
    base = code.split("-")[0]
    if base in _NO_LANGUAGE and getattr(mention, "lang_supported", True) is not False:
        return "en"
    return base or "und"


def languages(base: TemplateSet) -> list[str]:
    """Languages with reply templates: English plus each two-letter sub-directory."""
    found = ["en"]
    for path in sorted(base.directory.iterdir()):
        name = path.name
        is_code = len(name) == 2 and name.isalpha() and name != "en"
        if path.is_dir() and is_code and any(path.glob("*/*.j2")):
            found.append(name)
    return found


def templates_for(base: TemplateSet, lang: str, *, supported: bool = True) -> TemplateSet | None:
    """The template set for ``lang`` (English: ``base`` itself); ``None`` when there is none."""
    if not supported:
        return None
    if lang == "en":
        return base
    if lang not in languages(base):
        return None
    return load_templates(str(base.directory / lang))


@lru_cache(maxsize=8)
def load_templates(directory: str | None = None) -> TemplateSet:
    """Load (once per directory) the reply templates; default ``config/templates/replies``."""
    return TemplateSet(Path(directory) if directory else TEMPLATES_DIR)


@lru_cache(maxsize=4096)
def variant_key(source: str, block: str) -> str:
    """Key of a template line itself, so "Glad the X hit the spot" is not reused with a new X."""
    return hashlib.sha256(f"template:{source}#{block}".encode()).hexdigest()
