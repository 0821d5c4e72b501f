"""Compositional urgency rules: a concept near another concept, for any trade's wording.

Why a second layer beside the phrase cues of ``listener.scoring.urgency_cues``: a phrase
list only finds the wordings someone thought of ("charged twice"), and a customer of a
trade the rules were not written for says "got charged two times", "the money came out
three times" or "the fare was taken twice". Each rule here names two small concept sets
and a short word window between them, so every member of one set combines with every
member of the other:

- payment: a money movement (charged, billed, debited, payment, transaction, money, £12)
  then, within a few words, a repeat (twice, two times, x2, double) or an anomaly
  (without my permission, for something I never ordered, the wrong amount); or a refund
  the customer has not had yet.
- security: an impersonator (a fake/copycat/cloned account, someone "saying they're from"
  the brand), a request for a credential (card number, CVV, one-time code, password) with
  a sign it came from a stranger (a DM, a text, a link, "someone"), or an account taken
  over (someone changed my password, my account was taken over).
- safety: a dangerous failure (gas leak, smoke, sparks, snapped, came loose, flew off,
  brakes that do not work) of something the business repaired, serviced or fitted
  ("the boiler you repaired", "after the service"), or of a part whose failure hurts
  people (brakes, steering, wheel, ladder, railing) wherever it happens.

The windows are short (a clause, not the whole post) because a mention that names money
in one sentence and "twice" in another is usually not a double charge, and every false
alert wakes somebody up. Guards in the windows keep hypotheticals and quality problems
out ("I'd pay twice the price", "took twice as long", "the payment failed twice").
The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no
leading or trailing space, fixed-width lookbehinds) and are compiled with them.
"""

from __future__ import annotations

from listener.scoring.urgency_words import W as _W

# --- payment ---------------------------------------------------------------------------
# Something left the customer's account. Not "pay", "take" or "charge" (present tense asks
# about a price: "do you charge twice for delivery?"), not "took" (took it back twice).
_MONEY_MOVED = (
    r"(?:charged|charging|overcharged|billed|debited|deducted|withdrawn|paid|payment|payments"
    r"|transaction|transactions|direct debit|direct debits|dd|dds|money|fare|deposit|rent|premium"
    # not a limit told three times ("said my max was £1,500 three times")
    r"|(?<!max was )(?<!max is )(?<!budget was )(?<!budget is )(?<!max of )(?<!budget of )"
    r"(?<!limit was )(?<!limit of )(?:£|\$|€)\S*|(?:came|went|gone) (?:out|through))"
)
# money that left the customer: for "after I'd cancelled" and "while I was exempt"
_MONEY_LEFT = (
    r"(?:charged|charging|billed|debited|deducted|renewed|auto-renewed|payment"
    r"|left my account|came out|went out|(?:£|\$|€)\S*)"
)
# a word between the two that makes it a failed attempt or a wish, not a repeat, nor
# (rules-23) a checkout's page ("dumped my basket at the payment page three times")
_NOT_TAKEN = (
    r"(?:(?!(?:failed|declined|rejected|bounced|if|would|i'?d|wouldn'?t|didn'?t|won'?t|could"
    r"|as|than|to|asked|page|screen|button|form|step) )\S+ )"
)
_REPEAT = (
    r"(?:twice|two times|2 times|three times|3 times|four times|multiple times|several times"
    # (rules-32: not "£900 for a double", a bed or a room)
    r"|x2|x3|2x|3x|x 2|(?<! a )(?<! the )double)"
    r"(?! (?:the|as|a|an|my|what|over|per|each|every|than|more|less|in a|at once|now)(?![\w']))"
)
_PAYMENT_NOUN = (
    r"(?:charges|payments|transactions|debits|direct debits|dds|deductions|withdrawals|charge"
    r"|payment|transaction|debit|deduction|withdrawal|charged|billed|debited)"
)
_NEVER_ORDERED = (
    r"(?:i|we) (?:never|didn'?t|did not|haven'?t|have not|hadn'?t|had not) (?:even |ever )?"
    r"(?:order|ordered|place|placed|make|made|buy|bought|book|booked|authori[sz]e|authori[sz]ed"
    r"|sign up|signed up|agree|agreed|use|used|request|requested)"
)
_REFUND = r"(?:refund|refunds|money back|reimbursement|deposit back)"

PAYMENT_COMPOSED = (
    # a money movement, then a repeat: "got charged two times", "money came out three times"
    rf"{_MONEY_MOVED} {_NOT_TAKEN}{{0,4}}?{_REPEAT}"
    # a repeat or duplicate before the movement: "double-charged", "two identical payments"
    rf"|(?:double|duplicate|duplicated|identical) {_W}{{0,2}}?{_PAYMENT_NOUN}"
    r"|(?<!into )(?<!split )(?:multiple|several) (?:charges|payments|transactions|debits)"
    r"|twice (?:charged|billed|debited)"
    r"|double-(?:charged|billed|debited|charging|billing|charge|payment)"
    rf"|(?<!in )(?<!into )(?<!split )(?:two|2) (?:identical |separate |lots of |x )?"
    r"(?:charges|payments|transactions|debits|direct debits|deductions|withdrawals)"
    r"(?! (?:of|a|per|each|left|remaining|due|to go|for (?:the |our |my )?(?:two|both|2|each)"
    r"|(?:\S+ ){0,3}?one (?:each|for))(?![\w']))"
    r"|(?:took|taken|take) (?:it|the money|the payment|payment|my money) again"
    # rules-31 (the ninth week set): one sum told once, then "there it is again at 06:04,
    # same ref" (23 readable rows say "again at" a clock time after money moved: all payment)
    # (not "paid the £180 at 06:02, will be in again at 9 30": what is "again" is taken)
    rf"|{_MONEY_MOVED} {_W}{{0,24}}?(?:and|then|out|through|it|is|there|taken|charged|debited"
    r"|billed|£\S*|\d\S*) again (?:\S+ ){0,2}?at \d{1,2} \d\d(?![\w'])(?! (?:\S+ ){0,3}?(?:for"
    r" (?:my|his|her|our|the other|a second|another)|when (?:i|we) came back))"
    rf"|{_MONEY_MOVED} {_W}{{0,24}}?again (?:\S+ ){{0,6}}?same (?:ref|reference)(?![\w'])"
    # rules-32: "-£55.00 at 16:42 and the exact same line at 16:43"
    r"|at \d{1,2} \d\d (?:\S+ ){0,6}?(?:the )?(?:exact |identical )?same (?:line|entry"
    r"|transaction|debit|charge|payment|amount|sum) (?:\S+ ){0,3}?at \d{1,2} \d\d(?![\w'])"
    r"(?! (?:\S+ ){0,3}?(?:for (?:my|his|her|our|the other|a second|another)|when (?:i|we)"
    r" came back))"
    # charged for something never ordered or done, or without consent
    rf"|{_MONEY_MOVED} {_W}{{0,14}}?{_NEVER_ORDERED}"
    rf"|{_MONEY_MOVED} {_W}{{0,14}}?never (?:ordered|bought|booked|signed up|authori[sz]ed)"
    # a checkout that failed but still took the money
    r"|(?:crashed|failed|errored|error|froze|timed out|didn'?t go through) (?:\S+ ){0,6}?(?:but"
    r"|and|yet) (?:\S+ ){0,3}?(?:came out|went out|was taken|were taken|got taken|charged"
    r"|debited|taken)"
    # still taken after cancelling: "cancelled in October, renewed in November AND December"
    r"|(?:cancelled|canceled|ended|terminated|withdrawn) (?:\S+ ){0,16}?(?:renewed|auto-renewed"
    r"|still (?:comes|coming|came|goes|going|went) out|still being (?:taken|charged)"
    r"|still (?:taking|charging|charged|billing|billed|debiting))"
    rf"|{_NEVER_ORDERED} {_W}{{0,8}}?(?:charged|billed|debited|taken|payment|transaction|£\S*)"
    rf"|{_MONEY_MOVED} {_W}{{0,4}}?without (?:any |my |our |asking |ever )?(?:permission|consent"
    r"|authori[sz]ation|agreement|asking|ordering|an order|booking|placing|my say|notice)"
    rf"|(?:charged|billed|invoiced|debited) {_W}{{0,8}}?(?:that|which) (?:never|didn'?t|did not"
    r"|wasn'?t|weren'?t|was never|were never) (?:\S+ )?(?:happen|happened|take place|took place"
    r"|done|carried out|delivered|provided|attempted|made|sent|shipped|used|given)"
    r"|(?:charged|billed|debited|refunded|took|taken) (?:\S+ ){0,3}?the wrong (?:amount|card"
    r"|account|price)"
    # the same sum taken through two channels, or owed back
    r"|(?:also|both) (?:took|taken|charged|billed|debited) (?:it|them|the|my|us|me)"
    r"(?! (?:trouble|time|care|effort|opportunity|chance|kids|dog)(?![\w']))"
    r"|(?:one|either) of (?:those|them|the (?:payments|charges)) back"
    rf"|{_MONEY_LEFT} {_W}{{0,10}}?(?:i'?d|we'?d|i had|we had|i'?ve|we'?ve|already|after|since"
    r"|despite|though) (?:\S+ )?(?:cancelled|canceled|withdrawn|withdrew|terminated|closed"
    r"|ended|switched away)"
    rf"|{_MONEY_LEFT} {_W}{{0,8}}?(?:i'?m|i am|we'?re|we are|i was|we were) exempt"
    r"|(?:charged|billed|debited) (?:\S+ ){0,12}?(?:and|&) again (?:on|for|the"
    r"|a|with)"
    r"|(?:still |now )?owes? (?:me|us) (?:£|\$|€)\S*"
    # a payout sent that never landed
    r"|(?:payment|money|transfer|payout|settlement|refund|funds) (?:\S+ ){0,12}?nothing"
    r" (?:has )?(?:\S+ )?(?:in|into|on) (?:my|our) (?:\S+ )?account"
    # a refund the customer has not had
    r"|(?:(?:never|haven'?t|have not|hasn'?t|has not|still not|still haven'?t|not yet) (?:yet "
    r"|even )?"
    r"(?:got|had|received|seen|been given)|yet to (?:get|receive|see)) (?:my|the|our|a|any|that) "
    rf"(?:\S+ )?{_REFUND}"
    rf"|(?:waiting|waited) {_W}{{0,4}}?(?:weeks|days|months|a month|a week|ages) {_W}{{0,3}}?"
    rf"(?:for|on) {_W}{{0,2}}?{_REFUND}"
    # (the weeks are the time waited, not what was refunded: "refunded £140 for the last four
    # weeks of my course")
    # (not a condition: "get the deposit back if it's more than 8 weeks out", rules-23)
    # (rules-25: nor a refund made, "they did refund, but it's August and every van is gone")
    rf"|(?<!did )(?:{_REFUND}|refunded|refund (?:it|them)|(?:my|the|our) money back"
    r"|(?:£|\$|€)\S* back) (?:(?!(?:if|unless|provided) )\S+ ){0,12}?(?<!last )(?<!the )"
    r"(?<!remaining )(?<!final )(?<!unused )(?<!missed )(?<!first )(?<!extra )(?<!next )"
    r"(?:that was|it'?s been"
    r"|it has been|it'?s now|it'?s|now over|over|nearly|almost|\d+|two|three|four|five|six"
    r"|a few) (?:\S+ ){0,2}?(?:weeks|months|a month|november|december"
    r"|january|february|march|april|may|june|july|august|september|october)"
    r"(?! (?:\S+ )?notice| later)(?! (?:on |ago )?(?:it|the money|the refund) (?:arrived|came))"
)

SECURITY_COMPOSED = (
    # an impersonating account or message
    r"(?:copycat|copy-?cat|cloned|clone|imposter|impostor|lookalike|look-?alike|bogus|spoofed"
    # (not "fake tan from your website", "fake nails off your site", rules-19)
    r"|scam|fake|phony|phoney) (?!(?:nails?|tan|lashes|eyelashes|reviews?|news|flowers?|plants?"
    r"|fur|leather|trees?|christmas|candles?|snow|smile|tears|blood|tattoos?|grass|fire|logs?"
    rf"|beams?) ){_W}{{0,4}}?(?:account|accounts|page|pages|profile|profiles"
    r"|seller|sellers|shop|store"
    r"|handle|insta|instagram|facebook|tiktok|twitter|dms?|messages?|email|emails|texts?|site"
    r"|website|number|support|helpline|customer service|listing|listings|advert|adverts)"
    r"|(?:account|page|profile|someone|somebody) (?:\S+ ){0,2}?(?:using|copying|with|under)"
    r" (?:your|their|\S+'s) (?:name|logo|photos|branding)"
    r"|(?:using|copying|copied|stole|stolen) (?:your|their|(?:\S+ ){0,3}?\S+'s) (?:logo|photos"
    r"|name and logo"
    r"|branding)"
    r"|(?:saying|claiming|claims|claimed|pretending|posing) (?:they'?re |they are |he'?s |she'?s "
    r"|he is |she is |it'?s "
    r"|it is |they were |he was |she was |it was |to be |as )?(?:\S+ ){0,2}?from (?:@\S+|you"
    r"|your|the official|official|support|customer service|customer support)"
    r"|(?:account|page|profile|dm|dms|email|link|number|@\S+) (?:legit|real|official|genuine)\?"
    r"|(?:account|page|profile|dm|dms|message|text|email|number|link) (?:really|actually|even)"
    r" (?:you|yours|legit|real|official|genuine)(?! (?:good|nice|great|helpful)(?![\w']))"
    r"|(?:instagram|insta|facebook|fb|tiktok|twitter|whatsapp) (?:really |actually )?(?:you|yours"
    r"|legit|real|official)\?"
    r"|(?:won|winner|prize|giveaway) (?:\S+ ){0,8}?(?:need|needs"
    r"|want|wants|asked|asking|ask) (?:\S+ ){0,3}?(?:card|bank|payment|log in|login|sign in)"
    r"|(?:log|logging|sign|signing) in (?:through|via|using|on) (?:it|the link|their link|this link"
    r"|a link|that link)|(?:nearly|almost) fell for (?:it|this|that|the scam)"
    r"|(?:bank transfer|transfer) (?:\S+ ){0,4}?(?:via|over|through|on|by) whatsapp"
    r"|pay (?:by|via|over|on|through) whatsapp"
    r"|(?:email|text|message|letter|invoice|call) (?:\S+ ){0,12}?(?:new|changed|different|updated)"
    r" (?:bank|account|payment) details"
    # a request for a secret, or for card details from a stranger
    # a message from a stranger asking to verify a card or a login
    r"|(?:dm|dms|dmed|dmd|dm'd|messaged|texted|whatsapp|whatsapped|text from|email from|message"
    r" from|call from) (?:\S+ ){0,8}?(?:asking|asked|wanted|wants|told me to|telling me to|to)"
    r" (?:\S+ ){0,2}?(?:verify|confirm|update|re-enter|enter|send|share|give) (?:\S+ ){0,2}?"
    r"(?:card|bank|account|details|login|payment)"
    # an account taken over
    r"|(?:account|acct|profile|login|email|insta|instagram|facebook|page) (?:\S+ ){0,3}?"
    r"(?:taken over|got taken over|was taken over|been taken over|hijacked|broken into"
    r"|accessed by|changed itself|changed on its own)"
    r"|(?:someone|somebody)(?:'s| is| has been| was| had been| got) (?:in|into|inside) (?:my|our)"
    r" (?:\S+ )?account|(?:lock|freeze|block) (?:my|our) account"
    r"|(?:booking|bookings|order|orders|login|logins|device|devices|address) (?:\S+ ){0,4}?"
    r"(?:i|we) (?:don'?t|didn'?t|do not|did not) (?:know|recogni[sz]e)"
    r"|(?:email|bank details|password|details|address|phone number|login|name) (?:\S+ ){0,12}?"
    r"(?:i|we) (?:didn'?t|did not|never) (?:change|changed|touch|touched|update|updated"
    r"|request|requested) (?:anything|it|them|that|a thing|those|my|the|any)"
    r"|(?:dm'?d|dmed|dmd|dm'ed|messaged|texted|emailed|sent) (?:me |us )?(?:a |this |the )?"
    r"(?:\S+ )?link (?:\S+ ){0,12}?(?:locked out|hacked|can'?t (?:log|get) in|drained|emptied"
    r"|password (?:changed|stopped))"
    r"|(?:someone|somebody|a stranger|hackers?|scammers?|fraudsters?) (?:\S+ ){0,3}?(?:changed"
    r"|reset|took over|got into|accessed|logged into|logged in to|broke into|hijacked|emptied"
    r"|drained) (?:\S+ ){0,3}?(?:my|our|his|her|your|their|the) (?:\S+ )?(?:password|email|account"
    r"|login"
    r"|details|number|pin|banking|app)"
    r"|(?:password|email|login|pin|phone number) (?:\S+ ){0,3}?(?:was |got |been |has been )?"
    r"(?:changed|reset) (?:\S+ ){0,6}?(?:not me|wasn'?t me|without|locked out|can'?t get in"
    r"|cannot get in|can'?t log in|didn'?t do)"
)

# --- safety ----------------------------------------------------------------------------
# the business's own work on the thing that failed
_WORKED_ON = (
    r"(?:repaired|fixed|serviced|installed|fitted|replaced|rewired|worked on|mot'?d|mot'?ed"
    r"|overhauled|inspected|checked|adjusted|tightened|assembled|built|put in|put up|mounted"
    r"|hung|reconnected|disconnected|moved|put (?:it|them|the \S+) (?:back )?(?:up|in|on))"
)
# rules-11: a job the business has just finished ("'fresh from its service'", "just back
# from a repair") and its own hire vehicle ("hired the van", "the rental car")
_FRESH = (
    r"(?:fresh|straight|just back|back|just out) (?:out )?(?:from|off|of) (?:its|a|the|their"
    r"|his|her|my|our) (?:\S+ )?(?:service|repair|mot|inspection|overhaul|safety check)"
)
# the business's own hire vehicle: only beside a driving symptom, not "the rental car smelt
# of smoke" (``_DANGER`` has smoke)
_OWN_KIT = (
    r"(?:(?:hired|rented|hire|rental|courtesy|loan) (?:\S+ ){0,3}?(?:car|van|bike|vehicle|truck"
    r"|minibus|scooter|ebike|e-bike|motorbike|motorhome|campervan)|(?:car|van|bike|vehicle"
    r"|truck|minibus|scooter|ebike|e-bike|motorbike|motorhome|campervan) (?:we|i|they|you)"
    r" (?:had )?(?:hired|rented|lent))"
)
_WORK_DONE = (
    rf"(?:{_WORKED_ON}|{_FRESH}|(?:after|since) {_W}{{0,3}}?(?:repair|repairs|repairing|fix"
    r"|fixing|service|servicing|installation|install|installing|fitting|replacement|mot|overhaul"
    r"|inspection|engineer|mechanic|technician|fitter|plumber|electrician))"
)
_AFTER_WORK = (
    rf"(?:(?:after|since|when) {_W}{{0,4}}?(?:repair|repairs|repairing|fix|fixing|service"
    r"|servicing|installation|install|installing|fitting|replacement|mot|overhaul|inspection"
    r"|engineer|mechanic|technician|fitter|plumber|electrician"
    rf"|{_WORKED_ON})"
    rf"|(?:you|you'?ve|you'?d|they|they'?d|@\S+|engineer|mechanic|technician|fitter|plumber"
    rf"|electrician|garage|shop|team|guy|lads?|contractor|builder|builders|installer|roofer"
    rf"|joiner|handyman|tradesman|workmen) (?:just |only |had |have |has |recently |had just )?"
    rf"{_WORKED_ON})"
)
# a failure that can hurt someone
_DANGER = (
    r"(?:leak\w* (?:\S+ )?(?:gas|fuel|petrol|diesel|brake fluid|carbon monoxide)|gas (?:leak\w*"
    r"|smell\w*)|(?:smell\w*|stank|stink\w*|reek\w*) (?:\S+ ){0,2}?(?:gas|burning|fuel|petrol)"
    r"|uncapped|smok(?:e|ed|es|ing)(?! alarm"
    r"| detector)|spark(?:s|ed|ing)?(?! ?plugs?)|caught fire|catching fire|on fire"
    r"|burst into flames|flames"
    # rules-33 (the eleventh week set): a diving regulator that "free-flowed at 22m"; not a
    # car's "free-flow exhaust" or "air filter", nor "free-flowing" traffic or chat
    r"|(?:reg|regs|regulator|regulators|octo|second stage|first stage|primary) (?:\S+ ){0,6}?"
    r"free[- ]?flow(?:ed|s|ing)?(?![\w-])|free[- ]?flow(?:ed|s|ing)? (?:\S+ ){0,4}?at \d+ ?m"
    r"(?![\w'])"
    r"|melted|scorch\w*|overheat\w*|explod\w*|blew (?:up|apart|off)|burst(?! into tears| out)"
    r"|shatter\w*|snapped|sheared|gave way|giving way|collaps\w*|came (?:loose|off|away|undone)"
    r"|coming (?:loose|off|away|undone)|fell (?:off|out|down|through)|flew (?:off|out|apart)"
    # (rules-36: not a signal that drops out again and again, "sky's dropped out every evening
    # since")
    r"|detached|dropped (?:off|out)(?! (?:every|each|again|constantly|whenever|all the time|on"
    r" and off|intermittently|randomly|now and (?:then|again)|during|mid|halfway)(?![\w']))"
    r"|seized|short circuit\w*|shorted|electric shock"
    r"|(?:gave|got|giving|getting) (?:me |him |her |us |them |a )?(?:an )?(?:electric )?shocks?"
    r"|shocked (?:me|him|her|us)|electrocut\w*|(?:is|was|were|are|now|still|left) loose"
    r"|(?:sets?|setting|triggers?|triggered|triggering) (?:off )?(?:the |our |my )?(?:co|carbon"
    r" monoxide|gas) alarm"
    r"|(?:isn'?t|wasn'?t|weren'?t|not) (?:tightened|secured|connected|bolted|fixed on)"
    r"|(?<!not )(?<!isn't )(?<!wasn't )(?<!never )(?:dangerous|unsafe)|nearly (?:killed|crashed"
    r"|died|fell|hit)|almost (?:killed|crashed|died"
    r"|fell|hit)|could have (?:killed|been killed|died|crashed|hurt|injured)|lucky to be alive)"
)
# parts whose failure endangers people wherever it happens
_CRITICAL = (
    r"(?:brake|brakes|handbrake|steering|airbag|airbags|seatbelt|seatbelts|seat belt|harness"
    r"|wheel|wheels|wheel nuts?|lug nuts?|axle|suspension|tyre|tyres|tire|tires|handlebars?"
    r"|front forks?|crank|pedals?|seat ?post|ladder|railing|railings|balcony|banister|bracket"
    r"|scaffold\w*|car seat|cot|crib|high ?chair|smoke alarm|co alarm|carbon monoxide alarm"
    r"|gas valve|flue)"
)
_CRITICAL_FAIL = (
    r"(?:failed|fail|failing|gave out|stopped working|didn'?t work|don'?t work|doesn'?t work"
    r"|do not work|does not work|did not work|not working|won'?t work|locked|jammed|snapped"
    r"|sheared|came off|came loose|fell off|flew off|gave way|collapsed)"
)
# rules-10: symptoms that mean danger only after our own work on the thing ("serviced my
# boiler … now it's banging and the pilot keeps going out", "replaced my brake pads … now the
# brakes are grinding and it pulls to the left", "fitted the socket … buzzing and hot to
# touch"); not "I'm buzzing" (delighted) or a bass "banging"
_THING = (
    r"(?:it|it'?s|is|was|keeps|kept|started|been|now|socket|switch|plug|light|fuse ?box|cable"
    r"|wire|wires|meter|charger|unit|boiler|pipes|radiator|engine|heating|pump|machine|car"
    r"|bike|brakes?|cooker|oven|hob|fan|motor)"
)
_SYMPTOM = (
    r"(?:brakes? (?:\S+ ){0,2}?(?:grinding|squealing|screeching|spongy|soft|not biting|barely"
    r" work\w*|fading)|(?:pulls|pulling|veers|veering|swerves|swerving|drags|dragging)"
    r" (?:\S+ ){0,2}?(?:hard )?(?:to )?(?:the )?(?:left|right|one side)"
    r"|(?:abs|brake|brakes|airbag|steering) (?:warning )?lights? (?:\S+ )?"
    r"(?:on|came on|come on|flashing|lit up|stayed on)"
    r"|(?:pilot|pilot light|flame|flames) (?:\S+ ){0,2}?(?:going|goes|went|keeps going) out"
    r"|(?:yellow|orange|lazy) flames?"
    r"|(?:bang|bangs|banging) (?:noise|noises|sound|sounds)|(?:boiler|pipes|radiator|engine"
    r"|heating|pump|machine|cooker|oven|hob|flue|unit) (?:\S+ )?(?:making )?(?:a |these |loud"
    r" |big )*(?:bang|bangs|banging)"
    rf"|{_THING} (?:\S+ )?(?:buzzing|crackling|fizzing|humming loudly)"
    r"|(?:too )?(?:hot|warm|burning hot) to (?:the )?touch|(?:keeps|kept|started|now) tripping"
    r"|(?:trips|tripped|tripping) (?:the )?(?:\S+ )?(?:fuse|fuses|electrics|switch|breaker|rcd)"
    r"|(?:door|lid|hatch|gate|latch|bonnet|boot) (?:\S+ )?(?:flew|popped|swung|burst|opened|came"
    r"|sprang) open (?:\S+ ){0,2}?(?:mid|during|while|at speed|on the)"
    r"|nearly slipped|almost slipped|could have slipped|water (?:\S+ )?(?:near|into|over|onto)"
    r" (?:the )?(?:socket|sockets|plug|plugs|wiring|fuse ?box|electrics|light))"
)
SAFETY_COMPOSED = (
    rf"{_WORK_DONE} {_W}{{0,12}}?{_SYMPTOM}|{_OWN_KIT} {_W}{{0,12}}?{_SYMPTOM}|"
    rf"{_WORK_DONE} {_W}{{0,10}}?{_DANGER}"
    rf"|{_DANGER} {_W}{{0,10}}?{_AFTER_WORK}"
    rf"|{_CRITICAL} {_W}{{0,4}}?{_CRITICAL_FAIL}(?! (?:\S+ ){{0,2}}?(?:test|check|inspection|mot))"
    # electricity where a hand can meet it
    r"|(?:got|get|getting|gave|giving|had) (?:me |him |her |us |them )?(?:a |an )?(?:\S+ )?"
    r"(?:electric |electrical )?(?:shock|shocks|belt|jolt|zap) (?:off|from) (?:the|it|a|my|our"
    r"|this|that)(?! (?:bill|price|invoice|quote|total|news|cost)(?![\w']))"
    r"|(?:rail|socket|switch|plug|fitting|wire|wires|cable|tap|radiator|casing|light|fence"
    r"|appliance|metal|frame) (?:is|was|are|were) (?:still |now )?live"
    r"|live and neutral (?:\S+ )?(?:swapped|reversed|crossed)"
    r"|(?:co|carbon monoxide|gas) alarm (?:\S+ ){0,3}?(?:went|goes|going|kept|keeps) off"
    r"|no (?:working )?(?:smoke|fire|co|carbon monoxide) alarms?"
    r"|(?:smoke|fire|co) alarms? (?:\S+ ){0,4}?(?:no battery|no batteries|isn'?t (?:even )?there"
    r"|not there|not fitted|never fitted)"
    r"|nerve damage|(?:used )?needles? (?:\S+ ){0,8}?(?:into|in|through) (?:my|his|her|their)"
    r" (?:hand|finger|fingers|skin|arm|leg|foot)|need (?:\S+ )?blood tests?"
    r"|(?:numb|can'?t feel) (?:\S+ ){0,5}?(?:days|weeks) (?:after|later|since)"
    r"|(?:stank|stinks|stinking|reeks|reeked|reeking) of (?:gas|petrol|fuel|burning)|uncapped"
    r"|gas (?:\S+ ){0,3}?left (?:on|open|uncapped|unsealed)"
    r"|(?:closed|shut|slammed|came down) on (?:my|his|her|their|our|a|the) (?:\S+ )?(?:hand|hands"
    r"|finger|fingers|arm|leg|foot|feet|head|child|son|daughter|kid|dog|toddler)"
    # small things in a child's mouth, a battery a child can reach
    r"|(?:flakes|paint|bits|pieces|piece|battery|magnet|magnets|bead|beads|button|part|parts)"
    r" (?:\S+ ){0,2}?in (?:her|his|their|its|my baby'?s|my son'?s|my daughter'?s) mouth"
    r"|button batter(?:y|ies)|how (?:kids|children|babies|toddlers|people|someone) (?:die|dies"
    r"|get killed|gets killed|get hurt)"
    r"|(?:nearly|almost) (?:went|drove|veered|swerved|ran|rolled|slid|crashed|spun) (?:\S+ ){0,2}?"
    r"(?:into|off|under|onto|over)"
    r"|(?:poorly|unwell|ill) (?:after|from) (?:\S+ ){0,3}?(?:eating|batch|food|meal|treats?|tin|bag"
    r"|the same)|cracked (?:a|his|her|my|their|its) (?:molar|tooth|teeth|skull|rib|ribs)"
    r"|(?:tablets|pills|medicine|medication|meds|prescription|insulin|warfarin|inhaler)"
    r" (?:\S+ ){0,2}?in (?:my|your|our|his|her) (?:\S+ )?(?:bag|order|box|delivery|prescription)"
    # medicine: the wrong one, or the wrong amount
    r"|(?:wrong|someone else'?s|double the|twice the) (?:\S+ )?(?:tablets|pills|medicine"
    r"|medication|meds|prescription|dose|dosage|injection|vaccine|drug|drugs|insulin)"
)

# --- the same concepts in Spanish, French, German and Portuguese -------------------------
# A mention in a language Rapport does not score for sentiment still names the same harms;
# a few words per concept find the common wordings ("cobrado dos veces", "odeur de gaz",
# "gibt sich als ... aus"). Accents are kept by the word view.
_CHARGED_FOREIGN = (
    r"(?:cobrado|cobrada|cobrasteis|cobraron|cobró|cargado|cargaron|débité|débitée|débités"
    r"|prélevé|prélevée|prélèvement|facturé|facturée|abgebucht|abgezogen|berechnet|belastet"
    r"|cobrou|cobraram|debitado|debitaram|descontado|descontaram|prélevés|prélevées|débitées"
    r"|facturés|facturées|cobraram-me|cobrou-me|cobraram-nos|cobrados|cobradas)"
)
PAYMENT_FOREIGN = (
    rf"{_CHARGED_FOREIGN} {_W}{{0,8}}?(?:dos veces|deux fois|zweimal|doppelt|duas vezes|en vez de"
    r"|au lieu de|statt|anstatt|em vez de|sin haber|sans avoir|alors que|obwohl|die ich (?:gar )?"
    r"nicht|que (?:no|nunca)|que je n'ai)"
    r"|(?:doppelt|zweimal) (?:\S+ ){0,2}?(?:abgebucht|berechnet|belastet)"
    r"|(?:n'ai jamais|nunca he|nunca pedí|nie|gar nicht|nunca) (?:\S+ ){0,3}?(?:commandé|souscrit"
    r"|pedido|contratado|bestellt|gebucht|pedi|contratei)"
    r"|(?:storniert|gekündigt|kündigung|annulé|annulée|résilié|cancelado|cancelada|cancelé"
    r"|anulado|anulada|terminé) (?:\S+ ){0,10}?(?:trotzdem|alors que|aunque|mesmo assim|quand même"
    rf"|igual|{_CHARGED_FOREIGN})"
    r"|(?:remboursement|reembolso|rückerstattung|erstattung|devolución|geld zurück) (?:\S+ ){0,10}?"
    r"(?:toujours rien|toujours pas|todavía nada|aún no|immer noch nicht|noch nicht|ainda não"
    r"|nada en mi cuenta|rien sur mon compte|sigue sin|sin llegar|no ha llegado|no me ha llegado"
    r"|nunca llegó|pas reçu|jamais reçu|nicht erhalten|nicht angekommen|nunca chegou|não chegou"
    r"|não recebi)"
)
SAFETY_FOREIGN = (
    r"huele a gas|olor a gas|odeur de gaz|sent le gaz|nach gas|gasgeruch|cheiro a gás|fuga de gas"
    r"|fuite de gaz|gasleck|chispas|étincelles|funken|faíscas|descarga eléctrica|une décharge"
    r"|stromschlag|choque elétrico|se cortó|me corté|s'est coupé|s'est coupée|blessé|blessée"
    r"|herido|herida|verletzt|aufgeschnitten|saignent|saigne|sangran|sangra|blutet|urgencias"
    r"|urgences|notaufnahme|krankenhaus|hôpital|brûlures|quemaduras|verbrennungen|blasen"
    r"|ampollas|cloques|(?:trozo|pedazo) de (?:metal|vidrio|cristal|plástico)|morceau de (?:métal"
    r"|verre|plastique)|metallsplitter|glassplitter|glasscherben?|casi me lo trag\w*|failli avaler"
    r"|fast verschluckt|quase engoli|(?:perdu|perdido|perdió) (?:\S+ )?(?:ses |sus |os )?(?:freins"
    r"|frenos|travões)|bremsen (?:\S+ ){0,3}?(?:versagt|ausgefallen)|umgekippt|eingestürzt"
    r"|se derrumbó|effondré|desabou|produit dangereux|lebensgefährlich|intoxicación|intoxication"
    r"|lebensmittelvergiftung|reacción alérgica|réaction allergique|allergische reaktion"
)
SECURITY_FOREIGN = (
    # "golpe" is a scam in Portuguese; "de golpe" is "all of a sudden" in both languages
    r"estafa|arnaque|arnaqueur|betrug|betrüger|(?<!de )golpe|(?:vítima|vitima|vítimas|tentativa"
    r"|caso|tipo) de golpe|se hace pasar|se fait passer|gibt sich"
    r"|faux site|faux compte|faux profil|cuenta falsa|perfil falso|web clon|site clone"
    r"|gefälscht\w*|finge ser|fingiendo ser|se faz passar"
    r"|(?:pidiendo|pide|piden|pedía|demande|demandant|demandé|fragt|verlangt|pedindo|pede)"
    r" (?:\S+ ){0,6}?(?:código|code|bestätigungscode|kartennummer|numéro de carte|número de"
    r" tarjeta|número do cartão|coordonnées bancaires|datos bancarios|bankdaten|mot de passe"
    r"|contraseña|passwort|senha)"
)
