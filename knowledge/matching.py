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

import itertools
import math
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from knowledge.answer_types import NARROWER_ASKING
from knowledge.normalizing import Normalizer

CONTEXT_SHARE = 0.8
"""How much a message's word counts when the target's reply has it but the phrasing does not."""
QUOTE_SHARE = 0.5
"""How much it counts when only the article quotes behind the target have it."""
CLAIM_DISCOUNT = 0.92
"""A claim's statement is not a question: it yields to an FAQ entry or entity that fits as well."""
ENTITY_TIE_BREAK = 1 - 1e-9
"""An entity's name or alias reading exactly like an FAQ phrasing ("Kim's visit to Russia", "is kim visiting
russia") gives way to it: the entry answers the question, the entity only says what the name is."""
_DISCOUNTS = {"claim": CLAIM_DISCOUNT, "entity": ENTITY_TIE_BREAK}
PRECISION_SHARE = 0.15
"""How much a phrasing loses for the part of it the message does not mention; what the message says
and the phrasing does not explain always costs in full."""
SMALL_NUMBER_WEIGHT = 1.5
"""The most a number under 100 weighs, about what "want" does (a word in one target's phrasings of ten): a count
is rarely what a question is about."""
NAME_WEIGHT_SHARE = 0.6
"""Names and years weigh at least this share of an unknown word: asking about Russia's foreign minister
is not asking about North Korea's, nor 2023 about 2019, however often they appear in the base."""
_CANDIDATES = 40
"""How many of the best documents by overlap rapidfuzz scores again."""
_MOST_TIED_FOR_LAST = 160
"""Past this many documents tied for the last place, the quick way gives up (it scores them all)."""


@dataclass(frozen=True, slots=True)
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
        self._target_of = [d.target for d in documents]
        self._phrasing_tokens = [tuple(normalizer.tokens(d.text)) for d in documents]
        self._alike = _alike(documents, self._phrasing_tokens)
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
            t: _capped(t, max(math.log(1 + target_count / len(ts)), name_floor if normalizer.is_name(t) else 0.0))
            for t, ts in targets_with.items()
        }
        for narrow, broad in NARROWER_ASKING.items():  # "the exact date" asks when, more precisely: as much a match
            if narrow in self._weights and broad in self._weights:
                self._weights[narrow] = self._weights[broad]
        postings: dict[str, list[int]] = {}
        documents_of: dict[str, list[int]] = {}
        for index, (document, tokens) in enumerate(zip(documents, token_sets, strict=True)):
            documents_of.setdefault(document.target, []).append(index)
            for token in tokens:
                postings.setdefault(token, []).append(index)
        backing_shares: dict[str, dict[str, float]] = {}
        for target in documents_of:
            shares = dict.fromkeys(quotes.get(target, ()), QUOTE_SHARE)
            shares.update(dict.fromkeys(replies.get(target, ()), CONTEXT_SHARE))
            for token, share in shares.items():
                backing_shares.setdefault(token, {})[target] = share * self.weight(token)
        backed: dict[str, list[tuple[int, float]]] = {}
        for token, weight_of in backing_shares.items():
            phrased = set(postings.get(token, ()))
            backed[token] = [(i, w) for t, w in weight_of.items() for i in documents_of[t] if i not in phrased]
        """For each token, the documents whose target's reply or quotes have it but whose phrasing does not,
        and how much of the token's weight that explains."""
        self._weighed = self._weigh(postings, backed, len(documents))
        self._mentions = {
            token: _marked(len(documents), [*postings.get(token, ()), *(i for i, _ in backed.get(token, ()))])
            for token in postings.keys() | backed.keys()
            if normalizer.is_person_or_place(token)
        }
        """For each person, place and year, the documents whose phrasing, reply or quotes mention it."""
        self._document_weight = np.array(
            [sum(self._weights[t] for t in tokens) or 1.0 for tokens in token_sets], dtype=np.float64
        )
        self._discount = np.array([_DISCOUNTS.get(d.kind, 1.0) for d in documents])

    def _weigh(
        self, postings: dict[str, list[int]], backed: dict[str, list[tuple[int, float]]], size: int
    ) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """For each token, where it weighs and how much, in one pair of arrays so that a single count adds up
        a message: the documents whose phrasing has it, with its weight, then (numbered from `size` on) those
        whose reply or quotes explain it, with the weight they explain."""
        weighed = {}
        for token in postings.keys() | backed.keys():
            phrased, explained = postings.get(token, []), backed.get(token, [])
            places = [*phrased, *(size + i for i, _ in explained)]
            weights = [self.weight(token)] * len(phrased) + [w for _, w in explained]
            weighed[token] = (np.array(places, dtype=np.int32), np.array(weights, dtype=np.float32))
        return weighed

    @property
    def phrasing_tokens(self) -> list[tuple[str, ...]]:
        """Each document's tokens, in the order of the documents it was built from."""
        return self._phrasing_tokens

    def knows(self, token: str) -> bool:
        """Whether any phrasing or reply of the base has the token."""
        return token in self._weights

    def weight(self, token: str) -> float:
        return self._weights.get(token, self._unknown_weight)

    def rank(self, tokens: list[str], limit: int = 5) -> list[Candidate]:
        """The best-scoring targets for a message's tokens, best first, one candidate per target.

        Each document scores by weighted overlap; the `_CANDIDATES` best documents are then scored again
        with rapidfuzz, and each target keeps its best document."""
        tokens = list(dict.fromkeys(tokens))
        if not tokens or not self._documents:
            return []
        matched, backed = self._matched_and_backed(tokens)
        question_weight = sum(self.weight(t) for t in tokens)
        recall = matched + backed
        recall /= question_weight
        precision = matched / self._document_weight
        # score = recall * (1 - PRECISION_SHARE + PRECISION_SHARE * precision) * discount, worked out in place
        score = PRECISION_SHARE * precision
        score += 1 - PRECISION_SHARE
        score *= recall
        score *= self._discount
        query = " ".join(tokens)
        scored: dict[int, float] = {}
        ranked = self._rank_quickly(query, score, matched, limit, scored)
        if ranked is None:
            ranked = self._rank_over_all(query, score, matched, limit, scored)
        ranked = ranked[:limit]
        indices = [index for _, index in ranked]
        recalls, precisions = recall[indices].tolist(), precision[indices].tolist()
        names = [t for t in tokens if self.normalizer.is_person_or_place(t)]
        return [
            self._candidate(index, final, recall_share, precision_share, names)
            for (final, index), recall_share, precision_share in zip(ranked, recalls, precisions, strict=True)
        ]

    def _matched_and_backed(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """For each document, the weight of the message's tokens its phrasing has, and the weight explained
        by those only its target's reply or quotes have; each added up in the order of the tokens."""
        found = [self._weighed[t] for t in tokens if t in self._weighed]
        size = len(self._documents)
        if not found:
            return np.zeros(size), np.zeros(size)
        places = np.concatenate([p for p, _ in found])
        weights = np.concatenate([w for _, w in found])
        sums = np.bincount(places, weights=weights, minlength=2 * size)
        return sums[:size], sums[size:]

    def _rank_over_all(
        self, query: str, score: np.ndarray, matched: np.ndarray, limit: int, scored: dict[int, float]
    ) -> list[tuple[float, int]]:
        """The top documents as numpy's selection among all of them returns them: ties the quick way cannot
        settle are settled, as they always have been, by that order. `scored` holds the final scores of the
        documents the quick way has already scored."""
        top = np.argpartition(-score, min(_CANDIDATES, len(score)) - 1)[:_CANDIDATES]
        top = top[matched[top] > 0].tolist()
        unscored = [index for index in top if index not in scored]
        final_scores = self._final_scores(query, score, np.array(unscored, dtype=np.intp))
        scored.update(zip(unscored, final_scores, strict=True))
        ranked, _ = self._best_per_target(top, [scored[index] for index in top], limit)
        return ranked

    def _rank_quickly(
        self, query: str, score: np.ndarray, matched: np.ndarray, limit: int, scored: dict[int, float]
    ) -> list[tuple[float, int]] | None:
        """What selecting the best documents among all of them gives, found among the few that score near the
        best; None when an exact tie leaves the outcome to the order in which a selection returns documents.

        Selecting among all 5,800 documents is the costliest step of a match, and most of them score little.
        So the selection runs on the documents scoring at least a share of the best score, the largest share
        that leaves enough of them: every document of the top `_CANDIDATES` scores at least that much. When
        several documents tie for the last place, some of them make the top and some not; which ones cannot
        matter when the first `limit` targets, and the one after, all score above every one of them (and they
        add no target of their own to fewer than that). The final scores it works out are left in `scored`."""
        best = score.max(initial=0.0)
        if best <= 0:
            return []
        for share in (0.6, 0.4, 0.2, 0.05):
            contenders = np.flatnonzero(score >= share * best)
            if len(contenders) >= _CANDIDATES:
                break
        else:
            contenders = np.flatnonzero(score)
        contender_score = score[contenders]
        if len(contenders) <= _CANDIDATES:
            top, tied_for_last = contenders, contenders[:0]  # all that score at all
        else:
            last = -np.partition(-contender_score, _CANDIDATES - 1)[_CANDIDATES - 1]
            at_least_last = contender_score >= last
            in_reach = np.count_nonzero(at_least_last)
            if in_reach == _CANDIDATES:
                top, tied_for_last = contenders[at_least_last], contenders[:0]
            elif in_reach > _CANDIDATES + _MOST_TIED_FOR_LAST:
                return None
            else:
                top, tied_for_last = contenders[contender_score > last], contenders[contender_score == last]
        top, tied_for_last = top[matched[top] > 0], tied_for_last[matched[tied_for_last] > 0]
        final_scores = self._final_scores(query, score, np.concatenate([top, tied_for_last]))
        top, tied_for_last = top.tolist(), tied_for_last.tolist()
        ranked, tied = self._best_per_target(top, final_scores[: len(top)], limit)
        if not tied and tied_for_last:
            best_tied = max(final_scores[len(top) :])
            ranked_targets = {self._target_of[index] for _, index in ranked}
            tied = any(final <= best_tied for final, _ in ranked) or (
                len(ranked) <= limit and any(self._target_of[i] not in ranked_targets for i in tied_for_last)
            )
        if tied:
            scored.update(zip(top + tied_for_last, final_scores, strict=True))
            return None
        return ranked

    def _final_scores(self, query: str, score: np.ndarray, documents: np.ndarray) -> list[float]:
        """Each document's score, less up to 5% as rapidfuzz finds its tokens' order unlike the message's."""
        phrasings = [self._token_strings[index] for index in documents.tolist()]
        similarity = process.cdist([query], phrasings, scorer=fuzz.ratio, dtype=np.float64)[0] / 100
        return (score[documents] * (0.95 + 0.05 * similarity)).tolist()

    def _best_per_target(
        self, documents: list[int], final_scores: list[float], limit: int
    ) -> tuple[list[tuple[float, int]], bool]:
        """The first `limit` + 1 targets of the documents, best first, each with its best final score and
        document; and whether an exact tie among the first `limit` is settled only by the order of the
        documents (two targets scoring the same, or two different documents of one target)."""
        best: dict[str, tuple[float, int]] = {}
        """Each target's best-scoring document, in the order the targets first come up."""
        shared: set[str] = set()
        for index, final in zip(documents, final_scores, strict=True):
            target = self._target_of[index]
            kept = best.get(target)
            if kept is None or final > kept[0]:
                best[target] = (final, index)
                shared.discard(target)
            elif final == kept[0] and self._alike[index] != self._alike[kept[1]]:
                shared.add(target)
        ranked = sorted(best.items(), key=lambda item: item[1][0], reverse=True)[: limit + 1]
        finals = [final for _, (final, _) in ranked]
        tied = any(target in shared for target, _ in ranked[:limit]) or any(
            a == b for a, b in itertools.pairwise(finals)
        )
        return [pair for _, pair in ranked], tied

    def _candidate(self, index: int, final: float, recall: float, precision: float, names: list[str]) -> Candidate:
        document = self._documents[index]
        mentioned = sum(1 for name in names if (marked := self._mentions.get(name)) is not None and marked[index])
        return Candidate(
            document.target,
            document.kind,
            final,
            document.text,
            recall,
            precision,
            len(names) - mentioned,
            self._phrasing_tokens[index],
        )


def _marked(size: int, indices: list[int]) -> np.ndarray:
    """A boolean array of `size` with the `indices` set: which documents mention a name, in a byte each."""
    marked = np.zeros(size, dtype=bool)
    marked[indices] = True
    return marked


def _alike(documents: list[Document], phrasing_tokens: list[tuple[str, ...]]) -> np.ndarray:
    """A number for each document, shared by the documents of one target with the same tokens: whichever of
    them a match picks, its candidate says the same (all but the `phrasing` nobody reads)."""
    numbers: dict[tuple[str, tuple[str, ...]], int] = {}
    return np.array(
        [numbers.setdefault((d.target, t), len(numbers)) for d, t in zip(documents, phrasing_tokens, strict=True)]
    )


def _capped(token: str, weight: float) -> float:
    """A small number weighs no more than a common word: "kim's three priorities" is not "the three words Putin
    used for Kim", however rare "3" is among the phrasings."""
    return min(weight, SMALL_NUMBER_WEIGHT) if token.isdigit() and len(token) <= 2 else weight
