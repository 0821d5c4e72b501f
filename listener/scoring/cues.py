"""Cue lists for the rules in ``listener.scoring.classify``: regex fragments, by family.

Each fragment is matched as whole words against the word view (lower-cased, punctuation
turned into spaces; see ``listener.scoring.classify``). A fragment must never start or end with a
space, and a lookbehind must have a fixed width. ``docs/classification.md`` explains every
family with examples. These are the complaint cues and their guards; the intent cues (praise,
suggestions, questions, fans' openings) are in ``listener.scoring.intent_cues`` and the
urgency cues in ``listener.scoring.urgency_cues``. Bump ``RULES_VERSION`` in
``listener.scoring.sentiment`` after any change.
"""

from __future__ import annotations

NEG = (
    r"(?:(?:is|are|was|were|does|do|did|has|have|had|could|would|should|ai)(?:n'?t| not)"
    r"|can'?t|cannot|can not|won'?t|will not|not|never|no longer|unable to|fails? to"
    r"|failed to|refuses? to|refused to|stopped|keeps? not|nothing)"
)
# NEG without the bare "not", "never" and "haven't" that ``still`` reads with a lookahead
NEG_NOT_BARE = (
    r"(?:(?:is|are|was|were|does|do|did|has|could|would|should|ai)(?:n'?t| not)"
    r"|can'?t|cannot|can not|won'?t|will not|no longer|unable to|fails? to"
    r"|failed to|refuses? to|refused to|stopped|keeps? not|nothing)"
)
NUM = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many)"
SPAN = r"(?:business |working )?(?:h|hrs?|hours?|m|mins?|minutes?|days?|weeks?|months?)"
# A digit spelled as an alternation: each alternative then starts with a literal, which the
# compiled trie can jump to, instead of a character class tested at every word.
DIGIT = r"(?:0|1|2|3|4|5|6|7|8|9)"
# An amount of money: £4.35, $200, €3, 30p
MONEY = rf"(?:£{DIGIT}\S*|\${DIGIT}\S*|€{DIGIT}\S*|{DIGIT}\d*p)"

# a day or a clock time: "thursday", "9", "11 40" (the word view's "11:40"), "9am", "noon"
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu"
    rf"|thurs|fri|sat|sun|noon|midday|(?:half )?{DIGIT}\d?(?: {DIGIT}\d)?(?:am|pm| am| pm)?)"
)
# (rules-38 review: not "who decided the lobby needed a resident cat? absolute genius 😻",
# "was that deliberate? so thoughtful")
_NO_PRAISE_AFTER = (
    r"(?! (?:\S+ ){0,8}?(?:genius|amazing|love|loved|thoughtful|made my day|best|brilliant"
    r"|legend|legends|so cute|😻|😍|❤️|🥰)(?![\w']))"
)
# a number that counts something, not a time ("booked for 2 nights", "8 of us", "5 stars")
_NOT_A_COUNT = (
    r"(?! (?:of|nights?|mins?|minutes|miles|stars|people|guests|days|weeks|hours|hrs|pm slot)"
    r"(?![\w']))"
)

# --- complaint cues: each fires on its own (a problem with the brand's product/service) ---
# rules-31 (the ninth week set): chasing counted out ("who do I have to ring to get an actual
# human? 9 calls since Monday", "third email about the topper since tuesday", "it's been 7
# weeks since we chose the wording and still nothing"); narrowed by rules-34, it matches 17
# readable rows, all complaints (a complaint the model read as a question:
# ``classify.asked_as_complaint``)
CHASED = (
    # (not "3 emails in total and they answered every one", "the third one I've bought since
    # 2019", "it's been 6 weeks since my piercing, is it ok to change the bar?")
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:calls|emails|messages|phone"
    r" calls|chasers|dms) (?:since|now|later)|(?:third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
    r" (?:email|message|call|dm|chaser|time (?:i'?ve|asking|chasing)) (?:\S+ ){0,4}?since"
    r"|it'?s (?:now )?been (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)"
    r" (?:weeks|months|working days) since (?:\S+ ){0,8}?(?:still|no reply|no answer|nothing"
    r"|heard nothing|waiting|chas\w*)"
    # rules-36 (the thirteenth week set): "Emailed … on 21 Oct … Emailed again 28 Oct. Today
    # is 9 Nov."
    r"|(?:emailed|rang|called|phoned|messaged|chased|wrote|dm'?d|dmed) (?:them |you |\S+ )?"
    r"again (?:\S+ ){0,10}?(?:today is|still nothing|nothing since|no reply|no answer|not a word"
    r"|silence)(?![\w'])"
    # rules-39 (the seventeenth week set): "Emailed Brightfield Solar on the 4th, the 11th and
    # the 19th about the inverter"
    r"|(?:emailed|rang|called|phoned|messaged|chased|wrote to|dm'?d|dmed) (?:\S+ ){0,4}?on the"
    r" \d+(?:st|nd|rd|th)? (?:the )?\d+(?:st|nd|rd|th)? and (?:again on )?(?:the )?\d+(?:st|nd"
    r"|rd|th)?(?![\w'])",
)
# rules-32 and 33 (the tenth and eleventh week sets), narrowed by rules-34: a question that
# offers its own sarcastic answer ("is anybody actually going to ring me back … or should I
# just get comfy on the airbed"; not "does anyone know if they move the deposit … or is it
# just per head"), "is anyone actually going to ring me back about the dresser … ??", "how many
# more weeks am I meant to keep the room cleared", "do the phones ring anywhere or…", "how does
# 'delivery next week' turn into 3 and a half weeks??": 15 readable rows, all complaints
RHETORICAL = (
    # the sarcastic answer: "or should I just…", "or are we all just…", "or is the hold music
    # just there for vibes"; not a real either-or ("or is it just online?"), nor one that asks
    # to know or for a recommendation
    r"(?:actually|(?:is|will|does|are|has|can) (?:anyone|anybody|someone|somebody))"
    r" (?:(?!know |knows |recommend |tried )\S+ ){0,16}?or (?:(?:should|shall) (?:i|we)"
    r" (?:all )?just|do (?:i|we) (?:all )?just (?:live with|give up|accept|put up with|guess"
    r"|sit|wait|pretend|bin|write|stare|hope|pray|turn up and)|are we (?:all )?just"
    r"|is (?:the|this|that)"
    r" (?:\S+ ){0,3}?just (?:there|for|a|an"
    r"|decorative|decoration|for show))",
    # rules-36: "is the contact form on your website connected to anything or is it just
    # decorative" (a contact channel; not "is the fireplace usable or is it just decorative?")
    r"(?:form|phone|phones|number|inbox|email|chat|button|line|helpline|website|site|app)"
    r" (?:\S+ ){0,8}?(?:connected|linked|hooked up|plugged in) to anything (?:\S+ ){0,3}?or is it"
    r" just|(?:form|phone|phones|number|inbox|email|chat|button|line|helpline) (?:\S+ ){0,8}?or"
    r" is it just (?:decorative|decoration|for show|there for show|a prop|an ornament)",
    # rules-38 (the sixteenth week set): "is the rind club box coming this month or shall i
    # just buy cheese at tesco like a normal person"
    # (not "is the plumber coming today or shall i just leave the key under the mat")
    r"(?:is|are|will) (?:the|my|our|this) (?:\S+ ){0,4}?(?:ever )?(?:coming|arriving|happening"
    r"|turning up|showing up|being sent|going out) (?:\S+ ){0,4}?or (?:should|shall) (?:i|we)"
    r" (?:all )?just (?:buy|order|get|go|shop|use|head) (?:\S+ ){0,4}?(?:at|from|on|elsewhere"
    r"|instead|like a normal)(?![\w'])",
    # "who decided the aufguss needed a bluetooth speaker playing ibiza anthems. was that
    # deliberate" (not "who decided to add the cold plunge? genius", asked with praise)
    rf"who (?:decided|thought) (?:that )?(?:\S+ ){{1,6}}?(?:needed|need|was a good idea|were a good"
    rf" idea|would be a good idea)(?![\w']){_NO_PRAISE_AFTER}",
    rf"(?:was|is) (?:that|this) (?:deliberate|on purpose|intentional)(?![\w']){_NO_PRAISE_AFTER}",
    # rules-39 (the seventeenth week set): "How does a 'garment specialist' lose the belt off a
    # trench coat?", "Is anyone ever actually on the phone …, or does it just ring out into the
    # void", "is anyone actually manning the 24hr line … or is it just the voicemail lady on a
    # loop" (not "how does the app lose my settings if I log out?", a how-to with "if")
    r"how (?:does|did|can|could|do) (?:a|an|the|your|one|someone|anyone) (?:\S+ ){0,4}?(?:lose"
    r"|manage to lose|manage to break|manage to ruin|forget|misplace)(?! (?:\S+ ){0,6}?if"
    r"(?![\w']))",
    r"or (?:does|do|did) (?:it|they|the \S+|calls?|emails?|messages?) (?:all )?just (?:ring out"
    r"|ring and ring|go (?:to|into|straight)|disappear|vanish|get deleted|get ignored|end up)",
    # "is my MCS certificate coming this year or next", "what's the £8/month 'priority
    # aftercare' actually for if the earliest visit is 5 weeks out?"
    r"(?:coming|arriving|happening|turning up|ready|due|done|fixed|sorted) this (?:year|month"
    r"|week|decade|century|lifetime) or next",
    r"what'?s (?:the|this|that|my|our|your) (?:\S+ ){0,5}?actually for (?:if|when|then)(?![\w'])",
    # (rules-40: after "actually", "ever" or "anyone"; not "is live chat open on Sundays or is
    # it just the bot", a real question)
    r"(?:actually|ever|anyone|anybody|someone|somebody) (?:\S+ ){0,14}?or is it (?:all )?just"
    r" (?:a |an |the )?(?:\S+ ){0,3}?(?:voicemail|answerphone|answering"
    r" machine|recording|robot|bot|hold music|on a loop|void)(?![\w'])",
    r"(?:is|will|does|are) (?:anyone|anybody|someone|somebody) (?:\S+ )?(?:actually|ever|even)"
    r" (?:going to|gonna|planning to) (?:ring|call|phone|reply|answer|get back|email|respond"
    r"|contact|sort|fix|tell|come)",
    r"how many more (?:weeks|days|months|times|emails|calls|hours) (?:am|do|are|have|must|will)"
    r" (?:i|we) (?:\S+ ){0,2}?(?:meant|supposed|have|need|expected|going|got) to",
    # rules-36 (the thirteenth week set): "how many more nights is my mum meant to sleep on
    # the sofa", "does X employ a single person who picks up a phone or is it hold music all
    # the way down", "how does a shoe last 9 days??", "where did my 3 credits go??", "website
    # (not "how many more visits does my son need", "do you have one person who can…", "love
    # that they have a real person who answers")
    r"how many more (?:nights|weekends|years|visits|trips|weeks|days|months|times|hours) (?:am"
    r"|do|are|have|must|will|is|does|has) (?:\S+ ){1,3}?(?:meant|supposed|expected) to",
    r"(?:employ|employs|hire|hires) (?:a single|one single|a living|an actual|a real)"
    r" (?:person|human|soul|human being|member of staff) (?:who|that) (?:\S+ ){0,2}?(?:picks up"
    r"|answers|reads|replies|responds|knows|can)"
    r"|(?:have|has|got) (?:a single|one single) (?:person|human|soul|human being) (?:who|that)",
    r"how (?:does|did|can|could|do) (?:a|an|the|my|one|your) (?:\S+ ){0,3}?(?:only )?last"
    r" (?:only |just )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:days?"
    r"|weeks?|hours?|months?|uses|washes|wears|rides)",
    r"where (?:did|have|has) (?:my|our) (?:\S+ ){1,3}?(?:go|gone) ?\?\?",
    # "do the phones at reception ring anywhere or…", "do the messages … go anywhere?"
    r"(?:phones?|emails?|messages?|form|dms?|inbox|chat|calls?|enquiries|tickets?) (?:\S+ ){0,4}?"
    r"(?:ring|rings|go|goes|get read|lead|connect) (?:\S+ )?anywhere(?: or|\?)",
    r"how (?:does|did|do|has|have|can|could) [^?]{0,60} (?:turn|turned|turns|become|became"
    r"|becomes) into [^?]{0,30}(?:\?\?|(?:weeks|days|months|hours)(?![\w']))",
    # rules-35 (the twelfth week set): "how many emails does it take to get one receipt", "how
    # is a cup of tea £6 at the café??", "is the pre-order actually happening or has my £50
    # deposit gone on the christmas do", "still on read. do I just ask google then??"
    r"how many (?:\S+ ){0,2}?(?:emails|calls|messages|phone calls|chasers|dms|tweets)"
    r" (?:\S+ )?does it take"
    r"|how many (?:\S+ ){0,2}?(?:times|visits|trips|attempts) (?:\S+ )?does it take (?:for"
    r" (?:you|u|someone|anyone|your)|to (?:tell|ask|chase|remind|explain|report|get (?:a|an|one"
    r"|my|our|someone|anyone)))",
    r"how (?:is|are) (?:a|an|the|one|two|1|2) (?:\S+ ){1,4}?£\d+",
    r"or (?:has|have|did) (?:my|our) (?:\S+ ){0,3}?(?:gone(?! through| to| out| off| ahead)"
    r"|vanished|disappeared|been spent)",
    # rules-36: "Does Dales Loo Hire ever answer the phone at weekends?"
    # (not "does anyone ever get a reply…", asked of other customers)
    r"(?:does|do|will|did) (?!anyone|anybody|any of)(?:\S+ ){0,3}?ever (?:answer|pick up|reply"
    r"|respond|call back|ring back|get back|read)[^?]{0,40}\?",
    r"do (?:i|we) just (?:ask google|google it|give up|guess|sit here|keep waiting|pretend"
    r"|bin it|write it off)(?! (?:\S+ ){0,3}?or(?![\w']))",
    # rules-37 (the fourteenth week set): "£22 a night for a pen the size of my downstairs
    # loo. how does that add up", "is the Firefox extension ever going to remember I'm signed
    # in, or is typing my master password 30 times a day a feature now", "Does anyone at
    # Keyhollow actually test the iOS app before shipping?", "How does this get past QA?",
    # "any chance of an actual date for my fascia?"
    r"how (?:does|is|can|could) (?:that|this|it) (?:\S+ )?(?:add up|be fair|fair|acceptable"
    r"|be acceptable|justified|be justified|be legal)(?![\w'])",
    r"or is (?:\S+ ){1,10}?(?:a|just a|the new) (?:new )?feature now(?![\w'])",
    r"(?:does|do|did) (?:anyone|anybody|someone|somebody|no one|nobody) at \S+ (?:\S+ )?"
    r"(?:actually|even) (?:test|proofread|qa|quality check)(?![\w'])",
    # rules-38 (the sixteenth week set): "Does anyone at Longfurrow actually check the fruit
    # before packing?", "is anyone at baulkline actually reading the booking emails"
    # (not "does anyone at X actually look at vintage frames?", "ever check DMs? want to order")
    # rules-40: "Does Kilnhouse actually check the grind on pre-ground orders?"
    r"(?:does|do|did) (?!anyone|anybody|any of|you |it |this |that )\S+ (?:\S+ )?actually (?:check"
    r"|test|proofread|read|look at) (?:the|my|our|their|your|orders?|emails?)(?![\w'])",
    r"(?:does|do|did|is|are) (?:anyone|anybody|someone|somebody) at \S+ (?:\S+ )?(?:actually"
    r"|even) (?:check|checks|checking|read|reads|reading|listen|listening|answer|answering|pack"
    r"|packing) (?:the|my|our|their|your|these|this|any|emails?|orders?|messages|dms|tweets"
    r"|phones?|post|inbox|voicemails?|reviews)(?![\w'])",
    r"how (?:does|did|do|has|have) (?:this|that|these|it|stuff like this) (?:\S+ )?(?:get|got"
    r"|make it|made it|slip|slipped) (?:past|through) (?:qa|testing|quality control|anyone|review"
    r"|the checks)(?![\w'])",
    r"any chance of (?:an? )?actual (?:date|reply|answer|human|person|response|update|time"
    r"|refund|call ?back|engineer|fitter|delivery date)(?![\w'])",
)
STRONG_CUES: dict[str, tuple[str, ...]] = {
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
        # rules-36: the same part replaced again and again ("Pressure vessel fitted in
        # February. Replacement in May. Another replacement in September.")
        r"another (?:replacement|new one)|replaced (?:it |them )?again|(?:second|third|fourth"
        r"|2nd|3rd|4th) replacement",
        # rules-36: "ordered 2x Thunderclap 100 and 1x Night Owl. box has 2x Night Owl"
        r"(?:ordered|bought|paid for) (?:\S+ ){1,10}?(?:box|parcel|bag|delivery|package|order)"
        r" (?:has|had|contained|contains|came with) (?:only |just )?(?:\d+ ?x|\d+|no|the wrong"
        r"|a different)(?![\w'])",
        r"empty (?:box|bag|package|parcel|envelope)",
        r"(?:came|fell|falling|coming|come|comes) (?:off|apart|out)|peel(?:ing|ed|s) off"
        r"|wore out|worn out|wearing out|snapped|shattered|rusted|rusty|frayed",
        r"(?:lost|misplaced|damaged|mislaid) (?:my|our)",
        r"missing(?! out)",
        r"(?<!go )(?<!goes )(?<!nothing )(?<!anything )(?<!nowt )(?<!living )wrong",
        r"(?:forgot|forgotten|forgets|left out|didn'?t include|did not include) (?:my|our|the|to)",
        r"paid (?:extra )?for (?:\S+ ){1,5}?(?:and|but) (?:got|received|only|still|didn'?t|never"
        r"|they|it was|it wasn'?t|was|were)",
        r"someone else'?s",
        r"(?:left|dumped|threw|thrown) (?:my|the|our|it|a) (?:\w+ )?(?:parcel|package|box|order"
        r"|delivery|note|card)",
        r"(?:damaged|smashed|crushed|dented|broken|cracked|ripped|torn|leaking|leaks|leak|leaked|stale"
        r"|mou?ldy"
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
        rf"{NUM} ?{SPAN} (?:late|delay(?:ed)?|on hold|waiting|(?:estimated |quoted |expected )?wait"
        r"|later|and counting|on the tarmac"
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
        # rules-38 (the sixteenth week set): the time promised and the time now, said flatly
        # ("Box due Thursday. It's Saturday.", "Booked for 9. It's 11:40.")
        # (not "booked for 2 nights, it's 3 mins from the beach", "due Monday. It's Tuesday.
        # Arrived this morning, all good", "booked for friday, it's friday!!! can't wait")
        rf"(?:due|booked|booked in|booked for|promised|expected|ordered for|scheduled for"
        rf"|supposed to (?:arrive|come|be here)) (?:on |for |at )?(?:the )?{_WHEN}{_NOT_A_COUNT}"
        rf" (?:(?:and|now|today|but) )?(?:it'?s|its|it is) (?:now )?(?:gone )?{_WHEN}"
        rf"{_NOT_A_COUNT}(?! (?:\S+ ){{0,3}}?(?:can'?t wait|yay|spot on|pulled up|parking up"
        r"|arrived|all good)(?![\w']))",
    ),
    "still": (
        # rules-27: the count of tries as a question ("how many times do I have to ring to get
        # someone to grind ONE stump??"): a complaint, not a question to answer (not "how many
        # times do I need to water a new hedge?")
        r"how many (?:more )?times (?:do|does|must|should|will|have) (?:i|we|you|people)"
        r" (?:have|need|got|gotta) to (?:ring|call|phone|ask|chase|email|tell|message|complain"
        r"|explain|repeat|contact|report|remind|send|come back|go back|rebook|book)",
        # (not a fan's "still not bored", "still not over how good it was", "still no
        # complaints", "still not had a bad one": staying loyal, said with a negation)
        r"still (?:not|no|never|haven'?t|havent|hasn'?t) (?!bored|tired of|sick of|over (?:it"
        r"|how|that|the)|complaints?|regrets?|(?:had|found|seen|been) (?:a|one|disappointed)"
        r"|a bad|a single bad|once|let (?:me|us) down)\S+"
        rf"|still (?:waiting|nothing|{NEG_NOT_BARE}|being|pending|charged|charging|broken|down"
        r"|unable"
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
        # (rules-31: not "no extra charge", "at no extra cost": a kindness told)
        r"(?:hidden|(?<!no )extra|surprise|overdraft|late|cancell?ation|admin|penalty)"
        r" (?:fees?|charges?)",
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
        # (rules-38: not "why not open late the Friday before Halloween", a suggestion)
        # (the guard after NEG: a fragment led by a literal lets the compiled trie jump to it)
        rf"{NEG}(?:(?<!why not)|(?= \w+ing(?![\w']))) (?!(?:wait|stop|get enough|believe"
        r"|resist|help but)\b)"
        r"(?:\w+ ){0,2}?"
        r"(?:work|worked|working|works|load|loading|loads|open|opening|connect"
        r"|connecting|charge|charging|sync|syncing|turn on|switch on|boot|start|starting|sign in"
        r"|signing in|log in|logging in|login|access|send|sending|play|playing|stream|streaming|pay"
        r"|apply|applied|update|updating|print|printing|download|downloading|install|installing"
        # rules-27: "can't upload homework photos from an iPhone"
        r"|upload|uploading"
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
        # (rules-40: not "she's stuck it on the fridge", "stuck with them 3 yrs")
        r"|drift|disconnect\w*|spinning wheel|black screen|blank screen|blue screen"
        r"|stuck(?! (?:it|them|this|that|one) (?:on|to|up|in)(?![\w'])| with (?:them|us|you|it"
        r"|him|her)(?![\w']))|unusable"
        r"|unresponsive|not responding|corrupt\w*|wiped|disappeared|vanished|bricked|useless"
        r"|shuts? down|shutting down|turns? off by itself|invalid|not valid|not recogni[sz]ed"
        r"|rejected|cuts? out|cutting out|cut off(?! (?:for|time|is|date|point)(?![\w']))"
        r"|keeps? cutting"
        r"|ruin(?:ed|s|ing)?|slow as)",
        r"(?:drops?|dropping|dropped) (?:calls?|out|connection|signal|the call)",
        r"(?:resets?|restarts?|restarted|reboots?) itself",
        # (rules-27: "it logs you out every time", said of what it does to anyone)
        r"(?:logged|logs|logging|kicked|kicks|kicking|signed|signs|signing|locked|locks)"
        r" (?:me|us|you) out",
        # not a figure that fell ("bills are down", "my waiting time is down to a week")
        r"(?<!bills )(?<!bill )(?<!prices )(?<!price )(?<!costs )(?<!cost )(?<!fees )(?<!rates )"
        r"(?<!spend )(?<!spending )(?<!usage )(?<!times )(?<!time )(?<!weight )(?<!numbers )"
        r"(?:is|are|was|were|been|went|goes|go|going|still|it'?s|site|app|server|servers|service"
        r"|internet|wifi|network|system|website|psn|line|broadband) down"
        # (rules-38: not praise, "went down a storm at the pub quiz")
        r"(?! (?:a storm|an absolute storm|a treat|an absolute treat|a bomb|well with|really"
        r" well)(?![\w']))",
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
        # rules-40 (the eighteenth week set): a long-standing customer talked down to ("the
        # young man explained to me, slowly and with hand gestures, how a key goes into a
        # lock", "advised to 'ask someone younger in the house to help with the app'", "handed
        # the beginner's leaflet, given a little talk on what VG stands for", "offered to
        # write it down for me"), said with no negative word
        r"(?:explained|explaining|told|telling|showed|showing|lectured|talked) (?:it )?(?:to )?"
        r"(?:me|us|my \S+) (?:\S+ ){0,6}?(?:with hand gestures|like (?:i|we) (?:was|were|am"
        r"|'m|are) (?:five|5|six|a child|a kid|an idiot|stupid|thick|new)|as if (?:i|we)"
        r" (?:was|were|had never|'d never|didn'?t know))(?![\w'])"
        r"|(?:advised|told|asked) (?:me |us )?to (?:ask|get|find) someone younger"
        r"|offered to write it down for (?:me|us)|(?:handed|given|gave me) (?:me |us )?(?:the|a)"
        r" beginner'?s (?:leaflet|guide|pack|sheet)|(?:given|gave me|got) a little talk on",
        r"no (?:\w+ )?(?:response|reply|replies|answer|answers|update|updates|info|information"
        r"|communication|explanation|notice|warning|call ?back|contact|acknowledg\w*|resolution"
        r"|help|support|apology|compensation|email|call|text|sign|eta|hotel|voucher|vouchers)",
        r"(?:nobody|no one|noone|no-one) (?:\w+ )?(?:answers?|answered|responds?|responded|replies"
        r"|replied|called|calls|came|comes|showed|shows|turned|knows|knew|told|tells|helps?|helped"
        r"|cares?|picks?|picked|bothered|has|can|could|will|seems|is|from|at|gets)",
        r"(?:hung up|hangs up|hang up on|cut me off|transferr(?:ed|ing) me|transfers me|transfers"
        r"|passed (?:me )?around|passing me around|runaround|run around|ignor(?:ed|ing|es)|ghosted"
        r"|left on read|closed (?:my|the) (?:ticket|case|chat|complaint)|closed on me)",
        # rules-35: "sent you pics of the bump on my nostril on tuesday, still on read"
        r"(?:still|been|left me|left us) on read",
        r"(?:rude|rudest|rudely|shouted|yelled|screamed|swore at|laughed at|shrugged|attitude"
        r"|unprofessional|disrespectful|condescending|patroni[sz]ing|dismissive|incompetent"
        r"|clueless|unhelpful|careless|arrogant)",
        r"(?:and|just|they|he|she|staff|desk|agent|manager|driver) laughed",
        r"nothing back|heard nothing|nothing (?:has )?changed|nothing happened",
        r"(?:said|says|listed|advertised|stated|showed|shows|confirmed) (?:\S+ ){1,4}?(?:but|yet"
        r"|instead|and now|now)",
        # (rules-31: not "tea arrived when promised", "done as promised")
        r"(?:(?<! as )(?<! when )promised|(?:not|n't|never) (?:\S+ )?as promised|was told"
        r"|were told|been told|assured|guaranteed"
        r"|supposed to|meant to be"
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
    "quality": (
        r"(?:lukewarm|luke warm|tepid|stone cold|inedible|undrinkable|tasteless|flavourless"
        r"|flavorless|overcooked|overdone|half cooked|still frozen|frozen in the middle|curdled"
        r"|gone off|grimy|manky|minging|mislabell?ed|wrongly labell?ed)",
        # rules-35: "my industrial … is a catastrophe … absolute state of it"
        r"(?:is|was|are|were) (?:a|an absolute|an utter|a total|a complete) catastrophe"
        r"(?! (?:\S+ )?(?:before|until|till|til)(?![\w']))"
        r"|(?:the|an?) absolute state of(?! the art)",
        r"(?<!a )greasy(?! spoon)|sticky(?! toffee| bun| buns| rice| notes?| ribs| wings| chicken"
        r"| date| situation)",
        r"(?:was|were|is|are|came|it'?s|its|bit|all|so|too|totally|completely|basically|really"
        r"|very|tasted|tastes|looked|looks) (?:\w+ )?(?:stale|soggy|bland|watery|burnt|burned"
        r"|undercooked|dirty|filthy|greasy|sticky|mushy|rubbery|chewy|soapy)",
        r"cold (?:food|coffee|tea|latte|toastie|toast|chips|fries|pizza|burger|sandwich|soup|drink"
        r"|drinks|meal|dinner|lunch|breakfast|eggs|bacon|pie|pasty|chocolate)",
        r"(?:asked for|requested|wanted|ordered) (?:\S+ ){1,6}?(?:and |but |then |only to )?"
        r"(?:got|get|received|was given|were given|gave me|came with|it came|they gave|brought"
        r"|served|handed me)",
        r"not what (?:i|we) (?:ordered|asked for|paid for|wanted)",
        r"(?:gave|brought|served|handed|sent) (?:me|us) (?:\S+ ){1,4}?instead",
        r"(?:sent|took|send|take|had to send|had to take) (?:it|them|mine|one|the \w+) back",
        r"labels? (?:were |was |are |is )?(?:wrong|swapped|mixed up|missing)",
        # rules-12: a fault said by degree ("way too sweet lately", "a bit too tight on the
        # waist") or by a simile of a poor thing ("like dishwater", "like cardboard"), in any
        # trade; not the praise "not too sweet", "never too busy"
        r"(?<!not )(?<!never )(?<!isnt )(?<!wasnt )(?<!n't )(?:(?:way|far|much|a bit|bit"
        r"|slightly|a tad|a little|little|just|waa+y|so|rather) )?too (?:sweet|salty|sour"
        r"|bitter|strong|weak|tight|loose|short|thin|thick|dry|greasy|oily|sugary|milky|runny"
        r"|spicy|bland|small|cramped|noisy|loud|crowded|rushed|slow|fiddly|complicated|confusing"
        r"|flimsy|stiff|scratchy|itchy|dim|dark|cold|hot|warm|late)(?! notice| to (?:handle"
        r"|resist|be true|stop|put down))",
        r"(?:tasted|tastes|tasting|smelt|smelled|smells|felt|feels|was|were|is|it'?s|like)"
        r" (?:\S+ )?like (?:dishwater|cardboard|sawdust|wet cardboard|rubber|plastic|cement"
        r"|glue|mud|soap|washing-?up water|a brick|bricks|leather|shoe leather|a sauna|an oven"
        r"|a fridge|a freezer|a cattle market|a zoo|a tin can|sandpaper)(?! on wheels)(?![\w'])",
    ),
    "staff": (
        r"on (?:his|her|their) (?:phone|mobile)",
        r"(?:rolled|rolls|rolling) (?:his|her|their) eyes|eye ?rolls?|eye-roll\w*",
        r"(?:shrug|shrugs|a shrug|sighed|sighs|tutted|tuts|huffed|scoffed|smirked|blanked"
        r"|snapped at|glared)",
        r"(?:was|were|being|been|got) (?:really |so |very |a bit |quite |pretty |super |bit )?"
        r"(?:short|abrupt|off|funny|snappy|sharp|curt|cold|moody|grumpy|stroppy|snotty|sniffy"
        r"|sarky|sarcastic|miserable|unfriendly|impatient|snippy) (?:with|to|towards)"
        r" (?:me|us|my|him|her|them)",
        r"(?:couldn'?t|could not|didn'?t|did not|don'?t|doesn'?t) (?:even )?(?:be bothered"
        r"|look up|acknowledge|apologi[sz]e|say sorry|say hello|greet)",
        r"not (?:even )?(?:a|one) (?:sorry|apology|smile|hello|word)",
        r"(?:made|makes|making) (?:me|us|him|her) feel (?:like|stupid|awkward|small|unwelcome"
        r"|rushed|uncomfortable|bad)",
        r"(?:treated|treating|treats|spoke to|speaking to|talked to|talking to|looked at|talks to"
        r"|speaks to|(?:talked|talking|talks|spoke|speaking|speaks) down to)"
        r" (?:me|us|him|her|my \w+) like",
        r"(?:talked|talking|talks|spoke|speaking|speaks) down to (?:me|us)|patroni[sz]\w*"
        r"|condescending|looked me up and down|like (?:i'?m|i am|i was|we'?re|we were)"
        r" (?:stupid|an idiot|a child|a kid|five|5|clueless|thick|dumb|a moron)",
        # rules-36 (the thirteenth and fifteenth week sets): a loyal customer talked down to,
        # told with no negative word: "explained what a pledge is, very slowly, with hand
        # gestures", "spelled out 'switch' letter by letter", "I know what an aquifer is,
        # love", "told, slowly and kindly, that the salt goes in the salt bit … I'd gathered"
        # (not "explained everything slowly and patiently to my mum", "very slowly, with
        # diagrams, so my mum could follow", "spelled out the settings letter by letter for my
        # dad who's hard of hearing", "I'd gathered from the reviews they were good")
        r"(?:explained|explaining|explains|walked me through|talked me through|showed me|spelled"
        r" out|spelt out|told me|was told) (?:\S+ ){0,16}?(?:with hand gestures"
        r"|very slowly,? (?:\S+ )?(?:twice|three times|two times))"
        r"|(?:i|we) know what (?:a|an) \S+ (?:\S+ )?is,? (?:love|mate|pal|son|dear|thanks|ta)"
        r"|(?:i'?d|i had) gathered(?= *$)|i did know that(?= *$)",
    ),
    "process": (
        r"(?:barely|hardly) any|(?:shambolic|disorgani[sz]ed|no system|no organi[sz]ation"
        r"|free for all|total mess|complete mess|absolute mess|such a mess|no idea what"
        r"|nobody knew|no one knew|hit and miss|hit or miss|inconsistent)",
        r"(?:wasn'?t|weren'?t|was not|were not|isn'?t|still not|never) ready(?! for)",
        r"(?:closed|closing|shut|shutting) (?:\S+ ){0,3}?early|(?:wasn'?t|was not|weren'?t|not)"
        r" open (?:when|at|on|despite|even)(?<!why not open when)(?<!why not open at)"
        r"(?<!why not open on)",
        r"left without (?:my|our|ordering|getting|buying|paying|a|any)|had to (?:leave|walk out"
        r"|go elsewhere|go somewhere else)",
        r"queues? (?:\S+ ){1,3}?(?:to|out|round|around|out of) the (?:door|street|block|building)",
    ),
    "price": (
        r"(?:steep|pricey|daylight robbery|rip-off|over-priced|too expensive|so expensive|way too"
        r" much|a bit much|pushing it|taking the piss|priced out|can'?t afford|not worth (?:it|the"
        r"|that|[£$€]\S*)|that'?s a lot|a lot (?:of money )?for (?:a|an|one|some|two)|how much\?)",
        rf"{MONEY}(?: \S+){{0,5}}? (?:is|are|seems|feels) (?:a lot|a bit much|too much"
        r"|mad|insane|crazy|steep|silly|ridiculous|extortionate|pushing it)",
        rf"(?:it was|was|were|used to be|up from) (?:only |just )?{MONEY}(?: \S+){{0,3}}?"
        r" (?:ago|last \w+|before|yesterday)",
        rf"{MONEY}(?: \S+){{0,5}}? now\?",
        r"put (?:up )?(?:the |their |your |its )?prices? (?:up|again)"
        r"|put up (?:the |their |your |its )?prices?"
        r"|(?:prices?|costs?) (?:have |has )?(?:gone|went|crept|creeping|going) up",
    ),
    "policy": (
        r"(?:don'?t|do not|doesn'?t|does not|won'?t|wouldn'?t|didn'?t|did not|refused to|refuse to"
        r"|refuses to|no longer|not|can'?t|couldn'?t|stopped) (?:even )?(?:take|taking|accept"
        r"|accepting|honou?r|honou?ring) (?:the |my |our |old |paper |any |their |your |a ){0,2}"
        r"(?:cards?|cash|card payments?|amex|vouchers?|coupons?|stamps?|stamp cards?|gift cards?"
        r"|apple pay|google pay|contactless|returns?|bookings?|reservations?|codes?|discounts?"
        r"|loyalty|points|tokens?|notes?|coins?|cheques?|old ones)",
        r"since when|(?:not|no longer|aren'?t|isn'?t|wasn'?t|weren'?t) allowed|company policy"
        r"|store policy",
    ),
    "expectation": (
        # rules-29: a rhetorical question with the fault in it ("how is a jeans hem 'two weeks'
        # when the dry cleaner does it while you wait??"), and "is the Ampeg ever getting
        # fixed"
        # (the word view keeps "?" and drops "!": "??" is what is left of the exasperation)
        r"how (?:is|are|was|does|did|can|come) [^?]{0,80} when [^?]*\?\?",
        r"ever (?:going to be|gonna be|getting|be) (?:fixed|sorted|repaired|replaced|answered"
        r"|refunded)",
        # rules-37: "is the Firefox extension ever going to remember I'm signed in"
        r"(?:is|are) (?:the|your|it|this|that|my) (?:\S+ ){0,3}?ever (?:going to|gonna) (?:work"
        r"|remember|load|sync|connect|arrive|turn up|get here|be ready)",
        # rules-37: "I've been 'next week' since Halloween", "told 'tomorrow' for a fortnight"
        r"(?:been|told|heard) ['‘\"“]?(?:next week|tomorrow|soon|monday|friday|end of the week"
        r"|this week|any day now)['’\"”]? (?:since|for (?:a (?:week|fortnight|month)|two weeks"
        r"|three weeks|\d+ (?:days|weeks|months)|over a week|weeks|months))(?![\w'])",
        # rules-37: "Sort the app @x and you're perfect"
        r"(?:sort|fix) (?:out )?(?:the|your|ur) (?:\S+ ){1,3}?and (?:you'?re|you are|you'?d be"
        r"|you'?ll be|it'?s|it'?d be|it would be) (?:\S+ )?(?:perfect|golden|unbeatable|10/10"
        r"|flawless|faultless|the best)",
        # rules-37: "bit sad they've stopped doing the video calls", a thing the customer
        # valued gone (not "great news, they've stopped selling plastic bottles")
        r"(?:sad|shame|pity|gutted|sadly|miss|missing|annoying|disappointed|why) (?:\S+ ){0,4}?"
        r"(?:they'?ve|you'?ve|they have|you have|u'?ve|have you|have they) (?:\S+ )?stopped"
        r" (?:doing|offering|selling|stocking|making|sending|serving|running|opening)(?![\w'])",
        *CHASED,
        *RHETORICAL,
        # rules-33: "the new booking site is a step backwards" (3 readable rows, all complaints)
        r"(?:a )?step backwards?|backwards step",
        # rules-35: a promised day long past ("'ready friday' was two fridays ago")
        r"(?:ready|due|promised|meant to be|supposed to be|by) (?:\S+ ){0,6}?(?:(?:that|which) )?"
        r"(?:was|were) (?:two|three|four|\d+) (?:mondays|tuesdays|wednesdays|thursdays|fridays"
        r"|saturdays|sundays|weekends) ago",
        r"used to be (?:so |really |much |a lot |way )?(?:good|great|better|nice|lovely|decent"
        r"|reliable|amazing|my|the|loaded|bigger|cheaper|quicker|faster|proper|consistent|fine)",
        r"not the usual|not (?:up to )?(?:the |their |your |its )?usual (?:standard|vibe|quality)"
        r"|not (?:\S+ )?finest|off day|below par|not (?:\w+ )?what it (?:was|used to be)"
        r"|gone (?:right )?downhill|going downhill|standards? (?:have |has )?(?:slipped|dropped"
        r"|gone)|quality (?:has |have )?(?:dropped|gone down|slipped|declined)|not as good as"
        r"|shrunk|shrinkflation|half the size|(?:got|gotten|getting|are|is|look|looks|looking|seem"
        r"|seems) (?:\w+ )?smaller",
        r"(?:hate to|sorry to|don'?t want to|not to|feel bad|i know i'?m) (?:\w+ )?(?:moan|moaning"
        r"|complain|complaining|whinge|whinging|be that person|be a pain)",
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
        r"appreciate (?:being (?:put on hold|on hold|ignored|kept waiting|charged|talked down to"
        r"|patroni[sz]ed|told off|lied to)|waiting|paying|wasting|sitting)",
        r"cool cool|just great|just perfect|just brilliant|yeah right|so much for"
        r"|thanks for wasting",
        # rules-35 (the twelfth week set): "Spend £600 and you get... a free shoe horn. Honestly
        # don't know how they can afford to spoil us like this", "10/10 would recommend sitting
        # 50 mins past your slot", "… a square metre of bubble wrap. The planet thanks you."
        r"(?:don'?t|do not|dunno|not sure) (?:\S+ )?how (?:they|you|u) (?:can )?afford to (?:spoil"
        r"|treat|pamper)",
        r"would recommend (?:sitting|waiting|queuing|queueing|standing) (?:\S+ )?\d+ (?:mins?"
        r"|minutes|hours?|hrs?)",
        r"(?:the planet|the environment|mother earth) thanks? (?:you|u)(?![\w'])(?! for)",
    ),
}

# --- weak cues: half a point each; need company (another cue or negative sentiment) ---
WEAK_CUES = (
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
    # (rules-35: not "these days", as often a price asked as a gripe: 11 readable questions, 10
    # complaints, "how much is a 30 min at tidewell these days, still £38")
    r"(?:hours|forever|ages|weeks|(?<!these )days|slow|slowest|sluggish|expensive|out of stock"
    r"|sold out"
    r"|smell|smells|smelled|smelt|stinks|stank|tiny|are you aware|bill says|app says|it says)",
    r"(?:for|over|in) the (?:past|last) (?:\w+ )?(?:days|hours|weeks|months|minutes|year)",
    r"(?:allergic|allergy|allergies|intolerant|intolerance|coeliac|celiac|anaphyla\w*|dairy free"
    r"|gluten free|nut free)",
    rf"{MONEY} (?:for|on) (?:a|an|one|two|the|\d+|some|that|this|top)"
    rf"|{MONEY} (?:more|extra|dearer|increase|rise)|more expensive|dearer|pricier",
    r"(?:ran|run|running|runs|sold) out (?:of|at|by|before|again|already)|(?:nothing|none|no \w+)"
    r" left|gave up|walked out|went elsewhere|go elsewhere|moan|moaning|whinge|gripe|one off"
    r"|chaos|chaotic|mayhem|pandemonium",
    # rules-37 (the fourteenth week set): "Bit gutted tbh", "every one of my dahlias is
    # flattened", "used to love seeing…", "used to have a proper padded bench, now…"
    # (not the fishmonger's "gutted and filleted", nor "gutted I missed it")
    r"(?:bit|so|proper|absolutely|really|totally|honestly|properly|well) gutted(?! (?:i|we)"
    r" (?:didn'?t|missed|forgot|couldn'?t)| to (?:miss|have missed))"
    r"|(?:is|are|was|were|got|been|left) (?:all |completely |totally )?(?:flattened|trampled)"
    r"|used to love"
    r"|used to (?:have|get|do|sell|offer|stock|give|include) (?!to )(?:\S+ ){1,6}?now (?:it'?s"
    r"|its|it is|there'?s|they'?re|we get|you get|just|only)(?![\w'])",
    r"(?:usually|normally) (?:so |really |very |much |always )?(?:good|great|clean|quick|fast"
    r"|reliable|perfect|lovely|nice|spot on|consistent|friendly|better)",
)

GUARD_RESOLVED = (
    r"(?:thanks|thank you|thx|cheers|ty) (?:so much |very much |again )?(?:for (?:sorting"
    r"|fixing|resolving|the help|your help|all your help|helping|the quick|the fast|getting back"
    r"|looking into|replying|the update|the reply|the response|the refund|refunding|sending"
    r"|checking|your patience|the free|being)|,? it'?s (?:working|back|fixed|sorted))",
    r"(?:it'?s|its|is|are|all|now|been|got it) (?:all )?(?:working|back up|back on|fixed|sorted"
    r"|resolved)(?: now)?",
    r"problem solved|no (?:problem|problems|issues|complaints|worries|hassle)|zero issues",
    r"never (?:had|have) (?:a|any) (?:problem|issue)s?",
    r"why can'?t (?:every|all|more|other)\w* (?:\w+ ){0,2}?(?:be|work|run|do) like",
    # rules-31: a fix told as done on the spot or by a time ("swapped it there and then",
    # "fixed and reissued by lunchtime", "met me at the door with a new one by 7:52")
    r"(?:sorted|swapped|fixed|replaced|refunded|changed|exchanged|resolved|put (?:it|them)"
    r" back) (?:\S+ ){0,5}?(?:there and then|then and there)"
    r"|(?:built|made|fitted|added|did) (?:\S+ ){1,4}?to (?:sort|fix) (?:it|that|this) there and"
    r" then|(?:fixed|corrected|amended) and (?:reissued|resent|re-sent|sent back) (?:by|within"
    r"|in)|(?:with|had|brought) a (?:new|replacement|spare) (?:one )?(?:by|within|in) (?:\d"
    r"|ten|five|twenty|an hour|half an hour)",
)
# why one uses the brand now (rules-38), and no new fault after it
_WHY_I_USE = (
    r"(?:(?:i|we|she|he|they|gran|nan|mum|mom|dad) (?:only |now |still |always |happily )?(?:go"
    r"|goes|use|uses|hire|hires|shop|book|books|buy|buys|stick with|swear by|has her|has his|get"
    r" my|get our|pay)|(?:i'?m|im|i am|we'?re|we are) (?:\S+ )?happy)(?![\w'])"
    r"(?! (?:\S+ ){0,12}?(?:but|though|today|this time|yesterday)(?![\w']))"
)
GUARD_NOT_THEIRS = (
    r"my (?:own )?fault|not (?:\w+'?s|their|your|his|her) fault|my bad"
    r"|i (?:dropped|broke|lost|forgot|spilled|spilt)|my (?:\d+ ?yo |\d+ year old )?(?:dog|cat"
    r"|kid|kids|son|daughter|toddler|baby|\d+ ?yo|husband|wife|partner|mate|flatmate)"
    r" (?:ate|broke|dropped|chewed|stole|nicked|spilled|spilt)|at least"
    # rules-38 (the sixteenth week set): a bad time told as the reason one uses the brand
    # now ("Why I only hire from Hitchwell now … Back in 2009 a trailer from some cowboy
    # outfit shed a wheel", "which is why I go there now",
    # "Part of why I'm happy paying more for Longfurrow"); not "that's why I stopped going"
    # (rules-38 review: not "that's why i use @pipeco, but today he flooded my kitchen")
    rf"|(?:which is |that'?s |that is |thats |and that'?s |part of )why {_WHY_I_USE}",
    # the same as a title, the post's first word (literal-led, so the trie jumps to it)
    rf"why(?<=^ why) {_WHY_I_USE}",
)
GUARD_NEWS = (
    r"rt @\w+|according to|report|reports|reportedly|says|announces?|announced|unveil\w*"
    r"|launch(?:es|ed)?|shares|stock|fined|lays? off|laying off|layoffs|job cuts|hiring"
    r"|apply|ceo|breaking|via @\w+|(?<!have )(?<!had )(?<!has )(?<!need )(?<!want )(?<!going )"
    r"to (?:close|cut|raise|axe|shut)",
)
PRONOUN = (
    r"i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|we've|us|our|ours|you|you're|youre"
    r"|your|yours|u|ur",
)

# what a customer asks to do in a plain question ("can I cancel my plan and switch to
# annual?"): a request, not the intent-to-leave cue it is in a statement
REQUEST = (
    r"cancel(?:l?ing)? my|switch(?:ing)? (?:to|from|my|over)|change my|move my|swap my"
    r"|upgrade my|downgrade my|pause my|freeze my",
)
