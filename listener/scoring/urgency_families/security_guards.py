"""Security guards: what takes ``security`` back off a mention, or keeps it (rules-7 onwards).

Why a module of its own: the security families (``security``) say what a scam, an
impersonation or a hijacked account looks like; these say when such words are no report: the
customer's own account hacked elsewhere ("nothing to do with you lot", unless it is the
impersonator's own page that is disowned), ordinary details a customer gives or is asked for,
the brand's own fraud warnings passed on, and calm questions about its own sign-in flow.
``urgency.classes_in_view`` applies them; the fragments follow the rules of ``urgency_cues``.
"""

from __future__ import annotations

# A report the customer says is not about the brand ("my insta got hacked, nothing to do with
# you lot"): ``urgency`` drops ``security`` for it.
NOT_ABOUT_THE_BRAND = r"nothing to do with (?:you|u|your|yous|\S+)"
# rules-19: ... unless what is disowned is the impersonator's own channel ("the real staff said
# that page is nothing to do with them", "the fake page they sent me has nothing to do with you")
_CHANNEL = (
    r"(?:page|pages|site|website|account|account'?s|accounts|profile|number|email|text|app|link"
    r"|listing|advert|ad)"
)
DISOWNED_CHANNEL = (
    # the brand said so ("the real staff said that page is nothing to do with them"), or the
    # page is nothing to do with "them" (not "got a scam text, nothing to do with you lot")
    rf"(?:said|says|confirmed|told (?:me|us)) (?:\S+ ){{0,3}}?{_CHANNEL}(?: \S+){{0,3}}? nothing"
    r" to do with"
    rf"|{_CHANNEL}(?: \S+){{0,3}}? nothing to do with (?:them|the (?:shop|salon|company|firm"
    r"|brand|business|gym|bank))"
    rf"|{_CHANNEL}(?: \S+){{0,3}}? nothing to do with (?:\S+ ){{0,4}}?(?:confirmed|said so)"
    # rules-20: the real business disowned it ("PSA: fake 'X' page … The real X office said
    # it's nothing to do with them")
    # rules-27: "when I rang the REAL @oakfelltrees they just said 'nothing to do with us'"
    r"|(?:the|their) (?:real|actual|proper|genuine) @\S+ (?:\S+ ){0,3}?(?:said|says|confirmed"
    r"|told (?:me|us|her|him|them)) (?:\S+ ){0,3}?nothing to do with"
    r"|(?:the|their) (?:real|actual|proper|genuine) (?:\S+ ){0,3}?(?:office|shop|company|firm"
    r"|staff|team|business|people|page|account) (?:\S+ ){0,3}?(?:said|says|confirmed|told"
    r" (?:me|us|her|him|them)) (?:\S+ ){0,3}?nothing to do with"
    # rules-21: the brand itself said it is not theirs ("Halftone say it's nothing to do with
    # them and they've reported it", "X have confirmed it's nothing to do with them")
    r"|(?:say|says|said|confirmed|told (?:me|us|her|him)) (?:that )?(?:it'?s|it is|it was|that'?s"
    r"|they'?re|they are|this is) nothing to do with (?:them|us|the (?:shop|company|firm"
    r"|business))"
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
# what no checkout or login screen does: a stranger, a message, a scam word
_STRANGER = (
    r"someone|somebody|stranger|scam\w*|fake|phish\w*|fraud\w*|pretend\w*|claiming|posing"
    r"|impersonat\w*|legit|genuine|dodgy|suspicious|weird|hack\w*|dm|dms|dmed|whatsapp|texted"
    r"|text message|a text|an email|emailed|a call|rang|caller|called me|link|popped up|pop-?up"
    r"|is (?:this|that|it) (?:you|real|yours)"
)
# The brand's (or anyone's) fraud-awareness news: "this month's newsletter is all about
# spotting fake texts and doorstep cons" names scams, reports none. ``urgency`` drops
# ``security`` for it unless the post tells of a contact with the writer (AWARE_BUT_CONTACTED).
FRAUD_AWARENESS = (
    r"(?:newsletter|article|blog|leaflet|talk|session|webinar|guide|tips|campaign|poster|video"
    r"|workshop|event|feature|piece) (?:\S+ ){0,8}?(?:about|on|for|covering) (?:\S+ ){0,2}?"
    r"(?:spotting|avoiding|how to spot|recognising|recognizing|staying safe from|protecting"
    r" (?:\S+ )?from|beating|fraud awareness|scam awareness)"
    # rules-11: a warning the brand (or anyone) put out: "have posted a warning about people
    # going door to door claiming to be their technicians", "ha publicado un aviso sobre"
    r"|(?:posted|put out|put up|issued|shared|sent out|published|posting|sharing|sending out)"
    r" (?:a |an |this |their |its |our )?(?:\S+ )?(?:warning|warnings|alert|alerts|notice"
    r"|reminder|heads up|heads-up|psa) (?:\S+ ){0,2}?(?:about|on|regarding|re|that|to)"
    r"|(?:ha|han|a|ont|hat|haben|publicou|publicaram) (?:publicado|publié|lancé|diffusé"
    r"|veröffentlicht|publicou|emitido|partilhado|compartido) (?:un |une |uma |eine |einen )?"
    r"(?:aviso|alerta|avertissement|alerte|warnung|hinweis|mise en garde)"
    r"|(?:eine |einen )?(?:warnung|hinweis) (?:\S+ ){0,3}?veröffentlicht"
    # rules-12: the brand's own warning, retweeted or passed on: "RT @brand: there's a fake
    # page ... we will never ask for card details", "they'll never change account details by
    # email ... passing it on", "we're aware of calls claiming to be our office"
    r"|(?:we (?:will |would )?|we'?ll |we'?d |they'?ll |they (?:will|would) |@\S+ (?:will"
    r"|would) )never (?:ever )?(?:ask|call|text|email|change|request|contact|phone|message|dm"
    r"|send)"
    r"|(?:we'?re|we are|they'?re|they are) aware of (?:\S+ ){0,3}?(?:calls|texts|emails|messages"
    r"|a fake|fake|scam\w*|people|someone|a number|accounts?|pages?)"
    r"|(?:passing|pass) (?:it|this) on|(?:shared|posted|put out|sent out|issued) (?:a |an )?"
    r"(?:\S+ )?(?:warning|alert|heads up|psa)(?= (?:today|yesterday|this morning|earlier|again"
    r"|last night))"
    r"|nunca (?:le[s]? |te |vos |lhe[s]? )?(?:pediremos|pedimos|vamos pedir|pediremos)"
    r"|(?:nous ne|on ne) (?:vous )?(?:demanderons|demandons) jamais"
    r"|(?:wir werden|wir) (?:sie |euch )?niemals (?:\S+ )?(?:fragen|verlangen|anrufen)"
)
AWARE_BUT_CONTACTED = (
    r"(?:rang|called|phoned|texted|messaged|emailed|contacted|dmed|dm'?d) (?:me|us|my)"
    # rules-12: "got a text from 'you' asking for my PIN, I know you'd never ask"
    r"|(?:got|had|received|getting|receiving) (?:a|an|this|these|two|three|another|the same"
    r"|some) (?:\S+ ){0,2}?(?:text|texts|call|calls|email|emails|message|messages|dm|dms|letter"
    r"|voicemail|sms|whatsapp|invoice)(?![\w'])|(?:a|an|some|this) (?:man|woman|guy|bloke|lady"
    r"|caller|person|number) (?:\S+ )?(?:rang|called|phoned|texted|emailed|messaged)"
    r"|(?:got|had|received) (?:texts|emails|calls|messages|dms)|(?:texted|emailed|sent|messaged)"
    r" to (?:me|us)|(?:i|we) (?:\S+ )?(?:read|gave|typed|entered|put) (?:it|them|the code|my \S+)"
    r" (?:out|in)|(?:out of|from) (?:my|our) (?:\S+ )?account|(?:got|been|was|were) scammed"
    r"|fell for|asked (?:me|for my)|wanted my|just did(?![\w'])"
    r"|(?:i|we|i'?ve|we'?ve) (?:just |already |then |had |have )?(?:got|received|clicked|gave"
    r"|given|lost|entered|read out|sent|paid)"
    r"|(?:someone|somebody) (?:\S+ )?(?:rang|called|took|used|got)"
)
ORDINARY_BUT_STRANGE = (
    rf"{_STRANGER}|password|passcode|pin|otp|one[- ]time|verification code|2fa|memorable"
    r"|online banking|login|log-?in"
)

# The brand's own app or website asking for a login code, PIN or password ("the app logged me
# out and now asks for my pin", "new phone, the app wants a code from the old one") is how
# logging in works: ``urgency`` drops ``security`` for it unless a stranger, a message or a
# scam word is named (STRANGER_OR_MESSAGE; the secrets themselves are not strange here).
OWN_APP_ASKS = (
    # (rules-36: "the new booking portal wants email, mobile, DOB and a password just to ask
    # for a retune")
    r"(?:the|your|my|ur|this) (?:\S+ ){0,2}?(?:app|website|site|online banking|banking app"
    r"|portal|login page|log-?in screen|booking system|sign-?up form|sign-?up page) (?:\S+ ){0,6}?"
    r"(?:asks|asked|asking|wants|wanted|needs|needed|keeps asking|kept asking|is asking|requires"
    r"|required) (?:me )?(?:for )?(?:(?:an? |my )?(?:email|mobile|phone number|number|dob|date of"
    r" birth|name|address|postcode)(?: and)? ){0,5}(?:\S+ )?(?:code"
    r"|pin|password|passcode|verification code|security code|fingerprint|face id|2fa|otp)"
    # a repairer asking for the device's own passcode: "do you need my passcode for a
    # battery swap or can I leave it locked"
    r"|(?:do|does|will|would|should|shall) (?:you|u|they|the (?:\S+ )?(?:shop|tech|technician"
    r"|engineer|repairer|team|staff)) (?:\S+ ){0,2}?(?:need|want|require) (?:my|the) (?:\S+ )?"
    r"(?:passcode|password|pin|unlock code|screen lock)(?! (?:\S+ ){0,4}?(?:by|over|via) (?:text"
    r"|email|phone|dm|whatsapp))"
    # rules-11: a how-to about one's own login: "where do I change the password on my
    # account?", "¿cómo cambio mi contraseña?", "wie ändere ich mein Passwort?"
    r"|(?:where|how) (?:do|can|would|should|to) (?:i |we |you )?(?:\S+ )?(?:change|reset|update"
    r"|set up|set|turn on|turn off|enable|switch on|add|find|edit) (?:the |my |our |a |your )?"
    r"(?:\S+ )?(?:password|passcode|pin|2fa|two[- ]factor|login|security question|memorable word)"
    r"|(?:dónde|donde|cómo|como|où|comment|wo|wie|onde) (?:\S+ ){0,3}?(?:cambio|cambiar|change"
    r"|changer|modifier|ändere|ändern|mudo|mudar|alterar|altero|restablecer|réinitialiser"
    r"|zurücksetzen|redefinir) (?:\S+ ){0,2}?(?:contraseña|pin|mot de passe|code|passwort|senha"
    r"|código)"
)
STRANGER_OR_MESSAGE = rf"{_STRANGER}|not me|wasn'?t me|i didn'?t|i never"
