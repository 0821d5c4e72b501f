"""Safety word families, rules-12: harm to people in someone's care, and worn safety gear.

The sixth urgency dev set (a swim school, a climbing wall, a home care agency, a kitchen
fitter) showed harms the earlier families named only in part, each a concept every trade
that looks after people or lends equipment meets:

- a child in water going under, coughing up water, pulled out by someone else, while the
  person watching was on their phone ("a coulé pendant son cours", "went under at the deep
  end", "tosió agua");
- a small child out on their own: walked out "by herself", found by a stranger, nobody
  checking who collected them;
- a body part swollen "the size of a grapefruit", a foot gone down a gap in a floor, a gap
  that opens when someone lands on it;
- life-safety gear worn through: a frayed harness, rope or tie-in loop ("Anseilring total
  ausgefranst", "corde effilochée");
- bruises on a person in care that look like a grip ("finger-shaped bruises"), a carer who
  handles them roughly, a person frightened of their carer ("bleus en forme de doigts").

Each in English and in Spanish, French, German and Portuguese. Near misses stay out: a firm
that "went under", an email "untergegangen", a phone cable frayed, a bag strap torn, bruises
from the customer's own fall, a teacher on the phone with a parent (pinned in
``tests/test_urgency_rules12_safesec.py``). Joined into the safety pattern in ``safety``.
"""

from __future__ import annotations

from listener.scoring.urgency_words import BODY as _BODY
from listener.scoring.urgency_words import CHILD as _CHILD
from listener.scoring.urgency_words import DIGIT as _DIGIT

# a small child, by word or by age in digits or words ("my four year old", "a 3yo")
_SMALL = (
    rf"(?:toddler|baby|little one|little boy|little girl|child|kid|{_DIGIT}\d* ?yo|(?:{_DIGIT}\d*"
    r"|one|two|three|four|five|six|seven|eight)[- ]?(?:year|yr|month)[- ]?old)"
)
# a child or the pronoun that stands for one (not "my phone went under")
_YOUNG = rf"(?:(?:(?:my|our|the|a|her|his) )?(?:{_CHILD}|{_SMALL})|she|he)"
_WATER = (
    r"(?:pool|water|lesson|swim\w*|lifeguard|instructor|teacher|deep end|shallow end|lane"
    r"|lake|sea|river|splash pad|bath)"
)
_FRUIT = (
    r"(?:grapefruit|golf ?ball|tennis ball|cricket ball|egg|goose egg|orange|melon|balloon"
    r"|football|plum|satsuma|tangerine|lemon|apple|grape)"
)
# gear a life hangs on, and what wear does to it
_LIFELINE = (
    r"(?:harness|harnesses|rope|ropes|belay loop|tie-in loop|tie in loop|sling|slings|webbing"
    r"|tether|safety line|lifeline|climbing rope|zip ?line cable|winch cable"
    r"|tow rope|seatbelt|seat belt|seatbelts|seat belts|auto-?belay (?:\S+ )?(?:strap|cable))"
)
_FRAYED = r"(?:frayed|fraying|worn through|cut through|shredded|core-?shot|sheath (?:cut|torn))"
# who looks after a person at home or in care (not a sports coach: bruises after a session
# with one are ordinary), and the same with a teacher for rough handling
_CARE_ROLE = (
    r"(?:carer|carers|care worker|care workers|care assistant|support worker|nurse|nurses"
    r"|nanny|childminder|key ?worker|helper|aide|caregiver|night staff|staff member)"
)
_CARER = rf"(?:{_CARE_ROLE}|teacher)"
# "under" the water, not under a table, the knife or the impression
_UNDER = r"under(?! (?:the|a|an|his|her|my|their|our|some|this|that) (?!water|surface)\S)"
SAFETY_CARE_FAMILIES = (
    # a heart attack (moved here from ``urgency_cues.SAFETY``), not a fright or a price told
    # as one ("the quote nearly gave me a heart attack", "a heart attack on a plate")
    r"(?<!gave me a )(?<!give me a )(?<!gives me a )(?<!gave us a )(?<!nearly had a )"
    r"(?<!almost had a )(?<!mini )(?<!near )heart attack(?! (?:\S+ ){0,5}?(?:price|prices|bill"
    r"|quote|invoice|total|cost|receipt|statement)s?(?![\w'])| on a plate| in a bun)"
    # a child in water going under, coughing up water, saved by someone else
    rf"|{_WATER} (?:\S+ ){{0,15}}?{_YOUNG} (?:\S+ ){{0,2}}?(?:went|slipped|sank|sunk|kept"
    rf" going|started going) (?:{_UNDER}|under the water|below the surface|to the bottom)(?![\w'])"
    rf"|(?:{_CHILD}|{_SMALL}) (?:\S+ ){{0,2}}?(?:went|slipped|sank|sunk|kept going) (?:{_UNDER}"
    rf"|below the surface|to the bottom)(?= (?:\S+ ){{0,15}}?{_WATER})"
    r"|(?:coughing|coughed|cough|coughs|spluttering|spluttered|bringing|brought|throwing"
    r"|threw) up (?:\S+ )?(?:water|pool water)"
    r"|(?:jumped|dived|dove|had to jump|went|waded) in (?:\S+ ){0,3}?(?:fully clothed|in (?:her"
    r"|his|their|my) clothes|to (?:get|grab|pull|save|fish) (?:her|him|them|my \S+) out)"
    r"|(?:lifeguard|lifeguards|swim teacher|swimming teacher|swim instructor|swimming"
    r" instructor|poolside staff) (?:\S+ ){0,8}?(?:on (?:her"
    r"|his|their) phone|looking at (?:her|his|their) phone|scrolling|asleep|not (?:even )?watching"
    r"|wasn'?t (?:even )?watching|weren'?t (?:even )?watching|had (?:her|his|their) back to)"
    # a small child out on their own, found by a stranger, nobody checking who collects
    rf"|{_SMALL} (?:\S+ ){{0,3}}?(?:walked|wandered|ran|toddled|got|slipped|went|let|left)"
    r" (?:out|off|away|outside|through) (?:\S+ ){0,6}?(?:by (?:her|him|them)sel(?:f|ves)|on (?:her"
    r"|his|their) own|alone|unaccompanied|unnoticed|without (?:anyone|anybody|an adult))"
    r"|(?:a |some |another )?(?:stranger|passer-?by|member of the public|dog walker|neighbour"
    r"|random (?:man|woman|person|bloke)|(?:other |another )(?:parent|mum|dad)) (?:\S+ ){0,2}?"
    rf"(?:found|brought back|spotted|stopped|caught|picked up|returned) (?:(?:her|him|them)"
    r" (?:at|in|on|by|outside|near|wandering|alone|crying|walking|sitting|standing|heading"
    rf"|halfway|down|up)(?![\w'])|(?:my|our) (?:{_CHILD}|{_SMALL}))"
    r"|(?:nobody|no one|no-one|staff (?:\S+ )?(?:didn'?t|never)|they (?:didn'?t|never)"
    r"|didn'?t|never) (?:even )?(?:checked|check|asked|ask|checking|looked) (?:who|whether|if)"
    r" (?:\S+ ){0,3}?(?:picking (?:her|him|them) up|picked (?:her|him|them) up|(?:collect\w*"
    rf"|was there (?:for|to))(?= (?:\S+ ){{0,8}}?(?:{_CHILD}|{_SMALL}|class|club|session|lesson"
    r"|nursery|camp|party|her|him|them)(?![\w'])))"
    # a body part swollen to the size of a fruit; a foot gone down a gap in a floor
    rf"|{_BODY}(?:'s| is| was| has| had)? (?:\S+ ){{0,2}}?(?:the size of|size of) (?:a |an )?"
    rf"(?:\S+ )?{_FRUIT}"
    rf"|(?:swollen|swelled|swelling|blown up|come up|came up|ballooned) (?:up )?(?:like|to the"
    rf" size of|the size of) (?:a |an )?(?:\S+ )?{_FRUIT}"
    r"|(?:foot|feet|leg|legs|heel|ankle|toe|toes|knee|wheelchair|buggy|pram|pushchair)"
    r" (?:\S+ ){0,2}?(?:went|go|goes|slipped|dropped|fell|sank|plunged|disappeared|got caught"
    r"|caught|stuck|wedged) (?:straight |right |clean )?(?:down|into|through) (?:the |a |an )?"
    r"(?:\S+ )?(?:gap|hole|crack|seam|void|floor|floorboards?|decking|boards?|grate|grating"
    r"|drain cover|manhole)"
    r"|(?:gap|gaps|seam|seams|hole|crack|join|joins) (?:that |which )?(?:opens?|opened|opening"
    r"|splits?|parts|gapes) (?:up )?(?:\S+ ){0,2}?(?:when|if|as|under) (?:you|people|someone"
    r"|anyone|kids|climbers|i|we|he|she|they) (?:\S+ )?(?:land|lands|landed|step|steps|stepped"
    r"|stand|stands|jump|jumps|jumped|walk|walks|drop|drops)"
    # life-safety gear worn through
    rf"|{_LIFELINE} (?:\S+ ){{0,5}}?(?:was |is |were |are |totally |completely |badly |really"
    rf" |all |visibly )?{_FRAYED}|{_FRAYED} (?:\S+ )?{_LIFELINE}"
    # bruises that look like a grip on a person in care, a carer rough with them
    # (not "finger marks all over the new worktop")
    r"|(?:finger|fingertip|finger-?tip|grab|grip|hand|thumb)(?:-shaped| shaped)? (?:bruises"
    r"|bruising)|(?:finger|fingertip|hand|thumb|grip)(?:-shaped| shaped) marks"
    rf"|(?:bruises|bruising|marks|cuts|scratches|skin tears) (?:\S+ ){{0,8}}?(?:since|after|every"
    rf" time|whenever) (?:the |her |his |their |a |this )?(?:new |night |evening |morning )?"
    rf"{_CARE_ROLE}"
    rf"|{_CARER} (?:\S+ ){{0,6}}?(?:rough with (?:her|him|them|mum|dad|my)|manhandl\w*"
    r"|grabb\w* (?:her|him|them|mum|dad) (?:by|hard|roughly)|yank\w* (?:her|him|them|mum|dad)"
    r"|(?:pull|pulls|pulled|pulling|drag|drags|dragged|dragging) (?:her|him|them|mum|dad)"
    r" (?:\S+ )?(?:hard|roughly|by the arm)|slapp\w* (?:her|him|them)|pinch\w* (?:her|him|them))"
    rf"|(?:scared|frightened|terrified|afraid) of (?:the|her|his|their|this) (?:new |night"
    rf" |evening |morning )?{_CARE_ROLE}"
    rf"|(?:cries|crying|flinches|flinching|shakes|shaking|panics) (?:\S+ ){{0,4}}?(?:when|whenever"
    rf"|every time) (?:the |her |his |their |that )?(?:new )?{_CARE_ROLE} (?:comes|arrives|visits"
    r"|walks in|is mentioned|is due)"
)
SAFETY_CARE_FOREIGN = (
    # a child in water going under, coughing up water, pulled out
    r"(?:ma fille|mon fils|ma petite|mon petit|l'enfant|mon enfant|elle|il) (?:\S+ ){0,4}?"
    r"(?:a coulé|coulait|a bu la tasse|a glissé sous l'eau|est passée? sous l'eau)"
    r"|(?:toussé|tousse|toussait|recraché|recrachait) (?:\S+ )?de l'eau|(?:la|le) sortir de l'eau"
    r"|sauté (?:\S+ ){0,3}?(?:tout habillée?|pour la sortir|pour le sortir)"
    r"|(?:monitrice|moniteur|maître-nageur|maître nageur|surveillante?|maîtres-nageurs)"
    r" (?:\S+ ){0,3}?(?:regardait|sur) son (?:téléphone|portable)"
    r"|(?:mi hija|mi hijo|la niña|el niño|mi pequeñ[oa]) (?:\S+ ){0,4}?(?:se hundió|se hundía"
    r"|se fue al fondo|tragó mucha agua)|(?:tosió|tosía|tosiendo|escupiendo) agua"
    r"|(?:sacarla|sacarlo|la sacó|lo sacó|sacaron) (?:\S+ )?del agua"
    r"|socorrista (?:\S+ ){0,3}?(?:con|mirando) el (?:móvil|teléfono|celular)"
    r"|(?:tochter|sohn|kind|kleine|kleiner) (?:\S+ ){0,4}?(?:ist |war )?(?:untergegangen|ging"
    r" unter|unter wasser geraten)|wasser (?:aus)?gehustet|(?:aus dem wasser|aus dem becken)"
    r" (?:\S+ )?(?:gezogen|geholt)|(?:bademeister\w*|schwimmlehrer\w*|trainerin|trainer)"
    r" (?:\S+ ){0,4}?(?:am|aufs|auf (?:sein|ihr)) handy"
    r"|(?:minha filha|meu filho|a criança|a menina|o menino) (?:\S+ ){0,4}?(?:afundou|foi ao fundo"
    r"|engoliu muita água)|(?:tossiu|tossia|a tossir|tossindo) água|(?:tirá-la|tirá-lo|tirou-a"
    r"|tirou-o|tiraram-na|tiraram-no) da água|(?:nadador-salvador|salva-vidas|professora?)"
    r" (?:\S+ ){0,3}?(?:ao|no) (?:telemóvel|celular)"
    # a small child out alone, nobody checking who collects
    r"|(?:sortie?|partie?) (?:\S+ ){0,3}?(?:toute seule|tout seul)|personne n'a vérifié (?:qui|si)"
    r"|(?:salió|se fue|se escapó) (?:\S+ ){0,3}?(?:sola|solito|solita)|nadie (?:\S+ )?(?:comprobó"
    r"|verificó|miró) (?:quién|si)"
    r"|(?:allein|alleine) (?:\S+ ){0,3}?(?:rausgelaufen|hinausgelaufen|weggelaufen|rausgegangen"
    r"|auf die straße)|niemand hat (?:\S+ ){0,2}?(?:kontrolliert|geprüft|nachgesehen|gefragt)"
    r" wer"
    r"|(?:saiu|fugiu) (?:\S+ ){0,3}?sozinh[oa]|ninguém (?:\S+ )?(?:verificou|confirmou|viu)"
    r" quem"
    # life-safety gear worn through
    r"|(?:gurt|gurte|leihgurt|leihgurte|klettergurt|klettergurte|hüftgurt|anseilring"
    r"|einbindeschlaufe|einbindeschlaufen|seil|seile|kletterseil|sicherungsseil|bandschlinge"
    r"|expressschlinge|sicherheitsgurt) (?:\S+ ){0,5}?(?:ausgefranst|zerfranst|durchgescheuert"
    r"|aufgescheuert|angerissen|eingerissen|durchgewetzt)"
    r"|(?:ausgefranst\w*|durchgescheuert\w*) (?:\S+ )?(?:gurt|seil|anseilring|schlinge)"
    r"|(?:baudrier|harnais|corde|cordes|sangle|sangles|anneau d'encordement|longe|ceinture de"
    r" sécurité) (?:\S+ ){0,5}?(?:effiloché\w*|élimé\w*|usée? jusqu'à la corde|entaillé\w*)"
    r"|(?:arnés|arneses|cuerda|cuerdas|eslinga|anillo de encordamiento|cinturón de seguridad)"
    r" (?:\S+ ){0,5}?(?:deshilachad\w*|raíd\w*|desgastad[oa] hasta)"
    r"|(?:arnês|arneses|corda|cordas|anel de encordoamento|talabarte|cinto de segurança)"
    r" (?:\S+ ){0,5}?(?:desfiad\w*|puíd\w*|esgarçad\w*)"
    # bruises like a grip on a person in care, rough handling, fear of the carer
    r"|(?:bleus|hématomes|ecchymoses|marques) (?:\S+ ){0,4}?en forme de doigts"
    r"|(?:bleus|hématomes|ecchymoses) (?:\S+ ){0,10}?depuis que (?:la |le |l'|sa |son )?"
    r"(?:nouvelle |nouveau )?(?:auxiliaire|aide-soignante?|aide à domicile|infirmière?|nounou"
    r"|soignante?|intervenante?|assistante?)"
    r"|(?:la|le|les|lui) (?:tire|tirait|secoue|secouait|bouscule|bousculait|pince|pinçait) fort"
    r"|(?:la|le|les) (?:brutalise|brutalisait|gifle|giflait)|maltraitance|maltraitée?"
    r"|(?:moratones|moretones|hematomas|cardenales|marcas) (?:\S+ ){0,4}?en forma de dedos"
    r"|(?:moratones|moretones|hematomas|cardenales) (?:\S+ ){0,10}?desde que (?:la |el |su )?"
    r"(?:nueva |nuevo )?(?:cuidadora?|auxiliar|enfermer[oa]|niñera)|malos tratos"
    r"|(?:blaue flecken|hämatome|blutergüsse|griffspuren) (?:\S+ ){0,8}?(?:wie von fingern"
    r"|seit (?:die|der) (?:neue )?(?:pflegerin|pfleger|pflegekraft|betreuerin|betreuer"
    r"|erzieherin|erzieher))|fingerförmige (?:blaue flecken|hämatome|blutergüsse)"
    r"|(?:grob|brutal|unsanft) (?:\S+ ){0,2}?(?:angefasst|gepackt|gezerrt)|misshandl\w*"
    r"|misshandelt"
    r"|(?:hematomas|nódoas negras|manchas roxas|marcas|roxos) (?:\S+ ){0,4}?em forma de dedos"
    r"|(?:hematomas|nódoas negras|manchas roxas|roxos) (?:\S+ ){0,10}?desde que (?:a |o )?"
    r"(?:nova |novo )?(?:cuidadora?|auxiliar|enfermeir[oa]|ama)|maus[- ]tratos"
)
