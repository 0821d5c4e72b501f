"""Safety word families (rules-15): people put at risk by other people or by a crowd, and
places left dangerous.

Why a module of their own: on four trades Rapport had never seen (a campsite, a car wash, a
music venue, a water company; ``data/urgency_dev7/README.md``) the rules found half of the
safety reports, and the misses were everyday ways of telling known harms that no family
listed: a person *followed* home or asked whether they live alone, someone held in a
headlock, a wound "gashed open", a crowd crush, burning logs tipping over, a danger that
missed someone "more luck than anything"; sewage where children play, a boil notice nobody
passed on, wheel nuts left finger tight, a drink and then "my legs just went", works left
open. Each piece names the concept in words a customer of any trade uses, with German where
the set showed the gap, and a near miss beside it (``tests/test_urgency_rules15.py``).

The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no leading
or trailing space, fixed-width lookbehinds); ``safety.SAFETY_FAMILIES`` joins them.
"""

from __future__ import annotations

from listener.scoring.urgency_words import BODY as _BODY
from listener.scoring.urgency_words import CHILD as _CHILD

_PERSON = (
    rf"(?:me|us|her|him|them|my (?:\S+ )?(?:wife|husband|partner|girlfriend|boyfriend|mum|mom"
    rf"|mother|dad|father|friend|sister|brother|gran|nan)|{_CHILD}|my {_CHILD})"
)
# rules-19 (the ninth urgency set): fire and smoke in the home, a carbon monoxide alarm in
# four languages, a wound going bad, a bone broken after a fall over something left out
_COSY = (
    r"(?! (?:\S+ ){0,10}?(?:smoker|brisket|bbq|barbecue|best party|heaven|cosy|lovely|works a"
    r" treat|toast|fajitas|sizzling|theatre|lol|haha|cocktails|hangover)(?![\w']))"
)
_RULES19 = (
    # a chimney or flue fire (not one "in 1979", "as a kid", or one the sweep is booked to
    # prevent); the fire crew called out is ``safety``'s piece
    r"(?<!prevent a )(?<!avoid a )(?<!risk of a )(?:chimney|flue) fire(?! in (?:19|20)\d\d"
    r"| years ago| back in| decades| as a kid| when i was| growing up)"
    r"|fire in the (?:chimney|flue)(?! in (?:19|20)\d\d| years ago| as a kid)"
    # smoke coming into the home: "smoke pouring into the back bedroom", "la fumée redescend dans
    # le salon" (not a smoke machine or the brisket smoker); a room full of smoke is
    # ``safety_after_work``'s piece
    r"|smoke(?! machine) (?:\S+ ){0,3}?(?:pouring|blowing|coming|billowing|filling|drifting"
    r"|pushing|pumping) (?:\S+ ){0,2}?(?:back )?(?:in|into|down into|through) (?:the|our|my|his"
    rf"|her) (?:\S+ )?(?:room|lounge|living room|bedroom|house|flat|kitchen|hall|landing){_COSY}"
    r"|fumée (?:\S+ ){0,3}?(?:redescend|rentre|envahit|remplit|refoule)"
    # smoke or fumes in the home, and a headache: "whole room smells of smoke … I've had a
    # headache since"
    r"|(?:smells?|stinks?|smelling|stinking|smelled|smelt) (?:of|like) (?:smoke|fumes|gas|burning"
    r"|a bonfire) (?:\S+ ){0,20}?(?:headache|headaches|dizzy|dizziness|nauseous|light-?headed"
    rf"|drowsy|(?:feel|felt|feeling) sick){_COSY}"
    # a carbon monoxide alarm sounding, in French, Spanish, German and Portuguese (the older
    # pieces have English)
    r"|détecteur de (?:monoxyde|co) (?:\S+ ){0,3}?(?:a sonné|sonne|s'est déclenché|a retenti)"
    r"|detector de monóxido (?:\S+ ){0,3}?(?:sonó|pitó|saltó|se activó|ha sonado)"
    r"|(?:co-melder|kohlenmonoxidmelder|kohlenmonoxid-melder) (?:\S+ ){0,3}?(?:ging los|hat"
    r" ausgelöst|piept|schlug alarm)"
    r"|(?:detetor|detector) de monóxido (?:\S+ ){0,3}?(?:disparou|tocou|apitou)"
    # flames: "actual flames across the counter", flames out of a socket (not a fireplace's
    # real flames)
    r"|actual flames|flames (?:across|up the|shooting out|coming out of (?:the|a) (?:socket"
    r"|plug|wall|machine|dryer|oven|hob|charger|laptop|heater))"
    # a wound going bad: "twice the size, hot, throbbing and there's yellow under" (not a head
    # throbbing after cocktails, nor a tattoo "swollen and weeping, totally normal")
    rf"|(?:{_BODY}|cut|wound|piercing|tattoo|bite|graze|blister|stitches|scar|burn|sore)"
    r" (?:\S+ ){0,8}?(?:swollen|throbbing|infected|oozing|weeping|hot) (?:\S+ ){0,8}?(?:pus"
    r"|yellow|oozing|weeping)(?![\w'])(?! (?:\S+ ){0,8}?(?:totally normal|perfectly normal"
    r"|healing (?:great|well|nicely|fine)|all normal))"
    # redness spreading: "red up to the ankle", "red lines going up my arm" (not "red boots up
    # to the knee")
    r"|(?:red|redness) (?:lines? |streaks? |marks? )?(?:up to|going up|spreading (?:up|to)"
    r"|tracking up|creeping up|spread(?:ing)? up|all the way up to) (?:the|my|his|her) (?:ankle"
    r"|knee|elbow|wrist|shin|calf|arm|leg|hand|shoulder)"
    # a fall over something left out: "dad went straight over them, wrist broken in two places"
    # (not "went in for an MOT, the wiper arm is broken")
    r"|(?:fell|tripped|slipped|went (?:straight |right |flying )?over|went flying) (?:\S+ )"
    r"{0,12}?(?:wrist|arm|leg|ankle|hip|collarbone|elbow|nose|jaw|kneecap) (?:is |was |now )?"
    r"(?:broken|fractured|snapped|shattered)"
)

SAFETY_PEOPLE_PLACES_FAMILIES = (
    # followed or stalked by staff or a stranger: "followed me back to the car", "walked
    # behind me all the way to the nursery asking which house was mine and if I lived alone"
    rf"(?:followed|following|follows|walked behind|came after|chased) {_PERSON} (?:\S+ ){{0,3}}?"
    r"(?:home|all the way|back to (?:my|our|the|her|his) (?:car|van|house|flat|door|hotel)"
    r"|to (?:my|our|her|his) (?:car|van|house|flat|door|front door|street)|out to (?:my|our|the)"
    r" car|into the (?:toilets|car park|street))(?! (?:\S+ ){0,2}?to (?:hand|give|return|bring"
    r"|help|check)(?![\w']))"
    r"|ask\w* (?:\S+ ){0,4}?(?:if|whether) (?:i|she|we) (?:lived|live|lives|was living|am living)"
    r" (?:alone|on (?:my|her) own|by (?:myself|herself))"
    # held by the neck: "had a lad of about 16 in a headlock", "going purple in the face"
    r"|(?:in a|into a|put him in a|put her in a) (?:\S+ )?(?:headlock|chokehold|choke hold"
    r"|stranglehold)|(?:choked|choking|strangled|strangling) (?:me|him|her|a|the|my|this)"
    r"|(?:going|turning|went|turned) (?:purple|blue) in the face(?! (?:\S+ ){0,3}?(?:laughing"
    r"|waiting|asking|explaining|telling|arguing|on hold|ringing|calling|chasing)(?![\w']))"
    # a wound told by its look: "her shin is gashed open", "split his head open"
    rf"|gashed (?:open|right open)|{_BODY} (?:is |was |got )?"
    rf"(?:gashed|sliced open|split open)|(?:split|gashed|cut) (?:my|his|her|their) {_BODY} open"
    # a crowd crush: "people pitched forward into the pit", "a crush on the stairs"
    r"|crowd crush|(?:a|the) crush (?:on|at|in|by|near) the (?:stairs|exit|door|doors|barrier"
    r"|front|gate|gates|entrance|staircase)|crushed against|(?:pitched|fell|surged|were pushed)"
    r" (?:forward|down) (?:\S+ ){0,3}?(?:pit|barrier|stairs|steps|crowd)"
    r"|(?:lost|losing) (?:her|his|my|their|our) footing"
    # fire let loose: burning logs tipping, embers everywhere
    r"|embers (?:everywhere|flying|all over|went everywhere|onto|over (?:the|our|my))"
    r"|(?:full of|with|still) (?:burning|hot|lit|glowing) (?:logs|coals|embers|charcoal|wood)"
    # a danger that missed someone: "landed a step from our door, nobody hurt, more luck than
    # anything", "a metre from my 6yo"
    r"|more luck than (?:judgement|judgment|anything|design)"
    r"|(?:landed|fell|came down|crashed|dropped|missed|hit|flew|smashed|shattered|exploded"
    r"|went) (?:\S+ ){0,6}?(?:inches|a step|a foot|a metre|a meter|centimetres|a yard|feet)"
    rf" (?:away )?from (?:where )?"
    rf"(?:my|our|her|his|the) (?:{_CHILD}|head|door|tent|pod|porch|bed|pram|buggy|car"
    r"|caravan)"
    # sewage where people are: "sewage coming up … next to the splash pad … kids running
    # through it"; a boil-water notice nobody passed on
    rf"|sewage(?! (?:works|treatment|plant|farm)(?![\w'])) (?:\S+ ){{0,12}}?(?:{_CHILD}|splash"
    r"|play ?ground|play area|paddling|school|garden|kitchen|bathroom|living room|beach|river)"
    r"|boil (?:water )?notice (?:\S+ ){0,20}?(?:no (?:text|letter|call|email|warning|one told)"
    r"|never (?:told|heard|got)|nobody told|no-one told|didn'?t (?:tell|get|hear)|found out)"
    r"|(?:algae|scum|bloom) (?:\S+ ){0,30}?(?:sick|vomit\w*|ill|poorly|rash)"
    # wheel nuts or bolts left loose after the brand's work: "3 of the nuts turned with my
    # fingers", "the bolts were only finger tight"
    r"|(?:nuts|bolts|screws) (?:\S+ ){0,6}?(?:turned|undid|came off|came undone|spun|unscrewed)"
    r" (?:\S+ )?(?:with|by) (?:my|his|her|bare|our) (?:fingers|hand|hands)"
    r"|(?:nuts|bolts) (?:\S+ ){0,3}?(?:only |just )?(?:finger|hand)[ -]tight"
    # a drink followed by a collapse: "put it down for a minute … 20 min later my legs just went"
    r"|(?:drink|drinks|vodka|pint|glass|cocktail) (?:\S+ ){0,25}?(?:my|her|his) legs (?:just )?"
    r"(?:went|gave way|gave out)"
    # works left open: "trench left open, no fence, no lights", German "kein Licht, kein Zaun"
    r"|(?:trench|excavation|roadworks|manhole|pothole|open pit|hole in the (?:road|pavement|path"
    r"|ground|floor|pitch)) (?:\S+ ){0,10}?(?:no (?:fence"
    r"|fencing|barrier|barriers|lights|lighting|cover|cones)|unfenced|unguarded|uncovered|left"
    r" open)(?! (?:\S+ ){0,2}?(?:needed|required)(?![\w']))"
    r"|(?:baustelle|grube|loch|graben|schacht) (?:\S+ ){0,12}?(?:kein (?:licht|zaun|gitter)"
    r"|keine (?:absperrung|beleuchtung)|ungesichert|nicht abgesichert)"
    # German falls
    # rules-17: a stranger filming or photographing children; a fault that nearly put the
    # customer into someone ("nearly put me into a cyclist on Bridge St")
    r"|(?<!lovely )(?:man|woman|guy|bloke|adult|stranger|someone|somebody|person)"
    r" (?:(?!teacher |instructor |staff |photographer |coach |leader )\S+ ){0,8}?(?:filming"
    r"|photographing|taking (?:photos|pictures|pics|videos) of|took (?:photos|pictures|pics"
    r"|videos) of|recording) (?:\S+ ){0,3}?(?:kids"
    rf"|children|{_CHILD}|toddlers|girls|boys|the little ones)(?! (?:\S+ ){{0,3}}?(?:for"
    r" (?:the|their) (?:parents|party|website)|with permission|so (?:the )?parents)(?![\w']))"
    r"|nearly (?:put|sent|pushed|steered|dragged|pulled|took) (?:me|us|the car|the van|my car)"
    r" (?:into|under|in front of) (?:a|an|the|some) (?:cyclist|pedestrian|child|kid|lorry|bus|car"
    r"|van|wall|ditch|barrier|oncoming)"
    r"|(?:ausgerutscht|gestürzt|hingefallen|umgeknickt) (?:\S+ ){0,6}?(?:hüfte|kopf|arm|bein"
    r"|krankenhaus|notaufnahme|verletzt|gebrochen|blutet)"
    "|" + _RULES19
)
