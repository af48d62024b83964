"""Grades the bot on an evaluation set in the format of tests/eval/dev.yaml.

An `answerable` item is right when the bot answers and, for every group in `expect`, one of the
group's alternatives appears in the answer (case-insensitive). `not_in_articles` and `off_topic`
items are right when the bot declines.

The wild sets (tests/eval/wild/, the format of shared/eval/wild-sample.yaml) add `lang`, `category` and, for
rumours, `verdict`; the summary then breaks the figures down by each. An item may also be a `dialogue`: a list
of turns, each graded like an item, asked in order as one conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from knowledge.answering import KnowledgeBase
from knowledge.loading import KnowledgeError
from knowledge.model import Answer

KINDS = ("answerable", "not_in_articles", "off_topic")


@dataclass(frozen=True)
class EvalItem:
    id: str
    question: str
    kind: str
    expect: tuple[tuple[str, ...], ...]
    lang: str = "en"
    category: str | None = None
    verdict: str | None = None
    dialogue: str | None = None
    """The dialogue's id when this item is one of its turns (turn ids are `<dialogue>.<n>`)."""


@dataclass(frozen=True)
class Graded:
    item: EvalItem
    answer: Answer
    correct: bool


@dataclass(frozen=True)
class EvalReport:
    graded: tuple[Graded, ...]

    def _of(self, *kinds: str) -> list[Graded]:
        return [g for g in self.graded if g.item.kind in kinds]

    @property
    def answerable_accuracy(self) -> float:
        return _share(self._of("answerable"))

    @property
    def decline_accuracy(self) -> float:
        return _share(self._of("not_in_articles", "off_topic"))

    @property
    def false_answers(self) -> list[Graded]:
        """Answers that should not have been given, or that say the wrong thing."""
        return [g for g in self.graded if g.answer.answered and not g.correct]

    @property
    def failures(self) -> list[Graded]:
        return [g for g in self.graded if not g.correct]

    def summary(self) -> str:
        answerable = self._of("answerable")
        declines = self._of("not_in_articles", "off_topic")
        lines = [
            f"items: {len(self.graded)}",
            f"answerable answered correctly: {_count(answerable)} = {self.answerable_accuracy:.1%}",
        ]
        for kind in ("not_in_articles", "off_topic"):
            lines.append(f"{kind} declined: {_count(self._of(kind))} = {_share(self._of(kind)):.1%}")
        lines.append(f"correct declines overall: {_count(declines)} = {self.decline_accuracy:.1%}")
        false = len(self.false_answers)
        lines.append(f"false answers: {false} of {len(self.graded)} = {false / max(1, len(self.graded)):.1%}")
        lines.append(f"overall correct: {_count(list(self.graded))} = {_share(list(self.graded)):.1%}")
        for label, key in [("language", "lang"), ("category", "category"), ("verdict", "verdict")]:
            groups: dict[str, list[Graded]] = {}
            for graded in self.graded:
                value = getattr(graded.item, key)
                if value is not None:
                    groups.setdefault(value, []).append(graded)
            if len(groups) > 1 or (groups and key != "lang"):
                lines.append(f"by {label}: " + ", ".join(f"{k} {_count(g)}" for k, g in sorted(groups.items())))
        checked = [g for g in self.graded if g.item.verdict]
        if checked:
            right = sum(g.answer.verdict == g.item.verdict for g in checked)
            lines.append(f"verdict accuracy: {right}/{len(checked)} = {right / len(checked):.1%}")
            unmade = [g for g in checked if g.item.verdict != "supported"]
            wrongly = sum(g.answer.verdict == "supported" for g in unmade)
            lines.append(f"'supported' for a claim the articles don't make: {wrongly}/{len(unmade)}")
        turns = [g for g in self.graded if g.item.dialogue]
        if turns:
            lines.append(f"dialogue turns correct: {_count(turns)} = {_share(turns):.1%}")
        return "\n".join(lines)


def _share(graded: list[Graded]) -> float:
    return sum(g.correct for g in graded) / len(graded) if graded else 1.0


def _count(graded: list[Graded]) -> str:
    return f"{sum(g.correct for g in graded)}/{len(graded)}"


def load_eval_set(path: Path) -> list[EvalItem]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(path, f"cannot read the evaluation set: {error}") from None
    if not isinstance(raw, list):
        raise KnowledgeError(path, "must be a list of items")
    items = []
    for number, entry in enumerate(raw, 1):
        if not isinstance(entry, dict):
            raise KnowledgeError(path, f"item #{number} is not a mapping")
        item_id = str(entry.get("id", f"#{number}"))
        if "dialogue" in entry:
            turns = entry["dialogue"]
            if not isinstance(turns, list) or not all(isinstance(t, dict) for t in turns):
                raise KnowledgeError(path, "must be a list of turns", item_id, "dialogue")
            for turn_number, turn in enumerate(turns, 1):
                shared = {k: v for k, v in entry.items() if k in ("lang", "category")}
                turn_id = f"{item_id}.{turn_number}"
                items.append(_item(path, {**shared, **turn, "id": turn_id}, turn_id, dialogue=item_id))
            continue
        items.append(_item(path, entry, item_id))
    return items


def _item(path: Path, entry: dict, item_id: str, dialogue: str | None = None) -> EvalItem:
    kind = entry.get("kind")
    if kind not in KINDS:
        raise KnowledgeError(path, f"must be one of {', '.join(KINDS)}", item_id, "kind")
    if not isinstance(entry.get("q"), str):
        raise KnowledgeError(path, "missing", item_id, "q")
    expect = entry.get("expect") or []
    if kind == "answerable" and not (
        expect and all(isinstance(g, list) and g and all(isinstance(a, str) for a in g) for g in expect)
    ):
        raise KnowledgeError(path, "answerable items need a list of groups of alternatives", item_id, "expect")
    return EvalItem(
        item_id,
        entry["q"],
        kind,
        tuple(tuple(g) for g in expect),
        lang=str(entry.get("lang", "en")),
        category=entry.get("category"),
        verdict=entry.get("verdict"),
        dialogue=dialogue,
    )


def grade_answer(item: EvalItem, answer: Answer) -> bool:
    if item.kind != "answerable":
        return not answer.answered
    text = answer.text.casefold()
    return answer.answered and all(any(a.casefold() in text for a in group) for group in item.expect)


def evaluate(base: KnowledgeBase, items: list[EvalItem]) -> EvalReport:
    """Asks every item on its own, except a dialogue's turns, which are asked in order as one conversation."""
    graded = []
    context, dialogue = None, None
    for item in items:
        if item.dialogue is None or item.dialogue != dialogue:
            context = None
        dialogue = item.dialogue
        answer, context = base.converse(item.question, context)
        graded.append(Graded(item, answer, grade_answer(item, answer)))
    return EvalReport(tuple(graded))
