"""Inline mode: `@botname question` in any chat offers the best matching answers to send there, in the question's
language; a pasted claim ("kim flew to russia") is offered checked against the articles."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode

from handlers.context import Context
from handlers.replies import ui_language
from knowledge import Answer, AnswerKind
from knowledge.forwarded import is_claim_to_check
from knowledge.languages import detect
from rendering.telegram import answer_html
from rendering.texts import say

INLINE_CACHE_SECONDS = 300
_MAX_QUERY = 256


async def answer_inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    text = query.query[:_MAX_QUERY]
    base = context.bot_data.knowledge.in_language(detect(text))
    if not text.strip():
        answers: list[Answer] = []
    elif is_claim_to_check(text):
        checked = base.check(text)
        answers = [checked] if checked.kind is AnswerKind.CHECK else []
    else:
        answers = base.best_answers(text)
    results = [
        InlineQueryResultArticle(
            id=answer.match if answer.kind is not AnswerKind.CHECK else f"check-{answer.match or 'none'}"[:64],
            title=_title(answer, base.question_for(answer.match) if answer.match else None, text),
            description=answer.text[:200],
            input_message_content=InputTextMessageContent(answer_html(answer), parse_mode=ParseMode.HTML),
        )
        for answer in answers
    ]
    ask_in_private = say("inline-ask-in-private", ui_language(update))
    button = None if results else InlineQueryResultsButton(ask_in_private, start_parameter="inline")
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, button=button)


def _title(answer: Answer, question: str | None, text: str) -> str:
    if answer.kind is AnswerKind.CHECK:
        return say("inline-check-title", answer.language, claim=text[:50])
    return question or answer.text[:60]
