"""Pinyin initials of Chinese names (typing `zs` finds 张三), with surname readings:
单 is Shan, 曾 Zeng, 仇 Qiu as surnames, whatever the characters read elsewhere."""

from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

_SURNAME_INITIALS = {"单": "s", "曾": "z", "仇": "q", "解": "x", "区": "o", "查": "z",
                     "朴": "p", "盖": "g", "乐": "y", "尉迟": "yc", "万俟": "mq"}
_ASCII = re.compile(r"[A-Za-z0-9]")


def name_initials(name: str) -> str:
    """Lower-case initials: Chinese characters by pinyin, Latin letters and digits as is."""
    name = name.strip()
    if not name:
        return ""
    prefix = ""
    for surname, initials in sorted(_SURNAME_INITIALS.items(), key=lambda kv: -len(kv[0])):
        if name.startswith(surname):
            prefix, name = initials, name[len(surname):]
            break
    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, errors=lambda chars: list(chars))
    letters = "".join(p for p in parts if _ASCII.match(p))
    return (prefix + letters).lower()
