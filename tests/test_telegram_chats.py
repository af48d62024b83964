"""On Telegram: follow-ups, claim checks (forwarded posts, /check, the rumour watch) and other languages, end to
end against the local Bot API server, with the tiny fixture base so that no curation can move them."""

from pathlib import Path

import pytest

from knowledge import load_knowledge
from tests.fake_bot_api import (
    bot_message,
    buttons,
    command_entity,
    group_message,
    nothing_sent_after,
    private_message,
    sent_after,
    user,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GROUP_CHAT = {"id": -100200, "type": "supergroup", "title": "Rumour mill"}
GROUP_ADMIN = 777


@pytest.fixture(scope="module")
def base():
    return load_knowledge(FIXTURES / "base", FIXTURES / "corpus")


async def test_a_follow_up_in_a_private_chat_refers_to_the_last_answer(telegram):
    await sent_after(telegram, private_message("who is shoigu?"))
    [other] = await sent_after(telegram, private_message("and peskov?"))
    assert "Kremlin" in other.params["text"]
    [sources] = await sent_after(telegram, private_message("source?"))
    assert "<blockquote>Kremlin spokesperson Dmitry Peskov</blockquote>" in sources.params["text"]


async def test_a_follow_up_with_nothing_before_it_gets_a_prompt(telegram):
    [reply] = await sent_after(telegram, private_message("why?", user_id=4321))
    assert "Send me a question about the visit" in reply.params["text"]


async def test_in_a_group_a_reply_to_the_bots_message_follows_that_message_whoever_sends_it(telegram):
    question = "@summit_test_bot who is shoigu?"
    [answer] = await sent_after(telegram, group_message(question, entities=_mention(question)))
    replied = bot_message(GROUP_CHAT, answer.params["text"], message_id=answer.result["message_id"])
    [sources] = await sent_after(telegram, group_message("source?", user_id=555, reply_to_message=replied))
    assert "Russian Defense Minister Sergei Shoigu" in sources.params["text"]


async def test_a_follow_up_in_a_group_not_addressed_to_the_bot_is_not_answered(telegram):
    await nothing_sent_after(telegram, group_message("and peskov?"))


async def test_a_forwarded_post_in_a_private_chat_is_checked_verdict_first(telegram):
    origin = {
        "type": "channel",
        "date": 1,
        "message_id": 5,
        "chat": {"id": -1009, "type": "channel", "title": "NK Tracker"},
    }
    post = private_message("Shoigu visited Pyongyang in MAY 🔥 #DPRK", forward_origin=origin)
    [reply] = await sent_after(telegram, post)
    assert reply.params["text"].startswith("<b>❌ Not what my articles say:</b>")
    assert "July" in reply.params["text"] and "<a href=" in reply.params["text"]


async def test_an_allegation_stated_as_fact_is_shown_as_someones_claim_with_who_makes_it(telegram):
    [reply] = await sent_after(telegram, private_message("is it true north korea is selling ammunition to russia?"))
    opening = "<b>⚠️ My articles report it as someone's claim, not as established fact:</b>"
    assert reply.params["text"].startswith(opening)
    assert "U.S. officials say" in reply.params["text"]


async def test_check_as_a_reply_in_a_group_checks_that_message(telegram):
    rumour = group_message("kim travelled to russia on friday", user_id=556)["message"]
    text = "/check"
    [reply] = await sent_after(telegram, group_message(text, entities=command_entity(text), reply_to_message=rumour))
    assert "❌" in reply.params["text"] and "Sunday" in reply.params["text"]
    assert reply.params["reply_parameters"]["message_id"] == rumour["message_id"]


async def test_only_a_groups_administrator_turns_the_rumour_watch_on(telegram):
    telegram.administrators.add(GROUP_ADMIN)
    text = "/watch on"
    [refused] = await sent_after(telegram, group_message(text, entities=command_entity(text), user_id=558))
    assert "Only this chat's administrators" in refused.params["text"]
    await nothing_sent_after(telegram, group_message("kim flew to russia, everyone knows"))
    [on] = await sent_after(telegram, group_message(text, entities=command_entity(text), user_id=GROUP_ADMIN))
    assert "Rumour watch is on" in on.params["text"]
    [correction] = await sent_after(telegram, group_message("kim flew to russia"))
    assert "❌" in correction.params["text"] and "by train" in correction.params["text"]
    await nothing_sent_after(telegram, group_message("kim took a plane to russia"))  # once per rumour an hour
    await nothing_sent_after(telegram, group_message("shoigu visited pyongyang in july"))  # supported: silence
    off = "/watch off"
    await sent_after(telegram, group_message(off, entities=command_entity(off), user_id=GROUP_ADMIN))
    await nothing_sent_after(telegram, group_message("kim flew to vladivostok on a plane"))


async def test_a_question_in_russian_is_answered_in_russian_with_buttons_in_russian(telegram):
    [reply] = await sent_after(telegram, private_message("Когда Шойгу был в Пхеньяне?"))
    assert "июле" in reply.params["text"]
    assert "q:when-did-shoigu-visit:ru" in buttons(reply)


async def test_start_greets_in_the_language_of_the_persons_app(telegram):
    text = "/start"
    message = private_message(text, entities=command_entity(text), **{"from": user(109, language_code="ko")})
    [reply] = await sent_after(telegram, message)
    assert reply.params["text"].startswith("안녕하세요")


def _mention(text: str) -> list[dict]:
    return [{"type": "mention", "offset": 0, "length": len("@summit_test_bot")}]
