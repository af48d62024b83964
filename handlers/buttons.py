"""Button presses: an answer, its sources, related questions, feedback, topics, "none of these"."""

from __future__ import annotations

import re

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from handlers.context import Context
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
from handlers.replies import send_answer
from rendering.telegram import heading_html, notice_html, quotes_html, topic_heading_html
from rendering.texts import say

_LOG_REF = re.compile(r"[0-9a-f]{8}")


async def press_button(update: Update, context: Context) -> None:
    query = update.callback_query
    press = parse_callback_data(query.data or "")
    base = context.bot_data.knowledge.in_language(press.language)
    message = query.message if query.message is not None and query.message.is_accessible else None
    if press.action == NONE_OF_THESE:
        if _LOG_REF.fullmatch(press.target):
            context.bot_data.question_log.record_none_of_these(press.target)
        await query.answer()
        if message is not None:
            await message.edit_text(notice_html("nothing-matched", press.language), parse_mode=ParseMode.HTML)
        return
    if press.action == TOPIC:
        await query.answer()
        topic = base.topics.get(press.target)
        questions = tuple(base.questions_in_topic(press.target))[:20]
        if message is not None and topic is not None:
            keyboard = suggestions_keyboard(questions, press.language)
            await message.reply_html(topic_heading_html(topic), reply_markup=keyboard)
        return
    answer = base.answer_for(press.target)
    if press.action in (HELPFUL, UNHELPFUL):
        if answer is None:
            await query.answer(say("gone", press.language))
            return
        if context.bot_data.feedback_given.first_time(query.from_user.id, press.target):
            chat_type = message.chat.type if message is not None else "inline"
            context.bot_data.question_log.record_feedback(press.target, press.action == HELPFUL, chat_type)
        await thank_for_feedback(query, press.language)
        return
    if answer is None or message is None:
        await query.answer(say("gone", press.language) if answer is None else None)
        return
    await query.answer()
    if press.action == ANSWER:
        await send_answer(message, answer, quote=True)
    elif press.action == QUOTES:
        await message.reply_html(quotes_html(answer.quotes, answer.sources, press.language), do_quote=True)
    elif press.action == RELATED and answer.related:
        keyboard = suggestions_keyboard(answer.related, press.language)
        await message.reply_html(heading_html(say("related-heading", press.language)), reply_markup=keyboard)


async def thank_for_feedback(query: CallbackQuery, language: str) -> None:
    """Thanks the person and takes the 👍/👎 row off that answer, so each answer is rated once."""
    await query.answer(say("thanks-for-feedback", language))
    message = query.message
    if message is not None and message.is_accessible and message.reply_markup is not None:
        rows = [row for row in message.reply_markup.inline_keyboard if not _is_feedback_row(row)]
        try:
            await message.edit_reply_markup(InlineKeyboardMarkup(rows) if rows else None)
        except BadRequest as error:
            if "not modified" not in error.message:
                raise


def _is_feedback_row(row) -> bool:
    return any(parse_callback_data(b.callback_data or "").action in (HELPFUL, UNHELPFUL) for b in row)
