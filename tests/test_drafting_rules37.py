"""rules-37 of drafting, from reading drafts of the fourteenth week set next to their mentions.

A draft named a member of staff as a thing ("Glad the priya hit the mark"), the head of a song
title ("enjoying the total"), a verb ("the song queue work"), the hours asked ("the open bank"),
a quantity ("your idea about the half"), praise slang ("the main character", "the fair play"),
a state ("the cat alive", "the indoor"), a person ("the total fangirl", "the neighbours"), and
a question's reason told of another place as the thing asked about ("the fault" for a mum who
broke her hip at a pub years ago). Each beside what must still be named.
"""

from __future__ import annotations

import pytest

from responders.drafting.topic import find_topic, keyphrase


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("had a mix-up with our table, Priya found us a booth in 10 mins and threw in a jug of"
         " squash for the wait. absolute legend", "priya"),
        ("@jess_b lanes tonight. you, me, Total Eclipse of the Heart on the jukebox. no"
         " arguments", "total"),
        ("How does the loyalty stamp card work at the deli, do you need the app", "work"),
        ("@deli open bank hol monday?", "open"),
        ("@deli would be class if you did a cheese night. half our book club is obsessed", "half"),
        ("not to be dramatic but the sticky toffee pudding is the main character", "character"),
        ("Update on the refund: they paid it without any fuss and the owner rang me herself."
         " Fair play, that's how you handle it.", "fair play"),
        ("Can't fault it. Dog alive, dog clean, dog fed. Will be back.", "alive"),
        ("do you take rabbits that aren't vaccinated if they're strictly indoor", "indoor"),
        ("Screamed. Actually screamed. Priya snuck a tiny cartoon of my dog onto the tailgate",
         "priya"),
        ("I'm a total fangirl for the gilding, but the invoice turned up before the sign did",
         "fangirl"),
        ("Not bad at all actually. Neighbours have stopped calling us the grey shop.",
         "neighbours"),
        ("Please stick prices for basic van lettering on the site", "stick"),
        ("u open sats @signco", "sats"),
    ],
)  # fmt: skip
def test_the_drafts_of_the_fourteenth_week_name_no_such_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("just got my Kindle Paperwhite from @bookco, the screen is lovely", "kindle"),
        ("The milk round is always early and reliable.", "milk round"),
        ("How does the loyalty stamp card work at the deli, do you need the app", "stamp card"),
        ("the desk fan is lovely and quiet, cheers @hardware", "desk fan"),
    ],
)
def test_the_thing_itself_is_still_named(text: str, named: str) -> None:
    assert named in keyphrase(text)


def test_a_question_whose_harm_was_told_of_another_place_is_not_about_the_fault() -> None:
    text = (
        "Is the bowling alley step-free? Asking for my mum. She broke her hip falling down the"
        " stairs at a pub in Leeds a couple of years ago. Is there a lift?"
    )
    assert find_topic(text, book=None, intent="question").phrase != "the fault"


def test_a_question_about_our_own_fault_still_names_it() -> None:
    text = "my kettle from you is broken after a week, can I return it?"
    assert find_topic(text, book=None, intent="question").phrase == "the fault"


def test_an_hours_question_is_about_the_opening_hours_not_the_occasion() -> None:
    text = "u open sunday?? need a tan for a christening monday @tanco"
    assert find_topic(text, book=None, intent="question").phrase == "our opening hours"


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("tan is giving two weeks in Marbella and I've been to Asda and back 😭", "asda"),
        ("I'm actually DEAD at my before and after 💀 who is this bronzed goddess", "goddess"),
        ("@tanco should sell decent tan mitts at the desk, the ones in town fall apart", "sell"),
        ("Wish @tanco stayed open till 8 on Fridays, a 5pm last slot is no use", "stayed"),
    ],
)
def test_a_place_a_compliment_to_oneself_or_a_verb_is_no_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)


@pytest.mark.parametrize(
    ("text", "not_named"),
    [
        ("Storm took three posts out, Dom was here by 12 and had it all back up before school"
         " pickup. Absolute legends 🙌", "school"),
        ("NEW FENCE 😍 the dog can finally go out without doing a runner 🐕 @edgefence",
         "runner"),
        ("idea for @edgefence: sell the offcuts from jobs for a few quid", "sell"),
    ],
)  # fmt: skip
def test_a_school_run_a_runner_or_a_verb_is_no_thing(text: str, not_named: str) -> None:
    assert not_named not in keyphrase(text)
