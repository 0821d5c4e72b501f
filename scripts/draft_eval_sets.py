# ruff: noqa: E501  -- one item per line reads better than wrapped strings
"""Write the draft-quality sets of the two example brands (JSONL, one mention per line).

    .venv/bin/python scripts/draft_eval_sets.py   # writes config/demo/draft_eval.jsonl and
                                                  # config/demo/hearthly/draft_eval.jsonl
    .venv/bin/python run_bot.py eval-drafts config/demo/draft_eval.jsonl

Each item is a mention as a demanding community manager would see it: the text, when and
where, the author's profile (``earlier`` = interactions before this one), what the
understanding step should conclude (``understanding``) and what the draft must do
(``expect``: draft, intent, urgency, names, topic words, words that must not appear, tone,
queue priority group, gesture note, answer words). config/demo/README.md documents the keys.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def U(intent, label="neutral", compound=0.0, *, urgency="normal", reasons=(), complaint=None, mood=None, spam=False):
    found = {
        "intent": intent, "label": label, "compound": compound, "urgency": urgency,
        "urgency_reasons": list(reasons),
        "is_complaint": intent == "complaint" if complaint is None else complaint,
        "is_spam": spam,
    }
    if mood:
        found["mood"] = mood
    return found


def item(ident, day, clock, text, understanding, expect, *, customer=None, platform="twitter", lang="en", display=None, handle=None, **extra):
    found = {
        "id": ident, "platform": platform, "created_at": f"2026-11-{day:02d}T{clock}:00Z",
        "lang": lang, "text": text, "understanding": understanding, "expect": expect,
        "handle": handle or f"{ident}_user",
    }
    if customer is not None:
        found["customer"] = customer
    if display:
        found["display_name"] = display
    found.update(extra)
    return found


def C(name, pref=None, *, earlier=0, tier=None, likes=(), dislikes=(), notes="", bad=False, stage="new", dnc=False):
    return {"name": name, "preferred_name": pref, "earlier": earlier, "tier": tier, "likes": list(likes),
            "dislikes": list(dislikes), "notes": notes, "earlier_bad": bad, "stage": stage, "do_not_contact": dnc}


COMPLAINT = U("complaint", "negative", -0.45, mood="unhappy")
FURIOUS = U("complaint", "negative", -0.85, mood="furious")
CALM = U("complaint", "neutral", 0.0, mood="neutral")
QUESTION = U("question", "neutral", 0.0, mood="neutral")
PRAISE = U("praise", "positive", 0.55, mood="warm")
FAN = U("praise", "positive", 0.85, mood="delighted")
IDEA = U("suggestion", "neutral", 0.1, mood="neutral")
CAFE_BANNED = ["valued customer", "inconvenience", "rest assured"]

BRAMBLE = [
    # --- complaints: topic named, no trade assumed beyond the book, a DM ask -----------------
    item("b01", 2, "08:10", "@bramblecounter my flat white was stone cold this morning", COMPLAINT, {"intent": "complaint", "names": ["Sam"], "topic": ["flat white"], "must_not": CAFE_BANNED, "tone": "unhappy", "priority": "complaint", "gesture": False}, customer=C("Sam Lee", "Sam")),
    item("b02", 2, "09:20", "waited 25 minutes at Headrow for a BLT. twenty five minutes @bramblecounter", COMPLAINT, {"intent": "complaint", "topic": ["the wait", "BLT"], "must_not": ["which location", "which site"], "tone": "unhappy", "priority": "complaint", "gesture": False}, customer=C("Rosie Hart", "Rosie")),
    item("b03", 2, "10:05", "@bramblecounter absolutely furious, staff at Kirkstall were rude to my mum and ignored her at the till", FURIOUS, {"intent": "complaint", "topic": ["how you were treated"], "must_not": ["thanks for reaching out", "hope you", "have a great"], "tone": "furious", "priority": "complaint", "gesture": False}, customer=C("Dan Price", "Dan")),
    item("b04", 2, "11:40", "@bramblecounter the soup ran out by 12 again, third day running", COMPLAINT, {"intent": "complaint", "topic": ["soup"], "tone": "unhappy", "priority": "complaint"}, display="Megan Shaw"),
    item("b05", 3, "08:30", "ordered on the Bramble app, paid, got to the counter and they had no record of it", COMPLAINT, {"intent": "complaint", "topic": ["app"], "tone": "unhappy", "priority": "complaint"}, customer=C("Priya Nair", "Priya")),
    item("b06", 3, "09:50", "@bramblecounter the oat latte tasted burnt today", COMPLAINT, {"intent": "complaint", "names": ["Jo"], "topic": ["oat latte"], "tone": "unhappy", "priority": "complaint", "gesture": True}, customer=C("Joanne Baker", "Jo", earlier=8, tier="platinum", likes=["oat latte"], notes="Comes in every morning before her shift at the LGI", stage="relationship"), handle="JoBakes"),
    item("b07", 3, "12:15", "@bramblecounter first bad one in years but the cortado was like dishwater", COMPLAINT, {"intent": "complaint", "names": ["Shiv"], "topic": ["cortado"], "must_not": ["gold", "bake sale", "Candlelighters"], "tone": "unhappy", "priority": "complaint", "gesture": True}, customer=C("Siobhán Murphy", "Shiv", earlier=5, tier="gold", notes="Ran the charity bake sale with us (raised £1,240 for Candlelighters)")),
    item("b08", 3, "14:00", "@bramblecounter the almond croissant was stale and soggy", COMPLAINT, {"intent": "complaint", "topic": ["almond croissant"], "tone": "unhappy", "priority": "complaint", "gesture": False}, customer=C("Ollie Grant", "Ollie", earlier=1)),
    item("b09", 4, "08:45", "prices up again at Bramble. £3.80 for a filter now?", CALM, {"intent": "complaint", "topic": ["filter coffee", "price"], "must_not": ["£3", "refund"], "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Tom Ellis", "Tom")),
    item("b10", 4, "10:30", "@bramblecounter you gave me the Forager instead of the Hedgerow and I'm vegetarian", COMPLAINT, {"intent": "complaint", "topic": ["Forager", "Hedgerow"], "tone": "unhappy", "priority": "complaint"}, display="Nina Patel"),
    item("b11", 4, "13:10", "@bramblecounter the chai is way too sweet lately", CALM, {"intent": "complaint", "topic": ["chai"], "tone": "neutral", "priority": "normal"}, customer=C("Ava Brook", "Ava")),
    item("b12", 4, "16:20", "@bramblecounter hot chocolate lid popped off and it went everywhere, not impressed", COMPLAINT, {"intent": "complaint", "topic": ["hot chocolate"], "tone": "unhappy", "priority": "complaint"}, customer=C("Kelly Moss", "Kelly")),
    # --- questions: the book answers, or we say exactly what we'll check ---------------------
    item("b13", 5, "09:00", "@bramblecounter what time do you open on Sunday?", QUESTION, {"intent": "question", "topic": ["Sunday"], "check": ["10:00", "09:00"], "must_not": ["get back to you", "reply shortly"], "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Gav Hill", "Gav")),
    item("b14", 5, "17:45", "quick q are you open tomorrow?", QUESTION, {"intent": "question", "check": ["tomorrow"], "tone": "hurried", "priority": "normal", "gesture": False}, customer=C("Lou Dean", "Lou")),
    item("b15", 5, "12:30", "@bramblecounter is Headrow open on Christmas Eve?", QUESTION, {"intent": "question", "check": ["07:30–13:00"], "topic": ["Christmas Eve"], "tone": "neutral", "priority": "normal"}, display="Beth Marsh"),
    item("b16", 6, "10:00", "@bramblecounter are you open on Boxing Day?", QUESTION, {"intent": "question", "check": ["closed"], "tone": "neutral", "priority": "normal"}, customer=C("Harry Cole", "Harry")),
    item("b17", 6, "11:20", "@bramblecounter can I book a table for 6 on Saturday?", QUESTION, {"intent": "question", "check": ["bookings"], "tone": "neutral", "priority": "normal"}, customer=C("Fatima Khan", "Fatima")),
    item("b18", 6, "13:40", "@bramblecounter is the hot chocolate vegan?", QUESTION, {"intent": "question", "check": ["oat"], "topic": ["hot chocolate"], "tone": "neutral", "priority": "normal"}, display="Maya"),
    item("b19", 6, "15:00", "@bramblecounter do you sell the coffee beans you use? in 1kg bags?", QUESTION, {"intent": "question", "check": ["whether we sell"], "must_not": ["£", "yes, we", "we do sell"], "tone": "neutral", "priority": "normal"}, customer=C("Chris Wood", "Chris")),
    item("b20", 7, "09:15", "@bramblecounter how much is a cortado now?", QUESTION, {"intent": "question", "check": ["price"], "topic": ["cortado"], "must_not": ["£"], "tone": "neutral", "priority": "normal"}, customer=C("Ellie Fox", "Ellie")),
    item("b21", 7, "10:40", "@bramblecounter do stamps from Headrow count at Kirkstall?", QUESTION, {"intent": "question", "check": ["both sites"], "tone": "neutral", "priority": "normal"}, customer=C("Mo Ali", "Mo")),
    item("b22", 7, "12:00", "@bramblecounter is there wifi at Kirkstall? need to work for an hour", QUESTION, {"intent": "question", "check": ["wifi"], "tone": "neutral", "priority": "normal"}, customer=C("Grace Lin", "Grace")),
    item("b23", 7, "14:30", "@bramblecounter can I bring my dog to Headrow?", QUESTION, {"intent": "question", "check": ["assistance dogs"], "tone": "neutral", "priority": "normal"}, display="Pete & Biscuit 🐶"),
    item("b24", 8, "08:05", "@bramblecounter when is the pumpkin loaf coming back?", QUESTION, {"intent": "question", "check": ["pumpkin loaf"], "must_not": ["next week", "tomorrow", "monday"], "tone": "neutral", "priority": "normal"}, customer=C("Leanne Roy", "Leanne")),
    item("b25", 8, "09:30", "@bramblecounter how late is Kirkstall open tonight?", QUESTION, {"intent": "question", "check": ["16:00", "tonight"], "tone": "neutral", "priority": "normal"}, customer=C("Stu Bell", "Stu")),
    item("b26", 8, "11:00", "@bramblecounter do you have oat milk at Headrow?", QUESTION, {"intent": "question", "must_not": ["yes we do", "£"], "tone": "neutral", "priority": "normal"}, customer=C("Ruth Ames", "Ruth")),
    item("b27", 8, "13:15", "quick question, is the soup of the day vegan today?", QUESTION, {"intent": "question", "check": ["soup"], "must_not": ["yes", "vegan today"], "tone": "hurried", "priority": "normal"}, customer=C("Naomi Fry", "Naomi")),
    item("b28", 9, "09:45", "@bramblecounter can I change the email on my app account?", QUESTION, {"intent": "question", "check": ["hello@bramble.example"], "tone": "neutral", "priority": "normal"}, customer=C("Marcus Webb", "Marcus")),
    item("b29", 9, "10:55", "@bramblecounter any student discount?", QUESTION, {"intent": "question", "check": ["stamp card"], "tone": "neutral", "priority": "normal"}, customer=C("Zara Kim", "Zara")),
    item("b30", 9, "12:10", "@bramblecounter is Headrow open right now?", QUESTION, {"intent": "question", "check": ["Headrow"], "tone": "neutral", "priority": "normal"}, customer=C("Adam Roe", "Adam")),
    # --- praise: warm, specific, never sorry --------------------------------------------------
    item("b31", 10, "08:20", "best flat white in Leeds, the Headrow team are lovely @bramblecounter", FAN, {"intent": "praise", "names": ["Aisha"], "topic": ["flat white", "team"], "must_not": ["sorry", "apolog"], "tone": "delighted", "priority": "normal", "gesture": False}, customer=C("Aisha Rahman", "Aisha")),
    item("b32", 10, "09:40", "@bramblecounter that cinnamon bun was unreal", FAN, {"intent": "praise", "topic": ["cinnamon bun"], "must_not": ["sorry"], "tone": "delighted", "priority": "normal"}, customer=C("Chloe Barr", "Chlo", earlier=4, likes=["cinnamon bun"], stage="connection")),
    item("b33", 10, "11:10", "Hedgerow toastie is my whole personality now", PRAISE, {"intent": "praise", "topic": ["Hedgerow"], "must_not": ["sorry", "again", "familiar", "sticking with us"], "tone": "warm", "priority": "normal"}, customer=C("Stuart Page", "Stu", earlier=0)),
    item("b34", 10, "12:50", "@bramblecounter love the oat latte, never change", PRAISE, {"intent": "praise", "topic": ["oat latte"], "must_not": ["!", "sorry"], "tone": "warm", "priority": "normal"}, customer=C("Ben Ford", "Ben", dislikes=["exclamation marks"])),
    item("b35", 10, "14:30", "the vegan sausage roll at Kirkstall is the best in the city", FAN, {"intent": "praise", "topic": ["vegan sausage roll"], "must_not": ["sorry"], "tone": "delighted", "priority": "normal"}, customer=C("Hannah Lowe", "Hannah", earlier=2)),
    item("b36", 11, "08:00", "Bramble Kirkstall on a Sunday morning is just the best", PRAISE, {"intent": "praise", "topic": ["Kirkstall", "Sunday", "morning"], "must_not": ["sorry"], "tone": "warm", "priority": "normal"}, customer=C("Jack Dunn", "Jack")),
    item("b37", 11, "09:10", "@bramblecounter the barista at Headrow remembered my order, small thing but lovely", PRAISE, {"intent": "praise", "topic": ["team", "remembered"], "must_not": ["sorry"], "tone": "warm", "priority": "normal"}, customer=C("Olivia Reed", "Liv")),
    item("b38", 11, "10:25", "@bramblecounter the filter coffee this week is ace", PRAISE, {"intent": "praise", "topic": ["filter coffee"], "must_not": ["sorry", "gold", "regular"], "tone": "warm", "priority": "normal"}, customer=C("Gaz Holt", "Gaz", earlier=1, tier="gold")),
    item("b39", 11, "12:45", "@bramblecounter thank you for the almond croissant rescue this morning", FAN, {"intent": "praise", "topic": ["almond croissant"], "must_not": ["sorry"], "tone": "delighted", "priority": "normal"}, customer=C("Kath Moore", "Kath", earlier=6, stage="relationship")),
    # --- suggestions: thanks and an honest next step -----------------------------------------
    item("b40", 12, "09:00", "@bramblecounter you should do a decaf oat latte option on the app", IDEA, {"intent": "suggestion", "topic": ["oat latte", "app"], "must_not": ["will add", "coming soon", "we'll let you know"], "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Sophie Hale", "Sophie")),
    item("b41", 12, "10:30", "@bramblecounter would love a loyalty stamp for bringing your own cup", IDEA, {"intent": "suggestion", "must_not": ["will add", "we'll do it"], "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Will Shaw", "Will", earlier=5, tier="gold", stage="connection")),
    item("b42", 12, "12:20", "@bramblecounter please bring back the pumpkin loaf next autumn", IDEA, {"intent": "suggestion", "must_not": ["will bring", "promise"], "tone": "neutral", "priority": "normal"}, customer=C("Amy Tate", "Amy")),
    # --- urgent: the book's playbook per class -------------------------------------------------
    item("b43", 13, "12:40", "@bramblecounter my son had a reaction after the almond croissant, we're in A&E. it was labelled nut free", U("complaint", "negative", -0.7, urgency="high", reasons=["safety"], mood="furious"), {"intent": "safety", "urgency": "safety", "topic": ["eat", "medical"], "must_not": ["our fault", "we admit", "sorry about the muddle"], "tone": "urgent", "priority": "urgent", "gesture": False}, customer=C("Laura Gibb", "Laura")),
    item("b44", 13, "13:30", "found a shard of glass in my BLT from Headrow. lip is bleeding", U("complaint", "negative", -0.8, urgency="high", reasons=["safety"]), {"intent": "safety", "urgency": "safety", "topic": ["Pat or Ellie", "same day"], "tone": "urgent", "priority": "urgent"}, customer=C("Gary Shaw", "Gaz")),
    item("b45", 13, "15:10", "@bramblecounter charged twice for one order on the app this morning", U("complaint", "negative", -0.4, urgency="high", reasons=["fraud"]), {"intent": "payment", "urgency": "payment", "topic": ["double charge"], "names": ["Pat or Ellie"], "must_not": ["refund", "send us your card"], "tone": "urgent", "priority": "urgent"}, customer=C("Ian Rowe", "Ian")),
    item("b46", 14, "09:05", "@bramblecounter my refund still hasn't come through after two weeks", U("complaint", "negative", -0.5, urgency="high", reasons=["payment"]), {"intent": "payment", "urgency": "payment", "names": ["Pat or Ellie"], "must_not": ["refund is on", "card number"], "tone": "urgent", "priority": "urgent"}, customer=C("Jen Pope", "Jen")),
    item("b47", 14, "10:20", "someone called Bramble Rewards DM'd me asking for my card number to add stamps?? is that you", U("question", "negative", -0.3, urgency="high", reasons=["account_hacked"]), {"intent": "security", "urgency": "security", "topic": ["@bramblecounter", "u/bramble_counter"], "check": ["never ask", "bank"], "tone": "urgent", "priority": "urgent"}, customer=C("Rita Owen", "Rita")),
    item("b48", 14, "11:35", "there's a fake bramble account running a giveaway asking for login codes", U("complaint", "negative", -0.3, urgency="high", reasons=["security"]), {"intent": "security", "urgency": "security", "check": ["never ask"], "tone": "urgent", "priority": "urgent"}, display="Tariq"),
    item("b49", 14, "13:00", "@bramblecounter I slipped on your wet floor at Headrow and my solicitor will be in touch", U("complaint", "negative", -0.6, urgency="high", reasons=["legal"]), {"intent": "legal", "urgency": "legal", "names": ["Pat or Ellie"], "must_not": ["our fault", "we're sorry we", "apologise for the floor"], "tone": "urgent", "priority": "urgent"}, customer=C("Mark Hay", "Mark")),
    item("b50", 15, "09:30", "that's it, done with Bramble. going to the place across the road from now on", U("complaint", "negative", -0.5, reasons=["churn_threat"]), {"intent": "churn", "urgency": "churn", "must_not": ["please don't go", "don't want to lose", "discount", "on us"], "tone": "warm", "priority": "complaint", "gesture": True}, customer=C("Dee Hart", "Dee", earlier=6, tier="gold", stage="relationship")),
    item("b51", 15, "10:45", "cancelling my app account, the ordering never works", U("complaint", "negative", -0.45, reasons=["churn"]), {"intent": "churn", "urgency": "churn", "must_not": ["please stay", "don't want to lose"], "tone": "warm", "priority": "complaint", "gesture": True}, customer=C("Ray Knox", "Ray")),
    # --- languages -------------------------------------------------------------------------------
    item("b52", 15, "12:00", "@bramblecounter el flat white estaba frío y tardaron 20 minutos", COMPLAINT, {"intent": "complaint", "lang": "es", "topic": ["flat white", "espera"], "must_not": ["sorry", "Thanks"], "tone": "unhappy", "priority": "complaint"}, lang="es", customer=C("José Martín", "José")),
    item("b53", 15, "13:20", "@bramblecounter ¡el mejor cortado de Leeds! gracias", FAN, {"intent": "praise", "lang": "es", "must_not": ["Thanks", "sorry", "lo siento"], "tone": "delighted", "priority": "normal"}, lang="es", customer=C("Lucía Gómez", "Lucía")),
    item("b54", 16, "09:00", "@bramblecounter ¿abrís el domingo?", QUESTION, {"intent": "question", "lang": "es", "must_not": ["open", "Thanks"], "tone": "neutral", "priority": "normal"}, lang="es", customer=C("Pablo Ruiz", "Pablo")),
    item("b55", 16, "10:10", "@bramblecounter Der Kaffee war heute kalt", COMPLAINT, {"intent": "human", "lang": "human", "tone": "human"}, lang="de", customer=C("Jonas Weber", "Jonas")),
    item("b56", 16, "11:30", "@bramblecounter najlepsza zupa w Leeds", FAN, {"intent": "human", "lang": "human", "tone": "human"}, lang="pl", display="Kasia"),
    # --- no draft at all --------------------------------------------------------------------------
    item("b57", 16, "12:40", "win a free coffee machine!! click bit.ly/xyz #bramble", U("other", "positive", 0.6, spam=True), {"draft": False}, display="PROMO BOT"),
    item("b58", 16, "13:50", "@bramblecounter the oat latte was cold", COMPLAINT, {"draft": False}, customer=C("Fiona Dale", "Fiona", dnc=True)),
    item("b59", 17, "09:00", "RT @bramblecounter: soup of the day is leek and potato", U("other"), {"draft": False}, is_repost=True),
    item("b60", 17, "10:15", "@bramblecounter we're the Bramble, this is our own post", U("other"), {"draft": False}, handle="bramblecounter", is_own=True),
    # --- familiarity and dislikes ----------------------------------------------------------------
    item("b61", 17, "11:30", "@bramblecounter how late is Headrow open on Saturday?", QUESTION, {"intent": "question", "check": ["17:00"], "must_not": ["again", "familiar", "sticking with us", "regular"], "tone": "neutral", "priority": "normal"}, customer=C("New Person", "Nell", earlier=2, stage="connection")),
    item("b62", 17, "12:45", "@bramblecounter thanks for the chat this morning, the chai was perfect", PRAISE, {"intent": "praise", "topic": ["chai"], "must_not": ["sorry", "we had you down", "if memory serves", "your usual"], "tone": "warm", "priority": "normal"}, customer=C("Tess Lane", "Tess", earlier=9, likes=["chai"], notes="Always orders the chai", stage="relationship")),
]

HEARTHLY_BANNED = ["kitchen", "menu", "counter", "which site", "which location", "visit"]
H_BOOK = "config/demo/hearthly/brand_book.toml"

HEARTHLY = [
    # --- complaints ---------------------------------------------------------------------------
    item("h01", 16, "09:10", "@hearthlyhome the app keeps logging me out every morning", COMPLAINT, {"intent": "complaint", "names": ["Conor"], "topic": ["app"], "must_not": HEARTHLY_BANNED, "tone": "unhappy", "priority": "complaint", "gesture": False}, customer=C("Conor McCarthy", "Conor")),
    item("h02", 16, "10:30", "@hearthlyhome installer never showed up, took a day off work for nothing. useless", FURIOUS, {"intent": "complaint", "topic": ["installation"], "must_not": [*HEARTHLY_BANNED, "thanks for reaching out", "have a great"], "tone": "furious", "priority": "complaint", "gesture": False}, customer=C("Niall Hughes", "Niall")),
    item("h03", 16, "11:45", "@hearthlyhome thermostat arrived 17 days after ordering. tracking never moved", COMPLAINT, {"intent": "complaint", "topic": ["Hearthly Thermostat", "late delivery"], "must_not": HEARTHLY_BANNED, "tone": "unhappy", "priority": "complaint", "gesture": True}, customer=C("Brian Dunne", "Brian", earlier=1, tier="plus annual", notes="Complained about a late delivery in 2025; Aoife called him")),
    item("h04", 16, "13:00", "@hearthlyhome the heating didn't come on at all this morning. first time in three winters", COMPLAINT, {"intent": "complaint", "names": ["Ciara"], "must_not": [*HEARTHLY_BANNED, "founding", "beta tester", "!"], "tone": "unhappy", "priority": "complaint", "gesture": True}, customer=C("Ciara Byrne", "Ciara", earlier=7, tier="founding member", dislikes=["exclamation marks"], notes="Beta tester since 2024", stage="relationship")),
    item("h05", 17, "08:20", "@hearthlyhome my valves say low battery after 2 months, that can't be normal", CALM, {"intent": "complaint", "topic": ["radiator valves"], "must_not": HEARTHLY_BANNED, "tone": "neutral", "priority": "normal"}, customer=C("Emma Clarke", "Emma")),
    item("h06", 17, "09:40", "@hearthlyhome your app update turned my heating on at 3am. woke up roasting", COMPLAINT, {"intent": "complaint", "topic": ["app"], "must_not": HEARTHLY_BANNED, "tone": "unhappy", "priority": "complaint"}, display="Robbie K"),
    item("h07", 17, "11:00", "@hearthlyhome the installer left dust everywhere and drilled in the wrong place", FURIOUS, {"intent": "complaint", "topic": ["installation"], "must_not": [*HEARTHLY_BANNED, "thanks for reaching out"], "tone": "furious", "priority": "complaint"}, customer=C("Mick Doyle", "Mick")),
    item("h08", 17, "12:15", "@hearthlyhome thermostat reads 3 degrees higher than my other thermometer", CALM, {"intent": "complaint", "topic": ["Hearthly Thermostat"], "must_not": HEARTHLY_BANNED, "tone": "neutral", "priority": "normal"}, customer=C("Brian Walsh", "Brian")),
    item("h09", 17, "14:30", "@hearthlyhome the Plus energy report hasn't loaded for two weeks. paying for nothing", COMPLAINT, {"intent": "complaint", "topic": ["Hearthly Plus"], "must_not": [*HEARTHLY_BANNED, "refund", "free month"], "tone": "unhappy", "priority": "complaint", "gesture": True}, customer=C("Aisling Brennan", "Aisling", earlier=4, tier="plus annual", stage="connection")),
    item("h10", 18, "08:05", "@hearthlyhome support took two days to answer my email", CALM, {"intent": "complaint", "topic": ["support", "wait"], "must_not": HEARTHLY_BANNED, "tone": "neutral", "priority": "normal"}, display="Quiet Radiator"),
    item("h11", 18, "09:25", "@hearthlyhome stop showing me the Plus upgrade banner every time I open the app", COMPLAINT, {"intent": "complaint", "topic": ["app", "Plus"], "must_not": [*HEARTHLY_BANNED, "upgrade to", "try Plus"], "tone": "unhappy", "priority": "complaint"}, customer=C("Sinéad Kelly", "Sinéad", dislikes=["upselling"])),
    item("h12", 18, "10:50", "@hearthlyhome the display is stuck on the logo after last night's update", COMPLAINT, {"intent": "complaint", "must_not": HEARTHLY_BANNED, "tone": "unhappy", "priority": "complaint"}, customer=C("Orla Gallagher", "Orla")),
    # --- questions ----------------------------------------------------------------------------
    item("h13", 18, "08:15", "@hearthlyhome what time does phone support open today?", QUESTION, {"intent": "question", "check": ["08:00–20:00"], "must_not": HEARTHLY_BANNED, "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Paddy Ryan", "Paddy")),
    item("h14", 18, "09:30", "quick q: how long is the warranty on the thermostat?", QUESTION, {"intent": "question", "check": ["two years"], "tone": "hurried", "priority": "normal"}, customer=C("Declan O'Sullivan", "Dec")),
    item("h15", 19, "10:00", "@hearthlyhome does Hearthly work with Alexa?", QUESTION, {"intent": "question", "check": ["Alexa"], "must_not": HEARTHLY_BANNED, "tone": "neutral", "priority": "normal"}, display="Anna"),
    item("h16", 19, "11:15", "@hearthlyhome what happens to the heating if the wifi goes down?", QUESTION, {"intent": "question", "check": ["last schedule"], "tone": "neutral", "priority": "normal"}, customer=C("Anna Byrne", "Anna")),
    item("h17", 19, "12:30", "@hearthlyhome do you have the white T2 in stock?", QUESTION, {"intent": "question", "check": ["whether we have the white T2 in stock"], "must_not": ["yes", "€", "sold out"], "tone": "neutral", "priority": "normal"}, customer=C("Joe Hanlon", "Joe")),
    item("h18", 19, "13:45", "@hearthlyhome how much is the Plus plan per year?", QUESTION, {"intent": "question", "check": ["price"], "must_not": ["€", "per month is"], "tone": "neutral", "priority": "normal"}, customer=C("Oisín Burke", "Oisín")),
    item("h19", 19, "15:00", "@hearthlyhome when will Matter support come?", QUESTION, {"intent": "question", "check": ["Matter"], "must_not": ["next month", "soon", "2027"], "tone": "neutral", "priority": "normal"}, display="Ola W"),
    item("h20", 20, "08:40", "@hearthlyhome is the Plus trial 14 or 30 days?", QUESTION, {"intent": "question", "check": ["30 days"], "tone": "neutral", "priority": "normal"}, customer=C("Grace Nolan", "Grace")),
    item("h21", 20, "09:55", "@hearthlyhome how long does installation take?", QUESTION, {"intent": "question", "check": ["90 minutes"], "tone": "neutral", "priority": "normal"}, customer=C("Anna Ryan", "Anna")),
    item("h22", 20, "11:10", "@hearthlyhome will the valves fit my old Danfoss radiators?", QUESTION, {"intent": "question", "check": ["Danfoss"], "tone": "neutral", "priority": "normal"}, customer=C("Ella Quinn", "Ella")),
    item("h23", 20, "12:25", "@hearthlyhome are you open on St Stephen's Day?", QUESTION, {"intent": "question", "check": ["closed"], "tone": "neutral", "priority": "normal"}, customer=C("Pete Nolan", "Pete")),
    item("h24", 20, "13:40", "@hearthlyhome is support open on Sunday?", QUESTION, {"intent": "question", "check": ["closed", "Sunday"], "tone": "neutral", "priority": "normal"}, customer=C("Rory Flynn", "Rory")),
    item("h25", 21, "08:00", "@hearthlyhome can I download my heating history?", QUESTION, {"intent": "question", "check": ["Export"], "tone": "neutral", "priority": "normal"}, customer=C("Eimear Moran", "Eimear")),
    item("h26", 21, "09:15", "@hearthlyhome how do I cancel my subscription?", QUESTION, {"intent": "question", "check": ["Account > Plan"], "tone": "neutral", "priority": "normal"}, customer=C("Dave Daly", "Dave")),
    item("h27", 21, "10:30", "@hearthlyhome do you have gift cards?", QUESTION, {"intent": "question", "check": ["whether we have gift cards"], "must_not": ["yes", "€"], "tone": "neutral", "priority": "normal"}, customer=C("Aoibhinn Power", "Aoibhinn")),
    item("h28", 21, "11:45", "@hearthlyhome is the app on android 9?", QUESTION, {"intent": "question", "check": ["Android 10"], "tone": "neutral", "priority": "normal"}, customer=C("Caoimhe Farrell", "Caoimhe")),
    item("h29", 21, "13:00", "@hearthlyhome can I return it if it doesn't work with my boiler?", QUESTION, {"intent": "question", "check": ["30 days"], "tone": "neutral", "priority": "normal"}, customer=C("Anna Kelly", "Anna")),
    item("h30", 21, "19:30", "@hearthlyhome what time does support close tonight?", QUESTION, {"intent": "question", "check": ["17:00", "closed for the day"], "tone": "neutral", "priority": "normal"}, customer=C("Mags McDonagh", "Mags")),
    item("h31", 22, "09:00", "@hearthlyhome is the wood dial available in oak?", QUESTION, {"intent": "question", "check": ["whether"], "must_not": ["yes", "only walnut"], "tone": "neutral", "priority": "normal"}, customer=C("Zoë Byrne", "Zoë")),
    item("h32", 22, "10:15", "@hearthlyhome can I book an install for Saturday?", QUESTION, {"intent": "question", "check": ["isn't available", "Saturday"], "must_not": ["yes"], "tone": "neutral", "priority": "normal"}, customer=C("Mags Doyle", "Mags")),
    item("h33", 22, "11:30", "@hearthlyhome how do I factory reset the thermostat?", QUESTION, {"intent": "question", "check": ["10 seconds"], "tone": "neutral", "priority": "normal"}, customer=C("Ben Joyce", "Ben")),
    item("h34", 22, "12:45", "quick q what's the lead time for an install?", QUESTION, {"intent": "question", "check": ["working days"], "tone": "hurried", "priority": "normal"}, customer=C("Tara Lee", "Tara")),
    # --- praise --------------------------------------------------------------------------------
    item("h35", 23, "08:10", "@hearthlyhome away mode kicked in as I left and the house was toasty when I got back", FAN, {"intent": "praise", "topic": ["away mode"], "must_not": ["sorry", "!"], "tone": "delighted", "priority": "normal"}, customer=C("Ciara Byrne", "Ciara", earlier=3, dislikes=["exclamation marks"])),
    item("h36", 23, "09:20", "the new widget in the @hearthlyhome app is so handy", PRAISE, {"intent": "praise", "topic": ["app", "widget"], "must_not": ["sorry"], "tone": "warm", "priority": "normal"}, customer=C("Orla G", "Orla")),
    item("h37", 23, "10:35", "@hearthlyhome the valves in the kids' rooms are a game changer", FAN, {"intent": "praise", "topic": ["radiator valves"], "must_not": ["sorry", "plus annual"], "tone": "delighted", "priority": "normal"}, customer=C("Aisling Brennan", "Aisling", tier="plus annual")),
    item("h38", 23, "11:50", "Shout out to Aoife at @hearthlyhome support who stayed on the phone until our hot water was back", FAN, {"intent": "praise", "topic": ["hot water", "Aoife", "team"], "must_not": ["sorry"], "tone": "delighted", "priority": "normal"}, customer=C("Grace Nolan", "Grace", earlier=5, tier="founding member", notes="Spoke at our launch event", stage="connection")),
    item("h39", 23, "13:05", "@hearthlyhome hot water schedule has been perfect since the update", PRAISE, {"intent": "praise", "topic": ["hot water schedule"], "must_not": ["sorry"], "tone": "warm", "priority": "normal"}, customer=C("Eimear M", "Eimear")),
    item("h40", 24, "08:30", "engineer from @hearthlyhome collected the faulty unit and left a new one. proper service", PRAISE, {"intent": "praise", "must_not": ["sorry", "again", "familiar"], "tone": "warm", "priority": "normal"}, customer=C("Kev Lynch", "Kev", earlier=2)),
    item("h41", 24, "09:45", "@hearthlyhome love the new schedule copy feature", FAN, {"intent": "praise", "topic": ["schedule copy"], "must_not": ["sorry"], "tone": "delighted", "priority": "normal"}, customer=C("Orla Reid", "Orla")),
    item("h42", 24, "11:00", "Fitted three Hearthly thermostats this week. Easiest install on the market @hearthlyhome", FAN, {"intent": "praise", "topic": ["Hearthly Thermostat", "installation"], "must_not": ["sorry", "heating engineer"], "tone": "delighted", "priority": "normal"}, customer=C("Seán Quinn", "Seán", notes="Heating engineer; recommends us to clients")),
    item("h43", 24, "12:15", "@hearthlyhome the thermostat is the prettiest thing on my wall", PRAISE, {"intent": "praise", "topic": ["Hearthly Thermostat"], "must_not": ["sorry"], "tone": "warm", "priority": "normal"}, customer=C("Aoibhinn P", "Aoibhinn")),
    # --- suggestions ----------------------------------------------------------------------------
    item("h44", 24, "13:30", "@hearthlyhome you should add a holiday mode I can set from my calendar", IDEA, {"intent": "suggestion", "topic": ["holiday mode"], "must_not": ["coming soon", "we'll add", "will be added"], "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Sinéad K", "Sinéad")),
    item("h45", 25, "08:40", "@hearthlyhome I'd love a per-room boost button in the app for the valves", IDEA, {"intent": "suggestion", "topic": ["app", "radiator valves", "boost"], "must_not": ["coming soon", "we'll add"], "tone": "neutral", "priority": "normal", "gesture": False}, customer=C("Declan O'Sullivan", "Dec", earlier=6, tier="plus annual", stage="connection")),
    item("h46", 25, "09:55", "Feature request: dark mode for the app please, my eyes at 11pm", IDEA, {"intent": "suggestion", "topic": ["app", "dark mode"], "must_not": ["coming soon"], "tone": "neutral", "priority": "normal"}, platform="reddit", display=None, handle="Calm-Kettle-3310"),
    item("h47", 25, "11:10", "@hearthlyhome away mode should notice every phone in the house, not just mine", IDEA, {"intent": "suggestion", "topic": ["away mode"], "must_not": ["coming soon"], "tone": "neutral", "priority": "normal"}, customer=C("Caoimhe F", "Caoimhe")),
    # --- urgent ---------------------------------------------------------------------------------
    item("h48", 25, "13:30", "@hearthlyhome my thermostat is buzzing and the back plate is really hot. smells like burning", U("complaint", "negative", -0.6, urgency="high", reasons=["safety"]), {"intent": "safety", "urgency": "safety", "topic": ["stop using", "engineer"], "must_not": ["our fault", "turn it off and on"], "tone": "urgent", "priority": "urgent"}, customer=C("Kev Lynch", "Kev")),
    item("h49", 25, "14:45", "@hearthlyhome charged twice for Hearthly Plus this month", U("complaint", "negative", -0.4, urgency="high", reasons=["fraud"]), {"intent": "payment", "urgency": "payment", "names": ["Aoife"], "topic": ["double charge"], "must_not": ["refund", "card number?"], "tone": "urgent", "priority": "urgent"}, customer=C("Mark Fitzgerald", "Mark", dislikes=["emoji"])),
    item("h50", 26, "08:15", "@hearthlyhome my Plus renewed but the app still says free. paid and got nothing", U("complaint", "negative", -0.5, urgency="high", reasons=["payment"]), {"intent": "payment", "urgency": "payment", "names": ["Aoife"], "must_not": ["refund", "credit"], "tone": "urgent", "priority": "urgent"}, customer=C("Tara Lee", "Tara")),
    item("h51", 26, "09:30", "someone called Hearthly Support DMd me asking for my card number to verify my subscription. is that you?", U("question", "negative", -0.3, urgency="high", reasons=["account_hacked"]), {"intent": "security", "urgency": "security", "topic": ["@hearthlyhome", "u/hearthly_team"], "check": ["never ask", "bank"], "tone": "urgent", "priority": "urgent"}, customer=C("Sarah O'Neill", "Sarah")),
    item("h52", 26, "10:45", "@hearthlyhome someone got into my account and changed my schedule, I didn't do it", U("complaint", "negative", -0.5, urgency="high", reasons=["security"]), {"intent": "security", "urgency": "security", "check": ["never ask"], "tone": "urgent", "priority": "urgent"}, customer=C("Liam Murphy", "Liam")),
    item("h53", 26, "12:00", "@hearthlyhome my solicitor says the installer damaged my wall and you're liable", U("complaint", "negative", -0.5, urgency="high", reasons=["legal"]), {"intent": "legal", "urgency": "legal", "names": ["Aoife"], "must_not": ["our fault", "we will pay", "liable"], "tone": "urgent", "priority": "urgent"}, customer=C("Oisín Burke", "Oisín")),
    item("h54", 26, "13:15", "@hearthlyhome switching to another brand. the 3am heating happened a third time", U("complaint", "negative", -0.5, reasons=["churn_threat"]), {"intent": "churn", "urgency": "churn", "must_not": ["please don't", "don't want to lose", "discount", "free month"], "tone": "warm", "priority": "complaint", "gesture": True}, customer=C("Robbie Kane", "Robbie", earlier=3)),
    item("h55", 26, "14:30", "@hearthlyhome cancelling my Plus sub. not worth it. bye", U("complaint", "negative", -0.3, reasons=["churn"]), {"intent": "churn", "urgency": "churn", "must_not": ["please stay", "discount"], "tone": "warm", "priority": "complaint", "gesture": True}, customer=C("Dave Daly", "Dave")),
    # --- languages ------------------------------------------------------------------------------
    item("h56", 27, "09:00", "@hearthlyhome el modo ausente funciona genial, gracias", FAN, {"intent": "praise", "lang": "es", "must_not": ["Thanks", "sorry"], "tone": "delighted", "priority": "normal"}, lang="es", customer=C("Javier Ortega", "Javi")),
    item("h57", 27, "10:15", "@hearthlyhome ¿el termostato funciona con Google Home?", QUESTION, {"intent": "question", "lang": "es", "must_not": ["Thanks", "works with"], "tone": "neutral", "priority": "normal"}, lang="es", customer=C("Javier Ortega", "Javi")),
    item("h58", 27, "11:30", "@hearthlyhome la app se cuelga cada mañana", COMPLAINT, {"intent": "complaint", "lang": "es", "must_not": ["sorry", "Thanks"], "tone": "unhappy", "priority": "complaint"}, lang="es", customer=C("Lucía Fernández", "Lucía")),
    item("h59", 27, "12:45", "@hearthlyhome le thermostat ne se connecte plus au wifi", COMPLAINT, {"intent": "human", "lang": "human", "tone": "human"}, lang="fr", display="Pierre M."),
    item("h60", 27, "14:00", "@hearthlyhome mein Thermostat zeigt keine Temperatur mehr an", COMPLAINT, {"intent": "human", "lang": "human", "tone": "human"}, lang="de", display="Katrin"),
    # --- no draft ---------------------------------------------------------------------------------
    item("h61", 28, "09:00", "BEST THERMOSTAT DEALS 70% OFF hearthly click now bit.ly/xx", U("other", "positive", 0.5, spam=True), {"draft": False}, display="DEALS DEALS"),
    item("h62", 28, "10:15", "@hearthlyhome display fixed itself after the update", PRAISE, {"draft": False}, customer=C("Fiona Reilly", "Fiona", dnc=True, tier="founding member")),
    item("h63", 28, "11:30", "RT @hearthlyhome: Firmware 4.3 is out with quieter valve calibration.", U("other"), {"draft": False}, is_repost=True),
    item("h64", 28, "12:45", "@sarahoneill Hi, Hearthly Support here. Please send your card number to verify", U("other"), {"draft": False}, display="Hearthly Support", is_spam_account=True, understanding_override=True),
]
# The impersonator's post is spam as far as drafting is concerned: the security playbook is
# for the people it targets, never a reply to the impersonator.
HEARTHLY[-1]["understanding"]["is_spam"] = True
for entry in HEARTHLY:
    entry.pop("is_spam_account", None)
    entry.pop("understanding_override", None)


def write(path: Path, items: list[dict]) -> None:
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with open(path, "w", encoding="utf-8") as handle:
        for entry in items:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(items)} items")


if __name__ == "__main__":
    write(ROOT / "config" / "demo" / "draft_eval.jsonl", BRAMBLE)
    write(ROOT / "config" / "demo" / "hearthly" / "draft_eval.jsonl", HEARTHLY)
