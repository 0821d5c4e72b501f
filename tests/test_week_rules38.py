"""rules-38 from the sixteenth week set read at last, in other trades' words.

Urgency: "another £140 … same booking ref, only hired the one" is the same money taken twice;
a wheel "with the handle missing", a wig like "a drowned badger" and "nearly died when I opened
the box 😍" are no harm; after years with us, "joined X instead" and "voted to go with X from
next season" are churn (not "go with the flow from next week"). Intent: the time promised and
the time now said flatly ("Box due Thursday. It's Saturday.") is a complaint; "does anyone at X
actually check…", "is the box coming … or shall I just…", "who decided … needed…", "was that
deliberate" are complaint cues; "why not open late…" is no fault, nor "the cut off for
changing", nor "went down a storm", which with "proper mint", "the dog's danglies" and "can't
grumble" is praise slang; a harm long ago or elsewhere told as the reason one uses the brand
now ("which is why I go there now") is no complaint; "as nature intended I'm sure" and "my
favourite game: guess which…" are sarcasm. Each beside its near miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import _PRAISE_SLANG_RE, complaint_points
from listener.scoring.sarcasm import sarcasm_cues
from tests.reading import classes as _classes
from tests.reading import view as _view


def test_another_sum_with_the_same_booking_reference_is_payment() -> None:
    text = (
        "@vanhireco paid £95 for the luton on friday. banking app now shows another £95 to"
        " VANHIRE CO at 08:40 today, same booking ref. Only hired the one van"
    )
    assert "payment" in _classes(text)


def test_another_sum_for_something_else_is_not_payment() -> None:
    text = "paid £95 for the van and another £20 for the blankets and straps, fine"
    assert "payment" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "loved the free arm workout @vanhireco, winding a jockey wheel with the handle missing"
        " for half an hour",
        "the hired wig looked like a drowned rat had given up on my head @partyhire",
        "I nearly died when I saw the cake they made for her. A UNICORN 😍😍 @bakeco",
    ],
)
def test_a_part_missing_from_a_tool_a_wig_or_delight_is_not_safety(text: str) -> None:
    assert "safety" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "the wheel nuts on the trailer were loose when we collected it @vanhireco",
        "my son nearly drowned in the pool, no lifeguard on @swimco",
        "nearly died when the ladder gave way @hireco",
    ],
)
def test_the_real_harm_keeps_safety(text: str) -> None:
    assert "safety" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "6 years a member at @padelclub. renewal came round and I've joined Court House"
        " instead, they actually fix the lights",
        "After 7 years of buying every school uniform from @uniformco, the PTA has voted to go"
        " with Stitchwell from next term",
    ],
)
def test_joined_a_rival_instead_or_going_with_one_after_years_is_churn(text: str) -> None:
    assert "churn" in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "10 years at @padelclub and I've decided to go with the flow from next week, no more"
        " fretting about court times",
        "5 years with @padelclub and I've joined the Tuesday social instead of the league",
    ],
)
def test_going_with_the_flow_or_joining_a_class_of_ours_is_not_churn(text: str) -> None:
    assert "churn" not in _classes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parcel due Monday. It's Thursday. @courierco",
        "Table booked for 7pm. It's 8 15. @bistroco",
        "Does anyone at @bakeco actually check the order before it goes out?",
        "is anyone at @gymco actually reading the booking emails or do i just turn up and hope",
        "is the spring catalogue coming this month or shall i just order from Etsy like"
        " everyone else @seedco",
        "who decided the spa needed a speaker blasting dance music. was that deliberate @spaco",
    ],
)
def test_flat_facts_and_rhetorical_questions_are_complaints(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "booked for 2 at 7pm, lovely evening @bistroco",
        "does anyone at @bakeco know if the sourdough is vegan?",
        "who decided to add the cold plunge? genius @spaco",
        "@partyhire why not open late the friday before halloween, half of us work til 6",
        "what's the cut off for changing this week's box @vegco, still sunday midnight?",
    ],
)
def test_plain_questions_and_suggestions_are_no_complaint(text: str) -> None:
    assert complaint_points(_view(text), compound=0.0) < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "the cake went down a storm at the party @bakeco",
        "had me looking proper mint for the wedding @salonco",
        "the new ale is the dog's danglies @breweryco",
        "did my first lesson @drivingco. can't grumble really",
    ],
)
def test_praise_slang_of_the_sixteenth_week(text: str) -> None:
    assert _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "the new paint looks mint green, not the grey I ordered @paintco",
        "the site went down again at 9am @hostco",
        "the price went down a treat for them, not for us",
    ],
)
def test_look_alikes_are_not_the_new_praise_slang(text: str) -> None:
    assert not _PRAISE_SLANG_RE.search(_view(text))


@pytest.mark.parametrize(
    "text",
    [
        "Why I only book with @coachco now / Back in 2012 a coach from some cowboy firm lost a"
        " wheel on the M6 with us on it. Ever since I've used Coachco because they show you"
        " the safety sheet.",
        "Years ago my nan slipped on a wet floor at a salon in town and broke her wrist, which"
        " is why she only has @mobilehairco come to the house now",
    ],
)
def test_a_harm_elsewhere_told_as_why_one_uses_the_brand_is_no_complaint(text: str) -> None:
    assert complaint_points(_view(text), compound=-0.6) < 1.0


def test_why_one_stopped_using_the_brand_stays_a_complaint() -> None:
    text = "that's why I stopped going to @salonco: she burnt my scalp and never said sorry"
    assert complaint_points(_view(text), compound=-0.6) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "ice cream delivered soft and melted on the doorstep in august. exactly as nature"
        " intended i'm sure @creamco",
        "My favourite weekly game: guess which items @grocerco forgot. Today it's the milk AND"
        " the bread.",
    ],
)
def test_sarcasm_of_the_sixteenth_week(text: str) -> None:
    assert "ironic_sign_off" in sarcasm_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "cheese aged in a cave exactly as nature intended @cheeseco",
        "my favourite game is guess who, my daughter's is snap",
    ],
)
def test_sincere_lines_are_not_the_new_sarcasm(text: str) -> None:
    assert sarcasm_cues(text) == ()
