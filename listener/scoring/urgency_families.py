"""Word families for the urgency classes: one concept, all its wordings (rules-7).

Why a third layer beside the phrase cues (``urgency_cues``) and the concept pairs
(``urgency_concepts``): on trades the rules were not written for, the misses were not new
*kinds* of harm but new *words* for a known kind: "smelt gas" where the cues had "smell of
gas", "covered in welts" where they had "hives", "the hold on my card is still there" where
they had "pre-authorisation not released", "wanting the code" where they had "asking for the
code". Each family below names one concept (a body harm, a thing that burns, a structure
giving way, money kept back, a stranger wanting a secret) by its word family: inflections,
near synonyms, common spellings, and the same concept in Spanish, French, German and
Portuguese. A family fires either on its own, when the words cannot be ordinary (a
"rash all over", "pus", "smoke pouring out of the dryer"), or beside a second concept in
a short window (a *thing* beside "smoking" or "melted", not a person "smoking outside").

Near misses stay out through the same means the other layers use: the windows are short,
praise and hyperbole have lookaheads ("nearly died of boredom", "sparks plug"), and requests
for card details that are an ordinary checkout or a customer's own question are dropped in
``listener.scoring.urgency`` (``ORDINARY_DETAILS``).
The fragments follow the rules of ``urgency_cues`` (whole words on the word view, no
leading or trailing space, fixed-width lookbehinds).
"""

from __future__ import annotations

_W = r"(?:\S+ )"  # any one word, with its trailing space
_DIGIT = r"(?:0|1|2|3|4|5|6|7|8|9)"  # an alternation, so the compiled trie can jump to it
_POSS = r"(?:my|his|her|their|our|your|a|the|its)"
_OWNER = r"(?:my|his|her|their|our|your|a|its)"  # not "the": "cut the shin" is a butcher's cut
_BODY = (
    r"(?:hand|hands|head|knee|knees|wrist|ankle|arm|arms|leg|legs|shin|foot|feet|finger|fingers"
    r"|thumb|lip|lips|cheek|cheeks|face|tooth|teeth|neck|back|jaw|shoulder|hip|ribs?|nose|ear"
    r"|ears|scalp|forehead|skin|mouth|throat|tongue|chin|elbow|toe|toes|belly|paw|paws|gum|gums"
    r"|eye|eyes|eyelid|eyelids|eyebrow|eyebrows|palate|nail|nails|chest|stomach|leg|thigh|calf"
    r"|bum|bottom|groin|spine|skull|brow|temple|heel|palm|knuckle|knuckles)"
)

# --- safety ----------------------------------------------------------------------------
# things that can burn, shock or catch fire when they fail
_APPLIANCE = (
    r"(?:plug|plugs|socket|sockets|cable|cables|wire|wires|wiring|lead|charger|battery|batteries"
    r"|kettle|toaster|heater|heaters|radiator|dryer|drier|tumble dryer|washer|washing machine"
    r"|dishwasher|machine|appliance|oven|hob|cooker|microwave|grill|fryer|air fryer|lamp|light"
    r"|lights|bulb|fan|iron|straighteners|hairdryer|hair dryer|blanket|boiler|fridge|freezer"
    r"|laptop|phone|tablet|tv|telly|fuse ?box|consumer unit|meter|panel|panels|inverter|motor"
    r"|engine|extension lead|adapter|adaptor|fitting|switch|unit|scooter|e-?bike|vape|candle"
    r"|candles|stove|burner|flue|chimney|hot tub|sauna|tanning bed|sunbed|bath|shower|tap"
    r"|fireplace|log burner|barbecue|bbq|generator|compressor|pump|box|car|van|bike)"
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
_CHILD = (
    r"(?:child|children|kid|kids|son|daughter|toddler|baby|babies|boy|girl|little one|little boy"
    rf"|little girl|{_DIGIT}\d* ?(?:year|yr|month) old|{_DIGIT}\d* ?yo)"
)
_STRUCTURE = (
    r"(?:swing|swings|frame|slide|climbing frame|bunk bed|bed frame|bed|cot|crib|chair|chairs"
    r"|stool|stools|bench|ladder|scaffold\w*|railing|railings|handrail|banister|stairs|staircase"
    r"|steps|step|platform|deck|decking|balcony|rack|shelf|shelves|shelving|wardrobe|cabinet"
    r"|bookcase|mirror|tv|television|bracket|mount|table|floor|floorboards?|ceiling|roof|wall"
    r"|gate|barrier|fence|net|netting|mat|springs|seat|seats|rig|equipment|apparatus|structure"
    r"|lift|hoist|harness|rope|ropes|zip ?line|zipwire|trampoline|pole|post)"
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
    r"|legionella|sepsis|septic|cellulitis|impetigo|staph|mrsa|botulism|tetanus|scabies)"
)
_VERMIN = (
    r"(?:mouse|mice|rat|rats|cockroach|cockroaches|roach|roaches|maggot|maggots|worm|worms"
    r"|weevils?|insects?|bugs?|beetles?|flies|fly|slug|spider|droppings)"
)

SAFETY_FAMILIES = (
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
    rf"|{_STRUCTURE} {_W}{{0,4}}?(?<!n't )(?<!not )(?<!never )(?<!no ){_UNSTABLE}"
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
    r"|swell\w*|reaction|itch\w*|hives|epi ?pen\w*|antihistamine\w*|inhaler)"
    r"|(?:had|contained|was|were|found|with) (?:\S+ ){0,4}?in (?:it|them|the \S+) (?:\S+ ){0,4}?"
    r"(?:i'?m|he'?s|she'?s|is|am|are|we'?re|they'?re) (?:severely |very |deathly |seriously )?"
    r"allergic"
    # a thing falling on or closing on a person, a structure giving way with people on it
    r"|(?:came crashing|crashed|fell|dropped|landed|came down|smashed) (?:\S+ ){0,3}?(?:next to"
    r"|inches from|centimetres from|right by|beside|onto|on top of|on) (?:my|his|her|our|the|a)"
    r" (?:\S+ )?(?:head|kid|son|daughter|child|baby|toddler|feet|foot|hand|legs?|lap|pram)"
    r"|(?:deflated|collapsed|caved in|came down|gave way|tipped over) (?:\S+ ){0,3}?(?:with|while"
    r"|on top of) (?:\S+ ){0,3}?(?:kids|children|people|someone|my|us|them|him|her) (?:\S+ )?"
    r"(?:inside|on it|in it|underneath|under it|on them|still on)"
    r"|(?:found|had|was|were|put|putting|got|stuck|lodged) (?:\S+ ){0,3}?in (?:my baby'?s"
    r"|my son'?s|my daughter'?s|my toddler'?s|my child'?s|my kid'?s|my dog'?s|my puppy'?s|his|her"
    r"|their|its) (?:own )?(?:mouth|nose|ear|throat)"
    r"|(?:magnets?|button batter\w*|batteries|small parts?|tiny parts?|small pieces|tiny pieces"
    r"|beads?|stuffing) (?:\S+ ){0,2}?(?:came loose|came off|fell out|came out|detached|broke off"
    r"|pulled out|easily)"
    # shut in: a lock that jams with someone inside, a door that needs a key to get out
    r"|(?:locked|shut|stuck|jammed|trapped) (?:\S+ ){0,3}?(?:with|while) (?:my|his|her|our|a|the"
    r"|two|three|\S+'s) (?:\S+ )?(?:\S+ )?(?:inside|in it|in there|in the)"
    r"|(?:can'?t|cannot|couldn'?t|could not|unable to|no way to) get out(?! of (?:bed|the contract"
    r"|it|this|that|my contract|the deal|paying|the house))"
    r"|(?:need|needs|needed) (?:a |the )?key to (?:get|let \S+) out|fire (?:brigade|service|crew"
    r"|fighters|engine)|firefighters|(?:locked|trapped|stuck|shut) in (?:the |her |his |their"
    r" |my )?(?:house|home|room|bathroom|toilet|flat|car|lift|building)"
    # the eye: flashes, floaters, a shadow, sight lost
    r"|(?:flashes|flashing lights|floaters|a curtain|a shadow|black spot|dark spot|black spots"
    r"|dark spots|blurry patch|blind spot) (?:\S+ ){0,3}?(?:in|across|over|on) (?:my|his|her"
    r"|their) (?:\S+ )?(?:eye|eyes|vision|sight)|lost (?:the |his |her |my )?(?:sight|vision)"
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
    # a gas appliance that smells, or the supply turned off in a hurry
    r"|(?:gas|hob|boiler|cooker|oven|fire|heater|meter) (?:\S+ ){0,10}?(?:smells|smelt|smelled"
    r"|stinks|a smell)(?! (?:nice|great|amazing|lovely|good|delicious))"
    r"|(?:turned|switched|shut) (?:the |it |everything )?(?:gas )?off at the (?:meter|mains)"
    r"|(?:turned|switched|shut) (?:off )?the gas (?:off|supply)"
    rf"|(?:a )?(?:cut|cuts|gash|bump|burn|burns|bruise|bruises|lump|wound|graze|blister"
    rf"|blisters|bite|bites|welt|welts|scar|mark|marks) (?:on|to|in|across|all over) {_POSS}"
    rf" (?:\S+ )?{_BODY}"
    rf"|(?:cut|gashed|grazed|scraped|sliced|split|burnt|burned|scalded|bruised|trapped|crushed"
    rf"|stabbed|pierced|bit|bitten|scratched) {_OWNER} (?:\S+ )?{_BODY}"
    r"|(?:covered|came out|broke out|breaking out) in (?:\S+ )?(?:welts|hives|spots|bumps"
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
    r"|(?:nearly|almost|could have|could'?ve) (?:drowned|drown)|(?<!is )(?<!i'm )(?<!im )drowned"
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
_NOT_HYPERBOLE = r"(?! (?:of|from) (?:boredom|laughter|laughing|embarrassment|shame|cringe))"

SAFETY_FOREIGN_FAMILIES = (
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
    r"|durchfall|übergeben|lebensmittelvergift\w*|vomitei|vomitou|diarreia|intoxicad\w*"
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

# --- payment ---------------------------------------------------------------------------
_TAKEN = (
    r"(?:charged|charging|charge|billed|billing|debited|debiting|deducted|took|taken|taking"
    r"|take|withdrawn|withdrew|collected|claimed|pulled|paid|payment|transaction|money|funds)"
)
_SUM = rf"(?:£\S*|\$\S*|€\S*|{_DIGIT}\S* (?:quid|pounds|dollars|euros|€|£))"
_FEE = (
    r"(?:fee|fees|payment|money|subscription|membership|deposit|rent|fare|premium|instalment"
    r"|installment|amount|sum|balance|cost|charge|bill|invoice|total|booking|order)"
)
_KEPT = (
    r"(?:hold|holds|pre-?auth\w*|pre-?authori[sz]ations?|authori[sz]ation hold|reserved amount"
    r"|blocked amount|security deposit|deposit|bond|holding deposit|ring-?fenced)"
)
PAYMENT_FAMILIES = (
    # the same fee taken again: "taken my membership fee twice", "charged me a second time"
    rf"(?:charged|billed|debited|took|taken|collected|deducted) (?:me |us )?(?:for )?"
    rf"(?:my |the |our |his |her |this )?{_W}{{0,2}}?{_FEE} (?:\S+ ){{0,3}}?"
    r"(?:twice|two times|three times|double|a second time)"
    r"|(?:charged|billed|debited|took|taken|taking|collected|paid|deducted) (?:\S+ ){0,3}?"
    r"(?:a second|a 2nd|the second|a third|a 3rd|another) time"
    rf"|(?:second|2nd|another|extra|duplicate) (?:\S+ )?(?:charge|payment|debit|transaction"
    rf"|withdrawal) (?:\S+ ){{0,3}}?(?:for the same|same|identical|of the same)"
    rf"|(?:charged|billed|debited|taken|took|paid|payment|charge) again {_W}{{0,6}}?for the same"
    r"|(?:payment|charge|card|transaction|money|amount) (?:\S+ ){0,3}?(?:still |also )?(?:went"
    r" through|came out|was taken|got taken|was charged) (?:too|as well|anyway|regardless|also)"
    r"|(?:declined|failed|didn'?t work|did not work|wouldn'?t go through|rejected) (?:\S+ ){0,8}?"
    r"(?:but|yet|and) (?:\S+ ){0,4}?(?:still |also )?(?:took|taken|went through|came out|charged"
    r"|debited)"
    # the wrong sum: "debited £89 instead of £8.90", "the full amount rather than the deposit"
    rf"|(?:charged|billed|debited|took|taken|taking|deducted|collected|withdrew|withdrawn|paid)"
    rf" {_W}{{0,8}}?(?:instead of|rather than|not the) {_W}{{0,3}}?(?:quoted|agreed|advertised"
    rf"|deposit|quote)"
    rf"|(?:debited|took|taken|taking|deducted|withdrew|withdrawn) {_W}{{0,3}}?{_SUM} (?:instead of"
    rf"|rather than) {_SUM}"
    rf"|(?:débité|débitée|prélevé|prélevée|facturé|cobrado|cobraron|cobró|cargado|debitado"
    rf"|cobrou|cobraram) {_W}{{0,4}}?(?:au lieu de|au lieu des|au lieu du|en vez de|en lugar de"
    rf"|em vez de)"
    rf"|(?:charged|billed) (?:me |us )?for (?:the |a |an )?(?:\S+ )?(?:\S+ )?(?:plan|tier|package"
    r"|room|size|service|ticket|class|option|bundle|upgrade) (?:when|but|though|even though"
    r"|although|while) (?:i'?m|i am|we'?re|we are|i was|we were|i had|we had|i only|we only"
    r"|i booked|we booked|i ordered|we ordered|i picked|i chose|i asked)"
    # paid again in another way, scanned twice, refunded only part of it
    r"|(?:made|make|making) (?:me|us) pay (?:\S+ ){0,3}?(?:again|twice|a second time)"
    r"|(?:pay|paid|paying) (?:it|for it|them|this|that|the \S+) (?:\S+ )?(?:again|twice)"
    r"(?! (?:next|this|in|when|if|tomorrow)(?![\w']))"
    r"|(?:scanned|rang up|rung up|put through|keyed in|swiped|tapped) (?:\S+ ){0,3}?(?:twice"
    r"|two times|double|three times)"
    r"|(?:two|2|three|3) (?:identical |separate |pending |duplicate |matching )+(?:charges"
    r"|payments|amounts|debits|transactions|holds|authori[sz]ations)"
    r"|(?:two|2|three|3) (?:pending )?(?:amounts|holds) of (?:£|\$|€)\S*"
    r"|only (?:\S+ )?(?:refunded|got back|received back|credited|gave back|paid back|returned)"
    r" (?:me |us )?(?:£\S*|\$\S*|€\S*|half|part|some)|where'?s the rest"
    r"|(?:rest|remainder|other half) of (?:my|the|our) (?:money|refund|deposit)"
    r"|(?:refunded|returned|credited) (?:£|\$|€)\S* (?:but|when|yet|and) (?:\S+ ){0,3}?(?:taken"
    r"|took|charged|paid|debited)"
    r"|(?:charged|billed|debited|used|took \S+ from|taken from) (?:\S+ ){0,3}?(?:old|expired"
    r"|removed|deleted|cancelled|canceled|previous|blocked) card|card (?:i|we) (?:had )?(?:removed"
    r"|deleted|cancelled|canceled|took off)"
    r"|(?:still|and still) (?:no|not had|not got|not seen|haven'?t had|haven'?t got) (?:my |the"
    r" |any |a )?(?:money|refund|credit|penny)(?! (?:for|to) (?:buy|spend))"
    r"|free (?:trial|month|week|sample|gift|delivery|upgrade) (?:\S+ ){0,4}?(?:charged (?:me|us"
    r"|my)|took (?:£|\$|€|money|my)|debited|billed (?:me|us)|charged (?:£|\$|€))"
    r"|(?:billed|charged|debited|took|taken) (?:\S+ ){0,6}?(?:instead of|rather than)"
    r" (?:monthly|weekly|yearly|annually|per month|in instalments|in installments|pay as you go)"
    # the figure agreed and the figure taken differ: "receipt says 140, bank says 410"
    rf"|(?:says|said|shows|showed|was|read|reads) (?:£|\$|€)?{_DIGIT}\S* (?:\S+ ){{0,8}}?(?:bank"
    r"|statement|monzo|revolut|banking app|bank app|card statement) (?:\S+ )?(?:says|said|shows"
    rf"|showed|took|taken|charged|debited) (?:£|\$|€)?{_DIGIT}\S*"
    r"|(?:that'?s|which is|and that'?s|which was) what (?:came off|was taken from|went out of|left"
    r"|got taken from|was charged to|came out of) (?:my|our) (?:card|account)"
    r"|(?:said|quoted|advertised|agreed|offer|deal|price was|was told|they said) (?:\S+ ){0,6}?"
    r"(?:£|\$|€)\S* (?:\S+ ){0,6}?(?:£|\$|€)\S* (?:taken|charged|debited|came out|went out"
    r"|left my|off my card)"
    r"|(?:£|\$|€)\S* (?:\S+ ){0,4}?(?:they said|you said|quoted|advertised|agreed|on the (?:board"
    r"|label|website|sign|menu|shelf)|was the price|the offer|the deal) (?:\S+ ){0,3}?(?:£|\$|€)\S*"
    r" (?:taken|charged|debited|came out|went out|left)"
    r"|(?:paid|ordered|bought|booked|asked) for (?:\S+ ){1,3}?(?:but |and |then |yet )?(?:got "
    r"|was |been |i was |they |you )?(?:charged|billed) for"
    r"|(?:two|2|three|3) (?:identical|duplicate|matching) (?:lines|entries|items)"
    r"|(?:still )?(?:waiting|waited|chasing) (?:on|for) (?:the |my |our |a |that )?(?:\S+ )?(?:£\S*"
    r"|\$\S*|€\S*)"
    r"|(?:hasn'?t|haven'?t|has not|have not|never|still not|not yet|yet to|didn'?t|did not"
    r"|won'?t|refus\w* to) (?:\S+ )?(?:returned|return|refunded|refund|given back|give back"
    r"|paid back|released|release|sent back) (?:\S+ ){0,2}?(?:the|my|our|a|that|any) (?:\S+ )?"
    r"(?:deposit|bond|money|£\S*|refund|hold|pre-?auth\w*)"
    rf"|(?:on|to|from|off|out of) (?:my|our) (?:card|account|bank) {_W}{{0,10}}?(?:i|we)"
    r" (?:explicitly |specifically |clearly |already |had |have )?"
    r"(?:said no to|refused|declined|turned down|didn'?t want|did not want|never agreed"
    r"|didn'?t agree|never asked for|didn'?t ask for|opted out)"
    r"|(?:charged|billed|fee|fined) (?:\S+ ){0,12}?(?:i|we) (?:did |have |had |already )?"
    r"(?:returned (?:it|them|the)|sent (?:it|them) back|posted (?:it|them) back)"
    # charged for a place never visited, an order never placed
    rf"|{_TAKEN} {_W}{{0,12}}?(?:i'?ve|we'?ve|i have|we have|i'?d|we'?d|i|we) (?:never|not)"
    r" (?:even |ever )?(?:been (?:to|in|near|inside)|visited|shopped|stayed|set foot|heard of"
    r"|used|ordered|booked|bought|signed up)"
    # money held back: a hold, a pre-authorisation, a deposit not returned
    rf"|(?<!on )(?<!put on )(?<!placed on )(?<!kept on )(?<!left on ){_KEPT} (?:\S+ ){{0,8}}?"
    r"(?:still (?:there|on|showing|pending|not|hasn'?t|taken|held|blocked)"
    r"|not (?:been )?(?:released"
    r"|returned|refunded|dropped off|given back|paid back)|never (?:released|returned|came back"
    r"|refunded|given back)|hasn'?t (?:been )?(?:released|returned|dropped off|gone|cleared"
    r"|come back|been refunded)|haven'?t (?:had|got|received|seen) (?:it|my|the)|kept|keeping"
    r"|withheld|withholding|a fortnight later|weeks later|days later)"
    r"|(?:kept|keeping|withheld|withholding|refus\w* to return|won'?t return|not returned|never"
    r" returned) (?:my |our |the |a )?(?:\S+ )?(?:deposit|bond|£\S*|\$\S*|€\S*)"
    r"|(?:still|yet|not) (?:waiting|seen|received|had|got|back)? ?(?:\S+ )?(?:no sign|nothing|not"
    r" seen|haven'?t seen|not received|haven'?t received|haven'?t had) (?:\S+ ){0,6}?(?:refund"
    r"|money|deposit|£\S*|\$\S*|€\S*|credit|reimbursement|payout|compensation|bond)"
    r"|(?:charge|payment|debit|transaction|hold|amount) (?:\S+ ){0,6}?(?:is |are )?still"
    r" (?:on|showing|there|pending|sitting|coming out) (?:on |in )?(?:my|our|the) (?:\S+ )?(?:card"
    r"|account|statement|app|banking)"
    r"|(?:never (?:arrived|came|turned up|showed up|happened|got delivered|delivered|took place)"
    r"|didn'?t (?:arrive|come|turn up|show up|happen)|cancelled|canceled) (?:\S+ ){0,5}?(?:and"
    r" |but |yet |with |still )?(?:still )?(?:no|not a|without a|without any) (?:penny|refund"
    r"|money back|sign of (?:a|my|the) refund)"
    # Spanish, French, German, Portuguese: the same money concepts
    r"|(?:abgebucht|berechnet|belastet) (?:\S+ ){0,3}?(?:das |der |die )?(?:angebot"
    r"|kostenvoranschlag"
    r"|preis|vereinbart\w*) (?:war|lag|betrug|sagte|waren)|statt (?:\S+ ){0,4}?(?:abgebucht"
    r"|berechnet|belastet|verlangt)|kaution (?:\S+ ){0,6}?(?:nicht|nie|immer noch)"
    r"|(?:fianza|depósito) (?:\S+ ){0,6}?(?:no (?:me )?(?:han|ha) devuelto|sin devolver|todavía"
    r"|aún)|(?:caution|dépôt de garantie) (?:\S+ ){0,6}?(?:pas (?:été )?rendu|toujours pas"
    r"|jamais rendu)|(?:caução|depósito) (?:\S+ ){0,6}?(?:não (?:foi )?devolvid\w*|ainda)"
    r"|(?:cobrado|cobraron|cobrasteis|cobró|cargado) (?:\S+ ){0,5}?(?:que )?(?:cancelé|anulé"
    r"|había cancelado|no (?:pedí|hice|reservé|compré))"
    r"|(?:berechnet|abgebucht|belastet) (?:\S+ ){0,5}?(?:storniert|gekündigt|nicht bestellt"
    r"|nie bestellt)|(?:débité|prélevé|facturé)e? (?:\S+ ){0,5}?(?:annulée?|résiliée?|jamais"
    r" commandé)"
    r"|(?:cobrado|cobraron|cobrasteis|cobró|cobrou|débité|prélevé|facturé|abgebucht|berechnet)"
    r" (?:\S+ ){0,10}?(?:tres veces|trois fois|dreimal|três vezes|varias veces|plusieurs fois"
    r"|mehrfach|mehrmals|várias vezes)"
    r"|doble cargo|cobro doble|cobrado de más|débité deux fois|prélevé deux fois"
    r"|zweimal abgebucht|doppelt abgebucht|cobrad[oa] duas vezes|cobrança (?:duplicada|dupla)"
)

# --- security --------------------------------------------------------------------------
_ASKED_FOR = (
    r"(?:code|codes|passcode|one[- ]time (?:pass)?code|otp|verification code|security code|pin"
    r"|password|passwords|login|log-?in details|memorable (?:word|information)|card number|card"
    r" details|long card number|cvv|cvc|bank details|sort code|account number|online banking"
    r"|2fa|two[- ]factor)"
)
SECURITY_FAMILIES = (
    # a stranger wanting a secret
    rf"(?:wanting|demanding|demanded|insisting on|insisted on|chasing|pushing for|fishing for)"
    rf" {_W}{{0,5}}?{_ASKED_FOR}"
    r"|(?:code|codes|otp|passcode) (?:\S+ ){0,4}?(?:they|he|she|someone) (?:just )?(?:sent|texted"
    r"|messaged)"
    # a page set up in the brand's name, a file to open, a caller who knows too much
    r"|(?:someone|somebody|scammers?|people|fraudsters?) (?:has |have |'s |is |are )?(?:set up"
    r"|made|created|opened|started|running|set) (?:up )?(?:a |an )?(?:\S+ )?(?:page|account"
    r"|profile|site|website|shop|group) (?:\S+ ){0,2}?(?:called|named|pretending|using|with your"
    r"|in your|as you|offering|selling)"
    r"|(?:emailed|sent|texted|messaged) (?:me|us) (?:a |an )?(?:zip|file|attachment|apk|app to"
    r" install|download|program)|(?:zip file|attachment|apk) (?:\S+ ){0,4}?(?:to )?(?:open|install"
    r"|download|run)"
    r"|(?:call|caller|text|email|message|someone|scammers?|they|he|she) (?:\S+ ){0,6}?(?:already"
    r" )?knew (?:my|about my|all my|what i|where i)"
    r"|how did (?:they|he|she|the scammers?|these people) (?:get|know|find out|have|obtain)"
    r" (?:that|my|this|about)"
    r"|(?:email|password|phone number|mobile number|address|login|pin|details) (?:\S+ ){0,5}?"
    r"(?:changed|updated|switched) (?:\S+ ){0,6}?(?:i don'?t|i didn'?t|we don'?t|i do not|i never"
    r"|not mine|without me|without my)"
    r"|card (?:\S+ ){0,2}?(?:was|got|been|has been|is being) used (?:\S+ ){0,8}?(?:while|when it"
    r"|but|though|i was|i wasn'?t|i didn'?t|i never|still in)"
    r"|(?:lien|enlace|link|liga) (?:\S+ ){0,1}?(?:bizarre|suspect|douteux|frauduleux|étrange|raro"
    r"|sospechoso|extraño|komisch\w*|seltsam\w*|verdächtig\w*|estranho|suspeito)"
    r"|(?:vérifier mon identité|verificar (?:mi|minha) identidad\w*|identität (?:zu )?(?:bestätigen"
    r"|verifizieren))"
    r"|is (?:this |that )?(?:@\S+|this account|that account|this page|this number|this email)"
    r" (?:really |actually |even )?(?:yours|you|legit|real|official|genuine|one of yours)"
    r"|(?:photo|picture|pic|copy) of (?:my|your) (?:\S+ )?(?:key|keys|card|passport|licence"
    r"|license|id|bank card)"
    r"|(?:email|text|sms|message|link|login page|site|page|dm) (?:\S+ ){0,12}?(?:confirm|verify"
    r"|update|re-?enter|validate|unlock) (?:your|my) (?:\S+ )?(?:card|account|payment|identity"
    r"|details)|(?:a |fake |dodgy |with a |plus a |\+ )login page"
    r"|(?:usando|utilisant|unter|usando) (?:el |le |dem |eurem |o )?(?:nombre|nom|namen|nome)"
    r"|(?:pidiéndome|pidiéndonos|me pidió|me pidieron|m'a demandé|m'ont demandé|fragte nach"
    r"|wollte (?:\S+ )?(?:meine|meinen)|pediu-me|me pediu|pedindo) (?:\S+ ){0,5}?(?:código"
    r"|code|contraseña|mot de passe|passwort|senha|pin|tan|tarjeta|carte|karte|cartão)"
    # a QR code swapped or stuck over
    r"|(?:qr code|qr codes|qr|sticker|stickers) (?:\S+ ){0,8}?(?:stuck over|stuck on top|over the"
    r" (?:real|original|top)|on top of the (?:real|original)|tampered|covering the|replaced)"
    r"|(?:fake|dodgy|scam|suspicious|tampered|fraudulent|counterfeit) (?:\S+ )?(?:qr|qr code"
    r"|qr codes|sticker|stickers|parking app|payment page|payment link|invoice|invoices|receipt)"
    # an invoice or a payee that changed
    r"|(?:bank details|account details|payment details|payee|sort code|account number)"
    r" (?:\S+ ){0,6}?(?:changed|different|have changed|has changed|updated|don'?t match|didn'?t"
    r" match|not the same)(?! (?:\S+ ){0,3}?(?:when|after) i moved)"
    # Spanish, French, German, Portuguese: accounts broken into, impersonators, secrets asked
    r"|(?:entró|entraron|accedió|accedieron|hackearon|hackeó|hackead[oa]|piratead[oa]|pirat\w+"
    r"|gehackt|invadiram|invadiu|hackearam|hackeada|hackeado) (?:\S+ ){0,3}?(?:en |à |in |na |no"
    r" )?(?:mi|mon|ma|mein\w*|minha|meu)? ?(?:cuenta|compte|konto|conta|account)"
    r"|(?:mi |mon |ma |mein\w* |minha |meu )?(?:cuenta|compte|konto|conta) (?:\S+ ){0,3}?"
    r"(?:hackead[oa]|piratée|piraté|gehackt|hackeada|hackeado|invadida)"
    r"|(?:cambió|cambiaron|cambiado) (?:la|mi) contraseña|changé (?:le|mon) mot de passe"
    r"|passwort (?:\S+ ){0,2}?geändert|(?:mudou|mudaram|alterou|alteraram) (?:a|minha) senha"
    r"|(?:sich|hat sich|haben sich) (?:\S+ ){0,1}?als (?:\S+ ){0,3}?ausgegeben"
    r"|nach (?:meiner|meinem|meinen|der|dem|den) (?:\S+ )?(?:pin|tan|passwort|kartennummer|code"
    r"|bankdaten|iban|zugangsdaten) (?:gefragt|verlangt)"
    r"|(?:me |nos )?(?:pidió|pidieron|pedía|pedían) (?:\S+ ){0,3}?(?:el código|la contraseña|el pin"
    r"|los datos|la tarjeta|mi tarjeta)"
    r"|(?:m'a|m'ont|nous a|nous ont) demandé (?:\S+ ){0,3}?(?:code|mot de passe|numéro|carte"
    r"|coordonnées)"
    r"|(?:pediu|pediram) (?:\S+ ){0,3}?(?:o código|a senha|o pin|os dados|o cartão|número do"
    r" cartão)"
    r"|hameçonnage|phishing"
)

# Requests for card or bank details that are ordinary: the brand's own checkout asking twice,
# or the customer asking the brand whether it needs them. ``urgency`` drops ``security`` when
# one of these matches and nothing names a stranger or a secret (ORDINARY_BUT_STRANGE).
ORDINARY_DETAILS = (
    r"(?:checkout|check-out|check out|the till|till|payment page|payment screen|payment form"
    r"|card machine|card reader|terminal|the app|your app|the website|your website|the site"
    r"|your site|booking form|booking page) (?:\S+ ){0,3}?(?:asked|asks|asking|wanted|wants"
    r"|needed|needs|made me (?:re-?)?enter|kept asking) (?:\S+ ){0,3}?(?:card (?:number|details"
    r"|info)|card|bank details|cvv|cvc|security code|postcode|billing address)"
    r"|(?:do|does|will|would|should|shall|can|could) (?:you|i|we|it|they) (?:\S+ ){0,2}?(?:need"
    r"|have|take|give|send|provide|use|keep|want|still have) (?:\S+ ){0,3}?(?:card (?:number"
    r"|details|info)|bank details|account details|card|sort code|account number)"
    r"|(?:you'?ll|you will|you'?d|you would) (?:\S+ )?need (?:\S+ ){0,2}?(?:card (?:number"
    r"|details|info)|bank details|account details|card)"
    r"|(?:asked|asks|asking|wanted|needed) (?:for )?(?:my |the )?(?:card (?:number|details)|card"
    r"|bank details|cvv|postcode) (?:\S+ ){0,3}?(?:at|on|during|in) (?:the )?(?:checkout|check-out"
    r"|till|payment page|booking)"
    r"|is it (?:safe|ok|okay|fine|secure) to (?:give|send|share|pay|enter|read out)"
)
ORDINARY_BUT_STRANGE = (
    r"someone|somebody|stranger|scam\w*|fake|phish\w*|fraud\w*|pretend\w*|claiming|posing"
    r"|impersonat\w*|legit|genuine|dodgy|suspicious|weird|hack\w*|dm|dms|dmed|whatsapp|texted"
    r"|text message|a text|an email|emailed|a call|rang|caller|called me|link|popped up|pop-?up"
    r"|password|passcode|pin|otp|one[- ]time|verification code|2fa|memorable|online banking"
    r"|login|log-?in|is (?:this|that|it) (?:you|real|yours)"
)
