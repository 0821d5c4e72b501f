"""Rule-based intent, complaint, urgency and spam for one mention (pure functions).

Why rules and not a model: they run in microseconds next to VADER, need no download, and
every decision can be explained and fixed by editing a list. ``docs/classification.md``
documents each rule; bump ``RULES_VERSION`` in ``listener.sentiment`` when they change.

Matching happens on a "word view" of the text: lower-cased, curly apostrophes made
straight (don't / don’t), URLs removed (``t.co/scam`` is not the word "scam"), other
punctuation turned into single spaces, padded with one space at each end. @handles stay
whole, so a cue word never matches inside a handle. Each cue list is compiled once into a
trie-shaped regex that starts with a literal space: Python's ``re`` then jumps from word to
word instead of testing every character, which keeps all rules together at a few
microseconds per tweet (see ``_compile``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

# A negated auxiliary, with or without the apostrophe: don't, dont, do not, can't, cannot ...
NEG = (
    r"(?:(?:is|are|was|were|does|do|did|has|have|had|could|would|should|ai)(?:n'?t| not)"
    r"|can'?t|cannot|can not|won'?t|will not|not|never|no longer|unable to|fails? to"
    r"|failed to|refuses? to|refused to|stopped|keeps? not|nothing)"
)
NUM = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)"
SPAN = r"(?:business |working )?(?:h|hrs?|hours?|m|mins?|minutes?|days?|weeks?|months?)"

_ASCII_PUNCT = '!"()*+,.:;<=>[\\]^{|}~#`\t\n\r\x0b\x0c'
_ASCII_VIEW = bytes.maketrans(_ASCII_PUNCT.encode(), b" " * len(_ASCII_PUNCT))
_UNICODE_VIEW = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "´": "'"} | {ch: " " for ch in "“”«»…–—•·¡¿„"}
)
_URL_RE = re.compile(r"(?:https?://|www\.)\S*", re.IGNORECASE)
_META = frozenset(".^$*+?{}[]|()")
_QUANTIFIERS = ("?", "*", "+", "{")
_LOOKBEHIND_RE = re.compile(r"\(\?<!((?:[^()\\]|\\.)*)\)")


def _split_top(pattern: str) -> list[str]:
    """Split ``pattern`` on ``|`` outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _close_of(pattern: str) -> int:
    """Index of the ``)`` closing the group that opens ``pattern``; -1 if none."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _expand(fragment: str) -> list[str]:
    """Rewrite ``a|(?:b|c)?d`` as ``a``, ``bd``, ``cd``, ``d``: one alternative per literal start.

    Leading ``(?<!...)`` lookbehinds are carried onto every alternative.
    """
    out: list[str] = []
    for part in _split_top(fragment):
        behind = ""
        while match := _LOOKBEHIND_RE.match(part):
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
            joined = "|".join(alt + rest for alt in alternatives)
            out.extend(behind + piece for piece in _expand(joined))
        else:
            out.append(behind + part)
    return out


def _literal_head(piece: str) -> tuple[str, str]:
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
        while match := _LOOKBEHIND_RE.match(piece):
            behind.append(match.group(1))
            piece = piece[match.end() :]
        literal, rest = _literal_head(piece)
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


def _whole_words(fragments: Iterable[str]) -> str:
    pieces = [piece for fragment in fragments for piece in _expand(fragment)]
    return _trie(pieces, r"(?![\w'])")


def _compile(*fragments: str) -> re.Pattern[str]:
    """Compile cue fragments to match whole words in the word view (see module docstring)."""
    return re.compile(" " + _whole_words(fragments))


# --- complaint cues: each fires on its own (a problem with the brand's product/service) ---
_STRONG_CUES: dict[str, tuple[str, ...]] = {
    "delivery": (
        r"(?:has|have|had|is|are|was|were|did|does|do)(?:n'?t| not) (?:yet |even |still )?"
        r"(?:arrived?|received?|come|turned up|shown up|showed up|shipped|delivered|updated"
        r"|refunded"
        r"|credited|processed|moved|been (?:delivered|shipped|dispatched|refunded|credited"
        r"|processed"
        r"|updated|fixed|resolved|sorted))",
        r"(?:has|have|had|is|are|was|were)(?:n'?t| not) (?:yet |even |still |ever )?been "
        r"(?!(?:disappointed|impressed|charged|affected|asked|able)\b)\w+ed",
        r"(?:never|still not|not yet|not|yet to) (?:arrived?|received?|came|come|turned up"
        r"|showed up"
        r"|shown up|delivered|shipped|got|get|heard back|been (?:delivered|refunded))",
        r"where(?:'s| is| are|s) (?:my|our)",
        r"(?:says|said|shows?|showing|marked|claims?|claimed|listed)(?: \w+){0,3}? (?:as )?"
        r"(?:delivered|collected|completed|received)",
        r"(?:ordered|bought|paid for|booked|reserved) (?:\S+ ){1,6}?(?:and |but )?(?:got|received"
        r"|only got|gave me|sent me|they gave|showed up with)",
        r"empty (?:box|bag|package|parcel|envelope)",
        r"(?:came|fell|falling|coming|come|comes) (?:off|apart|out)|peel(?:ing|ed|s) off"
        r"|wore out|worn out|wearing out|snapped|shattered|rusted|rusty|frayed",
        r"(?:lost|misplaced|damaged|mislaid) (?:my|our)",
        r"missing(?! out)",
        r"(?<!go )(?<!goes )wrong",
        r"(?:forgot|forgotten|forgets|left out|didn'?t include|did not include) (?:my|our|the|to)",
        r"paid (?:extra )?for (?:\S+ ){1,5}?(?:and|but) (?:got|received|only|still|didn'?t|never"
        r"|they|it was|it wasn'?t|was|were)",
        r"someone else'?s",
        r"(?:left|dumped|threw|thrown) (?:my|the|our|it|a) (?:\w+ )?(?:parcel|package|box|order"
        r"|delivery|note|card)",
        r"(?:damaged|smashed|crushed|dented|broken|cracked|ripped|torn|leaking|leaks|stale|mou?ldy"
        r"|rotten|spoiled|undercooked|expired|burnt|soggy)",
        r"(?:was|were|is|are|came|arrived|arrives|come|comes|turned up) (?:\w+ )?(?:cold|late|raw"
        r"|melted|opened|used|empty|half empty|wet|squashed)",
        r"(?:hair|bug|bugs|insect|cockroach|roach|mou?ld|glass|plastic|metal|maggots?) in (?:my"
        r"|the|our)",
        r"(?:got|received|sent) (?:\w+ )?(?:instead|\d+ (?:pieces|items) instead)",
    ),
    "waiting": (
        r"on hold",
        rf"(?:waiting|waited|wait|queued|queuing|queueing) (?:for |on )?(?:over |almost |nearly "
        rf"|about |around |like |literally |more than |another )?(?:{NUM} ?{SPAN}|ages|forever"
        r"|hours|days|weeks|months)",
        rf"{NUM} ?{SPAN} (?:late|delay(?:ed)?|on hold|waiting|wait|later|and counting|on the tarmac"
        r"|in (?:a |the )?queue|at the gate|for (?:a|my|the|our) (?:refund|response|reply|call"
        r"|callback|engineer|technician))",
        r"(?<!be )(?<!get )(?<!i )(?<!we )(?:delay|delays|delayed|overbooked|bumped|diverted"
        r"|rebooked|rescheduled|downgraded|cancell?ed|cancell?ation|canceling|cancelling)",
        rf"(?:waiting|waited|wait|queued|queuing|stuck|sat|sitting|standing"
        rf"|trying) (?:\S+ ){{0,7}}?"
        rf"(?:for|over) (?:over |almost |nearly |about |more than )?{NUM} ?{SPAN}",
        r"(?:been|keep|kept) trying to",
        r"(?:called|emailed|messaged|dm'?d|dmed|rang|phoned|contacted|chatted|tweeted|written"
        r"|wrote|asked|complained) (?:to )?(?:you |them |support |u )?(?:\w+ )?(?:\d+|two|three"
        r"|four|five|several|multiple|many|numerous|countless) times",
        r"(?:since|after) (?:the |this |that |your |last |latest |recent |new )*(?:\w+ )?"
        r"(?:update|upgrade|patch|updating|upgrading)",
        r"(?:arrived|came|turned up|showed up|running|always|so|too|very|is|was) late",
        r"(?:second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|\d+th|umpteenth|nth)"
        r" (?:time|day|week|month|attempt|call|visit|engineer|order|delivery|outage|email|reset)",
        r"in a row|(?:days?|weeks?|months?) running|(?:twice|three times|multiple times"
        r"|several times"
        r"|numerous times|countless times|so many times|how many times) (?:now|already|this|today"
        r"|and|i|we|in|over)",
        r"(?:time after time|over and over|constantly|continuously|repeatedly|every single (?:time"
        r"|day|night|week|month))",
    ),
    "still": (
        rf"still (?:waiting|no|not|nothing|{NEG}|being|pending|charged|charging|broken|down|unable"
        r"|having|showing|says|saying|missing|on hold|unresolved|stuck|without|paying|no sign"
        r"|nobody|no one|getting|billing|doesn'?t|isn'?t|hasn'?t|haven'?t|can'?t)",
        r"(?:down|broken|late|delayed|wrong|crashed|crashing|cancell?ed|charged|missing|failed"
        r"|happened|happening|not working|same|out|gone|stuck|empty|forgot|forgotten|lost"
        r"|overcharged|freezing|frozen|declined|dropping|buffering|offline) again",
        r"(?:yet|once) again",
    ),
    "billing": (
        r"(?<!be )(?:over ?charged|double ?charged|charged|billed|overbilled|debited|deducted)",
        r"(?:charge|charges|fee|fees|price|prices|bill|cost|costs|rate|premium) (?:has |have )?"
        r"(?:went up|gone up|going up|increased?|doubled|rose|hike)",
        r"(?:price|prices) (?:hike|increase|rise)",
        r"(?:hidden|extra|surprise|overdraft|late|cancell?ation|admin|penalty) (?:fees?|charges?)",
        r"surcharge",
        r"(?:no|still no|want (?:a|my)|need (?:a|my)|where is my|waiting (?:on|for) (?:my|a|the))"
        r" refund",
        r"(?:money back|my money|took my|taken my|stole|stolen|unauthori[sz]ed|fraud|fraudulent"
        r"|scam"
        r"|scammed|scammers?|rip ?off|ripped off|robbery|robbed|chargeback|disputed?|dispute)",
        r"(?:account|card|payment|transfer|transaction|page|profile|order) (?:has been |was |is "
        r"|got |been |just )?(?:declined|bounced|frozen|blocked|locked|suspended|limited|restricted"
        r"|closed|disabled|deactivated|banned|terminated|flagged|hacked|compromised)",
        r"(?:declined|suspended|disabled|locked out|deactivated)",
        r"(?<!i )(?<!we )(?:closed|cancell?ed|froze|blocked|suspended|deleted) (?:my|our)",
        r"(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))"
        r" (?:the |your |my |our )?(?:prices?|fees?|rates?|bills?|charges?|subscription|premiums?)",
        r"pending (?:for|since)",
        r"(?:under review|under investigation|being investigated|in review|in progress|processing"
        r"|unresolved|outstanding|escalated|open) (?:for|since)",
        r"(?:paying|pay|paid) (?:for nothing|full price|for this|for a service)",
        r"what am i paying for|for nothing",
    ),
    "broken": (
        rf"{NEG} (?!(?:wait|stop|get enough|believe|resist|help but)\b)(?:\w+ ){{0,2}}?"
        r"(?:work|worked|working|works|load|loading|loads|open|opening|connect"
        r"|connecting|charge|charging|sync|syncing|turn on|switch on|boot|start|starting|sign in"
        r"|signing in|log in|logging in|login|access|send|sending|play|playing|stream|streaming|pay"
        r"|apply|applied|update|updating|print|printing|download|downloading|install|installing"
        r"|respond|responding|reply|replying|answer|answering|pick up|call back|called back|show up"
        r"|showed up|arrive|turn up|cool|cooling|heat|heating|recline|dispense|scan|register|track"
        r"|verify|reset|receive|deliver|go through|went through|transfer|process|accept"
        r"|recogni[sz]e"
        r"|link|pair|pairing|make calls|get through|hear|heard|find|fit|honou?r|refund|fix|fixed"
        r"|let"
        r"|help(?! but)|helped|helping|care|bother|listen|exist|exists|matter|show|showing)",
        r"(?:crash|crashes|crashed|crashing|freezes|freezing|froze|frozen|glitch\w*|buggy|bugged"
        r"|error|errors|fail|fails|failed|failing|failure|broken|faulty|defective|malfunction\w*"
        r"|outage|outages|offline|buffering|buffers|laggy|lagging|drains?|draining|overheat\w*"
        r"|drift|disconnect\w*|spinning wheel|black screen|blank screen|blue screen|stuck|unusable"
        r"|unresponsive|not responding|corrupt\w*|wiped|disappeared|vanished|bricked|useless"
        r"|shuts? down|shutting down|turns? off by itself|invalid|not valid|not recogni[sz]ed"
        r"|rejected|cuts? out|cutting out|cut off|keeps? cutting|ruin(?:ed|s|ing)?|slow as)",
        r"(?:drops?|dropping|dropped) (?:calls?|out|connection|signal|the call)",
        r"(?:resets?|restarts?|restarted|reboots?) itself",
        r"(?:logged|logs|logging|kicked|kicks|kicking|signed|signs|signing|locked|locks) (?:me|us)"
        r" out",
        r"(?:is|are|was|were|been|went|goes|go|going|still|it'?s|site|app|server|servers|service"
        r"|internet|wifi|network|system|website|psn|line|broadband) down",
        r"down (?:again|since|for|all day|all morning|everywhere)",
        r"no (?:\w+ )?(?:signal|service|internet|wifi|wi-fi|water|power|electricity|heating"
        r"|hot water|connection|network|coverage|data|reception|dial tone|sound|audio|toppings"
        r"|cheese|sauce|clothes|food)",
        r"sos only|emergency calls only",
        r"(?:don'?t|do not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not|can'?t|cannot"
        r"|didn'?t|did not|still don'?t) (?:have|get|got) (?:any )?(?:signal|service|internet"
        r"|wifi|wi-fi|water|power|electricity|heating|hot water|connection|network|coverage|data"
        r"|reception|dial tone)",
        r"(?:only )?(?:one|1|two|2) (?:tills?|checkouts?|registers?|lanes?|cashiers?|desks?) open"
        r"|queues? (?:to|out|round|around) the (?:door|street|block|building)",
        r"keeps? (?:on )?(?:crashing|freezing|dropping|buffering|logging|restarting|rebooting"
        r"|failing|disconnecting|cutting|lagging|glitching|happening|saying|telling|asking"
        r"|charging|billing|declining|cancell?ing|closing|shutting|turning off|going down"
        r"|breaking|getting worse|kicking|sending me)",
    ),
    "service": (
        r"no (?:\w+ )?(?:response|reply|replies|answer|answers|update|updates|info|information"
        r"|communication|explanation|notice|warning|call ?back|contact|acknowledg\w*|resolution"
        r"|help|support|apology|compensation|email|call|text|sign|eta|hotel|voucher|vouchers)",
        r"(?:nobody|no one|noone|no-one) (?:\w+ )?(?:answers?|answered|responds?|responded|replies"
        r"|replied|called|calls|came|comes|showed|shows|turned|knows|knew|told|tells|helps?|helped"
        r"|cares?|picks?|picked|bothered|has|can|could|will|seems|is|from|at|gets)",
        r"(?:hung up|hangs up|hang up on|cut me off|transferr(?:ed|ing) me|transfers me|transfers"
        r"|passed (?:me )?around|passing me around|runaround|run around|ignor(?:ed|ing|es)|ghosted"
        r"|left on read|closed (?:my|the) (?:ticket|case|chat|complaint)|closed on me)",
        r"(?:rude|rudest|rudely|shouted|yelled|screamed|swore at|laughed at|shrugged|attitude"
        r"|unprofessional|disrespectful|condescending|patroni[sz]ing|dismissive|incompetent"
        r"|clueless|unhelpful|careless|arrogant)",
        r"(?:and|just|they|he|she|staff|desk|agent|manager|driver) laughed",
        r"(?:said|says|listed|advertised|stated|showed|shows|confirmed) (?:\S+ ){1,4}?(?:but|yet"
        r"|instead|and now|now)",
        r"(?:promised|was told|were told|been told|assured|guaranteed|supposed to|meant to be"
        r"|should have|should'?ve|shouldn'?t have|was due|were due|said (?:it|they|that|i|we|you)"
        r" would|said it'?d|you said|they said)",
        r"(?<!no )(?<!any )(?:issue|issues|problem|problems|trouble|faults?)(?! free)",
        r"(?<!n't )(?<!nt )(?<!not )(?<!never )(?<!no )disappoint\w*",
        r"(?<!no )(?<!nothing to )complain\w*",
        r"(?:speak|talk) to (?:a|an|your) (?:manager|supervisor|human|real person|actual person)",
        r"(?:loyal|long[- ]?time|long[- ]standing) customer|(?:customer|member) (?:for|of) "
        r"(?:over |almost |nearly )?(?:\d+|two|three|four|five|ten|many) (?:years|yrs)",
        r"(?:shame on|(?<!not )(?<!n't )ashamed|how dare|expected (?:better|more)|expect better"
        r"|what'?s the point"
        r"|what is the point|not a happy|lied|lying to|misled|misleading|false advertising"
        r"|bait and switch|overpriced|extortionate|mistake|mix-?up|screwed up|messed up|cock-?up"
        r"|understaffed|short[- ]staffed|dirty|filthy|unclean|refused|refusing|refuses"
        r"|compensat\w*|wasted (?:my|our) \w+|epicfail|neveragain|badservice|poorservice"
        r"|customerservicefail|notimpressed|boycott\w*)",
        r"i want (?:to cancel|a refund|my money|compensation|answers|to complain)",
        r"(?:unacceptable|ridiculous|ridic|disgrace(?:ful)?|pathetic|shambles|appalling"
        r"|atrocious|abysmal|shocking|worst|joke|farce|outrageous|inexcusable|fed up|sick of"
        r"|tired of|not impressed|not happy|unhappy|not good enough|not ok|not okay"
        r"|not acceptable|not fair|never again|embarrassing|poor service|terrible service"
        r"|awful service|bad service|customer service|customer support|customer care)",
        r"(?:do better|step up|get it together|get your act together|sort (?:it|this|that) out"
        r"|sort yourselves out|sort it|sort this|sort your|fix (?:it|this|that|your|the|my)"
        r"|make (?:it|this) right"
        r"|refund me|give me (?:my|a) \w+|want (?:my|a) (?:money|refund)|answer me|respond to"
        r"|please respond|need (?:this )?(?:fixed|sorted|resolved|answers|a response)"
        r"|what is going on|what'?s going on|what is happening|what'?s happening|what happened to"
        r"|how (?:is|was) (?:this|that|it) (?:\w+ )?(?:legal|ok|okay|acceptable|possible|fair"
        r"|allowed)|how hard is it|how do you (?:even|still)|are you (?:kidding|serious|joking)"
        r"|is this a joke|you'?re kidding|what is this|what even is)",
        r"why (?:is|was|are|were|do|does|did|would|has|have|am|can'?t|cant|won'?t|wont|isn'?t"
        r"|doesn'?t|don'?t|didn'?t|haven'?t|hasn'?t|the|my|it|you|i|we|they|on earth|tf)",
        r"(?:anyone else|is anyone else|is it just me|anybody else) (?:\w+ )?(?:having|getting"
        r"|experiencing|seeing|noticed|know why)?",
        r"(?:switching to|(?:going to|gonna|will|i'?ll|about to) switch to|cancel(?:l?ing)? my"
        r"|done with (?:you|u)|taking my (?:business|money"
        r"|custom) elsewhere|never (?:using|flying|ordering|shopping|buying|booking|going|coming)"
        r" (?:\w+ )?(?:again|back)|last time (?:i|we) (?:use|fly|order|shop|buy|book))",
    ),
    "sarcasm": (
        r"(?:thanks|thank you|thx|cheers) (?:for nothing|a lot|a bunch"
        r"|a million)(?! for (?!nothing))",
        r"(?:great|awesome|brilliant|fantastic|wonderful|perfect|lovely|nice|cool|amazing|excellent"
        r"|oh good) (?:another|yet another|more|again)",
        r"another (?:\w+ )?(?:delay|outage|price|hike|increase|fee|charge|cancell?ation|error"
        r"|crash|excuse|missed|failed|wasted)",
        r"(?:love|loving|enjoy|enjoying|adore|nothing like|always fun|really makes my day"
        r"|makes my day) (?:\w+ )?(?:paying|waiting|being|sitting|standing|spending|wasting"
        r"|queuing|queueing|talking to|dealing)",
        r"cool cool|just great|just perfect|just brilliant|yeah right|so much for"
        r"|thanks for wasting",
    ),
}

# --- weak cues: half a point each; need company (another cue or negative sentiment) ---
_WEAK_CUES = (
    r"refund|refunds|fee|fees|substitut\w*|in transit|out for delivery|tracking|again|still"
    r"|every (?:time|day|night|evening|morning|week|month|episode|device|flight|order|visit)",
    rf"(?:it'?s|its|it has|been|for|over|almost|nearly|now) {NUM} (?:business |working )?"
    r"(?:days|weeks|months|hours)",
    rf"{NUM} (?:hour|hours|day|days|week|weeks|month|months) ago",
    r"since (?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|christmas|\d{4})",
    r"since (?:yesterday|this morning|last \w+|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|\d+ ?(?:am|pm)|the (?:update|\d+\w*)|\w+ day)",
    r"(?:nobody|no one|customer service|support|agent|rep|representative|manager|cashier"
    r"|driver|courier|engineer|technician|host|gate agent|staff|please help|help me|need help)",
    r"all (?:morning|day|night|week|weekend|afternoon|evening)",
    r"after (?:only |just )?(?:\d+|one|two|three|a|a few) (?:days?|weeks?|months?|uses?|wash(?:es)?"
    r"|wears?|rides?|charges?)",
    r"(?:awful|terrible|horrible|horrendous|dreadful|rubbish|garbage|trash|crap|crappy|sucks"
    r"|poor|bad|worse|lousy|junk|waste|wasted|wasting|hate|ugh|argh|wtf|ffs|smh|fml"
    r"|seriously|unbelievable|unreal|gross|disgusting|vile|nightmare|mess|hassle|lol|lmao"
    r"|lmfao|again\?|cancel)",
    r"when (?:will|can) (?:i|my|we|our)",
    r"(?:hours|forever|ages|weeks|days|slow|slowest|sluggish|expensive|out of stock|sold out"
    r"|smell|smells|smelled|smelt|stinks|stank|tiny|are you aware|bill says|app says|it says)",
    r"(?:for|over|in) the (?:past|last) (?:\w+ )?(?:days|hours|weeks|months|minutes|year)",
)

_GUARD_RESOLVED = (
    r"(?:thanks|thank you|thx|cheers|ty) (?:so much |very much |again )?(?:for (?:sorting"
    r"|fixing|resolving|the help|your help|all your help|helping|the quick|the fast|getting back"
    r"|looking into|replying|the update|the reply|the response|the refund|refunding|sending"
    r"|checking|your patience|the free|being)|,? it'?s (?:working|back|fixed|sorted))",
    r"(?:it'?s|its|is|are|all|now|been|got it) (?:all )?(?:working|back up|back on|fixed|sorted"
    r"|resolved)(?: now)?",
    r"problem solved|no (?:problem|problems|issues|complaints|worries|hassle)|zero issues",
    r"never (?:had|have) (?:a|any) (?:problem|issue)s?",
)
_GUARD_NOT_THEIRS = (
    r"my (?:own )?fault|not (?:\w+'?s|their|your|his|her) fault|my bad"
    r"|i (?:dropped|broke|lost|forgot|spilled|spilt)|my (?:dog|cat|kid|son|daughter|toddler)"
    r" (?:ate|broke|dropped|chewed)|at least",
)
_GUARD_NEWS = (
    r"rt @\w+|according to|report|reports|reportedly|says|announces?|announced|unveil\w*"
    r"|launch(?:es|ed)?|shares|stock|fined|lays? off|laying off|layoffs|job cuts|hiring"
    r"|apply|ceo|breaking|via @\w+|to (?:close|cut|raise|axe|shut)",
)
_PRONOUN = (
    r"i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours|you|you're|youre"
    r"|your|yours|u|ur",
)

_STRONG_RE = _compile(*(frag for frags in _STRONG_CUES.values() for frag in frags))
_WEAK_RE = _compile(*_WEAK_CUES)
_SARCASM_RE = _compile(*_STRONG_CUES["sarcasm"])
_RESOLVED_RE = _compile(*_GUARD_RESOLVED)
_NOT_THEIRS_RE = _compile(*_GUARD_NOT_THEIRS)
_NEWS_RE = _compile(*_GUARD_NEWS)
_PRONOUN_RE = _compile(*_PRONOUN)
_FRUSTRATED_EMOJI = frozenset("🙃🙄😒😡🤬😤😠👎🤦😑😩😫")

# --- urgency: one pattern per reason, checked in this order ---
URGENCY_REASONS = ("safety", "legal", "fraud", "account_hacked", "churn_threat")
_URGENCY_CUES: dict[str, str] = {
    "safety": (
        r"allergic reaction|anaphyla\w*|epi ?pen|food poisoning|poisoned|sick (?:after|from)"
        r"|(?:got|get|getting|feel|feeling|felt|fell|became|made \w+|making \w+) (?:\w+ )?sick"
        r"|(?:i|we|he|she|they|son|daughter|kid|kids|child|children|baby|wife|husband|partner"
        r"|mum|mom|dad|family|everyone) (?:was|were|is|are|am|has been|have been) (?:\w+ )?sick"
        r"|vomit\w*|throwing up|threw up|injur(?:ed|y|ies)|hurt (?:my|me|him|her|them|us|myself)"
        r"|bleeding|(?:in|to|into) (?:the )?(?:hospital|a&e|er|emergency room)|hospitali[sz]ed"
        r"|(?:burn(?:ed|t|s)?|scald(?:ed)?) (?:my|me|him|her|them|us|myself)"
        r"|(?:got|was|were|been) (?:burned|burnt|scalded)|(?:glass|metal|plastic|a needle|blade) in"
        r"|chok(?:e|ed|ing) on|(?:caught|catch|catching|on) fire|fire (?:hazard|risk)|exploded"
        r"|explosion|smoke (?:came|coming|pouring)|sparks (?:came|coming|flying|from)|sparked"
        r"|electric shock|electrocuted|unsafe|dangerous|hazard|carbon monoxide|gas leak"
        r"|smells? of gas"
    ),
    "legal": (
        r"lawyers?|attorneys?|solicitors?|(?:to|will|gonna|going to|i'?ll|can|should|could|might"
        r"|i'?m going to) sue|sue (?:you|them|u)|suing|sued|lawsuit|legal action|legal advice"
        r"|(?:take|taking|see) (?:you|u|them|this|it) to court|small claims|in court|court case"
        r"|trading standards|report(?:ing)? (?:you|u|this|them) to|ombudsman|ofcom|ofgem|ofwat"
        r"|the fca|financial conduct authority|better business bureau|the bbb|cfpb|the ftc"
        r"|attorney general|class action|consumer rights"
    ),
    "fraud": (
        r"charged (?:me )?(?:twice|double|two times|2x)|(?:double|duplicate)[- ]?charged"
        r"|duplicate (?:charge|payment|transaction)s?|scam\w*|fraud\w*|unauthori[sz]ed|stolen card"
        r"|card (?:was |got |has been )?(?:stolen|cloned|skimmed)|charge ?back|identity theft"
        r"|phishing|(?:transactions?|purchases?|payments?) (?:\w+ )?i (?:didn'?t|did not|never)"
        r" (?:make|authori[sz]e)|someone (?:made|used) (?:purchases|payments|my card)"
        r"|money (?:was |has been )?(?:stolen|taken)"
    ),
    "account_hacked": (
        r"hacked|hackers?|hacking|compromised|someone (?:else )?(?:has |is )?(?:logged|logging"
        r"|signed|signing|got) in(?:to)? (?:to )?my|someone (?:else )?(?:changed|reset) my"
        r"|(?:password|email|phone number|2fa) (?:was |has been |got )?(?:changed|reset) (?:without"
        r"|and i didn'?t|by someone|not by me)|wasn'?t me|not me who|taken over"
    ),
    "churn_threat": (
        r"switching to|(?:going to|gonna|will|i'?ll|about to|might) switch to|moving to (?:another"
        r"|a different|\w+ instead)|going to switch|leaving you"
        r"|cancel(?:l?ing)? my (?:subscription|membership|account|contract|plan|service|line"
        r"|policy|sub|card)|close my account|closing my account|never (?:coming|going) back"
        r"|never (?:using|flying|ordering|shopping|buying|booking) (?:\w+ )?(?:again|with you)"
        r"|never again|done with (?:you|u|this|your)|last time i|taking my (?:business|money"
        r"|custom) elsewhere|port(?:ing)? my number|find (?:a new|another) (?:provider|bank"
        r"|airline|supplier)|lost a customer|you'?ve lost me"
    ),
}
_URGENCY_RES = tuple((name, _compile(cue)) for name, cue in _URGENCY_CUES.items())

# --- spam: two points make spam; one cue alone never does ---
_SPAM_STRONG = (
    r"follow ?back|follow (?:4|for) follow|f4f|follow4follow|teamfollowback|like4like|l4l"
    r"|dm (?:me |us )?(?:for|4) (?:promo|promotion|collab|business|shoutout|paid|details)"
    r"|click here|earn \$?\d+|make \$\d+|\$\d+ (?:a|per) (?:day|week|hour) from home"
    r"|work from home and|(?:free|claim) (?:\$?btc|bitcoin|crypto|eth|nft|airdrop)"
    r"|(?:crypto|bitcoin|btc|nft|forex) (?:signals|profits?|giveaway|airdrop|investment)"
    r"|airdrop|giveaway.{0,40}(?:follow|rt|retweet)|(?:follow|rt|retweet).{0,40}giveaway"
)
_SPAM_WEAK = (
    r"free|win|giveaway|promo|promo code|discount|\d+% off|limited (?:time|offer|slots)|offer"
    r"|prize|cashback|crypto|bitcoin|btc|nft|forex|investment|dm (?:me|us)|link in bio|subscribe"
)
_SPAM_STRONG_RE = _compile(_SPAM_STRONG)
_SPAM_ANY_RE = _compile(_SPAM_STRONG, _SPAM_WEAK)
# Spam words and urgency cues are rare: one scan for both rules out the usual tweet.
_RARE_RE = _compile(_SPAM_STRONG, _SPAM_WEAK, *_URGENCY_CUES.values())
_REPEAT_RUN_RE = re.compile(r"(\S)\1{9,}")
_HASHTAG_RE = re.compile(r"#\w")

# --- intent ---
_SUGGESTION = (
    r"you should|you guys should|u should|would be (?:nice|great|cool|good|awesome|amazing)"
    r"|it'?d be (?:nice|great|cool)|please add|pls add|plz add|can you add|could you add|wish you"
    r"|i wish|why not|how about|bring back|bring it back|please bring|consider adding|feature"
    r" request|suggestion|feature idea|idea for (?:you|the app|a feature)"
    r"|should (?:add|make|bring|offer|have|let)",
)
_QUESTION_OPEN_RE = re.compile(
    r" (?:how|what|what's|whats|when|where|which|who|whom|whose|why|is|are|am|was|were|do"
    r"|does|did|can|could|will|would|should|shall|may|has|have|any|anyone|anybody)(?![\w'])"
)
_INFO_QUESTION_RE = re.compile(
    r" (?:(?:hi|hey|hello|quick question) )?(?:how (?:do|can|long|much|many|often|to)"
    r"|what(?:'s| is| are| time| does| do)|whats|when (?:is|does|do|will|are)|where (?:is|can|do)"
    r"|which|can (?:i|we|you|a|my|the)|could (?:i|we|you)|do (?:you|i|we|they)|does"
    r"|is (?:there|it|the|this)|are (?:you|there|the)|will (?:i|my|the|you|there|it)|should i"
    r"|any (?:chance|idea|way)|does anyone|anyone know)(?![\w'])"
)
_QUESTION_PHRASE = (
    r"does anyone know|anyone know|how do i|how can i|how to|wondering if|i was wondering"
    r"|quick question|can someone tell me|can you tell me|do you know if|is there (?:a|any)",
)
_PRAISE = (
    r"(?:thanks|thank you|thx|ty) (?:so much|for|very much|again)|many thanks|huge thanks"
    r"|big thanks|appreciate\w*|shout ?out|kudos|props to|love|loved|loving|amazing|awesome"
    r"|best|brilliant|excellent|fantastic|wonderful|perfect|legend|legends|superb|outstanding"
    r"|impressed|5 stars|10/10|great job|well done|beautiful|stunning|incredible|elite|obsessed",
)
_THANKS = r"(?<!no )(?:thanks|thank you|thx|ty|cheers|appreciated?)"
_CONTRAST = r"but|still|again|however|though|although|yet|except|unfortunately"
_CONTRAST_RE = _compile(_CONTRAST)
_PRAISE_RE = _compile(*_PRAISE, _THANKS)
_SUGGESTION_RE = _compile(*_SUGGESTION)
_QUESTION_PHRASE_RE = _compile(*_QUESTION_PHRASE)
_LEADING_HANDLES_RE = re.compile(r"(?: @\w+)+")


class Classification(NamedTuple):
    """What the rules decided about one text (sentiment itself comes from VADER)."""

    intent: str
    is_complaint: bool
    urgency: str
    urgency_reasons: tuple[str, ...]
    is_spam: bool


def prepare(text: str) -> tuple[str, int]:
    """Build the word view of ``text`` (see module docstring); returns (view, URL count)."""
    lowered = text.lower()
    urls = 0
    if "http" in lowered or "www." in lowered:
        lowered, urls = _URL_RE.subn(" ", lowered)
    if not lowered.isascii():
        lowered = lowered.translate(_UNICODE_VIEW)
    # bytes.translate is ~7x faster than str.translate; only ASCII bytes are mapped, so
    # UTF-8 sequences (all bytes >= 0x80) pass through untouched
    spaced = lowered.encode("utf-8", "surrogatepass").translate(_ASCII_VIEW)
    words = spaced.decode("utf-8", "surrogatepass").split()
    return " " + " ".join(words) + " ", urls


def _body(w: str) -> str:
    """The word view after any leading @handles, where a question's first word is."""
    match = _LEADING_HANDLES_RE.match(w) if w.startswith(" @") else None
    return w[match.end() :] if match else w


def complaint_points(w: str, *, compound: float) -> float:
    """Score complaint evidence in word view ``w``; 1.0 or more means complaint.

    Evidence: a strong cue +1; each weak cue +0.5 (two at most); a frustrated emoji
    (🙄 🙃 😡 ...) +0.5; VADER negative (<= -0.05) +0.5 or very negative (<= -0.4) +0.75;
    opening with an @handle +0.25. Guards, checked only once evidence reaches 1.0: a
    thank-you for a fix or "it's working now" -1 (not when sarcastic); "my fault" or
    "at least" -1; neither a personal pronoun nor any @handle (news, chatter) -1; news
    wording in a tweet that does not open with a handle -0.5; strongly positive
    (>= 0.5) and not sarcastic -0.5, or -1 with thanks/praise and no "but/still/again";
    a plain information question ("can I...?", "what time...?") without a strong cue -0.5.
    """
    points = 0.0
    strong = _STRONG_RE.search(w) is not None
    if strong:
        points += 1.0
    weak = 0
    for _ in _WEAK_RE.finditer(w):
        weak += 1
        if weak == 2:
            break
    points += 0.5 * weak
    if not w.isascii() and not _FRUSTRATED_EMOJI.isdisjoint(w):
        points += 0.5
    if compound <= -0.05:
        points += 0.75 if compound <= -0.4 else 0.5
    addressed = w.startswith(" @")
    if addressed:
        points += 0.25
    if points < 1.0:
        return points
    sarcastic = _SARCASM_RE.search(w) is not None
    if not sarcastic and _RESOLVED_RE.search(w):
        points -= 1.0
    if _NOT_THEIRS_RE.search(w):
        points -= 1.0
    if not addressed:
        if "@" not in w and not _PRONOUN_RE.search(w):
            points -= 1.0
        if _NEWS_RE.search(w):
            points -= 0.5
    if compound >= 0.5 and not sarcastic:
        grateful = _PRAISE_RE.search(w) is not None and _CONTRAST_RE.search(w) is None
        points -= 1.0 if grateful else 0.5
    if not strong and "?" in w and _INFO_QUESTION_RE.match(_body(w)):
        points -= 0.5
    return points


def urgency_reasons(w: str) -> tuple[str, ...]:
    """Every urgency reason whose pattern matches word view ``w``, in a fixed order."""
    return tuple(name for name, pattern in _URGENCY_RES if pattern.search(w))


def is_spam(w: str, original: str, *, urls: int, words: bool = True) -> bool:
    """Conservative spam test: two points needed, and a lone link never counts.

    A strong spam phrase ("follow back", "click here", "earn $500", crypto airdrops) is
    worth 2; two or more URLs, five or more hashtags, a promotional word and a run of ten
    identical characters are worth 1 each. ``words=False`` says the caller already knows
    no spam word is present.
    """
    points = (urls >= 2) + (original.count("#") >= 5 and len(_HASHTAG_RE.findall(original)) >= 5)
    if words and _SPAM_ANY_RE.search(w):
        if _SPAM_STRONG_RE.search(w):
            return True
        points += 1  # a promotional word
    if points == 1 and _REPEAT_RUN_RE.search(original):
        points += 1
    return points >= 2


def intent_of(w: str, *, is_complaint: bool, compound: float) -> str:
    """Complaint wins; then suggestion, question, praise, else other (see the docs).

    Suggestion cues are tested before the question test because suggestions are often
    phrased as questions ("how about...?", "why not...?").
    """
    if is_complaint:
        return "complaint"
    if _SUGGESTION_RE.search(w):
        return "suggestion"
    if "?" in w or _QUESTION_OPEN_RE.match(_body(w)) or _QUESTION_PHRASE_RE.search(w):
        return "question"
    if compound >= 0.5 or (compound >= 0.05 and _PRAISE_RE.search(w)):
        return "praise"
    return "other"


def classify(text: str, *, compound: float) -> Classification:
    """Classify normalised ``text`` given its VADER ``compound``; spam is never a complaint."""
    w, urls = prepare(text)
    rare = _RARE_RE.search(w) is not None
    if is_spam(w, text, urls=urls, words=rare):
        return Classification("other", False, "normal", (), True)
    complaint = complaint_points(w, compound=compound) >= 1.0
    reasons = urgency_reasons(w) if rare else ()
    return Classification(
        intent=intent_of(w, is_complaint=complaint, compound=compound),
        is_complaint=complaint,
        urgency="high" if reasons else "normal",
        urgency_reasons=reasons,
        is_spam=False,
    )


@cache
def _category_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, _compile(*frags)) for name, frags in _STRONG_CUES.items())


def explain(text: str, *, compound: float) -> dict[str, object]:
    """Which cue families fired and the complaint points: for tuning, not the hot path."""
    w, _urls = prepare(text)
    return {
        "word_view": w,
        "cues": [name for name, pattern in _category_patterns() if pattern.search(w)],
        "weak": [m.group().strip() for m in _WEAK_RE.finditer(w)],
        "points": complaint_points(w, compound=compound),
    }
