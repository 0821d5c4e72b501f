"""Legal word families: regulators by name, and legal steps in Spanish, French, German and
Portuguese (rules-9).

Why: the phrase cues (``urgency_cues.LEGAL``) name lawyers, courts and a handful of UK
regulators, in English only. A parent who "reported the nursery to Ofsted", a patient who
"raised it with the GPhC" or a customer who writes "mi abogado" takes the same step; each
trade has its own regulator, so the list names the ones customers of small businesses write
to (health, care, schools, food, gas, money, transport, data) and the consumer bodies of
the four other languages Rapport scores. A regulator's name alone is legal only beside a
reporting verb ("reported … to", "raised … with", "complaint to"), so "Ofsted outstanding"
in a nursery's own praise stays calm. Rules-12 adds a court claim named by its service or
form ("Money Claim Online", a county court claim, proceedings issued), in five languages.
"""

from __future__ import annotations

_REGULATOR = (
    r"(?:ofsted|gphc|cqc|mhra|hse|dvsa|gmc|gdc|nmc|hcpc|goc|sra|fos|ofqual|ipso|tpo|gas safe"
    r"|gas safe register|environmental health|food standards agency|the fsa|care inspectorate"
    r"|general pharmaceutical council|general optical council|general dental council"
    r"|general medical council|care quality commission|health and safety executive"
    r"|financial ombudsman|property ombudsman|energy ombudsman|legal ombudsman|ombudsman services"
    r"|the council'?s licensing|licensing (?:team|department|officers?)|estyn|hiw"
    r"|the pharmacy regulator|the regulator|(?:state|medical|dental|pharmacy) board|osha|the fda"
    r"|the bbb|consumer protection|consumer council|which\? legal)"
)
# rules-15 (the seventh urgency set)
_RULES15 = (
    # reported to an authority, not to the brand: "reported it to the council", not
    # "reported it to hollowmere at 10:40" or "who do you even report this to"
    r"report(?:ed|ing)? (?:you|u|this|them|it) to (?:the |my |our |\S+'s )?(?:local )?(?:police"
    r"|council|environmental health|authorities|regulator|caa|ofgem|ofcom|ofwat|ico|asa|fca"
    r"|cqc|ofsted|hse|dvsa|\S+ (?:council|authority|regulator|commission|ombudsman))|"
    # a licensing or environmental-health complaint: "reported them to the district council's
    # site licensing team and environmental health"
    r"(?:report\w*|complain\w*|escalat\w*|written to|wrote to|contacted) (?:\S+ ){0,8}?"
    r"(?:environmental health|licensing (?:team|officer|authority|department|review)"
    r"|licence review|license review)"
)

# rules-17 (the eighth urgency set): a former employee's claim started with ACAS; a complaint
# lodged with a national authority or agency
_RULES17 = (
    r"acas (?:early )?conciliation|early conciliation|(?:contacted|called|rang|phoned|been to)"
    r" acas|(?:taking|take|took|going|go|went|file|filed|lodge|lodged|start|started|claim|to)"
    r" (?:\S+ ){0,3}?(?:an |the )?employment tribunal"
    r"|(?:complaint|complaints) (?:\S+ ){0,3}?(?:lodged|filed|submitted|raised) (?:\S+ ){0,2}?"
    r"with (?:the )?(?:\S+ ){0,3}?(?:authority|ombudsman|regulator|tribunal|trading standards)"
)

LEGAL_FAMILIES = (
    # reported or raised with a named regulator
    r"(?:reported|reporting|report|raised|raising|raise|complained|complaining|complaint|escalated"
    r"|escalating|escalate|referred|referring|refer|contacted|contacting|contact|told|telling"
    r"|written|wrote|writing|filed|filing|lodged|lodging|logged|called|rang|calling|emailed"
    rf"|notified|informed|alerted|going to|gone to|went to) (?:\S+ ){{0,6}}?(?:to|with) (?:the )?"
    rf"(?:(?:local )?council'?s (?:\S+ )?|local )?{_REGULATOR}"
    r"|(?:filed|filing|file|made|making|started|starting|lodged|put in|putting in|issued|won|lost)"
    r" (?:a |my |our |the )?small claim"
    rf"|{_REGULATOR} (?:\S+ ){{0,4}}?(?:complaint|investigation|investigating|are looking into"
    r"|is looking into|have been told|has been told|case)"
    r"|(?:contacted|contacting|notified|notifying|informed|informing|emailed|called|rang|told"
    rf"|alerted|reported|reporting|phoned) (?:the )?{_REGULATOR}"
    # rules-12: a court claim made or about to be, by the service's name or its form ("Money
    # Claim Online form filled in", "issued a county court claim", "a CCJ against you"; not
    # the customer's own CCJ: "do you do finance for people with a CCJ?")
    r"|money claim online|mcol|money claim (?:against|form|filed|issued|submitted|lodged|started)"
    r"|county court (?:claim|summons|papers|proceedings)|(?:ccj|county court judg(?:e)?ment)"
    r" against (?:you|them|the \S+|@\S+)"
    r"|(?:filled in|filled out|submitted|filed|lodged|issued|sent off|started|put in|drafted)"
    r" (?:\S+ ){0,3}?(?:court claim|court form|n1(?: claim)? form|claim against (?:you|them|\S+))"
    r"|(?:issue|issued|issuing|start|started|starting|begin|began|commence\w*) (?:court |legal )?"
    r"proceedings"
    r"|(?:juicio|proceso|procedimiento) monitorio|reclamación judicial|injonction de payer"
    r"|(?:saisi|saisir|saisirai) (?:le )?(?:tribunal|juge)|mahnbescheid"
    r"|klage (?:\S+ )?(?:eingereicht|erhoben|einreichen)|injunção|ação de cobrança"
    # Spanish, French, German, Portuguese: lawyers, courts, formal complaints, consumer bodies
    r"|(?:mi|nuestro|un|el) abogad[oa]|abogados|demandar\w*|demandaré|demandaremos|(?:una|poner"
    r"|pondré|puesto) (?:una )?demanda|denuncia(?:r|ré|remos|do)?"
    r"|juzgado|tribunales|hoja de reclamaciones|(?:oficina|organismo) (?:municipal )?de"
    r" (?:información al )?consum\w+|omic|facua|ocu|consumo (?:ya )?(?:tiene|sabe)"
    r"|(?:mon|notre|un) avocat|avocats|porter plainte|porté plainte|portons plainte|mise en demeure"
    r"|(?:au|le) tribunal|tribunal (?:judiciaire|de commerce)|dgccrf|médiateur|mediateur"
    r"|(?:mein|meinen|meinem|unser\w*|einen|ein) (?:rechts)?anwalt|anwältin|rechtsanwalt\w*"
    r"|anwalt\w*|(?:ich|wir) (?:werde|werden) (?:sie|euch|dich) verklagen|verklag\w*|anzeige"
    r" (?:erstattet|erstatten|gegen)|(?:vor|ans|zum|vors) gericht|gerichtlich\w*|amtsgericht"
    r"|verbraucherzentrale|schlichtungsstelle"
    r"|bundesnetzagentur|mahnverfahren|abmahnung"
    r"|(?:meu|nosso|um|o) advogad[oa]|advogados|(?:vou|vamos) processar|processo (?:judicial"
    r"|contra)|livro de reclamações|livro amarelo|deco proteste|procon"
    r"|queixa (?:formal|à|na|no|ao)|apresentei (?:uma )?queixa|julgado de paz"
    "|" + _RULES15 + "|" + _RULES17
)
