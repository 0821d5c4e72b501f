"""Word pieces the urgency rule layers share: one word, a digit, owners, body parts."""

from __future__ import annotations

W = r"(?:\S+ )"  # any one word, with its trailing space
DIGIT = r"(?:0|1|2|3|4|5|6|7|8|9)"  # an alternation, so the compiled trie can jump to it
POSS = r"(?:my|his|her|their|our|your|a|the|its)"
OWNER = r"(?:my|his|her|their|our|your|a|its)"  # not "the": "cut the shin" is a butcher's cut
BODY = (
    r"(?:hand|hands|head|knee|knees|wrist|ankle|arm|arms|leg|legs|shin|foot|feet|finger|fingers"
    r"|thumb|lip|lips|cheek|cheeks|face|tooth|teeth|neck|back|jaw|shoulder|hip|ribs?|nose|ear"
    r"|ears|scalp|forehead|skin|mouth|throat|tongue|chin|elbow|toe|toes|belly|paw|paws|gum|gums"
    r"|eye|eyes|eyelid|eyelids|eyebrow|eyebrows|palate|nail|nails|chest|stomach|leg|thigh|calf"
    r"|bum|bottom|groin|spine|skull|brow|temple|heel|palm|knuckle|knuckles)"
)
