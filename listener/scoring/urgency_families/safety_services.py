"""Safety word families of rules-9: harms in services the earlier rules were not written for.

Found on repairs at home, an online chemist, a nursery and events (the third urgency dev
set's tuning half, then generalised on our own sentences): an electric shock, glass bursting
near people, a dose mix-up, warm cold-chain medicine, a head knock with a warning sign, a
lost or shut-in child, chemicals within a child's reach, a rig falling on a crowd, a chained
fire exit, a spiked drink; each in English and in Spanish, French, German and Portuguese.
Near misses (a static shock, a price shock, a parcel of broken glass, the same dose
confirmed) are pinned in ``tests/test_urgency_safety9.py``. ``safety`` joins these to the
rules-7 families.
"""

from __future__ import annotations

from listener.scoring.urgency_words import (
    APPLIANCE as _APPLIANCE,
)
from listener.scoring.urgency_words import (
    CHILD as _CHILD,
)
from listener.scoring.urgency_words import (
    DIGIT as _DIGIT,
)
from listener.scoring.urgency_words import (
    W as _W,
)

# rules-9: harms of trades the rules were not written for (repairs at home, an online
# chemist, a nursery, events), each concept by all its wordings
_NEAR_PEOPLE = (
    r"(?:(?:stood|standing|sat|sitting|was|were|right) (?:right )?(?:next to|by|beside|in front"
    r" of|near)|inches from|centimetres from|missed (?:me|him|her|us|them|my|his|her)"
    r"|all over (?:me|him|her|us|them|my (?:son|daughter|kid|child|baby|face|hands?|arms?|legs?))"
    r"|flew (?:across|at|past"
    r"|into)|in (?:my|his|her|their) (?:face|eyes?|hair|lap))"
)
_SHATTERED = (
    r"(?:shattered|shatters|shattering|exploded|explodes|exploding|burst|blew out|blew apart"
    r"|went bang|went pop|popped|flew off|flew out|came flying)"
)
_UNIT = r"(?:mg|mgs|mcg|µg|ml|micrograms?|milligrams?|units|iu)"
_DOSE = rf"(?:{_DIGIT}\d*(?: \d+)? ?{_UNIT})"
# the first figure is named so that the second must differ from it ("5mg ... she takes 5mg"
# is a check, not a mix-up)
_FIRST_DOSE = rf"(?:(?P<dose9>{_DIGIT}\d*(?: \d+)?) ?{_UNIT})"
_OTHER_DOSE = rf"(?!(?P=dose9) ?{_UNIT}(?![\w'])){_DOSE}"
_MEDICINE = (
    r"(?:medication|medications|medicine|medicines|meds|tablets|pills|prescription"
    r"|prescriptions|insulin|inhaler|inhalers|dose|doses|dosage|drugs?|capsules|injections?"
    r"|eye ?drops|patches|antibiotics|warfarin|methotrexate|lithium|levothyroxine|morphine"
    r"|oxycodone|tramadol|co-?codamol|sertraline|fluoxetine|metformin|amoxicillin|penicillin)"
)
_COLD_MEDICINE = (
    r"(?:insulin|insulin pens?|vaccines?|ozempic|wegovy|mounjaro|saxenda|humira|biologics?"
    r"|growth hormone|fertility (?:drugs|meds|medication|injections)|refrigerated (?:\S+ )?(?:meds"
    r"|medicine|medication)|fridge (?:meds|medicine|medication|items?)|eye ?drops)"
)
_HEAD_HURT = (
    r"(?:(?:bump|bang|knock|egg|lump|bash|whack|blow|injury|wound|cut|gash|bruise) (?:on|to)"
    r" (?:his|her|their|my|the|your) (?:\S+ )?(?:head|forehead|skull|temple)"
    r"|(?:banged|bumped|hit|knocked|bashed|cracked|smacked|whacked) (?:his|her|their|my|your)"
    r" (?:\S+ )?(?:head|forehead|skull)|head (?:injury|injuries|bump|bumps|knock|knocks|wound)"
    r"|fell (?:\S+ ){0,3}?(?:on|onto) (?:his|her|their|my|your) head)"
)
_HEAD_WARNING = (
    r"(?:sick(?! (?:venue|gig|set|night|tunes?|track|show|place|vibes?|view|deal|though|lol))"
    r"|vomit\w*|threw up|throwing up|thrown up|drowsy|sleepy|dizzy|confused|unconscious"
    r"|knocked out|passed out|blacked out|pupils|concuss\w*|floppy|not (?:himself|herself"
    r"|themselves)|wouldn'?t wake|hard to wake|slurr\w*|seeing double|double vision)"
)
_PET = r"(?:dog|dogs|puppy|cat|kitten|pet|pets|rabbit|hamster)"
_VEHICLE_OR_ROOM = (
    r"(?:minibus|bus|car(?! park| parks)|van|coach|vehicle|taxi|cab|car ?seat|buggy|pushchair"
    r"|cupboard|shed|storeroom|store room|cage|crate|kennel|boot)"
)
_WITHIN_REACH = (
    r"(?:unlocked (?:cupboard|cupboards|drawer|drawers|cabinet|box|room|shed)|(?:cupboard|cabinet"
    r"|drawer|sink) (?:\S+ ){0,2}?(?:unlocked|not locked|left open)|not locked (?:away|up)"
    r"|no (?:child ?)?lock|without a (?:child ?)?lock"
    r"|within reach|in reach|within (?:his|her|their|a child'?s|a toddler'?s|kids'?) reach"
    r"|at (?:toddler|child|kid|baby|their|his|her|little) (?:height|level|eye level|hand height)"
    r"|in an? (?:unlocked|open|low) (?:cupboard|drawer|cabinet|box)|on (?:a|the) (?:low|bottom)"
    r" (?:shelf|cupboard|drawer)|where (?:the )?(?:kids|children|toddlers|babies|he|she|they)"
    r" (?:could|can|might) (?:reach|get (?:to )?(?:them|it))|accessible to (?:the )?(?:kids"
    r"|children|toddlers|babies))"
)
_CHEMICAL = (
    r"(?:dishwasher (?:tablets|tabs|pods|liquid|powder)|washing (?:pods|tablets|capsules|liquid)"
    r"|laundry (?:pods|capsules|liquid|tablets)|liquitabs|detergent|bleach|cleaning (?:products?"
    r"|spray|sprays|fluid|chemicals|stuff|supplies)|cleaners|chemicals|medicines?|medication"
    r"|paracetamol|calpol|ibuprofen|vitamins|iron tablets|button batter\w*|batteries|magnets"
    r"|nicotine|vape liquid|e-?liquid|lighter fluid|antifreeze|oven cleaner|drain cleaner"
    r"|caustic soda|weed ?killer|slug pellets|rat poison|poison|sanitiser|sanitizer|paint"
    r" stripper|white spirit|turps|solvents?|superglue|glue|essential oils?)"
)
_CROWD = (
    r"(?:(?:a |the )?passers?-?by|(?:a |the )?pedestrians?|(?:a |the )?customers?"
    r"|the crowd|crowd|the audience|audience|people|punters|spectators|fans|the front row"
    r"|the kids|kids|children|someone|somebody|us|me|him|her|them|a (?:man|woman|fan|guy|girl"
    r"|boy|child|kid|lad|lady)|my (?:\S+ )?(?:friend|mate|partner|wife|husband|son|daughter"
    r"|boyfriend|girlfriend|kid|kids|child|mum|dad|sister|brother))"
)
_FIRE_EXIT = (
    r"(?:fire exits?|emergency exits?|fire doors?|fire escapes?|escape routes?|emergency doors?"
    r"|stairwell doors?|stairwells?|exit doors?|exits|the other exit|the only (?:other )?(?:exit"
    r"|door|way out|stairwell|staircase)|the (?:side|back|second|other) (?:exit|fire door"
    r"|emergency door|stairs|staircase))"
)
_SHUT_FAST = (
    r"(?:chained|padlocked|locked|blocked|bolted|barricaded|obstructed|boarded up|taped shut"
    r"|chained shut|locked shut|jammed shut|blocked off|piled (?:high )?with|full of (?:boxes"
    r"|stock|bins|crates))"
)
_DRINK = r"(?:drink|drinks|glass|pint|cocktail|cocktails|bottle|wine|beer|shot|shots)"

_FAMILIES_9 = (
    # glass or parts that shatter or fly with people near
    rf"(?:glass|door|window|pane|panel|screen|lid|shelf|bulb|jar|bottle|oven door|front"
    rf"|mirror|blade|drum|part|parts|bits|shards|pieces) {_W}{{0,4}}?{_SHATTERED}"
    rf" {_W}{{0,12}}?(?:{_CHILD}|someone|people|i|we|me|he|she|they)? ?{_W}{{0,2}}?{_NEAR_PEOPLE}"
    # glass that gave way in place and threw its pieces about (not a parcel dropped in transit)
    r"|(?:glass|pane|screen|door|window|panel) (?:\S+ ){0,2}?(?:just )?(?:went|gave way|gave out"
    r"|cracked|broke|blew|shattered|exploded|burst) (?:\S+ ){0,6}?(?:bits|shards|pieces|fragments"
    r"|splinters|glass) (?:of (?:glass|it) )?(?:everywhere|all over|flew|flying|across)"
    # an electric shock, a tingle from metal, live parts left open
    r"|(?:electric|electrical) shocks?|electrocut\w*"
    r"|(?:touched|touching|touch (?:the|it|a|any|its)|grabbed|grabbing|plugged|plugging|unplugged"
    r"|unplugging|held|holding|leaning"
    r" on|brushed) (?:\S+ ){0,8}?(?:got|gets|getting|gave|gives|giving|felt|feel|feels|had)"
    r" (?:\S+ ){0,2}?(?:a |an )?(?:\S+ )?(?<!static )(?:jolt|zap|shock|tingle|belt)(?! (?:when|at)"
    r" (?:i|we"
    r"|he|she|they) (?:saw|see|read|opened|checked|looked))"
    r"|(?:jolt|jolts|zap|zapped|shock|shocks|tingle|tingles|tingling) (?:\S+ ){0,3}?(?:from|off"
    r"|through|when (?:i|we|he|she|they|you) touch\w*|touching) (?:the |my |a |his |her |its |our"
    rf" )?(?:\S+ )?(?:{_APPLIANCE}|metal|casing|handle|door|terminals?|wires?|taps?|frame|drum)"
    r"|(?:got|get|gets|was|were|been|being) (?:\S+ )?(?:zapped|shocked|electrocuted)"
    r" (?:by|from|off)"
    rf" (?:the|my|a|their|our|his|her) (?:\S+ )?(?:{_APPLIANCE}|handle|door|casing|taps?|metal)"
    r"|(?:got|gets|getting|gave) (?:me |him |her |them |us |my \S+ )?(?:a |an )?(?:\S+ )?jolt"
    r" (?:\S+ ){0,2}?(?:that )?(?:knocked|threw|sent|flung|made)"
    r"|exposed (?:live )?(?:terminals?|wires?|wiring|cables?|live parts|contacts|electrics"
    r"|copper|conductors|elements?)|(?:live|bare) (?:wires?|terminals?|cables?|electrics|parts)"
    r" (?:\S+ ){0,4}?(?:exposed|hanging|sticking out|showing|out|open|within reach)"
    r"|(?:wires|wiring|cables|live wire|bare wire|electrical wire) (?:\S+ ){0,2}?(?:hanging out"
    r"|sticking out|poking out|left exposed|exposed)"
    r"|(?:left|taken|took) (?:the )?(?:\S+ )?(?:panel|cover|casing|guard|faceplate|back) (?:of"
    rf" |on |off )(?:the |my |our )?(?:\S+ )?{_APPLIANCE} off(?! (?:\S+ ){{0,3}}?to (?:clean"
    r"|check|show))"
    # a dose or strength that does not match, someone else's medicine, a second dose
    rf"|{_FIRST_DOSE} (?:\S+ ){{0,8}}?(?:(?:she|he|i|they|we|mum|dad|my \S+) (?:\S+ )?(?:takes|take"
    r"|is on|am on|'?m on|'?s on|are on|was prescribed|were prescribed|should (?:be on|have|take)"
    r"|needs|need|is meant to|is supposed to)|prescribed|prescription (?:says|is|was|for)"
    r"|supposed to be|should (?:be|have been)|meant to be|instead of|not)"
    rf" (?:\S+ ){{0,2}}?{_OTHER_DOSE}"
    r"|(?:wrong|incorrect|different|higher|lower|stronger|weaker) (?:\S+ )?(?:strength"
    r"|dose|dosage|doses)(?! cup| cups| spoon| syringe| measure)|wrong (?:\S+ )?(?:medication"
    r"|medicine|meds|tablets|pills|drug|drugs"
    r"|insulin|inhaler|capsules|injection|patches)"
    rf"|(?:someone|somebody) else'?s (?:\S+ )?{_MEDICINE}|(?:someone|somebody) else'?s name"
    rf" (?:\S+ ){{0,2}}?on (?:my|the|her|his|their|our|mum'?s|dad'?s) (?:\S+ )?{_MEDICINE}"
    rf"|{_MEDICINE} (?:\S+ ){{0,4}}?(?:for"
    r" someone else|for somebody else|with (?:someone|somebody) else'?s name|in (?:someone"
    r"|somebody) else'?s name|for a different (?:patient|person)|for another (?:patient|person))"
    r"|(?:took|taken|given|gave|had|has|having|got|taking) (?:\S+ ){0,2}?(?:a )?(?:double|extra"
    rf"|second|two) doses?(?! of (?:fun|joy|drama|sunshine|monday|mondays|cuteness|nostalgia"
    r"|\S+ness))|(?:double|doubled) (?:up )?(?:on )?(?:her|his|their|my|the) (?:\S+ )?(?:dose"
    r"|meds|medication|tablets|insulin)"
    r"|(?:not|isn'?t|wasn'?t|weren'?t|aren'?t|no|without|non)[- ](?:a )?child[- ]?(?:proof"
    r"|resistant) (?:lid|lids|cap|caps|top|tops|closure|bottle|bottles|packaging)"
    # calling emergency help: 111, 999, an ambulance, poison control
    r"|(?:on the phone to|on the phone with|phoned|phoning|rang|ringing|called|calling|dialled"
    r"|dialed|dialling|dialing|had to (?:call|ring|phone)|spoke to|speaking to) (?:nhs )?"
    r"(?:111|999|911|112|an ambulance|the ambulance|ambulance|poison control|(?:the )?poisons?"
    r" (?:centre|center|line|unit|helpline)|paramedics|the paramedics|(?:the )?out of hours"
    r" (?:gp|doctor|line))"
    # medicine that must be kept cold, arriving warm or left out
    rf"|{_COLD_MEDICINE} (?:\S+ ){{0,10}}?(?:warm|hot|lukewarm|room temperature|not cold|no ice"
    r" ?packs?|no cool ?(?:bag|pack|box)|ice ?packs? (?:\S+ ){0,2}?(?:melted|defrosted|warm"
    r"|water)|in the sun|in the heat|on the doorstep|left outside|sat outside|defrosted|thawed)"
    rf"|(?:warm|hot|lukewarm|melted|defrosted|thawed|in the sun) (?:\S+ ){{0,6}}?{_COLD_MEDICINE}"
    rf" (?:\S+ ){{0,6}}?(?:ok|okay|safe|still work|still good|use|inject)"
    r"|(?:still|is it|is this) (?:\S+ )?(?:ok|okay|safe|fine) to inject"
    # a head injury with a warning sign, or not told about
    rf"|{_HEAD_HURT} (?:\S+ ){{0,14}}?{_HEAD_WARNING}"
    rf"|{_HEAD_WARNING} (?:\S+ ){{0,10}}?{_HEAD_HURT}"
    rf"|{_HEAD_HURT} (?:\S+ ){{0,14}}?(?:no accident (?:form|report|sheet)|nobody told|not told"
    r"|never told|no one told|wasn'?t told|weren'?t told|didn'?t tell|didn'?t call|nobody called"
    r"|no call|no phone call)"
    r"|(?:not|never|didn'?t|nobody|no one|without) (?:\S+ ){0,4}?(?:tell|told|telling|report"
    r"|reported|reporting|mention|mentioned|inform|informed|call|calling) (?:\S+ ){0,4}?"
    r"(?:head (?:bump|injury|knock)|bump(?:ed)? (?:\S+ )?head|banged (?:\S+ )?head)"
    # a child missing, out of a gate, found alone, handed to a stranger
    rf"|{_CHILD} (?:\S+ ){{0,3}}?(?:was |were |had been |got |been )?(?:found|spotted|seen"
    r"|picked up|brought back|discovered) (?:\S+ ){0,3}?(?:on the (?:pavement|street"
    r"|road|main road|roadside|footpath)|outside (?:alone|on (?:\S+ )?own|the (?:gate|gates|fence"
    r"|building|front door|main door|nursery|school|club|centre|premises))|in the (?:street|road"
    r"|car park|carpark)|down the road|by the road|near the road|wandering|alone|by a (?:stranger"
    r"|dog walker|passer-?by|neighbour|member of the public|shopkeeper))"
    r"|(?:nobody|no one|nobody had|staff (?:\S+ )?(?:didn'?t|did not|never)|they (?:didn'?t"
    r"|did not|never)|didn'?t|did not|never) (?:\S+ )?(?:notice|noticed|realise|realised|realize"
    r"|realized|spot|spotted|know|knew) (?:that )?(?:she|he|my \S+|our \S+|the (?:child|baby"
    r"|toddler|kid|boy|girl))(?:'d| had| was)? (?:gone|missing|got out|wandered off"
    r"|escaped|not there|disappeared)"
    rf"|(?:let|allowed|handed|released|gave) (?:my |our |a |the )?(?:{_CHILD}|him|her|them)"
    r" (?:\S+ ){0,3}?(?:leave|go|go home|off|over) (?:\S+ )?(?:with|to) (?:a stranger|strangers"
    r"|someone (?:we|i|she|he|they) (?:\S+ )?(?:didn'?t|don'?t|never|had never) (?:know|met|seen)"
    r"|someone not on|a man|a woman|an adult|an unknown|the wrong (?:parent|person|adult|family))"
    r"|(?:collected|picked up|taken) by (?:a stranger|someone (?:we|i) (?:\S+ )?(?:didn'?t|don'?t"
    r"|never) (?:know|authorised|authorized)|someone not on (?:the|our) (?:list|form)|an"
    r" unauthori[sz]ed|the wrong (?:parent|person|adult))"
    rf"|{_CHILD} (?:\S+ ){{0,2}}?(?:wandered|walked|ran|got|slipped|toddled|escaped) (?:out|off"
    r"|away) (?:\S+ ){0,6}?(?:onto|into|on|in|towards) (?:the|a) (?:main |busy )?(?:road|street"
    r"|car park|carpark|pavement|traffic)"
    # a child or pet left shut in a vehicle or room
    rf"|(?:left|forgot|forgotten|forgetting|locked|shut|strapped) (?:my |our |a |the |his |her"
    rf" |their )?(?:{_CHILD}|{_PET}|him|her|them) (?:\S+ ){{0,3}}?(?:in|inside) (?:the|a|their"
    rf"|our|his|her|my) (?:hot |locked |empty |parked )?{_VEHICLE_OR_ROOM}"
    rf"|(?:{_CHILD}|{_PET}) (?:\S+ ){{0,4}}?(?:left|forgotten|still strapped|strapped|locked"
    rf"|shut) (?:\S+ ){{0,2}}?(?:in|inside) (?:the|a|their|our|his|her|my) (?:hot |locked |parked"
    rf" )?{_VEHICLE_OR_ROOM}"
    rf"|(?:in|inside) (?:a|the) (?:hot|locked|closed|parked) (?:car|van|minibus|bus|vehicle)"
    r" (?:\S+ ){0,8}?(?:degrees|heat|crying|screaming|sweat\w*|red|windows? (?:up|shut|closed))"
    # chemicals, medicines, batteries within a child's reach or swallowed
    rf"|{_CHEMICAL} (?:\S+ ){{0,10}}?{_WITHIN_REACH}|{_WITHIN_REACH} (?:\S+ ){{0,6}}?{_CHEMICAL}"
    rf"|(?:{_CHILD}|{_PET}|he|she|he'?s|she'?s) (?:\S+ ){{0,3}}?(?:swallowed|ate|has eaten|had"
    r" eaten|licked|chewed|chewing|drank|got into|bit into|sucking on|sucked) (?:\S+ ){0,3}?"
    rf"{_CHEMICAL}"
    rf"|(?:blue|green|burnt|burned|blistered|stained) (?:tongue|lips|mouth) (?:\S+ ){{0,12}}?"
    r"(?:not sure|don'?t know|didn'?t know|aren'?t sure|weren'?t sure|no idea|what from"
    r"|tablets?|pods?|detergent|bleach|chemicals?)"
    # a structure or rig falling on people, a crowd crushed
    r"|(?:rig|rigging|lighting|lights|light|speaker|speakers|truss|stack|scaffold\w*|banner"
    r"|screen|lamp|beam|panel|sign|tile|tiles|ceiling|canopy|gazebo|marquee|stage|part of the"
    r" \S+|piece of the \S+|bits? of the \S+) (?:\S+ ){0,4}?(?:fell|fall|falling|falls|came down"
    r"|coming down|crashed down|collapsed|collapsing|dropped|toppled) (?:\S+ ){0,4}?(?:on|onto"
    rf"|into|over|on top of|towards) {_CROWD}"
    r"|(?:fell|falling|came down|crashed down|collapsed|dropped|toppled) (?:\S+ ){0,2}?(?:on"
    r"|onto|into) (?:the )?(?:crowd|audience|punters|spectators|front row|dancefloor"
    r"|dance floor)"
    r"|(?:crushed|crushing|squashed|pinned) (?:\S+ ){0,4}?(?:against|into) (?:the"
    r" )?(?:barrier|barriers|gate|gates|doors|front|railings?|fence|wall)"
    r"|(?:couldn'?t|could not|can'?t|cannot|struggling to) breathe (?:\S+ ){0,6}?(?:crowd|crush"
    r"|people|queue|packed|pushing)|(?:crowd|crush|people|pushing) (?:\S+ ){0,6}?(?:couldn'?t"
    r"|could not|can'?t|cannot|struggling to) breathe"
    # a fire exit chained, locked or blocked
    rf"|{_FIRE_EXIT} (?:\S+ ){{0,7}}?(?:was |were |is |are |had been |been |kept |left )?"
    rf"{_SHUT_FAST}|{_SHUT_FAST} (?:\S+ ){{0,2}}?(?:fire|emergency) (?:exits?|doors?|escapes?"
    r"|routes?)|(?:chained|padlocked) (?:shut|closed)"
    # a drink spiked, a blackout after one drink
    rf"|{_DRINK} (?:\S+ ){{0,3}}?(?:was |were |got |been |had been |must have been )?spiked"
    rf"|spiked (?:my|her|his|their|our|your) (?:\S+ )?{_DRINK}|(?:i|she|he|we|they|you|friend"
    r"|mate|sister|daughter|son|girlfriend|boyfriend|wife|husband|partner) (?:\S+ )?(?:got|was"
    r"|were|been|had been|'?d been) (?:\S+ )?(?:spiked|drugged|roofied)|drink spiking|spiking"
    r" (?:drinks|people|women|girls)|needle spiking|roofie\w*|rohypnol|ghb"
    rf"|{_DRINK} (?:\S+ ){{0,25}}?something (?:\S+ ){{0,3}}?(?:put|slipped|dropped|added|in)"
    r" (?:in|into) (?:it|my|her|his|their|our)|something (?:\S+ ){0,3}?(?:put|slipped|dropped"
    rf"|added) (?:in|into) (?:my|her|his|their|our|your|the) (?:\S+ )?{_DRINK}"
    r"|(?:one|two|a single|only (?:had )?(?:one|a)|just one|half a) (?:\S+ )?drinks?"
    r" (?:\S+ ){0,15}?"
    r"(?:no memory|can'?t remember|couldn'?t remember|blacked out|passed out|floppy|woke up (?:in"
    r"|on) (?:a |the |some )?(?:taxi|cab|street|hospital|a&e|floor|pavement|stranger'?s)"
    r"|couldn'?t stand|could barely stand)"
    r"|(?:drink|it|pint|cocktail|wine) tasted (?:\S+ )?(?:weird|funny|strange|salty|bitter|off"
    r"|wrong) (?:\S+ ){0,12}?(?:couldn'?t stand|passed out|blacked out|no memory|floppy|collapsed"
    r"|dizzy|couldn'?t walk|could barely)"
    r"|woke up (?:\S+ ){0,8}?(?:no memory|no recollection)"
)

# the same rules-9 concepts in Spanish, French, German and Portuguese
_FOREIGN_9 = (
    # glass that bursts
    r"(?:vidrio|cristal|vidrios|cristales|verre|vitre|glas|scheibe|glasscheibe|vidro|vidros)"
    r" (?:\S+ ){0,3}?(?:estalló|explotó|reventó|saltó en pedazos|a explosé|a éclaté|explosé"
    r"|éclaté|explodiert|zersprungen|zerplatzt|geplatzt|explodiu|estilhaçou|estourou)"
    # electric shock, bare wires
    r"|descarga eléctrica|calambrazo|(?:me|le|nos|les) dio (?:la )?corriente|electrocut\w*"
    r"|cables? (?:pelados|expuestos|al aire)|décharge électrique|électrocut\w*|(?:pris|prend)"
    r" (?:le jus|une châtaigne|une décharge)|fils (?:dénudés|à nu|apparents)|stromschlag\w*"
    r"|elektrischen schlag|(?:eine )?gewischt bekommen|(?:offene|blanke|freiliegende) (?:kabel"
    r"|drähte|kontakte|leitungen)|choque (?:elétrico|eléctrico)|(?:levou|levei|tomou|tomei)"
    r" (?:um )?choque|fios (?:expostos|desencapados|descascados)"
    # a wrong dose or someone else's medicine, an emergency call
    r"|(?:dosis|dose|dosierung) (?:equivocada|incorrecta|errónea|erronée|incorrecte|mauvaise"
    r"|falsche|errada|incorreta)|(?:mauvais|falsches|falsche) (?:dosage|médicament|medikament"
    r"|stärke)|(?:medicamento|remédio) (?:errado|equivocado)|(?:medicación|medicamentos?"
    r"|médicaments?|medikamente?|remédios?) (?:\S+ ){0,3}?(?:de otra persona|de otro paciente"
    r"|d'un autre patient|d'une autre personne|eines anderen patienten|für jemand anderen"
    r"|de outra pessoa|de outro paciente)"
    r"|(?:llamé|llamamos|llamar|llamado) (?:al|a una) (?:112|061|ambulancia|toxicología)"
    r"|ambulancia|(?:appelé|appeler|appelle) (?:le|les|une|la) (?:15|112|samu|pompiers|ambulance"
    r"|centre antipoison)|centre antipoison|notarzt|krankenwagen|rettungswagen|giftnotruf"
    r"|(?:112|notruf) (?:\S+ )?(?:angerufen|gerufen|gewählt)|(?:liguei|ligamos|ligar) (?:para o"
    r" )?(?:112|192|samu|inem|centro de intoxicações)|ambulância"
    # cold medicine warm
    r"|(?:insulina|insuline|insulin|vacuna|vaccin|impfstoff|vacina) (?:\S+ ){0,8}?(?:caliente"
    r"|templada|tibia|al sol|sin hielo|sin frío|chaude|tiède|au soleil|sans glace|pas réfrigérée"
    r"|warm|ungekühlt|ohne kühl\w*|in der sonne|quente|morna|ao sol|sem gelo)"
    # head knocks, children lost or shut in a vehicle
    r"|(?:beule|platzwunde) am kopf|kopf (?:\S+ ){0,3}?(?:gestoßen|angeschlagen|aufgeschlagen)"
    r"|bateu (?:com )?a cabeça|galo na cabeça|pancada na cabeça|s'est cogné la tête|coup à la tête"
    r"|(?:encontraron|encontré|hallaron|apareció|estaba) (?:a )?(?:mi|nuestro|nuestra|su|la|el)"
    r" (?:hijo|hija|niño|niña|bebé|pequeñ[oa]) (?:\S+ ){0,4}?(?:sol[oa]|en la calle|fuera"
    r"|afuera|en la acera)|nadie se dio cuenta (?:de )?que (?:se había ido|no estaba|había salido"
    r"|faltaba)|(?:retrouvée?|trouvée?) (?:\S+ ){0,3}?(?:seule?|dans la rue|sur le trottoir)"
    r"|(?:personne ne s'est aperçu|personne n'a remarqué) qu'(?:il|elle) (?:était parti|était"
    r" partie|avait disparu|manquait)|(?:kind|sohn|tochter|kleine|kleiner) (?:\S+ ){0,4}?(?:allein"
    r"|alleine) (?:\S+ ){0,3}?(?:auf der straße|draußen|vor dem tor|auf dem gehweg)"
    r"|(?:encontrad[oa]|achad[oa]) (?:\S+ ){0,3}?(?:sozinh[oa]|na rua|na calçada)"
    r"|ninguém (?:\S+ )?(?:percebeu|notou) que (?:ele|ela) (?:tinha saído|sumiu|não estava)"
    r"|(?:dejaron|olvidaron|dejó|olvidó) (?:a )?(?:mi|nuestro|nuestra|el|la|su) (?:hijo|hija|niño"
    r"|niña|bebé|perro) (?:\S+ ){0,3}?(?:en|dentro del?) (?:el |la )?(?:coche|auto|carro"
    r"|furgoneta|autobús|bus|minibús)|(?:oublié|laissé)e?s? (?:mon|ma|notre|le|la|l')"
    r" ?(?:enfant|fils|fille|bébé|chien|petite?) (?:\S+ ){0,3}?dans (?:la|le) (?:voiture|minibus"
    r"|bus|car|camionnette)|(?:kind|sohn|tochter|baby|hund) (?:\S+ ){0,4}?(?:im|in der|in einem)"
    r" (?:\S+ )?(?:auto|wagen|bus|kleinbus|minibus|transporter) (?:\S+ ){0,3}?(?:vergessen"
    r"|zurückgelassen|gelassen|eingesperrt|sitzen lassen)|(?:esqueceram|esqueceu|deixaram|deixou)"
    r" (?:o |a )?(?:meu |minha |nosso |nossa )?(?:filho|filha|bebé|bebê|criança|cão|cachorro)"
    r" (?:\S+ ){0,3}?(?:no|na|dentro do|dentro da) (?:carro|carrinha|van|ônibus|autocarro)"
    # within a child's reach, swallowed
    r"|(?:pastillas|medicamentos|productos de limpieza|lejía|detergente|pilas) (?:\S+ ){0,6}?"
    r"(?:al alcance|a su alcance|a la altura)|(?:médicaments|produits (?:ménagers|d'entretien)"
    r"|javel|pastilles|piles|lessive) (?:\S+ ){0,6}?(?:à (?:la )?portée|accessibles? aux)"
    r"|(?:medikamente|tabletten|putzmittel|reiniger|chemikalien|spülmaschinentabs|batterien)"
    r" (?:\S+ ){0,6}?(?:in reichweite|erreichbar|griffbereit)|(?:remédios|medicamentos|comprimidos"
    r"|produtos de limpeza|lixívia|água sanitária|detergente|pilhas) (?:\S+ ){0,6}?(?:ao alcance"
    r"|à altura)|se tragó (?:una |un |unas |unos )?(?:pila|pilas|pastilla|pastillas|imán|imanes"
    r"|detergente)|a avalé (?:une |un |des )?(?:pile|piles|médicament|comprimé|aimant|cachet"
    r"|lessive)|(?:batterie|tablette|magnet\w*|knopfzelle|putzmittel) (?:\S+ ){0,3}?(?:verschluckt"
    r"|geschluckt)|engoliu (?:uma |um )?(?:pilha|bateria|comprimido|remédio|íman|ímã|detergente)"
    # a rig falling on people, a fire exit shut, a spiked drink
    r"|(?:se cayó|cayó|se desplomó|se vino abajo|se derrumbó|cayeron|se cayeron) (?:\S+ ){0,6}?"
    r"(?:sobre|encima de) (?:el público|la gente|nosotros|mí|él|ella|los asistentes|la multitud"
    r"|los niños|las personas)|(?:est tombée?|sont tombée?s|s'est effondrée?|s'est écroulée?)"
    r" (?:\S+ ){0,6}?sur (?:le public|la foule|les gens|nous|moi|lui|elle|les spectateurs"
    r"|les enfants)|(?:fiel|fielen|stürzte|stürzten|krachte|krachten) (?:\S+ ){0,6}?(?:auf|in)"
    r" (?:das publikum|die menge|die leute|die zuschauer|die kinder|die menschen)"
    r"|(?:caiu|caíram|desabou|despencou) (?:\S+ ){0,6}?(?:sobre|em cima d[aoe]s?) (?:o |a |as"
    r" |os )?(?:público|plateia|pessoas|multidão|nós|mim|ele|ela|crianças)"
    r"|(?:se (?:le |me |nos |les )?cay(?:ó|eron)|cayó|cayeron) (?:\S+ ){0,4}?encima"
    r" (?:de |a )?(?:mi"
    r"|su|un|una|el|la|nuestro|nuestra) (?:\S+ )?(?:hijo|hija|niño|niña|bebé|novio|novia|amigo"
    r"|amiga|madre|padre|cabeza)|(?:lui|leur|m'|nous) est tombée? dessus|(?:est|sont) tombée?s?"
    r" sur (?:mon|ma|son|sa|notre|la) (?:\S+ )?(?:fils|fille|enfant|bébé|tête)|(?:ist|sind|fiel"
    r"|fielen) (?:\S+ ){0,3}?auf (?:meinen|meine|mein|unseren|unsere|unser|den|die|das) (?:\S+ )?"
    r"(?:sohn|tochter|kind|kopf|baby)|caiu (?:\S+ ){0,3}?em cima d[oa] (?:meu |minha |nosso"
    r" |nossa )?(?:filho|filha|bebé|bebê|cabeça|criança)"
    r"|salidas? de emergencia (?:\S+ ){0,4}?(?:cerrad\w*|bloquead\w*|encadenad\w*|con candado"
    r"|tapiad\w*)|sorties? de secours (?:\S+ ){0,4}?(?:fermée\w*|bloquée\w*|verrouillée\w*"
    r"|cadenassée\w*|encombrée\w*|condamnée\w*)|notausg(?:ang|änge) (?:\S+ ){0,4}?(?:verschlossen"
    r"|versperrt|blockiert|zugestellt|abgeschlossen|verriegelt)|(?:verschlossen|versperrt"
    r"|blockiert|zugestellt)\w* notausg\w*|fluchtweg\w* (?:\S+ ){0,3}?(?:versperrt|blockiert"
    r"|zugestellt)|saídas? de emergência (?:\S+ ){0,4}?(?:fechad\w*|bloquead\w*|trancad\w*"
    r"|acorrentad\w*|obstruíd\w*)"
    r"|(?:me|le|nos|les) (?:echaron|pusieron) algo en (?:la|mi|su) (?:bebida|copa)|bebida"
    r" adulterada|(?:on m'a|on lui a) (?:mis|versé) (?:quelque chose|de la drogue) dans (?:mon"
    r"|son) verre|verre drogué|k\.? ?o\.?-?tropfen|etwas ins getränk|getränk (?:\S+ ){0,3}?"
    r"(?:gemischt|versetzt)|(?:colocaram|puseram) (?:algo|alguma coisa) n[ao] (?:minha |meu )?"
    r"(?:bebida|copo|drink)|bebida batizada"
)

SAFETY_SERVICES_FAMILIES = _FAMILIES_9
SAFETY_SERVICES_FOREIGN = _FOREIGN_9
