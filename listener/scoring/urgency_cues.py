"""Cue data for the urgency classes in ``listener.scoring.urgency`` (regex fragments).

Each fragment is matched as whole words against the word view built by
``listener.scoring.classify.prepare`` (lower-cased, punctuation turned into spaces, URLs
removed, @handles whole). A fragment must never start or end with a space and a lookbehind
must have a fixed width. ``(?:\\S+ ){0,N}?`` lets a cue span up to N words.

Why so many multi-word cues and so few single words: urgency is rare (a few per hundred
mentions) and a false urgent alert wakes somebody up, so a cue must name the thing itself
(an injury, a second charge, a request for a card number), not a word that also lives in
everyday complaints ("burnt", "cold", "charged", "killing me"). The cues were written on
the TRAIN trades of the labelled corpus only (see ``listener/scoring/data/corpus``). The
compositional rules (a concept near a concept) live in ``listener.scoring.urgency_concepts``
and are joined to these per class in ``URGENCY_CUES``; churn's phrase cues are in
``listener.scoring.churn_cues``.
Bump ``RULES_VERSION`` in ``listener.scoring.sentiment`` after any change.
"""

from __future__ import annotations

from listener.scoring.churn_cues import CHURN
from listener.scoring.urgency_concepts import (
    PAYMENT_COMPOSED,
    PAYMENT_FOREIGN,
    SAFETY_COMPOSED,
    SAFETY_FOREIGN,
    SECURITY_COMPOSED,
    SECURITY_FOREIGN,
)
from listener.scoring.urgency_families import (
    ACCESS_FAMILIES,
    CHURN_FAMILIES,
    LEGAL_FAMILIES,
    PAYMENT_FAMILIES,
    SAFETY_FAMILIES,
    SAFETY_FOREIGN_FAMILIES,
    SECURITY_FAMILIES,
)
from listener.scoring.urgency_words import BACK as _BACK
from listener.scoring.urgency_words import DIGIT as _DIGIT
from listener.scoring.urgency_words import W as _W

_WHO = (
    r"(?:i|we|he|she|they|son|daughter|kid|kids|child|children|baby|toddler|wife|husband"
    r"|partner|mum|mom|dad|mother|father|mate|friend|lady|woman|man|guy|someone|somebody"
    r"|customer|passenger|he'?s|she'?s|nan|grandma|grandad|boy|girl|family|everyone|dog|cat"
    r"|puppy|kitten|pet)"
)
_BODY = (
    r"(?:hand|hands|head|knee|knees|wrist|ankle|arm|leg|shin|foot|feet|finger|fingers|thumb"
    r"|lip|lips|cheek|face|tooth|teeth|neck|"
    rf"{_BACK}|jaw|shoulder|hip|ribs?|nose|ear"
    r"|scalp|forehead|skin|mouth|throat|tongue|chin|elbow|toe|toes|belly|paw)"
)
# not "the": "burnt the ribs", "cut the shin" are a butcher's cuts, not a body
_POSS = r"(?:my|his|her|their|our|your|a)"
_MONEY = rf"(?:£\S*|\$\S*|€\S*|{_DIGIT}\S* (?:quid|pounds|dollars|euros))"
_TOOK = (
    # the lookahead has no word end: "charged another", "charged and charged again" count
    # ("paperless billing and paper bills" is no charge)
    r"(?:(?:charg(?:e|ed|es|ing)|billed|(?<!paperless )billing|debited|debiting|overcharged)"
    r"(?= (?:me|us|my|her|him|his|our|their|£|\$|€|\d|for|again|twice|double|the|a|an|three|3"
    r"|2|x2|both|it))"
    rf"|(?:took|taken|taking|take|takes) (?:{_W}{{0,3}}?)?(?:{_MONEY}|money|payment|a payment"
    r"|the payment|two|the full|full|dd|dds|direct debits?|debits?|it again))"
)

_TOOK_PAST = _TOOK.replace("charg(?:e|ed|es|ing)", "charg(?:ed|ing)|charge(?= (?:me|us|my))")

SAFETY = (
    # allergy, illness, medical help
    r"allergic reactions?(?! to (?:the |your |these |those |that )?(?:price|prices|bill|cost|news"
    r"|queue|music|menu|idea|word|name|smell)s?(?![\w']))|anaphyla\w*|epi ?pens?|epipen"
    r"|food poisoning|poisoned|poisoning"
    r"|sick (?:after|from)|(?:got|getting|feel|feeling|felt|fell|became|made \w+"
    r"|making \w+) (?:\w+ )?(?:sick|ill)(?! (?:at|for|with|leave|day|note|pay))"
    r"|violently ill|being sick"
    # people, not things: "we were all ill", never "the new trampolines are SICK"
    r"|(?:we|they|kids|children|both|family|guests|everyone|twins|boys|girls|people|us|all|dogs"
    r"|cats|pets|them|sons|daughters|parents|friends) (?:were|are) (?:all |both )?(?:\w+ )?"
    r"(?:sick|ill)(?! (?:of|at|for))"
    r"|vomit\w*|throwing up|threw up|diarrh\w*|(?:in|to|into|at|from) (?:the |a )?hospital"
    r"|hospitali[sz]ed|hospital visit|a&e|a and e|emergency room|urgent care|(?<!air )ambulance"
    r"|(?<!like )paramedics?|called 111|called 999|called 911|(?:needed|needing|need|got|had|have"
    rf"|{_DIGIT}\d*"
    r"|six|four|five|three|two) stitches|x-ray|concussion|seizures?"
    # antihistamines taken for a reaction, not a pharmacy's delivery of them
    r"|(?:took|taken|taking|take|had to take|given|gave (?:him|her|them|me|us)|needed"
    r"|dosed (?:up )?"
    r"on|on|emergency|double|two|2) (?:\S+ )?antihistamines?"
    r"|defibrillator|cpr|(?:had|having|has|got|gave \w+) an? (?:\w+ )?reaction(?! to (?:the |your"
    r" |these |that )?(?:price|prices|bill|cost|news|queue|menu)s?(?![\w']))"
    r"|(?:dye|skin|nut|peanut|sesame|severe|serious|bad|nasty|awful) reaction"
    r"|(?:lips?|throat|face|tongue|eyelids?|eyes) (?:\S+ ){0,3}?(?:swell\w*|swollen|puff\w*)"
    # (rules-35: not a blister that did not happen, "not a single blister", "no blisters")
    r"|broke out in|itchy (?:\S+ )?rash|hives"
    r"|(?<!no )(?<!not a single )(?<!zero )(?<!any )blister\w*"
    r"|(?:scalp|skin|wound|serious|nasty)"
    r" infection|infected (?:wound|cut|ear|piercing|scalp|skin)|wound (?:\S+ ){0,3}?opened"
    r"|(?:wrong|double|10x|ten times) (?:the )?(?:dose|dosage|medication|meds)|overdose\w*"
    # injuries
    # (rules-35: not a business's name or trade, "Hillsborough Injury Clinic", "injury rehab")
    r"|(?<!no )(?<!if i get )(?<!only )injur(?:ed|y|ies|ing)(?! policy| cover| insurance"
    r"| clinic| prevention| rehab| specialist| management| screening)"
    r"|hurt (?:my|me|him"
    r"|her|them|us|myself|herself|himself|his|their)"
    r"|(?:really|could) hurt|(?:get|got|getting|been|be) (?:\w+ )?hurt"
    rf"|(?:cut|bruised|broke|broken|sprained|twisted|rolled|chipped|fractured|hit|smacked"
    rf"|landed on|nicked|burnt|burned|scalded|scorched|banged|gashed) {_POSS} (?:\S+ )?{_BODY}"
    rf"|(?:cut|broken|sprained|bloody|bleeding) (?!back\b){_BODY}"
    rf"|{_BODY} (?:was |is )?(?:bleeding|bled)"
    r"|(?:is|was|were|started|still|kept|badly|heavily|profusely) bleeding|bled (?:through|all"
    r"|everywhere|badly)|blood (?:everywhere|all over|on|down)|bruis\w*|gash|road rash"
    r"|broken (?:bone|jaw|arm|leg|wrist)"
    r"|went (?:over the bars|flying|down hard)|ended up in a hedge|came down hard"
    # not a discount: "knocked a day off the price", "knocked £20 off", "knocked a tenner off"
    r"|knocked (?![£$€\d]|(?:a |an )?(?:tenner|fiver|few quid|bit|day|night|week|month)(?![\w']))"
    # (rules-28: not a thing knocked over, "some lad knocked MY scooter over")
    r"(?!(?:my|the|our|his|her|a|their) (?:scooter|e-?scooter|bike|e-?bike|bin|bins|sign|cone"
    r"|vase|cup|mug|glass|drink|pint|display|stand|box|parcel|plant|pot|phone|bag|mirror"
    r"|wing mirror|helmet|bollard|barrier)(?![\w']))"
    r"\S+ (?:\S+ )?(?:over|down|off)(?! (?:the |my |our |your )?(?:price|bill|total|cost|fee"
    r"|invoice|rate|rent|quote|booking|charge)(?![\w']))"
    # (rules-40: not a charge taken off, "Mel spotted it … and knocked it off. Honest lot")
    # (but "knocked it off the wall" is)
    r"(?:(?<!knocked it off)(?<!knocked that off)(?<!knocked them off)|(?= (?:the|a|an|its|my"
    r"|his|her|our|their|your) ))|collapsed|(?:chemical|nasty|a"
    r"|bad) burns?(?! out)"
    r"|scalded"
    rf"|{_WHO} (?:got|was|were|been|has been|have been) (?:badly )?(?:burned|burnt)"
    rf"|{_WHO} (?:\w+ )?(?:fell|tripped|slipped|crashed)(?! (?:\S+ )?behind| asleep| in love| for"
    r"| apart)|trip(?:ped)? (?:on|over)"
    r"|trip hazard|nearly (?:fell (?:off|over|down|out|through)|crashed|swallowed|choked"
    r"|died(?! (?:of|from|laughing) (?:boredom|laughter|laughing|embarrassment|shame|cringe)))"
    r"|threatened (?:me|us|my)(?! with)"
    r"|assault\w*|punched|attacked (?:me|us|my)|knows where i live"
    # foreign objects, contamination
    r"|(?:piece|bit|shard|chunk|sliver|fragment|strip)s? of (?:\w+ )?(?:glass|metal|plastic"
    r"|wire|bone|wood)|(?:glass|metal|wire|a hair|a bolt|a screw|a nail|a staple"
    r"|an insect|a bug|a cockroach|a slug|a fly|maggots?|a plaster|a fingernail|a stone)"
    # glass or wire as a part being worked on ("is back glass done in the shop", "the wire
    # replaced in the plug") is no foreign object
    r"(?! (?:\S+ )?(?:done|fitted|replaced|repaired|replacement|swapped|changed|fixed"
    r"|sent)(?![\w']))"
    r" (?:\S+ ){0,3}?(?:in|baked into|inside) (?:my|the|our|his|her)"
    r"|chok(?:e|ed|ing) on|choking hazard|swallowed (?:a|it|the|one)|came off in \w+ mouth"
    # equipment or work failing dangerously
    r"|(?:caught|catch|catching) fire|(?:set|was|were) (?:\S+ )?on fire(?! 🔥)|fire (?:hazard|risk)"
    r"|in flames|(?:battery|charger|phone|bottle|boiler|tyre|tire|glass|kettle|cooker|oven|heater"
    r"|socket|plug|jar|pan|pressure) (?:\S+ )?exploded|explosion"
    r"|smoke (?:came|coming|pouring|from|everywhere)|there was smoke|smoking (?:charger|plug"
    # (rules-35: not asleep, "spark out", nor "sparked joy", "a spark of genius")
    r"|socket|battery|cable|box)|sparks?(?! ?plugs?| out(?! of| the| from| through)| of (?:genius"
    r"|joy|hope|inspiration|creativity)| joy)|sparking|sparked(?! joy)"
    r"|scorch\w*"
    r"|(?:burning|hot plastic"
    r"|electrical) smell|smell\w* (?:\S+ ){0,2}?(?:burning|of burning|of gas|gas)|gas (?:leak"
    r"|smell|emergency)|smells? of gas|carbon monoxide(?! alarm)|(?:co|carbon monoxide) alarm"
    r" (?:\S+ )?(?:went|going|kept) off|co leak|electric shock"
    r"|electrocuted|shocked me|live (?:wire|wires|cable|cables)|bare wires?|exposed (?:wire"
    r"|wires|cable|cables|end)|drilled through (?:a|the|our) (?:\S+ )?(?:cable|pipe|wire)"
    r"|brakes? (?:\S+ ){0,3}?(?:failed|fail|failing|went|gone|gave out|stopped working"
    r"|didn'?t work|not working)|brake failure|emergency stop (?:didn'?t|did not|doesn'?t|"
    r"wouldn'?t) work"
    r"|wheel (?:\S+ ){0,2}?(?:dropped|came|fell) (?:out|off)|(?:hitting|hit"
    r"|hits) (?:\S+ ){0,2}?heads?"
    r"|(?:snapped|sheared|sheared clean|snapped clean|fell|dropped) (?:off|out|loose)"
    # (rules-40: not a part of the packaging in transit, "the valve fell off in the post")
    r" (?:mid|while|on|going|during|in(?! (?:the post|transit|the box|the bag|the parcel"
    r"|the packaging|the van)(?![\w'])))|came (?:off|loose) (?:mid|while|during)|snapped mid"
    r"|cable snapped|(?:collapsed|gave way|came off"
    r" the wall)|(?:left|was) loose|unscrewed itself|(?:swelled|swelling|bulged|bulging) up"
    # (rules-37: not an animal, "sent in a hissing little gremlin")
    r"|hissing(?! (?:little |wee |tiny |angry |furious |grumpy )?(?:gremlin|cat|kitten|moggy"
    r"|goose|geese|swan|snake|furball|monster|beast|fury))|overheat\w*|(?:too|so|really) hot"
    r" (?:to|i can'?t|you can'?t) touch"
    r"|(?:hanging|leaning) (?:down|over)|wasn'?t (?:locked|secured)|not (?:locked|secured)"
    r"|(?:seatbelt|seat belt|buckle|harness) (?:\S+ ){0,3}?(?:broken|broke|snapped|didn'?t)"
    r"|drawstrings?|cords? (?:\S+ ){0,4}?caught|caught on (?:the|a) (?:\S+ )?(?:slide|door"
    r"|swing|railing)"
    # risk to life or person named outright
    # not a question about them ("if the bedbugs come back is it a refund?", "do bed bugs...");
    # "bitten by the travel bug" is enthusiasm, not a bite
    r"|(?<!if )(?<!if the )(?<!if any )(?<!do )(?<!do the )(?<!can )(?<!will )(?<!will the )"
    r"(?<!does )bed ?bugs|bitten (?:by(?! (?:the |a )?(?:\S+ )?bug(?![\w']))|all over)"
    r"|bites all over|legionella|asthma attack|couldn'?t breathe|can'?t breathe"
    r"|struggling to breathe|passed out|fainted|unconscious"
    r"|(?:wheel|wheels|wheel nuts?|lug nuts?|locking nuts?) (?:\S+ ){0,4}?(?:loose"
    r"|came off"
    r"|fell off"
    r"|(?<!handle )missing|not tightened|wobbl\w*|hanging off)"
    r"|steering (?:\S+ ){0,3}?(?:locked|failed|went"
    r"|gave out|stopped)|lost (?:all )?(?:power steering|steering|brakes|braking|control)"
    r"|(?:tyre|tire) (?:\S+ )?(?:blew|blow ?out|exploded|burst)|blow-?out|airbags?"
    r"|(?:engine|car|bonnet|van|exhaust) (?:\S+ ){0,3}?(?:fire|flames"
    r"|(?<!smelled of )(?<!smells of )(?<!strongly of )(?<!heavily of )(?<!of cigarette )"
    r"(?<!smelt of )(?<!stank of )(?<!reeked of )(?<!reeks of )(?<!stinks of )smoke|smoking)"
    r"|bonnet (?:flew|flying|came|popped) (?:up|open)"
    r"|(?<!if he's )(?<!if hes )(?<!if she's )(?<!if i'm )(?<!if im )(?<!if you're )"
    r"(?<!if they're )(?<!if we're )(?<!if he is )(?<!if she is )(?<!if i am )(?<!if you are )"
    r"(?:had|caused|cause|nearly|could have|could'?ve|in) an? (?:\S+ )?(?:accident|crash"
    r"|collision)"
    r"|(?:nearly|almost) (?:hit (?:a|the|someone|me)|crashed)"
    r"|(?:walked|came|let (?:himself|herself|themselves)|barged) in(?:to)? (?:my|our) room"
    r"|(?:door|lock) (?:\S+ ){0,3}?(?:didn'?t|wouldn'?t|doesn'?t|won'?t|does not|did not) lock"
    r"|fire alarm (?:\S+ ){0,3}?(?:didn'?t|never|not|wasn'?t|isn'?t|doesn'?t)|fire (?:exit|door)s?"
    r" (?:\S+ ){0,3}?(?:locked|blocked|chained)|(?:balcony|railing|banister"
    r"|handrail)s? (?:\S+ ){0,4}?"
    r"(?:loose|collapsed|gave way|came off|wobbl\w*)|slipped (?:in|on) (?:the|a) (?:\S+ )?(?:bath"
    r"|shower|floor|stairs|step|wet)"
    # (rules-37: not a neighbour's, "neighbour's panel came down in the wind")
    r"|(?<!neighbour's )(?<!neighbours )(?<!neighbor's )(?<!next door's )(?:shelf|shelves"
    r"|shelving|bookcase|ladder|sign|light fitting"
    r"|tv|television|mirror|wardrobe|cabinet|radiator"
    r"|ceiling|tile|panel|door|window|display|stand) (?:\S+ ){0,3}?(?:fell|collapsed|came down"
    r"|came off|gave way|crashed down|toppled)|fell on (?:my|a|his|her|me|him|someone|us)"
    r"|came down on|toppled (?:on|onto)|bit (?:my|me|him|her)|(?:dog|cat) (?:\S+ ){0,3}?(?:escaped"
    r"|ran into the road|got out|hit by)|allerg(?:y|ies) (?:\S+ ){0,10}?(?:ate|eaten|bit into"
    r"|served|gave|given|contained|reaction|swell\w*|hives|itch\w*)|ignored (?:\S+ ){0,3}?allerg\w*"
    r"|(?:nut|peanut|sesame|gluten|dairy|shellfish|egg|severe) allerg(?:y|ies) (?:\S+ ){0,6}?"
    r"(?:despite|ignored|still|but)"
    r"|(?:fuel|petrol|diesel) (?:leak\w*|smell)|smell(?:s|ed|ing)? of (?:petrol|fuel|diesel)"
    r"|(?<!clutch )(?<!accelerator )pedal (?:\S+ ){0,3}?(?:to|straight to) the floor|not roadworthy"
    r"|unroadworthy"
    r"|brake (?:fluid|lines?|pipes?|pads?|discs?|calipers?|hoses?) (?:\S+ ){0,4}?(?:leak\w*|missing"
    r"|not (?:fitted|connected|tightened|done)|loose|disconnected|cut|upside down|fitted wrong)"
    r"|(?:bald|illegal|unsafe) tyres?|(?:spring|shock|axle|driveshaft|belt|wishbone) (?:\S+ ){0,2}?"
    r"(?:snapped|broke|sheared)|(?:spun|skidded|veered|swerved) (?:\S+ ){0,3}?(?:road|lane|off"
    r"|across|into)|(?:died|cut out|stalled|broke down|lost power"
    r"|shut down) (?:\S+ ){0,4}?(?:on the"
    r" motorway|at \d+ ?mph|at \d+|in the fast lane|on a roundabout|at speed|in traffic)"
    r"|trapped (?:in|inside)|stuck in (?:the|a) lift|lift (?:\S+ ){0,3}?(?:dropped|fell|plunged)"
    r"|broken glass|(?:trapped|caught|crushed|jammed|slammed) (?:\S+ ){0,2}?(?:finger|fingers|hand"
    r"|arm|foot)|(?:finger|fingers|hand) (?:\S+ ){0,2}?(?:trapped|crushed|caught|jammed)"
    r"|suicid\w*|kill myself|end it all|self[- ]harm|robbed|mugged(?! off)"
    r"|nearly killed (?:us|my|him|her|them|someone|a)(?! (?:\S+ ){0,5}?(?:😂|🤣|lol|lmao|haha\w*))"
    r"|lost (?:a|the) wheel"
    r"|fell off (?:the )?(?:jack|ramp|lift|stand)|child seat (?:\S+ ){0,3}?(?:not|wasn'?t|loose"
    r"|fitted wrong)|(?:entered|got into|let \S+ into) (?:our|my) room|(?:occupied|someone else'?s)"
    r" room|smoke alarm (?:\S+ ){0,3}?(?:missing|removed|disabled|not working|didn'?t|covered)"
    r"|mould (?:\S+ ){0,8}?(?:asthma\w*|breathing|chest|sick|ill)|escalator (?:\S+ ){0,3}?(?:jerked"
    r"|stopped suddenly|caught)|(?:gp|doctor|dermatologist|pharmacist|trichologist|dentist"
    r"|paramedics?) (?:\S+ ){0,2}?(?:says|said|thinks|confirmed)"
    # (rules-28: not what a service covers, "GP says NHS podiatry is only for high-risk
    # patients")
    r"(?! (?:\S+ ){0,3}?only (?:for|covers?|does|treats?|sees?)(?![\w']))"
    r"(?! (?:\S+ ){0,3}?(?:settle|fine|normal|nothing|ok|okay|common|expected|harmless))"
    # (rules-32: "my dentist said the result looks solid", not "said it should get better but…")
    r"(?! (?:the |my |your )?(?:result|results|outcome|work|job|teeth|smile) (?:looks?|looked|is"
    r"|was|are|were) (?:\S+ )?(?:solid|great|good|perfect|brilliant|excellent|lovely|amazing"
    r"|fine)(?![\w'])(?! (?:\S+ ){0,3}?but))"
    r"|unsafe|hazard(?! (?:for|to) (?:my|your|the|our) (?:wallet|bank|purse|waistline|diet|sanity"
    r"|mental health|patience|bank balance))"
    r"|hazardous|safety (?:hazard|issue|risk|concern|problem)|health and safety"
    r"|(?:genuinely|seriously|actually|properly) dangerous(?!ly| for my)"
    r"|dangerous (?:floor|step|steps|stairs|wiring|wire|lid|machine|equipment|driving|roads?)"
    r"|could (?:have|'?ve) (?:been (?:killed|seriously|badly|hurt|injured)|died|killed|hurt|crashed"
    r"|caused)"
    r"|we could have died|someone(?:'s| is) (?:gonna|going to) (?:get|be|break) \w+"
    r"|before someone gets (?:hurt|killed|injured)|get brained|kill someone"
    r"|stalker|stalking|at (?:real )?risk|put (?:me|us|them|people) at risk|fell in the"
    r"|alarm (?:\S+ ){0,3}?(?:didn'?t|did not|never) (?:work|go|sound|connect)"
)

PAYMENT = (
    # charged twice or more (not "do you charge twice for...?", a question about a price)
    rf"{_TOOK_PAST} (?:{_W}{{0,8}}?)?(?:twice|double|two times|three times|3 times|2 times|2x|x2"
    r"|x 2|again and again)(?! (?:the|as|a|my|in|what|over)(?![\w']))"
    r"|(?:double|duplicate)[- ]?(?:charged|charge|charges|payment|payments|billed|debit"
    r"|transaction)s?(?! reminder)|charged double|(?<!made )(?<!make )two (?:\S+ )?(?:payments"
    r"|charges|direct debits|dds)"
    r"|2 (?:\S+ )?(?:payments|charges|direct debits)|both (?:went through|payments|charges"
    r"|show)|(?:payments?|charges?) (?:\S+ )?(?:went|came|gone) (?:through )?twice"
    r"|(?:been |got )?paid (?:for (?:it|them|this) )?twice(?! (?:now|as|the|more|that"
    r"|what)(?![\w']))"
    r"|so i paid again|i paid again"
    r"|paid again"
    # (rules-27: not a price per head, "charged 3 x £6 cover" for three people)
    rf"|{_MONEY} x ?(?:2|3)|(?:2|3) x {_MONEY}(?! (?:cover|each|per|a head|pp|tickets?|entry"
    r"|adults?|kids|children|people|places|seats|pax)(?![\w']))|x2|3 times when|charged me 3"
    # charged without an order, for something never had
    rf"|{_TOOK} (?:{_W}{{0,10}}?)?(?:i|we) (?:never|didn'?t|did not|haven'?t|have not|had not"
    r"|hadn'?t) (?:even )?(?:order|ordered|place|placed|make|made|buy|bought|book|booked|sign"
    r"|signed|use|used|check|checked|authori[sz]e|authori[sz]ed|agree|agreed|receive|received"
    r"|cancelled|canceled|returned|stay|stayed|ask|asked|request|requested|smoke|smoked|break"
    r"|broke|damage|damaged|cause|caused|eat|ate|drink|drank|open|opened|take|took|get|got"
    r"|have|had|want|wanted|touch|touched|approve|approved)"
    r"|(?:in error|by mistake|wrongly|incorrectly) (?:charged|taken|debited|applied|billed)"
    r"|(?:charged|taken|debited|applied|billed) (?:\S+ ){0,4}?(?:in error|by mistake|wrongly"
    r"|incorrectly)|(?:paid|charged|billed) (?:\S+ ){0,6}?(?:never|weren'?t|wasn'?t|not|hadn'?t"
    r" been) (?:actually |even )?(?:fitted|replaced|done|carried out|changed)"
    r"|(?:balance|credit|points|voucher) (?:\S+ ){0,4}?(?:gone|wiped|zero|vanished|disappeared"
    r"|missing)|already (?:been )?redeemed|atm (?:\S+ ){0,8}?(?:didn'?t|never|did not) (?:\S+ )?"
    r"(?:dispense|give|pay out)|didn'?t dispense|debited but"
    r"|(?:an? |the )?(?:order|orders|booking|purchase|payment|transaction)s? (?:i|we) (?:never"
    r"|didn'?t|did not) (?:\S+ )?(?:place|placed|make|made|order|ordered|authori[sz]e)"
    r"|unauthori[sz]ed (?:charge|payment|transaction|debit|withdrawal)s?"
    rf"|{_TOOK} (?:{_W}{{0,8}}?)?without (?:any |my )?(?:warning|permission|consent|asking"
    r"|authori[sz]ation|approval|telling)"
    # charged after cancelling or leaving
    # (rules-35: not a cancellation imagined, "what happens if I cancel on the morning of a
    # walk, is it still charged")
    r"|(?<!if i )(?<!if we )(?<!if you )(?<!if u )"
    rf"(?:cancel\w*|closed|ended|left|switched|ported|passed away|freeze|froze|frozen|died"
    rf"|terminated) (?:{_W}{{0,14}}?)?(?:still |again |now )?{_TOOK}"
    # "still charged/charging", not "still charge 45p for oat milk" (a price, not a payment fault)
    # (rules-28: not a wish, "even if it still charged a reduced rate while paused")
    r"|(?<!if it )(?<!if they )(?<!if you )"
    rf"(?:still|again) (?:being )?{_TOOK.replace('charg(?:e|ed|es|ing)', 'charg(?:ed|ing)')}"
    # refund promised but not arrived
    r"|(?:refund|refunds|refunded|money|deposit|credit) (?:\S+ ){0,12}?(?:never (?:arrived|came"
    r"|showed|appeared|received|landed|happened|been)|not (?:arrived|received|come|back|appeared"
    r"|showed up|in my|through|been)|hasn'?t (?:arrived|come|appeared|shown|been|gone|landed"
    r"|hit)|haven'?t (?:received|had|got|seen)|still (?:hasn'?t|not|nothing|waiting|pending"
    r"|processing|no|isn'?t|out)|nowhere to be|no sign|nothing on my|nothing has been"
    r"|nothing's been|is not an answer)"
    r"|still (?:waiting|no sign) (?:\S+ ){0,6}?(?:refund|money|deposit)"
    r"|(?:still|yet) (?:\S+ ){0,2}?(?:no|not|to receive|to see|to get) (?:\S+ ){0,2}?(?:refund"
    r"|refunded|money back)|(?:not|never|hasn'?t|haven'?t|wasn'?t|isn'?t) (?:been |yet been |yet )?"
    r"(?:refunded|reimbursed|credited|paid back)|waiting (?:\S+ ){0,3}?(?:for|on) (?:my|a|the|our)"
    r" (?:\S+ )?(?:refund|money|reimbursement|deposit)|no refund (?:yet|still)"
    r"|(?:sent|went|paid) (?:\S+ ){0,3}?to the wrong account|payment (?:\S+ ){0,3}?bounced"
    r"|promised (?:\S+ ){0,3}?refund|refund (?:\S+ ){0,3}?(?:promised|approved|agreed|processed)"
    r"|where(?:'s| is) (?:my|the) (?:\S+ )?(?:money|refund)|where(?:'s| is) my (?:£|\$|€)\S*"
    r"|refund (?:it|both|one|the duplicate"
    r"|the second|pls|please)"
    # (rules-27: not a deposit put down, "put £20 down on the game in March")
    r"|(?<!put )(?<!paid )(?<!left )(?<!placed )(?<!putting )(?:£|\$|€)\S* (?:down(?! the"
    r" (?:drain|sink|toilet|pan|plughole"
    r"|swanee))|out of pocket)|out of pocket"
    # (rules-28: not "what they used to charge, back in 5 days")
    r"|(?<!used to )charge ?back|raise a dispute|direct debit (?:indemnity|guarantee)"
    r"|reversed today"
    # wrong amount taken
    rf"|{_TOOK} (?:{_W}{{0,10}}?)?(?:quoted|you quoted|i was quoted|estimated|the estimate)"
    rf"|{_TOOK} (?:{_W}{{0,8}}?)?(?:i|we|i'?d|we'?d|i had|we had) (?:already )?(?:cancelled"
    r"|canceled"
    r"|returned)"
    rf"|{_TOOK} (?:{_W}{{0,10}}?)?(?:after|when|though|even though|despite|but) (?:{_W}{{0,3}}?)?"
    # rules-20: not a van that "left" ("charged the callout and the error was back 40 mins after
    # his van left")
    r"(?:i |we |my |our |the |i'?d |we'?d |i had |we had )?(?:cancel\w*|ended|closed|(?<!van )"
    r"(?<!he )(?<!she )(?<!they )(?<!driver )(?<!engineer )(?<!lorry )(?<!car )left|switched"
    r"|moved|passed|returned|sent (?:it|them) back|paid|stayed|checked in|turned up|showed up"
    r"|was told|were told|never|didn'?t)"
    rf"|quoted (?:{_W}{{0,4}}?)?{_MONEY} (?:{_W}{{0,8}}?)?(?:charged|took|taken)"
    rf"|{_TOOK} (?:{_W}{{0,4}}?)?{_MONEY} (?:{_W}{{0,4}}?)?(?:when|but|and) (?:the|my|your|their|it"
    r"|you|they) (?:\S+ )?(?:quote|quoted|estimate|agreed|said|was quoted)"
    r"|decimal in the wrong place|someone else'?s basket|wrong amount"
    rf"|(?:holding|held|withholding|frozen|froze) (?:{_W}{{0,3}}?)?(?:{_MONEY}|my money|funds"
    # rules-22: not a banknote held up ("held my £50 note up to the light")
    r"|the money)(?! notes?(?![\w'])| up(?![\w']))"
    r"|pre-?authori[sz]ation (?:\S+ ){0,6}?(?:still|not|never|hasn'?t)"
    r"|(?:deposit|funds|transfer|payment|money|salary|wages|pension"
    r"|cheque) (?:\S+ ){0,8}?(?:hasn'?t|has not|haven'?t|never|not"
    r"|still not|still hasn'?t) (?:\S+ )?(?:arrived|gone through|landed|reached|credited|showed up"
    r"|cleared|released|returned|come back|been returned|been released|been credited)"
    rf"|(?:{_MONEY}|money|funds|payments?) (?:{_W}{{0,3}}?)?(?:missing|disappeared|vanished|gone)"
    r" from (?:my|our|the|her|his) (?:\S+ )?account|missing from my account"
    r"|(?:came|went|gone|taken|come) out (?:\S+ ){0,2}?(?:twice|two times|again)"
    # paid for something that never came ("renewed... paid and got nothing")
    r"|paid (?:\S+ ){0,4}?(?:and|but) (?:i |we |have |still )?(?:got|get|received|have|had) nothing"
)

SECURITY = (
    r"phishing|phish\w*|scammers? (?:\S+ ){0,3}?(?:pretending|posing|claiming|called|texted|emailed"
    r"|messaged|using|got)|(?:by|from|to) scammers?|(?:got|been|was|nearly|almost) scammed"
    r"|fraudulent|fraudsters?|(?:card|account|bank) fraud|fraud on my"
    r"|fraud (?:team|department|alert)(?! (?:\S+ ){0,3}?(?:blocked|froze|frozen|stopped|declined"
    r"|locked|held|unblock\w*))"
    r"|unrecogni[sz]ed|(?:transactions?|payments?|purchases?|withdrawals?) (?:\S+ ){0,3}?(?:i|we)"
    r" (?:don'?t|didn'?t|do not|did not) recogni[sz]e|(?:card|details) (?:\S+ ){0,3}?(?:cloned"
    r"|skimmed|compromised)|(?:card details|card number|details|data) (?:\S+ ){0,3}?stolen"
    r"|identity (?:theft|fraud|stolen)|(?:opened|taken out|applied"
    r"|ordered) (?:\S+ ){0,4}?in my name|spoof\w*|safe account|remote access|anydesk|teamviewer"
    r"|(?:emptied|drained|cleared out) (?:my|our|her|his) (?:\S+ )?account|(?:withdrew|withdrawn"
    r"|transferred|spent) (?:\S+ ){0,4}?(?:from|on|using) my (?:\S+ )?(?:account|card)"
    r"|(?:someone|somebody|they|fraudsters|thieves) (?:\S+ ){0,2}?(?:used|using|had) my (?:\S+ )?"
    r"(?:card|details|account|identity)|(?:asked|told) (?:me|her|him|us) to (?:move|transfer)"
    r" (?:\S+ )?(?:money|savings|funds)|pay (?:\S+ ){0,3}?(?:via|through|using|on) (?:a|this|the"
    r"|their) (?:\S+ )?link|gave (?:them|him|her|away) (?:\S+ ){0,3}?(?:code|pin|password"
    r"|card details|card number)|pin (?:\S+ ){0,3}?(?:changed|reset)"
    # a new device is news only when it logged in or was added by someone else, not "I added
    # a new device and the app wants a code"
    r"|(?:login|log-?in|sign-?in|signed in|logged in|access|accessed) (?:\S+ ){0,3}?(?:from|on|by)"
    r" (?:a |an |some )?(?:new|unknown|strange|different) device|new device (?:\S+ ){0,4}?(?:logged"
    r" in|added|appeared|showed up|signed in|login|sign-?in|i don'?t|i didn'?t|we didn'?t|not mine"
    r"|wasn'?t me|i never)"
    r"|skimmer|skimming|someone else'?s (?:\S+ ){0,3}?(?:details|statement|account|letter|booking"
    r"|invoice|data|bank details|address)|(?:click|tap|follow) (?:\S+ ){0,3}?link (?:\S+ ){0,6}?"
    r"(?:card|bank|login|password|verify|confirm)|link (?:\S+ ){0,8}?(?:to|and) (?:verify|confirm"
    r"|re-?enter|update|enter) (?:\S+ ){0,2}?(?:card|bank|payment|account|details|identity)"
    r"|(?:texts?|emails?|calls?|messages?|someone|man|woman|guy) (?:\S+ ){0,3}?(?:claiming"
    r" (?:to|that|they|he|she|it|we|you)|pretending (?:to|that|they|he|she|it|we|you)"
    r"|supposedly from|purporting)|scam (?:text|texts|email|emails|call|calls|site"
    r"|link|account|page|message)|(?:known|text|email|phone|phishing|sms) scam"
    r"|impersonat\w*|pretending to be|claiming to be|posing as|purporting"
    r"|fake (?!nails?|tan|lashes|eyelashes|reviews?|news|flowers?|plants?|fur|leather|trees?"
    r"|christmas|candles?|snow|smile|tears|blood|tattoos?|plant|grass|fire|logs?|beams?)"
    r"(?:(?!from |on |at |of |in |for |the |a |an |this |that |my |your |it |is |was |and |but )"
    r"\S+ ){0,3}?(?:account|accounts|page|profile|support|site|website|email|text|app|invoice"
    r"|giveaway|instagram|insta|facebook|twitter|helpdesk|help|number|listing|advert)"
    r"|(?:is|was) (?:this|that|it) (?:really )?you"
    # not a delighted "is this real?? best hotel ever" (rules-20)
    r"|is (?:this|that) real(?!\?* (?:\S+ ){0,3}?(?:life|best|amazing|incredible|wow|love"
    r"|loving|brilliant|fantastic|so good|lol|haha)(?![\w']))|that'?s not you"
    r"|not you right|not (?:really )?you is it"
    r"|pls tell me that|please tell me"
    r" that'?s not|tell me that wasn'?t"
    r"|(?:copying|using) (?:your|their|the salon'?s|the shop'?s) (?:logo|photos)|(?:account|page"
    r"|profile|email|site|website|text) (?:\S+ ){0,3}?(?:with|has|using) (?:your|their) logo"
    # requests for card numbers, codes, passwords
    # (rules-40: not a car radio's own anti-theft code, "the radio wants a code I don't have")
    r"|(?<!radio )(?<!stereo )(?<!head unit )(?<!sat nav )(?<!satnav )(?:asked|asking|ask|asks"
    r"|wanted|wants|needed|needs|need|requested|requesting|read out"
    r"|reading out|give them|confirm|verify|enter|entering|re-enter|reenter|update) (?:\S+ ){0,6}?"
    r"(?:card (?:number|details|info|no)|card number|bank (?:details|login|card|info)|security"
    r" code|verification code|one[- ]time (?:pass)?code|passcode|6[- ]digit code|the code"
    r"|codes?|password|pin|login details|my login|3 digits|cvv|cvc|cv2|otp|2fa code|memorable"
    r" (?:word|information)|long card number|the last 4"
    r"|sort code|account number|direct debit details|card on their link|bank transfer first)"
    # ...and the impersonator's own post: "support here, DM us your card details"
    r"|(?:send|sending|dm|pm|message|inbox|reply with|provide) (?:\S+ ){0,3}?your (?:\S+ )?(?:card"
    r" (?:number|details|info|no)|card number|bank (?:details|login|info)|cvv|cvc|security code"
    r"|long card number|login details|password|3 digits)"
    r"|(?:dodgy|weird|suspicious|random|fake|strange|convincing) (?:\S+ ){0,2}?(?:link|email"
    r"|text|domain|site|website|number|call|account|page|sender|login page)"
    r"|(?:link|links|domain) (?:\S+ ){0,3}?(?:random|weird|dodgy|suspicious) (?:domain|site)"
    r"|looks? (?:v |very |really |a bit )?(?:dodgy|fake|like phishing|suspicious)"
    # account taken over
    # not "hacked together a shelf", "hacked off" (annoyed), "a hacking cough"
    r"|hacked(?! (?:together|off|it|up|apart|away|at|a|an|the|some)(?![\w']))|hackers?"
    r"|hacking(?! (?:cough|together|away|at)(?![\w']))(?! (?:my|your|the|our) (?!(?:\S+ )?"
    r"(?:account|accounts|email|password|page|insta|instagram|facebook|profile|phone|card"
    r"|details|data|system|systems|site|website|app|server|wifi|network)(?![\w'])))|compromised"
    r"|sim swap|ported my number"
    r"|someone(?:'s| has| had)? (?:else )?(?:\S+ ){0,2}?(?:got into|logged into|logged in"
    r"|logging in|accessed"
    r"|used|using|been using|changed|reset|ordered|booked|called \S+ pretending|let a stranger)"
    r" (?:\S+ ){0,6}?(?:my|in my name)|stranger into my|(?:login|log in|logged in|sign[- ]?in"
    r"|signed in) from|locked out (?:of my account )?(?:\S+ )?after(?! (?:\S+ ){0,2}?(?:wrong"
    r"|failed|incorrect|attempts|tries|i forgot|forgetting|typing|entering|mistyping))"
    r"|password (?:\S+ ){0,3}?"
    r"(?:doesn'?t work|stopped working|was changed|has been changed|got changed)"
    r"|(?:email|details|bank details|address) (?:\S+ ){0,4}?(?:changed|updated) (?:\S+ ){0,4}?"
    r"(?:locked out|didn'?t|without|not me|wasn'?t me)|wasn'?t me|not me who"
    r"|(?:didn'?t|never) (?:get|receive|got) (?:a |an )?(?:2fa|login|password)"
    # personal data exposed
    r"|data (?:breach|leak)|leaked|(?:data|details|list|information|info|records) (?:\S+ )?"
    r"(?:leaked|exposed|breached)|sent (?:\S+ ){0,5}?to the wrong (?:email|address|person"
    r"|customer)|membership numbers (?:\S+ )?(?:and|&) phone numbers|data protection"
    # rules-32 (the tenth week set): "turns out the real @HollowayStrings never messaged me"
    r"|real (?:@\S+|one|account|page) (?:never|didn'?t|did not|hasn'?t|has not|wasn'?t)"
    r" (?:\S+ ){0,2}?(?:messaged|message|dm'?d|dm|contacted|contact|emailed|email|texted|text"
    r"|called|rang|sent)"
)

LEGAL = (
    # not the power of attorney a relative holds ("the LPA is with the Public Guardian")
    # (rules-33: nor a house sale's conveyancing, "what paperwork do buyers' solicitors want?")
    r"lawyers?|(?<!power of )(?<!powers of )(?<!power of an )attorneys?|(?<!buyers )(?<!buyer's )"
    r"(?<!sellers )(?<!seller's )(?<!conveyancing )solicitors?|(?:to|will"
    r"|gonna|going to|i'?ll|can|should|could|might|i'?m going to) sue|sue (?:you|them|u)|suing"
    r"|sued|lawsuit|legal action|legal advice"
    r"|legal requirement|(?:take|taking|see) (?:you|u|them|this|it|\S+) (?:\S+ )?to court"
    r"|small claims|see you in court|in court|court case|court claim|tribunal|letter before"
    r" action|trading standards|ombudsman"
    rf"|(?:to|with|contact\w*|report\w*|complain\w*|going to|escalat\w*|filed) (?:{_W}{{0,4}}?)?"
    r"(?:the )?(?:ofcom|ofgem|ofwat|caa|ico|asa|fca|rcvs|regulator|cma)"
    r"|the fca|financial conduct authority|better business bureau|the bbb|cfpb|the ftc"
    r"|attorney general|class action|consumer rights|consumer law|mediation service"
    r"|adr body|arbitration|deadlock letter|personal injury|no win no fee|section 75"
)

# "Is this a scam?" asks about a message, a link or a caller (security) or about a price or an
# offer ("is the add-on a scam?", a complaint): it counts only beside MESSAGE_CONTEXT.
SCAM_ASKED = (
    r"(?:is|was|isn'?t) (?:this|that|it) (?:\S+ )?(?:known )?scam|(?:this|that|it) a scam\?"
    r"|scam\?|scam right|looks? (?:v |very |really |a bit )?like a scam"
)
MESSAGE_CONTEXT = (
    r"texts?|texted|sms|emails?|emailed|dms?|dmed|dmd|dm'd|messages?|messaged|links?|calls?"
    r"|called|caller|rang|whatsapp|voicemail|account|page|profile|website|site|domain"
    r"|someone|somebody|number"
)

# The impersonator's own post: it asks the reader for their card details in the brand's voice
# ("Support here, DM us your card details to get a refund"). A customer reporting or quoting
# one names it ("someone DMed me", "is this you", "legit?", "scam"): REPORTED rules it out.
IMPERSONATOR_ASKS = (
    r"(?:send|dm|pm|message|inbox|reply with|provide) (?:us |me )?(?:with )?(?:over )?(?:\S+ )?"
    r"your (?:full |long )?(?:card (?:number|details|info|no)|card number|bank (?:details|login"
    r"|info)|cvv|cvc|security code|login details|password|3 digits)"
)
REPORTED = (
    r"someone|somebody|they|them|him|her|me|my|i|i'?m|i'?ve|got|received|is (?:this|that|it)"
    r"|legit|real|scam\w*|fake|phishing|dodgy|careful|beware|warning|report\w*"
)

# gravest first: the order of the classes in a result
URGENCY_CUES: dict[str, str] = {
    "safety": f"{SAFETY}|{SAFETY_COMPOSED}|{SAFETY_FOREIGN}|{SAFETY_FAMILIES}"
    f"|{SAFETY_FOREIGN_FAMILIES}",
    "payment": f"{PAYMENT}|{PAYMENT_COMPOSED}|{PAYMENT_FOREIGN}|{PAYMENT_FAMILIES}",
    "security": f"{SECURITY}|{SECURITY_COMPOSED}|{SECURITY_FOREIGN}|{SECURITY_FAMILIES}"
    f"|{ACCESS_FAMILIES}",
    "legal": f"{LEGAL}|{LEGAL_FAMILIES}",
    "churn": f"{CHURN}|{CHURN_FAMILIES}",
}
