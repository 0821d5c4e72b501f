"""Churn word families: a customer already gone to another firm, said plainly (rules-11).

The phrase cues (``churn_cues.CHURN``) find "switching to X", "moving my account" and
"after 10 years I'm leaving"; a customer who has already moved says it more flatly: "from
Monday we're with another local firm", "as of next month I'm with a new agency", "nos
pasamos a otra empresa". The firm is named by a word for a firm (not "another customer") and
the start by a date, so "we're with another provider from Monday" and "from June I'm using
Nationwide" are found in any trade and in Spanish, French, German and Portuguese.
The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no
leading or trailing space, fixed-width lookbehinds).
"""

from __future__ import annotations

# rules-15 (the seventh urgency set)
_RULES15 = (
    # leaving, told without a rival's name: "let my Front Row membership lapse", "our account
    # moves from X to Y on 1 November", "cancelled … going with HomeServe", "moved our whole
    # group to Lanefoot Farm"
    r"let (?:my|our) (?:\S+ ){0,3}?(?:membership|subscription|contract|cover|plan|season ticket"
    r"|pass|policy) (?:lapse|run out|expire)(?! (?:by (?:accident|mistake)|without (?:me|us)"
    r" (?:noticing|realising|realizing))(?![\w']))"
    r"|(?:account|contract|business|custom|supply) (?:\S+ )?(?:moves|is moving|moved|will move"
    r"|switches|is switching) (?:\S+ ){0,2}?from (?:\S+ ){1,3}?to(?! (?:the |a |your )?(?:new|old"
    r"|app|website|premium|basic|gold|silver|annual|monthly|plan|tier|version)(?![\w']))"
    r"|(?:cancel\w*|leaving|left|done with you) (?:\S+ ){0,30}?going (?:with|over to)(?! (?:it"
    r"|the flow|that|this|what|you|your|them again)(?![\w']))"
    r"|found (?:a|an|someone|somebody) (?:\S+ ){0,4}?(?:who'?ll|who will|that'?ll|that will"
    r"|who does|cheaper|for less)(?! (?:\S+ ){0,3}?(?:on|with|from|at|through|in) (?:you|your)"
    r"(?![\w']))"
    r"|(?:cancel\w*|leaving|left) (?:\S+ ){0,20}?(?:£|\$|€)\S* (?:a|per) (?:month|year"
    r"|week|night|quarter) (?:less|cheaper)"
    # (not "moving our bookings to next week", "taking my team to lunch")
    r"|(?:moved|moving|switched|switching) (?:our|my) (?:(?:whole|entire) (?:\S+ )?(?:group"
    r"|bookings|team|office|families|business|account|custom|orders|fleet|vans)|(?:\S+ )?"
    r"(?:business|custom|fleet|vans)) (?:\S+ ){0,4}?to(?! (?:you|your|the (?:app|website|new"
    r"|next|following)|next|another|a (?:later|different|new) (?:date|day|time|week)|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d\S*)(?![\w']))"
)

# rules-20 (the week set's tuning half): after years, the next job booked with someone else,
# said flatly ("Six years of annual services with @x … Booked Teme Spa Care instead", "After 9
# years of @x servicing our shutters, we've signed with Doorfix NW from next month"); not a
# booking moved with the brand ("booked the 3pm slot instead" has no years of custom), "booked
# with you instead of the dealer", nor "3 years old"
_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many"
    r"|several)"
)
_LOYAL = (
    # rules-22: "5 summers running we've taken the whole depot to @x"
    rf"(?:{_NUMBER} (?:summers|winters|seasons|christmases|years) (?:running|in a row)"
    # rules-23: "9 summers on Bittern with @x"
    rf"|{_NUMBER} (?:summers|winters|seasons|christmases|holidays)"
    rf"|{_NUMBER} (?:years|yrs)(?! old| ago| younger| older| later| time| from)"
    rf"|for {_NUMBER} (?:years|yrs)"
    r"|since (?:19|20)\d\d"
    # rules-40 (the eighteenth week set): "since the brid shop opened in 2020"
    r"|since (?:the|they|you|it|we|i) (?:\S+ ){0,4}?(?:opened|started|moved in|began) (?:back )?in"
    r" (?:19|20)\d\d)"
)
_RULES20 = (
    rf"{_LOYAL} (?:\S+ ){{0,40}}?(?:booked|going|gone|went|switched|switching|moved|moving"
    r"|chose|picked|trying|tried|joined|joining) (?:(?!you |your |u |with you |\d|another |later"
    r" |earlier|their "
    r"|slot |slots |time |day |date |session |appointment |class )\S+ ){0,10}?"
    # (rules-38 review: not "joined the evening bootcamp instead", "their family bundle")
    r"(?<!bootcamp )(?<!bundle )(?<!plan )(?<!package )(?<!course )(?<!tariff )(?<!deal )"
    r"(?:instead(?! of)"
    r"|elsewhere)"
    rf"|{_LOYAL} (?:\S+ ){{0,40}}?(?:signed|signing|signed up|gone|going|go) with"
    # (rules-38 review: not "go with the fixed rate from next month", "the faster package";
    # "go with Utility Warehouse" is a rival though it starts with "u")
    r" (?!(?:you|your|u|them again|the flow|it|their|our|my)(?![\w'])|@|(?:the |a |an )?(?:\S+ )?"
    r"(?:rate|package|plan|tariff|deal|bundle|option|contract|upgrade)(?![\w']))\S+ (?:\S+ ){0,4}?"
    r"(?:(?:from|as of|starting)"
    r" (?:next|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|the \S+|january|february|march|april"
    r"|may|june|july|august|september|october|november|december)"
    # rules-39: "we've signed with SunMaster SW for the new barn array"
    r"|for (?:the|our) (?:new|next) \S+)"
    # rules-40 (the eighteenth week set): "Nine years, three bikes bought and every service done
    # at @x … Booked the GS in at Chapelgate BMW today" (not "booked it in at the Leeds branch",
    # "booked in with you")
    rf"|{_LOYAL} (?:\S+ ){{0,40}}?booked (?:the |my |our |her |his )?(?:\S+ )?in (?:at|with)"
    r" (?!(?:you|your|yours|u|the|a|an|our|my|their|them|him|her|it)(?![\w'])|@)\S+"
    # rules-39 (the seventeenth week set): "… to @x for 8 yrs. … From 1st May it's all going
    # to Abbey Lock & Safe" (not "from Monday it's going to the new app")
    rf"|{_LOYAL} (?:\S+ ){{0,40}}?(?:from|as of|starting) (?:next \S+|the \S+|\d\S*|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)(?: \S+)? (?:it'?s|we'?re|i'?m"
    r"|everything'?s|everything is|it is|we are|they'?re|all) (?:all |everything )?(?:going"
    r"|moving|switching|gone|moved) (?:over )?to (?!(?:you|your|u|the|a|an|our|my|online"
    r"|paperless|monthly|annual|app|email|direct)(?![\w']))\S+"
)
# rules-21: gone over to a rival after years ("Seven years we had their maintenance plan …
# us and the Wilsons have gone over to Greenleaf Gardens as of October"); not a channel ("gone
# over to the app", "moved over to paperless")
_RULES21 = (
    rf"{_LOYAL} (?:\S+ ){{0,40}}?(?:gone|going|went|moved|moving|switched|switching|changed)"
    r" over to (?!(?:you|your|u|the|a|an|their|online|paperless|monthly|annual|paper|digital"
    r"|card|direct|email|app)(?![\w']))\S+"
    # rules-22 (the third week set): "… not this year. booked Delta Force Manchester for July";
    # "12 years of taking the mowers to @x. Quantock did the Hayter in 4 days, so that's where
    # they'll go from now on"
    rf"|{_LOYAL} (?:\S+ ){{0,40}}?not this (?:year|time|season|summer|winter|christmas)"
    r" (?:\S+ ){0,3}?(?:booked|going|gone|went|switched|moved|trying|signed)"
    r" (?:with |to |up with )?(?!(?:you|your|u|@\S+|again|back)(?![\w']))\S+"
    rf"|{_LOYAL} (?:\S+ ){{0,40}}?that'?s where (?:i'?ll|we'?ll|they'?ll|it'?ll|i will|we will"
    r"|they will|it will|i'?m|we'?re) (?:\S+ )?(?:go|going|be going|take|be taking|be)"
    r" (?:\S+ )?(?:from now on|now|in future|going forward)(?![\w'])"
    # rules-23: "9 summers on Bittern with @x. Booked with Anglo Welsh for next year."
    # (a long post tells the years first and the move last: a wider window)
    rf"|{_LOYAL} (?:\S+ ){{0,80}}?booked (?:in )?(?:with|at) (?!(?:you|your|u|@\S+|them|us)"
    r"(?![\w']))\S+ (?:\S+ ){0,3}?for (?:next|the next|this coming|the rest of the)"
    r" (?:year|season|summer|time|christmas|term)"
    # rules-36 (the thirteenth week set): "After 11 yrs … I've booked Ellis Farriery for next
    # round"; not the brand's own booking ("booked you in for next time", "booked the 3pm")
    # (a firm's name of two or three words: not a stylist, "booked Jade for next time", a day,
    # "booked Saturday for next time", nor our own name)
    rf"|{_LOYAL} (?:\S+ ){{0,40}}?(?:i'?ve|we'?ve|i have|we have|have|just) booked"
    r" (?!(?:you|your|u|@\S+|them|us|in|a|an|the|my|our|it|him|her|brandname|\d\S*|mon\w*"
    r"|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)(?![\w']))\S+ \S+ (?:\S+ )?for (?:the )?next"
    r" (?:round|time|visit|one|service|appointment|season|year|set|trim|job|shoeing|cut)(?![\w'])"
    # "Mum's lift servicing has gone to Stannah as of this week, after nine years with
    # Banister"; not "my account has moved to the new system"
    r"|(?:has|have|'s) (?:now )?(?:gone|moved|switched) (?:over )?to (?!(?:you|your|u|the|a|an"
    r"|my|our|online|paper\w*|monthly|annual|digital|email|app|\d\S*)(?![\w']))\S+"
    rf" (?:\S+ ){{0,6}}?after {_LOYAL}"
)
_RULES27 = (
    # rules-27 (the seventh week set): a rival's better offer, then the move told as "going
    # with them" ("9 yrs of @x … Severn Arb quoted £180 less … Sorry Gareth, we're going with
    # them this year"); not "going with them again", the brand kept
    r"(?:quoted|quote|cheaper|less|undercut|beat|beaten|price matched) (?:\S+ ){0,20}?(?:we'?re"
    r"|i'?m|we are|i am|we'?ll be|i'?ll be|we will be|we'?ve decided to go|we decided to go"
    r"|i'?ve decided to go) (?:going |gonna go )?with (?:them|those guys|that lot)(?! again)"
    r"(?![\w'])"
)

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
    r"|october|november|december|the \S+|this (?:month|week|year|season|term)) (?:on )?(?:we'?re"
    r"|i'?m|we are|i am|we'?ll be|i'?ll be) (?:with|using|going with|moving to|switching to"
    # rules-25: "from this month I'm buying through Tile Giant's trade desk"
    r"|buying (?:through|from|at)|ordering (?:through|from)|banking with|shopping at)"
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
    "|" + _RULES15 + "|" + _RULES20 + "|" + _RULES21 + "|" + _RULES27
)
