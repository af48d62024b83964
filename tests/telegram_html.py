"""Checks a text the way Telegram's HTML parse mode would accept it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

MAX_MESSAGE = 4096
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
    "span",
}
_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.visible: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        if tag == "a" and not dict(attrs).get("href"):
            self.problems.append("<a> without href")
        self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes nothing open")
        else:
            self.open.pop()

    def handle_data(self, data):
        self.visible.append(data)


def telegram_html_problems(text: str) -> list[str]:
    problems = []
    if len(text) > MAX_MESSAGE:
        problems.append(f"{len(text)} characters, over {MAX_MESSAGE}")
    if not text.strip():
        problems.append("empty message")
    for position, character in enumerate(text):
        if character == "&" and not _ENTITY.match(text, position):
            problems.append(f"bare & at {position}")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    problems += checker.problems
    if checker.open:
        problems.append(f"unclosed tags {checker.open}")
    return problems


def assert_valid_telegram_html(text: str) -> None:
    problems = telegram_html_problems(text)
    assert not problems, f"{problems} in {text[:300]!r}"
