"""Churn word families: a customer already gone to another firm, said plainly (rules-11).

The phrase cues (``urgency_cues.CHURN``) find "switching to X", "moving my account" and
"after 10 years I'm leaving"; a customer who has already moved says it more flatly: "from
Monday we're with another local firm", "as of next month I'm with a new agency", "nos
pasamos a otra empresa". The firm is named by a word for a firm (not "another customer") and
the start by a date, so "we're with another provider from Monday" and "from June I'm using
Nationwide" are found in any trade and in Spanish, French, German and Portuguese.
The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no
leading or trailing space, fixed-width lookbehinds).
"""

from __future__ import annotations

CHURN_FAMILIES = (
    # "from Monday we're with another local firm", "as of next month I'm with a new
    # agency" (a date is when it starts; "we're with another customer" is no firm)
    r"(?:we'?re|i'?m|we are|i am|we'?ll be|i'?ll be|we will be|i will be|we'?ve gone|i'?ve gone"
    r"|we went|i went) (?:now |over )?with (?:another|a new|a different|a cheaper|a local"
    r"|other|someone else)(?: (?!customer|client|patient|caller|person)\S+){0,2}? (?:firm|company"
    r"|provider|supplier|agency|agent|contractor|outfit|business|crowd|lot|bank"
    r"|garage|practice|surgery|broker|installer|service|mob)(?![\w'])"
    r"|(?:from|as of|starting) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|next \S+|tomorrow|today|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|the \S+) (?:on )?(?:we'?re|i'?m|we are|i am|we'?ll be|i'?ll be)"
    r" (?:with|using|going with|moving to|switching to)"
    r" (?!(?:you|your|@\S+|the|a|an|my|our|it|this|them|that)(?![\w']))\S+"
    # the same in Spanish, French, German and Portuguese
    r"|(?:nos pasamos|me paso|me cambio|nos cambiamos|estamos con|me voy) (?:a |con )?(?:otra"
    r"|otro) (?:empresa|proveedor|compañía|agencia|banco|taller|firma)"
    r"|(?:on passe|je passe|nous passons|on est|je suis|nous sommes|on va|je vais) chez"
    r" (?:une autre|un autre|un nouveau|une nouvelle|la concurrence)"
    r"|(?:sind|bin|wechseln|wechsle|gehen) (?:\S+ )?(?:jetzt )?(?:bei|zu) (?:einer anderen|einem"
    r" anderen|der konkurrenz)"
    r"|(?:mudamos|mudei|mudo|passamos|passo|estamos|vamos) (?:para|com) (?:outra|outro)"
    r" (?:\S+ )?(?:empresa|fornecedor|companhia|agência|banco|oficina|firma)"
)
