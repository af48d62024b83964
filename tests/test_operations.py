"""For operators and curators, through the real Application: admin commands, the question log, floods,
network faults and hostile input."""

import asyncio
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace

import pytest
import yaml

import bot
from curation.question_log import DisabledLog, QuestionLog
from handlers.application import STOP_SECONDS, build_application
from handlers.delivery import Delivery
from knowledge.evaluation import load_eval_set
from rendering.telegram import notice_html
from settings import Settings
from tests.conftest import ADMIN_ID, ROOT
from tests.fake_bot_api import (
    BOT_USERNAME,
    TOKEN,
    FakeBotApi,
    Fault,
    bot_message,
    buttons,
    callback_query,
    command_entity,
    group_message,
    mention_entity,
    polling,
    private_message,
    sent_after,
)
from tests.telegram_html import assert_valid_telegram_html
from tests.test_evaluation import EVAL_DIR

PRIVATE_CHAT = {"id": 101, "type": "private", "first_name": "Ana"}


def logged(application, query: str) -> list[tuple]:
    log = application.bot_data.question_log
    log.flush()
    with sqlite3.connect(log.path) as db:
        return db.execute(query).fetchall()


def command(text: str, user_id: int = ADMIN_ID) -> dict:
    return private_message(text, user_id=user_id, entities=command_entity(text))


async def test_questions_declines_and_feedback_are_logged_without_who_asked(application, telegram):
    await sent_after(telegram, private_message("What is Putin's net worth?"))
    await sent_after(telegram, private_message("who is peskov?"))
    rows = logged(application, "SELECT text, chat_type, outcome, match FROM questions ORDER BY id")
    assert rows == [
        ("What is Putin's net worth?", "private", "declined", None),
        ("who is peskov?", "private", "answered", "dmitry-peskov"),
    ]
    message = bot_message(PRIVATE_CHAT, "Dmitry Peskov is…")
    await sent_after(telegram, callback_query("down:dmitry-peskov", message), method="answerCallbackQuery")
    assert logged(application, "SELECT match, helpful, chat_type FROM feedback") == [("dmitry-peskov", 0, "private")]


async def test_none_of_these_is_logged_against_the_question(application, telegram, base):
    candidates = [item.question for item in load_eval_set(EVAL_DIR / "questions.yaml")]
    question = next(q for q in candidates if base.answer(q).kind == "unsure")
    [reply] = await sent_after(telegram, private_message(question))
    none_button = buttons(reply)[-1]
    assert none_button.startswith("none:") and len(none_button) > len("none:")
    message = bot_message(PRIVATE_CHAT, "I'm not sure which of these you mean:")
    await sent_after(telegram, callback_query(none_button, message), method="editMessageText")
    assert logged(application, "SELECT text, outcome FROM questions") == [(question, "none-of-these")]


async def test_admins_get_stats(telegram):
    await sent_after(telegram, private_message("What is Putin's net worth?"))
    await sent_after(telegram, private_message("who is peskov?"))
    [stats] = await sent_after(telegram, command("/stats"))
    assert "today: 1 answered, 1 not answered" in stats.params["text"]
    assert "Most asked" in stats.params["text"]


async def test_others_get_no_sign_the_admin_commands_exist(telegram):
    for text in ("/stats", "/reload"):
        [reply] = await sent_after(telegram, command(text, user_id=555))
        assert reply.params["text"] == notice_html("unknown-command")
    menu = [c["command"] for c in telegram.calls_to("setMyCommands")[0].params["commands"]]
    assert "stats" not in menu and "reload" not in menu


async def test_reload_swaps_in_a_valid_base_and_refuses_a_broken_one(application, telegram, base_copy):
    knowledge_dir, corpus_dir = base_copy
    settings = application.bot_data.settings
    application.bot_data.settings = replace(settings, knowledge_dir=knowledge_dir, corpus_dir=corpus_dir)
    [done] = await sent_after(telegram, command("/reload"))
    assert done.params["text"].startswith("Reloaded")
    running = application.bot_data.knowledge

    faq = sorted((knowledge_dir / "faq").glob("*.yaml"))[0]
    entries = yaml.safe_load(faq.read_text(encoding="utf-8"))
    entries[0]["answer"] = "x" * 500
    faq.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    [refused] = await sent_after(telegram, command("/reload"))
    assert "Reload refused" in refused.params["text"] and faq.name in refused.params["text"]
    assert "too long" in refused.params["text"]
    assert application.bot_data.knowledge is running
    [still] = await sent_after(telegram, private_message("who is peskov?"))
    assert "Peskov" in still.params["text"]


async def test_a_corrupt_question_log_does_not_stop_the_answers(base, tmp_path, caplog):
    database = tmp_path / "questions.sqlite3"
    database.write_bytes(b"\x00garbage" * 512)
    api = FakeBotApi().start()
    settings = replace(
        Settings.from_environment({}), telegram_token=TOKEN, telegram_base_url=api.base_url, database_path=database
    )
    with caplog.at_level(logging.ERROR):
        application = build_application(settings, base)
    assert isinstance(application.bot_data.question_log, DisabledLog)
    assert "cannot be used" in caplog.text
    async with polling(application):
        [reply] = await sent_after(api, private_message("who is peskov?"))
        assert "Peskov" in reply.params["text"]
    api.stop()


async def first_reply_in(telegram, chat_id: int, mark: int, timeout: float = 20.0):
    """The bot's first message to `chat_id` after `mark`, whatever it sends to other chats meanwhile."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        for call in telegram.calls[mark:]:
            if call.method == "sendMessage" and str(call.params["chat_id"]) == str(chat_id):
                return call
        await asyncio.sleep(0.1)
    raise AssertionError(f"no reply in chat {chat_id}")


async def test_a_flood_of_1000_messages_does_not_starve_another_user(telegram):
    mark = telegram.mark()
    for _ in range(1000):
        telegram.push(private_message("who is peskov?", user_id=777))
    telegram.push(private_message("who is lankov?", user_id=778))
    assert "Lankov" in (await first_reply_in(telegram, 778, mark)).params["text"]
    replies = [c for c in telegram.calls[mark:] if c.method == "sendMessage"]
    assert sum(str(c.params["chat_id"]) == "777" for c in replies) <= 20
    later = telegram.mark()
    telegram.push(private_message("who is shoigu?", user_id=779))
    assert "Shoigu" in (await first_reply_in(telegram, 779, later, timeout=10.0)).params["text"]


async def test_no_reply_is_lost_or_doubled_through_429s_502s_and_slow_answers(telegram):
    telegram.faults += [
        Fault("getUpdates", status=502),
        Fault("getUpdates", drop=True),
        Fault("sendMessage", status=429, retry_after=1),
        Fault("sendMessage", status=502, times=2),
        Fault("sendMessage", delay=1.5, status=200),
        Fault("sendMessage", status=503),
    ]
    questions = ["who is peskov?", "who is lankov?", "who is shoigu?", "who is kim yo jong?", "who is jake sullivan?"]
    mark = telegram.mark()
    for number, question in enumerate(questions):
        telegram.push(private_message(question, user_id=900 + number))
    await asyncio.to_thread(telegram.wait_for, "sendMessage", len(questions), 60.0, mark)
    await asyncio.sleep(0.5)
    answered_chats = sorted(str(c.params["chat_id"]) for c in telegram.calls[mark:] if c.method == "sendMessage")
    assert answered_chats == [str(900 + n) for n in range(len(questions))]


HOSTILE = [
    "x" * 100_000,
    "\x00\x01\x02\x1b[31m who is peskov \x7f",
    "\u202e\u200f who is peskov \u200b\u200c\u200d\u2060\ufeff",
    "مرحبا من هو بيسكوف",
    "<b>bold</b> <a href='javascript:alert(1)'>x</a> </i> & &amp; &#0; <tg-spoiler>",
    "**markdown** _italic_ `code` [link](http://example.com) ~~strike~~ ||spoiler||",
    "🚀" * 3000,
    "\n\n\n",
    "Z̴̡̧a̵̢l̶g̸o̷ ̶t̴e̵x̷t̸ who is putin",
]


async def test_hostile_messages_get_calm_valid_replies(telegram):
    mark = telegram.mark()
    for number, text in enumerate(HOSTILE):
        telegram.push(private_message(text, user_id=1000 + number))
    sent = await asyncio.to_thread(telegram.wait_for, "sendMessage", len(HOSTILE), 30.0, mark)
    for call in sent:
        assert_valid_telegram_html(call.params["text"])
        assert "Traceback" not in call.params["text"]


def test_sigterm_lets_the_reply_in_flight_finish_and_closes_the_log(tmp_path):
    api = FakeBotApi().start()
    database = tmp_path / "questions.sqlite3"
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SUMMIT_"))}
    environment |= {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url, "SUMMIT_DATABASE": str(database)}
    bot = subprocess.Popen(
        [sys.executable, "bot.py", "run"], cwd=ROOT, env=environment, stderr=subprocess.PIPE, text=True
    )
    try:
        api.faults.append(Fault("sendMessage", status=200, delay=2.0))
        api.push(private_message("who is peskov?"))
        api.wait_for_arrival("sendMessage", timeout=30)
        bot.send_signal(signal.SIGTERM)
        assert bot.wait(timeout=30) == 0
    finally:
        if bot.poll() is None:
            bot.kill()
        api.stop()
    [reply] = api.calls_to("sendMessage")
    assert "Peskov" in reply.params["text"]
    assert not database.with_name(database.name + "-wal").exists()
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT text, outcome FROM questions").fetchall() == [("who is peskov?", "answered")]
    assert TOKEN not in bot.stderr.read()


def group_command(text: str, user_id: int = ADMIN_ID) -> dict:
    return group_message(text, user_id=user_id, entities=command_entity(text))


async def test_stats_in_a_group_quotes_only_group_questions(telegram):
    await sent_after(telegram, private_message("my number is 555-0100, who is peskov?"))
    mention = f"@{BOT_USERNAME} who is shoigu?"
    await sent_after(telegram, group_message(mention, entities=mention_entity(mention, f"@{BOT_USERNAME}")))
    [in_group] = await sent_after(telegram, group_command("/stats"))
    assert "555-0100" not in in_group.params["text"] and "who is shoigu" in in_group.params["text"]
    assert "in total: 1 answered, 1 not answered" in in_group.params["text"]
    [in_private] = await sent_after(telegram, command("/stats"))
    assert "555-0100" in in_private.params["text"]


async def test_ask_as_a_reply_does_not_log_the_other_persons_words(application, telegram):
    rumour = group_message("my cousin says: who is travelling with kim?", user_id=103)["message"]
    await sent_after(telegram, group_message("/ask", entities=command_entity("/ask"), reply_to_message=rumour))
    assert logged(application, "SELECT text FROM questions") == []


async def test_stats_while_another_process_locks_the_log_holds_up_nobody(application, telegram, tmp_path):
    path = tmp_path / "locked.sqlite3"
    application.bot_data.question_log = QuestionLog(path, busy_seconds=0.05)
    blocker = sqlite3.connect(path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        for number in range(6):
            await sent_after(telegram, private_message(f"who is peskov {number}?", user_id=950 + number))
        mark = telegram.mark()
        telegram.push(command("/stats"))
        asked_at = time.monotonic()
        [answer] = await sent_after(telegram, private_message("who is lankov?", user_id=960))
        assert answer.at - asked_at < 1.0
        await asyncio.to_thread(telegram.wait_for, "sendMessage", 2, 5.0, mark)
        stats = next(c for c in telegram.calls[mark:] if str(c.params["chat_id"]) == str(ADMIN_ID))
        assert "The question log is not logging" in stats.params["text"]
    finally:
        blocker.rollback()
        blocker.close()


def start_bot(api: FakeBotApi, database, **env) -> subprocess.Popen:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SUMMIT_"))}
    environment |= {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url, "SUMMIT_DATABASE": str(database)}
    return subprocess.Popen(
        [sys.executable, "bot.py", "run"], cwd=ROOT, env=environment | env, stderr=subprocess.PIPE, text=True
    )


def test_sigterm_ends_the_bot_within_seconds_even_with_a_send_stuck(tmp_path):
    api = FakeBotApi().start()
    bot = start_bot(api, tmp_path / "questions.sqlite3")
    try:
        api.faults.append(Fault("sendMessage", status=200, delay=60))
        api.push(private_message("who is peskov?"))
        api.wait_for_arrival("sendMessage", timeout=30)
        stopped_at = time.monotonic()
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=10)
        assert time.monotonic() - stopped_at < STOP_SECONDS + 1.5
    finally:
        if bot.poll() is None:
            bot.kill()
        api.stop()
    assert TOKEN not in bot.stderr.read()


def test_a_rejected_token_ends_the_start_in_one_line_without_the_token(tmp_path):
    api = FakeBotApi().start()
    api.faults.append(Fault("getMe", status=401))
    bot = start_bot(api, tmp_path / "questions.sqlite3")
    try:
        errors = bot.communicate(timeout=30)[1]
    finally:
        api.stop()
    assert bot.returncode == 1
    assert errors.strip().splitlines() == [
        "Stopped: Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?); get a new one from @BotFather"
    ]
    assert TOKEN not in errors


def test_a_token_revoked_while_running_ends_the_bot_in_one_line(tmp_path):
    api = FakeBotApi().start()
    bot = start_bot(api, tmp_path / "questions.sqlite3")
    try:
        api.wait_for("setMyShortDescription", timeout=30)
        api.faults.append(Fault("getUpdates", status=401, times=10**6))
        errors = bot.communicate(timeout=10)[1]
    finally:
        if bot.poll() is None:
            bot.kill()
        api.stop()
    assert bot.returncode == 1
    assert errors.strip().splitlines()[-1].startswith("Stopped: Telegram rejected TELEGRAM_BOT_TOKEN")
    assert TOKEN not in errors


@pytest.fixture
def own_event_loop():
    """run_polling closes the event loop it runs on; an in-process run gets its own."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    yield
    asyncio.set_event_loop(None)


@pytest.mark.usefixtures("own_event_loop")
def test_an_unreachable_bot_api_ends_the_start_in_one_line(tmp_path, monkeypatch, capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    monkeypatch.setattr("handlers.application.Delivery", lambda: Delivery(first_retry_pause=0.01))
    for name, value in {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": f"http://127.0.0.1:{closed_port}/bot",
        "SUMMIT_DATABASE": str(tmp_path / "questions.sqlite3"),
    }.items():
        monkeypatch.setenv(name, value)
    assert bot.main(["run"]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert errors[-1].startswith(f"Stopped: the Bot API at http://127.0.0.1:{closed_port}/bot cannot be reached")
    assert not any(line.startswith("Traceback") for line in errors)


def test_a_webhook_port_in_use_ends_the_start_in_one_line(tmp_path):
    api = FakeBotApi().start()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        webhook = {
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org",
            "TELEGRAM_WEBHOOK_PORT": str(busy.getsockname()[1]),
        }
        bot_process = start_bot(api, tmp_path / "questions.sqlite3", **webhook)
        try:
            errors = bot_process.communicate(timeout=30)[1]
        finally:
            api.stop()
    assert bot_process.returncode == 1
    last = errors.strip().splitlines()[-1]
    assert last.startswith("Stopped: the bot cannot start:") and "in use" in last
