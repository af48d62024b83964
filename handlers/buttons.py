"""Button presses: an answer, its sources, related questions, feedback, topics, "none of these"."""

from __future__ import annotations

import hashlib
import re
import secrets
from html import escape

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from handlers.keyboards import (
    ANSWER,
    HELPFUL,
    NONE_OF_THESE,
    QUOTES,
    RELATED,
    TOPIC,
    UNHELPFUL,
    parse_callback_data,
    suggestions_keyboard,
)
from handlers.rendering import quotes_html
from handlers.replies import knowledge, question_log, send_answer

GONE = "That question is no longer in my base; try asking it again."
NOTHING_MATCHED = "Sorry I couldn't help with that one. Try other words, or browse with /topics."
_LOG_REF = re.compile(r"[0-9a-f]{8}")


class GivenFeedback:
    """Who rated which answer, so each person rates each answer once: kept in memory only, and as keyed
    hashes, never as user ids. A restart forgets it (a second 👍 after one is harmless)."""

    def __init__(self, limit: int = 100_000):
        self._key = secrets.token_bytes(16)
        self._seen: dict[bytes, None] = {}
        self._limit = limit

    def first_time(self, user_id: int, match: str) -> bool:
        digest = hashlib.blake2b(f"{user_id}:{match}".encode(), key=self._key, digest_size=16).digest()
        if digest in self._seen:
            return False
        if len(self._seen) >= self._limit:
            del self._seen[next(iter(self._seen))]
        self._seen[digest] = None
        return True


async def press_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    action, target = parse_callback_data(query.data or "")
    base = knowledge(context)
    message = query.message if query.message is not None and query.message.is_accessible else None
    if action == NONE_OF_THESE:
        if _LOG_REF.fullmatch(target):
            question_log(context).record_none_of_these(target)
        await query.answer()
        if message is not None:
            await message.edit_text(NOTHING_MATCHED)
        return
    if action == TOPIC:
        await query.answer()
        topic = base.topics.get(target)
        questions = tuple(base.questions_in_topic(target))[:20]
        if message is not None and topic is not None:
            await message.reply_html(
                f"<b>{escape(topic.title, quote=False)}</b>", reply_markup=suggestions_keyboard(questions)
            )
        return
    if action in (HELPFUL, UNHELPFUL):
        if base.answer_for(target) is None:
            await query.answer(GONE)
            return
        if context.bot_data["feedback_given"].first_time(query.from_user.id, target):
            chat_type = message.chat.type if message is not None else "inline"
            question_log(context).record_feedback(target, action == HELPFUL, chat_type)
        await thank_for_feedback(query)
        return
    answer = base.answer_for(target)
    if answer is None or message is None:
        await query.answer(GONE if answer is None else None)
        return
    await query.answer()
    if action == ANSWER:
        await send_answer(message, answer, quote=True)
    elif action == QUOTES:
        await message.reply_html(quotes_html(answer.quotes, answer.sources), do_quote=True)
    elif action == RELATED and answer.related:
        await message.reply_html("<b>Related questions</b>", reply_markup=suggestions_keyboard(answer.related))


async def thank_for_feedback(query) -> None:
    """Thanks the person and takes the 👍/👎 row off that answer, so each answer is rated once."""
    await query.answer("Thanks for the feedback!")
    message = query.message
    if message is not None and message.is_accessible and message.reply_markup is not None:
        rows = [row for row in message.reply_markup.inline_keyboard if not _is_feedback_row(row)]
        try:
            await message.edit_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
        except BadRequest as error:
            if "not modified" not in error.message:
                raise


def _is_feedback_row(row) -> bool:
    return any(parse_callback_data(b.callback_data or "")[0] in (HELPFUL, UNHELPFUL) for b in row)
