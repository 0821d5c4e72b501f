"""HTML bodies (Mastodon statuses, Hacker News comments, feed summaries) as plain text.

Mastodon sends ``<p>`` paragraphs, ``<br>`` and links whose visible text is shortened with
``<span class="invisible">``; HN sends ``<p>`` between paragraphs and escaped entities; feeds
send anything. Paragraphs become blank lines, ``<br>`` a newline, invisible spans are kept
(the full link is what a reviewer wants to see), scripts and styles are dropped.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"script", "style", "head", "title"}
_BLANKS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """``markup`` as readable plain text; text without tags is only unescaped."""
    if not markup:
        return ""
    if "<" not in markup:
        return html.unescape(markup).strip()
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError):  # a hopeless fragment: keep its characters
        return html.unescape(re.sub(r"<[^>]*>", " ", markup)).strip()
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
