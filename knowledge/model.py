"""The knowledge base's records, as loaded from corpus/ and knowledge/base/."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote_plus

STANDINGS = ("reported-fact", "allegation", "denial", "expectation", "speculation", "analysis")
ENTITY_KINDS = ("person", "country", "place", "organisation", "event", "thing")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    publisher: str
    attribution: str
    published: date
    url: str | None
    url_verified: bool
    text: str
    not_facts: tuple[str, ...] = ()

    @property
    def link(self) -> str:
        """The article's known address, or else a web search for its exact title: never an invented address."""
        if self.url:
            return self.url
        return "https://duckduckgo.com/?q=" + quote_plus(f'"{self.title}"')


@dataclass(frozen=True)
class Quote:
    article: str
    text: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    about: str


@dataclass(frozen=True)
class Claim:
    id: str
    statement: str
    asserted_by: str
    standing: str
    topic: str
    entities: tuple[str, ...]
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class FaqEntry:
    """A question people ask, its phrasings and its short answer.

    `declines` marks an honest non-answer: the articles cannot know it (the summit's outcome), and the
    reply says so while offering what was expected.
    """

    id: str
    topic: str
    questions: tuple[str, ...]
    answer: str
    claims: tuple[str, ...]
    declines: bool = False


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    who: str
    quotes: tuple[Quote, ...]

    @property
    def question(self) -> str:
        return f"Who is {self.name}?" if self.kind == "person" else f"What is {self.name}?"


@dataclass(frozen=True)
class SmallTalk:
    """Greetings, thanks and requests for help: replies that state no fact."""

    id: str
    phrases: tuple[str, ...]
    reply: str


@dataclass(frozen=True)
class Lexicon:
    """How people's words map onto the base's words, for the matcher."""

    lead_phrases: tuple[str, ...]
    stopwords: frozenset[str]
    synonyms: dict[str, tuple[str, ...]]
    small_talk: tuple[SmallTalk, ...]
    titles: tuple[str, ...] = ()
    """Offices held in a country ("foreign minister"): a question about one country's holder of an
    office is answered only by a reply that names that country's office, not another's."""


@dataclass(frozen=True)
class SourceLink:
    article_id: str
    title: str
    publisher: str
    published: date
    url: str


@dataclass(frozen=True)
class Suggestion:
    id: str
    question: str


@dataclass(frozen=True)
class Answer:
    """What the bot replies to one message.

    `answered` is true only when `text` states facts from the articles in answer to the question;
    declines, greetings and help replies are not answers even when they add context.
    """

    answered: bool
    kind: str
    text: str
    score: float = 0.0
    match: str | None = None
    sources: tuple[SourceLink, ...] = ()
    quotes: tuple[Quote, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "answered": self.answered,
            "kind": self.kind,
            "text": self.text,
            "score": round(self.score, 3),
            "match": self.match,
            "sources": [
                {
                    "id": s.article_id,
                    "title": s.title,
                    "publisher": s.publisher,
                    "published": s.published.isoformat(),
                    "url": s.url,
                }
                for s in self.sources
            ],
            "quotes": [{"article": q.article, "text": q.text} for q in self.quotes],
            "suggestions": [{"id": s.id, "question": s.question} for s in self.suggestions],
            "related": [{"id": s.id, "question": s.question} for s in self.related],
        }
