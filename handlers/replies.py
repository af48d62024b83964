"""Sends an Answer as a Telegram message: the rendered HTML with the keyboard that fits its kind, and
records the question in the question log."""

from __future__ import annotations

import secrets

from telegram import InlineKeyboardMarkup, Message
from telegram.ext import ContextTypes

from curation.question_log import LoggedQuestion, QuestionLog
from handlers.keyboards import answer_keyboard, did_you_mean_keyboard, suggestions_keyboard
from handlers.rendering import reply_html
from knowledge import Answer, AnswerKind, KnowledgeBase, Outcome


def knowledge(context: ContextTypes.DEFAULT_TYPE) -> KnowledgeBase:
    """The base the bot answers from; /reload swaps it in bot_data."""
    return context.bot_data["knowledge"]


def question_log(context: ContextTypes.DEFAULT_TYPE) -> QuestionLog:
    return context.bot_data["question_log"]


def reply_for(answer: Answer, ref: str = "") -> tuple[str, InlineKeyboardMarkup | None]:
    """The HTML text and keyboard of the message that carries an answer."""
    if answer.kind.rests_on_articles:
        keyboard = answer_keyboard(answer)
    elif answer.kind is AnswerKind.UNSURE:
        keyboard = did_you_mean_keyboard(answer, ref)
    else:
        keyboard = suggestions_keyboard(answer.suggestions)
    return reply_html(answer), keyboard


async def send_answer(message: Message, answer: Answer, quote: bool = False, ref: str = "") -> Message:
    text, keyboard = reply_for(answer, ref)
    return await message.reply_html(text, reply_markup=keyboard, do_quote=quote)


async def answer_and_log(
    message: Message,
    question: str,
    answer: Answer,
    context: ContextTypes.DEFAULT_TYPE,
    quote: bool = False,
    log_question: bool = True,
) -> Message:
    """Sends the answer to a person's question and hands the question to the log (which never waits)."""
    outcome = answer.outcome if log_question else None
    ref = secrets.token_hex(4) if outcome is Outcome.UNSURE else ""
    if outcome is not None:
        logged = LoggedQuestion(
            question, message.chat.type, outcome, answer.kind, answer.match, answer.score, ref or None
        )
        question_log(context).record_question(logged)
    return await send_answer(message, answer, quote, ref)
