"""A small Bot-API-compatible HTTP server on 127.0.0.1 for tests: it hands out updates the test queues,
records every call the bot makes, and can answer with injected faults (429, 5xx, slowness, dropped
connections) to show the bot survives them."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

from handlers.application import BotApplication, introduce_bot

BOT_ID = 7000001
BOT_USERNAME = "summit_test_bot"
TOKEN = "7000001:AAHtestTOKENtestTOKENtestTOKENtest12"
_JSON_FIELDS = {
    "reply_markup",
    "reply_parameters",
    "link_preview_options",
    "results",
    "commands",
    "button",
    "allowed_updates",
    "entities",
}


@dataclass
class Call:
    method: str
    params: dict
    result: object = None
    at: float = field(default_factory=time.monotonic)
    """When the server took the call (time.monotonic), for delivery times."""


@dataclass
class Fault:
    """The next `times` calls of `method` (to `chat_id` only, if given) fail: with an HTTP `status`, after a
    `delay`, or by `drop`ping the line (before acting on the call, or after it if `drop_after_acting`).
    With status 200 the call succeeds after the delay: a slow network."""

    method: str
    status: int = 502
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    times: int = 1
    chat_id: int | None = None
    drop_after_acting: bool = False


_DESCRIPTIONS = {
    401: "Unauthorized",
    429: "Too Many Requests: retry later",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class FakeBotApi:
    calls: list[Call] = field(default_factory=list)
    arrivals: list[str] = field(default_factory=list)
    """The methods of requests as they arrive, before any fault or answer (calls lists the answered ones)."""
    faults: list[Fault] = field(default_factory=list)
    _updates: list[dict] = field(default_factory=list)
    _condition: threading.Condition = field(default_factory=threading.Condition)
    _update_ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _fetched_before: int = 0
    """The offset of the bot's last getUpdates: it has taken in every update before it."""
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1000))
    _chats: dict[int, dict] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    """Ids of messages deleted meanwhile: a reply to one fails unless sent with allow_sending_without_reply."""
    _markups: dict[tuple[int, int], object] = field(default_factory=dict)
    administrators: set[int] = field(default_factory=set)
    """User ids getChatMember reports as administrators of any group."""

    def start(self) -> FakeBotApi:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                api._handle(self)

            do_GET = do_POST

            def log_message(self, *args) -> None:
                pass

        class QuietServer(ThreadingHTTPServer):
            request_queue_size = 256  # a burst of new connections must not overflow the listen backlog

            def handle_error(self, request, client_address) -> None:
                pass  # a client that hung up mid-answer (the bot stopping during a long poll) is no error here

        self._server = QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        with self._condition:
            self._condition.notify_all()
        self._server.shutdown()
        self._server.server_close()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/bot"

    def push(self, update: dict) -> dict:
        """Queues an update (its update_id is filled in) for the bot's next getUpdates."""
        with self._condition:
            update = {"update_id": next(self._update_ids), **update}
            for key in ("message", "edited_message"):
                if key in update:
                    chat = update[key]["chat"]
                    self._chats[chat["id"]] = chat
            self._updates.append(update)
            self._condition.notify_all()
        return update

    def calls_to(self, method: str) -> list[Call]:
        with self._condition:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 10.0, since: int = 0) -> list[Call]:
        """Waits until the bot has made `count` calls of `method` after the first `since` calls of any kind."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while True:
                found = [c for c in self.calls[since:] if c.method == method]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} {method} call(s), got {len(found)}: {self.calls[since:]}")
                self._condition.wait(remaining)

    def wait_for_arrival(self, method: str, timeout: float = 10.0) -> None:
        with self._condition:
            if not self._condition.wait_for(lambda: method in self.arrivals, timeout):
                raise AssertionError(f"no {method} request arrived")

    def wait_until_fetched(self, update: dict, timeout: float = 10.0) -> None:
        """Waits until the bot has taken `update` in: its next getUpdates asks for what comes after it."""
        with self._condition:
            if not self._condition.wait_for(lambda: self._fetched_before > update["update_id"], timeout):
                raise AssertionError(f"the bot never fetched update {update['update_id']}")

    def mark(self) -> int:
        with self._condition:
            return len(self.calls)

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        method = request.path.rsplit("/", 1)[-1]
        with self._condition:
            self.arrivals.append(method)
            self._condition.notify_all()
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length).decode() if length else ""
        params = {k: json.loads(v) if k in _JSON_FIELDS else v for k, v in parse_qsl(body, keep_blank_values=True)}
        fault = self._take_fault(method, params)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                if fault.drop_after_acting:
                    self._act(method, params)
                request.close_connection = True
                request.connection.close()
                return
            if fault.status != 200:
                answer = {"ok": False, "error_code": fault.status, "description": _DESCRIPTIONS[fault.status]}
                if fault.retry_after is not None:
                    answer["parameters"] = {"retry_after": fault.retry_after}
                self._send(request, fault.status, answer)
                return
        refusal = self._refusal(method, params)
        if refusal is not None:
            self._send(request, 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {refusal}"})
            return
        result = self._next_updates(params) if method == "getUpdates" else self._act(method, params)
        self._send(request, 200, {"ok": True, "result": result})

    def _act(self, method: str, params: dict) -> object:
        result = self._result_for(method, params)
        with self._condition:
            self.calls.append(Call(method, params, result))
            self._condition.notify_all()
        return result

    def _take_fault(self, method: str, params: dict) -> Fault | None:
        chat_id = int(params["chat_id"]) if "chat_id" in params else None
        with self._condition:
            for fault in self.faults:
                if fault.method == method and fault.times > 0 and fault.chat_id in (None, chat_id):
                    fault.times -= 1
                    return fault
        return None

    def _refusal(self, method: str, params: dict) -> str | None:
        """What Telegram says to a request it refuses as invalid: the 400s the bot must take in its stride."""
        replied = params.get("reply_parameters") or {}
        if replied.get("message_id") in self.deleted and not replied.get("allow_sending_without_reply"):
            return "message to be replied not found"
        if method == "editMessageReplyMarkup":
            key = (int(params.get("chat_id") or 0), int(params.get("message_id") or 0))
            markup = params.get("reply_markup")
            with self._condition:
                if key in self._markups and self._markups[key] == markup:
                    return (
                        "message is not modified: specified new message content and reply markup are exactly the same"
                    )
                self._markups[key] = markup
        return None

    def _next_updates(self, params: dict) -> list[dict]:
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0)
        with self._condition:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._fetched_before = max(self._fetched_before, offset)
            self._condition.notify_all()
            while not self._updates and time.monotonic() < deadline:
                self._condition.wait(deadline - time.monotonic())
            return list(self._updates)

    def _result_for(self, method: str, params: dict):
        if method == "getMe":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Summit bot",
                "username": BOT_USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            chat_id = int(params.get("chat_id") or 0)
            chat = self._chats.get(chat_id, {"id": chat_id, "type": "private"})
            message = {
                "message_id": int(params.get("message_id") or next(self._message_ids)),
                "date": int(time.time()),
                "chat": chat,
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Summit bot", "username": BOT_USERNAME},
                "text": params.get("text", ""),
            }
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            return message
        if method == "getChatMember":
            user_id = int(params.get("user_id") or 0)
            status = "administrator" if user_id in self.administrators else "member"
            member = {"status": status, "user": {"id": user_id, "is_bot": False, "first_name": "Someone"}}
            if status == "administrator":
                member |= {"can_be_edited": False, "is_anonymous": False, "can_manage_chat": True}
                member |= dict.fromkeys(_ADMIN_RIGHTS, False)
            return member
        return True

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, answer: dict) -> None:
        payload = json.dumps(answer).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json")
        request.send_header("Content-Length", str(len(payload)))
        request.end_headers()
        request.wfile.write(payload)


QUIET_SECONDS = 0.5
"""How long the bot, once it has fetched an update, is given to reply to it before its silence counts: its answers
take milliseconds."""
_ADMIN_RIGHTS = (
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


async def sent_after(api: FakeBotApi, update: dict, count: int = 1, method: str = "sendMessage") -> list[Call]:
    """The calls of `method` the bot makes in response to `update`."""
    mark = api.mark()
    api.push(update)
    return await asyncio.to_thread(api.wait_for, method, count, 10.0, mark)


async def nothing_sent_after(api: FakeBotApi, update: dict) -> None:
    mark = api.mark()
    pushed = api.push(update)
    await asyncio.to_thread(api.wait_until_fetched, pushed)
    await asyncio.sleep(QUIET_SECONDS)
    assert [c for c in api.calls[mark:] if c.method == "sendMessage"] == []


def buttons(call: Call) -> list[str]:
    markup = call.params.get("reply_markup") or {"inline_keyboard": []}
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


_messages = itertools.count(1)


def user(user_id: int = 101, name: str = "Ana", language_code: str | None = None) -> dict:
    found = {"id": user_id, "is_bot": False, "first_name": name}
    return found | ({"language_code": language_code} if language_code else {})


def private_message(text: str, user_id: int = 101, **extra) -> dict:
    return {
        "message": {
            "message_id": next(_messages),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Ana"},
            "from": user(user_id),
            "text": text,
            **extra,
        }
    }


def group_message(text: str, chat_id: int = -100200, user_id: int = 102, entities=None, **extra) -> dict:
    message = {
        "message_id": next(_messages),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "supergroup", "title": "Rumour mill"},
        "from": user(user_id, "Boris"),
        "text": text,
        **extra,
    }
    if entities:
        message["entities"] = entities
    return {"message": message}


def command_entity(text: str) -> list[dict]:
    return [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]


def mention_entity(text: str, mention: str) -> list[dict]:
    offset = text.index(mention)
    return [{"type": "mention", "offset": len(text[:offset].encode("utf-16-le")) // 2, "length": len(mention)}]


def bot_message(chat: dict, text: str, message_id: int = 999) -> dict:
    return {
        "message_id": message_id,
        "date": int(time.time()),
        "chat": chat,
        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Summit bot", "username": BOT_USERNAME},
        "text": text,
    }


def callback_query(data: str, message: dict, user_id: int = 101) -> dict:
    return {
        "callback_query": {
            "id": str(next(_messages)),
            "from": user(user_id),
            "chat_instance": "1",
            "data": data,
            "message": message,
        }
    }


def inline_query(query: str, user_id: int = 101) -> dict:
    return {"inline_query": {"id": str(next(_messages)), "from": user(user_id), "query": query, "offset": ""}}


@asynccontextmanager
async def polling(application: BotApplication) -> AsyncIterator[BotApplication]:
    """The application long-polling the server its settings point at, from start to shutdown, its menus set
    as at a real start."""
    await application.initialize()
    await introduce_bot(application)
    await application.start()
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
