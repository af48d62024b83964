"""The Telegram bot end to end: the real Application, long-polling a Bot API server the test starts on 127.0.0.1."""

import asyncio
import logging
import sqlite3
import sys

from telegram.error import InvalidToken

from handlers.guards import keep_secret_out_of_logs
from handlers.keyboards import MAX_CALLBACK_BYTES, answer_keyboard, did_you_mean_keyboard
from handlers.replies import reply_for
from knowledge import KnowledgeError
from rendering.telegram import answer_html, notice_html, quotes_html
from tests.conftest import ADMIN_ID
from tests.fake_bot_api import (
    BOT_USERNAME,
    TOKEN,
    Fault,
    bot_message,
    buttons,
    callback_query,
    command_entity,
    group_message,
    inline_query,
    mention_entity,
    nothing_sent_after,
    private_message,
    sent_after,
)
from tests.telegram_html import assert_valid_telegram_html

PRIVATE_CHAT = {"id": 101, "type": "private", "first_name": "Ana"}


async def test_start_up_registers_the_menu_and_learns_its_username(telegram):
    assert telegram.calls_to("getMe")
    commands = [c["command"] for c in telegram.calls_to("setMyCommands")[0].params["commands"]]
    assert {"ask", "topics", "sources", "help", "about"} <= set(commands)
    assert telegram.calls_to("setMyDescription") and telegram.calls_to("setMyShortDescription")


async def test_a_private_question_gets_a_short_sourced_answer(telegram):
    [reply] = await sent_after(telegram, private_message("who is peskov?"))
    assert "Peskov" in reply.params["text"] and "<a href=" in reply.params["text"]
    assert reply.params["parse_mode"] == "HTML"
    assert reply.params["link_preview_options"]["is_disabled"] is True
    assert {"q:dmitry-peskov", "up:dmitry-peskov", "down:dmitry-peskov"} <= set(buttons(reply))


async def test_no_answer_is_honest_and_offers_questions(telegram):
    [reply] = await sent_after(telegram, private_message("What is Putin's net worth?"))
    assert "won't guess" in reply.params["text"]
    assert buttons(reply) and all(b.startswith("a:") for b in buttons(reply))


async def test_html_in_a_question_is_never_echoed_raw(telegram):
    [reply] = await sent_after(telegram, private_message("<script>alert(1)</script> & <b>hi"))
    assert "<script>" not in reply.params["text"]


async def test_a_group_message_not_for_the_bot_gets_no_reply(telegram):
    await nothing_sent_after(telegram, group_message("who is peskov? i keep forgetting"))


async def test_a_mention_in_a_group_is_answered_as_a_reply(telegram):
    text = f"@{BOT_USERNAME} who is peskov?"
    update = telegram.push(group_message(text, entities=mention_entity(text, f"@{BOT_USERNAME}")))
    [reply] = await asyncio.to_thread(telegram.wait_for, "sendMessage")
    assert "Peskov" in reply.params["text"]
    assert reply.params["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_ask_with_the_bots_name_is_answered_and_another_bots_is_not(telegram):
    text = f"/ask@{BOT_USERNAME} who is shoigu"
    [reply] = await sent_after(telegram, group_message(text, entities=command_entity(text)))
    assert "Shoigu" in reply.params["text"]
    other = "/ask@some_other_bot who is shoigu"
    await nothing_sent_after(telegram, group_message(other, entities=command_entity(other)))


async def test_ask_without_a_question_explains_itself(telegram):
    [reply] = await sent_after(telegram, group_message("/ask", entities=command_entity("/ask")))
    assert reply.params["text"] == notice_html("ask-usage")


async def test_ask_as_a_reply_answers_the_message_replied_to(telegram):
    rumour = group_message("who is travelling with kim?", user_id=103)["message"]
    update = group_message("/ask", entities=command_entity("/ask"), reply_to_message=rumour)
    [reply] = await sent_after(telegram, update)
    assert "Jo Chun Ryong" in reply.params["text"]
    assert reply.params["reply_parameters"]["message_id"] == rumour["message_id"]


async def test_a_reply_to_the_bot_in_a_group_is_answered(telegram):
    earlier = bot_message({"id": -100200, "type": "supergroup", "title": "Rumour mill"}, "Hi!")
    [reply] = await sent_after(telegram, group_message("who is lankov", reply_to_message=earlier))
    assert "Lankov" in reply.params["text"]


async def test_the_same_question_in_a_group_points_to_the_earlier_answer(telegram):
    text = f"@{BOT_USERNAME} who is peskov?"
    [first] = await sent_after(telegram, group_message(text, entities=mention_entity(text, f"@{BOT_USERNAME}")))
    again = f"@{BOT_USERNAME} peskov who?"
    [second] = await sent_after(telegram, group_message(again, entities=mention_entity(again, f"@{BOT_USERNAME}")))
    assert "a few minutes ago" in second.params["text"]
    assert second.params["reply_parameters"]["message_id"] == first.result["message_id"]


async def test_edits_are_answered_again_in_private_but_not_taken_as_new_group_questions(telegram):
    edited = private_message("who is peskov")
    [reply] = await sent_after(telegram, {"edited_message": edited["message"]})
    assert "Peskov" in reply.params["text"]
    await nothing_sent_after(telegram, {"edited_message": group_message("who is peskov")["message"]})


async def test_channel_posts_are_ignored(telegram):
    post = {
        "message_id": 5,
        "date": 0,
        "chat": {"id": -100300, "type": "channel", "title": "News"},
        "text": "who is peskov",
    }
    await nothing_sent_after(telegram, {"channel_post": post})


async def test_a_sticker_in_private_gets_a_hint(telegram):
    sticker = {
        "file_id": "x",
        "file_unique_id": "y",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    update = private_message("", sticker=sticker)
    del update["message"]["text"]
    [reply] = await sent_after(telegram, update)
    assert reply.params["text"] == notice_html("text-only")


async def test_being_added_to_a_group_says_one_hello(telegram):
    chat = {"id": -100400, "type": "group", "title": "Friends"}
    bot_user = {"id": 7000001, "is_bot": True, "first_name": "Summit bot", "username": BOT_USERNAME}
    change = {
        "chat": chat,
        "from": {"id": 101, "is_bot": False, "first_name": "Ana"},
        "date": 0,
        "old_chat_member": {"user": bot_user, "status": "left"},
        "new_chat_member": {"user": bot_user, "status": "member"},
    }
    [hello] = await sent_after(telegram, {"my_chat_member": change})
    assert f"/ask@{BOT_USERNAME}" in hello.params["text"] and "privacy" in hello.params["text"]


async def test_did_you_mean_buttons_answer_when_pressed(telegram, base):
    answer = base.answer("delegation")
    target = answer.suggestions[0].id if answer.suggestions else "dmitry-peskov"
    message = bot_message(PRIVATE_CHAT, "I'm not sure which of these you mean:")
    [reply] = await sent_after(telegram, callback_query(f"a:{target}", message))
    assert reply.params["text"].startswith(answer_html(base.answer_for(target))[:40])
    assert telegram.calls_to("answerCallbackQuery")


async def test_none_of_these_and_sources_buttons(telegram):
    message = bot_message(PRIVATE_CHAT, "I'm not sure which of these you mean:")
    [edit] = await sent_after(telegram, callback_query("none:", message), method="editMessageText")
    assert "Sorry" in edit.params["text"]
    [quotes] = await sent_after(telegram, callback_query("q:dmitry-peskov", message))
    assert "<blockquote>" in quotes.params["text"]


async def test_feedback_is_thanked_and_the_buttons_go(telegram, base):
    answer = base.answer_for("dmitry-peskov")
    message = bot_message(PRIVATE_CHAT, answer.text)
    message["reply_markup"] = answer_keyboard(answer).to_dict()
    [edit] = await sent_after(telegram, callback_query("up:dmitry-peskov", message), method="editMessageReplyMarkup")
    remaining = [b["callback_data"] for row in edit.params["reply_markup"]["inline_keyboard"] for b in row]
    assert "up:dmitry-peskov" not in remaining and "q:dmitry-peskov" in remaining
    thanks = telegram.calls_to("answerCallbackQuery")[-1]
    assert "Thanks" in thanks.params["text"]


async def test_an_old_button_for_a_removed_entry_says_so(telegram):
    message = bot_message(PRIVATE_CHAT, "old")
    [answered] = await sent_after(
        telegram, callback_query("a:an-entry-that-was-deleted", message), method="answerCallbackQuery"
    )
    assert "no longer" in answered.params["text"]


async def test_inline_mode_offers_answers_with_source_links(telegram):
    [call] = await sent_after(telegram, inline_query("who is peskov"), method="answerInlineQuery")
    results = call.params["results"]
    assert results and results[0]["id"] == "dmitry-peskov"
    for result in results:
        content = result["input_message_content"]["message_text"]
        assert_valid_telegram_html(content)
        assert "<a href=" in content


async def test_it_survives_429_and_502_answers(telegram):
    telegram.faults += [Fault("sendMessage", status=429, retry_after=1), Fault("sendMessage", status=502)]
    [reply] = await sent_after(telegram, private_message("who is peskov?"))
    assert "Peskov" in reply.params["text"]


async def test_one_user_flooding_does_not_starve_another(telegram):
    mark = telegram.mark()
    for _ in range(200):
        telegram.push(private_message("who is peskov?", user_id=555))
    telegram.push(private_message("who is lankov?", user_id=556))
    await asyncio.to_thread(telegram.wait_for, "sendMessage", 2, 10.0, mark)
    await asyncio.sleep(1.0)
    replies = [c for c in telegram.calls[mark:] if c.method == "sendMessage"]
    assert any("Lankov" in c.params["text"] and str(c.params["chat_id"]) == "556" for c in replies)
    assert sum(str(c.params["chat_id"]) == "555" for c in replies) <= 10


async def test_the_token_never_reaches_the_logs(telegram, caplog):
    keep_secret_out_of_logs(TOKEN)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    telegram.faults.append(Fault("sendMessage", status=502))
    await sent_after(telegram, private_message("who is peskov?"))
    logging.getLogger("test").info("a message mentioning %s", TOKEN)
    assert caplog.records
    assert TOKEN not in caplog.text
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


def test_every_answer_in_the_base_renders_as_valid_telegram_html(base):
    for target in [*base.faq, *base.entities, *base.claims]:
        answer = base.answer_for(target)
        text, keyboard = reply_for(answer)
        assert_valid_telegram_html(text)
        assert_valid_telegram_html(quotes_html(answer.quotes, answer.sources))
        for row in keyboard.inline_keyboard:
            for button in row:
                assert len(button.callback_data.encode()) <= MAX_CALLBACK_BYTES


def test_declines_and_questions_back_render_as_valid_telegram_html(base):
    for message in ["", "hi", "help", "sources", "delegation", "net worth of putin", "<b>&amp; & < >", "x" * 10_000]:
        answer = base.answer(message)
        text, _ = reply_for(answer)
        assert_valid_telegram_html(text)
        if answer.kind == "unsure":
            assert did_you_mean_keyboard(answer).inline_keyboard[-1][0].callback_data == "none:"


async def test_start_with_a_deep_link_opens_that_question(telegram, base):
    [reply] = await sent_after(telegram, private_message("/start dmitry-peskov", entities=command_entity("/start")))
    assert reply.params["text"] == answer_html(base.answer_for("dmitry-peskov"))
    [hello] = await sent_after(telegram, private_message("/start", entities=command_entity("/start")))
    assert hello.params["text"].startswith("Hi!")


async def test_help_sources_and_about(telegram, base):
    [help_reply] = await sent_after(telegram, private_message("/help", entities=command_entity("/help")))
    assert "/ask" in help_reply.params["text"] and buttons(help_reply)
    [sources] = await sent_after(telegram, private_message("/sources", entities=command_entity("/sources")))
    assert sources.params["text"].count("<a href=") == len(base.articles)
    assert "duckduckgo.com" in sources.params["text"]
    [about_reply] = await sent_after(telegram, private_message("/about", entities=command_entity("/about")))
    assert "before" in about_reply.params["text"]


async def test_topics_are_browsed_with_buttons(telegram, base):
    [topics] = await sent_after(telegram, private_message("/topics", entities=command_entity("/topics")))
    assert buttons(topics) == [f"t:{t}" for t in base.topics]
    message = bot_message(PRIVATE_CHAT, "Pick a topic")
    [questions] = await sent_after(telegram, callback_query("t:kims-journey", message))
    assert buttons(questions) and all(b.startswith("a:") for b in buttons(questions))


async def test_an_unknown_private_command_gets_a_hint_not_an_answer(telegram):
    [reply] = await sent_after(telegram, private_message("/frobnicate", entities=command_entity("/frobnicate")))
    assert reply.params["text"] == notice_html("unknown-command")


async def test_a_reply_to_a_question_deleted_meanwhile_is_sent_without_the_quote(telegram):
    text = f"@{BOT_USERNAME} who is peskov?"
    update = group_message(text, entities=mention_entity(text, f"@{BOT_USERNAME}"))
    telegram.deleted.add(update["message"]["message_id"])
    [reply] = await sent_after(telegram, update)
    assert "Peskov" in reply.params["text"]
    assert reply.params["reply_parameters"]["allow_sending_without_reply"] is True


async def test_thumbs_up_twice_is_one_row_and_no_error(application, telegram, base, caplog):
    answer = base.answer_for("dmitry-peskov")
    message = bot_message(PRIVATE_CHAT, answer.text, message_id=4321)
    message["reply_markup"] = answer_keyboard(answer).to_dict()
    for _ in range(2):
        await sent_after(telegram, callback_query("up:dmitry-peskov", message), method="answerCallbackQuery")
    await sent_after(telegram, callback_query("up:dmitry-peskov", message, user_id=202), method="answerCallbackQuery")
    log = application.bot_data.question_log
    log.flush()
    with sqlite3.connect(log.path) as db:
        assert db.execute("SELECT match, helpful FROM feedback").fetchall() == [("dmitry-peskov", 1)] * 2
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_forged_button_data_is_acknowledged_and_never_stored(application, telegram):
    message = bot_message(PRIVATE_CHAT, "old")
    forged = ["up:", "up:<b>x</b>", "down:'; DROP TABLE feedback; --", "down:" + "x" * 60, "none:<b>", "zz:1"]
    mark = telegram.mark()
    for data in forged:
        telegram.push(callback_query(data, message, user_id=203))
    await asyncio.to_thread(telegram.wait_for, "answerCallbackQuery", len(forged), 5.0, mark)
    log = application.bot_data.question_log
    log.flush()
    with sqlite3.connect(log.path) as db:
        assert db.execute("SELECT COUNT(*) FROM feedback").fetchone() == (0,)


async def test_a_reload_refusal_longer_than_a_message_is_still_delivered(application, telegram, monkeypatch):
    def broken(*paths):
        raise KnowledgeError("faq/x.yaml", "<bad> & worse " * 400)

    monkeypatch.setattr("handlers.admin.load_knowledge", broken)
    text = "/reload"
    [refused] = await sent_after(telegram, private_message(text, user_id=ADMIN_ID, entities=command_entity(text)))
    assert refused.params["text"].startswith("<b>Reload refused</b>")
    assert len(refused.params["text"]) <= 4096 and "&lt;bad&gt; &amp; worse" in refused.params["text"]


async def test_a_lone_surrogate_in_a_forged_update_is_answered_and_logged(application, telegram):
    [reply] = await sent_after(telegram, private_message("\udced\udca0\udc80 who is peskov"))
    assert "Peskov" in reply.params["text"]
    log = application.bot_data.question_log
    log.flush()
    with sqlite3.connect(log.path) as db:
        assert db.execute("SELECT text FROM questions").fetchall() == [("\ufffd\ufffd\ufffd who is peskov",)]
    assert log.trouble is None


def test_an_uncaught_exception_never_shows_the_token(capsys):
    keep_secret_out_of_logs(TOKEN)
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        sys.excepthook(*sys.exc_info())
    printed = capsys.readouterr().err
    assert "InvalidToken" in printed and "[TELEGRAM_BOT_TOKEN]" in printed and TOKEN not in printed
