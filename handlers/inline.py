"""Inline mode: `@botname question` in any chat offers the best matching answers to send there."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from handlers.rendering import answer_html
from handlers.replies import knowledge

INLINE_CACHE_SECONDS = 300
_MAX_QUERY = 256


async def answer_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    base = knowledge(context)
    answers = base.best_answers(query.query[:_MAX_QUERY]) if query.query.strip() else []
    results = [
        InlineQueryResultArticle(
            id=answer.match,
            title=base.question_for(answer.match) or answer.text[:60],
            description=answer.text[:200],
            input_message_content=InputTextMessageContent(answer_html(answer), parse_mode=ParseMode.HTML),
        )
        for answer in answers
    ]
    button = None if results else InlineQueryResultsButton("Ask me in a private chat", start_parameter="inline")
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS, button=button)
