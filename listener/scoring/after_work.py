"""A thing that broke after the business worked on it: a complaint, whatever else it says.

"You fixed my laptop screen on Monday and now the keyboard doesn't work", "replaced my
phone battery last week and it already dies at 40%", "had the car serviced yesterday and
now the check engine light is on": the words of a repair ("fixed", "replaced", "serviced")
are, in the labelled corpus, mostly the words of thanks ("fixed my bike, runs like new"),
so a model of n-grams reads these as praise, and the drafts thank a customer whose repair
failed. The pattern is precise: our own work, then within twelve words a fault ("doesn't
work", "won't start", "dies", "is leaking", "light is on"). A fault that went away
("doesn't leak any more", "stopped squeaking", "no longer rattles", "works again") is not
one. ``understand`` makes such a mention a complaint; dangerous failures are safety
(``urgency_concepts``).
"""

from __future__ import annotations

import re

_WORK = (
    r"(?:fixed|repaired|replaced|serviced|fitted|installed|rewired|swapped|changed|mended"
    r"|reconnected|updated|upgraded|set up|put in|did (?:the|my|our) \S+|(?:after|since) (?:the"
    r" |my |your |our )?(?:\S+ )?(?:repair|service|fix|fitting|install|installation|update"
    r"|upgrade|visit|mot)|(?:in )?for (?:a|its|the|my|an) (?:\S+ )?(?:service|repair|mot|fix"
    r"|update|check))"
)
_FAULT = (
    r"(?:(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|didn'?t|can'?t|cannot) (?:even )?"
    r"(?:work|start|charge|turn on|switch on|boot|close|open|lock|connect|hold|heat|fit|drain"
    r"|spin|print|load|stay on|stay shut|stay closed)(?! (?:\S+ ){0,2}?(?:any ?more|anymore)"
    r" (?:\S+ )?(?:which|so|thank|cheers|lovely|great|brilliant))"
    r"|not working|stopped working|(?:dies|died|dying|dead) (?:\S+ ){0,2}?(?:at|after|within|by"
    r"|in|again)|(?:is|are|it'?s|keeps|started|now) (?:\S+ )?leaking|(?:light|warning|error"
    r"|message) (?:\S+ ){0,2}?(?:is|came|comes|keeps coming|stays) on|worse than (?:before|it"
    r" was|ever)|keeps (?:crashing|dying|cutting out|turning off|switching off|freezing|breaking"
    r"|tripping|falling off|coming off|jamming)|(?:broke|broken|cracked|snapped|fell off|came"
    r" off|came loose|fell apart|gave up) (?:again|already|within|after|the next|the same|on"
    r" day)|(?:making|makes|made) (?:a |this |an |the )?(?:\S+ )?(?:noise|noises|sound|racket)"
    r"(?! (?:\S+ ){0,2}?(?:any ?more|anymore)))"
)
_AFTER_WORK_FAULT_RE = re.compile(rf" {_WORK} (?:\S+ ){{0,12}}?{_FAULT}")


def broke_after_work(w: str) -> bool:
    """Whether word view ``w`` tells of a fault after the business's own work (see above)."""
    return _AFTER_WORK_FAULT_RE.search(w) is not None
