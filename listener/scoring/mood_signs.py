"""Signs of fondness and of fury in a mention: what the mood head's reading must be backed by.

Why a module of its own: these checks run after the model (``understand.score_batch``), to
keep a complaint "warm" only with a sign of fondness and "furious" only with a sign of fury;
``classify`` (the rules the model reads as features) never needs them.
"""

from __future__ import annotations

import re

from listener.scoring.classify import FOND_RE, prepare


def sounds_fond(text: str) -> bool:
    """Whether ``text`` shows fondness for the brand ("love you guys but…", "big fan", ❤️).

    A complaint's mood is "warm" only with such a sign (the corpus's rule for a loyal fan's
    gentle complaint); without one the model's "warm" came from incidental words.
    """
    return FOND_RE.search(prepare(text)[0]) is not None


# shouting: one capitalised word of four letters or more, or two of three ("BLT" alone is a
# sandwich)
_FURY_RE = re.compile(r"!!|\?\?|\?!|!\?|😡|🤬|😤|😠|🖕|\b[A-Z]{4,}\b|\b[A-Z]{3,}\b\W+\b[A-Z]{3,}\b")
_FURY_WORDS_RE = re.compile(
    r"(?<![\w'])(?:never again|never (?:ordering|using|coming|going|buying|booking|shopping)"
    r"|disgrace\w*|disgust\w*|shocking|appalling|atrocious|unacceptable|ridiculous|joke|jokers"
    r"|cowboys?|furious|fuming|livid|raging|seething|worst|pathetic|useless|scam\w*|shambles"
    r"|absolute \w+|sort (?:your|it) (?:\w+ )?out|f\*+\w*|f\*\*\*\w*|fuck\w*|shit\w*|bloody"
    r"|wtf|ffs|sick of|fed up|had enough|how dare|are you kidding|unbelievable|incompetent"
    r"|rip[- ]?off|daylight robbery|thieves|criminal|nie wieder|jamais|nunca más|nunca mais"
    r"|honte|vergonha|vergüenza|schande|inakzeptabel|inaceptable|inacceptable|inaceitável)(?![\w'])",
    re.IGNORECASE,
)


def sounds_furious(text: str, compound: float) -> bool:
    """Whether ``text`` shows fury, not only displeasure: shouting (capitals, "!!", "??"),
    angry words or emoji, or VADER's compound at -0.6 or below.

    Why: the model sometimes reads a plain, calm complaint ("my flat white was stone cold
    this morning") as furious, and a furious mood gets the shortest reply, which names
    nothing; the corpus's furious posts carry one of these signs.
    """
    if compound <= -0.6:
        return True
    return _FURY_RE.search(text) is not None or _FURY_WORDS_RE.search(text) is not None
