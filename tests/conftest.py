import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from handlers.application import build_application
from handlers.delivery import Delivery
from knowledge import KnowledgeBase, load_knowledge
from settings import Settings
from tests.fake_bot_api import TOKEN, FakeBotApi, polling
from tests.telegram_html import assert_valid_telegram_html

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "knowledge" / "base"
CORPUS_DIR = ROOT / "corpus"


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return load_knowledge(KNOWLEDGE_DIR, CORPUS_DIR)


@pytest.fixture
def base_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A writable copy of the knowledge and corpus folders, for tests that break them on purpose. The English base
    only: the other languages would take most of each load, and tests/test_languages.py covers them."""
    knowledge, corpus = tmp_path / "knowledge", tmp_path / "corpus"
    shutil.copytree(KNOWLEDGE_DIR, knowledge, ignore=shutil.ignore_patterns("ru", "uk", "ko"))
    shutil.copytree(CORPUS_DIR, corpus)
    return knowledge, corpus


ADMIN_ID = 4242


@pytest.fixture
def delivery() -> Delivery:
    """The delivery settings of the `application` fixture; a test changes them with
    @pytest.mark.parametrize("delivery", [Delivery(...)])."""
    return Delivery(first_retry_pause=0.1)


@pytest.fixture
def bot_api() -> FakeBotApi:
    """A fresh local Bot API server on 127.0.0.1 for one test."""
    api = FakeBotApi().start()
    yield api
    api.stop()


@pytest.fixture
def telegram(application, bot_api) -> FakeBotApi:
    """The local Bot API server, with the bot running against it."""
    return bot_api


@pytest.fixture
async def application(base, tmp_path, delivery, bot_api):
    """The real Application, long-polling the local Bot API server; every message it sends is checked to be
    valid Telegram HTML, sent as HTML."""
    settings = replace(
        Settings.from_environment({}),
        telegram_token=TOKEN,
        telegram_base_url=bot_api.base_url,
        database_path=tmp_path / "questions.sqlite3",
        admin_ids=frozenset({ADMIN_ID}),
    )
    async with polling(build_application(settings, base, delivery)) as application:
        yield application
    for call in bot_api.calls_to("sendMessage") + bot_api.calls_to("editMessageText"):
        assert_valid_telegram_html(call.params["text"])
        assert call.params.get("parse_mode") == "HTML", call.params["text"]
