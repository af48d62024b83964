"""The bot running against a local Bot API server on 127.0.0.1 (the one the tests use), for the benchmarks."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path

from handlers.application import build_application
from handlers.delivery import Delivery
from knowledge import KnowledgeBase
from settings import Settings
from tests.fake_bot_api import TOKEN, FakeBotApi, polling


@asynccontextmanager
async def bot_on_local_server(base: KnowledgeBase, delivery: Delivery | None = None) -> AsyncIterator[FakeBotApi]:
    """The real Application long-polling a Bot API server started here, its question log in a temporary folder;
    yields the server, which hands out the updates pushed to it and records the bot's calls."""
    api = FakeBotApi().start()
    with tempfile.TemporaryDirectory() as log_dir:
        settings = replace(
            Settings.from_environment({}),
            telegram_token=TOKEN,
            telegram_base_url=api.base_url,
            database_path=Path(log_dir) / "questions.sqlite3",
        )
        try:
            async with polling(build_application(settings, base, delivery)):
                yield api
        finally:
            api.stop()
