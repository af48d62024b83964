"""Replies as plain text, for the console chat and `bot.py ask`."""

from __future__ import annotations

from knowledge.model import Answer, AnswerKind
from rendering.telegram import check_text, verdict_text
from rendering.texts import say

_ARTICLE_DATE = "%d %b %Y"


def plain_text(answer: Answer) -> str:
    lines = [answer.lead, _body(answer)] if answer.lead else [_body(answer)]
    if answer.suggestions:
        lines.append("")
        lines += [f"  {number}. {s.question}" for number, s in enumerate(answer.suggestions, 1)]
    if answer.sources:
        lines += ["", f"{say('sources-label', answer.language)}:"]
        lines += [f"  - {s.publisher}, “{s.title}” ({s.published:{_ARTICLE_DATE}}): {s.url}" for s in answer.sources]
    return "\n".join(lines)


def _body(answer: Answer) -> str:
    if answer.kind is AnswerKind.CHECK:
        several = len(answer.checks) > 1
        return "\n\n".join(
            (f"“{c.claim}”\n" if several else "") + f"{verdict_text(c, answer.language)} {check_text(c)}".rstrip()
            for c in answer.checks
        )
    if answer.kind is AnswerKind.SEVERAL:
        return "\n\n".join(f"{p.question}\n  {_body(p.answer)}" for p in answer.parts)
    return answer.text
