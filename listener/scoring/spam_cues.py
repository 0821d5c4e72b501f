"""Spam cue lists for the rules in ``listener.scoring.classify`` (two points make spam).

Kept apart from ``cues`` so each cue module stays one screenful of families; the fragments
follow the same rules (whole words on the word view, no leading or trailing space, fixed-width
lookbehinds) ``classify`` reads them from here. Bump ``RULES_VERSION`` after any change.
"""

from __future__ import annotations

from listener.scoring.cues import DIGIT, MONEY

# --- spam: two points make spam; one cue alone never does ---
SPAM_STRONG = (
    r"follow ?back|follow (?:4|for) follow|f4f|follow4follow|teamfollowback|like4like|l4l"
    r"|dm (?:me |us )?(?:for|4) (?:promo|promotion|collab|business|shoutout|paid|details|prices?"
    r"|rates|info)"
    r"|click here|earn \$?\d+|make \$\d+|\$\d+ (?:a|per) (?:day|week|hour) from home"
    r"|work from home and|(?:free|claim) (?:\$?btc|bitcoin|crypto|eth|nft|airdrop)"
    r"|(?:crypto|bitcoin|btc|nft|forex) (?:signals|profits?|giveaway|airdrop|investment)"
    r"|airdrop|giveaway.{0,40}(?:follow|rt|retweet)|(?:follow|rt|retweet).{0,40}giveaway",
    # get-rich pitches and crypto pumps
    rf"financial freedom|passive income|(?:this )?one (?:simple |weird )?trick|turned {MONEY}"
    rf" into|{DIGIT}\d+x (?:gains|returns|incoming|potential|soon|guaranteed)"
    r"|signals? (?:group|channel)"
    r"|join (?:our|my) (?:free )?(?:signals?|telegram|discord|whatsapp|vip)|presale|pre-sale"
    r"|token (?:launch\w*|sale)|\$[a-z]{2,10} (?:token|coin)",
    # growth, follower and SEO services
    rf"{DIGIT}\d*k (?:real )?followers|real followers|buy followers"
    r"|get (?:\d[\d ]*k?|more|real|thousands of) (?:\S+ )?(?:followers|likes|views)"
    r" (?:for|in|today|fast)"
    r"|(?:grow|boost|increase) (?:your |ur )?(?:\S+ ){0,3}?(?:followers|following|engagement)"
    r"|(?:grow|boost) (?:\S+ ){0,3}?accounts"
    r"|ranking on google|google page (?:1|one)|page (?:1|one) of google|seo (?:services|expert)",
    # easy-money, miracle-product and fake-goods pitches
    r"(?:earn|make|making|made) (?:up to )?(?:£|\$|€)\d[\d ]*k?(?:/| a | per | every"
    r" | each )(?:day|week|month|hour)|(?:earn|make|making) (?:£{2,}|\${2,}|€{2,})"
    r"|(?:earn|make) (?:money|cash|income|£|\$) (?:\S+ ){0,2}?(?:from home|online|while you sleep"
    r"|from your phone|testing)|earn while you sleep|(?:get )?paid (?:daily|weekly|by brands)"
    r"|no experience (?:needed|required|necessary)"
    rf"|(?:turn|turned|turning) {MONEY} into|lose \d+ ?(?:kg|kgs|lbs|pounds|stone) in \d+"
    r"|weird (?:pill|trick)|miracle (?:pill|cure)|crypto mining|mining (?:on|from) your phone"
    r"|(?:points|coins|credits|gems|followers|robux|data|v-?bucks) (?:generator|hack)"
    # a freebie "no survey" (not a site survey that never happened: "no survey, no date")
    r"|(?:free|generator|hack|robux|v-?bucks|gems|coins|unlimited|download) (?:\S+ ){0,6}?no"
    r" survey|no survey (?:needed|required)|no human verification|hack revealed"
    r"|buy (?:\S+ ){0,2}?(?:reviews|followers|likes)|(?:5|five)[ -]star reviews for"
    r"|(?:i|we) sell (?:\S+ ){0,2}?(?:logins|accounts|subscriptions)"
    r"|(?:puppies|kittens|puppy|kitten) for sale",
    # collaboration pitches and adult links
    r"(?:brand )?ambassadors? (?:program|programme|wanted|search)|become (?:a|an|our) (?:brand )?"
    r"ambassador|(?:dm|message|inbox|email) (?:us|me|@\S+)?\s?to (?:collab|collaborate|partner)"
    r"|only ?fans|\bnsfw\b|18\+ (?:content|link|pics)",
)
# "Account recovery" and trading-mentor pitches, posted under brands' posts by the thousand:
# spam even though they speak of hacked accounts and lost money in the first person, which
# would otherwise read as a customer reporting a scam (``urgency.reported_urgency``).
SPAM_RECOVERY = (
    r"(?:he|she|they) (?:is|are|was|were|'s|'re) (?:\S+ )?(?:legit|genuine|trustworthy|reliable)"
    r" (?:\S+ ){0,3}?(?:contact|reach|message|dm|text|write to)"
    r"|(?:contact|reach out to|message|dm|text|write to) (?:him|her|@\S+) (?:on|via|through"
    r"|at) (?:ig|insta|instagram|telegram|whatsapp|wa|tiktok|snap|snapchat|gmail|email|facebook)"
    r"|(?:recovery|hacker) (?:expert|specialist|agent|genius)"
    rf"|(?:earned|made|received|withdrew|profit of) {MONEY} (?:\S+ ){{0,4}}?(?:trading|investing"
    r"|investment|from home|with (?:mrs?|ms|miss|dr|sir|madam|coach|expert))"
    r"|(?:trading|investing|investment|forex) (?:\S+ ){0,3}?(?:with|under|mentor\w*|by) (?:mrs?"
    r"|ms|miss|dr|sir|madam|coach|expert|the best)\b",
)
# Prize and phishing lures: spam on their own, except where a customer quotes one to report
# it ("got a text saying 'claim here' ... is this you?") or inside a complaint ("letter
# before claim today"): then the complaint or report guard keeps the post (and its
# security or legal urgency) for a person.
SPAM_LURE = (
    r"you'?ve been selected|you have been selected|you (?:have |'?ve )?won (?:a|an|our|\d)"
    r"|claim (?:now|here|before|today|it now|yours|your (?:\S+ ){0,3}?(?:prize|reward|gift"
    r"|voucher|card|bonus|refund|rebate|cash))"
    r"|enter (?:your|ur) (?:details|card|email|info|bank|login|password|username|account)"
    r"|click (?:the link|link|below|& enter|and enter|to claim|to win)"
    r"|(?:log ?in|sign ?in|verify (?:your )?(?:account|details|identity)) (?:here|now|below|at|via)"
    r"|first \d+ (?:people|customers|users) (?:to|who)"
    # rules-36 (the thirteenth week set): "FREE HOOF CARE KIT GIVEAWAY … claim at bit.ly/…"
    # (not "a free sample, just pay £1 postage, dog loves it": a customer's own post)
    r"|claim (?:\S+ ){0,2}?(?:at|via|on) (?:bit ly|tinyurl|t co|goo gl|ow ly|cutt ly|rb gy|is gd"
    r"|shorturl)(?![\w'])",
)
# What a customer reporting a scam writes (the report guard of SPAM_LURE).
SPAM_REPORT = (
    r"(?:got|received|getting|get|had) (?:a |an |this |these |some |weird |dodgy |suspicious"
    r" |fake |scam |strange )*(?:text|texts|sms|email|emails|e-mail|message|messages|dm|dms"
    r"|call|calls|letter)\b"
    r"|(?:dm'?d|dmed|messaged|texted|emailed|rang|called|contacted) me"
    r"|is (?:this|that|it) (?:really |actually )?(?:you|legit|real|genuine|from you|yours"
    r"|official|a scam)|phishing|impersonat\w*|pretending to be"
    r"|fake (?:account|page|profile|site|website|text|email|link)"
    r"|(?:i|i've|i have|i just) (?:entered|gave|given|typed|clicked|put in)",
)
# a promotional word (1 point) ...
SPAM_PROMO = (
    r"free|win|giveaway|promo|promo code|discount|\d+% off|limited (?:time|offer|slots)|offer"
    r"|prize|cashback|crypto|bitcoin|btc|nft|forex|investment|deals?|today only|ends tonight"
    r"|before midnight|vouchers?|gift card|congrats|congratulations|cheapest|lowest prices"
    r"|best prices|\$[a-z]{2,6}",
)
# ... and a call to action (1 point) make spam
SPAM_PITCH = (
    r"dm (?:me|us|now)|message me|inbox me|link in bio|check (?:this|it|us|my page|my profile)"
    r" out|check out my (?:page|profile|bio|shop|store|channel|link)|check this"
    r"|click (?:\S+ ){0,2}?(?:bit ly|tinyurl|t co|goo gl|ow ly|cutt ly|rb gy|is gd|shorturl)"
    r"|use (?:my |the )?code|reply yes|click (?:here|the link|link|below|now|this)"
    r"|tap the link|subscribe|follow (?:me|us|my page)|shop now|order now|buy now|join now"
    # rules-37 (the fourteenth week set): a giveaway's asks, "RT + follow @x + tag 3 mates"
    # (the word view drops the "+")
    r"|(?:rt|retweet|like|follow|share) (?:and |& )?(?:rt|retweet|follow|share|like) (?:@\S+ )?"
    r"(?:and |& )?tag|tag (?:\d+|two|three|five) (?:mates|friends|pals|besties|people|buddies)",
)
# rules-37: a shop link on a throwaway domain ("www.bestwrapdeal-uk.shop",
# "vpn-deals-hub.xyz/pm"): a call to action of its own, read on the raw text (the word view
# drops links)
SHOP_TLD = (
    r"\.(?:xyz|shop|store|top|online|click|site|buzz|biz|deals|sale|icu|vip|bid|fun|cyou|sbs)"
)
SHOP_DOMAIN = rf"(?<![\w@.-])(?:https?://)?(?:www\.)?[a-z0-9-]+{SHOP_TLD}(?:/\S*)?(?![\w.-])"
