"""Questions in, answers out: private chats, group chats and edits.

In a private chat every text is a question. In a group the bot speaks only when addressed: `/ask`
(also `/ask@botname`; python-telegram-bot ignores `/ask@otherbot`), a mention, or a reply to one of
its messages. It replies to the message it answers, and points to its earlier answer instead of
repeating one given in the same group a few minutes ago.
"""

from __future__ import annotations

import time

from telegram import Bot, ChatMember, Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from handlers.replies import answer_and_log, knowledge

RECENT_ANSWER_SECONDS = 300
ASK_USAGE = "Ask me like this: /ask who travels with Kim?"
UNKNOWN_COMMAND = "I don't know that command. Try /help, or just type your question."
TEXT_ONLY_HINT = "I can only read text: send me your question about the Kim–Putin summit as a message."
_INSIDE = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED)


async def answer_private_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    await answer_in_chat(message, message.text, context)


async def answer_ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/ask question`, or `/ask` sent as a reply to someone's message to answer that message (whose text,
    another person's words, is not logged)."""
    message = update.effective_message
    answered_message, question = message, " ".join(context.args)
    if not question and message.reply_to_message is not None:
        answered_message = message.reply_to_message
        question = answered_message.text or answered_message.caption or ""
    if not question.strip():
        await message.reply_text(ASK_USAGE)
        return
    await answer_in_chat(answered_message, question, context, log_question=answered_message is message)


async def answer_when_addressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message: answered only when it mentions the bot or replies to it; silence otherwise."""
    message = update.effective_message
    question = addressed_question(message, context.bot)
    if question is not None:
        await answer_in_chat(message, question, context)


async def hint_text_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(TEXT_ONLY_HINT)


async def explain_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_message.reply_text(UNKNOWN_COMMAND)


async def greet_new_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One short hello when the bot is added to a group, saying how to ask."""
    change = update.my_chat_member
    if change.chat.type == ChatType.PRIVATE:
        return
    joined = change.old_chat_member.status not in _INSIDE and change.new_chat_member.status in _INSIDE
    if joined:
        username = context.bot.username
        await change.chat.send_message(
            "Hi! I answer questions about the Kim Jong Un – Vladimir Putin summit of September 2023, from five "
            f"news articles. Ask with /ask@{username} your question, mention @{username}, or reply to one of my "
            f"messages. I stay quiet otherwise (with privacy mode on I only see those, so /ask@{username} always "
            "works)."
        )


def addressed_question(message: Message, bot: Bot) -> str | None:
    """The question a group message puts to the bot, without the mention; None when it is not for the bot."""
    text = message.text or message.caption or ""
    mention = f"@{bot.username}".casefold()
    entities = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    for entity, entity_text in entities.items():
        if (entity.type == MessageEntity.MENTION and entity_text.casefold() == mention) or (
            entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id
        ):
            return text.replace(entity_text, " ").strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        return text
    return None


async def answer_in_chat(
    message: Message, question: str, context: ContextTypes.DEFAULT_TYPE, log_question: bool = True
) -> None:
    """Replies to `message` with the answer to `question`; in groups, points to a recent identical answer."""
    answer = knowledge(context).answer(question)
    if message.chat.type == ChatType.PRIVATE:
        await answer_and_log(message, question, answer, context, log_question=log_question)
        return
    recent: dict[str, tuple[int, float]] = context.chat_data.setdefault("recent_answers", {})
    now = time.monotonic()
    for match, (_, sent_at) in list(recent.items()):
        if now - sent_at > RECENT_ANSWER_SECONDS:
            del recent[match]
    if answer.answered and answer.match in recent:
        earlier_message_id = recent[answer.match][0]
        await message.chat.send_message(
            "I answered that a few minutes ago, just above ↑",
            reply_parameters=ReplyParameters(earlier_message_id, allow_sending_without_reply=True),
        )
        return
    sent = await answer_and_log(message, question, answer, context, quote=True, log_question=log_question)
    if answer.answered:
        recent[answer.match] = (sent.message_id, now)
