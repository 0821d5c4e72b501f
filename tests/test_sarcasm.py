"""Sarcasm cues fire on ironic praise and stay quiet on real praise and reported speech."""

from __future__ import annotations

import pytest

from listener.scoring.sarcasm import sarcasm_cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("thanks for the £400 'repair' that lasted a week 🙃 @citygarage", "upside_down_face"),
        ("thanks for the £400 'repair' that lasted a week @citygarage", "scare_quotes"),
        ("@harbourhotel 3 hours for room service 🙄", "eye_roll"),
        ("@brightbank on hold for an hour again 😒", "unamused_face"),
        ("@parcelco thanks for nothing, parcel still missing", "thanks_for_nothing"),
        ("great, third time the app logged me out today @brightbank", "praise_then_problem"),
        ("@brightbank brilliant, card declined again at the till", "praise_then_problem"),
        ("oh great, another 'maintenance window' in the middle of payday", "oh_great"),
        ("flight cancelled at the gate. just what I needed on a Monday", "just_what_i_needed"),
        ('my "express" delivery took 9 days @pagesbooks', "scare_quotes"),
        ("the garage 'fixed' my brakes and now they squeal worse", "scare_quotes"),
        ("love how my booking vanished and nobody can tell me why @harbourhotel", "love_how"),
        ("love waiting 40 minutes for a table I booked @thegreenman", "love_suffering"),
        ("love being on hold for an hour @phoneco", "love_suffering"),
        ("wow @citygarage, the same warning light again", "wow_again"),
        ("best bank ever, they only lost my payment twice /s", "slash_s"),
        (
            "so glad I paid extra for priority boarding to stand in the rain @cheapflights",
            "glad_i_paid",
        ),
        ("nothing says customer care like a bot that closes your ticket", "nothing_says"),
        # rules-14: a quality fault after "nothing like" ("lukewarm", "soggy", "stale")
        ("nothing like a soggy pasty to make you appreciate the simple things", "nothing_says"),
        ("great, the curry was lukewarm again @spicegarden", "praise_then_problem"),
        ("cheers @pagesbooks for cancelling my preorder without telling me", "ironic_thanks"),
        ("queued 40 min for the reading, love that for me", "love_that_for_me"),
        ("amazing how @brightbank can take fees instantly but refunds take a month", "amazing_how"),
        ("Really great customer service... NOT", "not_tag"),
        # rules-20 (the week set): the brand's words in quotes and what they turned out to
        # mean; a short last sentence echoing a word with "indeed"; ironic sign-offs
        ("so the 'next day fitting' apparently means next month @glazeco", "quoted_means"),
        ("the 'soft close' drawers slam every time. Soft close indeed 👌", "echo_indeed"),
        (
            "thanks @glazeco for teaching me patience, fourth no-show this month",
            "ironic_sign_off",
        ),
        ("rebooted it and called it fixed. genius-level stuff @pcfixers", "ironic_sign_off"),
    ],
)
def test_each_sarcasm_cue_fires(text: str, cue: str) -> None:
    assert cue in sarcasm_cues(text), sarcasm_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "love how friendly the staff at @harbourhotel always are",
        "this flat white is just what I needed this morning ☕",
        "great service from @citygarage today, thank you!",
        "Great news: @pagesbooks is opening a second shop on Mill Lane",
        "the mechanic said it was 'fine' and it is, thanks @citygarage",
        'they told me "no" politely and explained why, fair enough',
        "10/10 would stay again @harbourhotel",
        "thanks so much for sorting my card so quickly @brightbank",
        "wow, what a view from our room @harbourhotel 😍",
        "the staff are lovely, but the lift is slow",
        "can't wait for the book signing next week @pagesbooks!",
        "I don't have the receipt, can I still return it?",
        "",
        "🙂🙂",
        # rules-20's near misses: a question about a word's meaning, a sincere "indeed" inside
        # a sentence, patience praised
        "I have no idea what 'levy adjustment' means on my bill @powerco",
        "the team were helpful indeed and the fitting took an hour @glazeco",
        "the tutor has endless patience with my son, thank you @keysandcleffs",
        "the yoga course is teaching me patience, loving it @stillpointyoga",
        "the retreat was a spiritual journey, thank you @stillpointyoga",
        "Lovely staff. Great food indeed.",
        "Thank you indeed @keysandcleffs",
    ],
)
def test_real_praise_questions_and_plain_complaints_have_no_cue(text: str) -> None:
    assert sarcasm_cues(text) == ()


def test_cues_come_in_a_fixed_order_and_each_once() -> None:
    text = "great, the 'repair' failed again 🙃🙃 thanks for nothing"
    cues = sarcasm_cues(text)
    assert cues == ("upside_down_face", "scare_quotes", "thanks_for_nothing", "praise_then_problem")
    assert len(set(cues)) == len(cues)


def test_many_quote_marks_before_indeed_stay_linear() -> None:
    """rules-20's echo test was first one regex from every quote mark to the end: a post of
    5,000 quoted words took over a second. Now two linear scans."""
    assert sarcasm_cues("'a' " * 50_000 + "a indeed") == ()


def test_hostile_input_is_fast_and_does_not_crash() -> None:
    assert sarcasm_cues("great, " + "a" * 100_000) == ()
    assert sarcasm_cues("'" * 10_000 + "🙃") == ("upside_down_face",)
