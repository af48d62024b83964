"""Finds phrasings the bot cannot tell apart: two FAQ entries asked in words that normalise to the same tokens in
the same order ("is kim in russia yet" and "is kim going to russia" both read "kim-jong-un russia"). Whichever
entry the scorer happens to prefer answers both, so a curator should reword one phrasing or drop it. (Order
counts: "what did Kim give Putin" and "what did Putin give Kim" are told apart.)"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.model import FaqEntry
from knowledge.normalizing import Normalizer


@dataclass(frozen=True)
class Clash:
    tokens: tuple[str, ...]
    phrasings: tuple[tuple[str, str], ...]
    """(entry id, phrasing) for every entry asked in these tokens."""


def clashing_phrasings(entries: Iterable[FaqEntry], normalizer: Normalizer) -> list[Clash]:
    by_tokens: dict[tuple[str, ...], dict[str, str]] = {}
    for entry in entries:
        for question in entry.questions:
            tokens = tuple(normalizer.tokens(question))
            if tokens:
                by_tokens.setdefault(tokens, {}).setdefault(entry.id, question)
    return [Clash(tokens, tuple(phrasings.items())) for tokens, phrasings in by_tokens.items() if len(phrasings) > 1]
