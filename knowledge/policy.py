"""When the bot answers, when it asks "did you mean…", and when it declines: the engine's decision rules.

The matcher scores every target; this module decides what those scores mean. A target is eligible only if it
could answer the question at all (it names the office asked about, it gives the kind of answer asked for),
and the best eligible one is answered only when it is clearly the best.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from knowledge.answer_types import asked_type
from knowledge.index import SearchIndex
from knowledge.matching import Candidate
from knowledge.normalizing import is_year

ANSWER_AT = 0.66
"""A candidate scoring this much is answered outright."""
CLEAR_LEAD_AT = 0.52
CLEAR_LEAD = 0.05
"""A candidate from CLEAR_LEAD_AT is answered too when it leads every other by CLEAR_LEAD."""
TRANSLATED_LEAD_AT = 0.5
TRANSLATED_LEAD = 0.03
"""In another language, where an entry has some 8 phrasings instead of English's 20, scores run lower and closer:
a candidate from TRANSLATED_LEAD_AT that leads by TRANSLATED_LEAD is answered too."""
LEAD_PRECISION = 0.2
"""A candidate answered for its lead rather than its score must match at least this share of its own phrasing:
"Кто написал «Войну и мир»?" (who wrote War and Peace) shares only "war" and "world" with a phrasing five times
its weight."""
UNSURE_AT = 0.52
"""Between UNSURE_AT and ANSWER_AT the bot asks "did you mean…" instead of guessing."""
DECLINE_MARGIN = 0.015
"""A fact is not answered outright when an entry saying the articles cannot know (the summit's outcome, or a
detail they never give) fits the message within this margin: the bot asks which of the two was meant."""
DECLINE_PRECISION_GAP = 0.12
"""...unless the message is this much less of the decline's phrasing than of the fact's (precision): "kim putin
lunch??" is nearly all of a phrasing of the lunch planned in Kim's honour and a smaller part of those asking how the
talks went, so the planned lunch answers."""
RIVAL_PRECISION_GAP = 0.25
"""Below ANSWER_AT, a fact must lead its rivals by CLEAR_LEAD; an English question that is this much less of a
decline's phrasing than of the fact's has no rival in it ("how come ppl were talking about the cosmodrome then" is
most of a phrasing of the speculation about Vostochny, a small part of one of what the summit agreed). A wider gap
than DECLINE_PRECISION_GAP, so it drops fewer rivals: 0.12 and 0.2 answered "how much do they even have" in a chat
with how much was shipped."""
NAMING_ALL_MARGIN = 0.03
"""A candidate naming everyone a message names goes ahead of one this much better that misses a name."""
_OTHER_TIMES = (("previously", "now"), ("now", "previously"))
"""A message asking about one time is not answered through a phrasing asking about the other."""
EXPECTING = frozenset(["likely", "will"])
"""The words that ask what is expected, which the articles can say, rather than what happened."""
DATED_MARGIN = 0.06
"""A fact this close behind a decline, whose reply gives the earlier year a message names, answers it."""
EXPECTED_MARGIN = 0.03
"""A fact this close behind an entry saying the articles cannot know the outcome answers a question asking what
is likely."""
SUGGEST_AT = 0.35
"""Weaker candidates are still offered as suggestions when the bot declines."""
IN_DOMAIN_RECALL = 0.4
"""A declined message that names no one and explains this little is off-topic rather than unanswered."""
_NAMED_BY_REPLY = ("entity", "article")
"""Targets whose phrasings are only a name, so that their reply says what they are about."""
_RANKED = 5
_RANKED_BEFORE_FILTERING = 20


class Action(StrEnum):
    ANSWER = "answer"
    ASK_WHICH = "ask-which"
    DECLINE = "decline"
    OFF_TOPIC = "off-topic"


@dataclass(frozen=True)
class Decision:
    action: Action
    candidates: tuple[Candidate, ...]
    """The eligible candidates, best first."""
    confident: bool = False
    """For ANSWER: whether the best candidate's own score carried it, rather than its lead over the others."""
    passed_over: Candidate | None = None
    """The best match of all, when it is of a kind left out: a recorded rumour a question is nearly word for word
    ("what did ukraine's foreign ministry say about kim's trip?")."""

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def eligible_candidates(
    index: SearchIndex,
    tokens: list[str],
    excluded: frozenset[str] = frozenset(),
    stated: frozenset[str] | None = None,
) -> list[Candidate]:
    """The targets that could answer a message, best first: each is asked about something the message names
    (its phrasing shares a word with the message besides asking and chat words: "how do you say thank you
    in korean" is not "how can we tell what kind of talks these are"), names the offices it asks about and
    gives the kind of answer it asks for. `excluded`: kinds of phrasing left out ("entity" for a claim).
    `stated`: for a claim to check rather than a question, the kinds of answer it states ("NK has shipped 2 million
    shells" states a number: see answer_types.types_answered)."""
    return _ranked_and_eligible(index, tokens, excluded, stated)[1]


def _ranked_and_eligible(
    index: SearchIndex, tokens: list[str], excluded: frozenset[str], stated: frozenset[str] | None
) -> tuple[list[Candidate], list[Candidate]]:
    """The targets ranked for a message, excluded kinds among them, and the eligible ones (eligible_candidates)."""
    offices = offices_asked(index, tokens)
    asking = stated is None  # a claim asks for nothing: "…slowed its missile testing this year" wants no date
    answer_type = asked_type(tokens, also=("who", "where"), anywhere=index.language == "ko") if asking else None
    asked_direction = exchange_direction(tokens)
    filtering = offices or answer_type or excluded or asked_direction
    candidates = index.rank(tokens, limit=_RANKED_BEFORE_FILTERING if filtering else _RANKED)
    if asked_direction:  # "what will russia get from north korea" is not what North Korea gets from Russia
        reversed_direction = asked_direction[::-1]
        # nor, when it offers and asks for nothing, what an entry on the other side's wants says ("what kind of
        # ballistic missiles could nk offer russia" is not that Kim may seek missile submarines)
        other_side = reversed_direction[0] if _GIVING & set(tokens) and not _GETTING & set(tokens) else None
        candidates = [
            c
            for c in candidates
            if exchange_direction(c.phrasing_tokens) != reversed_direction
            and (other_side is None or index.wanting_side.get(c.target) != other_side)
        ]
    ranked = candidates
    if excluded:
        candidates = [c for c in candidates if c.kind not in excluded][:_RANKED]
    subjects = {t for t in tokens if t not in index.subjectless}
    candidates = [c for c in candidates if c.kind in _NAMED_BY_REPLY or subjects & set(c.phrasing_tokens)]
    if offices:
        candidates = [c for c in candidates if names_offices(index, c, offices)]
    if answer_type:
        candidates = [c for c in candidates if gives(index, c.target, answer_type)]
    for then, other in _OTHER_TIMES:  # "how many were there before the ban" is not "how many are there now"
        if then in tokens and other not in tokens:
            candidates = [c for c in candidates if other not in c.phrasing_tokens]
    return ranked, [c for c in candidates if not declines_what_was_not_asked(index, c, tokens, stated)]


def declines_what_was_not_asked(
    index: SearchIndex, candidate: Candidate, tokens: list[str], stated: frozenset[str] | None = None
) -> bool:
    """Whether a candidate is an entry saying the articles never give a figure or a date, matched through a phrasing
    that asks for it ("how many resolutions has the UN passed on NK?"), while the question nowhere asks for one
    ("what do the UN resolutions say about arms trade with NK?") or the claim states none ("NK slowed its missile
    testing to a crawl"): the articles may well answer that."""
    target = index.targets[candidate.target]
    if not target.declines or target.about_outcome:
        return False
    declined_type = asked_type(list(candidate.phrasing_tokens), anywhere=index.language == "ko")
    if declined_type is None:
        return False
    return declined_type not in (tokens if stated is None else stated)


def decide(
    index: SearchIndex,
    tokens: list[str],
    excluded: frozenset[str] = frozenset(),
    stated: frozenset[str] | None = None,
) -> Decision:
    ranked, eligible = _ranked_and_eligible(index, tokens, excluded, stated)
    undated = expected_first(index, tokens, naming_all_first(eligible))
    candidates = dated_first(index, tokens, undated)
    best = candidates[0] if candidates else None
    passed_over = ranked[0] if ranked and ranked[0].kind in excluded else None
    expecting = bool(EXPECTING & set(tokens))
    dated = best is not None and best is not undated[0]
    clear = best is not None and is_clear_winner(index, candidates, expecting, dated, asking=stated is None)
    if clear and not _unheard_of_and_unsure(index, tokens, best):
        return Decision(Action.ANSWER, tuple(candidates), best.score >= ANSWER_AT, passed_over)
    # "did you mean…" needs an entry that speaks of everyone and every year the message names: "putin has been to
    # pyongyang before, back in 2000?" is not asked of entries that never mention 2000
    offered = suggestible(candidates, UNSURE_AT - 0.1)
    if stated is None and best is not None and best.score >= UNSURE_AT and _all_say_the_same(index, offered):
        return Decision(Action.ANSWER, tuple(candidates), False, passed_over)  # a question with nothing to choose
    if best is not None and best.score >= UNSURE_AT and any(not c.names_missing for c in offered):
        return Decision(Action.ASK_WHICH, tuple(candidates))
    names_something = any(index.normalizer.is_name(t) for t in tokens)
    if names_something or (best is not None and best.recall >= IN_DOMAIN_RECALL):
        return Decision(Action.DECLINE, tuple(candidates))
    return Decision(Action.OFF_TOPIC, tuple(candidates))


def _all_say_the_same(index: SearchIndex, offered: list[Candidate]) -> bool:
    """Whether every entry a "did you mean" would offer rests on a quote the first rests on: the same fact put
    another way ("lankov says russia is using this summit to blackmail somebody. who?" fits the FAQ entry, the
    recorded rumour and Lankov himself, and all say whom), so there is nothing to choose between. Only for
    questions: a claim's check reads a near tie as a sign it may name what the articles do not."""
    if index.language != "en" or len(offered) < 2:  # another language's asking words are read less surely
        return False
    if any(index.targets[c.target].declines or c.names_missing for c in offered):
        return False
    first = {q.text for q in index.targets[offered[0].target].quotes}
    return bool(first) and all(first & {q.text for q in index.targets[c.target].quotes} for c in offered[1:])


def _unheard_of_and_unsure(index: SearchIndex, tokens: list[str], best: Candidate) -> bool:
    """Whether a message names no one, has a word the base has never seen ("best vpn for travelling abroad") and
    fits its best match only loosely: the unknown word is likely what it is about."""
    if index.language != "en" or best.score >= ANSWER_AT or any(index.normalizer.is_name(t) for t in tokens):
        return False  # an analyser's dictionary form of a known word may be one the base's phrasings never use
    return any(not index.matcher.knows(t) and not t.isdigit() for t in tokens)


def expected_first(index: SearchIndex, tokens: list[str], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a fact ahead of a nearly as good entry saying the articles cannot know the summit's
    outcome, when the message asks what is likely or will be ("is russia likely to lift its sanctions after this
    summit?"): what the articles expected is the answer to that, not that they were written before it."""
    if not candidates or not EXPECTING & set(tokens) or not index.targets[candidates[0].target].about_outcome:
        return candidates
    best = candidates[0]
    facts = [
        c for c in candidates[1:] if not index.targets[c.target].declines and c.score >= best.score - EXPECTED_MARGIN
    ]
    return [facts[0], *(c for c in candidates if c is not facts[0])] if facts else candidates


def dated_first(index: SearchIndex, tokens: list[str], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a fact whose reply gives the earlier year a message names ahead of a nearly as good entry
    saying the articles do not give something of this visit: "2018 inter-korean summit, how many guards ran around
    kim's car" asks what the articles tell of 2018, not that they give no count of his guards in Russia."""
    if index.language != "en":  # another language's phrasings of a decline seldom repeat the year its reply gives
        return candidates
    years = {t for t in tokens if is_year(t) and t < "2023"}
    if not years or not candidates or not index.targets[candidates[0].target].declines:
        return candidates
    best = candidates[0]
    if years & set(best.phrasing_tokens):  # "how long did the 2019 meeting last": the articles do not say
        return candidates
    dated = [
        c
        for c in candidates[1:]
        if c.score >= best.score - DATED_MARGIN
        and not index.targets[c.target].declines
        and years & set(index.reply_tokens[c.target])
    ]
    return [dated[0], *(c for c in candidates if c is not dated[0])] if dated else candidates


def naming_all_first(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with one that mentions every name the message gives ahead of a better-scoring one that misses
    some, when it is nearly as good: "what's putin doing in vladivostok this week" is not about rumours "for weeks"."""
    if not candidates or not candidates[0].names_missing:
        return candidates
    naming = [c for c in candidates if not c.names_missing]
    if not naming or naming[0].score < candidates[0].score - NAMING_ALL_MARGIN:
        return candidates
    return [naming[0], *(c for c in candidates if c is not naming[0])]


SIDES = {"north-korea": "north-korea", "russia": "russia", "kim-jong-un": "north-korea", "vladimir-putin": "russia"}
"""The two sides of the exchange the summit is about; each leader speaks for his country."""
_GETTING = frozenset(["want", "receive"])
_GIVING = frozenset(["offer"])


def exchange_direction(tokens: Sequence[str]) -> tuple[str, str] | None:
    """(who gets, who gives) in the exchange a text speaks of, from the sides named just before and after its first
    word of getting or giving: "what does NK want from Russia" and "what can Russia offer NK" both read
    ("north-korea", "russia"). None when it names no such word between the two sides."""
    for position, token in enumerate(tokens):
        if token not in _GETTING and token not in _GIVING:
            continue
        before = [SIDES[t] for t in tokens[:position] if t in SIDES]
        after = [SIDES[t] for t in tokens[position + 1 :] if t in SIDES]
        if not before or not after or before[-1] == after[0]:
            return None
        return (before[-1], after[0]) if token in _GETTING else (after[0], before[-1])
    return None


def suggestible(candidates: Sequence[Candidate], floor: float) -> list[Candidate]:
    """The candidates worth offering as questions: FAQ entries and entities from `floor` up, not bare claims."""
    return [c for c in candidates if c.score >= floor and c.kind != "claim"][:3]


def is_clear_winner(
    index: SearchIndex,
    candidates: Sequence[Candidate],
    expecting: bool = False,
    dated: bool = False,
    asking: bool = True,
) -> bool:
    """Whether the best candidate answers outright. `expecting`: the message asks what is likely or will be.
    `dated`: the best is a fact giving the earlier year the message names, put ahead of a decline (dated_first).
    `asking`: the message is a question, not a claim to check."""
    best = candidates[0]
    if best.names_missing:
        return False
    if not dated and a_decline_nearly_ties(index, candidates, expecting):
        return False
    runner_up = rival_score(index, candidates, asking)
    if best.score >= ANSWER_AT:
        return True
    if best.precision < LEAD_PRECISION:  # below ANSWER_AT only a lead could carry it, and this one barely matches
        return False
    lead = best.score - runner_up
    if best.score >= CLEAR_LEAD_AT and lead >= CLEAR_LEAD:
        return True
    translated = index.language != "en"
    return translated and best.score >= TRANSLATED_LEAD_AT and lead >= TRANSLATED_LEAD


def rival_score(index: SearchIndex, candidates: Sequence[Candidate], asking: bool = True) -> float:
    """The best score of a candidate that would answer something else: one resting on none of the claims the
    best candidate rests on. Two entries saying the same facts are no reason to ask "did you mean", nor, for an
    English question, a decline it is a much smaller part of than of the fact (RIVAL_PRECISION_GAP)."""
    best = candidates[0]
    question_in_english = asking and index.language == "en"
    said = set(index.targets[best.target].claims)
    for candidate in candidates[1:]:
        target = index.targets[candidate.target]
        if question_in_english and target.declines and candidate.precision < best.precision - RIVAL_PRECISION_GAP:
            continue  # "how come ppl were talking about the cosmodrome": no rival in how the talks went
        if not said or not said & set(target.claims) or target.declines:
            return candidate.score
    return 0.0


def a_decline_nearly_ties(index: SearchIndex, candidates: Sequence[Candidate], expecting: bool = False) -> bool:
    """Whether the best candidate is a fact and an entry saying the articles cannot know fits almost as well, and
    as closely (DECLINE_PRECISION_GAP); one saying they cannot know the summit's outcome does not count against a
    fact when the message asks what is expected ("would russia pay nk in actual money?": what the articles
    expected answers that)."""
    best = candidates[0]
    targets = index.targets
    return not targets[best.target].declines and any(
        targets[c.target].declines
        and c.score >= best.score - DECLINE_MARGIN
        and c.precision >= best.precision - DECLINE_PRECISION_GAP
        and not (expecting and targets[c.target].about_outcome)
        for c in candidates[1:]
    )


def offices_asked(index: SearchIndex, tokens: list[str]) -> set[tuple[str, str]]:
    """The (country, office) pairs a message asks about: "Russia's foreign minister", "premier of North Korea". Korean
    names the country only before the office: in "국방장관이 북한까지 왔지" the defence minister came to North Korea."""
    after = 0 if index.language == "ko" else 1
    return {
        (neighbour, token)
        for i, token in enumerate(tokens)
        if token in index.titles
        for neighbour in tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 1 + after]
        if neighbour in index.countries
    }


def names_offices(index: SearchIndex, candidate: Candidate, offices: set[tuple[str, str]]) -> bool:
    """Whether the phrasing matched or the target's reply names each office the message asks about, the way
    English names an office, the country first ("Russian Defense Minister", "North Korea's foreign minister"), or in
    another language either way round."""
    texts = (candidate.phrasing_tokens, index.reply_tokens[candidate.target])
    either_way = index.language != "en"  # "министр обороны КНДР" names the country after the office
    return all(
        any(_follows(tokens, country, office) or (either_way and _follows(tokens, office, country)) for tokens in texts)
        for country, office in offices
    )


def gives(index: SearchIndex, target_id: str, answer_type: str) -> bool:
    """Whether a target's reply gives the kind of answer asked for; a decline always may. "Who…?" is answered by
    a reply that names a person, an organisation or a country, "where…?" by one that names a place."""
    target = index.targets[target_id]
    if target.declines:
        return True
    if answer_type == "who":
        return any(t in index.people_and_bodies for t in index.reply_tokens[target_id])
    if answer_type == "where":
        return any(t in index.places for t in index.reply_tokens[target_id])
    return answer_type in index.types_answered[target_id]


def _follows(tokens: Sequence[str], first: str, second: str) -> bool:
    return any(pair == (first, second) for pair in itertools.pairwise(tokens))
