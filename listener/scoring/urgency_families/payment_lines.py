"""Payment word families of rules-19 (the ninth urgency set, ``data/urgency_dev9``).

The same money taken twice told as two statement lines or as both cards, the difference asked
back, money off a card with nothing booked, money promised back "in 3-5 working days" or
"agreed" and weeks gone. ``payment.PAYMENT_FAMILIES`` joins them; near misses beside each in
``tests/test_urgency_rules19.py``. The fragments follow the rules of ``urgency_cues`` (whole
words on the word view, no leading or trailing space, fixed-width lookbehinds).
"""

from __future__ import annotations

from listener.scoring.urgency_words import FEW as _FEW
from listener.scoring.urgency_words import MONEY_BACK as _BACK
from listener.scoring.urgency_words import MONTH as _MONTH
from listener.scoring.urgency_words import SINCE as _SINCE
from listener.scoring.urgency_words import SUM as _SUM

# rules-19 (the ninth urgency set): the same money taken twice told as two statement lines or
# as both cards, the difference asked back, money off a card with nothing booked, money
# promised back "in 3-5 working days" or "agreed" and weeks gone
_SPLIT_ON_PURPOSE = (
    r"(?! (?:\S+ ){0,8}?(?:split|each|50/50|half|halves|between us|one for each|as agreed"
    r"|correctly|both kids|one each)(?![\w']))"
)
RULES19 = (
    # two lines for one thing: "two identical £46.50 lines from X on my statement", "two lines on
    # my statement, both X £42.00", "£75 and £75, same time" (not "two lines, same reference,
    # one for the deposit and one for the balance")
    r"(?:two|three|2|3) (?:identical|matching|duplicate) (?:(?!and |for )\S+ ){0,3}?(?:lines"
    r"|entries|transactions|debits|payments|charges)(?! (?:\S+ ){0,8}?(?:as expected|twins|each"
    r"|refunded|reversed|sorted|cancelled|voided)(?![\w']))"
    r"|(?:two|three|2|3) (?:\S+ ){0,4}?(?:lines|entries|transactions|debits) (?:\S+ ){0,4}?"
    r"(?:on|in) (?:my|the|our) (?:bank |card |credit card )?(?:statement|account|bank app"
    r"|banking app) (?:\S+ ){0,8}?"
    r"(?:both (?:\S+ ){0,5}?(?:£|\$|€)\S*|same (?:amount|sum|total|time|minute|second))"
    r"(?! (?:\S+ ){0,6}?one for| as)"
    # both cards taken for one thing: "both cards were charged £212", "came off both cards",
    # "my debit card and my credit card were both charged" (not a bill split on purpose)
    r"|both (?:of )?(?:my |our |the )?(?:cards|accounts) (?:were |have been |got |was |have )?"
    rf"(?:charged|debited|billed|hit|taken){_SPLIT_ON_PURPOSE}"
    r"|cards? (?:were|have been|got) both (?:charged|debited|billed|taken)"
    r"|(?:charged|debited|billed|taken) (?:(?!half |split |between |each )\S+ ){0,6}?(?:on|from"
    rf"|off) both (?:\S+ )?(?:cards|accounts){_SPLIT_ON_PURPOSE}"
    rf"|(?:came|come|went|gone|taken) (?:off|out of|from) both (?:\S+ )?(?:cards|accounts)"
    rf"{_SPLIT_ON_PURPOSE}"
    r"|(?:libras|euros|€|£) (?:\S+ ){0,3}?(?:en|de) (?:las dos|ambas) tarjetas"
    r"|(?:libras|euros|€|£) (?:\S+ ){0,3}?(?:nos|em) (?:dois|ambos os) cartões"
    r"|(?:livres|euros|€|£) (?:\S+ ){0,3}?sur (?:les|mes) deux cartes"
    r"|(?:pfund|euro|€|£) (?:\S+ ){0,3}?(?:von|auf) beiden karten"
    # the difference asked back: "Card machine: £159. Invoice: £95. I'd like the other £64 back"
    # (not "do I get my extra £20 back after the van is inspected?")
    r"|(?:want|like|need) (?:the|my) (?:other|extra|missing) (?:£|\$|€)\S* back(?! if| when"
    r"| once| in case| after| at the end)(?!\?)"
    # money off the card with nothing booked: "why has £25 come off my card today?? no
    # appointment, not been in since march" (not "no appointment needed", "no booking fee")
    rf"|{_SUM} (?:\S+ ){{0,2}}?(?:come|came|gone|went|been taken) (?:out )?(?:off|of|from) (?:my"
    r"|our) (?:card|account)\S* (?:\S+ ){0,10}?(?:no (?:appointment|booking|order|visit|job)"
    r"(?! (?:needed|required|necessary|fee|fees|number|ref|reference|confirmation|yet))"
    r"|not been in|haven'?t been (?:in|there|near)|never (?:booked|ordered|been (?:in|there)))"
    # back "in 3-5 working days", and weeks gone
    rf"|{_BACK} (?:\S+ ){{0,4}}?(?:within|in|by) (?:\S+ ){{0,2}}?\d+-\d+ (?:working )?days?"
    rf" (?:\S+ ){{0,3}}?{_SINCE} (?:\S+ )?{_FEW} (?:weeks|months)"
    # agreed to give the money back, and still not: "agreed to give me my £48 back … That was 26
    # March. Three emails since", rules-20: "promised to pay back my £48 three weeks ago, nothing
    # has arrived" (not "offered to give me my £15 back, that was really kind")
    r"|(?:agreed|promised|offered) to (?:give|pay|send|refund|return)(?: back)? (?:me |us )?"
    rf"(?:my |our |the )?{_SUM} (?:back )?(?:\S+ ){{0,30}}?(?:that was (?:on |back in )?"
    rf"(?:{_MONTH}|\d\S*|the \d\S*|last|weeks|months|a month|over a)|it'?s been"
    r"|still (?:nothing|waiting|no|not)"
    r"|nothing (?:yet|since|has)|(?:emails|calls|messages|chasers) since|every reply)"
)

# rules-20 (the second reader's misses of rules-19): money taken after the customer ended the
# plan, told with the sum first and the cancelling as a date ("£45 taken from my account this
# morning and I cancelled in January"); not "cancelled in time", "cancelled last minute" (a
# fee the policy allows), nor a cancelling with no time to it
_CANCELLED_WHEN = (
    rf"(?:in {_MONTH}|back in|on (?:the )?\d\S*|last (?:week|month|year|{_MONTH})"
    rf"|{_FEW} (?:weeks|months|days) ago|weeks ago|months ago|ages ago|a while ago)"
)
RULES20 = (
    # the same sum again: "banking app now shows the same £400 to you again this morning, same
    # ref", "£59 on monday and the same amount again today, one order" (not a renewal "the same
    # £10 again next year", "I'll pay the same amount again for the second child")
    rf"same (?:{_SUM}|amount|sum|charge|payment|deposit|debit) (?:\S+ ){{0,5}}?again"
    r"(?! (?:\S+ ){0,5}?(?:next|year|years|month|months|annual|annually|renewal|renewed"
    r"|subscription|every|each|for (?:the|my|our) (?:second|other|next))(?![\w']))|"
    rf"{_SUM} (?:\S+ ){{0,3}}?(?:taken|came out|come out|gone out|went out|charged|debited|billed"
    r"|collected) (?:\S+ ){0,8}?(?:and|but|though|yet|even though|although) (?:i|we)"
    r" (?:had |already |have |'d )?(?:cancell?ed|ended|stopped) (?:(?:my|our|the|it|that|them)"
    rf" (?:\S+ )?)?{_CANCELLED_WHEN}"
    # rules-21: a second sum for the one thing ("there's a second £2,140 to SALT&SORREL LTD
    # dated yesterday, same ref"; not "another £20 for delivery")
    # (rules-38 review: not "another £40 gone on top up, rang the same number 5 times", nor a
    # deposit then the balance, or a monthly debit "with the same reference as every month")
    rf"|(?:a second|another|a 2nd|a further) {_SUM}(?! (?:\S+ ){{0,16}}?(?:deposit|balance"
    r"|every month|as usual|monthly|instalment)(?![\w'])) (?:\S+ ){0,16}?(?:same (?:(?:booking"
    r"|order|invoice|account|transaction|payment) )?(?:ref\w*|reference|description|payee"
    r"|invoice)|same (?:booking|order|invoice|account) number"
    r"|(?:only|just) (?:had|ordered|booked|bought|got|made|hired|rented)"
    r" (?:the |a )?one(?![\w'])|(?:for|on) (?:the|one|a single) (?:same )?(?:order|booking|visit"
    r"|job|invoice)(?![\w']))"
    # rules-22: the same sum again minutes later ("my £85 membership went out on the 1st at
    # 09:02 and then again at 10:16. same amount, same reference")
    r"|(?:went out|came out|was taken|got taken|taken|charged|debited|billed|collected)"
    r" (?:\S+ ){0,8}?(?:and )?then again (?:at|on) (?:the )?\d\S*"
    r"|same (?:amount|sum|price) (?:and )?same (?:ref\w*|reference|payee|description)"
    # rules-23 (the fourth week set): "my statement has two separate lines of £925 to
    # BRIGHTWELL", "there's another £899 at 11:04, same card"
    r"|(?:two|2|three|3) (?:separate |identical |matching |different )?(?:lines|entries"
    rf"|transactions|payments|debits|charges) (?:of|for) {_SUM}"
    rf"|(?:a second|another|a 2nd) {_SUM} (?:at|on) (?:the )?\d\S*"
    # rules-24: "my bank app has two £46.00 payments to MOTH MAGPIE LTD … I only bought the one"
    rf"|(?:two|2|three|3) {_SUM} (?:\d\d )?(?:payments|charges|debits|transactions|lines|entries)"
    r" (?:to|from|for|on)(?![\w'])"
)
