"""Scores a message against every phrasing in the base.

Each phrasing (an FAQ question, a "who is" form of an entity, a claim's statement) is a document of
canonical tokens. A message scores against a document by weighted token overlap: how much of the
message the document explains, and how much of the document the message mentions. Rare tokens weigh
more (inverse document frequency), and a word the base has never seen weighs the most, so a question
about something the articles never mention ("hotel", "net worth") cannot reach a confident score.
rapidfuzz then breaks near-ties by the order of the tokens ("Russia wants from North Korea" is not
"North Korea wants from Russia").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from knowledge.normalizing import Normalizer

CONTEXT_SHARE = 0.8
"""How much a message's word counts when the target's reply has it but the phrasing does not."""
QUOTE_SHARE = 0.5
"""How much it counts when only the article quotes behind the target have it."""
CLAIM_DISCOUNT = 0.92
"""A claim's statement is not a question: it yields to an FAQ entry or entity that fits as well."""
PRECISION_SHARE = 0.15
"""How much a phrasing loses for the part of it the message does not mention; what the message says
and the phrasing does not explain always costs in full."""
NAME_WEIGHT_SHARE = 0.6
"""Names and years weigh at least this share of an unknown word: asking about Russia's foreign minister
is not asking about North Korea's, nor 2023 about 2019, however often they appear in the base."""
_CANDIDATES = 40


@dataclass(frozen=True)
class Document:
    """One phrasing of a target."""

    target: str
    kind: str
    text: str


@dataclass(frozen=True)
class Backing:
    """What stands behind a target besides its phrasings: `reply`, what it answers (an FAQ answer, an
    entity's who-line), and `quotes`, the article text it rests on. A message's word found there explains
    part of the message, at a discount."""

    reply: str = ""
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A target's best phrasing for a message. `recall`: the share of the message's weight the phrasing
    explains; `precision`: the share of the phrasing's weight the message mentions."""

    target: str
    kind: str
    score: float
    phrasing: str
    recall: float
    precision: float
    names_missing: int = 0
    """How many of the people, places and years the message names this target never mentions."""
    phrasing_tokens: tuple[str, ...] = ()


class Matcher:
    def __init__(self, normalizer: Normalizer, documents: list[Document], backing: dict[str, Backing]):
        self.normalizer = normalizer
        self._documents = documents
        self._phrasing_tokens = [tuple(normalizer.tokens(d.text)) for d in documents]
        token_sets = [dict.fromkeys(tokens) for tokens in self._phrasing_tokens]
        self._token_strings = [" ".join(tokens) for tokens in token_sets]
        replies = {t: normalizer.context_tokens(b.reply) for t, b in backing.items() if b.reply}
        tokens_of_quote: dict[str, set[str]] = {}
        """Many targets rest on the same quote: each is read once."""
        for b in backing.values():
            for quote in b.quotes:
                if quote not in tokens_of_quote:
                    tokens_of_quote[quote] = normalizer.context_tokens(quote)
        quotes = {t: set().union(*(tokens_of_quote[q] for q in b.quotes)) for t, b in backing.items() if b.quotes}
        targets_with: dict[str, set[str]] = {}
        for document, tokens in zip(documents, token_sets, strict=True):
            for token in (*tokens, *replies.get(document.target, ())):
                targets_with.setdefault(token, set()).add(document.target)
        target_count = len({d.target for d in documents}) or 1
        self._unknown_weight = math.log(1 + target_count)
        name_floor = NAME_WEIGHT_SHARE * self._unknown_weight
        self._weights = {
            t: max(math.log(1 + target_count / len(ts)), name_floor if normalizer.is_name(t) else 0.0)
            for t, ts in targets_with.items()
        }
        postings: dict[str, list[int]] = {}
        documents_of: dict[str, list[int]] = {}
        for index, (document, tokens) in enumerate(zip(documents, token_sets, strict=True)):
            documents_of.setdefault(document.target, []).append(index)
            for token in tokens:
                postings.setdefault(token, []).append(index)
        self._postings = {t: np.array(ix, dtype=np.int32) for t, ix in postings.items()}
        backing_targets: dict[str, dict[str, float]] = {}
        for target in documents_of:
            shares = dict.fromkeys(quotes.get(target, ()), QUOTE_SHARE)
            shares.update(dict.fromkeys(replies.get(target, ()), CONTEXT_SHARE))
            for token, share in shares.items():
                backing_targets.setdefault(token, {})[target] = share * self.weight(token)
        self._backing: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        """For each token, the documents whose target's reply or quotes have it but whose phrasing does not,
        and how much of the token's weight that explains."""
        for token, weight_of in backing_targets.items():
            phrased = set(postings.get(token, ()))
            pairs = [(i, w) for t, w in weight_of.items() for i in documents_of[t] if i not in phrased]
            self._backing[token] = (
                np.array([i for i, _ in pairs], dtype=np.int32),
                np.array([w for _, w in pairs], dtype=np.float64),
            )
        self._document_weight = np.array(
            [sum(self._weights[t] for t in tokens) or 1.0 for tokens in token_sets], dtype=np.float64
        )
        self._is_claim = np.array([d.kind == "claim" for d in documents], dtype=bool)

    def weight(self, token: str) -> float:
        return self._weights.get(token, self._unknown_weight)

    def rank(self, tokens: list[str], limit: int = 5) -> list[Candidate]:
        """The best-scoring targets for a message's tokens, best first, one candidate per target."""
        tokens = list(dict.fromkeys(tokens))
        if not tokens or not self._documents:
            return []
        matched = np.zeros(len(self._documents))
        backed = np.zeros(len(self._documents))
        for token in tokens:
            if token in self._postings:
                matched[self._postings[token]] += self._weights[token]
            if token in self._backing:
                documents, weights = self._backing[token]
                backed[documents] += weights
        names = [t for t in tokens if self.normalizer.is_person_or_place(t)]
        names_mentioned = np.zeros(len(self._documents), dtype=np.int32)
        for name in names:
            mentioned = np.zeros(len(self._documents), dtype=bool)
            mentioned[self._postings.get(name, [])] = True
            mentioned[self._backing.get(name, ([], []))[0]] = True
            names_mentioned += mentioned
        question_weight = sum(self.weight(t) for t in tokens)
        recall = (matched + backed) / question_weight
        precision = matched / self._document_weight
        score = recall * (1 - PRECISION_SHARE + PRECISION_SHARE * precision)
        score[self._is_claim] *= CLAIM_DISCOUNT
        count = min(_CANDIDATES, len(score))
        top = np.argpartition(-score, count - 1)[:count]
        query = " ".join(tokens)
        best: dict[str, Candidate] = {}
        for index in top:
            if matched[index] <= 0:
                continue
            similarity = fuzz.ratio(query, self._token_strings[index]) / 100
            final = float(score[index] * (0.95 + 0.05 * similarity))
            document = self._documents[index]
            if document.target not in best or final > best[document.target].score:
                best[document.target] = Candidate(
                    document.target,
                    document.kind,
                    final,
                    document.text,
                    float(recall[index]),
                    float(precision[index]),
                    len(names) - int(names_mentioned[index]),
                    self._phrasing_tokens[index],
                )
        return sorted(best.values(), key=lambda c: c.score, reverse=True)[:limit]
