"""Configuration, read once from the environment (bot.py loads a .env file into it first, if there is one)."""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv
from dotenv.parser import parse_stream

ROOT = Path(__file__).resolve().parent
_TOKEN = re.compile(r"\d{5,16}:[A-Za-z0-9_-]{30,64}")


class SettingsError(ValueError):
    """A setting that is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    corpus_dir: Path
    database_path: Path
    cache_dir: Path = ROOT / ".cache"
    """Where the compiled copy of the knowledge base is kept (knowledge/cache.py)."""
    telegram_token: str | None = field(default=None, repr=False)
    telegram_base_url: str | None = None
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    admin_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ

        def value(name: str) -> str | None:
            return (env.get(name) or "").strip() or None

        token = value("TELEGRAM_BOT_TOKEN")
        if token is not None and not _TOKEN.fullmatch(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is malformed: it should look like 123456789:AA… as @BotFather gave it"
            )
        base_url = value("TELEGRAM_BASE_URL")
        if base_url is not None and not _is_http_address(base_url):
            raise SettingsError(f"TELEGRAM_BASE_URL must be an http:// or https:// address, not {base_url!r}")
        webhook_url = value("TELEGRAM_WEBHOOK_URL")
        if webhook_url is not None and not webhook_url.startswith("https://"):
            raise SettingsError("TELEGRAM_WEBHOOK_URL must be a public https:// address")
        secret = value("TELEGRAM_WEBHOOK_SECRET")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise SettingsError("TELEGRAM_WEBHOOK_SECRET may hold only letters, digits, _ and -, at most 256")
        port = value("TELEGRAM_WEBHOOK_PORT") or "8443"
        if not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) < 65536:
            raise SettingsError(f"TELEGRAM_WEBHOOK_PORT must be a port number, not {port!r}")
        admins = value("SUMMIT_ADMIN_IDS") or ""
        if not re.fullmatch(r"[\d,\s]*", admins):
            raise SettingsError(f"SUMMIT_ADMIN_IDS must be Telegram user ids separated by commas, not {admins!r}")
        log_level = (value("SUMMIT_LOG_LEVEL") or "INFO").upper()
        if log_level not in logging.getLevelNamesMapping():
            raise SettingsError(f"SUMMIT_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {log_level!r}")
        return cls(
            knowledge_dir=Path(value("SUMMIT_KNOWLEDGE_DIR") or ROOT / "knowledge" / "base"),
            corpus_dir=Path(value("SUMMIT_CORPUS_DIR") or ROOT / "corpus"),
            database_path=Path(value("SUMMIT_DATABASE") or ROOT / "summit-bot.sqlite3"),
            cache_dir=Path(value("SUMMIT_CACHE_DIR") or ROOT / ".cache"),
            telegram_token=token,
            telegram_base_url=base_url,
            webhook_url=webhook_url,
            webhook_listen=value("TELEGRAM_WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=int(port),
            webhook_secret=secret,
            admin_ids=frozenset(int(part) for part in re.split(r"[,\s]+", admins) if part),
            log_level=log_level,
        )


def _is_http_address(text: str) -> bool:
    try:
        parts = urlsplit(text)
        return parts.scheme in ("http", "https") and bool(parts.hostname) and not re.search(r"\s", text)
    except ValueError:
        return False


def load_env_file(path: Path) -> None:
    """Adds the variables of a .env file to the environment (never overriding one already set); raises
    SettingsError naming the file and the line when it is not text or holds a line that is not NAME=value."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return
    except UnicodeDecodeError as error:
        raise SettingsError(f"{path} is not UTF-8 text (byte {error.start} is not)") from None
    except OSError as error:
        raise SettingsError(f"{path} cannot be read: {error.strerror}") from None
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:
            raise SettingsError(
                f"{path}, line {binding.original.line}: not NAME=value: {binding.original.string.strip()!r}"
            )
    load_dotenv(stream=io.StringIO(text))
