"""Questions in, answers out: private chats, group chats and edits.

In a private chat every text is a question, and a forwarded post is a claim to check. In a group the bot speaks
only when addressed: `/ask` (also `/ask@botname`; python-telegram-bot ignores `/ask@otherbot`), `/check`, a
mention, or a reply to one of its messages. It replies to the message it answers, and points to its earlier
answer instead of repeating one given in the same group a few minutes ago. A chat's last question and answer
are what a follow-up ("and Shoigu?", "source?") refers to; in a group, a reply to one of the bot's messages
follows up that message, whoever sent it.
"""

from __future__ import annotations

from telegram import Bot, ChatMember, Message, MessageEntity, ReplyParameters, Update
from telegram.constants import ChatType

from handlers.context import Context
from handlers.replies import answer_and_log, send_notice, ui_language
from handlers.watch import watch_for_rumours
from knowledge import AnswerKind
from knowledge.conversation import Context as Conversation
from rendering.telegram import notice_html

_INSIDE = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER, ChatMember.RESTRICTED)


async def answer_private_message(update: Update, context: Context) -> None:
    message = update.effective_message
    forwarded = message.forward_origin is not None
    await answer_in_chat(message, message.text, context, check=forwarded)


async def answer_ask_command(update: Update, context: Context) -> None:
    """`/ask question`, or `/ask` sent as a reply to someone's message to answer that message (whose text,
    another person's words, is not logged)."""
    await _answer_command(update, context, usage="ask-usage", check=False)


async def check_claim_command(update: Update, context: Context) -> None:
    """`/check claim`, or `/check` sent as a reply to someone's message to check what it claims."""
    await _answer_command(update, context, usage="check-usage", check=True)


async def _answer_command(update: Update, context: Context, usage: str, check: bool) -> None:
    message = update.effective_message
    answered_message, text = message, " ".join(context.args or ())
    if not text and message.reply_to_message is not None:
        answered_message = message.reply_to_message
        text = answered_message.text or answered_message.caption or ""
    if not text.strip():
        await send_notice(message, usage, ui_language(update))
        return
    own_words = answered_message is message
    await answer_in_chat(answered_message, text, context, log_question=own_words, check=check)


async def answer_when_addressed(update: Update, context: Context) -> None:
    """A group message: answered when it mentions the bot or replies to it; otherwise silence, except for the
    rumour watch of a group that turned it on (handlers/watch.py)."""
    message = update.effective_message
    question = addressed_question(message, context.bot)
    if question is not None:
        await answer_in_chat(message, question, context)
    elif update.message is not None:
        await watch_for_rumours(update, context)


async def hint_text_only(update: Update, context: Context) -> None:
    await send_notice(update.effective_message, "text-only", ui_language(update))


async def explain_unknown_command(update: Update, context: Context) -> None:
    await send_notice(update.effective_message, "unknown-command", ui_language(update))


async def greet_new_group(update: Update, context: Context) -> None:
    """One short hello when the bot is added to a group, saying how to ask."""
    change = update.my_chat_member
    if change.chat.type == ChatType.PRIVATE:
        return
    joined = change.old_chat_member.status not in _INSIDE and change.new_chat_member.status in _INSIDE
    if joined:
        language = ui_language(update)
        await change.chat.send_message(
            notice_html("group-hello", language, username=context.bot.username), parse_mode="HTML"
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
    message: Message, text: str, context: Context, log_question: bool = True, check: bool = False
) -> None:
    """Replies to `message` with the answer to `text` (or its check), following up the chat's conversation; in
    groups, points to a recent identical answer instead of repeating it."""
    base = context.bot_data.knowledge
    chat = context.chat_data
    replied = message.reply_to_message
    conversation = chat.conversation(replied.message_id if replied is not None else None)
    if check:
        answer = base.answer(text, forwarded=True)
        remembered = Conversation(text, answer)
    else:
        answer, remembered = base.converse(text, conversation)
    repeatable = answer.kind in (AnswerKind.FAQ, AnswerKind.ENTITY, AnswerKind.CLAIM, AnswerKind.ARTICLE)
    if message.chat.type != ChatType.PRIVATE and repeatable and answer.match is not None:
        earlier = chat.answered_lately(answer.match)
        if earlier is not None:
            await message.chat.send_message(
                notice_html("answered-above", answer.language),
                parse_mode="HTML",
                reply_parameters=ReplyParameters(earlier, allow_sending_without_reply=True),
            )
            return
    quote = message.chat.type != ChatType.PRIVATE
    sent = await answer_and_log(message, text, answer, context, quote=quote, log_question=log_question)
    chat.remember(remembered, sent.message_id)
    if quote and repeatable and answer.match is not None:
        chat.answered(answer.match, sent.message_id)
