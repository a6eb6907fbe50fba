"""Showing user text as text: no terminal control sequences, no markup.

Anything a person typed may contain escape sequences (pasted from a terminal)
or square brackets that Rich/Textual would read as markup.  Screens display
user text through Rich ``Text``/Textual ``Content`` objects (never as markup
strings) and pass it through :func:`printable` first; the CLI uses
:func:`printable` on everything it echoes.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_ANY = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code == 0x1B:
        return "^["
    if code < 0x20:
        return "^" + chr(code + 0x40)
    return f"\\x{code:02x}"


def printable(text: str, *, keep_newlines: bool = True) -> str:
    """Replace control characters with visible stand-ins (ESC becomes ``^[``)."""
    text = _CONTROL.sub(_visible, text)
    if not keep_newlines:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return text


def has_control_chars(text: str, *, allow_newlines: bool = False) -> bool:
    if allow_newlines:
        text = text.replace("\n", "").replace("\t", "")
    return bool(_CONTROL_ANY.search(text)) or ("\n" in text and not allow_newlines) or ("\t" in text and not allow_newlines)


def one_line(text: str, limit: int = 80) -> str:
    """A single printable line, shortened with an ellipsis."""
    flat = " ".join(printable(text, keep_newlines=False).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")


def md_inline(text: str) -> str:
    """User text that CommonMark shows literally, on one line: no emphasis, links,
    HTML, entities or block structure can come from it; control characters visible."""
    flat = " ".join(printable(str(text), keep_newlines=False).split())
    flat = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", flat))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), flat)
