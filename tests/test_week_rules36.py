"""rules-36 from the thirteenth week set's misreadings, in other trades' words.

Urgency: a harm dated long past in its own words ("in 2018 he fell off a ladder") is the
reason for a purchase, not a report, unless something recent sits beside it or it follows our
own work; "an old injury", a lift that stopped "with nobody on it", choking "on my tea at the
last episode 😭", a signal that "dropped out every evening" and a failure already put right by
"an absolute gent" are no safety report; the brand's own booking portal asking for an email,
a date of birth and a password is no phishing. Churn: a switch between two others asked of us
("if we switch from BT to Sky can you…"), files moved ("move my photos to the SD card") are
no leaving; "after 9 years … I've booked <rival> for next time" and "servicing has gone to
<rival> … after eleven years" are. Intent: "how many more nights is my son meant to…", "does
X employ a single person who answers", "how does a phone case last 4 days??", "where did my
points go??", "says … which is it?" are complaints; "emailed again … today is the 19th" is a
chase; "ordered 3 … the box had 2" a wrong order; "the wife is made up" and "not a single
glitch since" are praise slang; three sarcasm cues. Each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import (
    _PRAISE_SLANG_RE,
    asked_as_complaint,
    complaint_points,
    prepare,
)
from listener.scoring.sarcasm import sarcasm_cues
from listener.text import normalize
from tests.reading import classes as _classes
from tests.reading import view as _view


@pytest.mark.parametrize(
    "text",
    [
        "Back in 2019 my grandad slipped on his own icy steps and broke his wrist, so this"
        " winter @gritco are doing our drive and path. Worth every penny.",
        "He fell off a ladder in 2018 and cracked two ribs, which is why I pay @gutterpro to do"
        " ours now. Done in an hour, no fuss.",
        "Got knocked off my bike years ago on the ring road, so @cyclesafe's road confidence"
        " course was a big deal for me. Brilliant instructor.",
        "Nervous about trying @climbhq because of an old knee injury, do you do gentle intro"
        " sessions?",
        "the hoist @liftco fitted stopped halfway with nobody on it, engineer reset it in 10"
        " mins. is a call-out fee normal for that?",
        "nearly choked to death on my tea at the last episode of the podcast 😭😭 @storyhub",
        "@dishpro installed the dish in March and the signal's dropped out every evening since",
        "the stairlift stopped mid-stairs with nan on it, @liftco talked us through lowering it"
        " and came at 9 with a new battery pack. absolute gent",
    ],
)
def test_a_harm_long_past_put_right_or_harmless_is_not_safety(text: str) -> None:
    assert "safety" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "@warmco fitted our gas fire in 2022 and last night it caught fire",
        "my son got a nasty injury on your climbing wall today when a hold spun @climbhq",
        "the hoist @liftco fitted stopped halfway and my dad fell off it, he's hurt his hip",
        "nearly choked to death on a bone in the fish pie from @piecorner 😭",
        "the bracket @dishpro put up dropped off the wall onto the path by the front door",
        "the stairlift stopped mid-stairs with nan on it, @liftco came out, absolute gent, but"
        " why did it stop at all? she's terrified",
    ],
)
def test_the_harm_itself_is_still_safety(text: str) -> None:
    assert "safety" in _classes(text)


def test_the_brands_own_portal_asking_for_details_is_no_phishing() -> None:
    own = "the new booking portal wants my email, mobile, date of birth and a password just to book"
    assert "security" not in _classes(own)
    fake = (
        "someone sent me a link to a fake @vetco booking portal that wanted my card number and"
        " now £200 has gone"
    )
    assert "security" in _classes(fake)


@pytest.mark.parametrize(
    "text",
    [
        "if we switch from BT to Sky can @aerialco reuse the socket or is it a new cable?",
        "how do I move my photos to the SD card on @snapvault",
    ],
)
def test_a_move_that_leaves_no_one_is_not_churn(text: str) -> None:
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "After 9 years and countless cuts, I've booked Fade Factory for next time. Three"
        " cancellations in a row, I'm done.",
        "Our boiler servicing has gone to British Gas as of this month, after eleven years with"
        " @heatco. Too many missed visits.",
        "after 8 years we're switching from @linkco to Sky, the outages are constant",
    ],
)
def test_leaving_for_a_rival_after_years_is_churn(text: str) -> None:
    assert "churn" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "After 9 years I've booked you in for next time, see you in March @fadeco",
        "our servicing has gone to the new online system after 5 years of paper forms",
        "the deposit has gone to my old address after 5 years there, can you resend?",
    ],
)
def test_a_booking_or_an_account_kept_with_the_brand_is_not_churn(text: str) -> None:
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "how many more nights is my son meant to sleep on the floor while you 'wait for stock'??",
        "does @telco employ a single person who answers the phone or is it hold music forever",
        "how does a phone case last 4 days?? @caseco",
        "where did my 200 points go?? they were there yesterday @coffeeclub",
    ],
)
def test_questions_that_are_complaints(text: str) -> None:
    assert asked_as_complaint(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "how many more nights can we add to the booking?",
        "do you have a person who can help with installs on a saturday?",
        "how long does a phone case last if I drop it a lot?",
        "where did you get the sourdough starter from?",
        "which is it, the red one or the blue one? can't decide",
        "the manual says 2 scoops and the vet said 3, which is it?",
        "how many more visits does my son need to finish the brace treatment?",
        "Do you have one person who can do both the boiler and the radiators?",
        "love that they have a real person who answers the phone",
        "is the fireplace in the listing usable or is it just decorative?",
    ],
)
def test_plain_questions_are_not_asked_as_complaints(text: str) -> None:
    assert not asked_as_complaint(_view(text))


def test_a_chase_counted_out_by_date_is_a_complaint_cue() -> None:
    chased = "Rang @plumbco on the 3rd. Rang again on the 10th. Today is the 19th."
    assert complaint_points(_view(chased), compound=0.0) >= 1.0
    fine = "Rang @plumbco on the 3rd and they came on the 4th, sorted."
    assert complaint_points(_view(fine), compound=0.4) < 1.0


def test_an_order_that_came_short_is_a_complaint_cue() -> None:
    short = "ordered 3 candles and a diffuser, box had 2 candles @glowco"
    assert complaint_points(_view(short), compound=0.0) >= 1.0
    fine = "ordered the big hamper and the box has everything on the list, lovely @glowco"
    assert complaint_points(_view(fine), compound=0.6) < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "@deckco did the new decking on saturday. the wife is made up",
        "They re-fixed the fence panels in March. Three storms since, not a single wobble",
        "I'm well made up with my new specs from @lensco",
    ],
)
def test_praise_slang_of_the_thirteenth_week(text: str) -> None:
    assert _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "the extra charge on the invoice was made up, nobody agreed to it",
        "she's made up a story about me not paying @deckco",
        "reported it 3 times and not a single problem has been fixed",
        "Those reviews on their page? they're made up.",
        "he's made up numbers on the quote",
        "not a single problem I reported has been fixed",
        "not one issue has been looked into since March",
    ],
)
def test_made_up_charges_and_unfixed_problems_are_not_praise_slang(text: str) -> None:
    assert not _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "love that 'we'll call you back today' from @fixco apparently means next week",
        "New app layout. Visionary stuff. Can't wait for the next update to hide the search"
        " bar too.",
    ],
)
def test_sarcasm_of_the_thirteenth_week(text: str) -> None:
    assert sarcasm_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "can't wait for the next update to add dark mode!",
        "can't wait for the next update to remove the ads",
        "love that they'd remembered my name",
        "Orange kitchen cabinets, certainly a bold choice, and @kitchenco made it look amazing",
        "Ah yes, the famous @breadco sourdough. worth the 20 min queue",
    ],
)
def test_sincere_lines_are_not_sarcasm(text: str) -> None:
    assert not sarcasm_cues(text)


# --- from the fourteenth set's septic tank firm (read) and the fifteenth set (read) ---


@pytest.mark.parametrize(
    "text",
    [
        "Marchbank Septic ran a camera down the pipe and found the root, sorted same day",
        "Ashby Septic Services are emptying ours on Tuesday, anyone else on their round?",
        "how often should a septic system be desludged for two people?",
    ],
)
def test_a_septic_tank_firm_is_no_infection(text: str) -> None:
    assert "safety" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "my finger went septic after the splinter from the decking you fitted",
        "the new piercing has gone septic, she's on antibiotics",
        "a septic wound from the groomer's clippers, vet says it needs cleaning daily",
    ],
)
def test_an_infection_is_still_safety(text: str) -> None:
    assert "safety" in _classes(text)


def test_the_brands_own_name_is_no_cue_when_the_brand_is_known() -> None:
    from listener.scoring.sentiment import get_scorer

    scorer = get_scorer(own=("sparks electrical", "@sparkselec"))
    fine = scorer.score(normalize("Sparks Electrical fitted our new sockets, great job"))
    assert "safety" not in fine.urgency_reasons
    harm = scorer.score(
        normalize("Sparks Electrical fitted a socket and now there are sparks coming out of it")
    )
    assert "safety" in harm.urgency_reasons
    legal = scorer.score(normalize("Taking Sparks Electrical to small claims over the rewire"))
    assert legal.urgency_reasons == ("legal",)


def test_a_free_prize_that_wants_postage_is_spam() -> None:
    from listener.scoring.classify import is_spam

    def spam(text: str) -> bool:
        w, urls = prepare(normalize(text))
        return is_spam(w, text, urls=urls)

    assert spam(
        "FREE KIT GIVEAWAY 🔥 all @shopco fans!! claim at bit.ly/kit-win just pay £1 postage"
    )
    assert not spam("do you post to Ireland? happy to just pay £5 postage @shopco")
    assert not spam("Got a free sample of the @dogco kibble, just pay £1 postage, dog loves it")
    reported = (
        "an account DMed me saying I'd won a free kit, just pay £4.99 postage. Put my card in"
        " and £312 went"
    )
    assert not spam(reported)


def test_a_bill_above_the_quote_with_nothing_taken_is_no_payment_alert() -> None:
    from listener.scoring.urgency_sums import only_billed

    billed = "quoted £95 for an event unit and invoiced £151? none of it was mentioned"
    assert only_billed(_view(billed))
    taken = "quoted £95 for the job and took £151 off my card"
    assert not only_billed(_view(taken))
    assert "payment" in _classes(taken)


def test_a_billing_slip_put_right_with_a_credit_note_is_no_payment_alert() -> None:
    fixed = (
        "Had a mix-up on a @hireco invoice (billed for 4 units, we had 3). Emailed at 9, credit"
        " note in my inbox by lunch. Cheers"
    )
    assert "payment" not in _classes(fixed)
    open_ = "Had a mix-up on a @hireco invoice (billed for 4 units, we had 3), nobody answers"
    assert "payment" in _classes(open_)


def test_what_a_water_test_looks_for_is_no_contamination() -> None:
    asked = "does the cheaper annual test include e coli or only hardness?"
    assert "safety" not in _classes(asked)
    found = "our well water tested positive for e coli a week after you fitted the UV filter"
    assert "safety" in _classes(found)


def test_a_harm_long_ago_at_someone_elses_is_no_report() -> None:
    text = (
        "Reminds me of Leeds Fest 2009, when a unit (not theirs, some big national outfit) got"
        " tipped over with my mate inside. Two cracked ribs."
    )
    assert "safety" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customer for 9 years. Today the new lad explained what a pledge is, very slowly, with"
        " hand gestures",
        "asked about our iron reading and got told what an aquifer is. I know what an aquifer"
        " is, love",
        "Rang to ask about the reading and was told, slowly and kindly, that the salt goes in the"
        " salt bit. I'd gathered.",
    ],
)
def test_being_talked_down_to_is_a_complaint_cue(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Dean explained everything slowly and patiently to my mum, took ages with the controls",
        "the engineer explained it very slowly, with diagrams, so my mum could follow, so patient",
        "he spelled out the settings letter by letter for my dad who's hard of hearing",
        "I'd gathered from the reviews they were good and they really were",
        "Rang again this morning, it's now booked in for Friday, thanks Jen",
    ],
)
def test_patient_explaining_and_plain_news_are_no_complaint_cue(text: str) -> None:
    assert complaint_points(_view(text), compound=0.6) < 1.0


def test_a_contact_form_asked_if_it_is_decorative_is_a_complaint() -> None:
    assert asked_as_complaint(
        _view("is the contact form on your website connected to anything or is it just decorative")
    )
    assert not asked_as_complaint(_view("is the contact form the best way to reach you?"))


@pytest.mark.parametrize(
    "text",
    [
        "Ah yes, the famous 'fresh fragrance package'. One air freshener on the door handle.",
        "a 7am-7pm arrival window is certainly a bold choice when you run a lunch service",
    ],
)
def test_sarcasm_of_the_fifteenth_week(text: str) -> None:
    assert sarcasm_cues(text)


# --- the review of the round's change, on sentences of its own ---

REVIEW_CASES = [
    (
        "safety",
        True,
        "Been a member at @ironworksgym since 1999. A barbell fell off the broken"
        " rack and broke my toe, nobody's fixed the rack",
    ),
    (
        "safety",
        True,
        "I bought my e-scooter from @zipride in 2023 and the battery exploded in my"
        " son's bedroom, he's got burns on his arm",
    ),
    (
        "safety",
        True,
        "In 2023 @sparkyco fitted our EV charger and now the cable is melting and it"
        " sparks when we plug in",
    ),
    (
        "safety",
        True,
        "Fitted in 2021, the loft ladder from @loftco collapsed under my husband last"
        " month and he broke his wrist",
    ),
    (
        "safety",
        True,
        "had my 1998 Land Rover serviced at @fixit garage and the brake line burst on the way home",
    ),
    (
        "safety",
        True,
        "Bought this pushchair from @babyland back in 2021, the wheel came off with my"
        " daughter in it",
    ),
    (
        "safety",
        True,
        "we've used @cleanco since about 2022 and the new oven spray gave my son a chemical burn",
    ),
    (
        "safety",
        True,
        "the scaffold @scaffco put up collapsed with nobody on it and landed in the"
        " school playground",
    ),
    ("safety", True, "my son nearly choked on a grape at your soft play and no staff came over 😭"),
    (
        "safety",
        True,
        "the brand-new tyre from @tyreco blew out on the motorway, an absolute legend"
        " from the AA got us home",
    ),
    (
        "safety",
        True,
        "the annual test covers e coli and ours came back positive, is the water safe to drink?",
    ),
    (
        "safety",
        False,
        "we're not on mains, the cottage is septic, how much to empty a 3000 litre tank?",
    ),
    ("safety", True, "His hand's septic after the splinter from the decking"),
    (
        "payment",
        True,
        "they sent me a credit note but still took £120 twice from my card and no refund",
    ),
    ("payment", True, "credit note arrived but the £80 double charge is still on my statement"),
    ("churn", False, "After 8 years at @glowsalon I've booked Jade for next time, she's lovely"),
    ("churn", False, "After 8 years at @glowsalon I've just booked Saturday for next time"),
    ("churn", True, "if I switch from @flowenergy to Octopus will I get charged an exit fee?"),
    (
        "churn",
        True,
        "I'm moving all my photos to Google Photos after 8 years with @snapvault, the"
        " price rise did it",
    ),
    (
        "security",
        True,
        "your app asked for my name, address and pin and now £300 has gone from my account",
    ),
]


@pytest.mark.parametrize(("name", "expected", "text"), REVIEW_CASES)
def test_the_reviews_near_misses_keep_their_class(name: str, expected: bool, text: str) -> None:
    assert (name in _classes(text)) is expected


def test_rebooking_under_our_own_name_is_no_churn() -> None:
    from listener.scoring.sentiment import get_scorer

    scorer = get_scorer(own=("fade factory", "@fadefactory"))
    text = "After 9 years I've booked Fade Factory for next time, see you in March"
    assert "churn" not in scorer.score(normalize(text)).urgency_reasons


def test_a_harm_quoted_in_a_scammers_message_is_security_not_safety() -> None:
    lure = (
        "Scam text pretending to be @waterco: 'your recent water sample failed for E.coli. Pay"
        " £49 for urgent resample' plus a link. Dad paid and typed his card in"
    )
    assert _classes(lure) == ("security",)
    hurt = (
        "scam call pretending to be @gasco said there was a gas leak, my mum was so scared she"
        " fell down the stairs and is in hospital"
    )
    assert "safety" in _classes(hurt)


def test_the_same_part_replaced_again_and_again_is_a_complaint_cue() -> None:
    text = "Pump fitted by @waterco in February. Replacement in May. Another replacement in June."
    assert complaint_points(_view(text), compound=0.0) >= 1.0


def test_asking_if_the_brand_ever_answers_is_a_complaint() -> None:
    assert asked_as_complaint(_view("Does @hireco ever answer the phone at weekends? rang 8 times"))
    assert not asked_as_complaint(_view("does anyone ever get a reply from the council on this?"))
