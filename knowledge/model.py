"""The knowledge base's records, as loaded from corpus/ and knowledge/base/."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from urllib.parse import quote_plus

STANDINGS = ("reported-fact", "allegation", "denial", "expectation", "speculation", "analysis")
ENTITY_KINDS = ("person", "country", "place", "organisation", "event", "thing")
PRONOUNS = ("he", "she")


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
    wanted_by: str | None = None
    """The country whose wants this topic's entries set out: all the articles say it wants. A claim that it wants
    something none of them names ("pyongyang mainly wants aircraft carriers") is contradicted by them."""


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

    `declines` marks an honest non-answer: the articles do not give the detail asked for, and the reply says so
    while offering what they do say. `about_outcome` marks a decline about what the summit decided or what
    happened at or after it, which articles written before it cannot know.
    """

    id: str
    topic: str
    questions: tuple[str, ...]
    answer: str
    claims: tuple[str, ...]
    declines: bool = False
    about_outcome: bool = False


@dataclass(frozen=True)
class Rumour:
    """A claim that goes around, recorded with what the articles say of it, as a fact-checker's database does:
    the verdict, the reply (1-3 sentences, attributed) and the claims that settle it."""

    id: str
    phrasings: tuple[str, ...]
    verdict: str
    answer: str
    claims: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    who: str
    quotes: tuple[Quote, ...]
    asked_as: tuple[str, ...] = ()
    """Questions whose answer is who or what this is, without naming it ("who took the 2019 photo of Kim and
    Putin?" for the photographer)."""
    pronoun: str | None = None
    """"he" or "she", where a curator gave it: whom a follow-up's "him" or "her" can stand for."""

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
    follow_ups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each kind of follow-up (knowledge/conversation.py), the phrases that ask it: "source?", "why?"."""
    chat_words: tuple[str, ...] = ()
    claim_markers: tuple[str, ...] = ()
    """In another language than English, words that put a claim up for checking ("правда ли что…")."""
    replies: dict[str, str] = field(default_factory=dict)
    """The engine's own replies (no answer, off topic, "did you mean"…), by the keys of loading.REPLIES."""
    """Words that name no subject ("yes", "why", "more", "link"): a message made only of them, asking words and
    numbers is not a question the base can answer, whatever phrasing shares its one word."""


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


class AnswerKind(StrEnum):
    """What a reply is. The engine decides it; the layers above only show it."""

    FAQ = "faq"
    """A curated answer to a question people ask."""
    ENTITY = "entity"
    """Who or what someone or something the articles name is."""
    CLAIM = "claim"
    """One claim's statement, when no FAQ entry fits better."""
    ARTICLE = "article"
    """An article's own particulars: who published it, and when."""
    OUTCOME = "outcome"
    """An honest non-answer resting on the articles: they cannot know it (the summit's outcome, a detail they
    never give), and the reply says what they do say instead."""
    UNSURE = "unsure"
    """"Did you mean…": two or three entries fit, none clearly."""
    NO_ANSWER = "no-answer"
    """On topic, but the articles do not answer it."""
    OFF_TOPIC = "off-topic"
    """Not about the summit."""
    EMPTY = "empty"
    """Nothing the bot can read as a question: no words, or only words that name no subject ("yes", "why?", "3")."""
    OTHER_LANGUAGE = "other-language"
    """Mostly written in a script or language the bot does not read."""
    SMALL_TALK = "small-talk"
    """A greeting, thanks, a request for help: no question about the summit."""
    SOURCES = "sources"
    """The verbatim quotes behind the chat's last answer ("source?")."""
    ATTRIBUTION = "attribution"
    """Who asserts the chat's last answer ("who said that?")."""
    CHECK = "check"
    """A claim checked against the articles (a forwarded post, "is it true that…"): `Answer.checks`."""
    SEVERAL = "several"
    """A message asking several things: each part has its own answer (`Answer.parts`)."""

    @property
    def rests_on_articles(self) -> bool:
        """Whether the reply is taken from the base, with sources to show under it."""
        return self in (
            AnswerKind.FAQ,
            AnswerKind.ENTITY,
            AnswerKind.CLAIM,
            AnswerKind.ARTICLE,
            AnswerKind.OUTCOME,
            AnswerKind.SOURCES,
            AnswerKind.ATTRIBUTION,
            AnswerKind.CHECK,
        )


class Verdict(StrEnum):
    """What the five articles say of a claim."""

    SUPPORTED = "supported"
    """The articles say so."""
    CONTRADICTED = "contradicted"
    """The articles say otherwise."""
    NOT_IN_ARTICLES = "not_in_articles"
    """The articles do not mention it."""
    AFTER_ARTICLES = "after_articles"
    """It is about what the summit decided or what happened after: the articles predate it."""


@dataclass(frozen=True)
class ClaimCheck:
    """One claim of a message, checked. `verdict` is None when the articles speak of it but cannot settle it: a
    claim naming what the articles do not. `alleged` marks a claim the articles report only as someone's allegation
    (SUPPORTED: they carry it, attributed, not as established fact). `text` is what the articles say about it,
    attributed as they attribute it."""

    claim: str
    verdict: Verdict | None
    text: str
    match: str | None = None
    claims: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    alleged: bool = False

    def to_json(self) -> dict:
        return {
            "claim": self.claim,
            "verdict": self.verdict.value if self.verdict else None,
            "alleged": self.alleged,
            "text": self.text,
            "match": self.match,
            "claims": list(self.claims),
            "quotes": [{"article": q.article, "text": q.text} for q in self.quotes],
        }


class Outcome(StrEnum):
    """How a reply counts for curators, in the question log and its reports."""

    ANSWERED = "answered"
    LOW_CONFIDENCE = "low-confidence"
    """Answered, but only because the best match led the others clearly, not on its own score."""
    UNSURE = "unsure"
    DECLINED = "declined"


@dataclass(frozen=True)
class Answer:
    """What the bot replies to one message.

    `answered` is true only when `text` states facts from the articles in answer to the question;
    declines, greetings and help replies are not answers even when they add context. `confident` is false
    for an answer the bot gave only because its match led the others clearly.
    """

    answered: bool
    kind: AnswerKind
    text: str
    score: float = 0.0
    match: str | None = None
    sources: tuple[SourceLink, ...] = ()
    quotes: tuple[Quote, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = field(default=())
    confident: bool = True
    small_talk: str | None = None
    """The small-talk entry's id (`greeting`, `help`…) when kind is SMALL_TALK."""
    parts: tuple[Part, ...] = ()
    """For SEVERAL: each question the message asked, with its own answer."""
    checks: tuple[ClaimCheck, ...] = ()
    """For CHECK: each claim of the message, checked; the first is the main one."""
    language: str = "en"
    """The language the reply is in: the question's, when the bot reads it."""
    lead: str = ""
    """A line shown before the reply, saying what it is when that is not what was asked for (the sources of an
    earlier answer, when the last one has none)."""

    @property
    def verdict(self) -> Verdict | None:
        """What the articles make of the message: the verdict on its main claim, for a claim check; for a reply
        saying the articles do not answer it, that they do not mention it (or, see `_reply`, that it is after them);
        for a message asking several things, the verdict on the first claim it puts up for checking, if any ("russia
        and nk got cosier after the invasion, right? since when exactly")."""
        if self.parts:
            return next((p.answer.verdict for p in self.parts if p.answer.kind is AnswerKind.CHECK), None)
        if self.checks:
            return self.checks[0].verdict
        if self.kind is AnswerKind.OUTCOME and self.match is None:
            return Verdict.AFTER_ARTICLES  # the reply that the articles, written before the summit, cannot know
        return Verdict.NOT_IN_ARTICLES if self.kind in (AnswerKind.NO_ANSWER, AnswerKind.OFF_TOPIC) else None

    @property
    def outcome(self) -> Outcome | None:
        """How the reply counts in the question log; None for small talk and empty messages, which ask nothing."""
        if self.parts:
            outcomes = [p.answer.outcome for p in self.parts]
            return next((o for o in Outcome if o in outcomes), None)
        if self.answered:
            return Outcome.ANSWERED if self.confident else Outcome.LOW_CONFIDENCE
        if self.kind is AnswerKind.UNSURE:
            return Outcome.UNSURE
        declines = (AnswerKind.NO_ANSWER, AnswerKind.OFF_TOPIC, AnswerKind.OUTCOME, AnswerKind.OTHER_LANGUAGE)
        if self.kind in declines or self.kind is AnswerKind.CHECK:
            return Outcome.DECLINED
        return None

    def to_json(self) -> dict:
        return {
            "answered": self.answered,
            "kind": self.kind.value,
            "language": self.language,
            "small_talk": self.small_talk,
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
            "parts": [{"question": p.question, **p.answer.to_json()} for p in self.parts],
            "verdict": self.verdict.value if self.verdict else None,
            "checks": [c.to_json() for c in self.checks],
        }


@dataclass(frozen=True)
class Part:
    """One of several questions in a message, and its answer."""

    question: str
    answer: Answer
