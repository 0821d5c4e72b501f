"""Word pieces the urgency rule layers share: one word, a digit, owners, body parts,
appliances, children and months."""

from __future__ import annotations

W = r"(?:\S+ )"  # any one word, with its trailing space
DIGIT = r"(?:0|1|2|3|4|5|6|7|8|9)"  # an alternation, so the compiled trie can jump to it
# a month by name or its usual short form
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
POSS = r"(?:my|his|her|their|our|your|a|the|its)"
OWNER = r"(?:my|his|her|their|our|your|a|its)"  # not "the": "cut the shin" is a butcher's cut
# "back" the body part, not a back door, seat or gate
BACK = (
    r"back(?! (?:door|doors|gate|seat|seats|garden|wheel|wheels|tyre|tyres|window|light|lights"
    r"|panel|step|steps|yard|room|office|page|pocket|end|order|catalogue|issue|issues|up|of the"
    r"|row|entrance|porch|fence|wall|box|cover|bar))"
)
BODY = (
    rf"(?:hand|hands|head|knee|knees|wrist|ankle|arm|arms|leg|legs|shin|foot|feet|finger|fingers"
    r"|thumb|lip|lips|cheek|cheeks|face|tooth|teeth|neck|"
    rf"{BACK}|jaw|shoulder|hip|ribs?|nose|ear"
    r"|ears|scalp|forehead|skin|mouth|throat|tongue|chin|elbow|toe|toes|belly|paw|paws|gum|gums"
    r"|eye|eyes|eyelid|eyelids|eyebrow|eyebrows|palate|nail|nails|chest|stomach|leg|thigh|calf"
    r"|bum|bottom|groin|spine|skull|brow|temple|heel|palm|knuckle|knuckles)"
)
# things that can burn, shock or catch fire when they fail
APPLIANCE = (
    r"(?:plug|plugs|socket|sockets|cable|cables|wire|wires|wiring|lead|charger|battery|batteries"
    r"|kettle|toaster|heater|heaters|radiator|dryer|drier|tumble dryer|washer|washing machine"
    r"|dishwasher|machine|appliance|oven|hob|cooker|microwave|grill|fryer|air fryer|lamp|light"
    r"|lights|bulb|fan|iron|straighteners|hairdryer|hair dryer|blanket|boiler|fridge|freezer"
    r"|laptop|phone|tablet|tv|telly|fuse ?box|consumer unit|meter|panel|panels|inverter|motor"
    r"|engine|extension lead|adapter|adaptor|fitting|switch|unit|scooter|e-?bike|vape|candle"
    r"|candles|stove|burner|flue|chimney|hot tub|sauna|tanning bed|sunbed|bath|shower|tap"
    r"|fireplace|log burner|barbecue|bbq|generator|compressor|pump|box|car|van|bike)"
)
# a child, by word or by age ("my 3yo", "a 14 month old")
CHILD = (
    r"(?:child|children|kid|kids|son|daughter|toddler|baby|babies|boy|girl|little one|little boy"
    rf"|little girl|{DIGIT}\d* ?(?:year|yr|month) old|{DIGIT}\d* ?yo)"
)
# people one takes along ("taking my dad to the silent film night"): an outing, not custom
# moved to a rival, unless it says so ("taking my kids to another soft play instead")
PEOPLE_ALONG = (
    r"(?!(?:\S+ )?(?:dad|mum|mom|mam|father|mother|parents|kids|kid|son|sons|daughter|daughters"
    r"|wife|husband|partner|friend|friends|gran|nan|grandma|grandad|grandparents|family|girlfriend"
    r"|boyfriend|niece|nephew|sister|brother|mates|mate|team|class|date|nephews|nieces|children"
    r"|little one|little ones|boys|girls|in-?laws)(?![\w'])"
    r"(?! (?:\S+ ){0,8}?(?:instead|elsewhere|from now on|anymore|any more)(?![\w'])))"
)
# money: a sum ("£45", "45 quid"), a few of something, money named going back or back on the
# card ("the full £185 back", "back on our cards", not a van "back in 2 days"), and time gone
SUM = rf"(?:£\S*|\$\S*|€\S*|{DIGIT}\S* (?:quid|pounds|dollars|euros|€|£))"
FEW = r"(?:\d+|a|an|one|two|three|four|five|six|seven|ten|several|a few)"
MONEY_BACK = (
    rf"(?:(?:{SUM}|money|refund|deposit|payment|cash|fee|fees)(?: \S+){{0,6}}? back"
    r"|back (?:on|in|into|to) (?:my|our|the) (?:cards?|accounts?))"
)
SINCE = r"(?:it'?s been|it has been|that was|that'?s been|now)"
