"""Word lists for ``responders.drafting.topic``: problem kinds and words that are never a topic.

Pure data, kept apart so topic.py stays readable. ``ISSUES``: (cue words, how a reply names
the problem, kind), most specific first, matched as whole words; they describe problems any
trade has. ``NOT_TOPIC``: times, feelings, fillers and generic nouns a keyphrase topic may
not contain. ``STOP``: function words.
"""

from __future__ import annotations

# Kinds of problem, most specific first: (cue words, how a reply names it, kind).
# Cues are matched as whole words, case-insensitively. They describe problems any trade has.
ISSUES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    # (rules-39: "took the same £95 again", "another KEYTURN LOCKS £95.00 at 23:43")
    (("charged twice", "double charged", "double charge", "charged me twice", "billed twice",
      "two charges", "duplicate charge", "charged two times", "charged again", "taken again",
      "took it again", "same amount again", "two payments", "duplicate payment", "paid twice",
      "taken twice", "cobrado dos veces",
      "cobro duplicado", "me cobraron dos veces"), "the double charge", "payment"),
    (("refund hasn't", "refund has not", "still waiting for my refund", "where is my refund",
      "refund never", "no refund yet", "refund still"), "the money you're still waiting for",
     "payment"),
    (("deposit", "deposits", "fianza", "depósito", "kaution"), "your deposit", "payment"),
    (("charged without", "unauthorised charge", "unauthorized charge", "charge i don't recognise",
      "charge i don't recognize", "didn't authorise", "didn't authorize"),
     "the charge you don't recognise", "payment"),
    (("overcharged", "charged me more", "wrong price", "charged the wrong"), "the overcharge",
     "payment"),
    (("hasn't arrived", "has not arrived", "never arrived", "still not arrived", "not arrived",
      "still waiting for my order", "late delivery", "delivery is late", "parcel", "no ha llegado",
      "todavía no ha llegado", "days after ordering", "arrived late", "took weeks to arrive",
      "weeks to arrive", "days to arrive"), "the late delivery", "delivery"),
    (("wrong order", "wrong item", "got the wrong", "gave me the wrong", "missing item",
      "instead of the", "instead of my",
      "was missing", "pedido equivocado"), "the mix-up with your order", "order"),
    (("cancelled my booking", "canceled my booking", "booking was cancelled", "lost my booking",
      "reservation was cancelled", "no record of my booking", "overbooked"),
     "what happened to your booking", "booking"),
    (("crash", "crashes", "crashing", "keeps crashing", "bug", "buggy", "error message",
      "error code", "won't load", "doesn't load", "not loading", "stuck on", "se cuelga",
      "no carga"), "the fault you hit", "fault"),
    # (rules-39: not "got locked out Saturday night", out of one's home, to a locksmith)
    (("can't log in", "cannot log in", "can't login", "locked out of my account",
      "locked out of the app", "locked out of my online", "account locked", "password reset",
      "reset link", "2fa", "two-factor", "login code", "no puedo entrar"), "the login trouble",
     "login"),
    (("rude", "ignored", "attitude", "unfriendly", "dismissive", "maleducado", "borde"),
     "how you were treated", "staff"),
    (("days to answer", "days to reply", "days to respond", "no reply", "never replied",
      "no response", "never got back", "slow to reply", "still no answer"),
     "the slow reply", "wait"),
    (("banner", "pop-up", "popup", "pop up", "upgrade prompt", "nagging", "nags me", "upsell",
      "upselling", "adverts", "too many ads"), "the upgrade prompts", "nag"),
    (("waited", "waiting", "queue", "slow", "took ages", "took forever", "too long",
      "hour wait", "late", "delay", "delayed", "tarde", "esperando"), "the wait", "wait"),
    # rules-35: "the state of the place" only fits premises ("our collie comes home wired and
    # filthy" is a dog, "dirty car" a car): the mess and the smell fit any trade
    (("dirty", "filthy", "stained", "mould", "mold", "sucio", "sucia"), "the cleanliness problem",
     "cleanliness"),
    (("smelly", "smelled", "smelt", "stank of", "stinks of", "stinking of", "reeked", "reeks"),
     "the problem with the smell", "cleanliness"),
    (("noise", "noisy", "loud", "ruido"), "the noise", "noise"),
    (("cold", "lukewarm", "burnt", "burned", "stale", "soggy", "undercooked", "frío", "fría"),
     "how it came out", "quality"),
    (("broken", "broke", "faulty", "doesn't work", "does not work", "stopped working",
      "not working", "roto", "no funciona"), "the fault", "fault"),
    (("price", "prices", "expensive", "overpriced", "pricey", "price rise", "price increase",
      "caro", "precio"), "the prices", "price"),
)  # fmt: skip


# Words a topic must not contain: times, feelings, filler and generic nouns, not things.
NOT_TOPIC = frozenset(
    {
        "actually", "afternoon", "again", "ago", "always", "amazing", "angry", "annoyed", "anyone",
        "apr", "april", "asap", "aug", "august", "autumn", "awful", "back", "bad", "best", "bit",
        "brilliant", "btw", "business", "cheers", "christmas", "company", "day", "days", "dec",
        "december", "disappointed", "disappointing", "evening", "ever", "everyone", "excellent",
        "experience", "fab", "fantastic", "feb", "february", "fine", "first", "friday", "furious",
        "fyi", "good", "gorgeous", "great", "guys", "happy", "hello", "hey", "hi", "honestly",
        "horrible", "hour", "hours", "jan", "january", "job", "jul", "july", "jun", "june", "just",
        "kind", "last", "literally", "lol", "lot", "lots", "love", "loved", "lovely", "many",
        "mar", "march", "may", "maybe", "minute", "minutes", "monday", "month", "months",
        "morning", "much", "never", "new", "next", "nice", "night", "no", "nov", "november", "oct",
        "october", "ok", "okay", "old", "omg", "one", "ones", "order", "orders", "other", "people",
        "perfect", "place", "please", "product", "question", "quick", "really", "sad", "same",
        "saturday", "sep", "sept", "september", "service", "shop", "someone", "soon", "sort",
        "spring", "staff", "still", "stuff", "summer", "sunday", "sure", "team", "terrible",
        "thank", "thanks", "thing", "things", "thursday", "time", "times", "today", "tomorrow",
        "tonight", "tuesday", "update", "upset", "very", "way", "wednesday", "week", "weekday",
        "weekdays", "weekend", "weeks", "winter", "wonderful", "worst", "wow", "year", "years",
        "yes", "yesterday", "feature", "request", "requests", "idea", "ideas", "suggestion",
        "every", "each",
        # Internet shorthand and slang fillers: "lowkey a vibe ngl" praises the place, it does
        # not name a thing to thank them for.
        "ngl", "tbh", "tbf", "imo", "imho", "lowkey", "highkey", "fr", "frfr", "istg", "lmao",
        "lmfao", "rofl", "smh", "af", "asf", "deffo", "defo", "vibe", "vibes", "vibey", "tho",
        "rn", "idk", "ikr", "iykyk", "bestie", "slaps", "goated", "fire", "banger", "bussin",
        "obsessed", "elite", "ace", "legend", "legends", "mint", "cracking", "proper", "absolute",
        # units and superlatives of place, never the thing praised ("the mins were what you
        # wanted", "enjoying the nearest big supermarket")
        "min", "mins", "hr", "hrs", "sec", "secs", "nearest", "closest", "biggest", "actual",
        # read in drafts of the tenth week set: "the refret atm"
        "atm", "anymore",
        # short days ("the night dive thurs") and fillers ("kinda bummed")
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "tmrw", "tomoz",
        "kinda", "sorta", "gonna", "wanna", "gotta", "shoutout", "shout-out",
        # other businesses in general, never ours ("bunions that defeat most shops")
        "shops", "stores", "places", "companies", "firms", "brands",
        # quantities, never the thing ("Loads of us have dogs who…")
        "loads", "tons", "heaps", "plenty",
        # rules-37 (drafts of the fourteenth week set): "half our queue is duets" is no "half";
        # "open bank hol monday?" names a day, not a thing
        "half", "quarter", "hol", "hols",
        # a preposition or a state inside a phrase: "the settled after drop-off", "the cat
        # alive", "the hand-painted signage worth"
        "after", "before", "alive", "worth",
    }
)  # fmt: skip

# Verbs that end a keyphrase YAKE takes for a thing ("kimchi fries slap", "the tent leaks") or
# start one ("reheat leftover bao", "rent torches"): the thing named without them, or nothing,
# reads right. Found reading drafts of the tenth week set; only words that are rarely a
# product's name ("spa break", "print run", "book club" and "store card" must survive).
VERB_TAIL = frozenset(
    {
        "slap", "slaps", "slapped", "hits", "rocks", "sucks", "tastes", "smells", "looks", "feels",
        "works", "leaks", "arrives", "dies", "eats", "keeps", "stays", "needs", "costs", "sells",
        "seems", "turns",
        # rules-36: "the gran lives", "the bank app shows", "my mum listen"
        "lives", "says", "goes", "listen", "listens", "opens", "closes",
    }
)  # fmt: skip
VERB_HEAD = frozenset(
    {
        "reheat", "fix", "grab", "bring", "send", "cancel", "pay", "ask", "install", "replace",
        # rules-39: "Put rough prices on the website", "walked past the van"
        "put", "walked", "popped", "nipped",
        "collect", "deliver", "freeze", "recommend", "restring", "reserve", "sort", "sorted",
        "rent", "give", "take", "make", "get", "want", "need", "tell", "say", "feel", "look",
        # rules-36: past verbs no product name starts with ("slept upstairs"), and verbs of
        # sense ("feels weirdly slippy", "looked inside the kettle")
        "slept", "went", "came", "took", "gave", "told", "rang", "looked", "feels", "looks",
        "sounds", "seems", "felt",
        "seem",
        # rules-37: "open bank hol monday?", "open sun?": the hours asked, not a thing; "please
        # stick prices on the site", "every time I walk past their window"
        "open", "stick", "walk", "sell", "stayed",
    }
)  # fmt: skip
# People: never the thing when the phrase ends with one ("enjoying the panicky swimmer": the
# customer was the swimmer); before a noun they name what is sold ("kids party").
# the first word of a phrase that names someone else's thing ("two previous farriers", "the
# other garage", "my old dentist"): rules-36
OTHERS_HEAD = frozenset(
    ("previous", "former", "other", "another", "different", "rival", "old", "ex")
)
# the first word of a phrase that names a fault, not a thing to thank for ("got my vanished
# credits back", "the broken hinge"): rules-36
PROBLEM_HEAD = frozenset(
    ("vanished", "broken", "faulty", "damaged", "stolen", "cracked", "leaking", "wrong",
     "burst", "blocked", "bent", "torn", "ripped", "stuck", "jammed", "snapped",
     # rules-40: "Glad the nightmare admin did the job for you"
     "nightmare", "shambolic", "useless", "terrible", "awful", "rubbish")
)  # fmt: skip
PEOPLE = frozenset(
    {
        "swimmer", "swimmers", "beginner", "beginners", "newbie", "newbies", "customer",
        "customers", "client", "clients", "kid", "kids", "child", "children", "son", "daughter",
        "mum", "mom", "dad", "wife", "husband", "partner", "friend", "friends", "mate", "mates",
        "girl", "girls", "boy", "boys", "man", "woman", "lady", "ladies", "guy", "bloke",
        "toddler", "toddlers", "baby", "grandad", "grandma", "gran", "sister", "brother",
        "family", "owner", "owners",
        # rules-37 (drafts of the fourteenth week set): "Glad the total fangirl hit the mark",
        # "the neighbours", "the signwriting nerd" (not "fan" or "cleaner": products too)
        "fangirl", "fangirls", "fanboy", "fanboys", "neighbour", "neighbours", "neighbor",
        "neighbors", "nerd", "nerds", "geek", "geeks", "colleague", "colleagues",
        "grandson", "granddaughter", "goddess", "queen", "king", "icon",
    }
)  # fmt: skip

# One-word phrases that describe a state, not a thing: "open boxing day for fills" is not about
# "the open", "Cold. Kez was patient." not about "the cold" (as part of a longer phrase they
# may qualify a thing: "cold brew", "open day")
NOT_TOPIC_ALONE = frozenset(
    {
        # rules-39: "after a 14 hour shift": the customer's work, not ours
        "shift", "shifts",
        "open", "closed", "cold", "hot", "warm", "wet", "dry", "late", "early", "busy", "quiet",
        "clean", "dirty", "cheap", "free", "clear", "full", "empty", "ready", "sorted", "rent",
        "borrow", "bring", "swap", "return", "collect",
        # a stretch of time, alone ("sound all season"): rules-36
        "season", "seasons", "fortnight", "term", "semester", "decade",
        # a channel, not the thing asked about ("the current price of the site"), and how
        # someone was, not a thing ("the polite made your day")
        "site", "website", "webpage", "page", "polite", "friendly", "helpful", "patient",
        "tidy", "professional", "punctual", "efficient", "reliable", "prompt", "courteous",
        "knowledgeable", "thorough", "neat", "quick", "fast", "handy", "useful", "class", "mint",
        "ace", "lush", "boss",
        # rules-37: where, a size or a day alone, not a thing ("details on the indoor", "the
        # tiny", "u open sats"), "is that extra", "decent job"
        "indoor", "outdoor", "indoors", "outdoors", "extra", "decent", "sats", "suns", "tiny",
        "small", "big", "huge", "massive", "large",
        # an illness or a harm, alone, is never the thing to thank for ("we put real care into
        # the stroke"); in a phrase it may name a service ("the stroke unit", "sports injury
        # massage")
        "stroke", "cancer", "illness", "disease", "injury", "injuries", "accident", "surgery",
        "diagnosis", "death", "dementia", "infection", "abscess", "lameness", "seizure",
        "chemo", "chemotherapy", "tumour", "tumor", "fracture", "bereavement",
        # a shout-out and an hour of the day, alone ("shout out to…", "after closing")
        "shout", "shoutout", "closing", "opening", "opens", "closes",
        # a verb told, alone ("Gran lives with us"), and "the start of"
        "start", "beginning", "lives", "says", "goes", "works", "seems", "keeps", "sell",
        # a verb told, alone ("the details on the bought", "threw in some picks"), and "on the
        # spot"; in a longer phrase they may name a thing ("lost property", "sat nav", "spot
        # treatment", "left handed guitar")
        "spot", "snuck", "bought", "brought", "thought", "caught", "sold", "sent", "spent", "left",
        "found", "held", "kept", "paid", "said", "asked", "threw", "gave", "took", "drove",
        "wrote", "rang", "sang", "ate", "fell", "felt", "lost", "met", "won", "wore", "tore",
        "broke", "chose", "spoke", "stole", "woke", "rode", "shook", "forgot", "stood", "sat",
        "slept", "hung", "stuck", "taught", "fought", "meant", "built", "lent", "dealt", "swept",
        "fed", "hid", "slid", "spun", "shot", "flew", "grew", "blew", "knew", "drew", "given",
        "taken", "driven", "written", "chosen", "spoken", "fallen", "forgotten", "eaten", "done",
        "gone", "seen", "begun", "become", "became",
        # rules-35: a verb alone ("send a text when repairs are ready": not "the send")
        "send", "pop", "check", "save", "let", "keep", "manage", "want", "need", "try",
        # and a quantity alone ("the bunch of peonies" keeps "peonies")
        "bunch", "load",
    }
)  # fmt: skip
# A verb told in the past never ends a phrase ("Dev brought out a pair…": not "the dev
# brought"); regular pasts are caught by their "-ed".
PAST_TAIL = frozenset(
    {
        "snuck", "bought", "brought", "thought", "caught", "sold", "sent", "spent", "found", "held",
        "kept", "paid", "said", "threw", "gave", "took", "drove", "wrote", "rang", "sang", "ate",
        "fell", "felt", "met", "won", "wore", "tore", "broke", "chose", "spoke", "stole", "woke",
        "rode", "shook", "forgot", "stood", "sat", "slept", "hung", "taught", "fought", "meant",
        "built", "lent", "dealt", "swept", "fed", "hid", "slid", "spun", "flew", "grew", "blew",
        "knew", "drew", "given", "taken", "driven", "written", "chosen", "spoken", "fallen",
        "forgotten", "eaten", "done", "gone", "seen", "came", "went", "made", "told", "got",
    }
)  # fmt: skip
# Words that end a phrase YAKE cut mid-clause ("grow out of their shoes long before…": not
# "the shoes long")
ADVERB_TAIL = frozenset(
    {
        "long", "enough", "already", "yet", "now", "then", "there", "away", "down", "off", "out",
        "up", "over", "around", "later", "too", "either", "anyway",
        "straight", "complete", "started", "finished", "done", "ready", "full", "empty", "open",
        "closed", "shut", "clear",
        # rules-39: "the walked past", "the stuck inside"
        "inside", "outside", "past", "back", "through",
    }
)  # fmt: skip
# Words that are a thing or a verb ("return policy", "can I return boots"): a verb, and no
# thing, when a subject, "to" or a modal stands just before the phrase (``topic._as_verb``)
VERB_OR_THING = frozenset(
    {
        "return", "returns", "exchange", "swap", "book", "order", "stretch", "check", "text",
        "call", "waterproof", "resole", "refund", "cancel", "change", "repair", "fix", "clean",
        "service", "upgrade", "renew", "reserve", "print", "ship", "post", "wrap", "engrave",
        # rules-39: "is there a form or do I just ring"
        "ring",
    }
)  # fmt: skip

# Set phrases that are never the thing ("the best shop in town, full stop").
NOT_TOPIC_PHRASES = frozenset({"full stop", "end of story", "no cap", "hands down", "first time"})

# Function words.
STOP = frozenset(
    {
        "a", "about", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "been", "being", "both", "but", "by", "came", "can", "come", "could", "did", "do", "does",
        "doing", "each", "eight", "five", "for", "four", "from", "get", "gets", "getting", "go",
        "going", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "just", "knew", "know", "let", "like", "made",
        "make", "may", "me", "might", "mine", "more", "most", "must", "my", "need", "needed",
        "nine", "not", "of", "on", "one", "only", "or", "our", "own", "said", "saw", "say", "see",
        "seven", "shall", "she", "should", "six", "so", "some", "such", "tell", "ten", "than",
        "that", "the", "their", "them", "there", "these", "they", "this", "those", "three", "to",
        "told", "too", "tried", "try", "two", "us", "use", "used", "very", "want", "wanted", "was",
        "we", "went", "were", "what", "when", "where", "which", "who", "whom", "whose", "why",
        "will", "with", "would", "you", "your", "yours",
    }
)  # fmt: skip

# base-form verbs: a verb only after a plural subject ("legs feel brand"), a thing otherwise
# ("the wine taste evening", "the vintage feel")
VERB_BASE = frozenset({"feel", "look", "seem", "taste", "smell"})
# the parts of a hyphenated time ("mid-december", "mid-week"): never inside a thing
TIME_PARTS = frozenset(
    {
        "mid", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
        "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
        "nov", "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "week", "month", "year", "spring", "summer", "autumn",
        "winter", "christmas",
    }
)  # fmt: skip
