"""Drafting fixes from reading drafts of the thirteenth week set (a farrier, an audiobook app, a
stairlift installer) with a brand's settings and no brand book, in other trades' words.

A keyphrase is never something that did not happen ("she didn't even flinch", "didn't try to
flog us the extended warranty"), an idiom ("proper old school plumber", "for obvious
reasons"), someone else's ("two previous garages"), a fault or what was put right ("got my
vanished points back", "sorting my dog's ear infection"), an illness ("after a stroke"), one
word of a title or a name ("Bone Harbour", "has had Bramble sound"), a clause with a verb in
it ("the gran lives", "dad slept upstairs"), a stretch of time ("all season") or a channel
("the site"). The fact asked about is read from whole words: "fee" inside "feet" and
"coffee" is no price, "in stock" inside "in Stockport" no stock question; "how is the
servicing side?" is not turned into a yes-or-no question.
"""

from __future__ import annotations

import pytest

from responders.drafting.answers import check_phrase
from responders.drafting.topic import keyphrase


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("first ever trim on my young horse and she didn't even flinch 🥹 thank you Sam", "flinch"),
        (
            "engineer was polite and didn't try to flog us the extended warranty, rare these days",
            "warranty",
        ),
        ("proper old school plumber, turns up, gets on with it, no faff @pipeco", "school"),
        (
            "can my teen have her own login without seeing my history, for obvious reasons",
            "obvious",
        ),
        (
            "two previous garages just kept topping up the coolant, @fixco found the leak",
            "previous",
        ),
        ("support got my vanished loyalty points back in ten minutes, lovely", "vanished"),
        ("finally sorting my dog's ear infection after months, thank you @vetco", "infection"),
        (
            "After a stroke took most of my sight, the big-button mode got me reading again",
            "stroke",
        ),
        ("the narrator for Bone Harbour absolutely slaps, did all 19 hours in two days", "harbour"),
        ("Dan noticed the start of seedy toe on my pony that I'd missed", "seedy toe"),
        ("Dan noticed the start of seedy toe on my pony that I'd missed", "start"),
        ("finally sorting my mare's quarter crack, two other farriers just rasped it", "crack"),
        ("Sam at @farrierco has had Bramble sound as a pound all season 🐴", "bramble"),
        ("Sam at @farrierco has had Bramble sound as a pound all season 🐴", "season"),
        (
            "Gran lives with us now and the GP says she may need more help soon, rent or buy?",
            "lives",
        ),
        ("Dad slept upstairs for the first time in a year after the lift went in", "slept"),
        ("how much is the family plan now, the site keeps pushing the annual at me", "site"),
    ],
)
def test_a_keyphrase_is_never_a_denied_thing_an_idiom_a_fault_or_a_name(
    text: str, not_named: str
) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the kids profile is a lifesaver", "kids profile"),
        ("the sleep timer fade is perfect", "sleep timer"),
        ("the old town walking tour was the highlight", "walking tour"),
        ("love using Procreate on it, the @tabletco pen is so responsive", "procreate"),
        ("@vetco recommended Bravecto and it worked a treat on the fleas", "bravecto"),
        ("just got my Kindle Paperwhite from @bookco, the screen is lovely", "kindle"),
        ("fitted a new sat nav by @autofit, 200 miles no issues", "sat nav"),
        ("the stroke unit at @hospital looked after dad so well, forever grateful", "stroke unit"),
        ("the ski runs at @alpco were perfectly groomed", "ski runs"),
        ("@bikeco fixed my Brompton the same day, legends", "brompton"),
        ("the lost property office at @railco got my laptop back", "lost property office"),
    ],
)
def test_a_keyphrase_still_names_the_thing(text: str, named: str) -> None:
    assert named in keyphrase(text)


def test_a_word_inside_another_word_is_no_price_or_stock_question() -> None:
    feet = (
        "Do you shoe horses that are difficult to handle? Trying to sort him before his feet grow"
    )
    assert not check_phrase(feet, "the horses").startswith("the current price")
    coffee = "do you do oat milk in the iced coffee?"
    assert not check_phrase(coffee, "the iced coffee").startswith("the current price")
    local = "Are you any good for steep stairs? You're local to us in Stockport"
    assert "available" not in check_phrase(local, "the steep stairs")
    asked = "what's the fee for a call-out on a sunday?"
    assert check_phrase(asked, "a call-out").startswith("the current price")
    assert check_phrase("how are the sofas priced?", "that").startswith("the current price")
    assert check_phrase("when's the new album released?", "that").startswith("the date")
    assert "available" in check_phrase("any toffee apple candles left?", "that")
    notice = "how much notice do you need for a site visit?"
    assert not check_phrase(notice, "that").startswith("the current price")


def test_a_wh_question_is_not_turned_into_yes_or_no() -> None:
    assert "is side" not in check_phrase("How is the servicing side?", "the servicing")
    assert "are tents" not in check_phrase("how big are the family tents?", "that")
    assert "is sofa" not in check_phrase("what colour is the new sofa?", "that")
    assert check_phrase("are the cups compostable?", "the cups") == (
        "whether the cups are compostable"
    )


@pytest.mark.parametrize(
    "text",
    [
        "@waterco found the screen clogged with iron bacteria, jetted and rehabbed the old hole",
        "@waterco shock-dosed and flushed the borehole after the floods, water's crystal again",
    ],
)
def test_a_thank_you_for_a_fix_names_no_problem(text: str) -> None:
    from responders.drafting.topic import find_topic

    topic = find_topic(text, book=None, intent="praise")
    assert topic.source == "generic"
    assert "bacteria" not in topic.phrase and "flood" not in topic.phrase


def test_how_much_for_names_what_is_priced() -> None:
    text = "how much for 2 portaloos for a garden party in Otley, just the one day?"
    assert check_phrase(text, "the garden party") == "the current price of 2 portaloos"


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("is the @hireco yard open saturday mornings? want to collect a unit myself", "open"),
        ("@hireco would be class if you sent a text when the driver's half an hour out", "class"),
    ],
)
def test_a_state_or_slang_is_no_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)


def test_a_fault_put_right_on_the_day_is_thanked_without_naming_it() -> None:
    from responders.drafting.topic import find_topic

    text = "Trailer's water pump packed in mid-wedding. Kev was there with a new one in 50 mins!"
    assert find_topic(text, book=None, intent="praise").source == "generic"


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("Install was tidy, Dean knew his stuff, price was the price. Can't complain.", "dean"),
        ("No more crusty shower head and the kettle's not furred up, game changer", "shower"),
        ("the water feels weirdly slippy now, honestly slaps @softco", "feels"),
        ("Glasses come out the dishwasher clear now instead of that cloudy film. Ta", "film"),
    ],
)
def test_staff_things_gone_and_verbs_of_sense_are_no_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("Tariq from @drainco knows his onions. Explained our trap sizing in two minutes", "tariq"),
        ("Tariq from @drainco knows his onions. Explained our trap sizing in two minutes", "onion"),
        ("@drainco pumped out the interceptor bang on time, sound as a pound", "bang"),
        ("Shout out to @drainco. Dead easy to deal with, in and out before the rush.", "shout"),
        ("anyone know what time the @drainco office opens? need copies before 9", "opens"),
    ],
)
def test_names_idioms_and_hours_are_no_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)


def test_a_pre_authorisation_is_asked_about_as_a_held_sum() -> None:
    text = "there's a £250 pre-authorisation on our card from the callout booking, does it release?"
    assert check_phrase(text, "the callout") == "what happens to the pending £250 on your card"
