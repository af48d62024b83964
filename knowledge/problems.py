"""Problems in the curated files, told in plain words for curators: where (file, entry, field) and what to do.

A load collects every problem it finds before giving up, so `bot.py check` lists them all at once instead of
one per run. Parser jargon (YAML's "mapping values are not allowed here") and near-miss quotes (a straight '
where the article has a curly ’) are explained as a curator would want them explained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

_CLOSE_PASSAGE = 85
"""How similar (rapidfuzz partial ratio, 0–100) an article's passage must be to a quote to be shown as the one
the curator probably meant."""
_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_CHARACTER_NAMES = {
    "’": "a curly apostrophe ’",
    "‘": "a curly opening quote ‘",
    "“": "curly double quotes “",
    "”": "curly double quotes ”",
    "–": "an en dash –",
    "—": "an em dash —",
    "\u00a0": "a non-breaking space",
}


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    entry: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.entry is not None:
            where += f": entry '{self.entry}'"
        if self.field is not None:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class KnowledgeError(Exception):
    """One or more problems in the knowledge or corpus files, each located as precisely as it can be.
    `file`, `entry`, `field` and `message` are those of the first problem."""

    def __init__(self, file: Path | str, message: str, entry: str | None = None, field: str | None = None):
        self.problems: tuple[Problem, ...] = (Problem(str(file), message, entry, field),)
        super().__init__(str(self.problems[0]))

    @classmethod
    def of(cls, problems: list[Problem]) -> KnowledgeError:
        error = cls(problems[0].file, problems[0].message, problems[0].entry, problems[0].field)
        error.problems = tuple(problems)
        error.args = ("\n".join(str(p) for p in problems),)
        return error

    @property
    def file(self) -> str:
        return self.problems[0].file

    @property
    def entry(self) -> str | None:
        return self.problems[0].entry

    @property
    def field(self) -> str | None:
        return self.problems[0].field

    @property
    def message(self) -> str:
        return self.problems[0].message


def explain_yaml_problem(problem: str, line_text: str) -> str:
    """What the YAML parser's complaint means for a curator, and how to mend it."""
    if "\t" in line_text or "'\\t'" in problem:
        return "this line has a tab character; YAML indents with spaces only, so replace the tab with spaces"
    if "mapping values are not allowed" in problem:
        return (
            "a colon followed by a space inside an unquoted text; put the whole text in double quotes "
            '(text: "Peskov said: yes")'
        )
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        return "this line's indentation does not line up with the lines around it, or a `field:` lacks its colon"
    if "found unexpected end of stream" in problem or "found unknown escape" in problem:
        return "a quoted text is not closed, or has a backslash; close the quotes and write \\\\ for a backslash"
    if "found character" in problem and "cannot start any token" in problem:
        return f"a text starts with a character YAML reserves ({problem.split()[2]}); put the text in double quotes"
    return f"not valid YAML ({problem})"


def explain_missing_quote(quote: str, article_id: str, article_text: str) -> str:
    """Why a quote is not in its article: a typographic difference, a near miss, or simply absent."""
    flat_quote = _flat(quote)
    flat_article = _flat(article_text)
    if flat_quote in flat_article:
        start = flat_article.index(flat_quote)
        original = _original_span(article_text, start, len(flat_quote))
        differences = sorted({c for c in original if c in _CHARACTER_NAMES} - set(quote))
        if differences:
            named = ", ".join(_CHARACTER_NAMES[c] for c in differences)
            return (
                f"not found verbatim in article '{article_id}': the article writes {named} where the quote does not; "
                f"copy it from the article: {original!r}"
            )
        return f"not found verbatim in article '{article_id}': the spacing differs; the article has {original!r}"
    alignment = fuzz.partial_ratio_alignment(quote, article_text, score_cutoff=_CLOSE_PASSAGE)
    if alignment is not None:
        passage = article_text[alignment.dest_start : alignment.dest_end]
        return (
            f"not found verbatim in article '{article_id}': {quote!r}; the closest passage is {passage!r} "
            "(copy the words exactly as the article writes them)"
        )
    return f"not found verbatim in article '{article_id}': {quote!r}"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_TYPOGRAPHY))


def _original_span(text: str, flat_start: int, flat_length: int) -> str:
    """The stretch of `text` that starts and ends where a stretch of its flattened form does."""
    positions = []
    previous_space = False
    for index, character in enumerate(text):
        space = character.isspace()
        if space and previous_space:
            continue
        positions.append(index)
        previous_space = space
    end = positions[flat_start + flat_length - 1] + 1
    return text[positions[flat_start] : end]
