"""Templates of alerts and the digest: Jinja2, one file per text, escaped for where it goes.

Mention text is hostile input. Each output has its own environment:
- HTML (``*.html.j2``) autoescapes every value;
- plain text (``*.txt.j2``) drops control characters from values;
- chat Markdown (``*.md.j2``, sent through apprise) backslash-escapes Markdown punctuation
  and defuses ``@`` mentions (no ``@channel`` ping from a customer's post) in every value,
  except URLs checked by ``link`` and marked verbatim.
Templates live in ``config/templates/alerts`` and ``config/templates/email``; a file of the
same name in ``notify.templates_dir`` wins, and anything missing there falls back to ours.
Missing values fall back inside the templates (``{{ m.customer_name | default("…") }}``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from jinja2 import (
    ChainableUndefined,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    TemplateNotFound,
)

BUILTIN_TEMPLATES = Path(__file__).resolve().parents[2] / "config" / "templates"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


class Verbatim(str):
    """A value the chat environment leaves as it is (a URL that ``link`` has checked)."""

    __slots__ = ()


def safe_url(value: Any) -> str | None:
    """``value`` if it is an http(s) URL, with quotes, spaces and brackets percent-encoded;
    otherwise None (a ``javascript:`` link from a payload never reaches a template)."""
    if not value:
        return None
    text = str(value).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(text, safe=":/?#[]@!$&'()*+,;=%~-._")


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    return "" if value is None else value


def chat_escape(value: str) -> str:
    """Inline, inert Markdown: one line, punctuation escaped, ``@`` unable to ping."""
    flat = " ".join(_CONTROL.sub("", value).split())
    return _MARKDOWN.sub(r"\\\1", flat).replace("@", "@\u200b")


def _chat(value: Any) -> Any:
    if isinstance(value, Verbatim):
        return str(value)
    if value is None:
        return ""
    return chat_escape(value if isinstance(value, str) else str(value))


def _link(value: Any) -> Verbatim | None:
    url = safe_url(value)
    return Verbatim(url) if url else None


def _short(value: Any, width: int = 280) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _signed(value: Any) -> str:
    number = value or 0
    if isinstance(number, float):
        return f"{number:+.2f}"
    return f"{number:+d}"


class Renderer:
    """Renders ``<folder>/<name>.{subject.txt,txt,html,md}.j2`` into a payload dict."""

    def __init__(self, *, templates_dir: str = "", timezone: str = "UTC") -> None:
        folders = [str(Path(templates_dir))] if templates_dir else []
        loader = ChoiceLoader([FileSystemLoader([*folders, str(BUILTIN_TEMPLATES)])])
        tz = ZoneInfo(timezone)

        def localtime(value: datetime | None, fmt: str = "%a %d %b %H:%M") -> str:
            return value.astimezone(tz).strftime(fmt) if value else ""

        common: dict[str, Any] = {
            "loader": loader,
            "undefined": ChainableUndefined,
            "trim_blocks": True,
            "lstrip_blocks": True,
            "keep_trailing_newline": True,
        }
        self.html = Environment(autoescape=True, **common)
        self.text = Environment(autoescape=False, finalize=_plain, **common)  # noqa: S701
        self.chat = Environment(autoescape=False, finalize=_chat, **common)  # noqa: S701
        for env in (self.html, self.text, self.chat):
            env.filters.update(
                localtime=localtime, short=_short, signed=_signed, link=_link, url=safe_url
            )

    def render(self, folder: str, name: str, context: Mapping[str, Any]) -> dict[str, str]:
        """Subject, text, HTML and chat bodies of template ``folder/name``."""
        subject = self.text.get_template(f"{folder}/{name}.subject.txt.j2").render(context)
        out = {
            "subject": " ".join(subject.split()),
            "text": self.text.get_template(f"{folder}/{name}.txt.j2").render(context),
            "html": self.html.get_template(f"{folder}/{name}.html.j2").render(context),
        }
        try:
            chat = self.chat.get_template(f"{folder}/{name}.md.j2")
        except TemplateNotFound:  # a digest has no chat form: chat channels get the text
            out["chat"] = out["text"]
        else:
            out["chat"] = chat.render(context)
        return out
