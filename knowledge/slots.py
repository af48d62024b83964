"""The particulars a claim states, for telling a claim the articles contradict from one they support.

"Kim boarded his train on FRIDAY" and "Kim boarded his train on Sunday" share every word but the day. A claim is
contradicted only where the articles state a different value for the same particular: another day, month or
year, another count of the same thing, another means of travel, the other direction of a deal, or a denial
where the claim says confirmed. Where the articles say nothing of a particular, nothing is contradicted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january february march april may june july august september october november december".split()  # noqa: SIM905
)
_TRAVEL = {
    "train": "train",
    "rail": "train",
    "railway": "train",
    "plane": "air",
    "jet": "air",
    "flew": "air",
    "fly": "air",
    "flies": "air",
    "flight": "air",
    "airplane": "air",
    "aircraft": "air",
    "airport": "air",
    "ship": "sea",
    "boat": "sea",
    "yacht": "sea",
    "ferry": "sea",
}
_CONFIRMED = r"\b(?:confirm(?:ed|s)?|admit(?:ted|s)?|acknowledg(?:ed|es)?|agreed)\b"
_DENIED = r"\b(?:den(?:y|ied|ies)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es))\b"
_NUMBER = re.compile(r"\b(\d{1,3}(?:[,.\s]\d{3})+|\d+)\s+(?:of\s+)?(?:the\s+)?([a-z]+)")
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_NEGATED = re.compile(r"\b(?:not|no|never|rather than|instead of)\s+(?:by\s+|on\s+|in\s+)?(?:a\s+|an\s+|the\s+)?[a-z]+")
"""What a text says is not so ("by train, not by plane") states no particular."""
_GIVING = "|".join(
    [
        r"sell(?:s|ing)?|sold|suppl(?:y|ies|ied|ying)|send(?:s|ing)?|sent|giv(?:e|es|ing)|gave",
        r"provid(?:e|es|ed|ing)|ship(?:s|ped|ping)?|export(?:s|ed|ing)?|arm(?:s|ed|ing)?|deliver(?:s|ed|ing)?",
    ]
)
_GETTING = "|".join(
    [
        r"buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|get(?:s|ting)?|got|receiv(?:e|es|ed|ing)",
        r"acquir(?:e|es|ed|ing)|import(?:s|ed|ing)?|seek(?:s|ing)?|sought|obtain(?:s|ed|ing)?|want(?:s|ed)?",
    ]
)


@dataclass(frozen=True)
class Particulars:
    days: frozenset[str]
    months: frozenset[str]
    years: frozenset[str]
    counts: frozenset[tuple[str, str]]
    """(number, the word it counts): ("21", "carriag")."""
    travel: frozenset[str]
    stance: frozenset[str]
    """"confirmed" and/or "denied"."""
    direction: frozenset[tuple[str, str]]
    """(who gives, who gets) of a deal, as entity tokens."""


def particulars(text: str, giver_and_getter: tuple[str, str] | None = None) -> Particulars:
    """The particulars a text states. `giver_and_getter` is the deal's direction, when the caller has read it
    from the names (see `direction`)."""
    folded = _NEGATED.sub(" ", text.casefold())
    words = re.findall(r"[a-z]+", folded)
    return Particulars(
        days=frozenset(w for w in words if w in _DAYS),
        months=frozenset(w for w in words if w in _MONTHS and w != "may"),
        years=frozenset(_YEAR.findall(folded)),
        counts=frozenset(
            (re.sub(r"\D", "", number), unit[:6])
            for number, unit in _NUMBER.findall(folded)
            if not _YEAR.fullmatch(number)
        ),
        travel=frozenset(_TRAVEL[w] for w in words if w in _TRAVEL),
        stance=frozenset(
            s for s, pattern in (("confirmed", _CONFIRMED), ("denied", _DENIED)) if re.search(pattern, folded)
        ),
        direction=frozenset([giver_and_getter]) if giver_and_getter else frozenset(),
    )


def direction(text: str, countries_in: Callable[[str], list[str]]) -> tuple[str, str] | None:
    """Who gives and who gets in a deal, from the countries named just before and just after a verb of giving or
    getting: "North Korea sells shells to Russia" and "Russia is seeking to buy shells from North Korea" read the
    same. `countries_in` names, in order, the countries a piece of text mentions."""
    folded = text.casefold()
    verb = re.search(rf"\b(?:{_GIVING}|{_GETTING})\b", folded)
    if verb is None:
        return None
    before, after = countries_in(folded[: verb.start()]), countries_in(folded[verb.end() :])
    if not before or not after or before[-1] == after[0]:
        return None
    giving = re.fullmatch(f"(?:{_GIVING})", verb.group())
    return (before[-1], after[0]) if giving else (after[0], before[-1])


def conflicts(claim: Particulars, articles: Particulars) -> list[str]:
    """The particulars for which the articles state only other values than the claim: what contradicts it."""
    found = []
    for name in ("days", "months", "years", "travel", "direction"):
        said, stated = getattr(claim, name), getattr(articles, name)
        if said and stated and not said & stated:
            found.append(name)
    units = {unit for _, unit in articles.counts}
    for number, unit in claim.counts:
        if unit in units and (number, unit) not in articles.counts:
            found.append("counts")
            break
    if claim.stance and articles.stance and not claim.stance & articles.stance:
        found.append("stance")
    return found
