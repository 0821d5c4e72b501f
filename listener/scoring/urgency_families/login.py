"""The brand's own sign-in flow told calmly: no ``security`` alert (rules-12).

Why: a code, a verification or a password reset is how every app signs its customers in, and
customers mention it all the time without any threat in sight: "it asks for the email code
every time I open my boarding pass", "after the update it logged me out and emailed me a
6-digit code to get back in", "I requested a new code each time". The security cues read a
request for a code as phishing ("asked me for the one-time code"), which it is only when a
stranger, a message nobody expected or a lost account is in the post. Written on the TRAIN
trades' calm login posts (balance rows of 2026-12-06), where seven in 23 trades raised a
security alert; ``urgency`` drops ``security`` when ``CALM_LOGIN`` matches and
``LOGIN_THREAT`` does not.

``ORDINARY_DETAILS`` and ``OWN_APP_ASKS`` (``security``) cover a checkout asking for card
details and an app asking for a PIN; their stranger list counts "emailed" and "a text", which
a sign-in flow uses every day, so this guard has its own list of threats: someone else, a
call or a link, a code the customer did not ask for, a code given away, an account changed,
emptied or locked by someone.
"""

from __future__ import annotations

# The sign-in flow of the brand's own app or site, by one of its moments.
CALM_LOGIN = (
    r"(?:log|logs|logged|logging|sign|signs|signed|signing) (?:me |you |us )?(?:back )?(?:in|out"
    r"|on|off)(?![\w'])"
    r"|(?:log-?in|sign-?in|login|signin) (?:page|screen|code|email|link|details)"
    r"|stay (?:logged|signed) in|remember me|to get back in"
    r"|(?:after|since|with) (?:the|an|this|their|your|its) (?:\S+ ){0,2}?update"
    r"|(?:changed|changing|change|new|switched|switching) (?:my )?(?:phones?|devices?|handsets?)"
    r"|(?:verify|confirm|re-?verify) (?:my|your|the|our) (?:\S+ )?(?:email|account|number|identity)"
    r"|password resets?|reset (?:my|the|your) password|(?:the )?reset (?:email|link)"
    r"|every (?:single )?time (?:i|you|we) (?:open|log|sign|use)|each (?:and every )?time"
    r" (?:i|you|we) (?:open|log|sign)|remember (?:this|my|the) (?:device|phone|browser)"
    r"|(?:new|requested|request|requesting) (?:a |another )?(?:new )?code"
    # es/fr/de/pt: "iniciar sesión", "se connecter", "anmelden", "fazer login", "entrar"
    r"|inici\w* (?:de |la )?sesi[oó]n|cada vez que|à chaque (?:fois|connexion)|jedes mal"
    r"|toda vez que|sempre que|me (?:conecter|connecter)|se connecter"
    r"|connexion|anmelden|angemeldet|abgemeldet|einloggen|eingeloggt|ausgeloggt"
    r"|fazer login|iniciar sess[aã]o"
)

# Anything that turns the same post into a report: someone else, a call or a link, a code
# not asked for or given away, an account changed, emptied or locked by someone.
LOGIN_THREAT = (
    r"someone|somebody|some one|stranger|scam\w*|fake|phish\w*|fraud\w*|pretend\w*|claiming"
    r"|posing|impersonat\w*|hack\w*|dm|dms|dmed|whatsapp|caller|called me|rang me|a call"
    r"|phoned me|link|links|popped up|pop-?up|not me|wasn'?t me|i didn'?t|i did not|i never"
    r"|i haven'?t|didn'?t (?:request|ask)|not (?:requested|asked for)|unknown|unrecogni[sz]ed"
    r"|(?:don'?t|didn'?t|do not|did not) recogni[sz]e|stolen|emptied|drained|taken over"
    r"|takeover|compromised|unauthori[sz]ed|suspicious|dodgy|weird|legit|genuine|is (?:this|that"
    r"|it) (?:\S+ )?(?:you|real|yours|from you)|give|gave|giving|share|shared|sharing"
    r"|read (?:\S+ )?out|tell (?:them|him|her)|told (?:them|him|her)|changed (?:my|the)"
    r" (?:email|password|number|details)"
    r"|locked out|lost access|can'?t get (?:in|into|back)|cannot get (?:in|into|back)"
    r"|never|isn'?t (?:that |this |it )?(?:you|yours|real)|(?:isn'?t|is not|wasn'?t|not) mine"
    r"|that you|you (?:lot )?(?:don'?t|do not"
    r"|wouldn'?t|would never) (?:\S+ )?(?:need|ask|want)|would you (?:ever )?ask"
    # card or bank secrets, which no sign-in asks for, and the lures of a fake sign-in page
    r"|card (?:number|details|info|no)|bank (?:details|card|login|account)|(?:my|your) card"
    r"|sort code|cvv|cvc|\S+\.(?:com|co|net|org|uk|io|app|info|xyz|online|site)\S*|click\w*"
    r"|claim|prize|free|vouchers?|giveaway|won|winner|expir\w*|pending|random|turned up"
    r"|doorstep|at (?:my|the) door|someone'?s|somebody'?s|says it was me|said it was me"
    # a message with instructions, an account locked or changed, a login from elsewhere
    r"|saying|telling (?:me|us)|asking (?:me|us) to|told (?:me|us) to|says (?:my|our|your)"
    r"|said (?:my|our|your)|locked|suspended|blocked|frozen|unusual|out of (?:nowhere|the blue)"
    r"|randomly|unexpected\w*|abroad|overseas|another country|different country|location"
    r"|ip address|(?:password|email|number|details|address) (?:was |were |has been |had been"
    r" |have been |got )?changed|vanished|disappeared|missing"
    r"|alguien|quelqu'?un|jemand|algu[eé]m|estafa|arnaque|betrug|golpe"
    # rules-12: a link to an address that is not the brand's ("linking to brand-portal.net,
    # pretty sure ours lives at a different address"); a hyphenated domain on the word view
    r"|linking|linked to|different (?:address|url|domain|web address|site)|look-?alike"
    r"|memorable answer|security answer|[a-z0-9]+-[a-z0-9-]+ (?:com|co|net|org|io|app|info"
    r"|xyz|online|site|uk)(?![\w'])"
    # other people's records seen once logged in ("shows every child in her group")
    r"|other (?:people|customers|parents|families|patients|members|clients)'?s?|everyone'?s"
    r"|every (?:child|kid|customer|patient|member|client|pupil|student|parent)"
)
