"""Delivery under slow networks, faults and floods, through the real Application and the local Bot API
server with faults injected: nobody waits for somebody else's slow chat, no reply is lost to a refusal,
none is sent twice, and the throttle counts only what the bot works on."""

import asyncio
import time
from collections import Counter

import httpx
import pytest
from telegram.error import NetworkError, TimedOut

from handlers.delivery import Delivery, certainly_not_delivered
from tests.fake_bot_api import (
    BOT_USERNAME,
    Fault,
    bot_message,
    callback_query,
    command_entity,
    group_message,
    inline_query,
    private_message,
)

PRIVATE_CHAT = {"id": 101, "type": "private", "first_name": "Ana"}
EVERY_TIME = 10**6


def replies_per_chat(telegram, mark: int) -> Counter:
    return Counter(int(c.params["chat_id"]) for c in telegram.calls[mark:] if c.method == "sendMessage")


async def test_a_slow_chat_does_not_hold_up_the_others(telegram):
    telegram.faults.append(Fault("sendMessage", status=200, delay=1.0, chat_id=500, times=EVERY_TIME))
    mark = telegram.mark()
    telegram.push(private_message("who is peskov?", user_id=500))
    telegram.push(private_message("who is lankov?", user_id=500))
    await asyncio.sleep(0.2)
    pushed_at = time.monotonic()
    for user_id in range(501, 511):
        telegram.push(private_message("who is shoigu?", user_id=user_id))
    others = await asyncio.to_thread(telegram.wait_for, "sendMessage", 10, 5.0, mark)
    assert {int(c.params["chat_id"]) for c in others} == set(range(501, 511))
    assert max(c.at for c in others) - pushed_at < 1.0
    slow = await asyncio.to_thread(telegram.wait_for, "sendMessage", 12, 5.0, mark)
    in_slow_chat = [c.params["text"] for c in slow if int(c.params["chat_id"]) == 500]
    assert "Peskov" in in_slow_chat[0] and "Lankov" in in_slow_chat[1], "a chat's answers keep their order"


async def test_a_burst_of_50_users_under_429s_gets_every_answer_once(telegram):
    telegram.faults.append(Fault("sendMessage", status=429, retry_after=1, times=4))
    mark = telegram.mark()
    for user_id in range(600, 650):
        telegram.push(private_message("who is peskov?", user_id=user_id))
    await asyncio.to_thread(telegram.wait_for, "sendMessage", 50, 20.0, mark)
    await asyncio.sleep(0.3)
    assert replies_per_chat(telegram, mark) == Counter({user_id: 1 for user_id in range(600, 650)})


@pytest.mark.parametrize("delivery", [Delivery(first_retry_pause=0.05, longest_retry_pause=0.2)])
async def test_five_5xx_answers_in_a_row_do_not_lose_the_reply(telegram):
    telegram.faults += [Fault("sendMessage", status=502, times=3), Fault("sendMessage", status=503, times=2)]
    mark = telegram.mark()
    telegram.push(private_message("who is peskov?", user_id=700))
    await asyncio.to_thread(telegram.wait_for, "sendMessage", 1, 10.0, mark)
    assert replies_per_chat(telegram, mark) == Counter({700: 1})


@pytest.mark.parametrize("delivery", [Delivery(read_timeout=0.4, first_retry_pause=0.1)])
async def test_a_send_that_may_have_arrived_is_never_sent_again(telegram, caplog):
    telegram.faults += [
        Fault("sendMessage", status=200, delay=0.8, chat_id=701),
        Fault("sendMessage", drop=True, chat_id=702),
        Fault("sendMessage", drop=True, drop_after_acting=True, chat_id=703),
    ]
    mark = telegram.mark()
    for user_id in (701, 702, 703):
        telegram.push(private_message("who is peskov?", user_id=user_id))
    await asyncio.sleep(1.5)
    assert replies_per_chat(telegram, mark) == Counter({701: 1, 703: 1}), "each landed once, or never"
    assert telegram.arrivals.count("sendMessage") == 3
    assert "not sending it again" in caplog.text


def test_only_refusals_and_requests_that_never_left_are_certainly_not_delivered():
    request = httpx.Request("POST", "http://127.0.0.1/bot/sendMessage")
    refused_connection = NetworkError("no connection")
    refused_connection.__cause__ = httpx.ConnectError("refused", request=request)
    timed_out = TimedOut()
    timed_out.__cause__ = httpx.ReadTimeout("slow", request=request)
    dropped = NetworkError("dropped")
    dropped.__cause__ = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    assert certainly_not_delivered(NetworkError("Bad Gateway"))
    assert certainly_not_delivered(refused_connection)
    assert not certainly_not_delivered(timed_out)
    assert not certainly_not_delivered(dropped)


async def test_group_chatter_does_not_count_against_a_user(telegram):
    for number in range(12):
        telegram.push(group_message(f"lunch at {number}?", user_id=800))
    text = f"/ask@{BOT_USERNAME} who is shoigu"
    mark = telegram.mark()
    telegram.push(group_message(text, user_id=800, entities=command_entity(text)))
    [reply] = await asyncio.to_thread(telegram.wait_for, "sendMessage", 1, 5.0, mark)
    assert "Shoigu" in reply.params["text"]


async def test_inline_typing_is_answered_once_for_the_whole_question(telegram):
    mark = telegram.mark()
    question = "who is peskov"
    for length in range(1, len(question) + 1):
        telegram.push(inline_query(question[:length], user_id=801))
        await asyncio.sleep(0.02)
    [call] = await asyncio.to_thread(telegram.wait_for, "answerInlineQuery", 1, 5.0, mark)
    await asyncio.sleep(0.3)
    assert len(telegram.calls_to("answerInlineQuery")) == 1
    assert call.params["results"][0]["id"] == "dmitry-peskov"


async def test_every_button_press_is_acknowledged_even_over_the_throttle(telegram):
    mark = telegram.mark()
    message = bot_message(PRIVATE_CHAT, "Pick a topic")
    for _ in range(12):
        telegram.push(callback_query("t:kims-journey", message, user_id=802))
    await asyncio.to_thread(telegram.wait_for, "answerCallbackQuery", 12, 5.0, mark)


async def test_a_throttled_private_user_is_told_once_when_to_come_back(telegram):
    mark = telegram.mark()
    for _ in range(14):
        telegram.push(private_message("who is peskov?", user_id=803))
    await asyncio.to_thread(telegram.wait_for, "sendMessage", 9, 5.0, mark)
    await asyncio.sleep(0.5)
    texts = [c.params["text"] for c in telegram.calls[mark:] if c.method == "sendMessage"]
    notices = [t for t in texts if "faster than I can answer" in t]
    assert len(texts) == 9 and len(notices) == 1
    assert "I'll be back in 3 seconds" in notices[0]
