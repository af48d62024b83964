"""Builds what the engine searches: every target a message can match, its phrasings, and what backs it.

A target is an FAQ entry, an entity, a claim or an article, with the reply it gives and the quotes it rests on.
Everything a decision needs to know about a target is worked out here, once, when the base is built (the
tokens of its reply, the kinds of question it answers), so that no message pays for it later.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from knowledge.answer_types import ANSWER_TYPES, types_answered
from knowledge.languages import Language
from knowledge.loading import LoadedBase
from knowledge.matching import Backing, Candidate, Document, Matcher
from knowledge.model import AnswerKind, Article, Quote, Verdict
from knowledge.normalizing import NAMED_KINDS, Normalizer, is_year


@dataclass(frozen=True)
class Target:
    """What a match can point at, with what it needs to reply."""

    id: str
    kind: AnswerKind
    text: str
    question: str
    quotes: tuple[Quote, ...]
    topic: str | None
    declines: bool = False
    articles: tuple[str, ...] = ()
    """The articles it rests on, when it rests on no quote (an article's own particulars)."""
    claims: tuple[str, ...] = ()
    """The claims it rests on (an FAQ entry's or a rumour's; a claim's own id)."""
    about_outcome: bool = False
    """A decline about what the summit decided, which the articles cannot know."""
    verdict: Verdict | None = None
    """A recorded rumour's verdict."""


class SearchIndex:
    """The targets, the normalizer and matcher over their phrasings, and per-target facts for the policy."""

    def __init__(self, loaded: LoadedBase, language: Language = Language.EN, english: SearchIndex | None = None):
        """`english`, for another language's index: the English index, whose replies say the same facts in the
        words the kinds of answer are read from ("how many…?" is answered by a reply with a number)."""
        self.language = language
        self.targets = _collect_targets(loaded, language)
        prose = _curated_prose(loaded, self.targets)
        self.normalizer = Normalizer(loaded.lexicon, loaded.entities.values(), prose, language)
        documents = _documents(loaded, language)
        self.matcher = Matcher(self.normalizer, documents, _backing(loaded, self.targets, language))
        self.rumour_phrasings: dict[str, list[str]] = {}
        """How each recorded rumour goes around: its phrasings."""
        for document in documents:
            if self.targets[document.target].verdict is not None:
                self.rumour_phrasings.setdefault(document.target, []).append(document.text)
        self.telling_words = self._words_only_rumours_use(documents)
        """Each recorded rumour the articles do not bear out with its telling words: those two or more of its
        phrasings use and nothing the articles say does ("rolls-royce" of the Rolls-Royce rumour)."""
        self.rumoured_only = frozenset().union(*self.telling_words.values())
        """The words that only rumours the articles do not bear out use ("rolls royce", "khabarovsk"): the base
        has them, but nothing the articles say does, so a claim using one says more than the articles."""
        self.titles = frozenset(
            tokens[-1] for title in loaded.lexicon.titles if (tokens := self.normalizer.tokens(title))
        )
        """The last token of each office ("foreign minister" → "minister"): the word a country's office ends in."""
        self.countries = frozenset(e.id for e in loaded.entities.values() if e.kind == "country")
        self.chat_tokens = frozenset(t for w in loaded.lexicon.chat_words for t in self.normalizer.tokens(w))
        self.subjectless = self.chat_tokens | set(ANSWER_TYPES)
        """Tokens that name no subject: the lexicon's chat words and the asking words ("when", "how many")."""
        self.people_and_bodies = frozenset(
            e.id for e in loaded.entities.values() if e.kind in ("person", "organisation", "country")
        )
        self.places = frozenset(e.id for e in loaded.entities.values() if e.kind in ("place", "country"))
        self.people = frozenset(e.id for e in loaded.entities.values() if e.kind == "person")
        self.organisations = {
            e.id: tuple(name.casefold() for name in (e.name, *e.aliases))
            for e in loaded.entities.values()
            if e.kind == "organisation"
        }
        """Each organisation's names, as its entity gives them."""
        self.reply_tokens = {t.id: tuple(self.normalizer.tokens(t.text)) for t in self.targets.values()}
        quoted = [q.text for t in self.targets.values() for q in t.quotes] if language is Language.EN else []
        quote_tokens = {text: self.normalizer.context_tokens(text) for text in quoted}
        self.countries_of = countries_of = _countries_named(loaded.entities.values())
        """For each person or body, the countries its name or aliases name ("South Korea's Unification Ministry")."""
        self.asked_about = _names_asked_about(loaded, self.normalizer, self.places | self.people_and_bodies)
        """The people, bodies and places each FAQ entry's phrasings ask about: "has the west armed ukraine" is about
        the West, though the reply says the U.S. and its partners."""
        self.mentions = {}
        """Every token a target's reply or quotes mention, and the country of each body they name: what a claim's
        names are checked against."""
        for t in self.targets.values():
            mentioned = frozenset(self.reply_tokens[t.id]).union(*(quote_tokens.get(q.text, ()) for q in t.quotes))
            self.mentions[t.id] = mentioned.union(*(countries_of.get(token, ()) for token in mentioned))
        wanted_by = {topic.id: topic.wanted_by for topic in loaded.topics.values() if topic.wanted_by}
        self.wants_set_out: dict[str, tuple[str, ...]] = {
            country: tuple(e.id for e in loaded.faq.values() if wanted_by.get(e.topic) == country and not e.declines)
            for country in dict.fromkeys(wanted_by.values())
        }
        """For each country whose wants a topic sets out (Topic.wanted_by), the FAQ entries that do."""
        self.wants_asked = {
            country: frozenset(t for d in documents if d.target in entries for t in self.normalizer.tokens(d.text))
            for country, entries in self.wants_set_out.items()
        }
        """For each such country, every token its entries' phrasings use: what people ask whether it wants."""
        self.wanting_side = {entry: country for country, entries in self.wants_set_out.items() for entry in entries}
        """The country whose wants each such entry sets out: "what kind of ballistic missiles could nk offer russia"
        asks what Russia gets, which no entry on what North Korea wants answers."""
        self.types_answered = (
            {t.id: english.types_answered.get(t.id, frozenset()) for t in self.targets.values()}
            if english
            else {t.id: types_answered(t.text) for t in self.targets.values()}
        )

    def _words_only_rumours_use(self, documents: list[Document]) -> dict[str, frozenset[str]]:
        """The words that give away rumours the articles do not bear out: each such rumour's words that two or more
        of its phrasings use (its telling detail: "rolls royce", "khabarovsk"), where nothing the articles say
        does, neither a phrasing of a fact nor a reply or quote."""
        unborne = {t.id for t in self.targets.values() if t.verdict not in (None, Verdict.SUPPORTED)}
        phrasings_with: dict[tuple[str, str], int] = {}
        borne: set[str] = set()
        for document, phrased in zip(documents, self.matcher.phrasing_tokens, strict=True):
            tokens = set(phrased)
            if document.target in unborne:
                for token in tokens:
                    phrasings_with[document.target, token] = phrasings_with.get((document.target, token), 0) + 1
            else:
                borne |= tokens
        said = {t.text for t in self.targets.values() if t.id not in unborne}
        said |= {q.text for t in self.targets.values() for q in t.quotes}  # many targets rest on one quote
        borne.update(*map(self.normalizer.context_tokens, said))
        telling: dict[str, set[str]] = {}
        for (target, token), count in phrasings_with.items():
            if count > 1 and token not in borne:
                telling.setdefault(target, set()).add(token)
        return {target: frozenset(tokens) for target, tokens in telling.items()}

    def has_subject(self, tokens: list[str]) -> bool:
        """Whether a message names anything to answer about: a token that is neither a chat word, an asking word
        nor a number, or a number with what it counts. "why?", "more", "3" and "2019" do not; "wagner??" and
        "17 months?" do."""
        if any(t not in self.subjectless and not t.isdigit() for t in tokens):
            return True
        return any(  # "17 months?": a count with what it counts names the fact it is
            count.isdigit() and not is_year(count) and unit not in self.chat_tokens
            for count, unit in itertools.pairwise(tokens)
        )

    def rank(self, tokens: list[str], limit: int) -> list[Candidate]:
        return self.matcher.rank(tokens, limit=limit) if tokens else []


def _countries_named(entities) -> dict[str, frozenset[str]]:
    """For each person or body, the countries its name or aliases name: "South Korea's military" is South Korea's,
    so a reply naming it speaks of South Korea ("Seoul's military confirmed…" in a claim)."""
    countries = [e for e in entities if e.kind == "country"]
    named = {}
    for entity in entities:
        names = " | ".join([entity.name, *entity.aliases]) if entity.kind != "country" else ""
        owners = frozenset(
            country.id
            for country in countries
            if any(re.search(rf"\b{re.escape(n)}\b", names) for n in [country.name, *country.aliases] if len(n) > 2)
        )
        if owners:
            named[entity.id] = owners
    return named


def _collect_targets(loaded: LoadedBase, language: Language) -> dict[str, Target]:
    targets = {}
    for entry in loaded.faq.values():
        quotes = tuple(q for claim_id in entry.claims for q in loaded.claims[claim_id].quotes)
        kind = AnswerKind.OUTCOME if entry.declines else AnswerKind.FAQ
        targets[entry.id] = Target(
            entry.id,
            kind,
            entry.answer,
            entry.questions[0],
            quotes,
            entry.topic,
            entry.declines,
            claims=entry.claims,
            about_outcome=entry.about_outcome,
        )
    for rumour in loaded.rumours.values():
        quotes = tuple(q for claim_id in rumour.claims for q in loaded.claims[claim_id].quotes)
        topic = loaded.claims[rumour.claims[0]].topic if rumour.claims else None
        verdict = Verdict(rumour.verdict)
        targets[rumour.id] = Target(
            rumour.id,
            AnswerKind.CHECK,
            rumour.answer,
            rumour.phrasings[0],
            quotes,
            topic,
            claims=rumour.claims,
            verdict=verdict,
        )
    for entity in loaded.entities.values():
        targets[entity.id] = Target(entity.id, AnswerKind.ENTITY, entity.who, entity.question, entity.quotes, None)
    for claim in loaded.claims.values():
        targets[claim.id] = Target(
            claim.id, AnswerKind.CLAIM, claim.statement, claim.statement, claim.quotes, claim.topic, claims=(claim.id,)
        )
    for article in loaded.articles.values() if language is Language.EN else ():
        question = f"Who published “{article.title}”, and when?"
        targets[article.id] = Target(
            article.id, AnswerKind.ARTICLE, particulars(article), question, (), None, articles=(article.id,)
        )
    return targets


def particulars(article: Article) -> str:
    """What is known of an article itself, for questions such as "which outlet wrote that piece"."""
    return (
        f"“{article.title}” was published by {article.publisher} on {article.published:%-d %B %Y}; "
        f"credited to {article.attribution}."
    )


def _curated_prose(loaded: LoadedBase, targets: dict[str, Target]) -> list[str]:
    """The words typos are corrected towards: the articles and what curators wrote as answers.
    Not the FAQ phrasings, which copy people's typos on purpose."""
    prose = [a.text for a in loaded.articles.values()] + [t.text for t in targets.values()]
    return prose + [s.reply for s in loaded.lexicon.small_talk]


def _names_asked_about(loaded: LoadedBase, normalizer: Normalizer, names: frozenset[str]) -> dict[str, frozenset[str]]:
    """The people, bodies and places each FAQ entry's phrasings name."""
    return {
        entry.id: frozenset(t for q in entry.questions for t in normalizer.tokens(q) if t in names)
        for entry in loaded.faq.values()
    }


def _documents(loaded: LoadedBase, language: Language) -> list[Document]:
    documents = [Document(e.id, "faq", q) for e in loaded.faq.values() for q in e.questions]
    documents += [Document(r.id, "rumour", p) for r in loaded.rumours.values() for p in r.phrasings]
    for entity in loaded.entities.values():
        documents += [Document(entity.id, "entity", form) for form in _entity_forms(entity, language)]
    documents += [Document(c.id, "claim", c.statement) for c in loaded.claims.values()]
    for article in loaded.articles.values() if language is Language.EN else ():
        forms = [article.title, f"when was {article.title} published", f"{article.publisher} article published"]
        documents += [Document(article.id, "article", form) for form in forms]
    return documents


def _entity_forms(entity, language: Language) -> list[str]:
    """How people ask about an entity: by its name, and in the curators' `asked_as` questions that do not name it."""
    return [*_named_forms(entity, language), *entity.asked_as]


def _named_forms(entity, language: Language) -> list[str]:
    """How people ask about an entity by its name. The asking words are the lexicon's headwords (`who`, `where`,
    `role`, `name`), which every language's lexicon maps its own words to; English adds its own phrasings."""
    if entity.kind == "person":
        if language is Language.EN:
            return [entity.name, f"who is {entity.name}", f"{entity.name} role", f"name of {entity.name}"]
        return [entity.name, f"who {entity.name}", f"{entity.name} role", f"name {entity.name}"]
    if entity.kind in NAMED_KINDS:
        if language is Language.EN:
            acronyms = [a for a in entity.aliases if a.isupper() and a.isalpha() and len(a) <= 6]  # "KCNA", "INSS"
            acronyms = acronyms if entity.kind == "organisation" else []  # what DPRK means has its own entry
            return [entity.name, f"where is {entity.name}", f"name of {entity.name}"] + [
                f"what does {acronym} stand for" for acronym in acronyms
            ]
        return [entity.name, f"where {entity.name}", f"name {entity.name}"]
    return [entity.name, *entity.aliases]


def _backing(loaded: LoadedBase, targets: dict[str, Target], language: Language) -> dict[str, Backing]:
    """What each target replies, and the article text behind it with who published it: "according to
    Al Jazeera" is explained by what Al Jazeera's article says. A claim's statement is its phrasing. The
    articles are English, so only an English message is explained by their words."""
    backing = {}
    for target in targets.values():
        publishers = dict.fromkeys(loaded.articles[q.article].publisher for q in target.quotes)
        quotes = tuple(dict.fromkeys([*(q.text for q in target.quotes), *publishers]))
        if language is not Language.EN:
            quotes = ()
        backing[target.id] = Backing("" if target.kind is AnswerKind.CLAIM else target.text, quotes)
    return backing
