"""What the question log tells curators and admins: unanswered questions, disliked answers, statistics."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from rapidfuzz import fuzz, process

from curation.question_log import NOT_ANSWERED
from knowledge import KnowledgeBase, Outcome
from knowledge.languages import Language
from knowledge.normalizing import plain_words

GROUP_CHATS = ("group", "supergroup")
SAME_QUESTION_SIMILARITY = 85
"""Two logged questions this similar (rapidfuzz token-set ratio of their words) count as one."""


@dataclass(frozen=True)
class UnansweredGroup:
    question: str
    count: int
    variants: tuple[str, ...]
    nearest_id: str | None
    nearest_question: str | None
    nearest_score: float
    language: str = "en"
    claim_check: bool = False
    """A claim put up for checking (a forwarded post, "is it true…") that the base could not settle."""


@dataclass(frozen=True)
class DislikedAnswer:
    match: str
    question: str | None
    unhelpful: int
    helpful: int


@dataclass(frozen=True)
class Stats:
    answered_today: int
    declined_today: int
    answered_total: int
    declined_total: int
    top_questions: list[tuple[str, int]]
    most_disliked: list[DislikedAnswer]


def parse_since(value: str) -> datetime:
    """`--since` as a date (2023-09-13), a time (2023-09-13T08:00) or an age: 30m, 12h, 7d."""
    value = value.strip()
    units = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
    if value[:-1].isdigit() and value[-1:] in units:
        return datetime.now(UTC) - timedelta(**{units[value[-1]]: int(value[:-1])})
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a date, a time or an age such as 7d: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _since_text(since: datetime | None) -> str:
    return (since or datetime(1970, 1, 1, tzinfo=UTC)).astimezone(UTC).isoformat(timespec="seconds")


def unanswered(
    db: sqlite3.Connection, base: KnowledgeBase, since: datetime | None, limit: int, language: str | None = None
) -> list[UnansweredGroup]:
    """The most frequent questions the bot did not answer, grouped when they say the same thing; claims it was
    asked to check and could not settle form groups of their own. `language` keeps one language's only."""
    placeholders = ", ".join("?" for _ in NOT_ANSWERED)
    rows = db.execute(
        f"SELECT text, COUNT(*), kind = 'check', COALESCE(language, 'en') FROM questions "
        f"WHERE outcome IN ({placeholders}) AND asked_at >= ? AND (? IS NULL OR COALESCE(language, 'en') = ?) "
        "GROUP BY lower(text) ORDER BY COUNT(*) DESC, MIN(asked_at)",
        (*NOT_ANSWERED, _since_text(since), language, language),
    ).fetchall()
    groups: list[list] = []
    keys: dict[tuple[bool, str], list[str]] = {}
    where: dict[tuple[bool, str], list[int]] = {}
    for text, count, checked, spoken in rows:
        kind = (bool(checked), spoken)
        key = " ".join(plain_words(text, _language(spoken)))
        same_kind = keys.setdefault(kind, [])
        found = process.extractOne(key, same_kind, scorer=fuzz.token_set_ratio, score_cutoff=SAME_QUESTION_SIMILARITY)
        if found is None:
            where.setdefault(kind, []).append(len(groups))
            groups.append([text, count, [], kind])
            same_kind.append(key)
        else:
            group = groups[where[kind][found[2]]]
            group[1] += count
            group[2].append(text)
    groups.sort(key=lambda g: g[1], reverse=True)
    return [
        _with_nearest(base, text, count, tuple(variants), spoken, checked)
        for text, count, variants, (checked, spoken) in groups[:limit]
    ]


def _language(code: str) -> Language:
    try:
        return Language(code)
    except ValueError:
        return Language.EN


def _with_nearest(
    base: KnowledgeBase, text: str, count: int, variants: tuple[str, ...], language: str, claim_check: bool
) -> UnansweredGroup:
    nearest = base.in_language(language).nearest(text)
    return UnansweredGroup(
        question=text,
        count=count,
        variants=variants,
        nearest_id=nearest.id if nearest else None,
        nearest_question=nearest.question if nearest else None,
        nearest_score=round(nearest.score, 3) if nearest else 0.0,
        language=language,
        claim_check=claim_check,
    )


def most_disliked(
    db: sqlite3.Connection, base: KnowledgeBase, since: datetime | None, limit: int
) -> list[DislikedAnswer]:
    rows = db.execute(
        "SELECT match, SUM(helpful = 0), SUM(helpful = 1) FROM feedback WHERE given_at >= ? "
        "GROUP BY match HAVING SUM(helpful = 0) > 0 ORDER BY SUM(helpful = 0) DESC, match LIMIT ?",
        (_since_text(since), limit),
    ).fetchall()
    return [DislikedAnswer(match, base.question_for(match), down, up) for match, down, up in rows]


def stats(
    db: sqlite3.Connection, base: KnowledgeBase, today: datetime | None = None, top_from: tuple[str, ...] | None = None
) -> Stats:
    """The counts, and the most asked questions: from chats of the types in `top_from`, or from all."""
    midnight = (today or datetime.now(UTC)).astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)

    def count(outcomes: tuple[str, ...], since: datetime | None) -> int:
        placeholders = ", ".join("?" for _ in outcomes)
        query = f"SELECT COUNT(*) FROM questions WHERE outcome IN ({placeholders}) AND asked_at >= ?"
        return db.execute(query, (*outcomes, _since_text(since))).fetchone()[0]

    answered = (Outcome.ANSWERED, Outcome.LOW_CONFIDENCE)
    chat_types = top_from or ()
    where = f"WHERE chat_type IN ({', '.join('?' for _ in chat_types)})" if chat_types else ""
    top = db.execute(
        f"SELECT lower(text), COUNT(*) FROM questions {where} GROUP BY lower(text) ORDER BY COUNT(*) DESC LIMIT 5",
        chat_types,
    ).fetchall()
    return Stats(
        answered_today=count(answered, midnight),
        declined_today=count(NOT_ANSWERED, midnight),
        answered_total=count(answered, None),
        declined_total=count(NOT_ANSWERED, None),
        top_questions=[(text, number) for text, number in top],
        most_disliked=most_disliked(db, base, None, 5),
    )
