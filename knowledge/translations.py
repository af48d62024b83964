"""Reads the curated base in another language (knowledge/base/ru/, uk/, ko/) onto the English one.

Each language folder mirrors the English base: `entities.yaml` (name, aliases, who), `faq/<topic>.yaml`
(questions, answer), `claims/<article>.yaml` (statement), `topics.yaml` and `lexicon.yaml` (with `replies`). Ids are
the English ids; everything else (an entity's kind and quotes, an entry's topic and claims, a claim's standing and
who asserts it) is the English base's, so a language is a LoadedBase whose words are that language's and whose
evidence is the same verbatim English quotes. An entry with no translation is left out of that language; `bot.py
check` lists it (see `translation_problems`), and every number of an English text must be in its translation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from knowledge.languages import OTHER_LANGUAGES, Language
from knowledge.loading import LoadedBase, entries, load_lexicon, read_yaml
from knowledge.model import Claim, FaqEntry, Topic
from knowledge.problems import KnowledgeError, Problem

_MONTHS = "january february march april may june july august september october november december".split()  # noqa: SIM905
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "twelve": "12", "first": "1", "second": "2", "third": "3", "dozen": "12",
}  # fmt: skip


def load_translations(knowledge_dir: Path, english: LoadedBase) -> dict[Language, LoadedBase]:
    """Every language folder present, each as a LoadedBase; raises KnowledgeError listing every problem."""
    problems: list[Problem] = []
    translations = {}
    for language in OTHER_LANGUAGES:
        folder = knowledge_dir / language.value
        if folder.is_dir():
            translations[language] = _load_language(folder, english, problems)
    if problems:
        raise KnowledgeError.of(problems)
    return translations


def _load_language(folder: Path, english: LoadedBase, problems: list[Problem]) -> LoadedBase:
    def documents(path: Path) -> Any:
        """A file's entries; a file not written yet holds none (`bot.py check` lists what it should)."""
        if not path.exists():
            return []
        try:
            return read_yaml(path)
        except KnowledgeError as error:
            problems.extend(error.problems)
            return None

    topics = {}
    topics_path = folder / "topics.yaml"
    for e in entries(topics_path, documents(topics_path), {"title", "about"}, problems, required=False):
        if _known(e, english.topics):
            topics[e.id] = Topic(e.id, e.text("title", 60), e.text("about"))
    entities = {}
    path = folder / "entities.yaml"
    for e in entries(path, documents(path), {"name", "aliases", "who", "asked_as"}, problems, required=False):
        if _known(e, english.entities):
            source = english.entities[e.id]
            # known by its English name and aliases too: "Institute for National Security Strategy — хто стоїть за…"
            aliases = (*e.texts("aliases", required=False), source.name, *source.aliases)
            entities[e.id] = replace(
                source,
                name=e.text("name"),
                aliases=tuple(dict.fromkeys(aliases)),
                who=e.text("who"),
                asked_as=e.texts("asked_as", required=False),
            )
    claims: dict[str, Claim] = {}
    for path in sorted((folder / "claims").glob("*.yaml")):
        for e in entries(path, documents(path), {"statement"}, problems):
            if _known(e, english.claims):
                claims[e.id] = replace(english.claims[e.id], statement=e.text("statement"))
    faq: dict[str, FaqEntry] = {}
    for path in sorted((folder / "faq").glob("*.yaml")):
        for e in entries(path, documents(path), {"questions", "answer", "declines"}, problems):
            if _known(e, english.faq):
                faq[e.id] = replace(english.faq[e.id], questions=e.texts("questions"), answer=e.text("answer"))
    lexicon_path = folder / "lexicon.yaml"
    lexicon = load_lexicon(lexicon_path, documents(lexicon_path), problems, required_small_talk=())
    kept_claims = {**claims, **{c: english.claims[c] for e in faq.values() for c in e.claims if c not in claims}}
    return LoadedBase(english.articles, topics, kept_claims, faq, entities, lexicon)


def _known(entry, english: dict) -> bool:
    if entry.id not in english:
        entry.error("id", "no entry of the English base has this id; a translation keeps its English entry's id")
        return False
    return True


def translation_problems(english: LoadedBase, translations: dict[Language, LoadedBase], knowledge_dir: Path):
    """What a curator should finish: English entries with no translation, and translations whose numbers differ
    from their English text's (every figure kept, none added; a month may become its number, 9월)."""
    problems = []
    for language, translated in translations.items():
        folder = knowledge_dir / language.value
        sections = [
            ("entities.yaml", "who", english.entities, translated.entities, lambda e: e.who),
            ("faq", "answer", english.faq, translated.faq, lambda e: e.answer),
            ("claims", "statement", english.claims, translated.claims, lambda c: c.statement),
            ("topics.yaml", "title", english.topics, translated.topics, lambda t: t.title),
        ]
        for where, field, originals, translations_of, text in sections:
            for entry_id, original in originals.items():
                if entry_id not in translations_of:
                    message = f"no {language.value} translation of this entry yet"
                    problems.append(Problem(str(folder / where), message, entry_id, field))
                    continue
                if where == "claims" and translations_of[entry_id] is original:
                    problems.append(Problem(str(folder / where), "no translation of this claim yet", entry_id, field))
                    continue
                mismatch = _number_mismatch(text(original), text(translations_of[entry_id]))
                if mismatch:
                    problems.append(Problem(str(folder / where), mismatch, entry_id, field))
        for reply in ("no-answer", "off-topic", "unsure", "empty", "other-language"):
            if reply not in translated.lexicon.replies:
                problems.append(Problem(str(folder / "lexicon.yaml"), "missing", reply, "replies"))
    return problems


def _number_mismatch(english: str, translated: str) -> str | None:
    expected = _numbers(english)
    found = _numbers(translated)
    allowed = expected | {str(i + 1) for i, m in enumerate(_MONTHS) if re.search(rf"\b{m}\b", english, re.I)}
    allowed |= {n for w, n in _NUMBER_WORDS.items() if re.search(rf"\b{w}\b", english, re.I)}
    missing, added = sorted(expected - found), sorted(found - allowed)
    if missing:
        return f"the translation drops the number {', '.join(missing)} of the English text"
    if added:
        return f"the translation has the number {', '.join(added)}, which the English text does not"
    return None


def _numbers(text: str) -> set[str]:
    return {re.sub(r"[\s,.\u00a0\u202f]", "", n) for n in re.findall(r"\d+(?:[\s,.\u00a0\u202f]\d{3})*", text)}
