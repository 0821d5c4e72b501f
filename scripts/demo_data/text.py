"""Small text helpers: inline tags, HTML escaping, ids, timestamps, markdown to HTML."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import datetime

from .common import ESCAPE_ENTITIES, START

TAG_RE = re.compile(r"^\[(after|before|hour|re|qt|by|key|lang):([^\]]*)\]")
PLACEHOLDER_RE = re.compile(r"\{(link|site|coffee|food|mins)\}")
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def parse_tags(text: str) -> tuple[str, dict[str, str]]:
    tags: dict[str, str] = {}
    while m := TAG_RE.match(text):
        tags[m.group(1)] = m.group(2)
        text = text[m.end() :]
    return text, tags


def esc(text: str) -> str:
    """Escape like the platforms do: only &, < and >."""
    return html.escape(text, quote=False) if ESCAPE_ENTITIES else text


def b36(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = B36[r] + out
    return out or "0"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def day_of(t: datetime) -> float:
    return (t - START).total_seconds() / 86400


def make_slug(title: str) -> str:
    s = (
        unicodedata.normalize("NFKD", title)
        .encode("ascii", "ignore")
        .decode()
        .lower()
        .replace("'", "")
    )
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w]
    out: list[str] = []
    for w in words:
        if len("_".join([*out, w])) > 50:
            break
        out.append(w)
    return "_".join(out) or "post"


def _inline(text: str) -> str:
    t = html.escape(text, quote=False).replace("&amp;#x200B;", "&#x200B;")
    t = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', t)
    t = re.sub(r'(?<!href=")(?<!">)(https?://[^\s<)]+)', r'<a href="\1">\1</a>', t)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", t)
    return t


def md_to_html(md: str) -> str:
    """The small subset of Reddit markdown the demo uses: headings, lists, emphasis, links."""
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", md.strip()):
        # group lines into (kind, payload) runs: "p" paragraph lines, "ul"/"ol" items, "hN"
        runs: list[tuple[str, list[str]]] = []
        for line in para.split("\n"):
            m_h = re.match(r"^(#{1,6})\s+(.*)$", line)
            m_ul = re.match(r"^[*-]\s+(.*)$", line)
            m_ol = re.match(r"^\d+\.\s+(.*)$", line)
            if m_h:
                runs.append((f"h{len(m_h.group(1))}", [m_h.group(2)]))
                continue
            kind, payload = (
                ("ul", m_ul.group(1)) if m_ul else ("ol", m_ol.group(1)) if m_ol else ("p", line)
            )
            if runs and runs[-1][0] == kind:
                runs[-1][1].append(payload)
            else:
                runs.append((kind, [payload]))
        for kind, lines in runs:
            if kind == "p":
                blocks.append("<p>" + "\n".join(_inline(x) for x in lines) + "</p>")
            elif kind in ("ul", "ol"):
                lis = "\n".join(f"<li>{_inline(x)}</li>" for x in lines)
                blocks.append(f"<{kind}>\n{lis}\n</{kind}>")
            else:
                blocks.append(f"<{kind}>{_inline(lines[0])}</{kind}>")
    return "\n\n".join(blocks)
