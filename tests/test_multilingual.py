"""Sentiment for es/fr/de/pt in VADER's shape; other languages get None, never neutral."""

from __future__ import annotations

import pytest

from listener.scoring.multilingual import (
    LEXICON_DIR,
    SUPPORTED_SENTIMENT_LANGS,
    foreign_scores,
    lexicon,
)

POSITIVE = [
    ("es", "¡Mil gracias @hotelsol! Personal súper amable y la habitación perfecta 😍"),
    ("fr", "Merci @garage_dupont, réparation rapide et équipe très sympa, je recommande !"),
    ("de", "Vielen Dank @buchladen, tolle Beratung und sehr freundliche Mitarbeiter"),
    ("pt", "Adorei o atendimento da @bancoazul, muito rápido e simpático. Obrigada!"),
]
NEGATIVE = [
    ("es", "@bancoazul llevo dos semanas esperando y nadie responde. Una vergüenza."),
    ("fr", "@hotelsol chambre sale, personne ne répond à l'accueil. Inadmissible."),
    ("de", "@garage_mueller Auto immer noch kaputt, niemand meldet sich. Sehr enttäuschend."),
    ("pt", "@livraria_sol encomenda cancelada e ninguém responde. Péssimo serviço!"),
]
NEUTRAL = [
    ("es", "@hotelsol hola, ¿a qué hora es el check-in?"),
    ("fr", "@banque_nord bonjour, vous êtes ouverts samedi ?"),
    ("de", "@buchladen Hallo, habt ihr am Sonntag geöffnet?"),
    ("pt", "@garage_lisboa olá, fazem revisão de motas?"),
]


@pytest.mark.parametrize(("lang", "text"), POSITIVE)
def test_praise_is_positive_in_each_language(lang: str, text: str) -> None:
    scores = foreign_scores(text, lang)
    assert scores is not None and scores["compound"] >= 0.5
    assert scores["pos"] > scores["neg"]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_complaints_are_negative_in_each_language(lang: str, text: str) -> None:
    scores = foreign_scores(text, lang)
    assert scores is not None and scores["compound"] <= -0.5
    assert scores["neg"] > scores["pos"]


@pytest.mark.parametrize(("lang", "text"), NEUTRAL)
def test_plain_questions_are_neutral(lang: str, text: str) -> None:
    scores = foreign_scores(text, lang)
    assert scores is not None and abs(scores["compound"]) < 0.05


@pytest.mark.parametrize(
    ("lang", "plain", "negated"),
    [
        ("es", "el servicio es bueno", "el servicio no es bueno"),
        ("fr", "le service est bon", "le service n'est pas bon"),
        ("de", "der Service ist gut", "der Service ist nicht gut"),
        ("pt", "o serviço é bom", "o serviço não é bom"),
    ],
)
def test_negation_flips_a_word(lang: str, plain: str, negated: str) -> None:
    assert foreign_scores(plain, lang)["compound"] > 0.05  # type: ignore[index]
    assert foreign_scores(negated, lang)["compound"] < -0.05  # type: ignore[index]


def test_intensifiers_capitals_and_exclamations_strengthen() -> None:
    base = foreign_scores("el servicio es malo", "es")["compound"]  # type: ignore[index]
    assert foreign_scores("el servicio es muy malo", "es")["compound"] < base  # type: ignore[index]
    assert foreign_scores("el servicio es MALO", "es")["compound"] < base  # type: ignore[index]
    assert foreign_scores("el servicio es malo!!!", "es")["compound"] < base  # type: ignore[index]


def test_the_part_after_a_contrast_word_weighs_more() -> None:
    scores = foreign_scores("el café es bueno pero el servicio es horrible", "es")
    assert scores is not None and scores["compound"] < 0


def test_accents_and_inflections_are_matched() -> None:
    with_accent = foreign_scores("qué decepción", "es")
    without = foreign_scores("que decepcion", "es")
    assert with_accent == without and with_accent["compound"] < 0  # type: ignore[index]
    assert foreign_scores("sehr freundlichen Mitarbeiter", "de")["compound"] > 0  # type: ignore[index]


@pytest.mark.parametrize("lang", ["it", "nl", "pl", "tr", "en", "und", ""])
def test_unsupported_languages_get_none_not_neutral(lang: str) -> None:
    assert foreign_scores("grazie mille, servizio ottimo", lang) is None


def test_scores_have_vaders_shape_and_bounds() -> None:
    for lang in SUPPORTED_SENTIMENT_LANGS:
        for text in ("", "😡😡😡 " * 300, "!!!???", "https://t.co/x @brand #tag"):
            scores = foreign_scores(text, lang)
            assert scores is not None and set(scores) == {"compound", "pos", "neu", "neg"}
            assert -1.0 <= scores["compound"] <= 1.0
            assert abs(scores["pos"] + scores["neu"] + scores["neg"] - 1.0) < 0.01


def test_every_supported_language_has_a_valid_lexicon_and_a_licence_note() -> None:
    assert {"es", "fr", "de", "pt"} <= SUPPORTED_SENTIMENT_LANGS
    for lang in SUPPORTED_SENTIMENT_LANGS:
        words = lexicon(lang)
        assert len(words) >= 100
        assert all(-4.0 <= value <= 4.0 for value in words.values())
    readme = (LEXICON_DIR / "README.md").read_text(encoding="utf-8")
    assert "Licence: MIT" in readme
