"""Phrase cues of the ``churn`` urgency class: a customer leaving for a rival, or after years.

Why a module of its own: churn is the one class that is high value but not urgent, its cues
grow with every week set (a rival named a new way: "opened a trade account with…", "not
renewing after 5 seasons", "that's us done"), and they need their own word lists (what a
booking is moved to inside the brand, what one is "done with" that is no business). The
fragments follow the rules of ``urgency_cues`` (whole words on the word view, no leading or
trailing space, fixed-width lookbehinds); ``urgency_cues.URGENCY_CUES`` joins them to
``urgency_families.churn`` and ``churn_direction`` drops a move *to* the brand.
Bump ``RULES_VERSION`` in ``listener.scoring.sentiment`` after any change.
"""

from __future__ import annotations

from listener.scoring.urgency_words import PEOPLE_ALONG as _ALONG

# what people are "done with" that is not a business ("done with work, off to @cafe")
_NOT_A_BRAND = (
    r"(?:work|school|uni|college|exams?|it|this|that|the|my|our|today|lunch|dinner|shift"
    r"|homework|training|chores|errands|him|her|them|people|winter|summer|mondays?|that'?s)"
)

# Where a booking or a detail is moved inside the brand: a day, a date, a time, a slot, the
# customer's own details ("move my appointment to thursday", "to the 14th", "to my new email").
_DET = r"(?:my|our|all my|everything|both|the)"
_MOVED_WITHIN = (
    r"(?:(?:the|a|an|my|our|your|next|this|that|another|other|same|earlier|later|following) )?"
    r"(?:\d\S*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|tomorrow|today|tonight"
    r"|later|earlier|next|morning|afternoon|evening|weekend|week|day|date|time|slot|jan\w*"
    r"|feb\w*|mar|march|apr\w*|may|june?|july?|aug\w*|sep\w*|sept|oct\w*|nov\w*|dec\w*"
    r"|new|married|maiden|name|email|address|card|account|phone|number|other|same|first|last"
    r"|second|one|front|back|end|start|top|bottom|annual|monthly)"
)

CHURN = (
    r"(?:(?:i'?m|we'?re|i am|am|i'?ve|we'?ve|have|just|finally|and|now) (?:\S+ )?(?:moving|moved)"
    r"|switch(?:ing|ed)?|porting|ported|defecting"
    r"|defected) (?:over )?(?:from (?:\S+ ){1,3}?)?to (?!(?:the|a|an|my|your|our|you|it|us"
    r"|him|her|them|@\S+|off-peak|credit|prepay|dark|light|annual|monthly|yearly|card|paperless"
    r"|direct|online|e-?billing|premium|pro|basic|plus|family|student|business|standard"
    r"|unlimited|sim-only|payg|digital|fibre|contactless|apple|google|this|that|another plan"
    # a change of the customer's own life or plan, not of supplier: "I'm moving to shift
    # work", "switch to full access mid-contract", "moving to part-time hours"
    r"|a new plan|full|shift|shifts|part-?time|full-?time|nights?|days?|weekends?|evenings?"
    r"|remote|hybrid)(?![\w']))(?!\S+ (?:plan|plans|tariff|bundle|package|tier|membership"
    r"|subscription|option|version|account)(?![\w']))\S+"
    r"|(?:switching|switched|moving|moved|going|went|taking|took|gone) (?:\S+ ){0,6}?(?:to"
    r" )?(?:a |an )?(?:different|another|other|new) (?:provider|supplier|bank|gym|airline"
    r"|practice|salon|barber|shop|place|vet|mechanic|workshop|café|cafe|app|lot|co-op)"
    r"|(?:leaving|left|quit|quitting|cancel\w*|deleted|deleting|moved|switched|done with|out"
    r"|off|goodbye|signed up|joined) (?:\S+ ){0,8}?after (?:\S+ )?(?:\d+|a|two|three|four|five"
    r"|six|seven|eight|nine|ten|many|so many) (?:\S+ )?(?:years?|yrs|decade)"
    r"|after (?:\S+ ){0,2}?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|many|so many)"
    r" (?:\S+ ){0,1}?(?:years?|yrs|decade) (?:\S+ ){0,10}?(?:leaving|left|i'?m out|i'?m off"
    r"|switch\w*|moving|moved|cancel\w*|quit|done|goodbye|porting|taking|lost|joined"
    r"|signed up|instead)"
    r"|(?:lost|losing) (?:a|me as a|another|one|a loyal|a long) (?:\S+ )?customer"
    # the custom moved ("taking my business elsewhere", "moving my prescriptions to Boots");
    # not a booking moved to a day or a time, nor a detail changed inside the brand ("can you
    # move my appointment to thursday", "move my certificate to my married name")
    rf"|you'?ve lost me|lost me over|(?:(?:taking|take) {_DET} {_ALONG}|(?:moving|moved|move)"
    rf" {_DET} )(?:\S+ ){{0,3}}?(?:business|money|custom|£+|everything|bikes?|dogs|cats|pets)?"
    rf" ?(?:to(?! {_MOVED_WITHIN}(?![\w']))|elsewhere)"
    r"|(?:taking|take) (?:\S+ ){0,4}?elsewhere"
    r"|(?:my|the) (?:\S+ )?goes (?:there|elsewhere) now|where my (?:£+|money) goes now"
    r"|deleted (?:the )?(?:@\S+|app|\S+ app)|deleting (?:the )?(?:@\S+|app|\S+ app)"
    r"|(?:joined|registered with|signed up (?:\S+ ){0,5}?(?:at|with)) (?:the |a )?(?:new|another"
    r"|different|other)|found a (?:\S+ ){0,3}?(?:barber|hairdresser|mechanic|gym|vet|practice"
    r"|provider|supplier|place|shop|salon|café|cafe|garage|bank) (?:\S+ ){0,3}?(?:who|that|round"
    r"|near|instead|down|for)|goodbye @\S+|(?:flying|driving|banking|ordering|shopping"
    r"|training|eating) (?:with )?(?!app |apps |details |online |website |login |portal |card "
    r"|here |there |it |this |that )\S+ (?:instead|now|from now on)"
    # rules-31: a rival's name of several words ("I've been ordering from Black Sheep Wools
    # instead")
    r"|(?:ordering|buying|shopping|getting \S+|booking"
    # rules-32: "Just ordered from Simba instead", and a move told after the years ("4 yrs
    # with @lidandwheel and that's me done. Moving to Bin Butlers from July", "Nine years with
    # Ledgerwood & Pike. Signed the engagement letter with Crunch")
    r"|ordered|bought|shopped|booked) from (?!(?:you|them|here|there|your|the|a|an|my|our)"
    r"(?![\w']))(?:(?!amazon)\S+ ){1,4}?instead"
    # rules-33 (the eleventh week set): "I'll be spending my money at Corbridge and the
    # Tynemouth market from now on", "just signed up at sk:n in town instead"
    r"|(?:spending|spend) (?:my|our) (?:money|cash|pennies) (?:elsewhere|(?:at|with|in)"
    r" (?!(?:your|you|the|@\S+|my|our)(?![\w']))(?:\S+ ){1,8}?(?:from now on|instead))"
    r"|(?:signed up|joined|registered) (?:at|with) (?!(?:you|them|your|my|our|the|a|an|work)"
    r"(?![\w']))(?:\S+ ){1,4}?instead"
    r"|(?:years|yrs) with (?:\S+ ){0,15}?(?:moving|moved|switching|switched|signed|signing"
    r"|joined|joining) (?:\S+ ){0,3}?(?:to|with) (?!(?:the|a|an|my|your|our|you|it|us|them"
    r"|@\S+)(?![\w']))\S+"
    # rules-37 (the fourteenth week set): the years named with the brand's handle or name,
    # then the custom moved ("4 years of first-friday karaoke with the office at @x and this
    # month we've moved it to Lucky Voice", "5 years on @x … moved everyone to Bitwarden");
    # not moved to a day or a slot ("moved it to friday")
    # (the customer's own move, not "they moved us to Studio 2", "we moved it to Whitsun")
    r"|(?:years|yrs) (?:\S+ ){0,6}?(?:with|on|at) (?:@\S+|brandname) (?:\S+ ){0,15}?(?<!they )"
    r"(?<!they've )(?<!theyve )(?<!have )(?<!has )(?<!he )(?<!she )(?<!you )(?<!you've )(?<!staff )"
    r"(?<!management )(?:moved|switched) (?:it|everyone|everybody|the lot"
    r"|the whole \S+|all \S+ \S+) to (?!(?:the|a|an|my|your|our|you|it|us|them|@\S+|room"
    r"|studio|row|floor|level|court|lane|pitch|table|booth|upstairs|downstairs|zoom|teams|online"
    r"|whitsun|easter|christmas|xmas|spring|summer|autumn|winter|half term|new year|ours|mine"
    rf")(?![\w'])|{_MOVED_WITHIN}(?![\w']))\S+"
    # rules-35 (the twelfth week set): "as of today we've opened a trade account with
    # Cartridge People", "Not renewing my winter league entry after 5 seasons", "9 yrs of
    # school shoes … and I think that's us done" (not "that's me done for the day")
    r"|(?:opened|opening) (?:a|an) (?:\S+ )?account with (?!(?:you|your|us|them|my|our|his|her"
    r"|their|ease|no|just|only|the (?:kids|children|family|wife|husband)|@\S+|[£$€]?\d\S*)"
    r"(?![\w']))"
    r"\S+|(?<!is )(?<!its )(?<!it's )(?<!was )(?<!membership )(?<!sub )(?<!plan )(?<!subscription )"
    r"(?<!card )(?<!pass )(?<!policy )not renewing(?! automatically| properly)|won'?t be renewing"
    r"|no longer renewing"
    r"|(?:(?:years|yrs|seasons) (?:\S+ ){0,12}?|(?:think|reckon|afraid|sadly|honestly|guess) )"
    r"that'?s (?:us|me) done(?! for| till| until| now"
    r"| today| tonight)"
    r"|clos(?:e|ing|ed) (?:my|our|all my|both|the|all) (?:\S+ ){0,2}?accounts?"
    r"|mov(?:e|ing|ed) (?:my|our) (?:\S+ ){0,2}?(?:mortgage|savings|current account|account|isa"
    r"|salary|pension|business|car|cars|van|vans) (?:\S+ ){0,2}?(?:to|elsewhere|over)"
    r"|(?:next time|from now on) (?:\S+ ){0,3}?(?:we'?ll|i'?ll|i will|we will|i'?m"
    r"|we'?re) (?:\S+ ){0,2}?"
    r"(?:stay|staying|book|booking|go|going|use|using|order|ordering|buy|buying|shop|shopping)"
    r"|(?:stay|staying|book|booking|order|ordering|buy|buying|shop|shopping|bank|banking)"
    r" (?:\S+ ){0,3}?elsewhere|(?:another|a different|a new) (?:garage|mechanic|hotel|bookshop"
    r"|bank|provider|supplier|gym|salon|vet|practice)"
    r"|switch(?:ing|ed)? (?:banks|providers|suppliers|garages|hotels|gyms|networks|energy)"
    r"|switch(?:ing|ed)? (?:my |our )?(?:\S+ )?(?:account|mortgage|isa|savings) (?:\S+ )?to"
    r"|(?:stay|staying|book|booking|go|going|bank|banking|shop|shopping) (?:\S+ ){0,3}?somewhere"
    r" else"
    r"|won'?t be (?:\S+ )?(?:back|returning|staying|coming back|using you)"
    r"|never (?:staying|using|booking|banking|shopping|buying|ordering) (?:\S+ ){0,3}?again"
    r"(?= (?:\S+ ){0,10}?(?:booked|booking|going to|gone to|switch\w*|moved|moving|from now on"
    r"|instead|elsewhere|somewhere else|(?:ordering|order|ordered|using) (?:from|with)))"
    # leaving now, still to be won back ("cancelling my Plus sub"); "cancelled my sub and you
    # still charged me" is the payment fault, "cancelling my order" is not leaving, and "how do
    # I cancel my subscription?" asks how (the answer is the help, not a save attempt)
    r"|(?<!do i )(?<!can i )(?<!do we )(?<!can we )(?<!how to )(?<!how )cancel(?:l?ing)? (?:my|our)"
    r" (?:\S+ ){0,2}?(?:account|membership|subscription|sub"
    r"|contract|plan)(?! (?:(?:to|for)(?![\w'])|and (?:re|switch|get|go)))"
    r"|done with @\S+|(?:i'?m|i am|we'?re|we are|that'?s it|officially|finally|totally|so) done"
    # (rules-35: not what a thing was done with, "my lobes were done with a gun at 13")
    rf" with (?!{_NOT_A_BRAND} )(?!an? (?!(?:bank|company|firm|provider|business|gym|app|service"
    r"|shop|place|network|supplier)(?![\w'])))\S+"
    r"|(?:going|go|moving|off) to (?:\S+ ){1,4}?"
    r"instead|(?:going|switching|moving|flying|booking|buying|shopping|banking) (?:\S+ ){0,5}?"
    # (rules-35: not a way of booking, "online booking for kids fittings instead of ringing up")
    r"(?:from now on|instead(?! of (?:ringing|calling|phoning|emailing|texting"
    r"|queuing|queueing|going in|coming in|walking in)))|(?:it is|is it) then"
)
