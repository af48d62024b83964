"""Finds phrasings the bot cannot tell apart: two FAQ entries asked in words that normalise to the same tokens in
the same order ("is kim in russia yet" and "is kim going to russia" both read "kim-jong-un russia"). Whichever
entry the scorer happens to prefer answers both, so a curator should reword one phrasing or drop it. (Order
counts: "what did Kim give Putin" and "what did Putin give Kim" are told apart.)"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.model import FaqEntry, Rumour
from knowledge.normalizing import Normalizer


@dataclass(frozen=True)
class Clash:
    tokens: tuple[str, ...]
    phrasings: tuple[tuple[str, str], ...]
    """(entry id, phrasing) for every entry asked in these tokens."""


def clashing_phrasings(entries: Iterable[FaqEntry | Rumour], normalizer: Normalizer) -> list[Clash]:
    """Phrasings of different entries (FAQ entries, and recorded rumours, whose phrasings are how a claim is
    posted) that read the same once normalised."""
    by_tokens: dict[tuple[str, ...], dict[str, str]] = {}
    for entry in entries:
        for question in entry.questions if isinstance(entry, FaqEntry) else entry.phrasings:
            tokens = tuple(normalizer.tokens(question))
            if tokens:
                by_tokens.setdefault(tokens, {}).setdefault(entry.id, question)
    return [Clash(tokens, tuple(phrasings.items())) for tokens, phrasings in by_tokens.items() if len(phrasings) > 1]
