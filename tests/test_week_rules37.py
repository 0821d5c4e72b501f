"""rules-37 from the fourteenth week set's seven trades read at last, in other trades' words.

Urgency: a payment slip the post closes as "Sorted 🙌" is thanks; an account taken "in 2017,
years before…" is the reason for buying, not a report; a "hissing little gremlin" is a cat,
not gas; a neighbour's panel down in the wind is no fault of ours. Churn: the years named with
the brand, then the custom moved to a rival ("4 years of … at @x, this month we've moved it to
Y"), not a booking moved to Friday. Intent: "how does that add up", "or is X a feature now",
"does anyone at X actually test…", "is the app ever going to remember…", "I've been 'next week'
since…", "sort the app and you're perfect", "they've stopped doing…" are complaint cues, and
"gutted", a garden "flattened", "used to have a proper … now" weak ones; "built different",
"the main character", "a solid shout", "back from the dead" are praise slang, and "not to be
dramatic but" is no contrast; "should stick…", "small ask for…", "any chance X could take
cards" are suggestions; six sarcasm cues; a shop link on a throwaway domain and a giveaway's
"RT + follow + tag 3 mates" make spam. Each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import (
    _PRAISE_SLANG_RE,
    _fan_idiom,
    complaint_points,
    is_spam,
    prepare,
    sure_intent,
)
from listener.scoring.classify import _SUGGESTION_RE as SUGGESTION_RE
from listener.scoring.cue_report import explain
from listener.scoring.sarcasm import sarcasm_cues
from listener.text import normalize
from tests.reading import classes as _classes
from tests.reading import view as _view


@pytest.mark.parametrize(
    "text",
    [
        "App took my money but the class never showed in my bookings. Rang, Priya found it in"
        " a minute and threw in a free guest pass for the faff. Sorted 🙌 @corefit",
        "Why I finally pay for @vaultbank's card protection / In 2016, years before I banked"
        " with anyone sensible, someone got into my old email and emptied my savings. Never"
        " again.",
        "dropped off a hissing little furball on friday, collected a cat who purrs at the"
        " staff. what do you put in the biscuits @pawsinn 👌",
        "do @edgefence fix panels on jobs they didn't do? neighbour's panel came down in the"
        " wind last night",
    ],
)
def test_a_slip_put_right_a_story_long_ago_or_no_harm_is_not_urgent(text: str) -> None:
    assert _classes(text) == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@corefit took my £30 twice for one class and it's still not sorted", "payment"),
        ("customer since 2015, yesterday someone got into my @vaultbank account and moved"
         " £600", "security"),
        ("the gas fire @heatco fitted is hissing and we can smell gas", "safety"),
        ("the sign @signco put up came down in the wind and just missed a kid", "safety"),
    ],
)  # fmt: skip
def test_the_real_report_keeps_its_class(text: str, name: str) -> None:
    assert name in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "4 years of monday league nights at @strikelanes and this season we've moved it to"
        " Hollywood Bowl. lane 6 has been broken since june",
        "6 years on @notely, whole team on the business plan. moved everyone to Obsidian this"
        " weekend. bye 👋",
    ],
)
def test_the_custom_moved_to_a_rival_after_years_with_us_is_churn(text: str) -> None:
    assert "churn" in _classes(text)


def test_a_booking_moved_inside_the_brand_is_not_churn() -> None:
    text = "4 years of monday nights at @strikelanes and this month we've moved it to fridays"
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "£19 for a 20 minute slot in a room the size of a cupboard. how does that add up @studioX?",
        "@notely is sync ever going to remember my login, or is typing my password 30 times a"
        " day a feature now",
        "Does anyone at @notely actually test the Android app before shipping? How does this"
        " get past QA?",
        "@signco any chance of an actual date for my sign? I've been 'next week' since Halloween",
        "Food: lovely. Ordering app: crashed twice and ate my discount. Sort the app @tapas and"
        " you're perfect",
        "bit sad they've stopped doing the monthly tasting nights @cellar",
    ],
)
def test_questions_and_conditions_that_are_complaints(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "how does that work if I book for two people @studioX?",
        "does anyone know if @notely syncs with Outlook?",
        "any chance of a table for 4 tonight @tapas?",
        "they've stopped by to check on the boiler twice, lovely lads @heatco",
    ],
)
def test_plain_questions_and_news_are_no_complaint(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) == 0.0


def test_a_garden_flattened_and_gutted_turns_a_fan_to_a_complaint() -> None:
    text = (
        "Patio itself is lovely. But every plant in the border is flattened and the lawn is a"
        " mud bath. Bit gutted tbh @stoneworks"
    )
    assert complaint_points(_view(text), compound=0.0) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "no cap the barbers at @fadeco are built different",
        "not to be dramatic but the sticky toffee at @oakinn is the main character. lowkey"
        " obsessed",
        "@fellpub is a solid shout for a work do, £25 a head and nobody went hungry",
        "the bar at @deckbar is the cat's pyjamas",
        "@revivebikes brought my old Raleigh back from the dead 🚲",
    ],
)
def test_praise_slang_of_the_fourteenth_week(text: str) -> None:
    assert _PRAISE_SLANG_RE.search(_view(text))


def test_not_to_be_dramatic_but_is_no_contrast_for_a_fans_idiom() -> None:
    assert _fan_idiom(_view("not to be dramatic but @oakinn's roast slaps"))
    assert not _fan_idiom(_view("the roast at @oakinn slaps but the wait was 50 minutes"))


@pytest.mark.parametrize(
    "text",
    [
        "the update built differently on my phone and now it crashes",
        "main character syndrome from the manager at @fadeco, talked over me the whole time",
    ],
)
def test_look_alikes_are_not_praise_slang(text: str) -> None:
    assert not _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "@deckbar should stick a phone shelf by the screen in every booth",
        "Any chance @clockco could take cards on home visits?",
        "Wish @tanco stayed open till 8 on Fridays",
        "please stick prices on the website, even 'from £x'",
    ],
)
def test_suggestions_of_the_fourteenth_week(text: str) -> None:
    assert SUGGESTION_RE.search(_view(text))


def test_a_post_opening_as_a_small_ask_is_sure_to_be_a_suggestion() -> None:
    text = "Small ask for @edgefence: cut a hedgehog hole in one gravel board per garden"
    assert sure_intent(_view(text)) == "suggestion"


def test_a_regret_is_not_a_suggestion() -> None:
    text = "Wish someone had explained what 'optional' means before we signed @edgefence"
    assert not SUGGESTION_RE.search(_view(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("the 'daily updates' were one (1) blurry photo. so reassuring 👍", "counted_one"),
        ("Shoutout to @deckbar for the bold new concept: karaoke sauna. Aircon 'on order'."
         " Innovation.", "one_word_verdict"),
        ("@edgefence's 'we leave every site spotless' promise. Found 40 screws in the lawn with"
         " the mower. Truly spotless. No notes.", "echo_short"),
        ("Ooh the van's here! Oh no wait, it's the bin lorry. Day 3 @edgefence", "ironic_sign_off"),
        ("Shout out to whoever at @signco decided the phone number didn't need to go on my van."
         " who needs customers anyway", "ironic_sign_off"),
        ("The mousse is 'streak-free' in the sense that the streaks are the look", "quoted_means"),
    ],
)  # fmt: skip
def test_sarcasm_of_the_fourteenth_week(text: str, cue: str) -> None:
    assert cue in sarcasm_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Truly lovely evening at @oakinn, thank you",
        "got one free coffee on my stamp card today ☕",
        "Oh wait, I found it in my spam folder, sorry @notely!",
        "Shout out to the team at @deckbar, best night in ages",
        "Innovation lab opens at @hubspace next week, tours at 10",
    ],
)
def test_sincere_lines_are_not_sarcasm(text: str) -> None:
    assert sarcasm_cues(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "took £40 twice, rang them, they said it's all sorted",
        "charged twice for my gym membership, not all sorted",
        "Charged twice for the room. It's still being sorted",
        "charged me twice for the MOT, no one has sorted",
        "charged twice for one order. Rang, was told it was sorted",
        "two lots of £60 for one booking, supposedly sorted 🙄",
    ],
)
def test_a_payment_slip_not_yet_put_right_keeps_its_class(text: str) -> None:
    assert "payment" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Member since back in 2016. someone logged into my account and booked 3 flights",
        "been a customer since about 2015 and someone hacked my account and emptied it",
        "Joined in 2016, never had a problem until someone hacked my account last night",
        "Had this email in 2010 and someone just got into my account",
    ],
)
def test_an_account_taken_now_beside_an_old_year_keeps_security(text: str) -> None:
    assert "security" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 years on @gymx and they have moved us to Studio 2 for spin",
        "7 years at @theatrex and they moved everyone to row F because of the leak",
        "9 years at @hotelx every Easter, this year we moved it to Whitsun",
    ],
)
def test_a_move_made_inside_the_brand_after_years_is_not_churn(text: str) -> None:
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The boiler's been hissing a little since the engineer left @heatco",
        "Gas hob hissing a little even when it's off, fitted by @heatco on monday",
    ],
)
def test_a_hissing_appliance_is_still_safety(text: str) -> None:
    assert "safety" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can anyone tell me if parking is free at @gym or do I just pay at the machine?",
        "Do I need to book classes at @gym or is walk-in the policy now?",
        "Does anyone actually use the sauna at @gym? Thinking of trying it",
        "Is the pumpkin spice latte ever going to come back? 😍",
        "Great news, they've stopped selling plastic bottles at @gym 👏",
        "Told Monday for a 10am slot, arrived bang on time, great service @garage",
    ],
)
def test_the_reviews_near_misses_get_no_complaint_point(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "@fishmonger gutted and filleted 4 mackerel for me in two minutes",
        "The garlic was crushed fresh at the table, amazing food @tapas",
        "Gutted I missed the tasting night at @cellar, next time!",
    ],
)
def test_a_fish_gutted_or_garlic_crushed_is_no_weak_cue(text: str) -> None:
    assert explain(text, compound=0.0)["weak"] == []


@pytest.mark.parametrize(
    "text",
    [
        "My parcel should show up tomorrow",
        "Please show your membership card at the door",
        "@hotel any chance someone could bring up extra towels to room 214?",
    ],
)
def test_the_reviews_near_misses_are_no_suggestion(text: str) -> None:
    assert not SUGGESTION_RE.search(_view(text))


def test_a_quick_ask_for_a_callback_is_no_suggestion_opener() -> None:
    assert sure_intent(_view("Quick ask: can someone ring me back about my order 12345")) == ""


@pytest.mark.parametrize(
    "text",
    [
        "@repair couldn't bring my phone back to life, £80 for nothing",
        "Booking ahead at @restaurant is a good shout, we waited 40 mins",
        "@cinema who's the main character in the new Pixar film? taking my 5yo",
    ],
)
def test_the_reviews_near_misses_are_no_praise_slang(text: str) -> None:
    assert not _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "Oh wait, that was my fault, I'd put the wrong postcode",
        "Who needs sleep anyway when the coffee at @cafe is this good",
        "Thanks to the genius at @bakery who came up with the cruffin. Obsessed",
        "Shout out to whoever at @cafe decided to put oat milk in as standard 🙌",
        "@hotel calls it the 'cosy' room. So cosy! Loved every minute",
        "@gym's new app lets you book the sauna from your phone. Groundbreaking!",
        "Table for one (1) please, treating myself at @restaurant 🥰",
    ],
)
def test_the_reviews_near_misses_are_no_sarcasm(text: str) -> None:
    assert sarcasm_cues(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Best VPN bundle 2025 🔥 cheaper than @notely!!! 90% off TODAY only → vpn-deals-4u.xyz/pm"
        " #cybersecurity #privacy",
        "CHEAP shop signs 80% OFF wholesale ✅ better than @signco prices ✅ www.signdeals-uk.shop"
        " ✅ free UK delivery",
        "🎁 GIVEAWAY 🎁 win a year of @notely Premium + AirPods!! RT + follow @deal_drops + tag 3"
        " mates 🔥 #giveaway",
    ],
)
def test_a_throwaway_shop_link_or_a_giveaways_asks_make_spam(text: str) -> None:
    view, urls = prepare(normalize(text))
    assert is_spam(view, text, urls=urls)


@pytest.mark.parametrize(
    "text",
    [
        "ordered from glowco.shop with a 20% off code and it still hasn't arrived",
        "love the free refills at @cafe, tag your mates",
        "tag a friend who needs this coffee @cafe",
    ],
)
def test_a_customer_post_with_a_shop_link_or_a_tag_is_not_spam(text: str) -> None:
    view, urls = prepare(normalize(text))
    assert not is_spam(view, text, urls=urls)


def test_a_business_looking_for_a_part_time_hand_is_a_job_advert() -> None:
    text = "@tanco is looking for a part-time spray tan tech, Thurs-Sat, full training. DM us"
    assert sure_intent(_view(text)) == "other"


def test_a_customer_looking_for_a_thing_is_no_job_advert() -> None:
    assert sure_intent(_view("is @tanco looking for a new supplier? the mousse has changed")) == ""
