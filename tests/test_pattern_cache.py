"""The compiled-pattern cache: a second process builds the same pattern from disk, and no
file it finds (corrupt, foreign, half-written, unwritable folder) can change a match."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from listener.scoring import pattern_cache
from listener.scoring.cue_trie import expand as _expand
from listener.scoring.cue_trie import whole_words as _whole_words
from listener.scoring.pattern_cache import MIN_SIZE, compile_cached

ROOT = Path(__file__).resolve().parent.parent


def _big_pattern(seed: str = "") -> str:
    """A trie of a few thousand words like the cue patterns, with a named group, over the
    cache's size floor."""
    words = [f"{seed}w{i}x{i * 7 % 13}" for i in range(3000)]
    pattern = " (?P<cue>" + _whole_words(words) + r")(?: (?:\S+ ){0,3}?again)?"
    assert len(pattern) >= MIN_SIZE
    return pattern


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "patterns"
    monkeypatch.setenv(pattern_cache.ENV, str(folder))
    return folder


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sre")) if folder.exists() else []


def test_a_cached_pattern_is_the_pattern_re_compiles(cache: Path) -> None:
    pattern = _big_pattern()
    first = compile_cached(pattern)
    assert len(_files(cache)) == 1
    second = compile_cached(pattern)  # from the file
    expected = re.compile(pattern)
    for compiled in (first, second):
        assert compiled == expected  # same text, flags and engine program
        assert compiled.groupindex == expected.groupindex
        assert compiled.groups == expected.groups
    text = " so w17x2 broke and w17x2 broke again "
    assert second.search(text).group("cue") == "w17x2"
    assert second.search(" w17x3 ") is None  # 17 * 7 % 13 is 2


def test_a_second_process_reads_the_program_instead_of_compiling(cache: Path) -> None:
    pattern = _big_pattern("p")
    compile_cached(pattern)
    script = (
        "import sys\n"
        "from listener.scoring import pattern_cache as c\n"
        "def refuse(pattern): raise AssertionError('compiled again')\n"
        "c._compile = refuse\n"
        "print(c.compile_cached(sys.stdin.read()).search(' pw5x9 ') is not None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=pattern,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, pattern_cache.ENV: str(cache)},
        check=True,
    )
    assert done.stdout.strip() == "True"


def test_a_corrupt_file_is_compiled_again_and_rewritten(
    cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pattern = _big_pattern("c")
    compile_cached(pattern)
    (path,) = _files(cache)
    header, _newline, body = path.read_bytes().partition(b"\n")
    path.write_bytes(header + b"\n" + body[: len(body) // 2])  # cut short
    with caplog.at_level(logging.WARNING):
        compiled = compile_cached(pattern)
    assert compiled == re.compile(pattern)
    assert "unusable" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert compile_cached(pattern) == re.compile(pattern)
    assert caplog.text == ""  # the file was written whole again


def test_a_program_that_does_not_match_its_digest_is_not_used(cache: Path) -> None:
    pattern = _big_pattern("d")
    compile_cached(pattern)
    (path,) = _files(cache)
    header, _newline, _body = path.read_bytes().partition(b"\n")
    other = _big_pattern("e")
    compile_cached(other)
    other_path = next(p for p in _files(cache) if p != path)
    _h, _n, other_body = other_path.read_bytes().partition(b"\n")
    path.write_bytes(header + b"\n" + other_body)  # another pattern's program, this header
    assert compile_cached(pattern) == re.compile(pattern)


def test_the_file_name_belongs_to_one_pattern_and_one_python(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compile_cached(_big_pattern("f"))
    compile_cached(_big_pattern("g"))
    assert len(_files(cache)) == 2
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    compile_cached(_big_pattern("f"))
    assert len(_files(cache)) == 3


def test_an_unwritable_folder_only_costs_the_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(pattern_cache.ENV, str(blocker / "patterns"))
    pattern = _big_pattern("u")
    assert compile_cached(pattern) == re.compile(pattern)


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(pattern_cache.ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert pattern_cache.cache_dir() is None
    compile_cached(_big_pattern("o"))
    assert not list(tmp_path.rglob("*.sre"))


def test_small_patterns_skip_the_cache(cache: Path) -> None:
    assert compile_cached(" (?:refund|charged twice)(?![\\w'])").search(" charged twice ")
    assert not cache.exists()


def test_programs_unread_for_a_month_and_stale_partial_files_are_pruned(cache: Path) -> None:
    compile_cached(_big_pattern("old"))
    (old,) = _files(cache)
    stale_part = cache / "rapport-abc.part"
    stale_part.write_bytes(b"half")
    fresh_part = cache / "rapport-def.part"
    fresh_part.write_bytes(b"being written")
    foreign = [cache / "holiday-video.mp4.part", cache / "notes.sre"]
    long_ago = time.time() - 31 * 24 * 3600
    for path in foreign:
        path.write_bytes(b"not ours")
        os.utime(path, (long_ago, long_ago))
    os.utime(old, (long_ago, long_ago))
    os.utime(stale_part, (time.time() - 2 * 24 * 3600,) * 2)
    compile_cached(_big_pattern("new"))
    assert not old.exists()
    assert not stale_part.exists()
    assert fresh_part.exists()  # another process may still be writing it
    assert all(path.exists() for path in foreign)  # never touch what is not ours
    assert len([p for p in _files(cache) if p.name != "notes.sre"]) == 1


def test_a_program_whose_header_was_changed_is_not_used(cache: Path) -> None:
    pattern = _big_pattern("h")
    compile_cached(pattern)
    (path,) = _files(cache)
    header, newline, body = path.read_bytes().partition(b"\n")
    fields = json.loads(header)
    fields["flags"] |= re.IGNORECASE
    path.write_bytes(json.dumps(fields).encode() + newline + body)
    compiled = compile_cached(pattern)
    assert compiled == re.compile(pattern)
    assert not compiled.flags & re.IGNORECASE


def test_a_file_others_can_write_is_not_read(cache: Path) -> None:
    """A program planted by someone else could match nothing and silence every alert."""
    pattern = _big_pattern("w")
    compile_cached(pattern)
    (path,) = _files(cache)
    path.chmod(0o666)
    assert pattern_cache._load(path, pattern) is None
    assert compile_cached(pattern) == re.compile(pattern)


def test_a_folder_others_can_write_is_not_used(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    cache.chmod(0o777)
    pattern = _big_pattern("f")
    assert compile_cached(pattern) == re.compile(pattern)
    assert _files(cache) == []  # nothing read from it, nothing written to it


def test_a_link_in_place_of_a_program_is_not_followed(cache: Path, tmp_path: Path) -> None:
    pattern = _big_pattern("l")
    compile_cached(pattern)
    (path,) = _files(cache)
    elsewhere = tmp_path / "elsewhere.sre"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    assert pattern_cache._load(path, pattern) is None


def test_expansion_gives_one_piece_per_literal_start() -> None:
    assert _expand("a|(?:b|c)?d") == ["a", "bd", "cd", "d"]
    assert _expand("(?<!not )(?:x|(?:y|z) w)s") == ["(?<!not )xs", "(?<!not )y ws", "(?<!not )z ws"]
    assert _expand(r"(?:[|(]|\(|q)+r|t\|u") == [r"(?:[|(]|\(|q)+r", r"t\|u"]


def test_the_cache_variable_is_not_refused_as_an_unknown_setting() -> None:
    """Settings refuse unknown RAPPORT_ variables; the cache's own is not a setting (a new
    process reads it before any settings exist), so it is listed as such."""
    from config.settings import load_settings

    settings = load_settings(environ={pattern_cache.ENV: "off"})
    assert settings.brand is not None
