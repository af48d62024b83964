"""Reads the corpus and the curated YAML files, validating every entry as it goes.

Any problem stops the load with a KnowledgeError naming the file, the entry and the field, so a
curator can go straight to it; nothing half-valid is ever returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from knowledge.model import (
    ENTITY_KINDS,
    STANDINGS,
    Article,
    Claim,
    Entity,
    FaqEntry,
    Lexicon,
    Quote,
    SmallTalk,
    Topic,
)

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_ID_LENGTH = 48
MAX_ANSWER_LENGTH = 350
MAX_STATEMENT_LENGTH = 300


class KnowledgeError(Exception):
    """A problem in a knowledge or corpus file, located as precisely as it can be."""

    def __init__(self, file: Path | str, message: str, entry: str | None = None, field: str | None = None):
        self.file, self.entry, self.field, self.message = str(file), entry, field, message
        where = self.file
        if entry is not None:
            where += f": entry '{entry}'"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class LoadedBase:
    articles: dict[str, Article]
    topics: dict[str, Topic]
    claims: dict[str, Claim]
    faq: dict[str, FaqEntry]
    entities: dict[str, Entity]
    lexicon: Lexicon


def load_base(knowledge_dir: Path, corpus_dir: Path) -> LoadedBase:
    articles = _load_articles(corpus_dir)
    topics = {t.id: t for t in _load_topics(knowledge_dir / "topics.yaml")}
    ids = _IdRegistry()
    for article_id in articles:
        ids.add(corpus_dir / "sources.yaml", article_id)
    entities_path = knowledge_dir / "entities.yaml"
    entities: dict[str, Entity] = {}
    for entity in _load_entities(entities_path, articles):
        ids.add(entities_path, entity.id)
        entities[entity.id] = entity
    _check_aliases_unique(entities_path, entities.values())
    claims: dict[str, Claim] = {}
    for path in sorted((knowledge_dir / "claims").glob("*.yaml")):
        for claim in _load_claims(path, articles, topics, entities):
            ids.add(path, claim.id)
            claims[claim.id] = claim
    faq: dict[str, FaqEntry] = {}
    for path in sorted((knowledge_dir / "faq").glob("*.yaml")):
        for entry in _load_faq(path, topics, claims):
            ids.add(path, entry.id)
            faq[entry.id] = entry
    lexicon = _load_lexicon(knowledge_dir / "lexicon.yaml")
    return LoadedBase(articles, topics, claims, faq, entities, lexicon)


class _IdRegistry:
    """Ids are unique across articles, claims, FAQ entries and entities, so that a bare id names one thing."""

    def __init__(self) -> None:
        self._where: dict[str, Path] = {}

    def add(self, path: Path, entry_id: str) -> None:
        if entry_id in self._where:
            raise KnowledgeError(path, f"duplicate id, already used in {self._where[entry_id]}", entry_id, "id")
        self._where[entry_id] = path


class _Entry:
    """One mapping read from a YAML list, with typed access that reports problems precisely."""

    def __init__(self, path: Path, raw: Any, index: int, allowed: set[str]):
        self.path = path
        if not isinstance(raw, dict):
            raise KnowledgeError(path, f"entry #{index + 1} is not a mapping of fields")
        self.raw = raw
        self.id = str(raw.get("id", f"#{index + 1}"))
        unknown = sorted(set(map(str, raw)) - allowed)
        if unknown:
            raise KnowledgeError(path, f"unknown field (allowed: {', '.join(sorted(allowed))})", self.id, unknown[0])

    def error(self, field: str, message: str) -> KnowledgeError:
        return KnowledgeError(self.path, message, self.id, field)

    def text(self, field: str, max_length: int | None = None, required: bool = True) -> str:
        value = self.raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise self.error(field, "missing")
            return ""
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            raise self.error(field, "must be text")
        value = " ".join(str(value).split())
        if max_length is not None and len(value) > max_length:
            raise self.error(field, f"too long: {len(value)} characters, at most {max_length}")
        return value

    def identifier(self) -> str:
        value = self.text("id")
        if not ID_PATTERN.fullmatch(value) or len(value) > MAX_ID_LENGTH:
            raise self.error(
                "id", f"'{value}' is not lowercase words joined by hyphens of at most {MAX_ID_LENGTH} characters"
            )
        return value

    def choice(self, field: str, choices: tuple[str, ...] | dict) -> str:
        value = self.text(field)
        if value not in choices:
            raise self.error(field, f"'{value}' is not one of: {', '.join(choices)}")
        return value

    def texts(self, field: str, required: bool = True) -> tuple[str, ...]:
        value = self.raw.get(field)
        if value is None:
            if required:
                raise self.error(field, "missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) and str(v).strip() for v in value):
            raise self.error(field, "must be a list of non-empty texts")
        if required and not value:
            raise self.error(field, "must not be empty")
        return tuple(" ".join(str(v).split()) for v in value)

    def references(self, field: str, known: dict, what: str, required: bool = True) -> tuple[str, ...]:
        values = self.texts(field, required)
        for value in values:
            if value not in known:
                raise self.error(field, f"refers to unknown {what} '{value}'")
        return values

    def flag(self, field: str) -> bool:
        value = self.raw.get(field, False)
        if not isinstance(value, bool):
            raise self.error(field, "must be true or false")
        return value

    def quotes(self, articles: dict[str, Article]) -> tuple[Quote, ...]:
        raw = self.raw.get("quotes")
        if not isinstance(raw, list) or not raw:
            raise self.error("quotes", "missing: at least one verbatim quote from an article")
        quotes = []
        for number, item in enumerate(raw, 1):
            field = f"quotes[{number}]"
            if not isinstance(item, dict) or set(item) != {"article", "text"}:
                raise self.error(field, "must have exactly `article` and `text`")
            article = articles.get(str(item["article"]))
            if article is None:
                raise self.error(f"{field}.article", f"unknown article '{item['article']}'")
            text = item["text"]
            if not isinstance(text, str) or not text.strip():
                raise self.error(f"{field}.text", "missing")
            if text not in article.text:
                raise self.error(f"{field}.text", f"not found verbatim in article '{article.id}': {text!r}")
            quotes.append(Quote(article.id, text))
        return tuple(quotes)


def _read_yaml(path: Path):
    """The file's YAML document; a missing file, bad encoding or bad YAML names the file, line and column.
    PyYAML is imported here, not at the top: a bot started from the compiled base (knowledge/cache.py) never
    reads YAML, and importing it costs a start 20 ms. libyaml's parser is used when PyYAML was built with it:
    the same documents, many times faster."""
    import yaml

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError:
        raise KnowledgeError(path, "file not found") from None
    except UnicodeDecodeError as error:
        raise KnowledgeError(path, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise KnowledgeError(path, f"{where}not valid YAML ({problem})") from None


def _read_list(path: Path) -> list:
    data = _read_yaml(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise KnowledgeError(path, "must be a list of entries")
    return data


def _entries(path: Path, allowed: set[str]) -> list[_Entry]:
    return [_Entry(path, raw, index, allowed | {"id"}) for index, raw in enumerate(_read_list(path))]


def _load_articles(corpus_dir: Path) -> dict[str, Article]:
    path = corpus_dir / "sources.yaml"
    fields = {"file", "title", "publisher", "attribution", "published", "url", "url_verified", "not_facts"}
    articles = {}
    for entry in _entries(path, fields):
        article_id = entry.identifier()
        if article_id in articles:
            raise entry.error("id", "duplicate id")
        text_path = corpus_dir / "articles" / entry.text("file")
        try:
            text = text_path.read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError) as error:
            raise entry.error("file", f"cannot read {text_path}: {error}") from None
        published = entry.raw.get("published")
        if not isinstance(published, date):
            raise entry.error("published", "must be a date written YYYY-MM-DD")
        url = entry.text("url", required=False) or None
        if url and not url.startswith("https://"):
            raise entry.error("url", "must be an https:// address, or null when none is known")
        not_facts = entry.texts("not_facts", required=False)
        for line in not_facts:
            if line not in text:
                raise entry.error("not_facts", f"not found verbatim in the article: {line!r}")
        articles[article_id] = Article(
            id=article_id,
            title=entry.text("title"),
            publisher=entry.text("publisher"),
            attribution=entry.text("attribution"),
            published=published,
            url=url,
            url_verified=entry.flag("url_verified"),
            text=text,
            not_facts=not_facts,
        )
    return articles


def _load_topics(path: Path) -> list[Topic]:
    return [Topic(e.identifier(), e.text("title", 60), e.text("about")) for e in _entries(path, {"title", "about"})]


def _load_entities(path: Path, articles: dict[str, Article]) -> list[Entity]:
    fields = {"name", "kind", "aliases", "who", "quotes"}
    return [
        Entity(
            id=e.identifier(),
            name=e.text("name"),
            kind=e.choice("kind", ENTITY_KINDS),
            aliases=e.texts("aliases", required=False),
            who=e.text("who", MAX_STATEMENT_LENGTH),
            quotes=e.quotes(articles),
        )
        for e in _entries(path, fields)
    ]


def _check_aliases_unique(path: Path, entities) -> None:
    owner: dict[str, str] = {}
    for entity in entities:
        for alias in (entity.name, *entity.aliases):
            key = alias.casefold()
            if owner.get(key, entity.id) != entity.id:
                raise KnowledgeError(path, f"alias '{alias}' already names '{owner[key]}'", entity.id, "aliases")
            owner[key] = entity.id


def _load_claims(path, articles, topics, entities) -> list[Claim]:
    fields = {"statement", "asserted_by", "standing", "topic", "entities", "quotes"}
    return [
        Claim(
            id=e.identifier(),
            statement=e.text("statement", MAX_STATEMENT_LENGTH),
            asserted_by=e.text("asserted_by"),
            standing=e.choice("standing", STANDINGS),
            topic=e.choice("topic", topics),
            entities=e.references("entities", entities, "entity", required=False),
            quotes=e.quotes(articles),
        )
        for e in _entries(path, fields)
    ]


def _load_faq(path, topics, claims) -> list[FaqEntry]:
    fields = {"topic", "questions", "answer", "claims", "declines"}
    return [
        FaqEntry(
            id=e.identifier(),
            topic=e.choice("topic", topics),
            questions=e.texts("questions"),
            answer=e.text("answer", MAX_ANSWER_LENGTH),
            claims=e.references("claims", claims, "claim"),
            declines=e.flag("declines"),
        )
        for e in _entries(path, fields)
    ]


def _load_lexicon(path: Path) -> Lexicon:
    data = _read_yaml(path)
    sections = {"lead_phrases", "stopwords", "synonyms", "small_talk", "titles"}
    if not isinstance(data, dict):
        raise KnowledgeError(path, f"must be a mapping with the sections {', '.join(sorted(sections))}")
    unknown = sorted(set(data) - sections)
    if unknown:
        raise KnowledgeError(path, f"unknown section (allowed: {', '.join(sorted(sections))})", field=unknown[0])

    def words(section: str) -> tuple[str, ...]:
        value = data.get(section) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise KnowledgeError(path, "must be a list of texts", field=section)
        return tuple(value)

    synonyms_raw = data.get("synonyms") or {}
    if not isinstance(synonyms_raw, dict):
        raise KnowledgeError(path, "must map each word to the list of words that mean it", field="synonyms")
    synonyms: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for canonical, variants in synonyms_raw.items():
        if not isinstance(variants, list) or not all(isinstance(v, str) and v.strip() for v in variants):
            raise KnowledgeError(path, "must be a list of texts", entry=str(canonical), field="synonyms")
        for variant in variants:
            key = variant.casefold()
            if seen.get(key, canonical) != canonical:
                raise KnowledgeError(
                    path, f"'{variant}' already means '{seen[key]}'", entry=str(canonical), field="synonyms"
                )
            seen[key] = str(canonical)
        synonyms[str(canonical)] = tuple(variants)

    talk_raw = data.get("small_talk") or []
    if not isinstance(talk_raw, list):
        raise KnowledgeError(path, "must be a list of entries", field="small_talk")
    small_talk = []
    for index, raw in enumerate(talk_raw):
        entry = _Entry(path, raw, index, {"id", "phrases", "reply"})
        small_talk.append(SmallTalk(entry.identifier(), entry.texts("phrases"), entry.text("reply", 600)))
    stopwords = data.get("stopwords") or ""
    if not isinstance(stopwords, str):
        raise KnowledgeError(path, "must be words separated by spaces", field="stopwords")
    return Lexicon(
        words("lead_phrases"), frozenset(stopwords.casefold().split()), synonyms, tuple(small_talk), words("titles")
    )
