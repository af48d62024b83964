"""Checks that the claims back every factual sentence of the corpus.

A sentence is backed when the claims' quotes cover at least half of its letters. Lines an article
lists under `not_facts` (headlines, captions, signposts) need no claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.model import Article, Claim
from knowledge.patterns import lazy_compile

BACKED_SHARE = 0.5
_SENTENCE_END = lazy_compile(r"[.!?]+[”’\"]?")
_ABBREVIATION = lazy_compile(r"(?:\b[A-Z]|\bAdm|\bMr|\bMrs|\bDr|\bSt)\.$")


@dataclass(frozen=True)
class Sentence:
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CoverageReport:
    sentences: int
    unbacked: tuple[Sentence, ...]

    @property
    def backed(self) -> int:
        return self.sentences - len(self.unbacked)


def factual_sentences(article: Article) -> list[Sentence]:
    """The article's sentences, less its not_facts lines; also splits sentences glued without a space."""
    sentences = []
    offset = 0
    for line in article.text.split("\n"):
        if line.strip() and line.strip() not in article.not_facts:
            start = 0
            for end in _sentence_ends(line):
                _add(sentences, article, line, offset, start, end)
                start = end
            _add(sentences, article, line, offset, start, len(line))
        offset += len(line) + 1
    return sentences


def _sentence_ends(line: str):
    for match in _SENTENCE_END.finditer(line):
        end = match.end()
        next_character = line[end:].lstrip()[:1]
        opens_sentence = next_character.isupper() or (next_character != "" and next_character in '“”"')
        if opens_sentence and _ABBREVIATION.search(line[: match.start() + 1]) is None:
            yield end


def _add(sentences: list[Sentence], article: Article, line: str, offset: int, start: int, end: int) -> None:
    text = line[start:end]
    stripped = text.strip()
    if sum(c.isalpha() for c in stripped) < 3 or stripped in article.not_facts:
        return
    lead = len(text) - len(text.lstrip())
    sentences.append(Sentence(article.id, offset + start + lead, offset + start + lead + len(stripped), stripped))


def coverage(articles: dict[str, Article], claims: dict[str, Claim]) -> CoverageReport:
    covered: dict[str, set[int]] = {article_id: set() for article_id in articles}
    for claim in claims.values():
        for quote in claim.quotes:
            text = articles[quote.article].text
            for match in re.finditer(re.escape(quote.text), text):
                covered[quote.article].update(range(match.start(), match.end()))
    total = 0
    unbacked = []
    for article in articles.values():
        for sentence in factual_sentences(article):
            total += 1
            letters = [i for i in range(sentence.start, sentence.end) if article.text[i].isalnum()]
            backed = sum(1 for i in letters if i in covered[article.id])
            if backed < BACKED_SHARE * len(letters):
                unbacked.append(sentence)
    return CoverageReport(total, tuple(unbacked))
