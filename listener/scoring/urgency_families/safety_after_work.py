"""Safety word families, rules-11 round 2: equipment failing dangerously, often after our work.

The issue's own key example is "equipment failing dangerously, especially after our own
work". The rows that showed it came from trades the rules were not written for (a roofer,
a pest controller, a brewery, a storage site), but each names a concept any trade meets:

- a sealed container or a battery swelling, bulging or bursting ("lids domed right out",
  "went off in the cupboard with a bang", "the battery is puffed up and lifting the screen");
- a gas alarm the staff told people to ignore ("the CO2 alarm always goes off, ignore it"),
  a CO alarm that "started going";
- people ill after a treatment, a spray or fumes, told deep in a long story ("fogging ...
  both came out dizzy, one was sick");
- the pest the business was paid to remove now hurting someone ("got stung four times");
- a part of an installation working loose and falling where people walk ("a board came down
  into next door's yard", "a tile slid off and smashed on the path by the front door");
- water running onto a light, a socket or the fuse box;
- a room filling with smoke or haze, a burnt smell in a loft or a wall, a surface still warm
  after hot work ("where you used the gas torch ... still feels warm");
- a near miss measured on a person ("missed my head by a foot", "came down like a guillotine",
  "ten seconds after my mum walked in");
- a person at risk: an open flame lit on a floor indoors, someone "in a bad way".

Near misses stay out: a swelling battery with a shopping question, an alarm that "went off
and staff had everyone out", "the bomb", a chimney "drawing beautifully", a burnt smell of
food (only a burnt smell *in a place of the building* counts). Joined into the safety pattern
in ``safety``.
"""

from __future__ import annotations

from listener.scoring.urgency_words import BODY as _BODY

_LAUGH = r"(?! (?:\S+ ){0,3}?(?:😂|🤣|😭|lol|lmao|haha\w*|jk))"
# a sealed thing that can burst: drinks, food, gas, batteries
_SEALED = (
    r"(?:cans?|tins?|bottles?|lids?|caps?|jars?|kegs?|growlers?|cartons?|pouch(?:es)?|packs?"
    r"|packets?|tubs?|canisters?|cylinders?|aerosols?|cells?|batter(?:y|ies)|power ?banks?"
    r"|vapes?)"
)
_SWELL = (
    r"(?:bulging|bulged|bulge|domed|doming|swelling|swollen|swelled|puffed(?: up)?|puffing up"
    r"|ballooned|ballooning|blown|bloated|exploded|exploding|expanded"
    r"|expanding)"
)
# a shopping question about the customer's own battery is no alert
_SHOPPING = (
    r"(?! (?:\S+ ){0,8}?(?:which|what) (?:\S+ ){0,2}?(?:model|phone|one|laptop|brand)"
    r"| (?:\S+ ){0,8}?(?:should i (?:buy|get)|recommend|time for a new|upgrade))"
)
_FALLING = (
    r"(?:boards?|planks?|tiles?|slates?|bricks?|panels?|poles?|tubes?|clips?|brackets?|gutters?"
    r"|guttering|fascias?|soffits?|coping|stones?|panes?|sheeting|cladding"
    r"|flashing|signs?|signage|chimney pots?|cowls?|aerials?|satellite dish|scaffold\w*|beams?"
    r"|plaster|plasterboard|ceiling|light fittings?|shelf|shelves|mirrors?|canopy|awning"
    r"|shutters?|railings?|blocks?|masonry|render|ridge|lintels?|skylights?)"
)
_FALL = (
    # (rules-36: not a signal that "dropped out")
    r"(?:came down|come down|fell|fallen|dropped(?! out(?![\w']))|slid off|slipped off|blew off"
    r"|blown off|flew off|landed|came crashing|came flying|plummeted)"
)
_WHERE_PEOPLE = (
    r"(?:path|paths|pavement|footpath|walkway|yard|garden|drive|driveway|street|road|patio"
    r"|doorstep|front door|back door|entrance|car|cars|playground|steps|pram|pushchair|bonnet"
    r"|windscreen|bench|terrace|porch|school run|bus stop|where (?:\S+ )?(?:kids|children"
    r"|people|we|i))"
)
_ELECTRIC = (
    r"(?:light|lights|light fitting|lamp|bulb|bulbs|downlights?|spotlights?|spots|socket"
    r"|sockets|plug|plugs|switch|switches|fuse ?box|consumer unit|wiring|wires|cables?"
    r"|electrics|extractor|extractor fan|meter|junction box|ceiling rose|pendant)"
)
_HOT_WORK = (
    r"(?:gas torch|torch|blow ?torch|blow ?lamp|torch-on|torched|torching|welding|welded|welder"
    r"|soldering|soldered|heat gun|angle grinder|grinding|hot works?|naked flame|burner)"
)
_ILL = (
    r"(?:dizzy|light-?headed|lightheaded|woozy|nauseous|nauseated|faint|fainted|fainting"
    r"|passed out|(?:was|were|got|been|being|felt|feel|feeling) (?:\S+ )?sick(?! of| and tired"
    r"| to death)|threw up|throwing up|vomit\w*|(?:can'?t|couldn'?t|could not|cannot|struggl\w*"
    r" to) (?:\S+ )?breathe|short of breath|chest (?:\S+ )?tight\w*|tight chest|eyes (?:\S+ )?"
    r"(?:streaming|stinging|burning)|(?:had|has|with|got) (?:a |an )?(?:splitting |blinding"
    r" |pounding |bad |awful )?(?:headache|headaches|migraine)|coughing (?:fit|up|all))"
)
_CHEMICAL = (
    r"(?:fogg\w*|fumigat\w*|sprayed|spraying|spray|chemicals?|pesticides?|insecticides?"
    r"|fumes|vapou?rs?|solvents?|varnish\w*|sealant|resin|bleach|ammonia|gassed|gassing"
    r"|smoke bomb|treatment for|treated for)"
)
_PESTS = (
    r"(?:wasps?|bees?|hornets?|bed ?bugs?|fleas?|mosquito\w*|ants?|rats?|mice|spiders?"
    r"|midges?|horse ?fl(?:y|ies)|insects?|something)"
)
# rules-17 (the eighth urgency set): the brand's work told in Spanish or Portuguese and a
# wheel that locked or a part that came loose after it; a part sold as new that is old and
# failing ("'new' tyres … fine cracks … the date code says 2016")
_RULES17 = (
    r"(?:me cambiasteis|me cambiaron|cambiasteis|me montasteis|montasteis|instalasteis|me"
    r" instalaron|arreglasteis|reparasteis|trocaram|trocaste|instalaram|montaram|consertaram)"
    r" (?:\S+ ){0,40}?(?:se ha bloqueado|se bloqueó|se bloquea|se ha soltado|se soltó|se salió"
    r"|bloqueou|soltou|saiu a roda|travou|echando humo|soltando chispas|deitar fumo)"
    r"|(?:sold|fitted|supplied|delivered) (?:\S+ ){0,4}?as (?:brand )?new (?:\S+ ){0,24}?"
    r"(?:cracks|cracking|cracked|perished|perishing|years old)"
)

# rules-20 (the second reader's misses of rules-19): a hot appliance's door that opens itself
# in use ("the stove door keeps swinging open on its own while we're burning logs"; not one that
# "swings open by itself when you press the button"), and an infection spreading along the
# body after a tattoo, piercing or treatment ("the redness is spreading up my arm"; not "the
# rash cream spread over my arm")
_RULES20 = (
    r"(?:stove|burner|oven|fire|boiler|dryer|washing machine|washer|kiln|furnace) door"
    r" (?:\S+ ){0,3}?(?:swinging|swings|swung|popping|pops|popped|flying|flies|flew|falling"
    r"|falls|fell|springing|springs|sprang) open (?:\S+ ){0,3}?(?:on its own|by itself)"
    r" (?:\S+ ){0,3}?(?:while|when|with) (?:\S+ ){0,3}?(?:burning|lit|going|running|in use|hot"
    r"|cooking|spinning|firing)"
    r"|(?:redness|red|streaks?|swelling|infection|rash|hives|blisters?) (?:\S+ ){0,6}?"
    r"(?:spreading|creeping|tracking|has spread|have spread|now spread) (?:up|down|across|along"
    rf"|over|to|into) (?:my|his|her|their|our|the) (?:\S+ )?{_BODY}"
)

# rules-21 (the second week set): a fitted part that gave at speed ("on the A419 at about 60
# the top edge lifted and the whole thing flexed in towards us"), and a near miss told as what
# could have landed on people ("it could have come in on us"); not "the fog lifted on the M5"
_RULES21 = (
    r"(?:on the (?:motorway|bypass|dual carriageway|m\d+|a\d+)|at (?:about |around )?\d+ ?mph)"
    r" (?:\S+ ){0,8}?(?<!fog )(?<!mist )(?<!mood )(?<!spirits )(?<!traffic )(?:lifted|flexed"
    r"|bowed|buckled|shattered|came loose|came away|popped out|blew in|caved in|came in)"
    r"|could (?:have|'?ve) (?:come in|come through|come down|come off|fallen|landed|dropped)"
    r" on (?:us|me|him|her|them|the kids|the baby|someone|somebody|anyone|my \S+)(?![\w'])"
)

# rules-19 (the ninth urgency set): equipment that failed with people on, under or near it
_RULES19 = (
    # a door or glass that fell open with the fire lit: "the hinge pin dropped out with the fire
    # going" (not "the door swung open to the fire roaring")
    r"(?:door|glass|hinge|hinge pin) (?:\S+ ){0,6}?(?:fell|dropped|came|hung|hanging|flew)"
    r" (?:\S+ ){0,3}?(?:off|out|open) (?:\S+ ){0,6}?(?:with|while) the fire (?:going|lit|burning"
    r"|still going|roaring|in)"
    # something fitted that came down onto a path: "bird guard Sootwell fitted … came down …
    # on the pavement outside our front gate" (not a price cap or a dish that "came down")
    r"|(?:guard|cowl|pot|slate|tile|tiles|sign|bracket|gutter|cage|aerial|panel|shutter|canopy"
    r"|awning|pipe) (?:\S+ ){0,4}?(?:came down|fell|fallen|blew down|blown down|came off|come"
    r" off) (?:\S+ ){0,20}?(?:on|onto|into|across|outside) (?:the |our |a )?(?:\S+ )?(?:pavement"
    r"|footpath|path|road|street|pram|pushchair|school|driveway|gate)"
    # a fitting hanging by a thread over people: "the sign they put up over the tables is
    # hanging off one corner by its cable", "dangling by its wires over the cot" (not a TV
    # "hanging from a bracket" or a lamp "from a chain", as they are meant to)
    r"|(?:sign|light|lights|fitting|panel|screen|tv|speaker|fan|shelf|mirror|beam|bracket"
    r"|ceiling|tile|board|heater|unit|cabinet|lamp) (?:\S+ ){0,14}?(?:hanging|dangling) (?:off|by"
    r"|from) (?:(?:one|a single) (?:corner|cable|wire|bolt|screw|hinge|bracket|chain)|its"
    r" (?:cable|cables|wire|wires)|(?:a|one) thread)(?! on purpose| deliberately| by design"
    r"| as a| like a)"
    # brakes that went: "brake pedal went nearly to the floor coming down Sutton Bank"
    r"|brakes? pedal (?:\S+ ){0,10}?(?:went|sank|dropped|goes|sinks) (?:nearly |almost |right"
    r" |straight )?(?:to|into) the floor"
    # a lift that dropped with a load on it: "tail-lift dropped with our fridge freezer on it"
    # (not "the shelf price dropped with a sticker on it")
    r"|(?:tail-?lift|lift|hoist|platform|ramp|winch|jack|crane|tailgate|scaffold) (?:\S+ )"
    r"{0,4}?(?:dropped|fell|gave way|slammed down) (?:\S+ ){0,4}?with (?:\S+ ){0,4}?"
    r"on it"
    # a part that flew off on the road: "the whole arm flew off on the A1 in the rain"
    r"|(?:arm|wheel|wiper|mirror|panel|bumper|door|bonnet|hubcap|trim|roof box|tyre)"
    r" (?!balancing |alignment |tracking |bearing )(?:\S+ ){0,4}?(?:flew|came|fell|ripped|tore)"
    r" off (?:\S+ ){0,6}?(?:on|along|down) (?:the )?"
    r"(?:a\d+|m\d+|motorway|dual carriageway|bypass)"
    # a hand dragged into a machine: "dragged her fingers against the wheel", "the belt pulled
    # my daughter's fingers in"
    r"|(?:dragged|pulled|trapped|sucked) (?:her|his|my|their|our|a child'?s|the kid'?s"
    r"|my (?:\S+'?s))(?: \S+)? (?:fingers|finger|hand|hair|arm)(?: in| under)?(?: \S+){0,4}?"
    r" (?:against|into|in|under|between) (?:the )?(?:\S+ )?(?:wheel|belt|roller|rollers"
    r"|mechanism|machine|gears|housing|fan|motor|blades|pump|drum|chain)"
    r"|(?:belt|roller|rollers|wheel|machine|mechanism) (?:pulled|dragged|caught|trapped|sucked)"
    r" (?:her|his|my|their|our|a child'?s|my \S+) (?:\S+ )?(?:fingers|finger|hand|hair|arm)"
    r" (?:in|under)"
)

SAFETY_AFTER_WORK_FAMILIES = (
    # a sealed container or a battery swelling, bulging, bursting
    rf"{_SEALED} (?:\S+ ){{0,8}}?(?:have |has |are |is |were |was |all |keep |started )?"
    rf"(?:\S+ )?{_SWELL}(?: right| out| up)?(?! (?:away|glass|into|of|out of|out laughing"
    rf"|with (?:pride|joy|flavou?r)|prices?|price|bill|costs?|budget)){_SHOPPING}{_LAUGH}"
    rf"|{_SWELL} (?:right )?out (?:\S+ ){{0,2}}?{_SEALED}"
    r"|(?:went off|exploded|blew up|burst|went bang) (?:\S+ ){0,5}?(?:with a"
    r" (?:bang|pop|boom|loud bang|huge bang|massive bang)|in the (?:cupboard|fridge|cellar"
    r"|garage|larder|pantry|drawer|cabinet))"
    # a gas alarm the staff said to ignore; a CO alarm "going"
    r"|(?:co2?|carbon (?:monoxide|dioxide)|gas|smoke|fire|ammonia|oxygen|o2) (?:alarm|alarms"
    r"|detector|detectors|sensor|sensors|monitor|monitors)"
    r" (?:(?!test|tests|testing|drill)\S+ ){0,20}?(?:ignore|ignored"
    r"|ignoring|always (?:goes off|going off|does that|sounds|beeps|on)|goes off all the time"
    r"|nothing to worry|take (?:the|its) battery out|took (?:the|its) battery out|turned it off"
    r"|switched it off|silenced it|unplugged it|it'?s faulty|just faulty)"
    r"|(?:told|said|asked) (?:us|me|everyone|people|them|the group) (?:\S+ ){0,3}?ignore (?:the"
    r" )?(?:\S+ )?(?:alarm|detector|sensor)"
    r"|(?:co|carbon monoxide|co2|gas) (?:alarm|detector)s? (?:\S+ ){0,4}?(?:started|kept|keeps"
    r"|starts|was|is|were|been|went|goes) (?:going|screaming|beeping|sounding|shrieking|blaring"
    r"|off)(?! (?:\S+ ){0,5}?(?:test|tested|battery|batteries|reminder|drill))"
    # people ill after a treatment, a spray, fumes
    rf"|{_CHEMICAL} (?:\S+ ){{0,30}}?(?:came out|came over|felt|feeling|went|were|was|got|been"
    rf"|both|all|left|now|are|is|and) (?:\S+ ){{0,2}}?{_ILL}"
    r"|(?:fine|safe|ok|okay) to (?:go|come|get|let \S+) back in (?:\S+ ){0,20}?(?:dizzy"
    r"|light-?headed|sick|headache|faint|breathe|cough\w*|nause\w*)"
    # the pest the business was to remove, now hurting someone
    rf"|(?:stung|bitten) (?:\S+ ){{0,2}}?(?:times|all over|on (?:his|her|my|their|the|our) \S+"
    rf"|in (?:his|her|my|their|the|bed)|by (?:a |the |some )?(?:\S+ )?{_PESTS}"
    r"|(?:several|multiple|a few|twice|again))"
    r"|covered in (?:\S+ )?(?:bites|stings|bite marks)|(?:bites|stings) all over"
    # a part of an installation working loose and falling where people are
    rf"|{_FALLING} (?:\S+ ){{0,12}}?{_FALL} (?:\S+ ){{0,5}}?"
    rf"(?:into|onto|on|in|through|across|by|next to|outside|over) (?:\S+ ){{0,3}}?{_WHERE_PEOPLE}"
    # water onto electrics
    r"|(?:drips|dripping|dripped|drip|leaks|leaking|leaked|pours|pouring|poured|runs|running"
    r"|water|rain|raining) (?:\S+ ){0,6}?(?:onto|into|on|through|over|down|in)"
    rf" (?:\S+ ){{0,3}}?{_ELECTRIC}(?! (?:\S+ )?(?:bill|company|supplier|rates?))"
    # smoke or haze indoors, a burnt smell in the building, warm after hot work
    r"|(?:room|rooms|bedroom|bedrooms|lounge|house|flat|kitchen|living room|landing|hallway|hall"
    r"|loft|attic|office|unit|shop|building|stairwell|corridor|upstairs|downstairs) (?:\S+ ){0,3}?"
    r"(?:fills|filled|filling|full|fill|thick) (?:up )?(?:with|of) (?:\S+ )?(?:smoke|haze|fumes"
    r"|smog)(?! (?:\S+ ){0,3}?(?:machine|machines|effects?|effect|fajitas|sizzl\w*|toast|smoker"
    r"|bbq|barbecue|incense|dry ice)(?![\w']))"
    r"|(?:grey |gray |blue |smoky |smokey |thick )?haze in (?:the |our |my |his |her )?(?:\S+ )?"
    r"(?:room|bedroom|lounge|house|flat|kitchen|landing|hallway|hall|loft|office)"
    r"|(?:smoke|fumes) (?:\S+ ){0,3}?(?:back|blowing back|coming back|pouring back) (?:\S+ )?"
    r"(?:into|in|down)"
    r"|(?:burnt|burned|burning|scorched|singed|smoky|smokey|charred|electrical) (?:smell|smells"
    r"|odou?r|whiff|stink) (?:\S+ ){0,3}?(?:in|up in|from|coming from|under|behind|round|around"
    r"|near|by|through) (?:the |our |my |his |her )?(?:loft|attic|roof|roof space|eaves|wall"
    r"|walls|ceiling|floor|floorboards|socket|sockets|fuse ?box|consumer unit|cupboard|airing"
    r"|boiler|meter|skirting|cavity|bedroom|hallway|landing|house|flat|fascia)"
    rf"|{_HOT_WORK} (?:\S+ ){{0,20}}?(?:still |now )?(?:feels?|felt|is|was|are|were|gone|going"
    r"|getting|been|feeling) (?:\S+ )?(?:warm|hot|smouldering|smoldering|smoking|scorched"
    r"|blackened|charred)"
    # a near miss measured on a person
    r"|missed (?:my|his|her|their|our|me|him|us|them|the (?:baby|kid|child|dog)) (?:\S+ )?"
    r"(?:head|face|kid|son|daughter|child|baby|foot|feet|hand|toes|legs?|by) (?:\S+ )?(?:by )?"
    r"(?:inches|an inch|a foot|a hair|a whisker|millimetres|a few|a metre|about|barely|\S+"
    r" (?:inches|cm|centimetres|feet|foot|mm))"
    r"|(?:down|shut|closed|slammed|dropped) like a guillotine"
    rf"|(?:seconds|moments|split second) (?:after|before) (?:my|his|her|our|the|a|someone"
    rf"|somebody|i|we|he|she|they|a child) (?:\S+ )?(?:walked|was|were|had|stood|standing|sat"
    rf"|sitting|passed|went|came|stepped|left|got out|got in){_LAUGH}"
    # a person at risk: an open flame indoors, someone in a bad way
    r"|(?:camping stove|stove|camping gas|candle|candles|fire|bbq|barbecue|disposable bbq|gas"
    r" heater|paraffin heater|heater|burner|brazier|gas ring) (?:\S+ )?(?:lit|burning|going|on)"
    r" (?:\S+ )?(?:on|in|inside) (?:the |a |his |her |their )?(?:floor|unit|container|room"
    r"|tent|cupboard|store|storage|locker|hallway|corridor|stairwell|cubicle|box)"
    r"|(?:he|she|man|woman|guy|lad|bloke|person|someone|somebody|girl|boy)"
    r" (?:\S+ ){0,6}?(?:looked|looks|looking|seemed|seems) (?:really |very )?in a"
    r" (?:really |very )?(?:bad|awful|terrible|dreadful) (?:way|state)"
    "|" + _RULES17 + "|" + _RULES19 + "|" + _RULES20 + "|" + _RULES21
)
SAFETY_AFTER_WORK_FOREIGN = (
    # containers and batteries that swell or burst
    r"(?:latas?|botellas?|tapas?|tapones?|baterías?|bateria|baterias|canettes?|bouteilles?"
    r"|couvercles?|capsules?|batteries?|boîtes?|dosen|dose|flaschen|flasche|deckel|akku|akkus"
    r"|batterie|garrafas?|tampas?|pilhas?) (?:\S+ ){0,6}?(?:hinchad[oa]s?|abombad[oa]s?"
    r"|inflad[oa]s?|explot(?:ó|aron)|revent(?:ó|aron)|gonflée?s?|bombée?s?|a explosé|ont explosé"
    r"|a éclaté|ont éclaté|aufgebläht|gewölbt|explodiert|geplatzt|aufgequollen|inchad[oa]s?"
    r"|estufad[oa]s?|explodiu|explodiram|estourou|estouraram)"
    # a gas alarm people were told to ignore
    r"|alarma de (?:co2|gas|humo|incendios?|monóxido|dióxido|co) (?:\S+ ){0,20}?(?:ignor\w+"
    r"|siempre suena|no pasa nada|suena siempre|está estropeada)"
    r"|(?:alarme|l'alarme|détecteur|le détecteur) (?:\S+ ){0,20}?(?:ignorer|ignorez|l'ignorer"
    r"|ignoré|sonne tout le temps|sonne toujours|toujours comme ça|rien de grave)"
    r"|(?:co2|gas|rauch|feuer|kohlenmonoxid|co)(?:-| )?(?:alarm|melder|warner|warnmelder)"
    r" (?:\S+ ){0,20}?(?:ignorieren|ignoriert|geht immer|piept immer|nicht beachten|immer an)"
    r"|alarme de (?:co2|gás|fumo|fumaça|incêndio|monóxido|co) (?:\S+ ){0,20}?(?:ignor\w+"
    r"|sempre toca|sempre dispara|toca sempre)"
    # ill after a treatment or fumes
    r"|(?:fumigación|fumigaron|fumigado|productos? químicos?|insecticida|pesticida|vapores"
    r"|fumigation|fumigé|produits? chimiques?|vapeurs|begasung|begast|chemikalien|insektizid"
    r"|dämpfe|fumigação|fumigaram|químicos?|produtos? químicos?|vapores) (?:\S+ ){0,25}?"
    r"(?:mareados?|mareadas?|vomit\w*|dolor de cabeza|no podía respirar|étourdie?s?|vertiges"
    r"|nausées|vomi|mal à la tête|schwindelig|übergeben|kopfschmerzen|übel|tont[oa]s?"
    r"|enjoad[oa]s?|dor de cabeça|vomitou|vomitaram)"
    # stung or bitten
    r"|(?:picó|picaron|picaban|mordió|mordieron|piqu\w+|mordu\w*|picad[oa]s?|mordid[oa]s?)"
    r" (?:\S+ ){0,3}?(?:avispas?|abejas?|chinches?|pulgas?|mosquitos?|arañas?|ratas?|guêpes?"
    r"|abeilles?|frelons?|punaises?|puces?|moustiques?|araignées?|vespas?|abelhas?|percevejos?"
    r"|aranhas?|ratos?|veces|fois|vezes)"
    r"|picaduras de|piqûres (?:de|d')|picadas de|gestochen(?! scharf)|gebissen"
    # a part of an installation falling where people are
    r"|(?:teja|tejas|tablón|tablones|tabla|tablas|ladrillo|ladrillos|placa|cristal|andamio"
    r"|tuile|tuiles|planche|planches|brique|ardoise|échafaudage|vitre|ziegel|dachziegel|brett"
    r"|bretter|gerüst\w*|platte|scheibe|telha|telhas|tábua|tábuas|tijolo|andaime|vidro)"
    r" (?:\S+ ){0,6}?(?:cayó|cayeron|se cayó|se soltó|se soltaron|est tombée?|sont tombée?s"
    r"|s'est détachée?|fiel|fielen|gefallen|heruntergefallen|abgestürzt|caiu|caíram|soltou-se"
    r"|se soltou) (?:\S+ ){0,6}?(?:acera|calle|patio|jardín|camino|coche|entrada|trottoir|rue"
    r"|jardin|cour|allée|voiture|gehweg|bürgersteig|straße|garten|hof|auto|einfahrt|passeio"
    r"|calçada|rua|quintal|jardim|carro)"
    r"|(?:ziegel|dachziegel|brett|bretter|platte|gerüst\w*|scheibe) (?:\S+ ){0,5}?(?:auf|in) (?:den"
    r"|die|das|dem) (?:gehweg|bürgersteig|straße|garten|hof|auto|einfahrt|spielplatz) (?:\S+ )?"
    r"(?:gefallen|heruntergefallen|gestürzt|gekracht|geknallt|gerutscht)"
    # water onto electrics
    r"|(?:gotea|goteaba|cae agua|chorrea|goutte|fuit|coule|tropft|läuft wasser|pinga|goteja"
    r"|escorre|entra água|entra agua) (?:\S+ ){0,3}?(?:sobre|en|encima|sur|dans|auf|in|na|no|em"
    r" cima) (?:\S+ ){0,2}?(?:lámpara|luz|enchufe|enchufes|cuadro eléctrico|lampe|luminaire"
    r"|prise|prises|tableau électrique|ampoule|steckdose|sicherungskasten|leuchte|lâmpada"
    r"|tomada|tomadas|quadro elétrico)"
    # a near miss on a person's head
    r"|(?:a (?:pocos|unos) centímetros de (?:mi|su) cabeza|à quelques centimètres de (?:ma|sa)"
    r" tête|knapp (?:an )?(?:meinem|seinem|ihrem) kopf vorbei|por pouco (?:não )?(?:me |lhe )?"
    r"(?:acertou|atingiu) na cabeça|como una guillotina|comme une guillotine|wie eine guillotine"
    r"|como uma guilhotina)"
    # an open flame on a floor indoors
    r"|(?:hornillo|camping gas|vela|velas|fuego|estufa|brasero|réchaud|bougie|bougies|feu"
    r"|campingkocher|gaskocher|kerze|kerzen|fogareiro|fogão de campismo) (?:\S+ )?(?:encendid[oa]s?"
    r"|allumée?s?|brannte|brennt|brennend|aces[oa]s?) (?:\S+ )?(?:en el suelo|dentro|par terre"
    r"|à l'intérieur|auf dem boden|drinnen|no chão|lá dentro)"
)
