"""Compiled regular expressions kept on disk, so a new process does not compile them again.

Why: the urgency cues compile to about 4 MB of regular expression (a trie per class and the
gate, ``listener.scoring.urgency``). ``re.compile`` parses and compiles that in pure Python,
11–16 s on a two-core machine, and every process that scores paid it once: each CLI command,
the web server, each scoring worker a forkserver starts. What costs is turning the text into
the engine's program, a list of integers; ``_sre.compile`` builds a pattern from a ready
program in milliseconds. So the program is kept per pattern text and per Python build.

The cache can only make start-up faster, never change a match:

* the file's name is a digest of the pattern text, the Python version and the regex engine's
  own version (``_sre.MAGIC``), so a program is only ever given to the engine that wrote it,
  for the very text it was compiled from;
* the folder must belong to this user and be writable by nobody else, and each file must be
  a regular file of this user (opened without following links): a program planted by
  someone else, which could match nothing and so silence every alert, is never read;
* the digest of the header and the program is checked before use, and the engine validates
  any program it is given; a file that is missing, short, corrupt, too large or unreadable
  is ignored, the pattern is compiled with ``re`` as before, and the file written again;
* files are written whole and renamed into place, so a process never reads another's
  half-written file;
* small patterns compile in milliseconds and skip the cache.

Where: ``$RAPPORT_PATTERN_CACHE`` if set (``off`` turns the cache off), else
``$XDG_CACHE_HOME/rapport/patterns`` or ``~/.cache/rapport/patterns``. A folder that cannot
be written, or is not this user's alone, only costs the compile, as before. Our files no
process read for 30 days are removed when a new one is written (each rules version leaves its
own); other files in the folder are never touched. One folder per user (files are 0600).
"""

from __future__ import annotations

import array
import hashlib
import json
import logging
import os
import re
import stat
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

try:  # the engine behind ``re``; any Python without it just compiles as before
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython always has them
    _sre = None

logger = logging.getLogger(__name__)

ENV = "RAPPORT_PATTERN_CACHE"
MIN_SIZE = 20_000
"""Patterns shorter than this (characters) compile in a few ms: not worth a file."""
_SUFFIX = ".sre"
_PART_PREFIX = "rapport-"
_PROGRAM_NAME = re.compile(r"[0-9a-f]{40}\.sre")
_PART_NAME = re.compile(r"rapport-.*\.part", re.DOTALL)
_MAX_PROGRAM = 256 * 1024 * 1024
"""Bytes of program no cue pattern comes near (the largest is about 8 MB): a file that would
inflate beyond this is not ours."""
_MAX_FILE = 64 * 1024 * 1024
_KEEP_UNREAD = 30 * 24 * 3600
_TOUCH_EVERY = 24 * 3600
_ARRAY_TYPE = next(
    (code for code in "IL" if _sre is not None and array.array(code).itemsize == _sre.CODESIZE),
    None,
)


def cache_dir() -> Path | None:
    """The folder compiled programs are kept in, or None when the cache is off."""
    value = os.environ.get(ENV)
    if value is not None:
        value = value.strip()
        return None if value.lower() in ("", "off", "0", "no", "false") else Path(value)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory known: no cache, only the compile
            return None
    return Path(base) / "rapport" / "patterns"


def _key(pattern: str) -> str:
    digest = hashlib.sha256()
    for part in (sys.version, sys.byteorder, str(_sre.MAGIC), str(_sre.CODESIZE), pattern):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:40]


def compile_cached(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, with the compiled program kept on disk between processes."""
    folder = cache_dir() if len(pattern) >= MIN_SIZE and _ARRAY_TYPE is not None else None
    if folder is None:
        return re.compile(pattern)
    path = folder / f"{_key(pattern)}{_SUFFIX}"
    loaded = _load(path, pattern) if _safe_folder(folder) else None
    if loaded is not None:
        return loaded
    compiled, program = _compile(pattern)
    _store(path, program)
    return compiled


def _compile(pattern: str) -> tuple[re.Pattern[str], dict[str, Any]]:
    """Compile as ``re.compile`` does (``re._compiler.compile``), keeping the program."""
    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    program = {
        "flags": parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
        "code": code,
    }
    return _build(pattern, program), program


def _build(pattern: str, program: dict[str, Any]) -> re.Pattern[str]:
    return _sre.compile(
        pattern,
        program["flags"],
        program["code"],
        program["groups"],
        program["groupindex"],
        tuple(program["indexgroup"]),
    )


def _digest(header: dict[str, Any], body: bytes) -> str:
    """The digest of the header (flags, groups) and the program together: a file whose
    header was changed is as untrusted as one whose program was."""
    canonical = json.dumps(header, sort_keys=True).encode("ascii")
    return hashlib.sha256(canonical + b"\0" + body).hexdigest()


def _safe_folder(folder: Path) -> bool:
    """The folder is ours alone: owned by this user, writable by nobody else, not a link.

    Why: a program read from the cache decides what the urgency rules match; a folder another
    user can write to (a shared /tmp, a folder someone else created) could hold a program that
    matches nothing and so silences every alert. Such a folder is not used at all.
    """
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def _read(path: Path) -> bytes:
    """The file's bytes, opened without following a link, only if it is a regular file of
    ours that nobody else can write and not larger than any program we write."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
            raise ValueError("not a regular file of this user")
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise ValueError("writable by others")
        if info.st_size > _MAX_FILE:
            raise ValueError("too large")
        return handle.read()


def _load(path: Path, pattern: str) -> re.Pattern[str] | None:
    """The pattern built from the program in ``path``, or None if there is none to trust."""
    try:
        raw = _read(path)
        line, _newline, packed = raw.partition(b"\n")
        header = json.loads(line)
        inflate = zlib.decompressobj()
        body = inflate.decompress(packed, _MAX_PROGRAM)
        if inflate.unconsumed_tail:
            raise ValueError("program larger than any written")
        digest = header.pop("sha256")
        if _digest(header, body) != digest:
            raise ValueError("digest differs")
        code = array.array(_ARRAY_TYPE)
        code.frombytes(body)
        compiled = _build(pattern, {**header, "code": code.tolist()})
    except FileNotFoundError:
        return None
    except Exception as exc:  # any doubt about a file means compiling again
        logger.warning("compiled pattern cache %s unusable (%s); compiling again", path, exc)
        return None
    _touch(path)
    return compiled


def _touch(path: Path) -> None:
    """Mark a file read now (at most daily), so pruning keeps what is in use."""
    try:
        if time.time() - path.stat().st_mtime > _TOUCH_EVERY:
            os.utime(path)
    except OSError:
        pass


def _store(path: Path, program: dict[str, Any]) -> None:
    """Write the program whole, then rename it into place; any failure only skips the cache."""
    body = array.array(_ARRAY_TYPE, program["code"]).tobytes()
    header = {key: value for key, value in program.items() if key != "code"}
    header["sha256"] = _digest(header, body)
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _safe_folder(path.parent):
            logger.warning(
                "compiled pattern cache %s is not a folder of this user alone; not used",
                path.parent,
            )
            return
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=_PART_PREFIX, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(json.dumps(header).encode("ascii") + b"\n")
                out.write(zlib.compress(body, 1))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(path.parent, keep=path)
    except OSError as exc:
        logger.info("compiled pattern cache not written to %s (%s)", path.parent, exc)


def _prune(folder: Path, *, keep: Path) -> None:
    """Remove our programs no process has read for 30 days (older rules versions) and our
    half-written files a day old; any other file in the folder is left alone."""
    now = time.time()
    for other in folder.iterdir():
        if _PROGRAM_NAME.fullmatch(other.name):
            cutoff = now - _KEEP_UNREAD
        elif _PART_NAME.fullmatch(other.name):  # what a process killed mid-write left
            cutoff = now - _TOUCH_EVERY
        else:
            continue
        try:
            if other != keep and other.lstat().st_mtime < cutoff:
                other.unlink()
        except OSError:
            continue
