"""Safety word families: one harm concept by all its wordings (rules-7, rules-9).

Rules-7 (here): harm to a body, things that burn or give way, contamination, in English and
in Spanish, French, German and Portuguese. Rules-9's concepts, found in services the earlier
rules were not written for (shocks, dose mix-ups, lost children, chained fire exits, spiked
drinks), are in ``safety_services``; rules-11's equipment failing dangerously, often after
the business's own work (a swelling battery, a falling tile, water on a light fitting, an
alarm staff said to ignore), is in ``safety_after_work``; rules-12's harm to people in
someone's care and worn safety gear (a child going under in a lesson, a carer's grip marks, a
frayed harness) is in ``safety_care``; all are joined into one pattern per language below.
"""

from __future__ import annotations

from listener.scoring.urgency_families.safety_after_work import (
    SAFETY_AFTER_WORK_FAMILIES,
    SAFETY_AFTER_WORK_FOREIGN,
)
from listener.scoring.urgency_families.safety_care import (
    SAFETY_CARE_FAMILIES,
    SAFETY_CARE_FOREIGN,
)
from listener.scoring.urgency_families.safety_people_places import (
    SAFETY_PEOPLE_PLACES_FAMILIES,
)
from listener.scoring.urgency_families.safety_services import (
    SAFETY_SERVICES_FAMILIES,
    SAFETY_SERVICES_FOREIGN,
)
from listener.scoring.urgency_words import (
    APPLIANCE as _APPLIANCE,
)
from listener.scoring.urgency_words import (
    BODY as _BODY,
)
from listener.scoring.urgency_words import (
    CHILD as _CHILD,
)
from listener.scoring.urgency_words import (
    OWNER as _OWNER,
)
from listener.scoring.urgency_words import (
    POSS as _POSS,
)
from listener.scoring.urgency_words import (
    W as _W,
)

_BURNING = (
    r"(?:smoking|smoked|smokes|sparking|sparked|sparks(?! ?plugs?)|melted|melting|melts"
    r"|caught fire|catching fire|catches fire|burst into flames|in flames|on fire|burnt out"
    r"|burned out|burning up|scorched|scorching|charred|blackened|exploded|exploding|fizzing"
    r"|crackling|arcing|overheated|overheating|blew up|went up in flames|short(?:ed|-circuited"
    r"|circuited))"
)
# what a hurt body part does: "jaw is swollen", "eyes streaming", "lips started tingling"
_BODY_STATE = (
    r"(?:swollen|swelling|swelled|swelled up|swollen up|puffed up|puffy|bleeding|bled|blistered"
    r"|blistering|numb|tingling|tingly|throbbing|streaming|stinging|weeping|oozing|infected"
    r"|bruised|twisted|crushed|fractured|sprained|dislocated|scarred|scarring|peeling"
    r"|red raw|raw|black and blue|burst)"
)
_STRUCTURE = (
    r"(?:swing|swings|frame|slide|climbing frame|bunk bed|bed frame|bed|cot|crib|chair|chairs"
    r"|stool|stools|bench|ladder|scaffold\w*|railing|railings|handrail|banister|stairs|staircase"
    r"|steps|step|platform|deck|decking|balcony|rack|shelf|shelves|shelving|wardrobe|cabinet"
    r"|bookcase|mirror|tv|television|bracket|mount|table|floor|floorboards?|ceiling|roof|wall"
    r"|gate|barrier|fence|net|netting|mat|springs|seat|seats|rig|equipment|apparatus|structure"
    r"|lift|hoist|harness|rope|ropes|zip ?line|zipwire|trampoline|pole|post)"
)
# rules-19 review: a lift or ramp that came down as it should ("so smoothly, fascinating");
# rules-20: a car lift that "came down with my car on it, smooth as anything"
_AS_DESIGNED = (
    r"(?! (?:\S+ ){0,4}?(?:smoothly|gently|slowly|perfectly|as (?:it|they) should|as designed"
    r"|fascinating|smooth as|with (?:my|the|our|his|her) (?:car|van|motorbike|vehicle|truck)"
    r" on)(?![\w']))"
)
_UNSTABLE = (
    r"(?:gave way|giving way|collapsed|collapsing|caved in|buckled|buckling|snapped|came away"
    r"|pulled out of the wall|toppled|tipped over|tipping over|fell down|came down|came crashing"
    r"|(?:bolt|bolts|screw"
    r"|screws|pin|pins|fixings?) (?:\S+ )?(?:missing|loose|sheared|snapped|came out|fell out))"
)
_SMELL = r"(?:smell\w*|smelt|stank|stink\w*|reek\w*|whiff|odou?r|stench|fumes)"
_SMELL_OF = (
    r"(?:gas|burning|burnt plastic|burning plastic|melting plastic|electrical|chemicals?"
    r"|petrol|fuel|diesel|bleach|ammonia|solvent|fumes|exhaust|something burning)"
)
_BACTERIA = (
    r"(?:salmonella|listeria|e\.? ?coli|norovirus|campylobacter|pseudomonas|legionnaires"
    r"|legionella|sepsis|cellulitis|impetigo|staph|mrsa|botulism|tetanus|scabies"
    # rules-36 (the fourteenth week set's septic tank firm): "septic" only as an infection,
    # "went septic", "a septic finger"; never a tank, a firm ("Marchbank Septic") or a system
    r"|(?:went|gone|go|goes|going|turned|turning|become|became|becoming|got|getting) septic"
    r"|(?:wound|cut|finger|thumb|toe|foot|arm|leg|hand|knee|piercing|ear|bite|blister)(?:'?s"
    r" (?:now |gone |still )?| is (?:now )?)septic|septic (?:wound|cut|finger|thumb|toe|foot"
    r"|arm|leg|hand|knee|piercing|ear|shock|arthritis|bursitis|bite|blister|nail|tooth|gum"
    r"|infection))"
)
_VERMIN = (
    r"(?:mouse|mice|rat|rats|cockroach|cockroaches|roach|roaches|maggot|maggots|worm|worms"
    r"|weevils?|insects?|bugs?|beetles?|flies|fly|slug|spider|droppings)"
)

_FAMILIES_8 = (
    # a thing that burns, sparks or melts (not a person "smoking outside")
    rf"{_APPLIANCE} {_W}{{0,4}}?(?:started |starts |was |were |is |kept |keeps |began |just )?"
    rf"{_BURNING}"
    rf"|{_BURNING} {_W}{{0,2}}?(?:the |a |my |our )?(?:plug|socket|wall|carpet|worktop|wires?"
    r"|cable|skirting|ceiling|extension lead|casing|outlet)"
    r"|(?:smoke|flames|sparks) (?:\S+ ){0,2}?(?:coming|came|pouring|poured|billowing|shooting"
    r"|flying|coming out|out of|from)"
    rf"|(?:too|so|really|far too|dangerously) hot (?:to|i can'?t|you can'?t|we can'?t) (?:touch"
    r"|hold|sit on|stand on)"
    # a smell that means danger
    rf"|{_SMELL} (?:\S+ ){{0,2}}?(?:of |like )?{_SMELL_OF}|{_SMELL_OF} (?:smell|smells|fumes"
    r"|odou?r|stench)|(?:smelt|smelled|smelling|can smell|could smell) gas"
    r"|(?:co|carbon monoxide|gas) (?:alarm|detector|monitor|sensor|tester)s? (?:\S+ ){0,3}?"
    r"(?:went|goes|going|kept|keeps|keep|started|start|starts|is|was) (?:off|beeping|sounding"
    r"|going off|reading|flashing)"
    r"|fumes (?:\S+ ){0,6}?(?:sick|dizzy|headache|headaches|faint|breathe|breathing|cough"
    r"|coughing|eyes)|toxic fumes|(?:mixed|mixing|mix) bleach"
    # a structure that gives way under a person
    rf"|{_STRUCTURE} {_W}{{0,4}}?(?<!n't )(?<!not )(?<!never )(?<!no ){_UNSTABLE}{_AS_DESIGNED}"
    rf"|(?:buckle|clip|clasp|carabiner|strap|harness|belt|lock|latch) {_W}{{0,2}}?(?:came"
    r" undone|came open|came loose|popped open|unclipped|opened|failed|gave|snapped|broke) "
    r"(?:\S+ ){0,3}?(?:mid|while|during|on|halfway|at the top|in the air)"
    r"|could (?:have|'?ve) (?:fallen|fell|drowned|choked|been electrocuted|broken (?:\S+ )?neck"
    r"|been crushed|lost (?:a|an|his|her|my|their) (?:\S+ )?(?:finger|eye|hand|leg|arm))"
    r"|(?:was|got|were|been|being) (?:thrown|flung|catapulted) (?:\S+ ){0,2}?(?:off|forward"
    r"|across|from|out of|to the (?:floor|ground)|into)"
    r"|(?:threw|flung|catapulted) (?:me|him|her|us|them|my \S+) (?:\S+ )?(?:off|forward|across"
    r"|out of|to the (?:floor|ground)|into)"
    r"|glass (?:all )?over (?:me|my|him|her|us|them|the (?:baby|kid|kids|child|children|dog))"
    # harm to a body, in the words people use for it
    rf"|(?:my|his|her|their|our|its|baby'?s|son'?s|daughter'?s|kids'?|kid'?s|dog'?s|cat'?s)"
    rf" (?:\S+ )?(?:{_BODY}|nail bed|nail beds|eye socket) (?:\S+ ){{0,3}}?{_BODY_STATE}"
    rf"(?! (?:\S+ ){{0,2}}?(?:from|after) (?:the )?(?:sauce|chilli|chili|curry|wings|pepper|spice"
    r"|laughing|dancing|clapping|singing|walking|standing|the gig|the concert|the hike|class"
    r"|workout|session|gym|run|training|leg day|spin|circuit|squats|hike|walk|😂|🤣|lol))"
    r"|(?:skin|scalp|eye|eyes|face|lips|throat|ear|ears|gums|wound) (?:\S+ ){0,3}?(?:burning"
    r"|on fire|in agony)(?! (?:\S+ ){0,3}?(?:sauce|chilli|chili|curry|wings|pepper|spice|😂|🤣"
    r"|lol))"
    rf"|(?:got|gets|had) (?:my|his|her|their) {_BODY} (?:\S+ )?(?:twisted|crushed|trapped|caught"
    r"|stuck|jammed|burnt|burned|cut)"
    r"|pins and needles (?:in|down|up|through|all) (?:my|his|her|their)"
    r"|(?:on|glued to|stuck on|stuck to) the (?:toilet|loo) all (?:night|day|evening|weekend)"
    r"|up all night (?:\S+ ){0,2}?(?:sick|vomiting|throwing up|on the toilet|with (?:a )?(?:bad )?"
    r"(?:stomach|belly|tummy))"
    r"|(?:stomach|belly|tummy) (?:cramps|bug|upset|pains?) (?:\S+ ){0,3}?(?:after|from|since)"
    r"|allergic (?:\S+ ){0,10}?(?:it had|had \S+ in|contained|there was|was in it|traces|tingl\w*"
    r"|swell\w*|itch\w*|hives|epi ?pen\w*|antihistamine\w*|inhaler)"
    r"|(?:had|contained|was|were|found|with) (?:\S+ ){0,4}?in (?:it|them|the \S+) (?:\S+ ){0,4}?"
    r"(?:i'?m|he'?s|she'?s|is|am|are|we'?re|they'?re) (?:severely |very |deathly |seriously )?"
    r"allergic"
    # a thing falling on or closing on a person, a structure giving way with people on it
    r"|(?:came crashing|crashed|fell|dropped|landed|came down|smashed) (?:\S+ ){0,3}?(?:next to"
    r"|inches from|centimetres from|right by|beside|onto|on top of|on) (?:my|his|her|our|the|a)"
    r" (?:\S+ )?(?:head|kid|son|daughter|child|baby|toddler|feet|foot|hand|legs?|lap|pram)"
    r"|(?:deflated|collapsed|caved in|came down|gave way|tipped over|lifted|blew away|blew over"
    r"|flipped|took off|rolled) (?:\S+ ){0,3}?(?:with|while"
    r"|on top of) (?:\S+ ){0,3}?(?:kids|children|people|someone|my|us|them|him|her)"
    r" (?:(?!car |van |motorbike |vehicle |truck )\S+ )?"
    rf"(?:inside|on it|in it|underneath|under it|on them|still on){_AS_DESIGNED}"
    r"|(?:found|had|was|were|put|putting|got|stuck|lodged) (?:\S+ ){0,3}?in (?:my baby'?s"
    r"|my son'?s|my daughter'?s|my toddler'?s|my child'?s|my kid'?s|my dog'?s|my puppy'?s|his|her"
    r"|their|its) (?:own )?(?:mouth|nose|ear|throat)"
    r"|(?:magnets?|button batter\w*|batteries|small parts?|tiny parts?|small pieces|tiny pieces"
    # (rules-33: not "EPS bead on a detached", a house)
    r"|beads?|stuffing) (?:\S+ ){0,2}?(?:came loose|came off|fell out|came out|(?<! a )detached"
    r"(?! (?:house|home|property|bungalow|garage|place|one))|broke off"
    r"|pulled out|easily)"
    # shut in: a lock that jams with someone inside, a door that needs a key to get out
    r"|(?:locked|shut|stuck|jammed|trapped) (?:\S+ ){0,3}?(?:with|while) (?:my|his|her|our|a|the"
    r"|two|three|\S+'s) (?:\S+ )?(?:\S+ )?(?:inside|in it|in there|in the)"
    r"|(?:can'?t|cannot|couldn'?t|could not|unable to|no way to) get out(?! of (?:bed|the contract"
    r"|it|this|that|my contract|the deal|paying|the house))"
    r"|(?:need|needs|needed) (?:a |the )?key to (?:get|let \S+) out"
    r"|(?:called|call|phoned|rang|calling) (?:the )?fire (?:brigade|service|department)|fire"
    r" (?:brigade|service|crew|fighters|engine|engines|department) (?:\S+ )?(?:had to|came|were"
    r" called|was called|arrived|turned up|attended|cut|broke|took|rescued|got|pulled|put (?:it"
    r"|the fire) out)(?! (?:\S+ ){0,6}?"
    r"(?:open day|charity|coffee|visit|kids loved|fun day|fete|tour|car wash)(?![\w']))"
    r"|firefighters"
    r" (?:\S+ )?(?:had to|came|were called|arrived|cut|broke|rescued)|(?:locked|trapped|stuck"
    r"|shut) in (?:the |her |his |their"
    r" |my )?(?:house|home|room|bathroom|toilet|flat|car|lift|building)"
    # the eye: flashes, floaters, a shadow, sight lost
    r"|(?:flashes|flashing lights|floaters|a curtain|a shadow|black spot|dark spot|black spots"
    r"|dark spots|blurry patch|blind spot) (?:\S+ ){0,3}?(?:in|across|over|on) (?:my|his|her"
    r"|their) (?:\S+ )?(?:eye|eyes|vision|sight)"
    r"|lost (?:the |his |her |my )?(?:sight|vision)(?! of)"
    r"|can'?t see (?:out of|with|through) (?:my|his|her|their) (?:\S+ )?eye|corneal|abrasion"
    r"|(?:per|according to|said the|says the) (?:the )?(?:hospital|a&e|gp|doctor|nurse)"
    # food gone bad and eaten, an allergen in food sold as free of it
    r"|(?:grey|gray|green|slimy|sticky|rotten|rancid|gone off|smel\w* (?:\S+ )?(?:sweet|sour|off"
    r"|funny|rotten|bad|like eggs)\??) (?:\S+ ){0,12}?(?:already |had )?(?:cooked|ate|eaten|fed"
    r"|served|given|gave) (?:\S+ ){0,5}?(?:kids|children|family|baby|son|daughter|us|them|him"
    r"|her|dog|cat)"
    r"|(?:gluten|nut|peanut|dairy|egg|milk|soy|sesame|allergen|lactose)[- ]free (?:\S+ ){0,6}?"
    r"(?:had|contained|containing|cross[- ]?contaminat\w*|same (?:mincer|fryer|oil|board|knife"
    r"|machine|grill|surface|tongs|slicer))"
    r"|(?:coeliac|celiac|allergic|allerg\w*|intoleran\w*|anaphyla\w*) (?:\S+ ){0,15}?"
    r"cross[- ]?contamina\w*|glutened|(?:coeliac|celiac) (?:\S+ ){0,25}?(?:up all night|ill"
    r"|sick|poorly|reaction|symptoms|doubled over|in pain)"
    # the business's fitting that lets go
    r"|(?:reattached|refitted|re-?hung|swapped|attached|wired|connected|fitted|installed|mounted)"
    r" (?:\S+ ){0,12}?(?:let go|gave out|dropped (?:about |around |nearly |over )?(?:a|one|two"
    r"|half a|\S+) (?:metre|meter|foot|feet|m))"
    # danger named by its degree, not by praise ("dangerously comfy", "dangerously good")
    r"|dangerously (?:fast|frayed|close|low|loose|hot|worn|exposed|overloaded|high|unstable"
    r"|slippery|sharp|thin|damaged|wobbly|overheat\w*|quick|reckless|bald|faulty|tired|drunk"
    r"|sleepy|distracted|near)"
    r"|(?:nearly|almost) (?:took out|knocked over|knocked down|ran over|run over|hit|squashed"
    r"|flattened|mowed down|clipped) (?:my|a|the|our|his|her|someone|me|him|us|them|two|three)"
    r"(?! (?:\S+ )?(?:target|record|jackpot|goal|limit|button|wall of))"
    r"|(?:bolt|bolts|screws|fixings|pins) (?:\S+ ){0,2}?missing (?:\S+ ){0,6}?(?:kid|kids|child"
    r"|children|son|daughter|toddler|baby|someone|people|i was|we were) (?:\S+ )?(?:was|were|on"
    r"|sitting|climbing|jumping|standing|using)"
    # poison within reach, a pet or person with the signs of it
    r"|(?:poison|bait|pellets|chemicals?|bleach|antifreeze|weed ?killer|pesticide|insecticide"
    r"|rat bait|slug pellets) (?:\S+ ){0,10}?(?:could (?:reach|get)|can (?:reach|get)|reach of"
    r"|got at|get at|ate|eaten|licked|drank|swallowed)"
    r"|(?:she'?s|he'?s|they'?re|it'?s|is|was|were|now|started|been|dog|cat|puppy|kitten)"
    # (rules-25: not "how is a 'fitting service' supposed to work")
    r" (?:\S+ )?(?:drooling|trembling|fitting(?! service| appointment| slot| date| team| room"
    r"| day| fee)|wheezing|lethargic|twitching|convulsing|foaming"
    r"|having (?:a )?(?:fit|fits|seizure|seizures))"
    # cords a child can reach, an emergency release that fails, shut in a room
    r"|(?:blind|blinds|curtain|looped|window) cords? (?:\S+ ){0,8}?(?:cot|crib|bed|reach|baby"
    r"|toddler"
    r"|child|neck)"
    r"|(?:emergency (?:release|stop|exit|button|brake|cord|light|lighting|door)|panic (?:button"
    r"|alarm|bar)|fire (?:exit|door|escape|alarm)) (?:\S+ ){0,4}?(?:didn'?t|did not|doesn'?t"
    r"|does not|wouldn'?t|won'?t|never|wasn'?t|isn'?t) (?:\S+ )?(?:work|working|open|opening"
    r"|go off|sound|release|lit)"
    r"|(?:stuck|trapped|locked|shut) (?:in|inside) (?:the |a |our |my |that )?(?:room|lift"
    r"|elevator|toilet|bathroom|cubicle|sauna|cabin|pod|ride|freezer|fridge|cold room|cupboard"
    r"|changing room|container|van|car|escape room|booth|capsule)"
    # brakes that feel wrong, medical help needed
    r"|(?<!clutch )(?<!accelerator )(?<!throttle )pedal (?:\S+ )?(?:went|goes|going|is|was|felt"
    r"|feels) (?:\S+ )?(?:soft|spongy|to the floor)"
    r"|brakes? (?:\S+ )?(?:felt|feel|feels|are|were|went|is|was) (?:\S+ )?(?:soft|spongy)"
    r"|(?:emergency|out of hours|out-of-hours) (?:dentist|doctor|gp|appointment|surgery)"
    r"|minor injuries|walk-in centre|first aider|needed (?:a |the )?(?:nurse|doctor|medic"
    r"|paramedic|first aider|vet) to"
    # boiling liquid on a body, sharp things where they should not be
    rf"|(?:boiling|scalding|hot) (?:water|oil|coffee|tea|liquid|soup|fat|steam"
    rf"|milk) (?:\S+ ){{0,5}}?"
    rf"(?:over|on|onto|into|across|down) (?:\S+ ){{0,2}}?{_BODY}"
    rf"|(?:cut|burnt|burned|scalded|split|scratched|grazed) (?:the )?(?:inside|back|side|roof|top"
    rf"|bottom|tip) of {_OWNER} (?:\S+ )?{_BODY}"
    r"|(?:glass|metal|plastic|wire|bone|wood|wooden) (?:shard|shards|splinter|splinters|fragment"
    r"|fragments|sliver|slivers|chunk|chunks|piece|pieces|bit|bits) (?:\S+ ){0,2}?(?:in|inside"
    r"|baked into)"
    # (rules-35: not the tool a piercer or nurse used, "re-pierced with a needle in the right
    # spot")
    r"|(?:found|there was|there'?s|(?<!pierced )(?<!done )(?<!stitched )(?<!sewn )with) (?:a |an )?"
    r"(?:\S+ )?(?:needle|needles|syringe|syringes"
    # (rules-28: not a mark a blade left, "there's a blade nick in the parcel shelf trim")
    r"|razor blade|blade(?! (?:nick|nicks|mark|marks|scratch|scratches|line|lines)(?![\w']))"
    r"|drawing pin|pin|nail|screw) (?:\S+ ){0,2}?(?:in|on|under|inside|still in)"
    r" (?:the|my|our|a|his|her|it)"
    r"|splinters? (?:\S+ ){0,8}?(?:in (?:her|his|my|their) (?:\S+ )?(?:hand|foot|finger|leg|knee"
    r"|arm|palm|bum)|nurse|doctor|a&e|tweezers)"
    # a child left alone where harm comes
    rf"|(?:found|left) (?:her|him|them|my {_CHILD}|our {_CHILD}) (?:\S+ ){{0,2}}?(?:alone|on (?:her"
    r"|his|their) own|unattended|wandering)"
    r"|alone (?:in|on|at|by) the (?:car park|carpark|street|road|park|dark|playground|pool|water"
    r"|station|parking lot|roadside)"
    # breathing, burns through clothes, a lift stopped with someone on it
    rf"|(?:coughing|wheezing|gasping|short of breath|breathless|chest pains?"
    rf"|tight chest) (?:\S+ ){{0,6}}?"
    r"(?:all night|after|since|from|because of)"
    # (rules-35: not a shoe fitting, "kids shoe fitting", "kids fitting booked for 9:30")
    rf"|{_CHILD} (?:\S+ )?(?:coughing|wheezing|gasping|drooling|trembling|twitching|(?<!shoe )"
    r"(?<!shoes )(?<!foot )(?<!bra )fitting(?! booked| booking| appointment| slot| service"
    r"| session| day| fee| room| for (?:school|new|shoes|boots|trainers|uniform)| at @))"
    r"|(?:burnt|burned|melted|scorched) (?:through|a hole in) (?:my|his|her|the|their)"
    r"|(?:lift|stairlift|stair lift|elevator|ride|cable car|chairlift|ferris wheel|rollercoaster)"
    r" (?:\S+ ){0,4}?(?:stopped|stuck|broke down|jammed) (?:\S+ ){0,3}?(?:halfway|mid|between"
    r" floors|with (?:\S+ ){0,2}?(?:on|in) it)"
    # electrics left open, water meeting electrics, limbs caught, things that hit a face
    r"|(?:left|removed|took) (?:the )?(?:cover|covers|lid|panel|faceplate|front) off (?:the )?"
    r"(?:fuse ?box|consumer unit|socket|socket box|junction box|switch|meter|wiring|electrics)"
    r"|(?:kids|children|toddler|baby|dog|son|daughter|child) can (?:reach|get to|touch) (?:it"
    r"|them|the (?:wires|cables|socket|electrics|fuse ?box|chemicals|poison|blade|blades))"
    r"|water (?:\S+ ){0,4}?(?:pouring|coming|dripping|leaking|pours|running|came) (?:\S+ ){0,3}?"
    r"(?:socket|sockets|plug|light|lights|fitting|fuse ?box|consumer unit|switch|electrics)"
    r"|(?:drilled|nailed|screwed) (?:into|through) (?:a|the|our|my) (?:\S+ )?(?:pipe|cable|wire"
    r"|gas pipe|water pipe|main)"
    rf"|{_BODY} (?:\S+ ){{0,2}}?(?:got stuck|was stuck|stuck|trapped|caught|wedged|jammed) (?:in"
    r"|between|under|behind)"
    r"|(?:hit|hitting|struck|smacked|caught) (?:me|him|her|them|us|a kid|a child|someone|a boy"
    r"|a girl|(?:my|the|our|his|her) (?:\S+ )?\S+) (?:right |square )?in the (?:face|head|eye"
    r"|eyes|chest|mouth|throat|neck|stomach|back)"
    # a pet dead after a product, a doctor naming a toxin, asbestos disturbed
    r"|(?:dog|cat|puppy|kitten|hamster|rabbit|bird|fish|pet|horse|guinea pig|tortoise|parrot"
    r"|budgie) (?:\S+ ){0,2}?(?:died|passed away|had to be put down) (?:\S+ ){0,6}?(?:after|from"
    r"|since)"
    r"|(?:vet|doctor|gp|hospital|a&e|pharmacist) (?:\S+ ){0,3}?(?:thinks|said|says|confirmed"
    r"|suspects) (?:\S+ ){0,4}?(?:toxic|poison\w*|contaminat\w*|allerg\w*)"
    r"|asbestos (?:\S+ ){0,10}?(?:drilled|dust|disturbed|exposed|cut|sanded|broke|broken|ripped)"
    r"|(?:drilled|disturbed|cut|sanded|ripped out) (?:\S+ ){0,6}?asbestos|ringworm|covered in lice"
    # a gas appliance that smells, or the supply turned off in a hurry
    r"|(?:gas|hob|boiler|cooker|oven|fire|heater|meter) (?:\S+ ){0,10}?(?:smells|smelt|smelled"
    r"|stinks|a smell)(?! (?:nice|great|amazing|lovely|good|delicious))"
    r"|(?:turned|switched|shut) (?:the |it |everything )?(?:gas )?off at the (?:meter|mains)"
    r"|(?:turned|switched|shut) (?:off )?the gas (?:off|supply)"
    # (a "small graze on his knee" told with how well it was handled is no alert)
    r"|(?:a )?(?:(?<!small )(?<!tiny )(?<!little )(?<!minor )(?<!slight )(?:graze|bump|bruise"
    r"|bruises|mark|marks|scratch)|cut|cuts|gash|burn|burns|lump|wound|blister"
    rf"|blisters|bite|bites|welt|welts|scar) (?:on|to|in|across|all over) {_POSS}"
    rf" (?:\S+ )?{_BODY}"
    rf"|(?:cut|gashed|grazed|scraped|sliced|split|burnt|burned|scalded|bruised|trapped|crushed"
    rf"|stabbed|pierced|bit|bitten|scratched) {_OWNER} (?:\S+ )?{_BODY}"
    r"|(?:covered|came out|broke out|breaking out|came up|come up|coming up) in (?:\S+ )?(?:welts"
    r"|hives|spots|bumps"
    r"|blisters|a rash|rash|lumps|sores|bites|red (?:marks|patches|blotches))"
    r"|(?:a|nasty|itchy|red|angry|painful|burning|awful|horrible|weeping|raised|skin|allergic)"
    r" rash(?!er)|(?<!clipper )(?<!razor )(?<!nappy )(?<!diaper )(?<!heat )"
    r"rash (?:all over|on (?:my|his|her|their|our)|across|everywhere|that|which"
    r"|spreading)"
    r"|(?:oozing|weeping|leaking|full of) (?:pus|fluid|yellow)|pus|red streaks"
    r"|(?:gave|given|giving|caused|got|get|getting|developed|picked up) (?:me"
    r" |him |her |us |them |my \S+ |our \S+ )?(?:an? )?(?:\S+ )?(?:infection|infections)"
    r"|(?:is|was|got|get|getting|became|become|went|gone|now|looks|looked|it'?s|badly) infected"
    r"|(?:skin|scalp|face|eyes?|lips|i|he|she|they|son|daughter|dog|cat|baby|body) (?:\S+ ){0,2}?"
    r"(?:reacted|reacting|reacts) (?:badly |really badly |terribly )?(?:to|after|with)"
    r"|throat (?:\S+ ){0,2}?(?:tight|tightening|closing|closing up|swelling|swollen)"
    r"|(?:it'?s|he'?s|she'?s|they'?re|i'?m|are|am|now|still|kept|keeps|won'?t stop) bleeding"
    rf"|(?:took|taken|ripped|tore|torn) (?:off |away )?(?:a |the )?(?:layer|layers|chunk|strip"
    r"|patch) of (?:my |his |her |their )?skin|skin (?:\S+ ){0,2}?(?:peeled|ripped|came) off"
    rf"|{_BACTERIA}"
    r"|(?:nearly|almost|could have|could'?ve) (?:drowned|drown)"
    r"|(?<!is )(?<!i'm )(?<!im )(?<!like a )(?<!like )drowned"
    r"|(?:unattended|unsupervised|alone|on (?:his|her|their) own) (?:\S+ ){0,3}?(?:near|by|in|at"
    r"|beside|next to) (?:the|a) (?:pond|pool|water|road|lake|river|sea|stairs|oven|hob|fire)"
    rf"|{_CHILD} (?:\S+ ){{0,3}}?(?:unattended|unsupervised|wandered off|went missing|lost"
    r" (?:him|her)|got out of the|walked out of the|let out of the)"
    rf"|(?:lost|couldn'?t find|could not find) (?:my|our) {_CHILD}"
    # contamination: vermin or mould in what is eaten
    rf"|(?:dead|live|living|alive) {_VERMIN}|{_VERMIN} (?:\S+ ){{0,2}}?(?:in|inside|crawling in"
    r"|crawling out of|baked into|cooked into) (?:my|the|our|his|her) (?:\S+ )?(?:food|bag|box"
    r"|bread|loaf|flour|meal|salad|sandwich|burger|packet|tin|jar|pack|meat|cereal|formula|milk"
    r"|drink|coffee|cup|bowl|plate|order|delivery|mince|sausages?|pie|cake)"
    r"|(?:mouse|rat|mice) droppings"
    r"|(?:out of date|expired|gone off|rotten|rancid|off) (?:\S+ ){0,4}?(?:sick|ill|poorly"
    r"|vomit\w*|diarrh\w*|stomach)"
)

_FOREIGN_8 = (
    r"(?:se cayó|se cayeron|me caí|nos caímos|se ha caído) (?:desde|de|por|al|a la|en)"
    r"|(?:est|suis|sont|s'est) tombée?s? (?:de|du|dans|par|à|sur|en)|gestürzt|hingefallen"
    r"|heruntergefallen|abgestürzt|(?:caiu|caí|caíram) (?:de|do|da|no|na|pela|em)"
    r"|(?:avec|con|mit|com) (?:mon|ma|mi|meinem|meiner|o meu|a minha) (?:bébé|enfant|fils|fille"
    r"|bebé|hijo|hija|kind|sohn|tochter|filho|filha) (?:dedans|dentro|drin)|"
    r"gefunkt|hat geraucht|qualmte|falsch angeschlossen|"
    r"(?:encerrad[oa]s?|atrapad[oa]s?|enfermée?s?|eingesperrt|eingeschlossen|trancad[oa]s?)"
    r"|(?:pedazo|pedaço|pedacinho|bocado|trozo|bout|morceau|stück) de (?:metal|metall|vidrio"
    r"|cristal|vidro|plástico|plastique|hueso|osso|os|verre)"
    r"|(?:partir|partido|partiu|roto|rompí|rompió|cassé|cassée|abgebrochen) (?:\S+ ){0,3}?(?:um "
    r"|un |une |einen |el |la |le )?(?:dente|diente|dent|zahn)"
    r"|(?:tache noire|taches noires|éclairs|mancha negra|manchas negras|destellos|lichtblitze"
    r"|schwarzer fleck|mancha preta|clarões) (?:\S+ ){0,4}?(?:l')?(?:œil|oeil|ojo|auge|olho|vue"
    r"|vista|visión|sicht|visão)|perte de vue|pérdida de visión|sehverlust|perda de visão"
    r"|(?:corte|herida|golpe|quemadura|moratón|chichón|brecha) en (?:la|el|mi|su|los|las)"
    r" (?:cabeza|cara|mano|brazo|pierna|pie|ojo|dedo|boca|frente|espalda)"
    r"|(?:coupure|blessure|brûlure|bosse|plaie|entaille) (?:à|au|sur) (?:la|le|l'|sa|son|ma|mon)"
    r" ?(?:\S+)|(?:platzwunde|schnittwunde|gebrochen\w*|prellung\w*|gehirnerschütterung)"
    r"|se cerró (?:sobre|encima de|en) (?:mi|su|la|el)|se ferme sur|s'est refermée? sur"
    r"|vómit\w*|vomit\w*|diarrea|diarrhée|intoxicad\w*|intoxiqué\w*|erbrechen|erbrochen"
    r"|durchfall|(?:mich|sich|uns|dich|euch) (?:\S+ ){0,2}?übergeben|übergeben (?:müssen|musste)"
    r"|lebensmittelvergift\w*|vomitei|vomitou|diarreia|intoxicad\w*"
    r"|(?:hinchad[oa]s?|gonflée?s?|geschwollen\w*|inchad[oa]s?) (?:\S+ ){0,2}?(?:labios|lèvres"
    r"|lippen|lábios|cara|visage|gesicht|rosto|ojos|yeux|augen|olhos|garganta|gorge|hals)"
    r"|"
    # Spanish, French, German, Portuguese: burns, drowning, fire, infection, swelling
    r"quemadura\w*|me quem\w+|se quem\w+|quemad[oa]s?|se ahog\w+|casi se ahoga\w*|ahogó"
    r"|incendio|prendió fuego|echaba humo|salía humo|chispazo|infecci[oó]n|infectad[oa]"
    r"|hinchad[oa]s?|sangrando|sangre|alergia (?:\S+ ){0,4}?(?:reacción|hinchazón|urgencias)"
    r"|brûlé\w*|brûlure\w*|m'a brûlé|se noyer|noyé\w*|a pris feu|incendie|de la fumée"
    r"|fumait|infecté\w*|gonflé\w*|enflé\w*|plaques rouges|boutons partout"
    r"|saigné|je saigne|il saigne|elle saigne|verbrannt|verbrennung\w*|geschmolzen|gebrannt"
    r"|brandgefahr|ein brand|feuer gefangen|rauch|qualm\w*|ertrunken|ertrinken|entzündet|entzündung"
    r"|infektion|geschwollen|ausschlag|blutet|blut|queimou|queimad[oa]s?|queimadura\w*"
    r"|pegou fogo|fumaça|afogou|afogar|infeção|infecção|infeccionad[oa]|inchad[oa]s?"
    r"|sangrando|sangue"
)

# rules-10: a customer in crisis, a person coerced in front of staff, a blocked emergency
# exit, a driver on the phone, a vehicle part giving way at speed, a fuel smell
_LAUGH = r"(?! (?:\S+ ){0,3}?(?:😂|🤣|😭|lol|lmao|haha\w*|jk))"
# A person in crisis: answered as a person, not as an injury (``urgency.safety_kind``)
CRISIS = (
    r"(?:don'?t|didn'?t|can'?t|couldn'?t|do not|did not) see (?:the|any) point (?:in|of)"
    r" (?:carrying on|going on|living|being here|anything any ?more)"
    r"|(?:no|not any|not a) (?:\S+ )?(?:reason|point) (?:to|in) (?:carry|carrying|go|going|keep"
    rf"|keeping) on{_LAUGH}"
    rf"|(?:want|wanted|wanting) to (?:end it all|end my life|not be here){_LAUGH}"
    rf"|better off dead|better off without me{_LAUGH}"
    r"|suicid\w*|kill myself|end it all|self[- ]harm\w*|take my (?:own )?life"
)
_FAMILIES_10 = (
    rf"{CRISIS}"
    r"|(?:telling|told) (?:him|her|them) what to (?:say|do) (?:\S+ ){0,25}?(?:frightened|scared"
    r"|terrified|afraid|shaking)|(?:frightened|scared|terrified|afraid|shaking) (?:\S+ ){0,25}?"
    r"(?:telling|told) (?:him|her|them) what to (?:say|do)"
    r"|(?:wedged|stacked|piled|parked|jammed|blocking|blocked|leaning) (?:\S+ ){0,3}?(?:against"
    r"|in front of|across|over) (?:the |an |a )?(?:emergency|fire) (?:exit|door|escape|window)"
    r"|(?:emergency|safety|glass|window) hammers? (?:\S+ ){0,2}?(?:was |were |is |are )?(?:missing"
    r"|gone)"
    r"|driver (?:\S+ ){0,8}?(?:texting|scrolling|facetiming|on facetime|watching (?:\S+ )?(?:videos"
    r"|a film|a video|football)|asleep at the wheel|nodding off|falling asleep|fell asleep"
    r"|(?:phone|mobile) (?:\S+ )?propped)"
    r"|driver (?:\S+ ){0,6}?on (?:his|her|their|the) (?:phone|mobile) (?:\S+ ){0,8}?(?:while"
    r" driving|whilst driving|the whole (?:way|journey|time)|on the (?:motorway|m\d+|a\d+|bypass"
    r"|dual carriageway)|at \d+|at speed)"
    r"|(?:seatbelts?|seat belts?|belts) (?:\S+ ){0,3}?(?:wouldn'?t|won'?t|don'?t|didn'?t|did not"
    r"|would not) (?:\S+ )?(?:fasten|click|lock|work|clip|do up)"
    r"|(?:bonnet|hood|wheel|tyre|tire|door|boot|tailgate|roof box|wiper|windscreen) (?:\S+ ){0,6}?"
    r"(?:flew|flies|flips|flipped|came|comes|popped|pops|blew|fell|swung|swings|flung) (?:up|off"
    r"|open|out) (?:\S+ ){0,4}?(?:at \d+|on the (?:motorway|bypass|dual carriageway|m\d+|a\d+"
    r"|roundabout|ring road)|at speed|while driving|mid-?drive|mid-?journey|going round|going"
    r" around|going over|round the (?:roundabout|corner|bend)|on a (?:roundabout|bend|corner)"
    # rules-39 (the seventeenth week set): "the rear door on the car you sent tonight swung
    # OPEN going round Park Square roundabout"
    r"|while (?:we were |it was |the car was )?(?:moving|driving))"
    # a cut or swelling named as a noun or a state ("he's got a cut down his arm", "her wrist
    # has come up like a balloon"), a near miss measured in feet, a person on a drip
    rf"|(?:a|got a|has a|with a|left a) (?:\S+ )?(?:cut|gash|graze|burn|bruise|wound) (?:on|down"
    rf"|across|along|in) (?:my|his|her|their|our) (?:\S+ )?{_BODY}"
    # (not a garment's leg or arm measured: "the leg has come up two inches shorter")
    rf"|{_BODY} (?:has |had |is |was )?(?:come|came|swelled|swollen|blown) up(?! (?:\S+ ){{0,3}}?"
    r"(?:short\w*|long\w*|small\w*|big\w*|tight\w*|loose\w*|narrow\w*|wide\w*|inch\w*|cm"
    r"|size\w*)(?![\w']))"
    r"|(?:came down|fell|crashed|dropped|landed|toppled) (?:\S+ ){0,3}?(?:a foot|\S+ feet|a metre"
    r"|\S+ metres|inches|an inch|\S+ cm) (?:from|away from) (?:my|his|her|our|the|a) (?:\S+ )?"
    r"(?:head|kid|son|daughter|child|baby|toddler|toddler'?s|buggy|pram|pushchair|stroller|dog"
    r"|mum|dad|feet)"
    r"|(?:\S+'s|is|was|are|were|been|now|put|ended up) on a drip"
    # loose wheel nuts, a child or relative left behind by a vehicle
    r"|wheel nuts? (?:\S+ ){0,4}?(?:loose|missing|came off|undone|finger tight|hanging|gone"
    r"|barely on)"
    r"|(?:loose|missing) wheel nuts?"
    r"|(?:drove|drove off|set off|left|pulled away|went) (?:\S+ ){0,3}?without (?:my|our|his|her"
    r"|a|their) (?:\S+ )?(?:daughter|son|child|kid|kids|children|toddler|boy|girl|mum|dad|nan"
    r"|grandad|grandma|grandson|granddaughter|wife|husband|pupil|pupils)"
    r"|(?:smell|smelt|smelled|stink|stank|reek\w*|stench) (?:\S+ ){0,3}?(?:of )?(?:petrol|fuel"
    r"|diesel)|(?:petrol|fuel|diesel) (?:smell|leak|leaking|dripping|pouring)|(?:leaking|dripping"
    r"|pouring) (?:\S+ ){0,2}?(?:petrol|fuel|diesel)"
)
_FOREIGN_10 = (
    r"(?:roch|riecht|riechts|stinkt|stank) (?:\S+ ){0,4}?nach (?:benzin|diesel|gas|sprit)"
    r"|benzingeruch|gasgeruch|(?:benzin|diesel|sprit) (?:tropft|läuft aus|leckt)"
    r"|odeur (?:\S+ )?d'(?:essence|gasoil|carburant)|(?:sent|sentait) (?:\S+ ){0,2}?l'essence"
    r"|fuite d'(?:essence|carburant|gasoil)"
    r"|(?:olor|olía|huele) (?:\S+ )?a (?:gasolina|combustible|gasoil)|fuga de (?:gasolina"
    r"|combustible)"
    r"|cheiro (?:\S+ )?(?:a|de) (?:gasolina|combustível|gasóleo)|(?:fuga|vazamento) de (?:gasolina"
    r"|combustível)"
    r"|cinturon(?:es)? (?:\S+ ){0,3}?no (?:abrochaba|abrochaban|funcionaba|funcionaban|cerraba"
    r"|cerraban|se abrochaba|se abrochaban)"
    r"|ceintures? (?:\S+ ){0,3}?ne (?:s'attachai(?:en)?t|fonctionnai(?:en)?t|se bouclai(?:en)?t)"
    r"|(?:gurt|gurte|sicherheitsgurt|sicherheitsgurte) (?:\S+ ){0,3}?(?:ließen? sich nicht|ging"
    r"|gingen|funktionierte|funktionierten) (?:\S+ )?(?:nicht|zu schließen|schließen)"
    r"|cintos? (?:\S+ ){0,3}?não (?:apertava|apertavam|fechava|fechavam|funcionava|funcionavam)"
)
# rules-11: a foreign object named by what it feels like ("a sliver of something hard and
# clear"), a person the staff put at risk (served till they could not stand, let out onto
# a road), an animal caught in a trap the business laid, a gate, barrier or door that closes
# on a car or a person, a lift that drops with someone in it
_PET = (
    r"(?:cat|cats|kitten|dog|dogs|puppy|pet|pets|rabbit|hedgehog|bird|birds|fox|owl|robin"
    r"|tortoise|ferret|guinea pig)"
)
_TRAP = (
    r"(?:glue ?boards?|glue ?traps?|glue ?pads?|sticky ?(?:boards?|traps?|pads?)|snap ?traps?"
    r"|rat ?traps?|mouse ?traps?|traps?|snares?|netting|bird ?spikes?)"
)
_PERSON = (
    r"(?:him|her|them|me|us|(?:my|our|a|his|her) (?:son|daughter|kid|child|toddler|friend|mate"
    r"|dad|mum|brother|sister|partner|wife|husband|dog|boy|girl|lad|man|woman|nan|grandad))"
)
_FAMILIES_11 = (
    r"(?:shard|sliver|splinter|fragment|piece|bit|chunk|flake)s? of something (?:\S+ ){0,3}?"
    r"(?:hard|sharp|clear|metallic|glassy|jagged)"
    r"|(?:shard|sliver|splinter)s? (?:\S+ ){0,8}?(?:in|at) the bottom of (?:the|my|our|his|her"
    r"|a) (?:\S+ )?(?:glass|cup|mug|bottle|can|jar|bowl|tin|drink|pint|pan|tub|pot)"
    # staff who keep serving someone who cannot stand, then let them out alone onto a road
    r"|(?:kept|keep|keeps|carried on|still|continued to|continue to) (?:on )?(?:serving|pouring"
    r"|selling (?:\S+ )?to|giving) (?:\S+ ){0,8}?(?:could barely|could hardly|couldn'?t|could not"
    rf"|can barely|can'?t|unable to) (?:even )?(?:stand|walk|stand up|stay upright){_LAUGH}"
    r"|(?:let|sent|put|left|threw|kicked) (?:\S+ ){1,4}?(?:wander|stagger|stumble) (?:\S+ ){0,4}?"
    r"(?:on (?:his|her|their) own|alone|into the road|onto the road|into traffic)"
    r"|(?:wander\w*|stumbl\w*|stagger\w*|toddl\w*|straight out) (?:\S+ )?(?:onto|into|out into"
    r"|in front of) (?:the |a |oncoming )?(?:main |busy |dual )?(?:road|traffic|bus lane"
    r"|carriageway|tram ?lines?|railway|tracks|path of)"
    rf"|pull(?:ed|ing)? {_PERSON} (?:back )?(?:off|out of|from|away from) (?:the )?(?:road"
    r"|traffic|bus lane|carriageway|tracks|edge|water|kerb)"
    # an animal caught in a trap the business set, its coat torn trying to get free
    rf"|{_PET} (?:\S+ ){{0,6}}?(?:stuck|trapped|glued|tangled|(?:got|get|gets|was|were|been)"
    rf" caught) (?:\S+ ){{0,3}}?(?:on|in|to|by) (?:\S+ ){{0,4}}?{_TRAP}"
    rf"|{_TRAP} (?:\S+ ){{0,10}}?{_PET} (?:\S+ ){{0,2}}?(?:stuck|trapped|glued|tangled)"
    r"|(?:pulled|ripped|torn|tore|rubbed) (?:\S+ )?bald|(?:fur|skin|feathers) (?:\S+ ){0,2}?"
    r"(?:ripped|pulled|torn) (?:out|off)|rush(?:ed|ing)? (?:him|her|them|it|(?:the|my|our|his"
    r"|her) \S+) (?:straight )?to the (?:emergency )?vets?"
    # a gate, barrier, shutter or door that closes on a car, a pram or a person passing through
    r"|(?:gate|gates|barrier|barriers|door|doors|shutter|shutters|bollard|bollards|boom)"
    r" (?:\S+ ){0,3}?(?:closed|closing|shut|slammed|came down|dropped|lowered) (?:\S+ )?(?:on"
    r"|onto|into|across) (?:my|his|her|our|their|the|a) (?:\S+ )?(?:car|van|bike|buggy|pram"
    r"|pushchair|wheelchair|scooter|mobility scooter|bonnet|windscreen|roof|trolley|dog|child"
    r"|son|daughter|kid|toddler|mum|dad|nan|grandad)(?! park| parks| wash| boot)"
    r"|(?:closed|closing|shut|came down) (?:on|onto) (?:me|him|her|us|them|someone) (?:while"
    r"|as|when|halfway|mid|still)"
    # a lift or hoist that drops with someone in it
    r"|(?:lift|goods lift|elevator|hoist|platform|cage) (?:\S+ ){0,3}?(?:dropped|fell|plunged"
    r"|lurched|slipped) (?:suddenly |down )?(?:\S+ ){0,3}?(?:with (?:me|us|him|her|them|my"
    r"|people)|while (?:i|we|he|she|they))"
)
_KNEE = (
    r"(?:rodilla|pierna|brazo|mano|pie|espalda|cabeza|hombro|muñeca|tobillo|dedo|genou|jambe"
    r"|bras|main|pied|dos|tête|épaule|poignet|cheville|doigt|knie|bein|arm|hand|fuß|rücken|kopf"
    r"|schulter|handgelenk|knöchel|finger|joelho|perna|braço|mão|pé|costas|cabeça|ombro|pulso"
    r"|tornozelo|dedo)"
)
_FOREIGN_11 = (
    r"(?:trozo|pedazo|pedacito|astilla|esquirla|pedaço|lasca|caco|bout|morceau|éclat|stück"
    r"|splitter) de (?:algo|quelque chose|alguma coisa) (?:\S+ ){0,2}?(?:duro|dur|afilado"
    r"|cortante|tranchant|transparente)|etwas (?:hartes|scharfes) (?:\S+ ){0,3}?(?:im|in)"
    # a lift that drops; "I hurt my knee" in the four languages
    r"|(?:montacargas|ascensor|elevador|ascenseur|l'ascenseur|monte-charge|aufzug|fahrstuhl"
    r"|lastenaufzug|monta-cargas) (?:\S+ ){0,3}?(?:bajó de golpe|cayó|se desplomó|se soltó"
    r"|a chuté|est tombé|a lâché|a plongé|descendu d'un coup|sackte|stürzte|fiel|rauschte|caiu"
    r"|despencou|desceu de repente|desceu de golpe)"
    rf"|(?:hecho|hice|hizo|hicimos) daño en (?:la|el|los|las|mi|su) {_KNEE}"
    rf"|(?:me suis|s'est|se sont|nous sommes|vous êtes|t'es) (?:\S+ )?fait mal (?:au|à la|aux|à l')"
    rf" ?{_KNEE}|(?:mir|sich|ihm|ihr) (?:\S+ ){{0,2}}?{_KNEE} (?:\S+ )?(?:weh ?getan|verletzt"
    r"|verstaucht|geprellt)"
    rf"|(?:magoei|magoou|machuquei|machucou)(?:-se|-me)? (?:n[oa]s?|[oa]s?|meu|minha|seu|sua)"
    rf" {_KNEE}"
    # staff serving someone who could not stand; a pet on a glue trap; a gate closing on a car
    r"|no se (?:tenía|tenia|podía tener|sostenía) en pie|ne tenait (?:plus|pas) debout"
    r"|(?:kaum|nicht mehr) (?:noch )?(?:stehen|gehen) konnte|(?:mal|não) se (?:aguentava|segurava"
    r"|tinha) (?:em|de) pé"
    r"|(?:gato|gata|perro|perra|chat|chatte|chien|chienne|katze|kater|hund|cão|cadela)"
    r" (?:\S+ ){0,8}?(?:trampa|trampas|pegad[oa] (?:a|en)|piège|pièges|collée? (?:sur|à)"
    r"|klebefalle\w*|armadilha|armadilhas|colad[oa] (?:na|no|à))"
    r"|(?:trampa|trampas) (?:de pegamento|adhesivas?)|piège (?:à colle|collant)|klebefalle\w*"
    r"|armadilhas? (?:de cola|adesivas?)"
    r"|(?:puerta|portón|barrera|verja|portail|barrière|tor|schranke|rolltor|portão|cancela)"
    r" (?:\S+ ){0,3}?(?:se cerró|bajó|cayó|s'est fermée?|s'est refermée?|est retombée?|ging"
    r"|schloss sich|schlug|fuhr|fechou(?:-se)?|baixou|desceu) (?:\S+ ){0,3}?(?:sobre|encima|contra"
    r"|sur|auf|gegen|zu als|runter als|em cima) (?:\S+ ){0,3}?(?:coche|carro|auto|voiture|wagen"
    r"|mi|mon|ma|mein|meinen|o meu|a minha|padre|père|vater|pai|hijo|fils|sohn|filho|niño"
    r"|enfant|kind|criança)"
)
SAFETY_FAMILIES = (
    f"{_FAMILIES_8}|{SAFETY_SERVICES_FAMILIES}|{_FAMILIES_10}|{_FAMILIES_11}"
    f"|{SAFETY_AFTER_WORK_FAMILIES}|{SAFETY_CARE_FAMILIES}|{SAFETY_PEOPLE_PLACES_FAMILIES}"
)
SAFETY_FOREIGN_FAMILIES = (
    f"{_FOREIGN_8}|{SAFETY_SERVICES_FOREIGN}|{_FOREIGN_10}|{_FOREIGN_11}"
    f"|{SAFETY_AFTER_WORK_FOREIGN}|{SAFETY_CARE_FOREIGN}"
)
