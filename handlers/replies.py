"""Sends a reply as a Telegram message: the rendered HTML with the keyboard that fits its kind, records the
question in the question log, and remembers the conversation for follow-ups."""

from __future__ import annotations

import secrets

from telegram import InlineKeyboardMarkup, Message, Update

from curation.question_log import LoggedQuestion
from handlers.context import Context
from handlers.keyboards import answer_keyboard, did_you_mean_keyboard, suggestions_keyboard
from knowledge import Answer, AnswerKind, Outcome
from rendering.telegram import notice_html, reply_html
from rendering.texts import spoken


def ui_language(update: Update) -> str:
    """The language to speak in where no message says it: the person's Telegram app language."""
    user = update.effective_user
    return spoken(user.language_code if user else None)


def reply_for(answer: Answer, ref: str = "") -> tuple[str, InlineKeyboardMarkup | None]:
    """The HTML text and keyboard of the message that carries a reply."""
    if answer.kind.rests_on_articles:
        keyboard = answer_keyboard(answer)
    elif answer.kind is AnswerKind.UNSURE:
        keyboard = did_you_mean_keyboard(answer, ref)
    else:
        keyboard = suggestions_keyboard(answer.suggestions, answer.language)
    return reply_html(answer), keyboard


async def send_answer(message: Message, answer: Answer, quote: bool = False, ref: str = "") -> Message:
    text, keyboard = reply_for(answer, ref)
    return await message.reply_html(text, reply_markup=keyboard, do_quote=quote)


async def send_notice(message: Message, key: str, language: str, quote: bool = False, **values: object) -> Message:
    """One of the bot's short texts (a usage hint, an unknown command…), in `language`."""
    return await message.reply_html(notice_html(key, language, **values), do_quote=quote)


async def answer_and_log(
    message: Message, question: str, answer: Answer, context: Context, quote: bool = False, log_question: bool = True
) -> Message:
    """Sends the reply to a person's message and hands the question to the log (which never waits)."""
    outcome = answer.outcome if log_question else None
    ref = secrets.token_hex(4) if outcome is Outcome.UNSURE else ""
    if outcome is not None:
        logged = LoggedQuestion(
            question, message.chat.type, outcome, answer.kind, answer.match, answer.score, ref or None, answer.language
        )
        context.bot_data.question_log.record_question(logged)
    return await send_answer(message, answer, quote, ref)
