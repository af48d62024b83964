"""Configuration is read from the environment; a bad value is named in one line."""

import pytest

from settings import Settings, SettingsError, load_env_file
from tests.fake_bot_api import TOKEN


def test_defaults_need_no_token():
    settings = Settings.from_environment({})
    assert settings.telegram_token is None and settings.webhook_url is None
    assert settings.knowledge_dir.name == "base" and settings.corpus_dir.name == "corpus"


def test_everything_comes_from_the_environment(tmp_path):
    settings = Settings.from_environment(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot",
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org",
            "TELEGRAM_WEBHOOK_PORT": "9000",
            "TELEGRAM_WEBHOOK_SECRET": "s3cret_value",
            "SUMMIT_LOG_LEVEL": "debug",
            "SUMMIT_KNOWLEDGE_DIR": str(tmp_path),
            "SUMMIT_CACHE_DIR": str(tmp_path / "cache"),
        }
    )
    assert settings.telegram_token == TOKEN and settings.webhook_port == 9000
    assert settings.log_level == "DEBUG" and settings.knowledge_dir == tmp_path
    assert settings.cache_dir == tmp_path / "cache"
    assert TOKEN not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token"),
        ("TELEGRAM_WEBHOOK_URL", "http://insecure.example.org"),
        ("TELEGRAM_WEBHOOK_PORT", "eighty"),
        ("TELEGRAM_WEBHOOK_PORT", "²"),
        ("TELEGRAM_BASE_URL", "not a url"),
        ("TELEGRAM_BASE_URL", "ftp://127.0.0.1/bot"),
        ("TELEGRAM_WEBHOOK_SECRET", "has spaces"),
        ("SUMMIT_LOG_LEVEL", "LOUD"),
    ],
)
def test_a_bad_value_is_named(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_environment({name: value})


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "is not UTF-8 text"),
        (b"SUMMIT_LOG_LEVEL=DEBUG\njunk without an equals sign\n", "line 2: not NAME=value"),
    ],
)
def test_a_bad_env_file_is_named_with_the_line(tmp_path, content, named):
    env_file = tmp_path / ".env"
    env_file.write_bytes(content)
    with pytest.raises(SettingsError, match=named) as raised:
        load_env_file(env_file)
    assert str(env_file) in str(raised.value)
