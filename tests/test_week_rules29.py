"""rules-29 from the eighth week set's misread intents, in other trades' words.

A question with the fault inside it, asked to be answered by nobody ("how is a jeans hem 'two
weeks' when the dry cleaner does it while you wait??", "is the Ampeg ever getting fixed"), is
a complaint; a shout-out "for refusing coins, cards AND the app" and the brand's quoted words
that "apparently mean" something else further on are sarcasm. And from a café complaint the
model read as praise once the seventh set was taught: a damning verdict ("useless") beside the
rules' complaint case, with no question, praise or fix, is a complaint. Each beside its near
miss.
"""

from __future__ import annotations

import pytest

from listener.scoring.classify import complaint_points, damning, prepare, sure_intent
from listener.scoring.sarcasm import sarcasm_cues
from listener.scoring.sentiment import get_scorer
from listener.text import normalize


def _points(text: str) -> float:
    return complaint_points(prepare(normalize(text))[0], compound=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "how is a boiler service 'three weeks' at @heatwiseuk when British Gas came the next day??",
        "how does a 'fixed price' callout turn into £310 when your man lifts the lid??",
        "is the second treadmill ever getting fixed or do we just queue forever @flexgym",
    ],
)
def test_a_rhetorical_question_with_the_fault_in_it_is_complaint_evidence(text: str) -> None:
    assert _points(text) >= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "how is the parking when there's a match on? @flexgym",
        "will the second treadmill ever be as good as the first one lol @flexgym",
    ],
)
def test_a_plain_question_is_not(text: str) -> None:
    assert _points(text) < 1.0


def test_a_shout_out_for_refusing_is_ironic() -> None:
    text = "shoutout to the ticket machine at @parkwiseuk for refusing coins, cards AND the app"
    assert "ironic_thanks" in sarcasm_cues(normalize(text))
    sincere = "shoutout to @parkwiseuk for packing my order so nicely"
    assert sarcasm_cues(normalize(sincere)) == ()


def test_quoted_words_that_apparently_mean_something_else_further_on_are_sarcasm() -> None:
    text = "'ready Friday' at Stitch & Mend apparently means Friday in the philosophical sense"
    assert "quoted_means" in sarcasm_cues(normalize(text))
    question = "what 'ready Friday' at Stitch & Mend apparently means, anyone know?"
    assert "quoted_means" not in sarcasm_cues(normalize(question))


@pytest.mark.parametrize(
    ("text", "damned"),
    [
        ("the bramble app logged me out and lost my stamp card, useless", True),
        ("@parkwiseuk machine ate my coins again, absolutely shocking", True),
        # a question, praise, thanks or a fix beside the verdict: the model decides
        ("is it just me or is the new app useless?", False),
        ("the old app was useless but the new one is brilliant, thanks", False),
        ("my last garage was useless, @fixitfast sorted it in an hour", False),
    ],
)
def test_a_damning_verdict_with_no_praise_question_or_fix(text: str, damned: bool) -> None:
    assert damning(prepare(normalize(text))[0]) is damned


def test_a_damning_short_complaint_is_a_complaint_whatever_the_model_reads() -> None:
    s = get_scorer().score(normalize("the app logged me out and lost my stamp card, useless"))
    assert s.is_complaint and s.intent == "complaint", s


@pytest.mark.parametrize(
    "text",
    [
        "Kleiner Vorschlag an @heatwiseuk: wie wär's mit einer Erinnerung per SMS?",
        "Sugestão para a @clearviewtint: marcação online ao sábado?",
        "@parkwiseuk sería genial poder pagar con Apple Pay en las máquinas",
        "Petite suggestion pour @stitchandmend : ouvrir le samedi matin ?",
    ],
)
def test_a_post_that_opens_as_a_suggestion_in_another_language_is_one(text: str) -> None:
    assert sure_intent(prepare(normalize(text))[0]) == "suggestion"


def test_a_conditional_later_in_a_complaint_is_no_suggestion_opener() -> None:
    text = "@parkwiseuk la máquina no acepta tarjetas otra vez, sería genial que funcionara"
    assert sure_intent(prepare(normalize(text))[0]) == ""
